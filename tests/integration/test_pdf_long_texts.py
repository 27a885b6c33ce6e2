"""A stored quote with texts of any length and characters that cannot print (issue #16, 2 and 3),
through the one print service and ``nspdesk pdf quote --id``: on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from nspdesk.cli import main
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.quote_input import LineInput
from nspdesk.domain.tier_check import TierChoice
from nspdesk.services import quotes
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import Location
from nspdesk.store.opening import open_store
from tests.integration import factories
from tests.unit.documents.pdfcheck import normalise

COMPANY = ("Systemhaus Müller & Söhne Informationstechnik " * 5)[:200].strip()
DESCRIPTION = "Leistungsbeschreibung " * 900 + "mit Einhorn 🦄 und Haken ✓\u200b"


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = Workspace(open_store(location, keep_backups=0), library)
    yield opened
    opened.close()


def stored_quote(workspace: Workspace) -> int:
    with workspace.database.write() as session:
        partner_id = factories.partner(session, tier="business", company=COMPANY).id
    data = replace(
        factories.quote_input(
            partner_id,
            date(2026, 11, 25),
            LineInput("server-license", "Protection", Decimal(5), Decimal(30), unit="User/Monat"),
            LineInput("other", DESCRIPTION, Decimal(1), Decimal(140), unit="Teilnehmer"),
        ),
        tier_choice=TierChoice.RECORDED,
        tier_reason="Zertifizierung ist gebucht",
    )
    return quotes.create(workspace, data).id


def test_print_service_prints_everything_and_names_what_cannot_print(
    workspace: Workspace,
) -> None:
    printed = quotes.print_quote(workspace, stored_quote(workspace))
    pages = [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(printed.data)).pages]
    text = " ".join(pages)
    assert len(pages) >= 3
    assert text.count("Leistungsbeschreibung") == 900
    assert "Haken ✓" in text and "\u200b" not in text
    assert normalise(COMPANY) in text
    assert [(str(item.field), item.characters) for item in printed.unprintable] == [
        ("Position 2 (Beschreibung)", "🦄")
    ]
    assert str(printed.unprintable[0]) == "Position 2 (Beschreibung): 🦄 (U+1F984)"


def test_cli_writes_the_pdf_and_warns_on_stderr(
    sqlite_only: Location,
    library: ProgramLibrary,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Workspace(open_store(sqlite_only, keep_backups=0), library) as workspace:
        quote_id = stored_quote(workspace)
        expected = quotes.print_quote(workspace, quote_id).data
    out = tmp_path / "a.pdf"
    argv = ["pdf", "quote", "--id", str(quote_id), "--db", str(sqlite_only.path), "-o", str(out)]
    assert main(argv) == 0
    _, err = capsys.readouterr()
    assert err.splitlines() == [
        "nspdesk pdf: Warnung: Position 2 (Beschreibung) enthält Zeichen, die keine eingebettete "
        "Schrift darstellen kann (im PDF leere Kästchen): 🦄 (U+1F984)"
    ]
    assert out.read_bytes() == expected
