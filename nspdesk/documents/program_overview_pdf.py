"""Programmübersicht: the partner program at a glance, generated from the rules of one edition.

One part per track: Server und Cloud, Cloud-only, and the support model. Every number comes from
the ``Program``; a later edition prints its own numbers without a code change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from nspdesk.documents.blocks import (
    bullets,
    comparison_table,
    data_table,
    heading,
    label_value_table,
    note,
    paragraph,
    title_block,
)
from nspdesk.documents.din5008 import Metadata, build_pdf
from nspdesk.documents.letterhead import PageLayout
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.formatting import day, money, number, percent
from nspdesk.domain.letterhead import Sender
from nspdesk.domain.program import BacklinkRule, Program, Tier, Training
from nspdesk.domain.program_texts import (
    Section,
    revenue_counts,
    track_sections,
    vendor_granted_sections,
)

PART_TITLES = {
    "server": "Server- und Cloud-Partner",
    "cloud": "Cloud-only-Partner",
    "support": "Supportmodell",
}
_FAMILY_NAMES = {"server": "NoSpamProxy Server", "cloud": "NoSpamProxy Cloud"}
# ISO 3166-2 regions whose public holidays close the hotline, as German readers name them.
_REGIONS = {
    "DE-BW": "Baden-Württemberg",
    "DE-BY": "Bayern",
    "DE-BE": "Berlin",
    "DE-BB": "Brandenburg",
    "DE-HB": "Bremen",
    "DE-HH": "Hamburg",
    "DE-HE": "Hessen",
    "DE-MV": "Mecklenburg-Vorpommern",
    "DE-NI": "Niedersachsen",
    "DE-NW": "Nordrhein-Westfalen",
    "DE-RP": "Rheinland-Pfalz",
    "DE-SL": "Saarland",
    "DE-SN": "Sachsen",
    "DE-ST": "Sachsen-Anhalt",
    "DE-SH": "Schleswig-Holstein",
    "DE-TH": "Thüringen",
}


def program_overview_pdf(program: Program, parts: Sequence[str], sender: Sender, on: date) -> bytes:
    """The overview of ``parts`` (``server``, ``cloud``, ``support``), each starting a page."""
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        if part == "support":
            story.extend(support_part(program, on))
        else:
            story.extend(track_part(program, part, on))
    names = ", ".join(PART_TITLES[p] for p in parts)
    layout = PageLayout(sender=sender, short_title=f"Programmübersicht {program.title}")
    metadata = Metadata(
        title=f"Programmübersicht {program.title}",
        author=sender.company,
        subject=f"{program.title}: {names}",
        keywords=("Partnerprogramm", "NoSpamProxy", program.edition),
    )
    return build_pdf(story, metadata, layout.first_page, layout.later_pages, letter=False)


def _subtitle(program: Program, on: date) -> str:
    return f"{program.title} · gültig ab {day(program.valid_from)} · Stand {day(on)}"


def track_part(program: Program, track_id: str, on: date) -> list[Flowable]:
    track = program.tracks[track_id]
    tiers = [t for t in program.tiers_of_track(track_id) if not t.granted_by_vendor]
    names = [t.name for t in tiers]
    sells = [_FAMILY_NAMES[f] for f in sorted(track.sells, reverse=True) if f in _FAMILY_NAMES]
    only = "" if len(sells) > 1 else "ausschließlich "
    story: list[Flowable] = title_block(
        f"Programmübersicht: {PART_TITLES[track_id]}", _subtitle(program, on)
    )
    story.append(
        paragraph(
            f"Partner der Stufen {_join(names)} vertreiben {only}{_join(sells)}. Die Anforderungen "
            "werden einmal jährlich zu Jahresbeginn anhand des Geschäfts im vorangegangenen "
            "Kalenderjahr geprüft."
        )
    )
    story += [heading("Anforderungen je Kalenderjahr"), requirements_table(program, tiers)]
    for text in revenue_counts(program, track_id).texts:
        story += [Spacer(1, 1.5 * mm), note(text)]
    story += [CondPageBreak(50 * mm), heading("Rabatte"), discounts_table(program, tiers)]
    story += [CondPageBreak(50 * mm), heading("Leistungen"), benefits_table(tiers)]
    story += _common(program)
    sections = track_sections(program, track_id)
    if "server" in track.sells:  # the tiers only the vendor grants run NoSpamProxy Server
        sections += vendor_granted_sections(program)
    for section in sections:
        story += _section(section)
    return story


def _section(section: Section) -> list[Flowable]:
    """A heading with its paragraphs; kept with its first lines at a page's foot."""
    return [CondPageBreak(30 * mm), heading(section.heading)] + [
        paragraph(text) for text in section.texts
    ]


def requirements_table(program: Program, tiers: Sequence[Tier]) -> Flowable:
    rows: list[tuple[str, list[str]]] = [
        ("Realisierte Projekte", [f"mind. {t.requirements.projects}" for t in tiers])
    ]
    if any(t.requirements.revenue is not None for t in tiers):
        rows.append(
            (
                "Umsatz",
                [
                    f"{money(t.requirements.revenue)} p. a." if t.requirements.revenue else "–"
                    for t in tiers
                ],
            )
        )
    if any(t.requirements.mrr is not None for t in tiers):
        rows.append(
            (
                "Monatlich wiederkehrender Umsatz (MRR)",
                [
                    f"{money(t.requirements.mrr)} pro Monat" if t.requirements.mrr else "–"
                    for t in tiers
                ],
            )
        )
    rows.append(("Vertriebs- und Techniktraining", [_trainings(program, t) for t in tiers]))
    if any(t.requirements.certified_technicians for t in tiers):
        rows.append(
            (
                "Zertifizierte Techniker (Administratorenschulung, "
                f"gültig {program.certification_valid_years} Jahre)",
                [
                    f"mind. {t.requirements.certified_technicians}"
                    if t.requirements.certified_technicians
                    else "–"
                    for t in tiers
                ],
            )
        )
    backlink = {
        BacklinkRule.REQUIRED: "Pflicht",
        BacklinkRule.DESIRABLE: "wünschenswert",
        BacklinkRule.NONE: "–",
    }
    rows.append(
        (
            "Nennung auf der eigenen Website mit Follow-Link auf www.nospamproxy.de",
            [backlink[t.requirements.backlink] for t in tiers],
        )
    )
    rows.append(
        (
            f"Basis-Servicevereinbarung mit der {program.vendor}",
            ["Pflicht" if t.requirements.service_agreement else "–" for t in tiers],
        )
    )
    return comparison_table([t.name for t in tiers], rows)


def _trainings(program: Program, tier: Tier) -> str:
    trainings = tier.requirements.trainings
    if not trainings:
        return "–"
    video = program.tracks[tier.track].trainings == "video"
    kind = "als Video" if video else "online"
    if trainings == frozenset(Training):
        return f"je 1 {kind}"
    names = {Training.SALES: "Vertrieb", Training.TECHNICAL: "Technik"}
    return f"1 {kind}: " + ", ".join(names[t] for t in Training if t in trainings)


def discounts_table(program: Program, tiers: Sequence[Tier]) -> Flowable:
    rows = []
    for category in program.categories.values():
        values = [t.discount_for(category.id) for t in tiers]
        if any(v > ZERO for v in values):
            rows.append((category.name, [percent(v) if v > ZERO else "–" for v in values]))
    return comparison_table([t.name for t in tiers], rows)


def benefits_table(tiers: Sequence[Tier]) -> Flowable:
    rows: list[tuple[str, list[str]]] = [
        ("Kostenlose NFR-Lizenz", [f"{number(t.benefits.nfr_users)} Benutzer" for t in tiers]),
        (
            "Marketingbudget (nach Absprache)",
            [
                f"{money(t.benefits.marketing_budget)} p. a."
                if t.benefits.marketing_budget > ZERO
                else "–"
                for t in tiers
            ],
        ),
        (
            "Leads aus dem Marketing des Herstellers",
            [
                "ja (ohne Anspruch auf Menge und Qualität)" if t.benefits.leads else "–"
                for t in tiers
            ],
        ),
        ("Listung", [t.benefits.listing or "–" for t in tiers]),
    ]
    if any(t.benefits.customer_success_management for t in tiers):
        rows.append(
            (
                "Customer Success Management",
                ["ja" if t.benefits.customer_success_management else "–" for t in tiers],
            )
        )
    return comparison_table([t.name for t in tiers], rows)


def _common(program: Program) -> list[Flowable]:
    common = program.common_benefits
    items = []
    if common.marketing_material:
        items.append("Marketingmaterial")
    if common.newsletter:
        items.append(common.newsletter)
    if common.free_support_calls_per_year:
        items.append(
            f"{common.free_support_calls_per_year} kostenlose Second-Level-Support-Calls pro Jahr"
        )
    if program.own_use_licenses:
        prices = ", ".join(
            f"{number(lic.users)} Benutzer {money(lic.price)}" for lic in program.own_use_licenses
        )
        items.append(f"Eigenbedarfs-Lizenzen pro Jahr: {prices}")
    return [heading("Für alle Stufen"), *bullets(items)]


def support_part(program: Program, on: date) -> list[Flowable]:
    support = program.support
    region = _REGIONS.get(support.holidays, support.holidays)
    hours = (
        f"{_weekdays(support.weekdays)} {support.opens}–{support.closes} Uhr, außer an den "
        f"gesetzlichen Feiertagen in {region}"
    )
    story: list[Flowable] = title_block("Programmübersicht: Supportmodell", _subtitle(program, on))
    story.append(heading("Wer hilft wann"))
    levels = [("First Level Support", support.first_level)]
    if support.knowledge_base:
        levels.append(("Knowledge Base", support.knowledge_base))
    levels += [
        ("Second Level Support", support.second_level),
        ("Erreichbarkeit Second Level", hours),
    ]
    if support.operations_support:
        levels.append(("Betriebsunterstützung", support.operations_support))
    story.append(label_value_table(levels))
    story.append(heading("Verträge"))
    story.append(
        data_table(
            ["Vertrag", "Für", "Leistung", "Abrechnung"],
            [[f"{c.id} – {c.name}", c.audience, c.covers, c.billing] for c in support.contracts],
            [42, 22, 56, 45],
        )
    )
    calls = program.common_benefits.free_support_calls_per_year
    story.append(heading("Support-Calls"))
    story.append(
        paragraph(
            f"Jeder Partner hat {calls} kostenlose Second-Level-Support-Calls pro Jahr. "
            f"{support.after_free_calls} Calls außerhalb dieser Vereinbarungen werden laut "
            "Preisliste berechnet."
        )
    )
    story.append(heading("Hinweise"))
    notes = (
        support.maintenance_required,
        support.partner_duties,
        support.reseller_only,
        support.training_expectation,
        support.fault_reports,
    )
    story += bullets([s for s in notes if s])
    return story


def _weekdays(days: Sequence[str]) -> str:
    if len(days) > 2:
        return f"{days[0]}–{days[-1]}"
    return ", ".join(days)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} und {items[-1]}"
