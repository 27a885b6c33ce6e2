"""The quote side's sentences: German as before (a ``str``), English from the committed catalog.

The English lookup reads ``i18n/nspdesk_en.ts`` as the app's Qt catalog would (no Qt here), so
these tests also prove that each template is in the catalog with a finished translation.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest

from nspdesk.domain import pricing, quote_history, quote_rules
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import Text
from nspdesk.domain.pricing import Audience, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.quote_checks import quote_warnings
from nspdesk.domain.standard_lines import nfr_line, own_use_line
from nspdesk.domain.tier_check import TierCheck, TierChoice, decide
from nspdesk.domain.vat import REVERSE_CHARGE_NOTE, VatMode
from tests.unit.english_catalog import english

DAY = date(2026, 11, 25)


def german(value: str) -> str:
    return str(value).replace("\xa0", " ")


def refusal(program: Program, request: PriceRequest, cap: D | None = None) -> InputError:
    with pytest.raises(InputError) as refused:
        price_quote(program, request, cap)
    return refused.value


def request(tier: str, *lines: QuoteLine, **more: object) -> PriceRequest:
    return PriceRequest(tier=tier, date=DAY, lines=lines, **more)  # type: ignore[arg-type]


def server(description: str = "Protection", extra: str = "0", price: str = "30") -> QuoteLine:
    return QuoteLine("server-license", description, D(1), D(price), D(extra))


# --- the tier check ------------------------------------------------------------------------------


def test_the_tier_warning_and_the_decision_errors_in_both_languages(program: Program) -> None:
    check = TierCheck(program.tier("premium"), program.tier("business"), ("2 more projects",))
    warning = check.warning()
    assert warning == (
        "Die erfasste Stufe Premium Partner ist nicht mehr gedeckt. Es fehlt: 2 more projects. "
        "Die Zahlen tragen Business Partner."
    )
    assert english(warning) == (
        "The recorded tier Premium Partner is no longer covered. Missing: 2 more projects. "
        "The figures support Business Partner."
    )
    with pytest.raises(InputError) as undecided:
        decide("premium", check, None)
    assert english(undecided.value.message).endswith("support Business Partner. Please decide.")
    assert str(undecided.value).endswith("Die Zahlen tragen Business Partner. Bitte entscheiden.")
    with pytest.raises(InputError) as no_reason:
        decide("premium", check, TierChoice.RECORDED, " ")
    assert english(no_reason.value.message) == (
        "a reason is needed to quote at Premium Partner conditions"
    )

    nothing = TierCheck(program.tier("premium"), None, ("x",))
    assert english(nothing.warning()).endswith("Missing: x. The figures support no partner tier.")
    with pytest.raises(InputError) as no_tier:
        decide("premium", nothing, TierChoice.SUPPORTED)
    assert (
        no_tier.value.message == "die Zahlen tragen keine Partnerstufe, zu der sich anbieten ließe"
    )
    assert english(no_tier.value.message) == "the figures support no partner tier to quote at"
    assert TierCheck(program.tier("premium"), None, ()).warning() == ""


# --- warnings of a priced quote ------------------------------------------------------------------


def test_hsv_and_negative_margin_warnings_in_english(program: Program) -> None:
    priced = price_quote(
        program,
        request("authorized", server("Protection", extra="30"), audience=Audience.END_CUSTOMER),
    )
    maintenance, hsv, margin = quote_warnings(priced, reseller_only=True)
    # "NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben werden."
    assert german(maintenance.message) == (
        "Position 1 (NoSpamProxy Server – Neulizenzen) ohne Position „NoSpamProxy Server – "
        "Softwarewartung“: NoSpamProxy-Server-Module werden immer mit einem "
        "Software-Wartungsvertrag verkauft (Updates und Patches)."
    )
    assert english(maintenance.message) == (
        "Line 1 (NoSpamProxy Server – new licences) without a line “NoSpamProxy Server – software "
        "maintenance”: NoSpamProxy Server modules are always sold with a software maintenance "
        "contract (updates and patches)."
    )
    assert hsv.message.startswith("Authorized Partner ohne eigenes Server-Know-how")
    assert english(hsv.message) == (
        "Authorized Partner without Server know-how of its own (resale only): NoSpamProxy Server "
        "only together with a vendor support contract (HSV) for the end customer. Please add an "
        "HSV line."
    )
    assert german(margin.message) == (
        "Position 1 „Protection“ liegt 3,00 € unter dem Einkaufspreis."  # 30 − 20 % vs. − 30 %
    )
    assert english(margin.message) == "Line 1 “Protection” is €3.00 below the purchase price."


# --- the pricing engine's refusals ---------------------------------------------------------------


def test_a_line_the_track_may_not_sell_is_refused_with_the_reason_apart(program: Program) -> None:
    error = refusal(program, request("business-cloud", server("Protection")))
    assert error.message == (
        "Position 1 „Protection“ (NoSpamProxy Server – Neulizenzen) kann nicht angeboten werden: "
        "Business Cloud Partner vertreiben ausschließlich NoSpamProxy Cloud"
    )
    assert english(error.message) == (
        "Line 1 “Protection” (NoSpamProxy Server – new licences) cannot be quoted: "
        "Business Cloud Partners sell only NoSpamProxy Cloud"
    )
    assert isinstance(error.message, Text)
    assert english(error.message.values["reason"]) == (
        "Business Cloud Partners sell only NoSpamProxy Cloud"
    )


def test_discount_refusals_in_english(program: Program) -> None:
    capped = refusal(program, request("business", server(extra="12.5")), D(10))
    assert german(capped.message) == (
        "12,5 % übersteigt den zulässigen Zusatzrabatt von 10 % (Position 1)"
    )
    assert english(capped.message) == "12.5% exceeds the permitted extra discount of 10% (line 1)"
    customer = refusal(
        program, request("business", server(extra="101"), audience=Audience.END_CUSTOMER)
    )
    assert german(customer.message) == "Kundenrabatt 101 % über 100 % (Position 1)"
    assert english(customer.message) == "Customer discount 101% above 100% (line 1)"


def test_msp_and_unknown_value_refusals_in_english(program: Program) -> None:
    missing = refusal(program, request("msp", server()))
    assert missing.message == (
        "fehlt: Managed Service Partner erhalten umsatzabhängig die Konditionen von "
        "Business Partner oder Premium Partner"
    )
    assert english(missing.message) == (
        "missing: Managed Service Partners get the conditions of Business Partner or Premium "
        "Partner, depending on their revenue"
    )
    wrong_level = refusal(program, request("msp", server(), msp_level="authorized"))
    assert wrong_level.message == "'authorized' ist nicht möglich (erlaubt: business, premium)"
    assert (
        english(wrong_level.message) == "'authorized' is not possible (allowed: business, premium)"
    )
    not_msp = refusal(program, request("business", server(), msp_level="premium"))
    assert english(not_msp.message) == (
        "applies only to Managed Service Partners, not to Business Partner"
    )
    tier = refusal(program, request("gold", server()))
    assert tier.message.startswith("unbekannte Partnerstufe 'gold' (bekannt: authorized, ")
    assert english(tier.message).startswith("unknown partner tier 'gold' (known: authorized, ")
    category = refusal(program, request("business", QuoteLine("x", "X", D(1), D(1))))
    assert english(category.message).startswith("unknown category 'x' (known: server-license, ")


def test_names_are_chained_pairwise_in_the_readers_language() -> None:
    assert pricing._chain(pricing.EITHER, []) == ""
    assert pricing._chain(pricing.BOTH, ["A"]) == "A"
    three = pricing._chain(pricing.BOTH, ["A", "B", "C"])
    assert three == "A und B und C"
    assert english(three) == "A and B and C"


# --- lifecycle, standard lines, VAT ---------------------------------------------------------------


def test_lifecycle_refusals_in_english() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    with pytest.raises(InputError) as expired:
        quote_rules.check_can_send(quote_rules.DRAFT, DAY, now)
    assert expired.value.message == (
        "die Gültigkeit endete am 25.11.2026; vor dem Versand ein neues „Gültig bis“-Datum setzen"
    )
    assert english(expired.value.message) == (
        "the validity ended on 25 Nov 2026; set a new “Valid until” date before sending"
    )
    with pytest.raises(InputError) as sent:
        quote_rules.check_can_send(quote_rules.SENT, DAY, now)
    assert english(sent.value.message) == "only a draft can be sent (status: sent)"
    expected = {
        quote_rules.ACCEPTED: "the quote is accepted and therefore locked; create a new one for "
        "changes",
        quote_rules.EXPIRED: "the quote is closed (expired) and locked",
        quote_rules.SENT: "the revision has been sent; a change creates a new revision",
    }
    for status, text in expected.items():
        with pytest.raises(InputError) as refused:
            quote_rules.check_can_change(status)
        assert english(refused.value.message) == text


def test_standard_line_refusals_in_english_and_their_descriptions_stay_german(
    program: Program,
) -> None:
    with pytest.raises(InputError) as size:
        own_use_line(program, 30)
    assert (
        size.value.message == "keine Eigenbedarfs-Lizenz für 30 Benutzer (möglich: 10, 25, 50, 100)"
    )
    assert (
        english(size.value.message)
        == "no own-use licence for 30 users (available: 10, 25, 50, 100)"
    )
    with pytest.raises(InputError) as nfr:
        nfr_line(program, program.tier("msp"))
    assert english(nfr.value.message) == "Managed Service Partner gets no free NFR licence"
    line = own_use_line(program, 25)
    assert not isinstance(line.description, Text)  # printed on the German quote: data


def test_the_reverse_charge_note_in_english() -> None:
    assert VatMode.REVERSE_CHARGE.note == REVERSE_CHARGE_NOTE
    assert REVERSE_CHARGE_NOTE.startswith("Steuerschuldnerschaft des Leistungsempfängers")
    assert english(REVERSE_CHARGE_NOTE).startswith("Reverse charge: the recipient")
    assert VatMode.STANDARD.note is None


# --- the audit trail's details -------------------------------------------------------------------

DETAILS = [
    (
        quote_history.priced_detail("Business Partner", 2, D("380.8"), end_customer=False),
        "Business Partner, 2 Positionen, netto 380,80 €",
        "Business Partner, 2 lines, net €380.80",
    ),
    (
        quote_history.priced_detail("Premium Partner", 1, D("1234.5"), end_customer=True),
        "Endkunde, Premium Partner, 1 Position, netto 1.234,50 €",
        "End customer, Premium Partner, 1 line, net €1,234.50",
    ),
    (
        quote_history.priced_detail("Premium Partner", 0, D("-15"), end_customer=False),
        "Premium Partner, 0 Positionen, netto -15,00 €",
        "Premium Partner, 0 lines, net -€15.00",
    ),
    (
        quote_history.kept_detail("business", "Schulung: im Januar, gebucht"),
        "erfasste Stufe business beibehalten: Schulung: im Januar, gebucht",
        "kept the recorded tier business: Schulung: im Januar, gebucht",
    ),
    (
        quote_history.supported_detail("authorized", "business"),
        "zu Konditionen authorized statt business (von den Zahlen getragen)",
        "at authorized conditions instead of business (supported by the figures)",
    ),
    (
        quote_history.repriced_detail(date(2027, 1, 10), "2024", "2027", "business", "premium"),
        "zu den Konditionen vom 2027-01-10 neu berechnet: Edition 2024 → 2027, "
        "Stufe business → premium",
        "repriced at the conditions of 2027-01-10: edition 2024 → 2027, tier business → premium",
    ),
    (quote_history.copy_of("A-2026-0007"), "Kopie von A-2026-0007", "Copy of A-2026-0007"),
    (quote_history.copied_to("A-2026-0008"), "kopiert nach A-2026-0008", "copied to A-2026-0008"),
    (
        quote_history.valid_until(date(2026, 11, 25)),
        "gültig bis 2026-11-25",
        "valid until 2026-11-25",
    ),
    (quote_history.TAKEN_OVER, "aus dem Bestand übernommen", "taken over from existing records"),
]


@pytest.mark.parametrize(("made", "stored", "shown"), DETAILS)
def test_a_stored_detail_reads_back_as_the_text_it_was_made_as(
    made: Text, stored: str, shown: str
) -> None:
    assert german(made) == stored
    read = quote_history.read_detail(str(made))  # the store keeps a plain str
    assert isinstance(read, Text)
    assert read == made
    assert english(read) == shown


def test_tier_names_in_details_become_the_rule_files_terms(program: Program) -> None:
    name = program.tier("authorized-cloud").name
    names = {name: name}
    stored = str(quote_history.priced_detail(name, 3, D(10), end_customer=False))
    read = quote_history.read_detail(stored, names)
    assert read.values["tier"] is name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "detail",
    [
        "",
        "von Hand notiert",
        "Business Partner, zwei Positionen, netto 1,00 €",  # not a count
        "Business Partner, 2 Positionen, netto viel",  # not an amount
        "Business Partner, 2 Positionen, netto 1234,5 €",  # an amount not as the trail writes it
    ],
)
def test_details_the_trail_did_not_make_are_shown_as_they_are(detail: str) -> None:
    read = quote_history.read_detail(detail)
    assert read == detail and not isinstance(read, Text)
