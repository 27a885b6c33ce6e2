"""„Per E-Mail senden“ in the quote editor (issue #16, 10): the draft is written to the outbox and
opened with the system's mail program; a draft quote is marked as sent first, after asking."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from nspdesk.services.quotes import Status
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes import mail as mail_module
from tests.gui.test_quotes_editor import find_quote

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The mail program, replaced: the paths it was asked to open; the outbox below tmp_path."""
    paths: list[Path] = []

    def open_file(path: Path) -> bool:
        paths.append(path)
        return True

    monkeypatch.setattr(mail_module, "open_file", open_file)
    monkeypatch.setattr(mail_module, "outbox", lambda: tmp_path / "outbox")
    return paths


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The information and warning boxes of the mail action, answered at once."""
    texts: list[str] = []

    def box(_parent: object, _title: str, text: str) -> None:
        texts.append(text)

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    return texts


def parsed(path: Path) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def test_the_action_is_first_in_the_more_menu(quotes_view: QuotesView) -> None:
    menu = quotes_view.editor.more_button.menu()
    assert menu is not None
    assert menu.actions()[0] is quotes_view.editor.mailer.action
    assert menu.actions()[0].text() == "Per E-Mail senden …"
    assert menu.actions()[1].isSeparator()


def test_a_sent_quote_opens_as_a_draft_in_the_mail_program(
    quotes_view: QuotesView, opened: list[Path], told: list[str], tmp_path: Path
) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))
    said: list[str] = []
    editor.status.connect(said.append)
    editor.mailer.action.trigger()
    assert opened == [tmp_path / "outbox" / "Angebot A-2026-0004.eml"]
    message = parsed(opened[0])
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "lehmann@spreewald.example"
    body = message.get_body(("plain",))
    assert body is not None and "Sehr geehrter Herr Lehmann," in body.get_content()
    assert [a.get_filename() for a in message.iter_attachments()] == ["Angebot A-2026-0004.pdf"]
    assert told == []
    assert said and "E-Mail-Entwurf geöffnet" in said[-1]


@pytest.mark.parametrize("answer", [False, True])
def test_a_draft_is_marked_as_sent_only_when_the_user_agrees(
    quotes_view: QuotesView,
    opened: list[Path],
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))
    asked: list[str] = []

    def ask(_parent: object, label: str) -> bool:
        asked.append(label)
        return answer

    monkeypatch.setattr(mail_module, "ask_mark_sent", ask)
    result = editor.mailer.mail()
    assert asked == ["A-2026-0003"]
    assert editor.loaded is not None
    if not answer:
        assert result is None and opened == []
        assert editor.loaded.status == Status.DRAFT
        return
    assert editor.loaded.status == Status.SENT
    assert result is not None and opened == [result]
    assert parsed(result)["Subject"].startswith("Angebot A-2026-0003")


def test_no_mail_program_names_the_file(
    quotes_view: QuotesView, opened: list[Path], told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_module, "open_file", lambda path: False)
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))
    assert quotes_view.editor.mailer.mail() is None
    assert len(told) == 1 and "Kein E-Mail-Programm" in told[0]
    assert quotes_view.editor.mailer.last_path is not None
    assert (
        str(quotes_view.editor.mailer.last_path) in told[0]
        and quotes_view.editor.mailer.last_path.exists()
    )


def test_a_contact_without_address_opens_the_draft_and_says_so(
    quotes_view: QuotesView, context: AppContext, opened: list[Path], told: list[str]
) -> None:
    from nspdesk.store.models import Contact

    with context.workspace.database.write() as session:
        for contact in session.query(Contact).filter(Contact.name == "Finn Lehmann"):
            contact.email = ""
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))
    path = quotes_view.editor.mailer.mail()
    assert path is not None and opened == [path]
    assert parsed(path)["To"] is None
    assert told == [
        "Herr Finn Lehmann: keine E-Mail-Adresse gespeichert – bitte im E-Mail-Programm eintragen."
    ]
