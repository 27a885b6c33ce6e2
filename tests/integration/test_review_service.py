"""The annual review as the desktop view uses it (``nspdesk.services.annual_review``), on a demo
database: each call one session, plain objects back."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.review import Decision, Movement
from nspdesk.services import annual_review
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo
from nspdesk.store.errors import ConflictError
from nspdesk.store.opening import Store
from tests.unit.documents.pdfcheck import body_above

TODAY = date(2026, 11, 25)
YEAR = 2025


@pytest.fixture
def seeded(store: Store, library: ProgramLibrary) -> Store:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    return store


def test_run_decide_confirm(seeded: Store, library: ProgramLibrary) -> None:
    workspace = Workspace(seeded, library)
    assert annual_review.latest(workspace, YEAR) is None
    state = annual_review.run(workspace, YEAR, TODAY)
    assert (state.year, state.as_of, state.confirmed, state.state_text()) == (
        YEAR,
        TODAY,
        False,
        "Entwurf",
    )
    assert len(state.lines) == 12 and state.open_count == 12
    ids = {line.proposal.company: line.proposal.partner_id for line in state.lines}
    again = annual_review.latest(workspace, YEAR)
    assert again is not None and again.review_id == state.review_id

    two = [ids["Elbtal EDV KG"], ids["Nordlicht IT-Service GmbH"]]
    state = annual_review.decide(workspace, state.review_id, two, annual_review.Accept())
    assert state.open_count == 10
    assert state.line_of(two[0]).outcome.decision is Decision.ACCEPTED
    # All or nothing: the second partner's refusal leaves the first one's override unwritten.
    spreewald, ostsee = ids["Spreewald Digital UG"], ids["Ostsee Consulting GmbH"]
    with pytest.raises(InputError, match="keine Stufe der Spur"):
        annual_review.decide(
            workspace,
            state.review_id,
            [spreewald, ostsee],
            annual_review.Override("business-cloud", "Kulanz"),
        )
    latest = annual_review.latest(workspace, YEAR)
    assert latest is not None and latest.open_count == 10
    assert latest.line_of(spreewald).outcome.decision is Decision.OPEN
    state = annual_review.decide(
        workspace,
        state.review_id,
        [spreewald],
        annual_review.Override("business-cloud", "Kulanz"),
    )
    assert state.line_of(spreewald).outcome.decision is Decision.OVERRIDDEN

    state = annual_review.accept_open(workspace, state.review_id)
    assert state.open_count == 0
    confirmed = annual_review.confirm(workspace, state.review_id, "Erika")
    assert confirmed.confirmed and confirmed.effective_from == date(YEAR + 1, 1, 1)
    assert confirmed.state_text().startswith("bestätigt am ")
    assert confirmed.state_text().endswith(" von Erika")
    with pytest.raises(ConflictError, match="bestätigt"):
        annual_review.confirm(workspace, state.review_id, "Erika")


def test_override_choices(library: ProgramLibrary) -> None:
    program = library.edition_for(TODAY)
    assert annual_review.override_choices(program, "server") == [
        ("authorized", "Authorized Partner"),
        ("business", "Business Partner"),
        ("premium", "Premium Partner"),
        (None, "keine Stufe"),
    ]
    msp = annual_review.override_choices(program, "msp")
    assert [tier for tier, _ in msp] == ["business", "premium"]
    assert msp[1][1] == "Managed Service Partner (Premium Partner)"


def test_letters_and_summary_files(seeded: Store, library: ProgramLibrary, tmp_path: Path) -> None:
    workspace = Workspace(seeded, library)
    state = annual_review.run(workspace, YEAR, TODAY)
    with pytest.raises(ConflictError, match="noch nicht bestätigt"):
        annual_review.letters(workspace, state.review_id, TODAY)
    summary = annual_review.write_summary(workspace, state.review_id, tmp_path / "summary.pdf")
    assert "Entwurf" in PdfReader(summary).pages[0].extract_text()
    with pytest.raises(InputError, match=r"\.pdf, \.csv oder \.xlsx"):
        annual_review.write_summary(workspace, state.review_id, tmp_path / "x.txt")

    annual_review.confirm(workspace, state.review_id, "", accept_open=True)
    letters, sender = annual_review.letters(workspace, state.review_id, TODAY)
    assert len(letters) == 12 and sender.company
    down = [letter for letter in letters if letter.movement is Movement.DOWN]
    assert {letter.addressee.company for letter in down} >= {"Elbtal EDV KG"}
    cancel = threading.Event()
    cancel.set()
    files, cancelled = annual_review.write_letters(
        letters, sender, tmp_path / "briefe", combined=False, cancel=cancel
    )
    assert (files, cancelled) == ([], True)
    files, cancelled = annual_review.write_letters(
        letters[:2], sender, tmp_path / "briefe", combined=True
    )
    assert not cancelled and [f.name for f in files] == [f"Partnerstatus-{YEAR + 1}.pdf"]


def test_the_twelve_demo_letters_are_signed_and_no_page_holds_only_the_closing(
    seeded: Store, library: ProgramLibrary, tmp_path: Path
) -> None:
    """Before, page 2 of 7 of the 12 demo letters held only the closing (DIN 5008: it goes along
    with the letter's last paragraph). The person writing them signs, with their function."""
    workspace = Workspace(seeded, library)
    state = annual_review.run(workspace, YEAR, TODAY)
    annual_review.confirm(workspace, state.review_id, "", accept_open=True)
    letters, sender = annual_review.letters(
        workspace, state.review_id, TODAY, "Max Vertrieb", "Partner Account Manager"
    )
    assert (sender.signer_name, sender.signer_function) == (
        "Max Vertrieb",
        "Partner Account Manager",
    )
    files, _ = annual_review.write_letters(letters, sender, tmp_path / "briefe", combined=False)
    assert len(files) == 12
    two_pages = 0
    for file in files:
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(file).pages]
        last = pages[-1]
        assert "Mit freundlichen Grüßen" in last and "Max Vertrieb Partner Account Manager" in last
        if len(pages) > 1:
            two_pages += 1
            above = body_above(file.read_bytes(), len(pages) - 1, "Für Fragen")
            assert above, f"{file.name}: page {len(pages)} holds only the closing"
    assert two_pages >= 7
    _, default = annual_review.letters(workspace, state.review_id, TODAY)
    assert (default.signer_name, default.signer_function) == (
        "Erika Mustermann",
        "Geschäftsführung",
    )


def _decide_against_confirm(workspace: Workspace, review_id: int, partner: int) -> list[str]:
    """One thread overrides ``partner``'s proposal while another confirms: what each was told."""
    told: list[str] = []
    start = threading.Barrier(2)

    def decide() -> None:
        start.wait()
        try:
            annual_review.decide(
                workspace, review_id, [partner], annual_review.Override(None, "Kündigung")
            )
            told.append("decided")
        except ConflictError:
            told.append("decide refused")

    def confirm() -> None:
        start.wait()
        try:
            annual_review.confirm(workspace, review_id, "Erika")
            told.append("confirmed")
        except ConflictError:
            told.append("confirm refused")

    threads = [threading.Thread(target=decide), threading.Thread(target=confirm)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return told


def test_a_decision_racing_the_confirmation_is_in_the_history_or_refused(
    seeded: Store, library: ProgramLibrary
) -> None:
    """Rounds of a late decision against the confirmation: the decision either comes first and
    is what the tier history says, or is refused; never written after the review was confirmed."""
    from sqlalchemy import select

    from nspdesk.store.models import TierHistory

    workspace = Workspace(seeded, library)
    for round_ in range(5):
        state = annual_review.accept_open(
            workspace, annual_review.run(workspace, YEAR, TODAY).review_id
        )
        others = [line.proposal for line in state.lines if line.proposal.track != "msp"]
        partner = others[round_].partner_id  # "no tier" is an override any of them may get
        told = _decide_against_confirm(workspace, state.review_id, partner)
        assert "confirmed" in told, told
        shown = annual_review.show(workspace, state.review_id).state
        line = shown.line_of(partner)
        with seeded.database.read() as session:
            written = session.execute(
                select(TierHistory.tier, TierHistory.msp_level).where(
                    TierHistory.review_id == state.review_id, TierHistory.partner_id == partner
                )
            ).one()
        assert tuple(written) == (line.outcome.tier, line.outcome.msp_level)
        if "decided" in told:
            assert line.outcome.decision is Decision.OVERRIDDEN and written.tier is None
        else:
            assert told == ["confirmed", "decide refused"] or told[::-1] == [
                "confirmed",
                "decide refused",
            ]
