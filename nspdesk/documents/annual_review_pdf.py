"""Partner-Jahresbericht: one partner's year against the thresholds of its tier and the next one."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from nspdesk.documents.blocks import bullets, data_table, heading, note, paragraph
from nspdesk.documents.din5008 import Metadata, build_pdf
from nspdesk.documents.letterhead import PageLayout
from nspdesk.documents.review_chart import Bar, bar_chart
from nspdesk.documents.styles import styles, table_style
from nspdesk.documents.text import esc
from nspdesk.domain.compliance import (
    Evaluation,
    RequirementId,
    RequirementResult,
    Value,
    as_decimal,
    as_int,
    as_texts,
)
from nspdesk.domain.formatting import day, money, number
from nspdesk.domain.letterhead import Addressee, Sender
from nspdesk.domain.program import Tier

LABELS = {
    RequirementId.PROJECTS: "Realisierte Projekte",
    RequirementId.REVENUE: "Umsatz im Jahr",
    RequirementId.MRR: "Monatlich wiederkehrender Umsatz (MRR)",
    RequirementId.TRAININGS: "Vertriebs- und Techniktraining",
    RequirementId.CERTIFIED_TECHNICIANS: "Zertifizierte Techniker",
    RequirementId.BACKLINK: "Follow-Link auf www.nospamproxy.de",
    RequirementId.SERVICE_AGREEMENT: "Basis-Servicevereinbarung",
}
_TRAININGS = {"sales": "Vertrieb", "technical": "Technik"}
_BACKLINK_ACTUAL = {
    "follow": "Follow-Link vorhanden",
    "nofollow": "nur nofollow-Link",
    "missing": "kein Link gefunden",
    "unknown": "nicht geprüft",
}
_MET_COLOR = "#2E7D32"
_MISSING_COLOR = "#B3261E"


def annual_review_pdf(evaluation: Evaluation, partner: Addressee | None, sender: Sender) -> bytes:
    """The review of ``evaluation``; with ``partner`` a Form B letter addressed to it."""
    facts = evaluation.facts
    program = evaluation.program
    st = styles()
    whom = f" – {partner.company}" if partner else ""
    info = [
        ("Berichtsjahr", str(facts.year)),
        ("Stichtag", day(facts.as_of)),
        ("Erreichte Stufe", evaluation.eligible_tier.name if evaluation.eligible_tier else "keine"),
        ("Programm", f"Edition {program.edition}"),
    ]
    if evaluation.tier is not None:
        info.insert(2, ("Bisherige Stufe", evaluation.tier.name))
    layout = PageLayout(
        sender=sender,
        short_title=f"Partner-Jahresbericht {facts.year}{whom}",
        addressee=partner,
        info=info if partner else (),
    )
    story: list[Flowable] = [Paragraph(esc(f"Partner-Jahresbericht {facts.year}"), st.subject)]
    if partner is None:
        story.append(note(" · ".join(f"{label} {value}" for label, value in info)))
        story.append(Spacer(1, 3 * mm))
    story.append(paragraph(_summary(evaluation, addressed=partner is not None)))
    story += [heading("Zahlen und Schwellen"), _figures_table(evaluation)]
    story += [Spacer(1, 4 * mm), _charts(evaluation)]
    story += _missing(evaluation)
    story += _certifications(evaluation)
    metadata = Metadata(
        title=f"Partner-Jahresbericht {facts.year}{whom}",
        author=sender.company,
        subject=f"Jahresbericht {facts.year}{whom} – {program.title}",
        keywords=("Jahresbericht", "Partnerprogramm", str(facts.year)),
    )
    return build_pdf(
        story, metadata, layout.first_page, layout.later_pages, letter=partner is not None
    )


def _summary(evaluation: Evaluation, addressed: bool) -> str:
    """The verdict in a sales rep's words: to the partner ("Sie") when the report is a letter to
    it, else about the figures; the current tier held or not, then where the partner can go next."""
    year = evaluation.facts.year
    eligible, tier, next_tier = evaluation.eligible_tier, evaluation.tier, evaluation.next_tier
    reached = (
        f"die Anforderungen der Stufe {eligible.name}"
        if eligible
        else "die Anforderungen noch keiner Stufe"
    )
    if addressed:
        text = f"Mit Ihren Zahlen des Jahres {year} erfüllen Sie {reached}."
    else:
        text = f"Die Zahlen des Jahres {year} erfüllen {reached}."
    if tier is not None:
        whose = "Ihre" if addressed else "die"
        if evaluation.tier_met:
            text += f" {whose.capitalize()} bisherige Stufe {tier.name} ist damit bestätigt."
        else:
            text += f" Für {whose} bisherige Stufe {tier.name} reicht das nicht aus."
    if next_tier is None:
        text += " Das ist die höchste Stufe des Partnerprogramms."
    elif next_tier is not tier:
        text += f" Nächstes Ziel ist die Stufe {next_tier.name}."
    return text


def _compared(evaluation: Evaluation) -> list[Tier]:
    return [t for t in (evaluation.eligible_tier, evaluation.next_tier) if t is not None]


def _figures_table(evaluation: Evaluation) -> Flowable:
    tiers = _compared(evaluation)
    by_tier = {t.id: {r.id: r for r in evaluation.results_for(t.id)} for t in tiers}
    ids = [i for i in RequirementId if any(i in by_tier[t.id] for t in tiers)]
    st = styles()
    rows: list[list[str | Flowable]] = []
    for requirement in ids:
        results = [by_tier[t.id].get(requirement) for t in tiers]
        actual = next(r for r in results if r is not None).actual
        row: list[str | Flowable] = [LABELS[requirement], _actual(requirement, actual)]
        for result in results:
            row.append(_threshold_cell(result) if result else Paragraph("–", st.cell))
        rows.append(row)
    header = ["Anforderung", f"Ist {evaluation.facts.year}"]
    header += [f"{t.name} ({_role(evaluation, t)})" for t in tiers]
    width = 115 / max(len(tiers) + 1, 1)
    return data_table(header, rows, [50, *([width] * (len(tiers) + 1))])


def _role(evaluation: Evaluation, tier: Tier) -> str:
    if tier is evaluation.eligible_tier:
        return "erreicht"
    # the next tier is the partner's own when its figures fall short of it
    return "bisherige Stufe" if tier is evaluation.tier else "nächste Stufe"


def _threshold_cell(result: RequirementResult) -> Flowable:
    st = styles()
    if not result.mandatory:
        verdict = (
            "erfüllt" if result.met else "empfohlen",
            _MET_COLOR if result.met else "#555555",
        )
    else:
        verdict = ("erfüllt", _MET_COLOR) if result.met else ("fehlt", _MISSING_COLOR)
    text = esc(_required(result))
    return Paragraph(
        f'{text}<br/><font size="7.5" color="{verdict[1]}"><b>{esc(verdict[0])}</b></font>',
        st.cell,
    )


def _required(result: RequirementResult) -> str:
    value = result.required
    match result.id:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return f"mind. {number(as_int(value))}"
        case RequirementId.REVENUE:
            return f"{money(as_decimal(value))} p. a."
        case RequirementId.MRR:
            return f"{money(as_decimal(value))} pro Monat"
        case RequirementId.TRAININGS:
            return "je 1: " + ", ".join(_TRAININGS.get(t, t) for t in as_texts(value))
        case RequirementId.BACKLINK:
            return "Follow-Link" + ("" if result.mandatory else " (wünschenswert)")
        case _:
            return "erforderlich"


def _actual(requirement: RequirementId, value: Value) -> str:
    match requirement:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return number(as_int(value))
        case RequirementId.REVENUE | RequirementId.MRR:
            return money(as_decimal(value))
        case RequirementId.TRAININGS:
            done = [_TRAININGS.get(t, t) for t in as_texts(value)]
            return ", ".join(done) if done else "keine"
        case RequirementId.BACKLINK:
            return _BACKLINK_ACTUAL.get(str(value), str(value))
        case _:
            return "abgeschlossen" if value is True else "fehlt"


def _charts(evaluation: Evaluation) -> Flowable:
    facts = evaluation.facts
    tiers = _compared(evaluation)
    money_id = (
        RequirementId.MRR
        if any(r.id is RequirementId.MRR for r in evaluation.requirements)
        else RequirementId.REVENUE
    )
    ist = f"Ist {facts.year}"
    amount = facts.mrr if money_id is RequirementId.MRR else facts.revenue
    money_bars = [Bar(ist, amount, money(amount), actual=True)]
    project_bars = [Bar(ist, Decimal(facts.projects), number(facts.projects), actual=True)]
    for tier in tiers:
        for result in evaluation.results_for(tier.id):
            if result.id is money_id:
                money_bars.append(
                    Bar(tier.name, as_decimal(result.required), money(as_decimal(result.required)))
                )
            if result.id is RequirementId.PROJECTS:
                required = as_int(result.required)
                project_bars.append(Bar(tier.name, Decimal(required), number(required)))
    title = "MRR pro Monat" if money_id is RequirementId.MRR else "Umsatz im Jahr"
    width, height = 80 * mm, 48 * mm
    table = Table(
        [
            [
                bar_chart(title, money_bars, width, height),
                bar_chart("Realisierte Projekte", project_bars, width, height),
            ]
        ],
        colWidths=[82.5 * mm, 82.5 * mm],
    )
    table.setStyle(
        table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _missing(evaluation: Evaluation) -> list[Flowable]:
    story: list[Flowable] = [heading("Was fehlt")]
    tier, next_tier = evaluation.tier, evaluation.next_tier
    if tier is not None and evaluation.tier_missing and tier is not next_tier:
        story.append(paragraph(f"Um die Stufe {tier.name} zu halten, fehlen noch:"))
        story += bullets(evaluation.tier_missing)
    if next_tier is None:
        story.append(paragraph("Die höchste Stufe ist erreicht; es fehlt nichts."))
    elif evaluation.missing:
        # the next tier is the current one when that is not held: what it lacks keeps it
        goal = (
            "Um die Stufe {} zu halten, fehlen" if tier is next_tier else "Bis zur Stufe {} fehlen"
        )
        story.append(paragraph(goal.format(next_tier.name) + " noch:"))
        story += bullets(evaluation.missing)
    if evaluation.advice:
        story.append(heading("Hinweise"))
        story += bullets(evaluation.advice)
    return story


def _certifications(evaluation: Evaluation) -> list[Flowable]:
    certifications = evaluation.certifications
    if not certifications:
        return []
    as_of = evaluation.facts.as_of
    warn = evaluation.program.certification_warn_days
    rows: list[list[str | Flowable]] = []
    for cert in certifications:
        if cert.completed_on > as_of:
            status = "nach dem Stichtag, zählt noch nicht"
        elif not cert.valid:
            status = "abgelaufen"
        elif cert.days_left(as_of) <= warn:
            status = _expires(cert.days_left(as_of))
        else:
            status = "gültig"
        rows.append([day(cert.completed_on), day(cert.valid_through), status])
    return [
        heading("Zertifizierungen"),
        data_table(
            ["Schulung abgeschlossen", "Gültig bis", "Status am Stichtag"], rows, [45, 45, 75]
        ),
    ]


def _expires(days_left: int) -> str:
    """Valid through the day itself: its last day "läuft heute ab", never "in 0 Tagen"."""
    if days_left == 0:
        return "läuft heute ab"
    if days_left == 1:
        return "läuft morgen ab"
    return f"läuft in {number(days_left)} Tagen ab"
