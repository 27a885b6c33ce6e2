"""The store's messages (errors, the integrity report, import problems and summaries): German as
before, English from the committed catalog (read without Qt, see tests/unit/english_catalog.py)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from nspdesk.domain.messages import Text
from nspdesk.domain.program import Program
from nspdesk.store import lock
from nspdesk.store.backups import backup_dir
from nspdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotFoundError,
    StoreError,
)
from nspdesk.store.location import sqlite_location
from nspdesk.store.maintenance import NO_FILE, CheckReport, check
from nspdesk.store.transfer.importing import ImportReport
from nspdesk.store.transfer.problems import ImportRejected
from nspdesk.store.transfer.reading import read_csv
from nspdesk.store.transfer.validate import validate_catalog, validate_partners
from tests.unit.english_catalog import GERMAN, english

HEADER = "Artikelnummer;Bezeichnung;Kategorie;Einheit;Listenpreis;Gültig ab;Beispielpreis\n"


def test_store_errors_keep_their_german_and_speak_english() -> None:
    corrupt = CorruptDatabaseError(Path("/d/n.sqlite3"), "malformed", [Path("/d/b.sqlite3")])
    assert str(corrupt) == (
        "Die Datenbank /d/n.sqlite3 ist beschädigt (malformed). Letzte Sicherung: /d/b.sqlite3 "
        "(wiederherstellen mit: nspdesk db restore /d/b.sqlite3)."
    )
    assert english(corrupt.message) == (
        "The database /d/n.sqlite3 is damaged (malformed). Latest backup: /d/b.sqlite3 "
        "(restore with: nspdesk db restore /d/b.sqlite3)."
    )
    assert english(CorruptDatabaseError(Path("/x"), "bad", []).message).endswith(
        "There is no backup."
    )
    newer = NewerSchemaError("/d/n.sqlite3", "0099", [])
    assert english(newer.message).startswith(
        "The database /d/n.sqlite3 was created by a newer version of nspdesk (schema 0099)."
    )
    assert english(ForeignDatabaseError("/d/x").message).startswith("/d/x contains tables")
    locked = DatabaseLockedError(Path("/d/n.sqlite3"), lock._holder("PID 42 auf box"))
    assert "(PID 42 auf box)" in str(locked)
    assert english(locked.message) == (
        "nspdesk is already running with this database (PID 42 on box). Please use the other "
        "window or quit it there. Database: /d/n.sqlite3"
    )


def test_lock_holders() -> None:
    assert english(lock._holder("")) == "unknown process"
    assert lock._holder("written by someone else") == "written by someone else"


def test_a_store_errors_message_is_what_it_was_given() -> None:
    text = Text("StoreErrors", "Der Datenträger ist voll.")
    assert StoreError(text).message is text
    assert NotFoundError("plain").message == "plain"
    assert StoreError("a", "b").message == str(StoreError("a", "b"))


def test_integrity_report_in_english() -> None:
    report = CheckReport("/d/n.sqlite3", problems=[NO_FILE])
    lines = report.lines()
    assert lines == ["Datenbank /d/n.sqlite3: 1 Problem", "  ✗ die Datei existiert nicht"]
    assert [english(line) for line in lines] == [
        "Database /d/n.sqlite3: 1 problem",
        "  ✗ the file does not exist",
    ]
    assert english(CheckReport("/d/n.sqlite3").lines()[0]) == "Database /d/n.sqlite3: OK"


@pytest.mark.parametrize(
    ("count", "german", "in_english"),
    [(0, "in Ordnung", "OK"), (1, "1 Problem", "1 problem"), (2, "2 Probleme", "2 problems")],
)
def test_the_report_counts_its_problems_in_words(count: int, german: str, in_english: str) -> None:
    heading = CheckReport("/d/n.sqlite3", problems=[NO_FILE] * count).lines()[0]
    assert (heading, english(heading)) == (
        f"Datenbank /d/n.sqlite3: {german}",
        f"Database /d/n.sqlite3: {in_english}",
    )


@pytest.mark.parametrize(
    ("count", "german", "in_english"),
    [
        (0, "keine Sicherungen", "no backups"),
        (1, "1 Sicherung: n-1.sqlite3", "1 backup: n-1.sqlite3"),
        (2, "2 Sicherungen, neueste: n-2.sqlite3", "2 backups, newest: n-2.sqlite3"),
    ],
)
def test_the_report_counts_the_backups_in_words(
    tmp_path: Path, count: int, german: str, in_english: str
) -> None:
    database = tmp_path / "n.sqlite3"
    with closing(sqlite3.connect(database)):
        pass
    backup_dir(database).mkdir()
    for number in range(1, count + 1):
        (backup_dir(database) / f"n-{number}.sqlite3").write_bytes(b"")
    facts = check(sqlite_location(database)).facts
    assert german in facts
    assert in_english in [english(fact) for fact in facts]


def rejected(data: str | bytes, program: Program, partners: bool = False) -> list[str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(ImportRejected) as caught:
        table = read_csv(raw)
        (validate_partners if partners else validate_catalog)(table, program)
    return [english(problem.message) for problem in caught.value.problems]


def test_cell_problems_in_english(program: Program) -> None:
    rows = (
        "A-1;Eins;gibtsnicht;Stück;12,345678;01.01.2026;ja\n"
        "A-2;Zwei;server-license;Stück;1.234;31.02.2026;vielleicht\n"
        "A-3;Drei;server-license;Stück;-5;2026-13-01;nein\n"
        "A-4;Vier;server-license;Stück;zwölf;heute;nein\n"
        "A-5;Fünf;server-license;Stück;5;01.01.1800;nein\n"
    )
    messages = rejected(HEADER + rows, program)
    assert "“12,345678” has more than 4 decimal places; please round it" in " ".join(messages)
    assert any(m.startswith("unknown category “gibtsnicht” (allowed: ") for m in messages)
    assert "“1.234” is ambiguous: 1234 or 1,234?" in " ".join(messages)
    assert "“31.02.2026” is not a valid date" in messages
    assert "“vielleicht” is neither yes nor no" in messages
    assert "“-5,00” is negative" in messages
    assert "“zwölf” is not a number" in messages
    assert "“heute” is not a date (expected DD.MM.YYYY or YYYY-MM-DD)" in messages
    assert "01.01.1800 is not between 1900 and 2199" in messages
    for message in messages:
        stripped = message.replace("Stück", "").replace("zwölf", "").replace("Fünf", "")
        assert not GERMAN.search(stripped), message


def test_file_and_header_problems_in_english(program: Program) -> None:
    assert rejected("", program) == ["The file is empty."]
    assert rejected(b"\xff\xfeA", program)[0].startswith("The file is UTF-16 encoded")
    assert rejected("Artikelnummer;Bezeichnung\n".encode("latin-1") + b"\xe4;x\n", program)[
        0
    ].startswith("The file is not UTF-8 encoded (first foreign character in line 2")
    header = rejected("Artikelnumer;Bezeichnung;Preis;Preis\nA;B;1;2\n", program)
    assert any(m.startswith("unknown column; probably “Artikelnummer” is meant") for m in header)
    assert "required column is missing" in header
    assert rejected(HEADER, program) == ["The file contains only the header; nothing to import."]
    twice = rejected(HEADER + "A;B;server-license;;1;01.01.2026;\n" * 2, program)
    assert twice == ["“A” with “Gültig ab” 1 Jan 2026 is already in line 2"]


def test_partner_problems_in_english(program: Program) -> None:
    header = "Kundennummer;Firma;Spur;Stufe;Website;E-Mail\n"
    messages = rejected(
        header + "K1;Firma A;weltall;;ftp://x;ohne-at\nK2;Firma B;cloud;premium;;\n",
        program,
        partners=True,
    )
    assert "“ftp://x” is not a web address with http:// or https://" in messages
    assert "“ohne-at” is not an e-mail address" in messages
    assert any(m.startswith("unknown track “weltall” (allowed: ") for m in messages)
    assert any(
        m.startswith("“premium” belongs to the track server, not to cloud") for m in messages
    )


@pytest.mark.parametrize(
    ("report", "german", "wanted"),
    [
        (
            ImportReport("Artikel", 1, 0, 0, False),
            "1 Artikel importiert: 1 neu, 0 aktualisiert, 0 unverändert.",
            "1 article imported: 1 new, 0 updated, 0 unchanged.",
        ),
        (
            ImportReport("Partner", 2, 1, 0, True),
            "Probelauf, nichts gespeichert: 3 Partner geprüft; 2 würden neu angelegt, "
            "1 aktualisiert, 0 blieben unverändert.",
            "Dry run, nothing saved: 3 partners checked; 2 would be created, 1 updated, "
            "0 would stay unchanged.",
        ),
    ],
)
def test_import_summaries(report: ImportReport, german: str, wanted: str) -> None:
    assert report.summary() == german
    assert english(report.summary()) == wanted


def test_dates_in_problems_follow_the_reader(program: Program) -> None:
    """A day in a message is a date: German ``01.01.2026``, English in the UI's notation."""
    twice = HEADER + "A;B;server-license;;1;01.01.2026;\n" * 2
    with pytest.raises(ImportRejected) as caught:
        validate_catalog(read_csv(twice.encode()), program)
    (problem,) = caught.value.problems
    assert problem.message == "„A“ mit Gültig ab 01.01.2026 steht schon in Zeile 2"
    assert date(2026, 1, 1) in problem.message.values.values()  # type: ignore[attr-defined]
