"""Katalog: every article with the price valid today (search as you type, sortable), the price
history of the selected article, a form for new articles, new prices and changes, deleting a
version, and CSV/XLSX import (in the background, all or nothing) and export.

The list stays in the database (issue 20): each keystroke or click on a header asks the services
for the first window of that search and order and the count (``services.catalog.catalog_page``,
searched in the database's text index); the ``WindowModel`` reads further windows as the view
scrolls. The price history of one article is a few rows and is held whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import catalog, transfer
from nspdesk.services.catalog import Article, CatalogQuery
from nspdesk.services.transfer import ImportRejected, Problem
from nspdesk.ui import formats
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.operations import run
from nspdesk.ui.table_model import Column, RowModel
from nspdesk.ui.tables import fit_columns, list_table, select_row, size_to_texts
from nspdesk.ui.turns import later
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.catalog.editor import ArticleEditor, FormError, Mode
from nspdesk.ui.views.catalog.problems_dialog import ProblemsDialog
from nspdesk.ui.window_model import WindowModel
from nspdesk.ui.worker import Task

EXAMPLE_COLOR = QColor("#9a6700")
FILE_FILTER = QT_TRANSLATE_NOOP(
    "CatalogView", "Tabellen (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"
)


def _note(article: Article) -> str:
    return (
        QCoreApplication.translate("CatalogView", "Beispielpreis") if article.example_price else ""
    )


def _example_color(article: Article) -> QColor | None:
    return EXAMPLE_COLOR if article.example_price else None


CATEGORY_WIDTH = 190
NAME_COLUMN, CATEGORY_COLUMN = 1, 2
# each column's order in the database (services.catalog.SORT_KEYS)
SORT_KEYS: list[str | None] = ["number", "name", "category", "unit", "price", "valid_from", "note"]


class CatalogView(WorkspaceView):
    view_id = "catalog"
    title = "Katalog"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = self.tr("Katalog")
        self.program = context.program()
        names = {c.id: show(c.name) for c in self.program.categories.values()}
        self._import_task: Task | None = None
        self._history_later = True  # while built: the price history is read in the next turn
        self._build_article_table(names)
        self._build_history()
        top = self._build_toolbar()
        self.editor = ArticleEditor(self.program)
        self.editor.saved.connect(self.save)
        self.editor.cancelled.connect(self.close_editor)
        self.editor.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.history_label)
        right_layout.addWidget(self.history, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.edit_button)
        history_buttons.addWidget(self.delete_button)
        history_buttons.addStretch()
        right_layout.addLayout(history_buttons)
        right_layout.addWidget(self.editor)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # The first article's price history (read twice: the selection's signal, then
        # ``select_article``) comes a turn of the event loop after the list: the first opening is
        # one GUI pause less long (issue 20). Meanwhile its buttons wait (no version selected).
        self.refresh()
        self._history_later = False
        later(self, self._article_changed)
        self.read_when_built()

    def _build_article_table(self, names: dict[str, str]) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(
            self.tr("Artikelnummer, Bezeichnung oder Kategorie suchen …")
        )
        self.search.setClearButtonEnabled(True)
        self._names = names
        self.model: WindowModel[Article] = WindowModel(
            [
                Column(self.tr("Artikelnummer"), lambda a: a.article_number),
                Column(self.tr("Bezeichnung"), lambda a: a.name),
                Column(self.tr("Kategorie"), lambda a: names.get(a.category, a.category)),
                Column(self.tr("Einheit"), lambda a: a.unit),
                Column(
                    self.tr("Listenpreis heute"),
                    lambda a: formats.money(a.list_price),
                    right=True,
                    color=_example_color,
                ),
                Column(self.tr("Gültig ab"), lambda a: formats.day(a.valid_from)),
                Column(self.tr("Hinweis"), _note, color=_example_color),
            ],
            SORT_KEYS,
            self,
        )
        self.search.textChanged.connect(self._apply)
        self.table = list_table("catalogTable", self.model)
        self.table.setWordWrap(True)  # article names in full, on two lines where needed
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Asked for the header's orders only now: the two above each read the first window on
        # the GUI thread before ``refresh`` read it a third time (8 ms each, issue 20).
        self.model.sort_requested.connect(self._apply)
        # The name takes the width left; the category wraps onto two lines in CATEGORY_WIDTH; a
        # narrow window drops the note, then the day the price holds from (both in the history).
        # The others as wide as their widest text in the rows read (``_size_columns``), not Qt's
        # ResizeToContents, which asks the delegate for every cell of the window again at each
        # layout (issue 20, the first opening's pause).
        fit_columns(
            self.table,
            key=NAME_COLUMN,
            optional=(6, 5),
            caps={CATEGORY_COLUMN: CATEGORY_WIDTH},
            contents=False,
        )
        self.table.selectionModel().currentRowChanged.connect(self._article_changed)
        self.table.doubleClicked.connect(lambda _index: self.new_price())

    def _build_history(self) -> None:
        self.history_model: RowModel[Article] = RowModel(
            [
                Column(self.tr("Gültig ab"), lambda a: formats.day(a.valid_from)),
                Column(self.tr("Listenpreis"), lambda a: formats.money(a.list_price), right=True),
                Column(self.tr("Einheit"), lambda a: a.unit),
                Column(self.tr("Bezeichnung"), lambda a: a.name),
                Column(self.tr("Stand"), self._version_state),
            ]
        )
        self.history = self._table("catalogHistory", self.history_model)
        fit_columns(self.history, key=3)
        self.history.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.history_label = QLabel(self.tr("Preisverlauf"))
        self.history_label.setObjectName("catalogHistoryLabel")

    def _build_toolbar(self) -> QHBoxLayout:
        self.new_button = self._button(self.tr("Neuer Artikel"), self.new_article)
        self.price_button = self._button(self.tr("Neuer Preis …"), self.new_price)
        self.edit_button = self._button(self.tr("Version bearbeiten"), self.edit_version)
        self.delete_button = self._button(self.tr("Version löschen …"), self.delete_version)
        self.import_button = self._button(self.tr("Importieren …"), self.import_file)
        self.export_button = self._button(self.tr("Exportieren …"), self.export_file)
        self.update_existing = QCheckBox(self.tr("vorhandene Einträge aktualisieren"))
        self.update_existing.setToolTip(
            self.tr(
                "Aus: ein Artikel mit gleicher Nummer und gleichem „Gültig ab“ lehnt die Datei "
                "ab.\nAn: solche Einträge bekommen die Werte der Datei."
            )
        )
        self.import_button.setObjectName("catalogImport")
        self.export_button.setObjectName("catalogExport")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.price_button)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.update_existing)
        top.addWidget(self.export_button)
        return top

    def _table(self, name: str, model: object) -> QTableView:
        table = list_table(name, model)  # type: ignore[arg-type]
        table.setWordWrap(True)  # article names in full, on two lines where needed
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # --- loading ---------------------------------------------------------------------------------

    def activated(self) -> None:
        if not self.just_built():
            self.refresh()

    def refresh(self) -> None:
        """Read the list again (the search, the order and the selected article are kept)."""
        keep = self.selected_article()
        self._apply()
        if keep is not None and self.select_article(keep.article_number):
            return
        if self.model.rowCount() > 0:
            self.select_article(self.model.row(0).article_number)
        else:
            self._article_changed()

    def query(self) -> CatalogQuery:
        """What the list shows now: the search and the order."""
        sort, descending = self.model.sort_key()
        return CatalogQuery(
            search=self.search.text(),
            sort=sort or "number",
            descending=descending if sort else False,
            category_names=tuple(self._names.items()),
        )

    def _apply(self, *_args: object) -> None:
        """Show the first window of the list as the search and the order now describe it."""
        workspace, today, query = self.context.workspace, date.today(), self.query()
        block = self.model.BLOCK
        first = run(
            self,
            self.tr("Katalog"),
            lambda: catalog.catalog_page(workspace, today, query, 0, block),
        )
        if first is None:
            first = catalog.CatalogPage(0, 0, 0, ())

        def fetch(offset: int, limit: int) -> tuple[int, Sequence[Article]]:
            if offset == 0:
                page = catalog.catalog_page(workspace, today, query, offset, limit)
                return page.count, page.rows
            return first.count, catalog.catalog_window(workspace, today, query, offset, limit)

        self.model.set_fetch(fetch, (first.count, first.rows))
        self._size_columns()

    def _size_columns(self) -> None:
        """The columns but the name (the rest) and the category (capped) as wide as their texts."""
        texts = [column.text for column in self.model.columns]
        rows = self.model.loaded_rows()
        size_to_texts(self.table, texts, rows, (NAME_COLUMN, CATEGORY_COLUMN))

    def selected_article(self) -> Article | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        try:
            return self.model.row(index.row())
        except IndexError:
            return None

    def select_article(self, number: str) -> bool:
        """Select article ``number`` where it stands in the list (the database says where)."""
        row = self.model.find_loaded(lambda a: a.article_number == number)
        if row is None:
            workspace, today, query = self.context.workspace, date.today(), self.query()
            row = run(
                self,
                self.tr("Katalog"),
                lambda: catalog.catalog_position(workspace, today, query, number),
            )
        if row is None:
            return False
        select_row(self.table, row)
        self._article_changed()
        return True

    def _article_changed(self, *_args: object) -> None:
        if self._history_later:  # the view is being built: the history read in the next turn
            self._update_buttons()
            return
        if self._new_article_open():
            self._show_new_article_history()
            return
        article = self.selected_article()
        versions: list[Article] = []
        if article is not None:
            number = article.article_number

            workspace = self.context.workspace

            def load() -> list[Article]:
                return catalog.price_history(workspace, number)

            versions = run(self, self.tr("Katalog"), load) or []
        self.history_model.set_rows(list(reversed(versions)))  # newest first
        heading = "<b>" + self.tr("Preisverlauf") + "</b> "
        self.history_label.setText(
            heading + escape(f"{article.article_number} – {article.name}")
            if article
            else heading + self.tr("(kein Artikel gewählt)")
        )
        if versions:
            current = (
                next((r for r, v in enumerate(self.history_model.rows()) if v.id == article.id), 0)
                if article
                else 0
            )
            self.history.selectRow(current)
        self._update_buttons()

    def _version_state(self, version: Article) -> str:
        today = date.today()
        current = self.selected_article()
        if version.valid_from > today:
            state = self.tr("künftig")
        elif current is not None and version.id == current.id:
            state = self.tr("gilt heute")
        else:
            state = self.tr("abgelöst")
        return state + (" · " + self.tr("Beispielpreis") if version.example_price else "")

    def selected_version(self) -> Article | None:
        index = self.history.currentIndex()
        return self.history_model.row(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        new = self._new_article_open()
        has_article = self.selected_article() is not None and not new
        self.price_button.setEnabled(has_article)
        has_version = self.selected_version() is not None and not new
        self.edit_button.setEnabled(has_version)
        self.delete_button.setEnabled(has_version)

    # --- editing ---------------------------------------------------------------------------------

    def new_article(self) -> None:
        workspace = self.context.workspace
        numbers = run(self, self.tr("Katalog"), lambda: catalog.article_numbers(workspace)) or set()
        self.editor.open(Mode.NEW_ARTICLE, known_numbers=numbers)
        self._show_new_article_history()

    def _show_new_article_history(self) -> None:
        """A new article has no prices yet: the history of the article selected before is not
        its history, and its buttons must not act on it."""
        self.history_model.set_rows([])
        self.history_label.setText(
            "<b>" + self.tr("Preisverlauf") + "</b> " + self.tr("(neuer Artikel, noch kein Preis)")
        )
        self._update_buttons()

    def _new_article_open(self) -> bool:
        return not self.editor.isHidden() and self.editor.mode is Mode.NEW_ARTICLE

    def new_price(self) -> None:
        article = self.selected_article()
        if article is None:
            return
        dates = {v.valid_from for v in self.history_model.rows()}
        self.editor.open(Mode.NEW_PRICE, article.as_input(), known_dates=dates)

    def edit_version(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.editor.open(Mode.EDIT, version.as_input())

    def close_editor(self) -> None:
        new = self._new_article_open()
        self.editor.hide()
        self.editor.modified = False
        if new:  # the selected article's history again
            self._article_changed()

    def save(self) -> bool:
        if self.editor.isHidden():
            return False
        try:
            data = self.editor.article()
        except FormError as error:
            self.editor.show_error(error)
            return True

        workspace, program = self.context.workspace, self.program

        def write() -> str:
            return catalog.save_article(workspace, program, data).article_number

        number = run(self, self.tr("Artikel speichern"), write)
        if number is not None:
            self.close_editor()
            self.status.emit(
                self.tr("{number}: {price} ab {day} gespeichert").format(
                    number=number,
                    price=formats.money(data.list_price),
                    day=formats.day(data.valid_from),
                )
            )
            self.refresh()
            self.select_article(number)
        return True

    def has_unsaved_changes(self) -> bool:
        return not self.editor.isHidden() and self.editor.modified

    def delete_version(self) -> None:
        version, article = self.selected_version(), self.selected_article()
        if version is None or article is None:
            return
        last = self.history_model.rowCount() == 1
        text = self.tr("Den Preis {price} ab {day} von {number} löschen?").format(
            price=formats.money(version.list_price),
            day=formats.day(version.valid_from),
            number=version.article_number,
        )
        if last:
            text += "\n" + self.tr(
                "Es ist der einzige Preis: der Artikel verschwindet dann aus dem Katalog."
            )
        if not self._confirm(self.tr("Version löschen"), text):
            return

        workspace = self.context.workspace

        def delete() -> bool:
            catalog.delete_version(workspace, version.id)
            return True

        if run(self, self.tr("Version löschen"), delete):
            self.status.emit(
                self.tr("Preis ab {day} gelöscht").format(day=formats.day(version.valid_from))
            )
            self.refresh()
            self.select_article(article.article_number)

    # --- import and export -----------------------------------------------------------------------

    def import_file(self) -> None:
        path = self._ask_open_path()
        if path is None:
            return
        workspace, program = self.context.workspace, self.program
        update = self.update_existing.isChecked()

        def work(progress: object, cancel: object) -> object:
            try:
                return transfer.import_file(workspace, "catalog", path, program, update=update)
            except ImportRejected as rejected:
                return rejected

        task = Task(work)
        task.succeeded.connect(lambda result: self._imported(path, result))
        task.failed.connect(lambda message: self._warn(self.tr("Import"), message))
        task.finished.connect(self._import_finished)
        self._import_task = task
        self.import_button.setEnabled(False)
        self.status.emit(self.tr("Import von {file} läuft …").format(file=path.name))
        task.start()

    def _imported(self, path: Path, result: object) -> None:
        if isinstance(result, ImportRejected):
            self.status.emit(self.tr("{file} abgelehnt: nichts importiert").format(file=path.name))
            self._show_problems(path.name, result.problems)
            return
        summary = getattr(result, "summary", None)
        self.status.emit(
            show(summary())
            if callable(summary)
            else self.tr("{file} importiert").format(file=path.name)
        )
        self.refresh()

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)
        self._import_task = None

    def import_running(self) -> bool:
        return self._import_task is not None

    def export_file(self) -> None:
        path = self._ask_save_path()
        if path is None:
            return
        workspace = self.context.workspace
        count = run(self, self.tr("Export"), lambda: transfer.export(workspace, "catalog", path))
        if count is not None:
            self.status.emit(
                self.tr("%n Katalogzeilen exportiert nach {path}", "", count).format(path=path)
            )

    # --- window actions --------------------------------------------------------------------------

    def new_item(self) -> bool:
        self.new_article()
        return True

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    # --- dialogs (tests replace these) -----------------------------------------------------------

    def _folder(self) -> str:
        return self.context.settings.get_text(options.LAST_FOLDER) or str(Path.home())

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Katalog importieren"), self._folder(), self.tr(FILE_FILTER)
        )
        if not name:
            return None
        self.context.settings.set(options.LAST_FOLDER, str(Path(name).parent))
        return Path(name)

    def _ask_save_path(self) -> Path | None:
        file_name = self.tr("katalog-{day}.xlsx").format(day=f"{date.today():%Y-%m-%d}")
        suggested = str(Path(self._folder()) / file_name)
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Katalog exportieren"), suggested, self.tr(FILE_FILTER)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if "CSV" in chosen else ".xlsx"))
        self.context.settings.set(options.LAST_FOLDER, str(path.parent))
        return path

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_problems(self, file_name: str, problems: tuple[Problem, ...]) -> None:
        dialog = ProblemsDialog(file_name, problems, self)
        dialog.exec()
        dialog.deleteLater()
