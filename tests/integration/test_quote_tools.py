"""Templates, a copy for another partner with the differences, the revision diff, the audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import Audience
from nspdesk.domain.revision_diff import Change
from nspdesk.domain.tier_check import TierChoice
from nspdesk.store import demo, quote_tools, quotes
from nspdesk.store.catalog import ArticleInput, save_article
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.models import Partner
from nspdesk.store.opening import Store
from tests.integration import factories

DAY = date(2026, 11, 25)


def article_line(number: str, quantity: str, price: str) -> quotes.LineInput:
    return quotes.LineInput(
        "server-license",
        f"Artikel {number}",
        Decimal(quantity),
        Decimal(price),
        article_number=number,
    )


def test_template_round_trip_takes_todays_catalog_prices(
    store: Store, library: ProgramLibrary
) -> None:
    program = library.edition_for(DAY)
    with store.database.write() as session:
        save_article(
            session,
            program,
            ArticleInput("NSP-A", "Protection", "server-license", "User", Decimal("30.00"), DAY),
        )
        partner = factories.partner(session)
        source = replace(
            factories.quote_input(
                partner.id,
                DAY,
                article_line("NSP-A", "10", "25.00"),  # an old price in the template
                article_line("NSP-GONE", "1", "99.00"),
                quotes.LineInput("other", "Workshop", Decimal(1), Decimal("800.00")),
            ),
            audience=Audience.END_CUSTOMER,
            intro="Hallo",
        )
        template = quote_tools.save_template(session, " Standardpaket ", source)
        assert template.name == "Standardpaket"
        with pytest.raises(ConflictError, match="Standardpaket"):
            quote_tools.save_template(session, "Standardpaket", source)
        quote_tools.save_template(session, "Standardpaket", source, overwrite=True)
        with pytest.raises(InputError) as empty_name:
            quote_tools.save_template(session, "  ", source)
        assert empty_name.value.field == "name"
        with pytest.raises(InputError):
            quote_tools.save_template(session, "Leer", replace(source, lines=()))
        (summary,) = quote_tools.list_templates(session)
        assert (summary.name, summary.lines, summary.audience) == (
            "Standardpaket",
            3,
            "end-customer",
        )

        made = quote_tools.input_from_template(session, summary.id, partner.id, DAY, 30)
        prices = [line.unit_price for line in made.data.lines]
        assert prices == [Decimal("30.00"), Decimal("99.00"), Decimal("800.00")]
        assert made.data.audience is Audience.END_CUSTOMER and made.data.intro == "Hallo"
        assert made.data.valid_until == date(2026, 12, 25)
        assert len(made.notes) == 1 and "NSP-GONE" in made.notes[0]
        quotes.create_quote(session, library, made.data)  # the input is a valid quote

        quote_tools.delete_template(session, summary.id)
        assert quote_tools.list_templates(session) == []
        with pytest.raises(NotFoundError):
            quote_tools.input_from_template(session, summary.id, partner.id, DAY, 30)


def test_duplicate_for_another_partner_reprices_at_its_tier_and_shows_the_differences(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        business = factories.partner(session, tier="business", company="Business GmbH")
        premium = factories.partner(session, tier="premium", company="Premium AG")
        cloud = factories.partner(session, tier="business-cloud", track="cloud", company="Wolke KG")
        original = quotes.create_quote(session, library, factories.quote_input(business.id, DAY))
        copy = quote_tools.duplicate_for_partner(
            session, library, original.id, premium.id, date(2026, 12, 1), 30, actor="anna"
        )
        assert (copy.source_tier, copy.target_tier) == ("business", "premium")
        assert copy.quote.partner_id == premium.id and copy.quote.number != original.number
        assert copy.quote.current.quote_date == date(2026, 12, 1)
        # Licences: 25 % → 30 %: 1.125,00 → 1.050,00; maintenance 20 % both: unchanged
        (changed,) = copy.diff.changes
        assert changed.change is Change.CHANGED
        assert changed.fields == ("discount_percent", "net")
        assert changed.net_delta == Decimal("-75.00")
        assert copy.diff.net_delta == Decimal("-75.00")
        assert [e.action for e in original.events] == ["created", "duplicated"]
        assert copy.quote.events[0].detail == f"Kopie von {original.number}"
        with pytest.raises(InputError, match="ausschließlich"):
            quote_tools.duplicate_for_partner(session, library, original.id, cloud.id, DAY, 30)


def test_revision_diff_and_audit_trail(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id, DAY))
        quotes.send(session, quote.id, datetime(2026, 11, 25, 9, tzinfo=UTC), actor="anna")
        first = quotes.input_from_revision(partner.id, quote.current)
        more = replace(first.lines[0], quantity=Decimal(60))
        extra = quotes.LineInput("other", "Einrichtung", Decimal(1), Decimal("300.00"))
        quotes.revise(
            session,
            library,
            quote.id,
            replace(first, lines=(more, extra)),  # maintenance dropped
            actor="ben",
        )
        diff = quote_tools.revision_diff(session, quote.id, 1, 2)
        assert [c.change for c in diff.changes] == [Change.CHANGED, Change.ADDED, Change.REMOVED]
        assert diff.changes[0].fields == ("quantity", "net")
        # 60 × 30 − 25 % = 1.350,00 + 300,00 against 1.125,00 + 300,00 (50 × 7,50 − 20 %)
        assert (diff.old_net, diff.new_net) == (Decimal("1425.00"), Decimal("1650.00"))
        with pytest.raises(NotFoundError, match="Revision 3"):
            quote_tools.revision_diff(session, quote.id, 1, 3)

        trail = quote_tools.audit_trail(session, quote.id)
        assert [(e.revision, e.action_name, e.actor) for e in trail] == [
            (1, "angelegt", trail[0].actor),
            (1, "versendet", "anna"),
            (2, "neue Revision", "ben"),
        ]
        with pytest.raises(NotFoundError):
            quote_tools.audit_trail(session, 999_999)


def test_the_editor_insists_on_a_tier_decision_only_when_the_tier_does_not_hold(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, DAY)
        ids = {p.company.split()[0]: p.id for p in session.scalars(select(Partner))}
        holds = factories.quote_input(ids["Alpenblick"], DAY)
        assert quote_tools.require_tier_decision(session, library, holds).tier == "business"
        msp = factories.quote_input(ids["Bodensee"], DAY)
        assert quote_tools.require_tier_decision(session, library, msp).choice is None

        elbtal = factories.quote_input(ids["Elbtal"], DAY)  # Business, backlink nofollow
        with pytest.raises(InputError) as undecided:
            quote_tools.require_tier_decision(session, library, elbtal)
        assert undecided.value.field == "tier_choice"
        assert "Bitte entscheiden" in undecided.value.message
        keep = replace(elbtal, tier_choice=TierChoice.RECORDED)
        with pytest.raises(InputError) as no_reason:
            quote_tools.require_tier_decision(session, library, keep)
        assert no_reason.value.field == "tier_reason"
        kept = replace(keep, tier_reason="Backlink wird korrigiert")
        assert quote_tools.require_tier_decision(session, library, kept).tier == "business"
        lowered = replace(elbtal, tier_choice=TierChoice.SUPPORTED)
        assert quote_tools.require_tier_decision(session, library, lowered).tier == "authorized"

        with pytest.raises(NotFoundError):
            quote_tools.require_tier_decision(session, library, replace(holds, partner_id=99_999))
        no_tier = factories.partner(session, tier=None)
        with pytest.raises(InputError) as missing:
            quote_tools.require_tier_decision(
                session, library, factories.quote_input(no_tier.id, DAY)
            )
        assert missing.value.field == "partner"
