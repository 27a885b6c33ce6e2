"""Reading and validating one program rule file (``resources/programs/*.toml``).

The checks go beyond types: discounts name known categories, tiers name known tracks, ranks are
unique within a track, thresholds rise with the rank, MSP-style ``benefits_of`` name real tiers.
A broken file is refused as a whole with the file, the key and what is wrong.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from nspdesk.domain.errors import ProgramFileError
from nspdesk.domain.fields import Fields
from nspdesk.domain.messages import Term
from nspdesk.domain.program import (
    BacklinkRule,
    Benefits,
    Billing,
    Category,
    CommonBenefits,
    Explanations,
    FixedPrice,
    OwnUseLicense,
    Program,
    Requirements,
    SupportContract,
    SupportModel,
    Tier,
    Track,
    Training,
)

SCHEMA_VERSION = 1
FAMILIES = frozenset({"server", "cloud", "msp", "general"})
TRAINING_FORMATS = frozenset({"online", "video"})


def load_program(path: Path) -> Program:
    """Parse and validate one rule file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProgramFileError(
            str(path), "", f"kann nicht gelesen werden: {error.strerror}"
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProgramFileError(str(path), "", "ist nicht UTF-8-kodiert") from None
    except tomllib.TOMLDecodeError as error:
        raise ProgramFileError(str(path), "", f"ist kein gültiges TOML: {error}") from None
    except ValueError:  # tomllib builds an integer of more than 4,300 digits
        raise ProgramFileError(
            str(path), "", "ist kein gültiges TOML: eine Zahl hat zu viele Stellen"
        ) from None
    except RecursionError:
        raise ProgramFileError(
            str(path), "", "ist kein gültiges TOML: zu tief verschachtelt"
        ) from None
    return parse_program(data, str(path))


def parse_program(data: dict[str, object], file: str) -> Program:
    root = Fields(data, "", lambda key, message: ProgramFileError(file, key, message))
    schema = root.integer("schema", minimum=1)
    if schema != SCHEMA_VERSION:
        root.fail(
            "schema",
            f"Version {schema} wird nicht unterstützt (erwartet {SCHEMA_VERSION}); "
            "ist nspdesk aktuell?",
        )
    pricing = root.table("pricing")
    certification = root.table("certification")
    words = _Vocabulary(root)
    categories = _categories(root, words)
    tracks = _tracks(root, words)
    tiers = _tiers(root, categories, tracks, words)
    program = Program(
        edition=root.text("edition"),
        title=words.term(root.text("title")),
        vendor=root.text("vendor"),
        source=root.text("source"),
        valid_from=root.day("valid_from"),
        max_extra_discount=pricing.percent("max_extra_discount"),
        certification_valid_years=certification.integer("valid_years", minimum=1),
        certification_warn_days=certification.integer("warn_days", minimum=0),
        categories=categories,
        tracks=tracks,
        tiers=tiers,
        own_use_licenses=_own_use_licenses(root),
        common_benefits=_common_benefits(root.table("common_benefits"), words),
        support=_support(root.table("support"), words),
        file=file,
        explanations=_explanations(root.table("explanations", optional=True), words),
    )
    words.finish()
    for table in (pricing, certification, root):
        table.finish()
    return program


class _Vocabulary:
    """The file's translations of its German texts: ``[vocabulary.en]``, German text = English.

    Names and sentences a person reads (tiers, categories, tracks, listing and support texts) become
    :class:`Term`\\ s that carry their translations to the UI; printed documents use the German.
    A translation whose German text the file does not use is refused: it has gone stale.
    """

    def __init__(self, root: Fields) -> None:
        self._languages: dict[str, Fields] = {}
        self._entries: dict[str, dict[str, str]] = {}
        if root.has("vocabulary"):
            for language, table in root.subtables("vocabulary"):
                self._languages[language] = table
                self._entries[language] = {german: table.text(german) for german in table.names()}
        self._used: set[str] = set()

    def term(self, german: str) -> Term:
        self._used.add(german)
        return Term(
            german,
            {lang: words[german] for lang, words in self._entries.items() if german in words},
        )

    def finish(self) -> None:
        for language, words in self._entries.items():
            for german in words:
                if german not in self._used:
                    self._languages[language].fail(
                        german, "dieser Text kommt in der Datei nicht (mehr) vor"
                    )


def _categories(root: Fields, words: _Vocabulary) -> dict[str, Category]:
    categories: dict[str, Category] = {}
    for category_id, table in root.subtables("categories"):
        categories[category_id] = Category(
            id=category_id,
            name=words.term(table.text("name")),
            family=table.choice("family", FAMILIES),
            billing=Billing(table.choice("billing", frozenset(b.value for b in Billing))),
            revenue=table.flag("revenue"),
            fixed_price=(
                FixedPrice(table.choice("fixed_price", frozenset(f.value for f in FixedPrice)))
                if table.has("fixed_price")
                else None
            ),
            maintenance=table.text("maintenance") if table.has("maintenance") else None,
        )
        table.finish()
    if not categories:
        root.fail("categories", "enthält keine Kategorie")
    for category_id, category in categories.items():
        _check_maintenance(root, categories, category_id, category.maintenance)
    return categories


def _check_maintenance(
    root: Fields, categories: dict[str, Category], category_id: str, maintenance: str | None
) -> None:
    """A category's ``maintenance`` names another known category, one that needs none itself."""
    if maintenance is None:
        return
    key = f"categories.{category_id}.maintenance"
    target = categories.get(maintenance)
    if target is None:
        root.fail(key, f"unbekannte Kategorie {maintenance!r} (bekannt: {', '.join(categories)})")
    if target.maintenance is not None:  # itself included
        root.fail(key, f"{maintenance!r} kann nicht selbst die Wartung sein")


def _tracks(root: Fields, words: _Vocabulary) -> dict[str, Track]:
    tracks: dict[str, Track] = {}
    for track_id, table in root.subtables("tracks"):
        tracks[track_id] = Track(
            id=track_id,
            name=words.term(table.text("name")),
            sells=frozenset(table.text_list("sells", FAMILIES)),
            trainings=table.choice("trainings", TRAINING_FORMATS),
            revenue_counts=_optional_text(table, "revenue_counts", words),
        )
        table.finish()
    return tracks


def _tiers(
    root: Fields, categories: dict[str, Category], tracks: dict[str, Track], words: _Vocabulary
) -> dict[str, Tier]:
    tiers: dict[str, Tier] = {}
    for tier_id, table in root.subtables("tiers"):
        track = table.choice("track", frozenset(tracks))
        discounts_table = table.table("discounts", optional=True)
        discounts = {}
        for category_id in discounts_table.names():
            if category_id not in categories:
                discounts_table.fail(
                    category_id, f"unbekannte Kategorie (bekannt: {', '.join(categories)})"
                )
            if categories[category_id].fixed_price is not None:
                discounts_table.fail(
                    category_id, "die Kategorie hat einen festen Preis des Programms, keinen Rabatt"
                )
            discounts[category_id] = discounts_table.percent(category_id)
        discounts_table.finish()
        tier = Tier(
            id=tier_id,
            name=words.term(table.text("name")),
            track=track,
            rank=table.integer("rank", minimum=1),
            requirements=_requirements(table.table("requirements", optional=True)),
            discounts=discounts,
            benefits=_benefits(table.table("benefits", optional=True), words),
            granted_by_vendor=table.flag("granted_by_vendor", default=False),
            benefits_of=tuple(table.text_list("benefits_of", default=[])),
            notes=_notes(table, words),
        )
        for category_id in discounts:
            if categories[category_id].family not in tracks[track].sells:
                discounts_table.fail(
                    category_id,
                    f"Rabatt für eine Kategorie, die die Spur {track!r} nicht verkaufen darf",
                )
        table.finish()
        tiers[tier_id] = tier
    _check_ladders(root, tiers)
    return tiers


def _requirements(table: Fields) -> Requirements:
    revenue = table.amount("revenue", default=None) if table.has("revenue") else None
    mrr = table.amount("mrr", default=None) if table.has("mrr") else None
    if revenue is not None and mrr is not None:
        table.fail("mrr", "eine Stufe verlangt Umsatz (revenue) oder MRR, nicht beides")
    requirements = Requirements(
        projects=table.integer("projects", default=0),
        revenue=revenue,
        mrr=mrr,
        trainings=frozenset(
            Training(t)
            for t in table.text_list("trainings", frozenset(t.value for t in Training), default=[])
        ),
        certified_technicians=table.integer("certified_technicians", default=0),
        backlink=BacklinkRule(
            table.choice(
                "backlink",
                frozenset(r.value for r in BacklinkRule),
                default=BacklinkRule.NONE.value,
            )
        ),
        service_agreement=table.flag("service_agreement", default=False),
    )
    table.finish()
    return requirements


def _benefits(table: Fields, words: _Vocabulary) -> Benefits:
    benefits = Benefits(
        nfr_users=table.integer("nfr_users", default=0),
        marketing_budget=table.amount("marketing_budget", default="0"),
        leads=table.flag("leads", default=False),
        listing=words.term(table.text("listing", default="–")),
        customer_success_management=table.flag("customer_success_management", default=False),
    )
    table.finish()
    return benefits


def _check_ladders(root: Fields, tiers: dict[str, Tier]) -> None:
    """Ranks unique per track, thresholds not falling with the rank, benefits_of pointing at tiers."""
    by_track: dict[str, list[Tier]] = {}
    for tier in tiers.values():
        by_track.setdefault(tier.track, []).append(tier)
        for other in tier.benefits_of:
            if other not in tiers:
                root.fail(f"tiers.{tier.id}.benefits_of", f"unbekannte Stufe {other!r}")
        if tier.granted_by_vendor and not tier.benefits_of:
            root.fail(
                f"tiers.{tier.id}.benefits_of",
                "eine vom Hersteller vergebene Stufe braucht die Stufen, deren Leistungen gelten",
            )
    for ladder in by_track.values():
        ladder.sort(key=lambda t: t.rank)
        for lower, upper in pairwise(ladder):
            if lower.rank == upper.rank:
                root.fail(
                    f"tiers.{upper.id}.rank",
                    f"Rang {upper.rank} ist schon an {lower.id!r} vergeben",
                )
            low, up = lower.requirements, upper.requirements
            pairs: list[tuple[str, Decimal | int, Decimal | int]] = [
                ("projects", low.projects, up.projects),
                ("certified_technicians", low.certified_technicians, up.certified_technicians),
            ]
            if low.revenue is not None and up.revenue is not None:
                pairs.append(("revenue", low.revenue, up.revenue))
            if low.mrr is not None and up.mrr is not None:
                pairs.append(("mrr", low.mrr, up.mrr))
            for name, low_value, up_value in pairs:
                if up_value < low_value:
                    root.fail(
                        f"tiers.{upper.id}.requirements.{name}",
                        f"{up_value} liegt unter dem Wert der niedrigeren Stufe {lower.id!r} ({low_value})",
                    )


def _own_use_licenses(root: Fields) -> tuple[OwnUseLicense, ...]:
    licenses = []
    for table in root.array_of_tables("own_use_licenses"):
        licenses.append(
            OwnUseLicense(users=table.integer("users", minimum=1), price=table.amount("price"))
        )
        table.finish()
    if len({lic.users for lic in licenses}) != len(licenses):
        root.fail("own_use_licenses", "dieselbe Nutzerzahl steht mehrfach")
    if len({lic.price for lic in licenses}) != len(licenses):
        # A stored own-use line keeps its price, not its size: the price must name the size.
        root.fail("own_use_licenses", "derselbe Preis steht mehrfach")
    return tuple(sorted(licenses, key=lambda lic: lic.users))


def _common_benefits(table: Fields, words: _Vocabulary) -> CommonBenefits:
    benefits = CommonBenefits(
        marketing_material=table.flag("marketing_material"),
        newsletter=words.term(table.text("newsletter")),
        free_support_calls_per_year=table.integer("free_support_calls_per_year"),
    )
    table.finish()
    return benefits


def _support(table: Fields, words: _Vocabulary) -> SupportModel:
    contracts = []
    for contract_id, contract in table.subtables("contracts"):
        contracts.append(
            SupportContract(
                id=contract_id,
                name=words.term(contract.text("name")),
                audience=words.term(contract.text("for")),
                covers=words.term(contract.text("covers")),
                billing=words.term(contract.text("billing")),
            )
        )
        contract.finish()
    support = SupportModel(
        first_level=words.term(table.text("first_level")),
        second_level=words.term(table.text("second_level")),
        weekdays=tuple(table.text_list("weekdays")),
        opens=table.text("opens"),
        closes=table.text("closes"),
        holidays=table.text("holidays"),
        after_free_calls=words.term(table.text("after_free_calls")),
        maintenance_required=words.term(table.text("maintenance_required")),
        reseller_only=words.term(table.text("reseller_only")),
        contracts=tuple(contracts),
        partner_duties=_optional_text(table, "partner_duties", words),
        training_expectation=_optional_text(table, "training_expectation", words),
        fault_reports=_optional_text(table, "fault_reports", words),
        knowledge_base=_optional_text(table, "knowledge_base", words),
        operations_support=_optional_text(table, "operations_support", words),
    )
    table.finish()
    return support


def _explanations(table: Fields, words: _Vocabulary) -> Explanations:
    explanations = Explanations(
        customer_success_management=_optional_text(table, "customer_success_management", words)
    )
    table.finish()
    return explanations


def _optional_text(table: Fields, name: str, words: _Vocabulary) -> str:
    """A text a file may leave out (older editions have none); present, it must say something."""
    return words.term(table.text(name)) if table.has(name) else ""


def _notes(table: Fields, words: _Vocabulary) -> tuple[str, ...]:
    """A tier's sentences beyond its numbers: a list of texts, none of them empty."""
    notes = table.text_list("notes", default=[])
    for index, note in enumerate(notes):
        if not note.strip():
            table.fail(f"notes[{index}]", "darf nicht leer sein")
    return tuple(words.term(note) for note in notes)
