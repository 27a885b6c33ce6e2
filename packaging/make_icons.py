"""Draw the app icon: ``resources/icons/nspdesk.svg``, ``nspdesk.png`` (256 px) and ``nspdesk.ico``.

The SVG below is the one source; the PNG and the Windows icon (16 to 256 px, PNG-compressed entries,
which Windows reads since Vista) are rendered from it with Qt. The mark is a shield with an envelope in
the app's blue. Run it again after changing the drawing:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
BLUE = "#1F4E79"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>nspdesk</title>
  <path d="M128 12 L226 46 V118 C226 180 186 222 128 246 C70 222 30 180 30 118 V46 Z"
        fill="{BLUE}"/>
  <path d="M128 30 L210 58 V118 C210 170 177 205 128 226 C79 205 46 170 46 118 V58 Z"
        fill="none" stroke="#FFFFFF" stroke-opacity="0.35" stroke-width="4"/>
  <rect x="70" y="88" width="116" height="80" rx="9" fill="#FFFFFF"/>
  <path d="M76 95 L128 136 L180 95" fill="none" stroke="{BLUE}" stroke-width="10"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("make_icons: the SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise SystemExit("make_icons: PNG encoding failed")
    return bytes(buffer.data().data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (ICONDIR, ICONDIRENTRY × n, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SVG.encode()
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "nspdesk.svg").write_bytes(svg)
    (ICONS / "nspdesk.png").write_bytes(render_png(svg, 256))
    (ICONS / "nspdesk.ico").write_bytes(ico({size: render_png(svg, size) for size in ICO_SIZES}))
    del app
    for name in ("nspdesk.svg", "nspdesk.png", "nspdesk.ico"):
        path = ICONS / name
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
