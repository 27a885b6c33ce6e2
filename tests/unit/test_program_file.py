"""A broken rule file is refused whole, with the file, the key and what is wrong."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError, ProgramFileError
from nspdesk.domain.messages import Term
from nspdesk.domain.program_file import load_program, parse_program


def write(tmp_path: Path, text: str, name: str = "edition.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


BROKEN = [
    # (what is changed, replacement, expected key, words in the message)
    ("schema = 1", "schema = 2", "schema", "Version 2"),
    ('edition = "2024"\n', "", "edition", "fehlt"),
    ("valid_from = 2024-01-01", 'valid_from = "Januar"', "valid_from", "JJJJ-MM-TT"),
    ("valid_from = 2024-01-01", "valid_from = 2024-01-01T08:00:00", "valid_from", "ein Datum"),
    (
        'max_extra_discount = "10"',
        "max_extra_discount = 10.5",
        "pricing.max_extra_discount",
        "Dezimal",
    ),
    (
        'max_extra_discount = "10"',
        'max_extra_discount = "150"',
        "pricing.max_extra_discount",
        "höchstens 100",
    ),
    (
        'server-license = "25"',
        'server-license = "abc"',
        "tiers.business.discounts.server-license",
        "keine Zahl",
    ),
    (
        'server-license = "25"',
        'server-licence = "25"',
        "tiers.business.discounts.server-licence",
        "unbekannte Kategorie",
    ),
    (
        "[tiers.business.discounts]",
        "[tiers.business.discount]",
        "tiers.business.discount",
        "unbekannter Schlüssel",
    ),
    ("projects = 3\n", 'projects = "drei"\n', "tiers.business.requirements.projects", "ganze Zahl"),
    ("projects = 3\n", "projects = true\n", "tiers.business.requirements.projects", "ganze Zahl"),
    (
        "projects = 5\n",
        "projects = 2\n",
        "tiers.premium.requirements.projects",
        "niedrigeren Stufe",
    ),
    (
        'revenue = "50000.00"',
        'revenue = "10000.00"',
        "tiers.premium.requirements.revenue",
        "niedrigeren Stufe",
    ),
    (
        'mrr = "4000.00"',
        'mrr = "100.00"',
        "tiers.premium-cloud.requirements.mrr",
        "niedrigeren Stufe",
    ),
    ("rank = 2\n", "rank = 1\n", "tiers.business.rank", "schon an 'authorized'"),
    ('track = "server"', 'track = "servr"', "tiers.authorized.track", "unbekannter Wert 'servr'"),
    (
        'backlink = "required"',
        'backlink = "maybe"',
        "tiers.business.requirements.backlink",
        "erlaubt",
    ),
    (
        'trainings = ["sales", "technical"]',
        'trainings = ["sales", "sales"]',
        "tiers.authorized.requirements.trainings",
        "doppelt",
    ),
    (
        'trainings = ["sales", "technical"]',
        'trainings = ["sales", 3]',
        "tiers.authorized.requirements.trainings[1]",
        "erwartet Text",
    ),
    (
        'sells = ["cloud", "general"]',
        'sells = ["cloud", "tape"]',
        "tracks.cloud.sells[1]",
        "unbekannter Wert 'tape'",
    ),
    (
        'family = "server"',
        'family = "hardware"',
        "categories.server-license.family",
        "unbekannter Wert",
    ),
    (
        'benefits_of = ["business", "premium"]',
        'benefits_of = ["business", "gold"]',
        "tiers.msp.benefits_of",
        "unbekannte Stufe 'gold'",
    ),
    (
        'benefits_of = ["business", "premium"]',
        "benefits_of = []",
        "tiers.msp.benefits_of",
        "braucht",
    ),
    ("\nusers = 25\n", "\nusers = 10\n", "own_use_licenses", "mehrfach"),
    # A stored own-use line keeps its price: two sizes at one price could not be told apart.
    ('price = "249.00"', 'price = "99.00"', "own_use_licenses", "derselbe Preis"),
    (
        'maintenance = "server-maintenance"',
        'maintenance = "server-wartung"',
        "categories.server-license.maintenance",
        "unbekannte Kategorie 'server-wartung'",
    ),
    (
        'maintenance = "server-maintenance"',
        'maintenance = "server-license"',
        "categories.server-license.maintenance",
        "kann nicht selbst die Wartung sein",
    ),
    (
        'fixed_price = "own-use"',
        'fixed_price = "free"',
        "categories.own-use-license.fixed_price",
        "unbekannter Wert",
    ),
    (
        '[tiers.premium.discounts]\nserver-license = "30"',
        '[tiers.premium.discounts]\nserver-license = "30"\nown-use-license = "10"',
        "tiers.premium.discounts.own-use-license",
        "festen Preis",
    ),
    ("\nusers = 25\n", "\nusers = 0\n", "own_use_licenses[1].users", "mindestens 1"),
    ('name = "Hersteller-Supportvertrag"', 'name = ""', "support.contracts.HSV.name", "leer"),
    (
        '[tiers.authorized.requirements]\nprojects = 1\nrevenue = "2000.00"',
        '[tiers.authorized.requirements]\nprojects = 1\nrevenue = "2000.00"\nmrr = "1.00"',
        "tiers.authorized.requirements.mrr",
        "nicht beides",
    ),
    (
        '[tiers.authorized-cloud.discounts]\ncloud-service = "10"',
        '[tiers.authorized-cloud.discounts]\ncloud-service = "10"\nserver-license = "5"',
        "tiers.authorized-cloud.discounts.server-license",
        "nicht verkaufen",
    ),
    ("[pricing]", "pricing = 3\n[pricingx]", "pricing", "Tabelle"),
    (
        "warn_days = 90",
        'warn_days = 90\ncolour = "blue"',
        "certification.colour",
        "unbekannter Schlüssel",
    ),
    # The texts beside the numbers: optional, but never empty or misspelt when given.
    (
        'revenue_counts = "Auf die MRR',
        'revenue_counts = " "\nx = "Auf die MRR',
        "tracks.cloud.revenue_counts",
        "leer",
    ),
    ("notes = [\n", 'notes = [" ",\n', "tiers.authorized.notes[0]", "leer"),
    ("notes = [\n", "notes = [3,\n", "tiers.authorized.notes[0]", "erwartet Text"),
    ("fault_reports = ", "fault_report = ", "support.fault_report", "unbekannter Schlüssel"),
    (
        'customer_success_management = "Das',
        'customer_success = "Das',
        "explanations.customer_success",
        "unbekannter Schlüssel",
    ),
]


@pytest.mark.parametrize(("old", "new", "key", "words"), BROKEN, ids=[b[2] for b in BROKEN])
def test_broken_file_names_key(
    tmp_path: Path, program_text: str, old: str, new: str, key: str, words: str
) -> None:
    path = write(tmp_path, replace_once(program_text, old, new))
    with pytest.raises(ProgramFileError) as caught:
        load_program(path)
    assert caught.value.file == str(path)
    assert caught.value.key == key
    assert words in caught.value.message
    assert str(path) in str(caught.value)


def test_array_of_tables_holds_tables(program_text: str) -> None:
    data = tomllib.loads(program_text)
    data["own_use_licenses"] = [1]
    with pytest.raises(ProgramFileError) as caught:
        parse_program(data, "x.toml")
    assert caught.value.key == "own_use_licenses[0]"
    assert "Tabelle" in caught.value.message


def test_categories_must_not_be_empty(tmp_path: Path, program_text: str) -> None:
    start = program_text.index("[categories.server-license]")
    end = program_text.index("[tracks.server]")
    text = program_text[:start] + "[categories]\n" + program_text[end:]
    with pytest.raises(ProgramFileError, match="keine Kategorie"):
        load_program(write(tmp_path, text))


def test_not_toml(tmp_path: Path) -> None:
    with pytest.raises(ProgramFileError, match="kein gültiges TOML"):
        load_program(write(tmp_path, "tiers = [\n"))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Übersicht"'.encode("latin-1"))
    with pytest.raises(ProgramFileError, match="nicht UTF-8"):
        load_program(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProgramFileError, match="kann nicht gelesen werden"):
        load_program(tmp_path / "nope.toml")


def later_edition(program_text: str) -> str:
    """A fictitious 2027 edition: Business new-licence discount 27 %."""
    text = replace_once(program_text, 'edition = "2024"', 'edition = "2027"')
    text = replace_once(text, "valid_from = 2024-01-01", "valid_from = 2027-01-01")
    return replace_once(text, 'server-license = "25"', 'server-license = "27"')


def test_edition_picked_by_date(tmp_path: Path, program_text: str) -> None:
    write(tmp_path, program_text, "2024.toml")
    write(tmp_path, later_edition(program_text), "2027.toml")
    library = ProgramLibrary.from_directory(tmp_path)
    assert [p.edition for p in library.editions] == ["2024", "2027"]
    assert library.edition_for(date(2026, 12, 31)).edition == "2024"
    assert library.edition_for(date(2027, 1, 1)).edition == "2027"
    assert (
        library.edition_for(date(2027, 1, 1)).tier("business").discount_for("server-license") == 27
    )
    assert library.edition("2024").tier("business").discount_for("server-license") == 25
    with pytest.raises(InputError, match="vor dem Beginn"):
        library.edition_for(date(2023, 12, 31))
    with pytest.raises(InputError, match="unbekannte Edition"):
        library.edition("1999")


def test_two_editions_same_start_refused(tmp_path: Path, program_text: str) -> None:
    write(tmp_path, program_text, "a.toml")
    write(tmp_path, replace_once(program_text, 'edition = "2024"', 'edition = "2024b"'), "b.toml")
    with pytest.raises(ProgramFileError, match="gilt schon"):
        ProgramLibrary.from_directory(tmp_path)


def test_empty_directory_refused(tmp_path: Path) -> None:
    with pytest.raises(ProgramFileError, match="keine Programmdatei"):
        ProgramLibrary.from_directory(tmp_path)
    with pytest.raises(ProgramFileError, match="keine Programmdatei"):
        ProgramLibrary([])


def test_texts_carry_their_english_from_the_vocabulary(program_text: str) -> None:
    program = parse_program(tomllib.loads(program_text), "x.toml")
    other = program.categories["other"].name
    audience = program.support.contracts[0].audience
    assert isinstance(other, Term) and isinstance(audience, Term)
    assert other == "Sonstiges"  # German wherever it is printed
    assert other.translations == {"en": "Other"}
    assert audience.translations["en"] == "End customers"


def test_every_text_of_the_edition_has_its_english(program_text: str) -> None:
    """The rule file is complete for the English UI: every term with words has a translation."""
    program = parse_program(tomllib.loads(program_text), "x.toml")
    terms: list[Term] = []

    def walk(value: object) -> None:
        if isinstance(value, Term):
            terms.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple | list | frozenset):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(program)
    assert len(terms) > 30
    lacking = sorted(
        {str(t) for t in terms if any(c.isalpha() for c in t) and "en" not in t.translations}
    )
    assert not lacking, lacking


def test_a_stale_translation_is_refused(tmp_path: Path, program_text: str) -> None:
    text = replace_once(program_text, '"Sonstiges" = "Other"', '"Sonstige" = "Other"')
    with pytest.raises(ProgramFileError) as caught:
        load_program(write(tmp_path, text))
    assert caught.value.key == "vocabulary.en.Sonstige"
    assert "nicht (mehr) vor" in caught.value.message


def test_a_file_without_vocabulary_loads_in_german(program_text: str) -> None:
    data = tomllib.loads(program_text)
    del data["vocabulary"]
    program = parse_program(data, "x.toml")
    name = program.categories["other"].name
    assert isinstance(name, Term) and name.translations == {}


def test_the_texts_beside_the_numbers_are_optional(program_text: str) -> None:
    """A rule file from before the overview's texts loads: each text is empty, no note."""
    data = tomllib.loads(program_text)
    for track in data["tracks"].values():
        track.pop("revenue_counts", None)
    for tier in data["tiers"].values():
        tier.pop("notes", None)
    for key in (
        "partner_duties",
        "training_expectation",
        "fault_reports",
        "knowledge_base",
        "operations_support",
    ):
        del data["support"][key]
    del data["explanations"]
    del data["vocabulary"]
    older = parse_program(data, "older.toml")
    assert all(t.revenue_counts == "" for t in older.tracks.values())
    assert all(t.notes == () for t in older.tiers.values())
    assert older.support.partner_duties == older.support.operations_support == ""
    assert older.explanations.customer_success_management == ""


def test_the_texts_of_2024_are_terms_with_their_english(program: object) -> None:
    from nspdesk.domain.program import Program

    assert isinstance(program, Program)
    msp = program.tier("msp")
    assert len(msp.notes) == 2 and all(isinstance(n, Term) for n in msp.notes)
    assert "multi-tenant" in msp.notes[0].translations["en"]  # type: ignore[attr-defined]
    assert program.tracks["server"].revenue_counts.startswith("Auf die Umsatzschwelle")
    assert program.tracks["msp"].revenue_counts == ""


def test_a_number_python_cannot_build_is_refused(tmp_path: Path) -> None:
    """tomllib refuses integers of more than 4,300 digits with a ValueError of its own."""
    with pytest.raises(ProgramFileError, match="eine Zahl hat zu viele Stellen"):
        load_program(write(tmp_path, "schema = " + "1" * 5000 + "\n"))


def test_nesting_too_deep_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProgramFileError, match="zu tief verschachtelt"):
        load_program(write(tmp_path, "x = " + "[" * 100_000 + "\n"))
