"""Sentences for people that the UI can show in another language, and terms of the rule file.

The domain and the store speak German: it is the language of every printed document, of the
command line and of the JSON outputs, and the source language of the UI. But the desktop app also
speaks English, and many of its texts are made here (a requirement's gap, a quote warning, the
reason of a review proposal). So a sentence made here is a :class:`Text`: a ``str`` that *is* its
German wording (nothing downstream changes: f-strings, JSON, PDFs, tests comparing German text), and
that also keeps its catalog context, German template and values, from which the UI renders it in
its own language (:func:`Text.render` with a :class:`Lookup`, see ``nspdesk.ui.i18n.show``).

A template is marked where it is written, so that ``pyside6-lupdate`` (which reads Python source
syntactically) puts it into the catalog::

    GAP = QT_TRANSLATE_NOOP("Compliance", "Es fehlt: {gaps}.")
    GAP.format(gaps=Listing(gaps))

Values keep their kind until rendering: a :class:`Money` amount or a ``date`` is formatted in the
reader's locale, a nested ``Text`` or a :class:`Term` is translated, an ``int`` is written as digits
(years, counts, positions), any other ``str`` (a company, an article's description) stays as it is.

Counts that change the words take two templates (:func:`plural`): German and English both tell
"one" from "other" by ``n == 1``. Qt's ``%n`` plural forms would need the Qt catalog to word the
German singular, which the domain (German without Qt) cannot read.

A :class:`Term` is a German name or sentence from the rule file (a tier, a category, a listing
text) with its translations from the file's ``[vocabulary.<language>]`` table.

Joining ``Text``\\ s with ``str`` methods (``"; ".join``, ``+``) gives a plain German ``str``;
compose them with a template or :class:`Listing` instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

DEFAULT_LOCALE = "de_DE"  # as nspdesk.domain.formatting's; that module (babel) loads on first use


class Lookup(Protocol):
    """How to render in one language: its locale, its catalog and its rule-file vocabulary."""

    @property
    def language(self) -> str: ...

    @property
    def locale(self) -> str: ...

    def text(self, context: str, source: str) -> str:
        """The translation of a German template (the template itself when there is none)."""
        ...


@dataclass(frozen=True)
class German:
    """The source language: every template as written, numbers and dates in ``de_DE``."""

    language: str = "de"
    locale: str = DEFAULT_LOCALE

    def text(self, context: str, source: str) -> str:
        return source


GERMAN = German()


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of euros, formatted in the reader's locale (``1.234,50 €``, ``€1,234.50``)."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time as the reader's clock shows it: day and minute in the reader's locale
    (``05.12.2026, 07:11``, ``5 Dec 2026, 07:11``); ``at`` in the time zone to show."""

    at: datetime


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage given in percent (``Decimal("25")`` → ``25 %``)."""

    value: Decimal


@dataclass(frozen=True, slots=True)
class Listing:
    """Items written one after the other with ``separator`` (each rendered in the reader's
    language, and so is a separator that is a :class:`Text`)."""

    items: tuple[object, ...]
    separator: str = "; "

    def __init__(self, items: Iterable[object], separator: str = "; ") -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "separator", separator)


class Term(str):
    """A German text of the rule file that knows its translations (``Term("Sonstiges", en="Other")``)."""

    translations: Mapping[str, str]

    def __new__(cls, german: str, translations: Mapping[str, str] | None = None) -> Term:
        term = super().__new__(cls, german)
        term.translations = dict(translations or {})
        return term

    def render(self, lookup: Lookup = GERMAN) -> str:
        """The term in ``lookup``'s language; the German one where the file has no translation."""
        return self.translations.get(lookup.language, str.__str__(self))

    def __reduce__(self) -> tuple[object, ...]:
        return (Term, (str.__str__(self), self.translations))


class Text(str):
    """A sentence made by the domain: its German wording, and how to word it in another language.

    ``context`` and ``source`` identify the template in the UI's catalog; ``values`` fill its
    ``{placeholders}``. Equal as a ``str`` to its German wording.
    """

    context: str
    source: str
    values: Mapping[str, object]

    def __new__(cls, context: str, source: str, values: Mapping[str, object] | None = None) -> Text:
        filled = dict(values or {})
        text = super().__new__(cls, _fill(context, source, filled, GERMAN))
        text.context = context
        text.source = source
        text.values = filled
        return text

    def format(self, *args: object, **values: object) -> Text:
        """The template with its placeholders filled (named values only)."""
        if args:
            raise TypeError("Text.format takes named values only")
        return Text(self.context, self.source, values)

    def render(self, lookup: Lookup = GERMAN) -> str:
        """The sentence in ``lookup``'s language."""
        return _fill(self.context, self.source, self.values, lookup)

    def __reduce__(self) -> tuple[object, ...]:
        return (Text, (self.context, self.source, self.values))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    """Mark the German template ``source`` for the UI catalog under ``context``.

    Returns it as a :class:`Text` without values: a fixed sentence as it is, a template to
    ``.format(...)``. The name is the one ``pyside6-lupdate`` recognizes; nothing of Qt is imported.
    """
    return Text(context, source)


def plural(count: int, one: Text, other: Text, **values: object) -> Text:
    """``one`` when ``count`` is 1, else ``other``; both filled with ``n=count`` and ``values``."""
    return (one if count == 1 else other).format(n=count, **values)


def render(value: object, lookup: Lookup = GERMAN) -> str:
    """Any value as a reader of ``lookup``'s language sees it (see the module docstring)."""
    kind = type(value)
    if kind is str or kind is int:  # most values (names, counts): before the checks below
        return str(value)
    from nspdesk.domain.formatting import day, minute, money, number, percent

    if isinstance(value, Text | Term):
        return value.render(lookup)
    if isinstance(value, Money):
        return money(value.amount, lookup.locale)
    if isinstance(value, Percent):
        return percent(value.value, lookup.locale)
    if isinstance(value, Moment):
        return f"{day(value.at, lookup.locale)}, {minute(value.at, lookup.locale)}"
    if isinstance(value, Listing):
        # a separator made here (" oder ") is a Text and says its word in the reader's language
        separator = render(value.separator, lookup)
        return separator.join(render(item, lookup) for item in value.items)
    if isinstance(value, date):
        return day(value, lookup.locale)
    if isinstance(value, Decimal):
        return number(value, lookup.locale)
    return str(value)


def _fill(context: str, source: str, values: Mapping[str, object], lookup: Lookup) -> str:
    template = lookup.text(context, source)
    if not values:
        return template
    return template.format_map({name: render(value, lookup) for name, value in values.items()})
