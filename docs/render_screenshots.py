"""Render the main views of the app to docs/screenshots/ for the README (offscreen, real fonts).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/render_screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from nspdesk.domain.editions import default_library
    from nspdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(default_library().edition("2024"))
    window.show()
    app.processEvents()
    OUT.mkdir(exist_ok=True)
    target = OUT / "main-window.png"
    if not window.grab().save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
