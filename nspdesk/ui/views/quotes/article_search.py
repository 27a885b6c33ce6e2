"""Adding catalog articles to a quote: a search field whose popup lists matches as you type.

The editor supplies ``search(text)``, which asks the catalog (``catalog.current_items``) and splits
the matches into those the partner may be offered and those the domain refuses, with the reason.
Choosing a match (click, or Enter on the highlighted one) emits ``chosen``; Enter on an exact
article number also chooses a hidden article, so the editor can say why it cannot be added.

The completer's ``activated`` is connected through its default (text) overload, the one the type
stubs can express; the text is the match's label, which names the article number and is unique.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from nspdesk.documents.text import unit_price
from nspdesk.ui.i18n import babel_locale

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Article:
    """A catalog article with the price valid on the quote date (a copy, not an ORM object)."""

    article_number: str
    name: str
    category: str
    unit: str
    list_price: Decimal


@dataclass(frozen=True)
class SearchResult:
    offered: list[Article] = field(default_factory=list)
    hidden: list[Article] = field(default_factory=list)
    reason: str = ""  # why the hidden ones are not offered


class ArticleSearch(QLineEdit):
    chosen = Signal(object)  # Article
    hint = Signal(str)  # what the search hides and why, or ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleSearch")
        self.setPlaceholderText(self.tr("Artikel hinzufügen: Nummer oder Name eingeben …"))
        self.setClearButtonEnabled(True)
        self.search: Callable[[str], SearchResult] | None = None
        self.result = SearchResult()
        self._labels: dict[str, Article] = {}  # the popup's texts and their articles
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.setWidget(self)
        completer.activated.connect(self._activated)
        self.completer_ = completer
        self.textEdited.connect(self.refresh)
        self.returnPressed.connect(self._enter)

    def refresh(self, text: str | None = None) -> None:
        """Search again (also after the partner or the quote date changed)."""
        text = self.text() if text is None else text
        self.result = (
            self.search(text) if self.search is not None and text.strip() else SearchResult()
        )
        self.matches.clear()
        self._labels = {}
        for article in self.result.offered:
            text = label(article)
            self._labels[text] = article
            item = QStandardItem(text)
            item.setData(article, ARTICLE_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        hidden = len(self.result.hidden)
        if hidden:
            text = self.tr("%n Artikel passen, werden aber nicht angeboten: {reason}", "", hidden)
            self.hint.emit(text.format(reason=self.result.reason))
        else:
            self.hint.emit("")
        if self.result.offered and self.hasFocus():
            self.completer_.complete()
        elif not self.result.offered:
            self.hide_popup()

    def popup_visible(self) -> bool:
        popup = self.completer_.popup()
        return popup is not None and popup.isVisible()

    def hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _activated(self, text: str) -> None:
        article = self._labels.get(text)
        if article is not None:
            self._choose(article)

    def _enter(self) -> None:
        """Enter in the field; with the popup open, the completer hands the key here first."""
        popup = self.completer_.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer chooses the highlighted row right after this
        # Otherwise an exact number (or the only match) is chosen here; an open popup is closed by
        # the completer itself right after this.
        text = self.text().strip().casefold()
        everything = self.result.offered + self.result.hidden
        exact = [a for a in everything if a.article_number.casefold() == text]
        if exact:
            self._choose(exact[0])
        elif len(self.result.offered) == 1:
            self._choose(self.result.offered[0])

    def _choose(self, article: Article) -> None:
        self.chosen.emit(article)
        # The completer writes its text into the field after this signal; clear it afterwards.
        QTimer.singleShot(0, self._reset)

    def _reset(self) -> None:
        self.clear()
        self.result = SearchResult()
        self._labels = {}
        self.matches.clear()
        self.hint.emit("")


def label(article: Article) -> str:
    """``NSP-SRV-PROT – NoSpamProxy Protection · 30,00 € je User``: what the popup lists."""
    return QCoreApplication.translate(
        "ArticleSearch", "{number} – {name} · {price} je {unit}"
    ).format(
        number=article.article_number,
        name=article.name,
        price=unit_price(article.list_price, locale=babel_locale()),
        unit=article.unit,
    )
