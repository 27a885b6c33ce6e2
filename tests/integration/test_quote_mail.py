"""Handing a quote over by e-mail (issue #16, 10): ``services.quotes.mail_draft`` and
``nspdesk quotes mail N -o FILE.eml`` write an unsent draft to the recipient's contact with the
frozen PDF attached; a draft revision is refused, a recipient without an address gets no To:."""

from __future__ import annotations

import email.policy
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from nspdesk.cli import main
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.pricing import Audience
from nspdesk.domain.tier_check import TierChoice
from nspdesk.services import quotes
from nspdesk.services.errors import ConflictError
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import Location
from nspdesk.store.models import Contact, Partner
from nspdesk.store.opening import open_store
from tests.integration import factories

TODAY = date(2026, 11, 25)
WHEN = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = Workspace(open_store(location, keep_backups=0), library)
    yield opened
    opened.close()


def parsed(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def pdf_of(message: EmailMessage) -> bytes:
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    data = attachment.get_content()
    assert isinstance(data, bytes)
    return data


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _partner(workspace: Workspace, *contacts: tuple[str, str, bool]) -> int:
    with workspace.database.write() as session:
        partner = factories.partner(session, tier="business", company="Kunde & Partner GmbH")
        for name, address, primary in contacts:
            partner.contacts.append(Contact(name=name, email=address, primary=primary))
        return partner.id


def _sent(workspace: Workspace, partner_id: int, **changes: object) -> int:
    data = replace(
        factories.quote_input(partner_id, TODAY),
        tier_choice=TierChoice.RECORDED,
        tier_reason="Zertifizierung ist gebucht",
        subject="Angebot Verlängerung 2027",
        **changes,  # type: ignore[arg-type]
    )
    made = quotes.create(workspace, data)
    quotes.send(workspace, made.id, contact="Max Muster")
    return made.id


def test_a_partner_quote_goes_to_the_contact_the_letter_addresses(workspace: Workspace) -> None:
    partner_id = _partner(
        workspace,
        ("Herr Jan Haupt", "haupt@kunde.example", True),
        ("Frau Dr. Lena Öztürk", "oeztuerk@kunde.example", False),
    )
    quote_id = _sent(workspace, partner_id, contact_person="Frau Dr. Lena Öztürk")
    draft = quotes.mail_draft(workspace, quote_id, now=WHEN)
    assert draft.recipient == "Frau Dr. Lena Öztürk <oeztuerk@kunde.example>"
    assert draft.subject == "Angebot A-2026-0001 – Verlängerung 2027"
    assert (draft.file_name, draft.attachment) == (
        "Angebot A-2026-0001.eml",
        "Angebot A-2026-0001.pdf",
    )
    assert draft.note == ""
    message = parsed(draft.data)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "oeztuerk@kunde.example"
    assert message["Subject"] == draft.subject
    text = body_of(message)
    assert text.startswith("Sehr geehrte Frau Dr. Öztürk,\n")
    assert "Max Muster" in text.split("\n-- \n")[1]  # the letter's Ansprechpartner signs
    pdf = pdf_of(message)
    assert pdf == quotes.print_quote(workspace, quote_id).data  # the frozen PDF, byte for byte
    assert "A-2026-0001" in pdf_text(pdf)
    assert quotes.mail_draft(workspace, quote_id, now=WHEN).data == draft.data


def test_a_letter_to_nobody_on_record_goes_to_the_main_contact(workspace: Workspace) -> None:
    partner_id = _partner(
        workspace,
        ("Herr Erster", "erster@kunde.example", False),
        ("Frau Haupt", "haupt@kunde.example", True),
    )
    quote_id = _sent(workspace, partner_id, contact_person="Herr Unbekannt")
    draft = quotes.mail_draft(workspace, quote_id, now=WHEN)
    assert draft.recipient == "Frau Haupt <haupt@kunde.example>"
    assert body_of(parsed(draft.data)).startswith("Sehr geehrte Frau Haupt,")


def test_a_contact_without_address_gives_a_draft_without_to_and_a_note(
    workspace: Workspace,
) -> None:
    partner_id = _partner(workspace, ("Frau Test", "", True))
    draft = quotes.mail_draft(workspace, _sent(workspace, partner_id), now=WHEN)
    assert draft.recipient is None
    assert draft.note == (
        "Frau Test: keine E-Mail-Adresse gespeichert – bitte im E-Mail-Programm eintragen."
    )
    message = parsed(draft.data)
    assert message["To"] is None and message["X-Unsent"] == "1"
    with workspace.database.write() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        partner.contacts[0].email = "test@kunde"  # no dot in the domain: no usable address
    draft = quotes.mail_draft(workspace, _sent(workspace, partner_id), now=WHEN)
    assert draft.recipient is None and "„test@kunde“" in draft.note


def test_a_partner_without_contacts_gets_a_draft_without_to(workspace: Workspace) -> None:
    draft = quotes.mail_draft(workspace, _sent(workspace, _partner(workspace)), now=WHEN)
    assert draft.recipient is None and "Frau Test" in draft.note


def test_an_end_customer_quote_comes_from_the_partner_without_a_recipient(
    workspace: Workspace,
) -> None:
    partner_id = _partner(workspace, ("Frau Partnerin", "partnerin@kunde.example", True))
    quote_id = _sent(
        workspace,
        partner_id,
        audience=Audience.END_CUSTOMER,
        customer="Endkunde AG\nHerr Bernd Kunde\nHauptstraße 5\n10115 Berlin",
    )
    draft = quotes.mail_draft(workspace, quote_id, now=WHEN)
    assert draft.recipient is None
    assert draft.note.startswith("Endkundenangebot: keine E-Mail-Adresse")
    message = parsed(draft.data)
    assert message["To"] is None
    assert message["From"].addresses[0].addr_spec == "partnerin@kunde.example"
    text = body_of(message)
    assert text.startswith("Sehr geehrter Herr Kunde,\n")
    assert text.split("\n-- \n")[1].startswith("Frau Partnerin\nKunde & Partner GmbH\n")
    assert "Endkunde AG" in pdf_text(pdf_of(message))


def test_a_draft_is_not_mailed(workspace: Workspace) -> None:
    partner_id = _partner(workspace, ("Frau Test", "test@kunde.example", True))
    quote_id = _sent(workspace, partner_id)
    quotes.revise(workspace, quote_id)
    with pytest.raises(ConflictError, match=r"A-2026-0001/2 ist noch ein Entwurf"):
        quotes.mail_draft(workspace, quote_id)
    earlier = quotes.mail_draft(workspace, quote_id, revision=1, now=WHEN)  # as it was sent
    assert earlier.file_name == "Angebot A-2026-0001.eml"


# --- nspdesk quotes mail --------------------------------------------------------------------------
def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_writes_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "team.sqlite3")
    assert run(["demo", "--db", db], capsys)[0] == 0
    target = tmp_path / "angebot.eml"
    code, out, err = run(["quotes", "mail", "A-2026-0004", "-o", str(target), "--db", db], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"{target} geschrieben: an ")
    message = parsed(target.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec.endswith("@spreewald.example")
    assert message["Subject"].startswith("Angebot A-2026-0004")
    assert "A-2026-0004" in pdf_text(pdf_of(message))

    draft = tmp_path / "entwurf.eml"
    code, _, err = run(["quotes", "mail", "A-2026-0007", "-o", str(draft), "--db", db], capsys)
    assert code == 2 and "A-2026-0007/2 ist noch ein Entwurf" in err and not draft.exists()
    code, out, err = run(
        [
            "quotes",
            "mail",
            "A-2026-0007",
            "--revision",
            "1",
            "-o",
            str(draft),
            "--db",
            db,
            "--json",
        ],
        capsys,
    )
    assert code == 0 and json.loads(out)["attachment"] == "Angebot A-2026-0007.pdf"  # only JSON
    code, _, err = run(
        ["quotes", "mail", "7", "-o", str(tmp_path / "no" / "x.eml"), "--db", db], capsys
    )
    assert code == 2 and "existiert nicht" in err
