"""The Angebot: a DIN 5008 Form B business letter with the priced lines, totals and terms.

Lines charged in different billing periods get one subtotal per period ("einmalig", "jährlich",
"monatlich", each with its VAT) and the total of the first year instead of one sum that nobody pays.
An end-customer quote shows the customer's prices only: its discount column holds the customer
discount, never the partner's tier discount, and nothing names the partner's tier, purchase price or
margin.

The letter's form (``QuoteDocument.letter_form``): a sent quote's frozen snapshot prints in the form
it was sent in, byte for byte; form 1 is the letter before it closed as DIN 5008 asks. A draft,
rejected or expired quote carries a ``PrintMark`` on every page.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from nspdesk.documents.cells import Cell, GridFormat, GridTable, TextPart
from nspdesk.documents.din5008 import Metadata, build_pdf
from nspdesk.documents.fonts import BOLD, REGULAR, register_fonts
from nspdesk.documents.glyphs import Unprintable, check
from nspdesk.documents.letterhead import PageLayout
from nspdesk.documents.plain import AmountRow, AmountTable, PlainParagraph, Rule
from nspdesk.documents.signature import closing_block
from nspdesk.documents.styles import ACCENT, GREY, RULE, styles, table_style
from nspdesk.documents.text import esc, unit_price
from nspdesk.domain import print_fields as names
from nspdesk.domain.billing import PeriodSummary, billing_of, period_summary
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.formatting import day, money, number, percent
from nspdesk.domain.letterhead import Sender, Signer
from nspdesk.domain.pricing import Audience, PricedLine, PricedQuote
from nspdesk.domain.program import Billing
from nspdesk.domain.quote_document import FIRST_LETTER_FORM, PrintMark, QuoteDocument

# Pos., Menge, Einheit, Artikel/Beschreibung, Einzelpreis, Rabatt, Gesamt: 165 mm in all. The
# widths are the starting point only: every column but the article is as wide as its content
# needs, the article takes the rest and at least its 60 mm (``cells.fit_widths``).
COLUMN_WIDTHS_MM = (10.0, 14.0, 15.0, 60.0, 23.0, 19.0, 24.0)
ARTICLE_COLUMN = 3
HEADER = ("Pos.", "Menge", "Einheit", "Artikel/Beschreibung", "Einzelpreis", "Rabatt", "Gesamt")
_RIGHT_ALIGNED = {1, 4, 5, 6}


def quote_pdf(
    quote: PricedQuote, document: QuoteDocument, sender: Sender, mark: PrintMark | None = None
) -> bytes:
    """The Angebot as PDF bytes; with ``mark`` ("ENTWURF" …) on every page."""
    st = styles()
    first_form = document.letter_form <= FIRST_LETTER_FORM
    info = [
        ("Angebotsnummer", document.number),
        ("Datum", day(document.date)),
        ("Gültig bis", day(document.valid_until)),
    ]
    if document.customer_number:
        info.append(("Kundennummer", document.customer_number))
    if document.contact:
        info.append(("Ansprechpartner", document.contact))
    if sender.phone:
        info.append(("Telefon", sender.phone))
    if sender.email:
        info.append(("E-Mail", sender.email))
    layout = PageLayout(
        sender=sender,
        short_title=f"Angebot {document.number} vom {day(document.date)}",
        addressee=document.recipient,
        info=info,
        address_extra=() if first_form else _vat_id_line(quote, document),
        clear_labels=not first_form,
        mark=mark,
    )
    story: list[Flowable] = [
        PlainParagraph([document.subject], st.subject),
        PlainParagraph(document.intro.splitlines(), st.body),
        Spacer(1, 2 * mm),
    ]
    story.extend(line_tables(quote, document))
    story.append(_totals(quote, document, first_form))
    story.extend(_terms(quote, document, sender))
    metadata = Metadata(
        title=f"Angebot {document.number}",
        author=sender.company,
        subject=f"{document.subject} – {document.recipient.company}",
        keywords=("Angebot", quote.program.title),
    )
    return build_pdf(story, metadata, layout.first_page, layout.later_pages, letter=True)


def unprintable(
    quote: PricedQuote, document: QuoteDocument, sender: Sender
) -> tuple[Unprintable, ...]:
    """The texts of the Angebot that hold characters no embedded font can draw (emoji, Arabic,
    Hebrew, Hindi …; see ``nspdesk.documents.glyphs``), by field, in the order they print:
    the app asks before printing them as empty boxes, the CLI warns."""
    fields: list[tuple[str, str]] = [
        (names.SENDER, "\n".join(_sender_texts(sender))),
        (names.RECIPIENT, "\n".join(document.recipient.lines())),
        (names.NUMBER, document.number),
        (names.CUSTOMER_NUMBER, document.customer_number),
        (names.CONTACT, document.contact),
        (names.SUBJECT, document.subject),
        (names.INTRO, document.intro),
    ]
    for index, priced in enumerate(quote.lines):
        fields.append((names.LINE_DESCRIPTION.format(position=index + 1), priced.line.description))
        fields.append((names.LINE_UNIT.format(position=index + 1), document.unit(index)))
    fields += [
        (names.RECIPIENT_VAT_ID, document.recipient_vat_id),
        (names.PAYMENT_TERMS, document.payment_terms),
        (names.CLOSING, document.closing),
    ]
    return check(fields)


def _sender_texts(sender: Sender) -> list[str]:
    return [
        sender.company,
        sender.legal_form,
        sender.street,
        f"{sender.postal_code} {sender.city}",
        sender.seat,
        sender.phone,
        sender.email,
        sender.web,
        sender.register_court,
        sender.register_number,
        *sender.managing_directors,
        sender.vat_id,
        sender.bank_name,
        sender.iban,
        sender.bic,
    ]


def line_tables(quote: PricedQuote, document: QuoteDocument) -> list[Flowable]:
    """The line table: one ``GridTable`` that splits at page breaks, the header atop every page.

    Plain strings for every cell but the article (see ``nspdesk.documents.cells``). A position
    too long for the rest of a page continues on the next: its numbers stay at its top, beside
    the first lines of its text, and the continued text carries its number again, in grey.
    """
    register_fonts()  # the table measures its texts when it is made
    rows = [_row(quote, document, index, priced) for index, priced in enumerate(quote.lines)]
    return [GridTable(_GRID, HEADER, rows)]


CELL_SIZE, CELL_LEADING = 8.5, 10.5
_GRID = GridFormat(
    widths=tuple(w * mm for w in COLUMN_WIDTHS_MM),
    right_aligned=frozenset(_RIGHT_ALIGNED),
    regular=REGULAR,
    bold=BOLD,
    size=CELL_SIZE,
    leading=CELL_LEADING,
    fill=ARTICLE_COLUMN,
    repeat_first=True,
)


def _row(quote: PricedQuote, document: QuoteDocument, index: int, priced: PricedLine) -> list[Cell]:
    line = priced.line
    category = quote.program.categories[line.category].name
    period = billing_of(quote, line.category)
    if period is not Billing.ONCE:
        category += " · " + PERIOD_NOTES[period]
    article = (
        TextPart(line.description, BOLD, CELL_SIZE, CELL_LEADING),
        TextPart(category, REGULAR, 7.5, 9.5, GREY),
    )
    return [
        str(index + 1),
        _number(str(line.quantity)),
        document.unit(index),
        article,
        unit_price(line.unit_price),
        _discount(priced, quote.request.audience),
        money(priced.net),
    ]


def _discount(priced: PricedLine, audience: Audience) -> str:
    """The tier discount, and the extra discount below it when there is one; "–" for none.

    An end-customer quote shows only the customer discount: the tier discount is the partner's.
    """
    shown = (
        (priced.line.extra_discount,)
        if audience is Audience.END_CUSTOMER
        else (priced.discount_percent, priced.line.extra_discount)
    )
    parts = [_percent(str(p)) for p in shown if p > ZERO]
    if not parts:
        return "–"
    return "\n".join(("+ " if i else "") + p for i, p in enumerate(parts))


# babel's number and percent are slow and the table asks for the same few values on every line:
# remembered by the value's text (which keeps its digits: "10" and "10.0" print differently).
@lru_cache(maxsize=4096)
def _number(value: str) -> str:
    return number(Decimal(value))


@lru_cache(maxsize=4096)
def _percent(value: str) -> str:
    return percent(Decimal(value))


def _vat_id_line(quote: PricedQuote, document: QuoteDocument) -> tuple[str, ...]:
    """Reverse charge: the customer's VAT ID below its address (§ 13b UStG: it owes the VAT)."""
    if quote.vat_note is None or not document.recipient_vat_id:
        return ()
    return (f"USt-IdNr. {document.recipient_vat_id}",)


# "§ 13b UStG", "Art. 196 MwStSystRL": a reference is never broken across lines.
_REFERENCE = re.compile(r"(§§?|Art\.)\s+(\d+[a-z]?)\s+(\w+)")


def bind_references(text: str) -> str:
    """``text`` with no-break spaces inside each legal reference."""
    return _REFERENCE.sub(lambda m: "\xa0".join(m.groups()), text)


def _totals(quote: PricedQuote, document: QuoteDocument, first_form: bool) -> Flowable:
    st = styles()
    summary = period_summary(quote)
    table = _period_table(quote, summary) if summary.mixed else _sum_table(quote, summary)
    parts: list[Flowable] = [Spacer(1, 3 * mm), table]
    if quote.vat_note is not None:
        note = quote.vat_note if first_form else bind_references(quote.vat_note)
        if document.recipient_vat_id:
            note += f" USt-IdNr. des Leistungsempfängers: {document.recipient_vat_id}."
        parts += [Spacer(1, 2 * mm), PlainParagraph([note], st.small)]
    return KeepTogether(parts)


Row = list[Flowable | str]
PERIOD_NOTES = {Billing.YEARLY: "jährlich", Billing.MONTHLY: "monatlich"}
_SIDE_PADDING, _TOP_PADDING, _BOTTOM_PADDING = 3.0, 2.0, 2.5
_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), _SIDE_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), _SIDE_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PADDING),
    ("FONTNAME", (0, 0), (-1, -1), BOLD),
]


def _cells(texts: list[str], bold: bool = False) -> Row:
    """A label cell and right-aligned amount cells."""
    st = styles()
    marked = [f"<b>{esc(t, BOLD)}</b>" if bold else esc(t) for t in texts]
    return [Paragraph(marked[0], st.cell), *(Paragraph(t, st.cell_right) for t in marked[1:])]


def _amount_table(
    rows: list[tuple[list[str], bool]], widths: list[float], rules: list[Rule]
) -> Flowable:
    """Rows of a label and right-aligned amounts, the bold ones in the bold face.

    Drawn as plain text where every text fits its column on one line (as the table of a
    paragraph per cell would place it), else that table, whose paragraphs wrap.
    """
    plain_rows = [AmountRow(texts, BOLD if bold else REGULAR) for texts, bold in rows]
    if AmountTable.fits(plain_rows, widths, CELL_SIZE, _SIDE_PADDING):
        padding = (_SIDE_PADDING, _SIDE_PADDING, _TOP_PADDING, _BOTTOM_PADDING)
        return AmountTable(plain_rows, widths, CELL_SIZE, CELL_LEADING, padding, rules)
    table = Table([_cells(texts, bold) for texts, bold in rows], colWidths=widths, hAlign="RIGHT")
    lines = [
        ("LINEABOVE" if r.above else "LINEBELOW", (0, r.first), (-1, r.last), r.width, r.color)
        for r in rules
    ]
    table.setStyle(table_style([*_PADDING, *lines]))
    return table


def _sum_table(quote: PricedQuote, summary: PeriodSummary) -> Flowable:
    """One billing period: net, VAT, gross below each other; a recurring period is named."""
    total = summary.periods[0] if summary.periods else summary.first_year
    suffix = f" {total.label}" if total.period is not Billing.ONCE else ""
    rows = [([f"Summe netto{suffix}", money(total.net)], False)]
    if quote.vat_note is None:
        vat = f"zzgl. {percent(quote.totals.vat_rate)} Umsatzsteuer"
        rows.append(([vat, money(total.vat)], False))
    label = "Gesamtbetrag" if quote.vat_note is None else "Gesamtbetrag (ohne Umsatzsteuer)"
    rows.append(([label + suffix, money(total.gross)], True))
    return _amount_table(
        rows,
        [66 * mm, 30 * mm],
        [
            Rule(above=True, first=-1, last=-1, width=0.8, color=ACCENT),
            Rule(above=False, first=-1, last=-1, width=0.8, color=ACCENT),
            Rule(above=False, first=0, last=-3, width=0.25, color=RULE),
        ],
    )


def _period_table(quote: PricedQuote, summary: PeriodSummary) -> Flowable:
    """Mixed billing periods: a row per period (net, VAT, gross) and the first year's total."""
    vat = quote.vat_note is None
    head = ["Summen", "netto"] + (
        [f"USt {percent(quote.totals.vat_rate)}", "brutto"] if vat else []
    )
    rows = [(head, True)]
    for total in [*summary.periods, summary.first_year]:
        label = total.label if total is not summary.first_year else "Gesamt im ersten Jahr"
        amounts = [money(total.net)] + ([money(total.vat), money(total.gross)] if vat else [])
        rows.append(([label, *amounts], total is summary.first_year))
    widths = [46 * mm, 27 * mm] + ([22 * mm, 27 * mm] if vat else [])
    return _amount_table(
        rows,
        widths,
        [
            Rule(above=False, first=0, last=0, width=0.25, color=RULE),
            Rule(above=True, first=-1, last=-1, width=0.8, color=ACCENT),
            Rule(above=False, first=-1, last=-1, width=0.8, color=ACCENT),
        ],
    )


def _terms(quote: PricedQuote, document: QuoteDocument, sender: Sender) -> list[Flowable]:
    st = styles()
    terms_of = quote.priced_as.name
    if quote.tier is not quote.priced_as:  # MSP: the conditions of the level recorded for it
        terms_of = f"{quote.tier.name} (Konditionen {quote.priced_as.name})"
    conditions = f"Die Rabatte entsprechen den Konditionen für {terms_of} im {quote.program.title}."
    validity = f"Dieses Angebot ist gültig bis zum {day(document.valid_until)}."
    story: list[Flowable] = [Spacer(1, 5 * mm)]
    if quote.request.audience is Audience.PARTNER:  # the partner's tier is nothing for a customer
        story += [PlainParagraph([conditions], st.small), Spacer(1, 3 * mm)]
    terms = [validity]
    if document.payment_terms:
        terms.append(document.payment_terms)
    if document.letter_form > FIRST_LETTER_FORM:
        # The signer; a document that names none is signed by its Ansprechpartner.
        signer = Signer(document.signer or document.contact, document.signer_function)
        terms_paragraph = PlainParagraph(terms, st.body)
        story.append(closing_block(document.closing, sender.company, signer, [terms_paragraph]))
        return story
    story.append(PlainParagraph(terms, st.body))
    closing = [PlainParagraph(document.closing.splitlines(), st.body)] if document.closing else []
    signature = [Spacer(1, 2 * mm), PlainParagraph([sender.company], st.body)]
    if document.contact:
        signature.append(PlainParagraph([document.contact], st.body))
    story.append(KeepTogether([*closing, *signature]))
    return story
