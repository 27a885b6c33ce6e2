"""Texts of the domain: German as a ``str``, and renderable in the UI's language from the catalog."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from nspdesk.domain import formatting
from nspdesk.domain.messages import (
    DEFAULT_LOCALE,
    GERMAN,
    QT_TRANSLATE_NOOP,
    Listing,
    Moment,
    Money,
    Percent,
    Term,
    Text,
    plural,
    render,
)

BERLIN = ZoneInfo("Europe/Berlin")
GAP = QT_TRANSLATE_NOOP("Test", "Es fehlen {amount} bis zum {day}.")
ONE = QT_TRANSLATE_NOOP("Test", "1 weiteres Projekt")
MANY = QT_TRANSLATE_NOOP("Test", "{n} weitere Projekte")


@dataclass(frozen=True)
class English:
    """A stand-in for the UI's Qt catalog."""

    catalog: dict[str, str]
    language: str = "en"
    locale: str = "en_GB"

    def text(self, context: str, source: str) -> str:
        assert context == "Test"
        return self.catalog.get(source, source)


ENGLISH = English(
    {
        "Es fehlen {amount} bis zum {day}.": "{amount} missing by {day}.",
        "1 weiteres Projekt": "1 more project",
        "{n} weitere Projekte": "{n} more projects",
        "Fehlt: {what}": "Missing: {what}",
        " oder ": " or ",
    }
)


def test_a_text_is_its_german_wording() -> None:
    text = GAP.format(amount=Money(Decimal("1234.5")), day=date(2026, 11, 25))
    assert text == "Es fehlen 1.234,50\xa0€ bis zum 25.11.2026."
    assert isinstance(text, str)
    assert f"{text}" == text and str(text) == text
    assert text.context == "Test" and text.source == "Es fehlen {amount} bis zum {day}."


def test_a_text_renders_in_another_language_with_its_locale() -> None:
    text = GAP.format(amount=Money(Decimal("1234.5")), day=date(2026, 11, 25))
    assert text.render(ENGLISH) == "€1,234.50 missing by 25 Nov 2026."
    assert text.render(GERMAN) == text


def test_nested_texts_terms_and_listings_are_rendered_too() -> None:
    term = Term("Sonstiges", {"en": "Other"})
    missing = QT_TRANSLATE_NOOP("Test", "Fehlt: {what}").format(
        what=Listing([plural(2, ONE, MANY), term, "Müller GmbH"])
    )
    assert missing == "Fehlt: 2 weitere Projekte; Sonstiges; Müller GmbH"
    assert missing.render(ENGLISH) == "Missing: 2 more projects; Other; Müller GmbH"


def test_a_separator_that_is_a_text_speaks_the_readers_language() -> None:
    either = QT_TRANSLATE_NOOP("Test", " oder ")
    tiers = QT_TRANSLATE_NOOP("Test", "Fehlt: {what}").format(
        what=Listing([Term("Business Partner"), Term("Premium Partner")], either)
    )
    assert tiers == "Fehlt: Business Partner oder Premium Partner"
    assert tiers.render(ENGLISH) == "Missing: Business Partner or Premium Partner"


def test_plural_picks_the_form_by_the_count() -> None:
    assert plural(1, ONE, MANY) == "1 weiteres Projekt"
    assert plural(0, ONE, MANY) == "0 weitere Projekte"
    assert plural(3, ONE, MANY).render(ENGLISH) == "3 more projects"


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [
        (2026, "2026", "2026"),  # years and counts are digits, never grouped
        (Decimal("1234.5"), "1.234,5", "1,234.5"),
        (Percent(Decimal("12.5")), "12,5\xa0%", "12.5%"),
        (
            Moment(datetime(2026, 12, 5, 7, 11, tzinfo=BERLIN)),
            "05.12.2026, 07:11",
            "5 Dec 2026, 07:11",
        ),
        ("a {brace}", "a {brace}", "a {brace}"),  # data is never a template
    ],
)
def test_values_in_the_readers_notation(value: object, german: str, english: str) -> None:
    assert render(value) == german
    assert render(value, ENGLISH) == english


def test_a_term_without_translation_stays_german() -> None:
    assert Term("Stück").render(ENGLISH) == "Stück"
    assert Term("Sonstiges", {"en": "Other"}).render() == "Sonstiges"


def test_positional_values_are_refused() -> None:
    with pytest.raises(TypeError, match="named values"):
        GAP.format("1")


def test_texts_and_terms_survive_copy_and_pickle() -> None:
    text = MANY.format(n=4)
    term = Term("Sonstiges", {"en": "Other"})
    for clone in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert isinstance(clone, Text)
        assert clone.render(ENGLISH) == "4 more projects"
    for clone_term in (copy.copy(term), pickle.loads(pickle.dumps(term))):
        assert isinstance(clone_term, Term)
        assert clone_term.render(ENGLISH) == "Other"


def test_default_locale_agrees_with_formatting() -> None:
    assert DEFAULT_LOCALE == formatting.DEFAULT_LOCALE


def test_values_of_other_kinds_are_written_as_str_writes_them() -> None:
    class Count(int):
        pass

    assert render("Müller GmbH") == "Müller GmbH"
    assert render(2026) == "2026"
    assert render(Count(7)) == "7"  # not an int itself: past the shortcut, the same text
    assert render(None) == "None"
