"""The program's words beside its numbers, as sections the overview PDF and the program view share.

The tables compare numbers; what the brochure says in sentences (what counts towards the revenue
threshold, how a tier orders and is qualified, what Customer Success Management offers, the
partner's part in supporting end customers, what a Managed Service Partner does) comes from the
rule file's texts and is grouped here once, so the app and the PDF say the same things in the same
order. Headings are :class:`Text`\\ s (German, translatable); the texts are the file's terms.
A text the file leaves out (an older edition) is left out here too, and so is a section without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Text
from nspdesk.domain.program import Program, Tier


@dataclass(frozen=True)
class Section:
    heading: str  # a Text
    texts: tuple[str, ...]  # rule-file terms or Texts, one paragraph each


REVENUE = QT_TRANSLATE_NOOP("ProgramTexts", "Was zur Umsatzschwelle zählt")
TIERS = QT_TRANSLATE_NOOP("ProgramTexts", "Hinweise zu den Stufen")
CUSTOMER_SUCCESS = QT_TRANSLATE_NOOP("ProgramTexts", "Customer Success Management")
END_CUSTOMERS = QT_TRANSLATE_NOOP("ProgramTexts", "Endkunden-Support")
GRANTED = QT_TRANSLATE_NOOP(
    "ProgramTexts",
    "Den Status {tier} vergibt ausschließlich die {vendor} direkt (besondere Anforderungen und "
    "Mindestabnahmen). Rabatte und Leistungen entsprechen je nach Umsatz denen der Stufe {levels}.",
)
EITHER = QT_TRANSLATE_NOOP("ProgramTexts", " oder ")


def revenue_counts(program: Program, track_id: str) -> Section:
    """What counts towards the threshold of ``track_id`` (no texts: the file does not say)."""
    return Section(REVENUE, _said(program.tracks[track_id].revenue_counts))


def track_sections(program: Program, track_id: str) -> list[Section]:
    """What the overview of ``track_id`` says in sentences, after its tables (what counts towards
    the threshold stands beside the requirements: :func:`revenue_counts`)."""
    track = program.tracks[track_id]
    tiers = [t for t in program.tiers_of_track(track_id) if not t.granted_by_vendor]
    support = program.support
    sections = [Section(TIERS, tuple(note for tier in tiers for note in tier.notes))]
    if any(t.benefits.customer_success_management for t in tiers):
        explained = program.explanations.customer_success_management
        sections.append(Section(CUSTOMER_SUCCESS, _said(explained)))
    if "server" in track.sells:
        # The brochure's "Endkunden-Support": NoSpamProxy Server is sold with maintenance, the
        # partner installs, runs and gives first level support, resellers sell it with an HSV.
        duties = (
            support.maintenance_required,
            support.partner_duties,
            support.reseller_only,
            support.training_expectation,
            support.fault_reports,
        )
        sections.append(Section(END_CUSTOMERS, _said(*duties)))
    return [s for s in sections if s.texts]


def vendor_granted_sections(program: Program) -> list[Section]:
    """One section per tier only the vendor grants (Managed Service Partner): its notes, then who
    grants it and whose benefits apply."""
    return [
        Section(tier.name, (*tier.notes, granted(program, tier)))
        for tier in program.tiers.values()
        if tier.granted_by_vendor
    ]


def granted(program: Program, tier: Tier) -> Text:
    levels = Listing((program.tier(t).name for t in tier.benefits_of), EITHER)
    return GRANTED.format(tier=tier.name, vendor=program.vendor, levels=levels)


def _said(*texts: str) -> tuple[str, ...]:
    return tuple(t for t in texts if t)
