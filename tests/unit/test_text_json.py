"""Sentences stored as JSON (the partner list's kept traffic lights) read back as the same Text:
the same German wording and the same English one, whatever kinds of values they hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from nspdesk.domain import text_json
from nspdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Listing,
    Moment,
    Money,
    Percent,
    Term,
    Text,
    render,
)


@dataclass(frozen=True)
class _English:
    """A stand-in catalog: English locale and vocabulary, each template marked as translated."""

    language: str = "en"
    locale: str = "en_GB"

    def text(self, context: str, source: str) -> str:
        return f"[{context}] {source}"


def english(value: object) -> str:
    return render(value, _English())


EVERY_KIND = QT_TRANSLATE_NOOP("Test", "{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k}")


def _sentence() -> Text:
    return EVERY_KIND.format(
        a="Müller GmbH",
        b=3,
        c=Money(Decimal("1234.50")),
        d=Percent(Decimal("10")),
        e=Moment(datetime(2026, 3, 2, 9, 5, tzinfo=UTC)),
        f=Listing([Term("Sonstiges", {"en": "Other"}), 2], QT_TRANSLATE_NOOP("Test", " oder ")),
        g=date(2026, 1, 31),
        h=datetime(2026, 1, 31, 8, 0, tzinfo=UTC),
        i=Decimal("2.5"),
        j=QT_TRANSLATE_NOOP("Test", "verschachtelt"),
        k=1.5,  # a kind a Text does not hold: kept as its German wording
    )


def test_every_kind_of_value_reads_back_the_same_in_both_languages() -> None:
    sentence = _sentence()
    [back] = text_json.load(text_json.dump([sentence]))
    assert isinstance(back, Text)
    assert str(back) == str(sentence)
    assert english(back) == english(sentence)
    assert back.values["k"] == "1.5"
    assert "Other" in english(back) and "[Test] verschachtelt" in english(back)


def test_plain_strings_and_an_empty_list() -> None:
    assert text_json.load(text_json.dump(["ohne Vorlage"])) == ("ohne Vorlage",)
    assert text_json.load(text_json.dump([])) == ()
    assert text_json.load("[1]") == ("1",)  # a number stored by hand is read as its digits
