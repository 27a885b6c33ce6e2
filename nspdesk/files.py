"""Writing a file so that it is either complete or not there: never half-written.

Every export (PDFs, CSV/XLSX, letters) goes through ``write_atomically``: the content goes into a
temporary file beside the target, is flushed to disk, and only then renamed over the target (an
atomic rename on the same file system). A failure — full disk, a crash, a file open in Excel —
leaves the old target untouched and no temporary file behind. Standard library only, so every layer
may use it. Callers turn ``OSError`` into their own message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

Writer = Callable[[IO[bytes]], object]


def write_atomically(target: Path, content: bytes | Writer) -> None:
    """Write ``content`` (bytes, or a function writing into a binary stream) to ``target``."""
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(content, bytes):
                stream.write(content)
            else:
                content(stream)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(0o644)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
