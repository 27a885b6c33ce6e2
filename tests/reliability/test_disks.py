"""Disks and files that fail: a read-only folder, file or drive, a full disk, another program's SQLite
file. Each ends in one line that says what is wrong (rights, space, not ours) — never "damaged" for a
healthy file, never a traceback — and nothing saved is lost: the file's bytes are compared before
and after every command that touches it.

The tests run as root here, where file modes restrict nothing: the rights and the drive are simulated
at the two functions that ask the file system (``nspdesk.store.access.may_write`` and
``on_read_only_drive``), a full disk or a read-only drive at the backup's seams (``_copy_pages``, the
making of the backup file). ``test_real_file_modes`` checks the real thing, as an unprivileged user.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from nspdesk.cli import main
from nspdesk.store import access, backups, due_facts
from nspdesk.store.list_search import is_derived
from nspdesk.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parents[2]

# Commands that only read, and commands that change something (refused on a read-only database).
READS = [
    ["partners", "list"],
    ["partners", "list", "--json"],
    ["quotes", "list"],
    ["due"],
    ["db", "check"],
    ["db", "backups"],
]
WRITES = [["quotes", "send", "A-2026-0005"], ["quotes", "reject", "A-2026-0005"]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_digest(path: Path) -> str:
    """The data a person saved: every table but the derived ones (the search index, the kept
    standings and due facts, which a read may bring up to date)."""
    content = hashlib.sha256()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not is_derived(name) and not name.startswith("sqlite_")
        ]
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            content.update(f"{table}:{len(rows)}:{rows}".encode())
    return content.hexdigest()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """The message of a refusal: exactly one line, never a traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once (closed: no -wal beside it), copied for every test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "nspdesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make a file or folder unwritable (as file modes would for a user), or the whole drive."""

    def deny(*paths: Path, drive: bool = False) -> None:
        denied = {p.resolve() for p in paths}
        monkeypatch.setattr(access, "may_write", lambda p: Path(p).resolve() not in denied)
        if drive:
            monkeypatch.setattr(access, "on_read_only_drive", lambda p: True)

    return deny


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while a backup is written (SQLite's own words)."""

    def no_space(_source: sqlite3.Connection, _target: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_pages", no_space)


# --- a database that can only be read --------------------------------------------------------------


@pytest.mark.parametrize(
    "what",
    ["file", "folder", "drive"],
    ids=["read-only file", "read-only folder", "read-only drive"],
)
def test_a_read_only_database_is_read_and_changes_are_refused(
    db: Path,
    what: str,
    read_only: Callable[..., None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    read_only(db if what == "file" else db.parent, drive=what == "drive")
    before = digest(db)
    reason = {
        "file": "schreibgeschützt (Dateirechte der Datei)",
        "folder": f"schreibgeschützt (Dateirechte des Ordners {db.parent})",
        "drive": "schreibgeschützt (schreibgeschütztes Laufwerk)",
    }[what]
    for argv in READS:
        code, out, err = run([*argv, "--db", str(db)], capsys)
        assert code == 0, (argv, err)
        assert out.strip() or argv == ["db", "backups"], argv  # none yet: nothing to list
        assert "beschädigt" not in out + err
        if argv[0] == "db":
            assert "Traceback" not in err
        else:  # told once, on stderr: the output stays clean for a script
            assert one_line(err).endswith(
                "Sie wird nur gelesen; Änderungen werden nicht gespeichert."
            )
            assert reason in err
    assert "nur lesbar" in run(["db", "check", "--db", str(db)], capsys)[1]
    assert "Rheinwerk Systemhaus GmbH" in run(["partners", "list", "--db", str(db)], capsys)[1]
    for argv in WRITES:
        code, _, err = run([*argv, "--db", str(db)], capsys)
        assert code == 2
        message = err.strip().splitlines()[-1]
        assert f"Die Datenbank {db} ist {reason}" in message
        assert message.endswith("Nur Lesen ist möglich; nichts wurde gespeichert.")
    code, _, err = run(["db", "restore", str(db), "--db", str(db), "--yes"], capsys)
    assert code == 2 and reason in one_line(err)
    assert digest(db) == before
    assert not (db.parent / "backups").exists(), "no backup is written beside a read-only file"


def test_a_read_only_database_that_needs_a_migration_is_refused_untouched(
    tmp_path: Path, read_only: Callable[..., None], capsys: pytest.CaptureFixture[str]
) -> None:
    old = older_database(tmp_path / "alt.sqlite3")
    read_only(old)
    before = digest(old)
    code, _, err = run(["partners", "list", "--db", str(old)], capsys)
    assert code == 2
    assert "schreibgeschützt (Dateirechte der Datei)" in one_line(err)
    assert "nichts verändert" in err
    assert digest(old) == before


def test_the_app_opens_a_read_only_database_with_a_warning(
    db: Path, read_only: Callable[..., None]
) -> None:
    from nspdesk.services import quotes
    from nspdesk.services.errors import ReadOnlyDatabaseError, StoreError
    from nspdesk.services.maintenance import backup_workspace
    from nspdesk.services.workspace import open_workspace

    read_only(db.parent)
    with open_workspace(str(db), create=True, take_lock=True) as workspace:
        assert workspace.read_only
        [warning] = workspace.warnings
        assert "schreibgeschützt (Dateirechte des Ordners" in warning
        assert not db.with_name(db.name + ".lock").exists(), "no lock file in a read-only folder"
        with pytest.raises(ReadOnlyDatabaseError), workspace.database.write():
            pass
        # the quotes view marks expired quotes when shown: on a read-only file it must not ask to
        # write (a dialog each time the view opens); nothing is marked
        assert quotes.expire_due(workspace, date(2030, 1, 1)) == []
        with pytest.raises(StoreError):  # the backup folder beside it cannot be written either
            _no_backup_folder(db, backup_workspace, workspace)


def _no_backup_folder(db: Path, backup: Callable[..., object], workspace: object) -> None:
    original = Path.mkdir

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        if self == db.parent / "backups":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    Path.mkdir = refuse  # type: ignore[method-assign]
    try:
        backup(workspace)
    finally:
        Path.mkdir = original  # type: ignore[method-assign]


def test_no_new_database_in_a_read_only_folder(
    tmp_path: Path, read_only: Callable[..., None], capsys: pytest.CaptureFixture[str]
) -> None:
    read_only(tmp_path)
    code, _, err = run(["demo", "--db", str(tmp_path / "neu.sqlite3")], capsys)
    assert code == 2
    assert "kann nicht angelegt werden: der Ordner" in one_line(err)
    assert not (tmp_path / "neu.sqlite3").exists()


def test_a_read_only_uri_needs_no_file_beside_the_database(db: Path) -> None:
    """``immutable=1`` where not even the -shm could be made (a WAL database in a locked folder)."""
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    uri = access.read_only_uri(db, writable_folder=False)
    assert uri.endswith("?mode=ro&immutable=1")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        assert connection.execute("SELECT count(*) FROM partners").fetchone() == (12,)
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_a_read_only_uri_quotes_awkward_names(tmp_path: Path) -> None:
    odd = tmp_path / "Ordner mit ? und # und %" / "a b.sqlite3"
    odd.parent.mkdir()
    with closing(sqlite3.connect(odd)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    with closing(access.connect_read_only(odd)) as connection:
        assert connection.execute("SELECT count(*) FROM t").fetchone() == (0,)


# --- a full disk, a read-only drive at the backup -----------------------------------------------------


def test_a_full_disk_before_the_daily_backup_still_reads(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    full_disk(monkeypatch)
    before = data_digest(db)
    for argv in READS[:4]:
        code, out, err = run([*argv, "--db", str(db)], capsys)
        assert code == 0, (argv, err)
        assert out.strip()
        warning = one_line(err)
        assert "Warnung: die heutige automatische Sicherung" in warning
        assert "nicht angelegt. Der Datenträger ist voll. Die Daten" in warning
        assert "beschädigt" not in warning
    assert data_digest(db) == before  # `due` may have kept its derived facts: no data changed
    assert list((db.parent / "backups").iterdir()) == [], "no half-written backup is left"
    code, _, err = run(["db", "backup", "--db", str(db)], capsys)
    assert code == 2
    assert one_line(err).endswith("fehlgeschlagen: Der Datenträger ist voll.")


def test_a_full_disk_before_a_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = older_database(tmp_path / "alt.sqlite3")
    before = digest(old)
    full_disk(monkeypatch)
    code, _, err = run(["partners", "list", "--db", str(old)], capsys)
    assert code == 2
    message = one_line(err)
    assert "muss migriert werden, aber die Sicherung davor ist fehlgeschlagen" in message
    assert "Der Datenträger ist voll." in message and "Nichts verändert" in message
    assert digest(old) == before


def test_a_completely_full_disk_is_not_called_damaged(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not even the read-only check can open the file: the disk is said, not damage."""
    assert main(["db", "backup", "--db", str(db)]) == 0  # a backup exists: still no restore hint
    capsys.readouterr()
    before = digest(db)

    def full(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "connect_read_only", full)
    code, _, err = run(["partners", "list", "--db", str(db)], capsys)
    assert code == 2
    message = one_line(err)
    assert f"Die Datenbank {db} kann nicht geöffnet werden: Der Datenträger ist voll." in message
    assert "beschädigt" not in message and "restore" not in message
    assert digest(db) == before


@pytest.mark.parametrize("folder_exists", [False, True], ids=["new folder", "existing folder"])
def test_a_backup_on_a_read_only_drive_is_one_line(
    db: Path,
    folder_exists: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`nspdesk db backup` ended in ``OSError: [Errno 30]`` from store/backups.py."""
    folder = db.parent / "backups"
    if folder_exists:
        folder.mkdir()
    real_mkdir, real_open = Path.mkdir, Path.open

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self == folder and not self.exists():
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    def open_(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.parent == folder and "x" in mode:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "mkdir", mkdir)
    monkeypatch.setattr(Path, "open", open_)
    before = digest(db)
    code, _, err = run(["db", "backup", "--db", str(db)], capsys)
    assert code == 2
    assert one_line(err).endswith("fehlgeschlagen: Das Laufwerk ist schreibgeschützt.")
    code, _, err = run(["db", "backup", "-o", str(folder / "x.sqlite3"), "--db", str(db)], capsys)
    assert code == 2 and "Das Laufwerk ist schreibgeschützt." in one_line(err)
    # the day's automatic backup fails the same way: reading goes on with a warning
    code, out, err = run(["partners", "list", "--db", str(db)], capsys)
    assert code == 0 and "Rheinwerk" in out
    assert "nicht angelegt. Das Laufwerk ist schreibgeschützt. Die Daten" in one_line(err)
    assert digest(db) == before


def test_a_damaged_schema_whose_report_is_not_text_is_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the fuzzer: SQLite's report on a broken schema quoted bytes that are not UTF-8, and
    reading it ended in ``UnicodeDecodeError``."""
    data = bytearray(db.read_bytes())
    name = data.find(b"tablepartnerspartners")
    data[name + 5] = 0x80  # the table's name in sqlite_schema …
    sql = data.find(b"CREATE TABLE partners")
    data[sql + 13] = 0x80  # … and in its CREATE statement
    db.write_bytes(bytes(data))
    code, _, err = run(["partners", "list", "--db", str(db)], capsys)
    assert code == 1
    assert f"Die Datenbank {db} ist beschädigt (" in one_line(err)
    code, out, err = run(["db", "check", "--db", str(db)], capsys)
    assert code == 1 and "✗ keine lesbare SQLite-Datenbank" in out and "Traceback" not in err


# --- another program's SQLite file --------------------------------------------------------------------


def foreign_file(path: Path, *, wal: bool = False, alembic: bool = False) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('meine Notizen')")
        if (
            alembic
        ):  # another program that uses Alembic too: an unknown revision, none of our tables
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            connection.execute("INSERT INTO alembic_version VALUES ('ffeeddccbbaa')")
        connection.commit()
    return path


@pytest.mark.parametrize(
    ("wal", "alembic"),
    [(False, False), (True, False), (False, True)],
    ids=["rollback journal", "WAL", "another Alembic schema"],
)
def test_another_programs_database_is_never_changed(
    tmp_path: Path, wal: bool, alembic: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was called foreign and "nicht verändert", yet switched to WAL on the way."""
    path = foreign_file(tmp_path / "fremd.sqlite3", wal=wal, alembic=alembic)
    before = digest(path)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        mode = connection.execute("PRAGMA journal_mode").fetchone()
    for argv in [["partners", "list"], ["due"], ["quotes", "list"], ["demo"]]:
        code, _, err = run([*argv, "--db", str(path)], capsys)
        assert code == 2, argv
        message = one_line(err)
        assert "ist aber keine nspdesk-Datenbank; sie wird nicht verändert" in message
        assert "neueren" not in message
        assert digest(path) == before, argv
    code, out, _ = run(["db", "check", "--db", str(path)], capsys)
    assert code == 1 and "keine nspdesk-Datenbank" in out
    assert digest(path) == before
    from nspdesk.services.errors import ForeignDatabaseError
    from nspdesk.services.workspace import open_workspace

    with pytest.raises(ForeignDatabaseError):  # as the app opens it: not even a lock file beside it
        open_workspace(str(path), create=True, take_lock=True)
    assert digest(path) == before
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == mode
    if not wal:
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "nothing made beside it"


# --- the real thing: file modes for a user who is not root --------------------------------------------


def _as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user, or None where none is needed/possible."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private tmp, so an unprivileged user can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="nspdesk-modes-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def test_real_file_modes(demo_file: Path, shared_folder: Path) -> None:
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: file modes cannot be tried for real")
    python = [*prefix, sys.executable, "-m", "nspdesk"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import nspdesk"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("the unprivileged user cannot read this checkout or its Python")
    folder = shared_folder / "daten"
    folder.mkdir()
    db = folder / "nspdesk.sqlite3"
    shutil.copyfile(demo_file, db)
    if prefix:
        os.chown(folder, 65534, 65534)
        os.chown(db, 65534, 65534)

    def nspdesk(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*python, *argv, "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
        )

    for folder_mode, file_mode, why in [
        (0o555, 0o644, "Dateirechte des Ordners"),
        (0o755, 0o444, "Dateirechte der Datei"),
    ]:
        folder.chmod(folder_mode)
        db.chmod(file_mode)
        before = digest(db)
        for argv in (["partners", "list"], ["due"], ["db", "check"]):
            done = nspdesk(*argv)
            assert done.returncode == 0, (argv, done.stderr)
            assert "beschädigt" not in done.stdout + done.stderr
            assert "Traceback" not in done.stderr
        done = nspdesk("quotes", "send", "A-2026-0005")
        assert done.returncode == 2
        assert why in done.stderr and "nichts wurde gespeichert" in done.stderr
        assert digest(db) == before
    folder.chmod(0o755)
    db.chmod(0o000)
    done = nspdesk("partners", "list")
    assert done.returncode == 2
    assert "keine Leserechte" in done.stderr and "beschädigt" not in done.stderr


# --- helpers --------------------------------------------------------------------------------------------


def older_database(path: Path, revision: str = "0003") -> Path:
    """A database at an earlier schema: opening it needs a migration (and a backup before it)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    return path


def test_a_full_disk_when_the_due_list_keeps_its_facts_still_lists(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The due list keeps each partner's facts in the database; when that write finds the disk
    full, the list is decided afresh and printed all the same, and no data changes."""
    code, expected, _ = run(["due", "--json", "--db", str(db)], capsys)  # also the daily backup
    assert code == 0
    with closing(sqlite3.connect(db)) as connection:  # every partner's facts stale again
        connection.execute("UPDATE partner_fact_marks SET generation = generation + 1")
        connection.commit()
    before = data_digest(db)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(due_facts, "refresh", disk_full)
    code, out, err = run(["due", "--json", "--db", str(db)], capsys)
    assert (code, err) == (0, "")
    assert out == expected
    assert data_digest(db) == before
