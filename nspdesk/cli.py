"""The ``nspdesk`` command: the desktop app without arguments, headless commands with them.

Each command is a thin layer over the same services the desktop app uses: read the input, call the
service, print the result. Bad input ends with exit code 2 and one line naming what is wrong; never a
traceback. The command groups live in ``nspdesk.commands``; heavy modules (Qt, reportlab,
SQLAlchemy) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from nspdesk import __version__

# The desktop start (no arguments, or only ``--db PATH``) imports nothing more from here: the command
# modules, their JSON helpers and the domain errors are imported once a command is asked for.


def build_parser() -> argparse.ArgumentParser:
    import importlib

    from nspdesk.commands import MODULES

    parser = argparse.ArgumentParser(
        prog="nspdesk",
        description="Angebote, Partner-Compliance und Programmübersichten für das "
        "NoSpamProxy-Partnerprogramm. Ohne Befehl startet die Desktop-App.",
    )
    parser.add_argument("--version", action="version", version=f"nspdesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="Selbsttest (Regeln, Testdatenbank, Angebot, PDF, Hauptfenster), dann beenden",
    )
    parser.add_argument(
        "--db",
        dest="app_db",
        metavar="PATH|URL",
        help="die Datenbank der Desktop-App und jedes Befehls, vor oder nach dem Befehlswort "
        "(sonst NSPDESK_DATABASE_URL oder die Standarddatei)",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name in MODULES:
        importlib.import_module(f"nspdesk.commands.{name}").register(commands)
    return parser


# The exit status of a command whose reader went away (``nspdesk due | head -1``): 128 + SIGPIPE, as
# a shell reports a tool ended by the signal.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    gui, database = _desktop_start(args_list)
    if gui:  # the common case first: no command modules to import before the window is up
        from nspdesk.ui.app import run_app

        return run_app([], db=database)
    try:
        code = _command(args_list)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's flush at exit
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    return code


def _quiet_stdout() -> None:
    """Point stdout at the null device, as the Python docs advise for SIGPIPE, so that the flush at
    exit does not report the broken pipe once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's capture): nothing to flush
        pass


def _command(args_list: list[str]) -> int:
    from nspdesk.commands.common import EXIT_USAGE, CommandError, one_line
    from nspdesk.commands.store_access import settle_db_option
    from nspdesk.domain.errors import InputError, ProgramFileError

    args = build_parser().parse_args(args_list)
    try:
        settle_db_option(args)  # the one place: a leading --db is the command's --db too
    except CommandError as error:
        print(one_line(f"nspdesk: {error}"), file=sys.stderr)
        return error.code
    if args.self_test:
        from nspdesk.commands.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from nspdesk.ui.app import run_app

        return run_app([], db=args.db)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except CommandError as error:
        print(one_line(f"nspdesk {args.command}: {error}"), file=sys.stderr)
        return error.code
    except (InputError, ProgramFileError) as error:
        print(one_line(f"nspdesk {args.command}: {error}"), file=sys.stderr)
        return EXIT_USAGE


def _desktop_start(args: list[str]) -> tuple[bool, str | None]:
    """Whether ``args`` just start the desktop app (nothing, or only ``--db PATH``), and the PATH."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return True, args[0].removeprefix("--db=")
    return False, None


def _utf8_output() -> None:
    """German text and € on any console (Windows code pages included)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
