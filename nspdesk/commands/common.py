"""What every command shares: reading the input, printing JSON, reporting a failure."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nspdesk.domain.limits import shorten

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
# The longest error line printed: a message that echoes a value shows a short excerpt of it
# (``domain/limits.py``); this keeps any other one to a readable line too.
MAX_LINE_CHARS = 500


class CommandError(Exception):
    """A failure to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def read_input(name: str) -> tuple[str, str]:
    """The text of FILE or of stdin for ``-``, and a name for it in messages."""
    if name == "-":
        data = sys.stdin.buffer.read()
        source = "stdin"
    else:
        try:
            data = Path(name).read_bytes()
        except FileNotFoundError:
            raise CommandError(f"{name}: Datei nicht gefunden") from None
        except IsADirectoryError:
            raise CommandError(f"{name}: ist ein Verzeichnis, keine Datei") from None
        except OSError as error:
            raise CommandError(f"{name}: kann nicht gelesen werden ({error.strerror})") from None
        source = name
    try:
        return data.decode("utf-8-sig"), source
    except UnicodeDecodeError:
        raise CommandError(f"{source}: ist nicht UTF-8-kodiert") from None


def print_json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def one_line(message: str) -> str:
    """``message`` as one line for stderr: control characters (line breaks included) escaped as
    ``repr`` does, at most ``MAX_LINE_CHARS`` characters, then ``…``."""
    return shorten(message, MAX_LINE_CHARS)
