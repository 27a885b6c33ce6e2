"""``nspdesk demo`` and ``nspdesk db …`` on the command line."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from nspdesk.cli import main
from nspdesk.store.location import Location


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
    assert code == 2 and "fehlt.sqlite3 gibt es nicht" in err
    assert not (tmp_path / "fehlt.sqlite3").exists()
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
    assert code == 2 and "gibt es nicht" in err  # a backup that is not there: refused


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
    # the won quote that made the project, by number, so a person can check the figure
    [counted] = shown["counted_projects"]
    assert (
        counted["quote"].startswith("A-") and counted["revenue"] == figures["revenue"]["won_quotes"]
    )
    code, out, _ = run(["partners", "show", str(rheinwerk["id"]), "--db", db], capsys)
    assert "aus Angeboten" in out and "€" in out
    assert f"Realisierte Projekte aus Angeboten:\n  {counted['quote']} vom " in out
    code, _, err = run(["partners", "show", "999", "--db", db], capsys)
    assert code == 2 and "keinen Partner" in err


@pytest.fixture
def default_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database file of a user whose home is ``tmp_path/home`` (no environment URL)."""
    from nspdesk.store.location import default_path

    home = tmp_path / "home"
    monkeypatch.delenv("NSPDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    path = default_path()
    assert path.is_relative_to(home)
    return path


@pytest.mark.parametrize("leading", [True, False], ids=["before", "after"])
def test_db_before_or_after_the_command_word_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], default_file: Path, leading: bool
) -> None:
    db = str(tmp_path / "x.sqlite3")

    def line(*words: str, db: str = db) -> list[str]:
        return ["--db", db, *words] if leading else [*words, "--db", db]

    code, out, _ = run(line("demo"), capsys)
    assert code == 0 and db in out and "12 Partner" in out
    code, out, _ = run(line("partners", "list", "--json"), capsys)
    assert code == 0 and len(json.loads(out)) == 12
    code, out, _ = run(line("db", "check"), capsys)
    assert code == 0 and db in out
    code, out, _ = run(line("db", "path"), capsys)
    assert out.strip() == str(Path(db).resolve())
    code, out, _ = run(line("due", "--json"), capsys)
    assert code == 0
    export = tmp_path / "katalog.csv"
    code, out, _ = run(line("export", "catalog", "-o", str(export)), capsys)
    assert code == 0 and export.is_file()
    code, _, err = run(line("import", "catalog", str(export), "--dry-run"), capsys)
    assert code == 2 and "abgelehnt" in err  # the same articles again: refused without --update
    code, out, _ = run(line("import", "catalog", str(export), "--dry-run", "--update"), capsys)
    assert code == 0
    code, out, _ = run(line("review", "run", "--year", "2025", "--json"), capsys)
    assert code == 0
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    code, out, _ = run(line("db", "check", db=str(bad)), capsys)
    assert code == 1 and str(bad) in out and "✗" in out
    assert not default_file.exists()  # nothing on the line touched the default database


@pytest.mark.parametrize(
    "words",
    [
        ["partners", "list"],
        ["partners", "show", "1"],
        ["due"],
        ["review", "run", "--year", "2025"],
        ["export", "catalog", "-o", "{tmp}/k.csv"],
        ["pdf", "quote", "--id", "1", "-o", "{tmp}/q.pdf"],
        ["db", "backup"],
        ["backlink", "--partner", "1"],
    ],
)
@pytest.mark.parametrize("leading", [True, False], ids=["before", "after"])
def test_a_missing_database_file_is_refused_and_not_created(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    default_file: Path,
    words: list[str],
    leading: bool,
) -> None:
    missing = tmp_path / "missing.sqlite3"
    words = [w.replace("{tmp}", str(tmp_path)) for w in words]
    argv = ["--db", str(missing), *words] if leading else [*words, "--db", str(missing)]
    code, _, err = run(argv, capsys)
    assert code == 2, err
    assert err.count("\n") == 1 and str(missing) in err
    assert not missing.exists() and not default_file.exists()
    assert not (tmp_path / "k.csv").exists() and not (tmp_path / "q.pdf").exists()


def test_two_different_db_options_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], default_file: Path
) -> None:
    one, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    code, _, err = run(["--db", str(one), "demo", "--db", str(other)], capsys)
    assert code == 2 and "--db" in err and str(one) in err and str(other) in err
    assert not one.exists() and not other.exists() and not default_file.exists()
    same = ["--db", str(one), "demo", "--db", str(tmp_path / "." / "a.sqlite3")]
    assert run(same, capsys)[0] == 0  # the same file written twice is one database
    assert one.exists() and not default_file.exists()


def test_without_db_the_environment_then_the_default_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    default_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(["partners", "list"], capsys)
    assert code == 2 and str(default_file) in err and not default_file.exists()
    assert run(["demo"], capsys)[0] == 0 and default_file.exists()
    monkeypatch.setenv("NSPDESK_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    code, out, _ = run(["demo"], capsys)
    assert code == 0 and "env.sqlite3" in out
    code, out, _ = run(["--db", str(tmp_path / "x.sqlite3"), "db", "path"], capsys)
    assert out.strip().endswith("x.sqlite3")  # --db before the environment


def test_a_leading_db_url_on_each_backend(
    location: Location, capsys: pytest.CaptureFixture[str], default_file: Path
) -> None:
    """``nspdesk --db URL demo`` fills the server database too; never the default file."""
    url = location.url
    code, out, err = run(["--db", url, "demo"], capsys)
    assert code == 0, err
    code, out, _ = run(["--db", url, "partners", "list", "--json"], capsys)
    assert code == 0 and len(json.loads(out)) == 12
    code, out, _ = run(["--db", url, "db", "check"], capsys)
    assert code == 0 and "in Ordnung" in out
    assert not default_file.exists()


@pytest.mark.parametrize("value", ["", " "])
@pytest.mark.parametrize("leading", [True, False], ids=["before", "after"])
def test_an_empty_db_is_refused_not_the_default(
    capsys: pytest.CaptureFixture[str], default_file: Path, value: str, leading: bool
) -> None:
    argv = [f"--db={value}", "demo"] if leading else ["demo", f"--db={value}"]
    code, _, err = run(argv, capsys)
    assert code == 2 and "--db: der Wert fehlt" in err
    assert not default_file.exists()


def test_a_folder_or_a_url_without_driver_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], default_file: Path
) -> None:
    code, _, err = run(["--db", str(tmp_path), "partners", "list"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert f"{tmp_path} ist ein Verzeichnis, keine Datenbankdatei" in err
    code, _, err = run(["--db", "nosuchdriver://u:geheim@host/x", "demo"], capsys)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "keine verwendbare Datenbank-URL" in err and "geheim" not in err
    assert not default_file.exists()
