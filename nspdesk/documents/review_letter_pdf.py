"""The status letter after the annual review: one DIN 5008 Form B letter per partner.

It announces the partner's status for the new year, the benefits that come with it (from the
program data) and what is still missing for the next tier. Several letters can go into one PDF
(``combined``): each starts on a new page with its own address field and its own "Seite X von Y".
``write_letters`` writes a batch with progress and cancel, each file through a temporary file and a
rename.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from nspdesk.documents.blocks import bullets, heading, label_value_table, paragraph
from nspdesk.documents.din5008 import (
    BODY_END,
    FIRST_BODY,
    LATER_BODY,
    LATER_BODY_TOP,
    LEFT_MARGIN,
    PAGE_HEIGHT_MM,
    PAGE_NUMBER_BASELINE,
    RIGHT_MARGIN,
    TEXT_RIGHT,
    Metadata,
    y_pt,
)
from nspdesk.documents.fonts import register_fonts
from nspdesk.documents.letterhead import PageLayout
from nspdesk.documents.signature import closing_block
from nspdesk.documents.styles import GREY, styles
from nspdesk.documents.text import esc
from nspdesk.domain.formatting import day, money, number
from nspdesk.domain.letterhead import Sender, Signer, salutation, signer_for
from nspdesk.domain.review import Movement, StatusLetter, benefit_lines
from nspdesk.files import write_atomically

Progress = Callable[[int, int, str], None]


def review_letter_pdf(
    letters: Sequence[StatusLetter], sender: Sender, signer: Signer | None = None
) -> bytes:
    """One letter, or several in one PDF, each with its own address field and page numbers.

    ``signer``: who signs (None: the letterhead's signer, else the first managing director)."""
    signer = signer if signer is not None else signer_for(sender)
    if not letters:
        raise ValueError("no letters")
    register_fonts()
    buffer = BytesIO()
    first = letters[0]
    name = first.addressee.company if len(letters) == 1 else f"{len(letters)} Partner"
    metadata = Metadata(
        title=f"Partnerstatus {first.year + 1} – {name}",
        author=sender.company,
        subject=f"Ergebnis der Jahresüberprüfung {first.year}, {first.program.title}",
        keywords=("Jahresüberprüfung", "Partnerstatus", str(first.year + 1)),
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN * mm,
        rightMargin=RIGHT_MARGIN * mm,
        topMargin=LATER_BODY_TOP * mm,
        bottomMargin=(PAGE_HEIGHT_MM - BODY_END) * mm,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        keywords=list(metadata.keywords),
        creator="nspdesk",
        lang="de-DE",
        initialFontName=register_fonts(),
    )
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        layout = _layout(letter, sender)
        templates += [
            PageTemplate(
                id=f"first-{index}",
                frames=[FIRST_BODY.frame(f"first-body-{index}")],
                onPage=_marking(index, layout.first_page),
                autoNextPageTemplate=f"later-{index}",
            ),
            PageTemplate(
                id=f"later-{index}",
                frames=[LATER_BODY.frame(f"body-{index}")],
                onPage=_marking(index, layout.later_pages),
            ),
        ]
        if index:
            story += [NextPageTemplate(f"first-{index}"), PageBreak()]
        story += _story(letter, sender, signer)
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_LetterNumberedCanvas)
    return buffer.getvalue()


def _marking(
    index: int, decorate: Callable[[Canvas, BaseDocTemplate], None]
) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas._nspdesk_letter = index  # type: ignore[attr-defined]  # read by the numbering
        decorate(canvas, doc)

    return on_page


class _LetterNumberedCanvas(Canvas):
    """Holds the pages back, then writes "Seite X von Y" counted within each letter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        letters = [state.get("_nspdesk_letter", 0) for state in self._pages]
        seen: dict[int, int] = {}
        for state, letter in zip(self._pages, letters, strict=True):
            seen[letter] = seen.get(letter, 0) + 1
            self.__dict__.update(state)
            self._draw_page_number(seen[letter], letters.count(letter))
            super().showPage()
        super().save()

    def _draw_page_number(self, page: int, total: int) -> None:
        self.saveState()
        self.setFont(register_fonts(), 8)
        self.setFillColor(GREY)
        self.drawRightString(
            TEXT_RIGHT * mm, y_pt(PAGE_NUMBER_BASELINE), f"Seite {page} von {total}"
        )
        self.restoreState()


def _layout(letter: StatusLetter, sender: Sender) -> PageLayout:
    info = [("Datum", day(letter.letter_date))]
    if letter.customer_number:
        info.append(("Kundennummer", letter.customer_number))
    info += [
        ("Geschäftsjahr", str(letter.year)),
        ("Status ab", day(letter.effective_from)),
        ("Programm", f"Edition {letter.program.edition}"),
    ]
    if sender.phone:
        info.append(("Telefon", sender.phone))
    if sender.email:
        info.append(("E-Mail", sender.email))
    return PageLayout(
        sender=sender,
        short_title=f"Partnerstatus {letter.year + 1} – {letter.addressee.company}",
        addressee=letter.addressee,
        info=info,
    )


def _story(letter: StatusLetter, sender: Sender, signer: Signer) -> list[Flowable]:
    st = styles()
    new_year = letter.year + 1
    story: list[Flowable] = [
        Paragraph(esc(f"Ihr Partnerstatus {new_year} im NoSpamProxy-Partnerprogramm"), st.subject),
        paragraph(salutation(letter.addressee.contact)),
        paragraph(
            f"zu Beginn jedes Jahres überprüfen wir den Partnerstatus anhand des "
            f"NoSpamProxy-Geschäfts des Vorjahres. Für {letter.addressee.company} haben wir die "
            f"Zahlen des Jahres {letter.year} ausgewertet."
        ),
        paragraph(_announcement(letter)),
        heading(f"Ihre Zahlen {letter.year}"),
        label_value_table(_figures(letter), label_width_mm=60),
    ]
    tier = letter.benefits_tier
    if tier is not None:
        story += [
            heading(f"Ihre Leistungen als {tier.name}"),
            label_value_table(benefit_lines(letter.program, tier), label_width_mm=60),
        ]
    story += _next(letter)
    # The letter's last paragraph (with the heading or list item that keeps with it) goes along
    # with the closing: the greeting never stands alone at the top of a page. (reportlab would not
    # keep a flowable with a ``KeepTogether``, so they go into it.)
    last = [story.pop()]
    while story and story[-1].getKeepWithNext():  # type: ignore[no-untyped-call]
        last.insert(0, story.pop())
    closing = (
        "Für Fragen zu Ihrem Status und zu den nächsten Schritten sind wir gern für Sie da.\n"
        "Mit freundlichen Grüßen"
    )
    story.append(closing_block(closing, sender.company, signer, [*last, Spacer(1, 4 * mm)]))
    return story


def _announcement(letter: StatusLetter) -> str:
    since = day(letter.effective_from)
    match letter.movement:
        case Movement.UP:
            return (
                f"Wir freuen uns, Ihnen mitzuteilen: Ab dem {since} sind Sie {letter.status} "
                f"(bisher {letter.previous}). Herzlichen Glückwunsch!"
            )
        case Movement.NEW:
            return f"Wir freuen uns, Ihnen mitzuteilen: Ab dem {since} sind Sie {letter.status}."
        case Movement.DOWN:
            return (
                f"Ab dem {since} führen wir Sie als {letter.status} (bisher {letter.previous}). "
                "Was für die höhere Stufe fehlt, finden Sie unten."
            )
        case Movement.NO_LONGER_QUALIFIES if letter.benefits_tier is None:
            return (
                f"Die Zahlen erfüllen die Anforderungen keiner Partnerstufe; ab dem {since} führen "
                f"wir Sie daher ohne Partnerstufe (bisher {letter.previous}). Gern unterstützen wir "
                "Sie dabei, die Anforderungen wieder zu erfüllen."
            )
        case _:
            return f"Ihr Status {letter.status} gilt ab dem {since} unverändert weiter."


def _figures(letter: StatusLetter) -> list[tuple[str, str]]:
    f = letter.figures

    def sourced(total: str, manual: str, won: str) -> str:
        return f"{total} (gemeldet {manual}, aus angenommenen Angeboten {won})"

    rows = [
        (
            "Realisierte Projekte",
            sourced(number(f.projects), number(f.projects_manual), number(f.projects_won)),
        )
    ]
    if letter.track == "cloud":
        rows.append(
            (
                "Monatlich wiederkehrender Umsatz (MRR)",
                sourced(money(f.mrr), money(f.mrr_manual), money(f.mrr_won)),
            )
        )
    else:
        rows.append(
            (
                "Umsatz im Jahr",
                sourced(money(f.revenue), money(f.revenue_reported), money(f.revenue_won)),
            )
        )
    return rows


def _next(letter: StatusLetter) -> list[Flowable]:
    story: list[Flowable] = []
    tier = letter.benefits_tier
    if tier is not None and letter.missing_current:
        story += [
            heading(f"Damit Sie {tier.name} bleiben"),
            _lead_in(
                f"Mit den Zahlen {letter.year} fehlen für {tier.name} noch die folgenden "
                "Anforderungen; bitte erfüllen Sie sie bis zur nächsten Überprüfung:"
            ),
            *bullets(letter.missing_current),
        ]
    following = letter.next_tier
    if following is None:
        return [
            *story,
            heading("Nächste Stufe"),
            paragraph("Sie haben die höchste Stufe des Partnerprogramms erreicht."),
        ]
    story.append(heading(f"Auf dem Weg zu {following.name}"))
    if letter.missing_next:
        story.append(_lead_in(f"Für {following.name} fehlen mit den Zahlen {letter.year}:"))
        story += bullets(letter.missing_next)
    else:
        story.append(
            paragraph(f"Mit den Zahlen {letter.year} erfüllen Sie bereits alle Anforderungen.")
        )
    return story


def _lead_in(text: str) -> Flowable:
    """The sentence before a list: it stays with the list's first item."""
    lead = paragraph(text)
    lead.keepWithNext = 1
    return lead


# --- Batch export -------------------------------------------------------------------------------


@dataclass
class LetterExport:
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False


def letter_file_name(letter: StatusLetter) -> str:
    """``K-10001-nordlicht-it-service-gmbh.pdf``: customer number and a slug of the company."""
    parts = (_slug(letter.customer_number, lower=False), _slug(letter.addressee.company))
    return ("-".join(p for p in parts if p)[:100] or "partner") + ".pdf"


def write_letters(
    letters: Sequence[StatusLetter],
    sender: Sender,
    directory: Path,
    combined: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    signer: Signer | None = None,
) -> LetterExport:
    """One PDF per partner in ``directory`` (or one combined ``Partnerstatus-<year>.pdf``).

    ``progress(done, total, company)`` after each letter; setting ``cancel`` stops before the next
    one (a combined PDF is then not written at all).
    """
    directory.mkdir(parents=True, exist_ok=True)
    result = LetterExport()
    total = len(letters)
    used: set[str] = set()
    for done, letter in enumerate(letters, start=1):
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            return result
        if not combined:
            name = letter_file_name(letter)
            stem = name[:-4]
            counter = 2
            while name in used:  # two partners with the same number and name
                name = f"{stem}-{counter}.pdf"
                counter += 1
            used.add(name)
            target = directory / name
            write_atomically(target, review_letter_pdf([letter], sender, signer))
            result.written.append(target)
        if progress is not None:
            progress(done, total, letter.addressee.company)
    if combined and letters:
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            return result
        target = directory / f"Partnerstatus-{letters[0].year + 1}.pdf"
        write_atomically(target, review_letter_pdf(letters, sender, signer))
        result.written.append(target)
    return result


def _slug(text: str, lower: bool = True) -> str:
    text = text.replace("ß", "ss").replace("&", " ")
    for umlaut, plain in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
    ):
        text = text.replace(umlaut, plain)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")
    return (slug.lower() if lower else slug)[:80].strip("-")
