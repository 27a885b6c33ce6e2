"""Adding catalog articles to a quote: a search field whose popup lists matches as you type.

The editor supplies ``search(text)``, which asks the catalog (``catalog.current_items``) and splits
the matches into those the partner may be offered and those the domain refuses, with the reason.
Choosing a match (click, or Enter on the highlighted one) emits ``chosen``; Enter on an exact
article number also chooses a hidden article, so the editor can say why it cannot be added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from nspdesk.documents.text import unit_price

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
        self.setPlaceholderText("Artikel hinzufügen: Nummer oder Name eingeben …")
        self.setClearButtonEnabled(True)
        self.search: Callable[[str], SearchResult] | None = None
        self.result = SearchResult()
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.setWidget(self)
        completer.activated[QModelIndex].connect(self._activated)
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
        for article in self.result.offered:
            item = QStandardItem(
                f"{article.article_number} – {article.name} · {unit_price(article.list_price)}"
                f" je {article.unit}"
            )
            item.setData(article, ARTICLE_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        hidden = len(self.result.hidden)
        if hidden:
            noun = "Artikel passt" if hidden == 1 else "Artikel passen"
            self.hint.emit(f"{hidden} {noun}, werden aber nicht angeboten: {self.result.reason}")
        else:
            self.hint.emit("")
        if self.result.offered and self.hasFocus():
            self.completer_.complete()
        elif not self.result.offered:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        article = index.data(ARTICLE_ROLE)
        if isinstance(article, Article):
            self._choose(article)

    def _enter(self) -> None:
        if self.completer_.popup().isVisible():
            return  # the popup handles Enter on its highlighted row
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
        self.matches.clear()
        self.hint.emit("")
