"""``nspdesk demo`` and ``nspdesk db …`` on the command line."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from nspdesk.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check_backup_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(["demo", "--db", db], capsys)
    assert code == 0
    assert "12 Partner" in out and "Angebote" in out
    code, _, err = run(["demo", "--db", db], capsys)
    assert code == 1 and "Nichts verändert" in err

    code, out, _ = run(["db", "check", "--db", db], capsys)
    assert code == 0
    assert "in Ordnung" in out and "aktuell" in out

    code, out, _ = run(["db", "backup", "--db", db], capsys)
    backup = Path(out.strip())
    assert code == 0 and backup.is_file() and "manuell" in backup.name
    code, out, _ = run(["db", "backups", "--db", db], capsys)
    assert str(backup) in out

    with closing(sqlite3.connect(db)) as connection:
        connection.execute("DELETE FROM contacts")
        connection.commit()
    code, _, err = run(["db", "restore", str(backup), "--db", db], capsys)
    assert code == 2 and "--yes" in err  # no terminal to ask: refuse without --yes
    code, out, _ = run(["db", "restore", str(backup), "--db", db, "--yes"], capsys)
    assert code == 0 and "Wiederhergestellt" in out
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM contacts").fetchone() == (12,)

    code, out, _ = run(["db", "path", "--db", db], capsys)
    assert out.strip() == str(Path(db).resolve())


def test_db_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kaputt.sqlite3"
    db.write_bytes(b"not a database" * 100)
    code, out, _ = run(["db", "check", "--db", str(db)], capsys)
    assert code == 1 and "✗" in out
    code, _, err = run(["demo", "--db", str(db)], capsys)
    assert code == 1
    assert "beschädigt" in err and "Traceback" not in err
    code, _, err = run(["db", "backup", "--db", str(tmp_path / "fehlt.sqlite3")], capsys)
    assert code == 1 and "existiert noch nicht" in err
    code, _, err = run(["db", "backup", "--db", "postgresql+psycopg://u:p@localhost/x"], capsys)
    assert code == 2 and "pg_dump" in err
    code, _, err = run(
        [
            "db",
            "restore",
            str(tmp_path / "nichts.sqlite3"),
            "--db",
            str(tmp_path / "n.sqlite3"),
            "--yes",
        ],
        capsys,
    )
    assert code == 1 and "gibt es nicht" in err


def test_database_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NSPDESK_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    code, out, _ = run(["db", "path"], capsys)
    assert code == 0 and out.strip().endswith("env.sqlite3")


def test_partners_list_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from datetime import date

    db = str(tmp_path / "demo.sqlite3")
    assert run(["demo", "--db", db], capsys)[0] == 0
    code, out, _ = run(["partners", "list", "--db", db, "--json"], capsys)
    partners = {p["company"]: p for p in json.loads(out)}
    assert code == 0
    assert len(partners) == 12
    rheinwerk = partners["Rheinwerk Systemhaus GmbH"]
    assert rheinwerk["tier"] == "premium"
    code, out, _ = run(["partners", "show", str(rheinwerk["id"]), "--db", db, "--json"], capsys)
    shown = json.loads(out)
    assert code == 0
    figures = shown["figures"]
    # this year's business: hand-entered figures plus one accepted demo quote, shown apart
    assert figures["projects"]["won_quotes"] == 1
    assert figures["projects"]["total"] == figures["projects"]["manual"] + 1
    assert shown["year"] == date.today().year
    assert shown["evaluation"]["tier"] == "premium"
    code, out, _ = run(["partners", "show", str(rheinwerk["id"]), "--db", db], capsys)
    assert "aus Angeboten" in out and "€" in out
    code, _, err = run(["partners", "show", "999", "--db", db], capsys)
    assert code == 2 and "keinen Partner" in err
