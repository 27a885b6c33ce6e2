"""Jahresüberprüfung: run for the demo's business year, decide (an override needs a reason),
confirm into the tier history, letters with progress and cancel, summary and table exports."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nspdesk.domain.letterhead import Sender
from nspdesk.domain.review import Decision, Movement, StatusLetter
from nspdesk.services import annual_review
from nspdesk.store import reviews
from nspdesk.store.models import Partner, TierHistory
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.review import ReviewView
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui

YEAR = DEMO_DAY.year - 1  # the demo's hand-entered figures are those of the previous year


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> ReviewView:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    widget = ReviewView(context, clock=lambda: DEMO_DAY)
    widget.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


def run_review(view: ReviewView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.run_review()
    assert view.run_task is None and view.state is not None


def partner_id(view: ReviewView, company: str) -> int:
    assert view.state is not None
    return next(
        line.proposal.partner_id for line in view.model.rows() if line.proposal.company == company
    )


def decision_of(view: ReviewView, company: str) -> Decision:
    assert view.state is not None
    line = next(line for line in view.model.rows() if line.proposal.company == company)
    return line.outcome.decision


def confirmed_view(view: ReviewView, qtbot: QtBot) -> ReviewView:
    run_review(view, qtbot)
    assert view.confirm_review()
    return view


def test_run_for_the_previous_year(view: ReviewView, qtbot: QtBot) -> None:
    assert view.year.value() == YEAR  # the previous year by default
    assert view.as_of_date() == DEMO_DAY
    assert view.state is None and "noch keine Überprüfung" in view.heading.text()
    # Issue 17: before a run the detail says how a review goes, not "choose a row"
    guidance = view.detail.toPlainText()
    assert guidance.startswith(f"Für {YEAR} gibt es noch keine Überprüfung. So geht es:")
    assert "„Überprüfung ausführen“ berechnet für jeden Partner einen Vorschlag" in guidance
    assert "erst dann gelten die neuen Stufen" in guidance
    assert "Eine Zeile wählen" not in guidance
    assert not view.confirm_button.isEnabled() and not view.summary_button.isEnabled()

    run_review(view, qtbot)
    state = view.state
    assert state is not None and state.year == YEAR and not state.confirmed
    assert view.model.rowCount() == 12
    kinds = {line.proposal.company: line.proposal.kind for line in view.model.rows()}
    assert kinds["Elbtal EDV KG"] is Movement.DOWN
    assert kinds["Nordlicht IT-Service GmbH"] is Movement.UNCHANGED
    assert kinds["Saar-IT Partner GmbH & Co. KG"] is Movement.NO_LONGER_QUALIFIES
    assert "Entwurf" in view.heading.text() and "12 von 12" in view.heading.text()

    elbtal = partner_id(view, "Elbtal EDV KG")
    assert view.select_partners([elbtal])
    model = view.model
    row = view.table.currentIndex().row()
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert cells[:5] == [
        "Elbtal EDV KG",
        "Business Partner",
        "Authorized Partner",
        "▼ Abstieg",
        "offen",
    ]
    assert "nofollow" in cells[5]
    detail = view.detail.toPlainText().replace("\xa0", " ")
    assert "22.100,00 € (22.100,00 € gemeldet, 0,00 € aus gewonnenen Angeboten)" in detail
    assert "Abstieg: Business Partner → Authorized Partner." in detail

    # The view shows the stored draft again, also after a restart.
    view.year.setValue(YEAR - 1)
    assert view.state is None
    view.year.setValue(YEAR)
    assert view.state is not None and view.state.review_id == state.review_id


def test_run_for_one_track_only(view: ReviewView, qtbot: QtBot, context: AppContext) -> None:
    view.track.setCurrentIndex(view.track.findData("cloud"))
    run_review(view, qtbot)
    assert view.state is not None
    with context.workspace.database.read() as session:
        cloud = set(session.scalars(select(Partner.company).where(Partner.track == "cloud")))
    assert cloud, "the demo has Cloud-only partners"
    assert {line.proposal.company for line in view.model.rows()} == cloud
    assert view.model.rowCount() == len(cloud) < 12


def test_override_needs_a_reason_and_confirm_writes_the_history(
    view: ReviewView, qtbot: QtBot, context: AppContext
) -> None:
    run_review(view, qtbot)
    elbtal = partner_id(view, "Elbtal EDV KG")
    nordlicht = partner_id(view, "Nordlicht IT-Service GmbH")
    assert view.select_partners([nordlicht])
    assert view.accept_selected()
    assert decision_of(view, "Nordlicht IT-Service GmbH") is Decision.ACCEPTED

    assert view.select_partners([elbtal])
    assert view.override_selected()
    dialog = view.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_tier() == "authorized"  # the proposal to start with
    dialog.tier.setCurrentIndex(dialog.tier.findData("business"))
    ok = dialog.ok_button
    ok.click()
    assert dialog.isVisible()  # refused, with the reason why, in the dialog
    assert "Begründung" in dialog.error.text() and dialog.error.isVisible()
    assert decision_of(view, "Elbtal EDV KG") is Decision.OPEN
    dialog.reason.setPlainText("Kulanz bis 31.03.: der Link wird korrigiert")
    ok.click()
    assert not dialog.isVisible()
    assert decision_of(view, "Elbtal EDV KG") is Decision.OVERRIDDEN
    row = view.table.currentIndex().row()
    assert view.model.data(view.model.index(row, 4)) == "abweichend: Business Partner"

    context.settings.set(options.CONTACT_PERSON, "Erika Vertrieb")
    assert view.confirm_review()
    assert "10 noch offene Vorschläge werden dabei angenommen" in view.asked[-1]  # type: ignore[attr-defined]
    state = view.state
    assert state is not None and state.confirmed and state.confirmed_by == "Erika Vertrieb"
    assert "bestätigt am" in view.heading.text()
    # Read-only from now on.
    for button in (
        view.accept_button,
        view.override_button,
        view.accept_all_button,
        view.confirm_button,
    ):
        assert not button.isEnabled()
    assert view.letters_button.isEnabled()
    assert not view.override_selected() and not view.accept_selected()

    with context.workspace.database.read() as session:
        history = reviews.history(session, elbtal)
        assert [(h.tier, h.effective_from, h.source) for h in history] == [
            ("business", date(1, 1, 1), "before"),  # the tier held before (store.tiers)
            ("business", date(YEAR + 1, 1, 1), "review"),
        ]
        assert history[1].reason == "Kulanz bis 31.03.: der Link wird korrigiert"
        tiers = {p.company: p.tier for p in session.scalars(select(Partner))}
        assert tiers["Elbtal EDV KG"] == "business"
        assert tiers["Ostsee Consulting GmbH"] == "authorized"  # accepted when confirming
        assert tiers["Saar-IT Partner GmbH & Co. KG"] is None
        assert session.scalar(select(func.count()).select_from(TierHistory)) == 24  # 12 × 2

    # A new run reopens the year (after asking); the history stays.
    assert view.run_review()
    qtbot.waitUntil(lambda: view.run_task is None, timeout=20_000)
    assert view.state is not None and not view.state.confirmed
    assert "bestätigt" in view.asked[-1]  # type: ignore[attr-defined]


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")


def test_letters_one_per_partner_and_combined(
    view: ReviewView,
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    confirmed_view(view, qtbot)
    folder = tmp_path / "briefe"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    assert view.export_letters(combined=False)
    assert view.files.letters is not None and view.files.letters.dialog.isVisible()
    qtbot.waitUntil(lambda: view.files.letters is None, timeout=60_000)
    assert view.files.last_letters is not None
    files, cancelled = view.files.last_letters
    assert not cancelled and len(files) == 12
    assert sorted(folder.glob("*.pdf")) == sorted(files)
    assert context.settings.get_text(options.LAST_FOLDER) == str(folder)
    elbtal = next(path for path in files if "elbtal" in path.name)
    content = pdf_text(elbtal)
    assert "Elbtal EDV KG" in content
    assert f"Ab dem 01.01.{YEAR + 1}" in content and "Authorized Partner" in content
    assert "(bisher Business Partner)" in content

    combined = tmp_path / "gesamt"
    combined.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(combined))
    assert view.export_letters(combined=True)
    qtbot.waitUntil(lambda: view.files.letters is None, timeout=60_000)
    assert view.files.last_letters is not None
    (single,) = view.files.last_letters[0]
    assert single.parent == combined and len(PdfReader(single).pages) >= 12
    text = pdf_text(single)
    assert "Elbtal EDV KG" in text and "Nordlicht IT-Service GmbH" in text


def test_cancel_stops_the_letter_batch(
    view: ReviewView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirmed_view(view, qtbot)
    folder = tmp_path / "briefe"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    real = annual_review.write_letters
    second_done, go_on = threading.Event(), threading.Event()

    def held_after_two(
        letters: Sequence[StatusLetter],
        sender: Sender,
        directory: Path,
        combined: bool,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[list[Path], bool]:
        assert progress is not None

        def step(done: int, total: int, company: str) -> None:
            progress(done, total, company)
            if done == 2:  # hold the worker until the user has pressed "Abbrechen"
                second_done.set()
                go_on.wait(20)

        return real(letters, sender, directory, combined, step, cancel)

    monkeypatch.setattr(annual_review, "write_letters", held_after_two)
    assert view.export_letters(combined=False)
    batch = view.files.letters
    assert batch is not None
    qtbot.waitUntil(second_done.is_set, timeout=30_000)
    cancel_button = batch.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Abbrechen"
    cancel_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: view.files.letters is None, timeout=30_000)
    assert view.files.last_letters is not None
    files, cancelled = view.files.last_letters
    assert cancelled and len(files) == 2
    assert sorted(folder.iterdir()) == sorted(files)  # no partial or temporary file
    assert view.letters_button.isEnabled()


def test_summary_pdf_and_table_exports(
    view: ReviewView,
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_review(view, qtbot)
    targets = iter([tmp_path / "zusammenfassung.pdf", tmp_path / "tabelle.csv", tmp_path / "t"])
    offered: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert view.export_pdf()
    assert offered[0].endswith(f"Jahresueberpruefung-{YEAR}.pdf")
    content = pdf_text(tmp_path / "zusammenfassung.pdf")
    assert f"Jahresüberprüfung {YEAR}" in content and "Entwurf" in content
    assert view.export_table()
    assert offered[1] == str(tmp_path / f"Jahresueberpruefung-{YEAR}.xlsx")  # the last folder
    rows = list(
        csv.reader(
            io.StringIO((tmp_path / "tabelle.csv").read_text(encoding="utf-8-sig")), delimiter=";"
        )
    )
    assert rows[0][:3] == ["Kundennummer", "Partner", "Spur"]
    assert any(row[1] == "Elbtal EDV KG" and row[5] == "Abstieg" for row in rows[1:])
    assert view.export_table()  # no suffix typed: XLSX
    assert (tmp_path / "t.xlsx").stat().st_size > 0


def test_search_filters_and_sort_read_from_the_database(view: ReviewView, qtbot: QtBot) -> None:
    run_review(view, qtbot)
    elbtal = partner_id(view, "Elbtal EDV KG")
    assert view.select_partners([elbtal])
    view.search.setText("elbtal")
    assert [line.proposal.company for line in view.model.rows()] == ["Elbtal EDV KG"]
    assert view.count.text() == "1 von 12"
    assert view.selected_ids() == [elbtal]  # the selection is kept
    view.search.clear()
    assert view.count.text() == "" and view.model.rowCount() == 12
    assert view.selected_ids() == [elbtal]

    view.movement_filter.setCurrentIndex(view.movement_filter.findData(Movement.DOWN.value))
    down = {line.proposal.company for line in view.model.rows()}
    assert "Elbtal EDV KG" in down and all(
        line.proposal.kind is Movement.DOWN for line in view.model.rows()
    )
    view.movement_filter.setCurrentIndex(0)
    assert view.accept_selected()
    view.decision_filter.setCurrentIndex(view.decision_filter.findData(Decision.ACCEPTED.value))
    assert [line.proposal.company for line in view.model.rows()] == ["Elbtal EDV KG"]
    view.decision_filter.setCurrentIndex(0)

    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # the movement: the worst first
    kinds = [line.proposal.kind for line in view.model.rows()]
    assert kinds[0] is Movement.NO_LONGER_QUALIFIES and kinds[-1] is Movement.UNCHANGED
    assert view.focus_search()
