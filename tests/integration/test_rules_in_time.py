"""Which edition and which tier apply on which day (issue #15, items 7–9), on SQLite and PostgreSQL.

The brochure: "Die Überprüfung findet einmal im Jahr zu Jahresbeginn auf Basis des
NoSpamProxy-Geschäfts des Vorjahres statt." So a review of 2026 runs in January 2027 (or is
prepared in December), judges 2026 by the rules of 2026, and its new tiers apply from 1 January.

A second, fictitious edition "2027" (valid from 2027-01-01) is made from 2024.toml: Business new
licences at 27 % instead of 25 %, and Premium asking 60 000 € instead of 50 000 € revenue.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from nspdesk.cli import main
from nspdesk.documents.review_letter_pdf import review_letter_pdf
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.partner_input import PartnerInput
from nspdesk.domain.review import Movement
from nspdesk.domain.tier_check import TierChoice
from nspdesk.resources import resource_path
from nspdesk.services import partner_overview, partners
from nspdesk.services import quotes as quote_services
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes, reviews, tiers
from nspdesk.store.errors import ConflictError
from nspdesk.store.location import Location
from nspdesk.store.maintenance import check
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Partner, QuoteEvent, Review, TierHistory
from nspdesk.store.opening import Store, open_store
from tests.integration import factories
from tests.integration.test_review import qualified
from tests.unit.documents.pdfcheck import text

YEAR = 2026
CONFIRMED_ON = date(2026, 12, 5)  # the review is prepared and confirmed in December …
NEW_YEAR = date(2027, 1, 1)  # … its tiers apply from here


def replace_once(text_: str, old: str, new: str) -> str:
    assert old in text_, old
    return text_.replace(old, new, 1)


@pytest.fixture
def two_editions(tmp_path: Path) -> ProgramLibrary:
    """The shipped 2024 edition and a second edition file "2027" beside it."""
    shipped = (resource_path("programs") / "2024.toml").read_text(encoding="utf-8")
    later = replace_once(shipped, 'edition = "2024"', 'edition = "2027"')
    later = replace_once(later, "valid_from = 2024-01-01", "valid_from = 2027-01-01")
    later = replace_once(later, 'server-license = "25"', 'server-license = "27"')
    later = replace_once(later, 'revenue = "50000.00"', 'revenue = "60000.00"')
    directory = tmp_path / "programs"
    directory.mkdir()
    (directory / "2024.toml").write_text(shipped, encoding="utf-8")
    (directory / "2027.toml").write_text(later, encoding="utf-8")
    return ProgramLibrary.from_directory(directory)


def confirmed_upgrade(
    store: Store, library: ProgramLibrary, as_of: date, revenue: str = "65000.00"
) -> tuple[int, int]:
    """A Business partner with Premium figures for 2026 (``revenue``), reviewed on ``as_of`` and
    confirmed: Premium from 1 January 2027. Returns (partner id, review id)."""
    with store.database.write() as session:
        partner_id = qualified(session, "Aufwärts GmbH", "business", 6, revenue, 2).id
    with store.database.write() as session:
        review = reviews.run_review(session, library, YEAR, as_of)
        reviews.accept_open(session, review.id)
        reviews.confirm(session, review.id, "Erika Mustermann")
        return partner_id, review.id


# --- 7. Which edition judges a year ------------------------------------------------------------------
def test_a_january_review_judges_the_past_year_by_its_own_edition(
    store: Store, two_editions: ProgramLibrary
) -> None:
    """ "auf Basis des NoSpamProxy-Geschäfts des Vorjahres": the review of 2026, run on
    10.01.2027 when edition 2027 is in force, judges 2026 by the edition of 31.12.2026; under
    the 2027 edition 55 000 € would not reach Premium (60 000 €)."""
    partner_id, review_id = confirmed_upgrade(store, two_editions, date(2027, 1, 10), "55000.00")
    with store.database.read() as session:
        review = reviews.get_review(session, review_id)
        assert review.edition == "2024"
        assert review.items[0].kind == Movement.UP.value
        assert review.items[0].final_tier == "premium"
        letter = reviews.letters_for(session, two_editions, review, date(2027, 1, 10))[0]
    content = text(review_letter_pdf([letter], demo_sender()))
    assert "Edition 2024" in content
    assert "Edition 2027" not in content
    assert reviews.edition_judging(two_editions, 2027).edition == "2027"
    assert partner_id


# --- 9. A confirmed review takes effect on its date -----------------------------------------------
def test_a_december_confirmation_changes_the_tier_from_its_date_only(
    store: Store, two_editions: ProgramLibrary
) -> None:
    """Confirmed on 05.12.2026, "Stufen gültig ab 01.01.2027": in December the partner is still
    Business everywhere (the list, the overview, its detail, pricing); from 1 January Premium."""
    partner_id, _ = confirmed_upgrade(store, two_editions, CONFIRMED_ON)
    workspace = Workspace(store, two_editions)
    with store.database.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        assert partner.tier == "premium"  # the tier decided last …
        assert tiers.tier_on(session, partner, CONFIRMED_ON) == ("business", None)  # … not yet held
        assert tiers.tier_on(session, partner, date(2026, 12, 31)).tier == "business"
        assert tiers.tier_on(session, partner, NEW_YEAR).tier == "premium"
        assert tiers.tiers_on(session, CONFIRMED_ON)[partner_id].tier == "business"
        assert tiers.tiers_on(session, NEW_YEAR, [partner_id]) == {partner_id: ("premium", None)}

    def listed(on: date) -> str | None:
        return next(p.tier for p in partners.list_partners(workspace, on) if p.id == partner_id)

    assert listed(CONFIRMED_ON) == "business"
    assert listed(NEW_YEAR) == "premium"
    rows = {r.id: r for r in partner_overview.partner_overview(workspace, YEAR, CONFIRMED_ON)}
    assert rows[partner_id].tier == "business"
    rows = {r.id: r for r in partner_overview.partner_overview(workspace, 2027, NEW_YEAR)}
    assert rows[partner_id].tier == "premium"
    detail = partner_overview.partner_detail(workspace, partner_id, YEAR, CONFIRMED_ON)
    assert detail.master.tier == "business"
    assert detail.nfr_users == 50  # Business: 50 NFR users; Premium would grant 75
    assert partners.evaluate(workspace, partner_id, 2027, NEW_YEAR).tier == "premium"
    assert quote_services.pricer(workspace, partner_id, CONFIRMED_ON).partner.tier == "business"

    # "Business Partner erhalten einen Rabatt von 25% auf Neulizenzen" — a December quote;
    # "Premium Partner erhalten einen Rabatt von 30% auf Neulizenzen" — from January (here under
    # the 2024 edition's rates: a quote dated in January 2027 is priced under edition 2027,
    # whose Premium discount is the same 30 %).
    with store.database.write() as session:
        december = quotes.create_quote(
            session, two_editions, factories.quote_input(partner_id, date(2026, 12, 10))
        )
        january = quotes.create_quote(
            session, two_editions, factories.quote_input(partner_id, date(2027, 1, 5))
        )
        assert (december.current.tier, december.current.edition) == ("business", "2024")
        assert december.current.lines[0].discount_percent == Decimal(25)
        assert (january.current.tier, january.current.edition) == ("premium", "2027")
        assert january.current.lines[0].discount_percent == Decimal(30)


def test_a_tier_set_by_hand_after_a_review_is_recorded_from_that_day(
    store: Store, library: ProgramLibrary
) -> None:
    """A partner with a tier history keeps the history true: the master form shows the tier held
    on its day, a change there is recorded from that day, and the review's tier from 1 January
    stays; a save that leaves the tier as it is writes no history."""
    partner_id, _ = confirmed_upgrade(store, library, CONFIRMED_ON)
    workspace = Workspace(store, library)
    detail = partner_overview.partner_detail(workspace, partner_id, YEAR, CONFIRMED_ON)
    unchanged = detail.master
    partners.save_master(workspace, partner_id, unchanged, detail.contacts, version=None,
                         as_of=CONFIRMED_ON)  # fmt: skip
    with store.database.read() as session:
        assert len(reviews.history(session, partner_id)) == 2
        assert session.get(Partner, partner_id).tier == "premium"  # type: ignore[union-attr]
    demoted = PartnerInput(**{**unchanged.__dict__, "tier": "authorized"})
    partners.save_master(
        workspace, partner_id, demoted, detail.contacts, version=None, as_of=date(2026, 12, 7)
    )
    with store.database.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        history = reviews.history(session, partner_id)
        assert [(h.tier, h.effective_from, h.source) for h in history] == [
            ("business", tiers.BEGINNING, "before"),
            ("authorized", date(2026, 12, 7), "manual"),
            ("premium", NEW_YEAR, "review"),
        ]
        assert tiers.tier_on(session, partner, date(2026, 12, 6)).tier == "business"
        assert tiers.tier_on(session, partner, date(2026, 12, 7)).tier == "authorized"
        assert tiers.tier_on(session, partner, NEW_YEAR).tier == "premium"
        assert partner.tier == "premium"


def test_a_partner_without_history_holds_its_recorded_tier_every_day(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier="msp", track="msp", msp_level="premium")
        assert tiers.tier_on(session, partner, date(2020, 1, 1)) == ("msp", "premium")
        assert tiers.tiers_on(session, NEW_YEAR)[partner.id] == ("msp", "premium")
        assert not tiers.has_history(session, partner.id)


# --- 8. A revision keeps its conditions -----------------------------------------------------------
def sent_december_quote(store: Store, library: ProgramLibrary, partner_id: int) -> int:
    with store.database.write() as session:
        quote = quotes.create_quote(
            session, library, factories.quote_input(partner_id, date(2026, 12, 10))
        )
        quotes.send(session, quote.id, datetime(2026, 12, 10, 9, tzinfo=UTC))
        quotes.reject(session, quote.id, datetime(2026, 12, 20, 9, tzinfo=UTC))
        return quote.id


def test_a_revision_keeps_the_tier_and_edition_it_comes_from(
    store: Store, two_editions: ProgramLibrary
) -> None:
    """Revised in January 2027, when the partner holds Premium and edition 2027 applies, the new
    revision of a December quote stays at Business under edition 2024 — also when its draft is
    saved again with another quote date."""
    partner_id, _ = confirmed_upgrade(store, two_editions, CONFIRMED_ON)
    quote_id = sent_december_quote(store, two_editions, partner_id)
    workspace = Workspace(store, two_editions)
    state = quote_services.revise(workspace, quote_id)
    assert state.revision == 2
    detail = quote_services.detail(workspace, quote_id)
    assert (detail.priced.tier.id, detail.priced.program.edition) == ("business", "2024")
    moved = detail.data.__class__(**{**detail.data.__dict__, "quote_date": date(2027, 1, 8),
                                     "valid_until": date(2027, 2, 8)})  # fmt: skip
    quote_services.save_draft(workspace, quote_id, moved, expected_version=state.version)
    with store.database.read() as session:
        current = quotes.get_quote(session, quote_id).current
        assert (current.quote_date, current.tier, current.edition) == (
            date(2027, 1, 8),
            "business",
            "2024",
        )
        assert current.lines[0].discount_percent == Decimal(25)
    # The editor's live prices keep them too.
    pricer = quote_services.pricer(workspace, partner_id, date(2027, 1, 8), quote_id=quote_id)
    assert pricer.partner.tier == "business" and pricer.check is None
    assert pricer.program(moved).edition == "2024"
    assert quote_services.pricer(workspace, partner_id, date(2027, 1, 8)).partner.tier == (
        "premium"
    )


def test_pricing_at_todays_conditions_shows_the_differences_before_it_applies_them(
    store: Store, two_editions: ProgramLibrary
) -> None:
    """ "Business Partner erhalten einen Rabatt von 25% auf Neulizenzen"; "Premium Partner
    erhalten einen Rabatt von 30% auf Neulizenzen": repricing the revision in January moves its
    licence line from 25 % to 30 %, shown first, saved only when applied."""
    partner_id, _ = confirmed_upgrade(store, two_editions, CONFIRMED_ON)
    quote_id = sent_december_quote(store, two_editions, partner_id)
    workspace = Workspace(store, two_editions)
    today = date(2027, 1, 10)
    with pytest.raises(ConflictError, match="neue Revision"):
        quote_services.reprice_preview(workspace, quote_id, today)  # a rejected revision
    state = quote_services.revise(workspace, quote_id)

    preview = quote_services.reprice_preview(workspace, quote_id, today)
    assert (preview.before.tier, preview.before.edition) == ("business", "2024")
    assert (preview.after.tier, preview.after.edition) == ("premium", "2027")
    assert not preview.applied and not preview.unchanged
    (licence,) = [c for c in preview.lines.changes if c.line.description == "Protection"]
    assert licence.old is not None and licence.new is not None
    assert (licence.old.discount_percent, licence.new.discount_percent) == (
        Decimal(25),
        Decimal(30),
    )
    assert preview.lines.new_net < preview.lines.old_net
    assert preview.gross_after < preview.gross_before
    with store.database.read() as session:  # nothing saved
        current = quotes.get_quote(session, quote_id).current
        assert (current.tier, current.edition) == ("business", "2024")

    applied = quote_services.reprice(workspace, quote_id, today, expected_version=state.version)
    assert applied.applied and applied.version == state.version + 1
    assert applied.lines == preview.lines
    with store.database.read() as session:
        quote = quotes.get_quote(session, quote_id)
        current = quote.current
        assert (current.number, current.tier, current.edition) == (2, "premium", "2027")
        assert current.gross == preview.gross_after
        event = session.scalars(
            select(QuoteEvent).where(QuoteEvent.quote_id == quote_id).order_by(QuoteEvent.id.desc())
        ).first()
        assert event is not None and event.action == "repriced"
        assert event.detail == (
            "zu den Konditionen vom 2027-01-10 neu berechnet: Edition 2024 → 2027, "
            "Stufe business → premium"
        )
    again = quote_services.reprice_preview(workspace, quote_id, today)
    assert again.unchanged


def test_the_first_revision_is_not_repriced(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id))
    with pytest.raises(ConflictError, match="Revision 1"):
        quote_services.reprice_preview(Workspace(store, library), quote.id, date(2026, 12, 1))


def test_repricing_asks_for_a_decision_the_day_needs(store: Store, library: ProgramLibrary) -> None:
    """A partner whose figures no longer carry its tier on the new day: repricing refuses until
    the draft decides, as a new quote would."""
    with store.database.write() as session:
        partner = factories.partner(session)  # Business, without any figures
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id))
        quotes.send(session, quote.id, datetime(2026, 11, 25, 9, tzinfo=UTC))
        quotes.revise(session, library, quote.id)
    workspace = Workspace(store, library)
    with pytest.raises(InputError) as refused:
        quote_services.reprice_preview(workspace, quote.id, date(2026, 12, 1))
    assert refused.value.field == "tier_choice"
    kept = quote_services.reprice_preview(
        workspace, quote.id, date(2026, 12, 1), choice=TierChoice.RECORDED, reason="Kulanz"
    )
    assert (kept.after.tier, kept.after.choice, kept.after.recorded) == (
        "business",
        TierChoice.RECORDED,
        "business",
    )


# --- Migration 0005 ------------------------------------------------------------------------------------
def test_a_0004_database_with_a_december_confirmation_upgrades_and_keeps_everything(
    sqlite_only: Location, library: ProgramLibrary
) -> None:
    """Before 0005 a confirmation wrote only the new tier's row (and set it on the partner at
    once); the migration adds the tier held before, so December reads the old tier again."""
    engine = create_engine(sqlite_only.url)
    with engine.begin() as connection:  # made by today's code, then taken back to 0004
        command.upgrade(alembic_config(connection), "head")
    with Session(engine) as session, session.begin():
        partner_id = qualified(
            session, "Aufwärts GmbH", "business", 6, "65000.00", 2, contact=False
        ).id
        quiet = factories.partner(session, company="Ohne Historie KG", tier="authorized").id
        quote = quotes.create_quote(
            session, library, factories.quote_input(partner_id, date(2026, 11, 20))
        )
        # Sent as 0004 stored it (``quotes.send`` would freeze the letter through today's models,
        # whose contacts have columns that came after 0004).
        quote.current.status, quote.current.sent_at = "sent", datetime(2026, 11, 20, 9, tzinfo=UTC)
        quote_id, gross = quote.id, quote.current.gross
        review = reviews.run_review(session, library, YEAR, CONFIRMED_ON)
        reviews.accept_open(session, review.id)
        review_id = review.id
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    with Session(engine) as session, session.begin():
        # What confirm wrote before 0005: the decided row, the partner's tier set at once.
        session.add(
            TierHistory(
                partner_id=partner_id,
                tier="premium",
                effective_from=NEW_YEAR,
                source="review",
                review_id=review_id,
                reason="Aufstieg",
            )
        )
        session.get(Partner, partner_id).tier = "premium"  # type: ignore[union-attr]
        session.execute(
            update(Review)
            .where(Review.id == review_id)
            .values(
                confirmed_at=datetime(2026, 12, 5, 10, tzinfo=UTC),
                confirmed_by="Erika",
                effective_from=NEW_YEAR,
            )
        )
    engine.dispose()

    opened = open_store(sqlite_only)
    assert opened.migrated_from == "0004"
    with opened.database.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None and partner.tier == "premium"
        assert [
            (h.tier, h.effective_from, h.source) for h in reviews.history(session, partner_id)
        ] == [
            ("business", tiers.BEGINNING, "before"),
            ("premium", NEW_YEAR, "review"),
        ]
        assert tiers.tier_on(session, partner, CONFIRMED_ON).tier == "business"
        assert tiers.tier_on(session, partner, NEW_YEAR).tier == "premium"
        assert reviews.history(session, quiet) == []
        assert tiers.tiers_on(session, CONFIRMED_ON)[quiet].tier == "authorized"
        kept = quotes.get_quote(session, quote_id)
        assert (kept.current.tier, kept.current.gross, kept.current.status) == (
            "business",
            gross,
            "sent",
        )
        confirmed = reviews.get_review(session, review_id)
        assert confirmed.confirmed_by == "Erika" and confirmed.effective_from == NEW_YEAR
    opened.close()
    assert check(sqlite_only).ok


# --- The command line ------------------------------------------------------------------------------
def test_the_command_line_reads_tiers_for_a_day_and_reprices_on_request(
    sqlite_only: Location, library: ProgramLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    """`review confirm … --accept-open` in December: "Stufen gültig ab 01.01.2027", and so
    `partners list` shows the new tier only from that day; `quotes reprice` shows first and
    saves with --apply."""
    store = open_store(sqlite_only)
    with store.database.write() as session:
        partner_id = qualified(session, "Aufwärts GmbH", "business", 6, "65000.00", 2).id
    quote_id = sent_december_quote(store, library, partner_id)
    store.close()
    db = ["--db", str(sqlite_only.path)]

    def run(*argv: str) -> tuple[int, str]:
        code = main([*argv, *db])
        out, _ = capsys.readouterr()
        return code, out

    code, out = run("review", "run", "--year", "2026", "--as-of", "2026-12-05", "--save", "--json")
    assert code == 0
    review_id = json.loads(out)["review_id"]
    code, out = run("review", "confirm", str(review_id), "--accept-open")
    assert code == 0 and "Stufen gültig ab 01.01.2027" in out

    def listed(day: str) -> str:
        code, out = run("partners", "list", "--as-of", day, "--json")
        assert code == 0
        return str(next(p["tier"] for p in json.loads(out) if p["id"] == partner_id))

    assert listed("2026-12-05") == "business"
    assert listed("2026-12-31") == "business"
    assert listed("2027-01-01") == "premium"

    code, out = run("quotes", "revise", str(quote_id), "--json")
    assert code == 0 and json.loads(out)["revision"] == 2
    code, out = run("quotes", "show", str(quote_id), "--json")
    assert json.loads(out)["tier"] == "business"  # the revision keeps its tier

    code, out = run("quotes", "reprice", str(quote_id), "--as-of", "2027-01-10")
    assert code == 0
    assert "Stufe business → premium, Edition 2024 → 2024" in out
    assert "Rabatt 25 % → 30 %" in out.replace("\xa0", " ")
    assert "nicht gespeichert" in out
    code, out = run("quotes", "show", str(quote_id), "--json")
    assert json.loads(out)["tier"] == "business"

    code, out = run(
        "quotes", "reprice", str(quote_id), "--as-of", "2027-01-10", "--apply", "--json"
    )
    assert code == 0
    applied = json.loads(out)
    assert applied["applied"] is True
    assert (applied["before"]["tier"], applied["after"]["tier"]) == ("business", "premium")
    assert Decimal(applied["net_after"]) < Decimal(applied["net_before"])
    code, out = run("quotes", "show", str(quote_id), "--json")
    shown = json.loads(out)
    assert shown["tier"] == "premium" and shown["events"][-1]["action"] == "repriced"

    code, out = run("quotes", "reprice", str(quote_id), "--as-of", "2027-01-10")
    assert code == 0 and "keine Änderung" in out
    with pytest.raises(SystemExit) as refused:
        run("quotes", "reprice", str(quote_id), "--as-of", "not-a-day")
    assert refused.value.code == 2
    assert "--as-of" in capsys.readouterr().err
