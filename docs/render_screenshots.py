"""Render each main view of the app over a fresh demo database to docs/screenshots/ (offscreen, with
real fonts), for the README:

    .venv/bin/python docs/render_screenshots.py            # German, the default UI language
    .venv/bin/python docs/render_screenshots.py --english  # English, to docs/screenshots/en/
    .venv/bin/python docs/render_screenshots.py --small    # 1024×640, to docs/screenshots/small/
    .venv/bin/python docs/render_screenshots.py --small --english  # to docs/screenshots/small/en/

The default window is 1280×800; ``--small`` renders a small laptop's 1024×640.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    english = "--english" in sys.argv[1:]
    small = "--small" in sys.argv[1:]
    out = SCREENSHOTS / "small" if small else SCREENSHOTS
    out = out / "en" if english else out
    size = (1024, 640) if small else (1280, 800)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nspdesk.domain.editions import default_library
    from nspdesk.services.workspace import Workspace
    from nspdesk.store import demo
    from nspdesk.store.location import sqlite_location
    from nspdesk.store.opening import open_store
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    if english:
        import importlib.util

        from nspdesk.ui import i18n

        tool = SCREENSHOTS.parents[1] / "packaging" / "i18n.py"
        spec = importlib.util.spec_from_file_location("i18n_tool", tool)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        catalogs = Path(tempfile.mkdtemp())
        module.compile_catalogs(catalogs)
        i18n.install(app, "en", catalogs)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(sqlite_location(Path(folder) / "demo.sqlite3"), keep_backups=0)
        with store.database.write() as session:
            demo.seed(session, default_library(), date.today())
        # --- Jahresüberprüfung: a draft review with a few decisions, which its view then shows ---
        _draft_review(store)
        # --- end Jahresüberprüfung ----------------------------------------------------------------
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(
            AppContext(workspace=Workspace(store, default_library()), settings=settings)
        )
        window.resize(*size)
        window.show()
        out.mkdir(parents=True, exist_ok=True)
        for view_id in window.views:
            _until_loaded(app, window.show_view(view_id))
            if not _grab(app, window, out / f"view-{view_id}.png", settle=1):
                return 1
        # --- Partner view: the dashboard of a partner whose tier is at risk -----------------------
        if not _partner_dashboard(app, window, out / "partner-dashboard.png"):
            return 1
        # --- end Partner view -------------------------------------------------------------------
        # --- Quotes view: the editor with a saved demo quote of six lines -------------------------
        if not _quote_editor(app, window, out / "quote-editor.png"):
            return 1
        if not _quote_end_customer(app, window, out / "quote-end-customer.png"):
            return 1
        # --- end Quotes view --------------------------------------------------------------------
        window.close()
        store.close()
    return 0


def _partner_dashboard(app: object, window: object, target: Path) -> bool:
    """The partner list with the dashboard of its first partner (view-partners.png, again: the
    loop above grabs before the dashboard's word-wrapped labels have settled), then the dashboard
    of the demo partner "Rheinwerk" (Premium, at risk)."""
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.partners import PartnersView

    assert isinstance(window, MainWindow)
    view = window.show_view("partners")
    assert isinstance(view, PartnersView)
    rows = {row.company: row.id for row in view.list.model.rows()}
    shots = [
        (view.list.visible_rows()[0].id, target.with_name("view-partners.png")),
        (next(i for name, i in rows.items() if name.startswith("Rheinwerk")), target),
    ]
    for partner_id, path in shots:
        view.select_partner(partner_id, "dashboard")
        # the dashboard's scroll area settles its word-wrapped labels in rounds
        if not _grab(app, window, path, settle=5):
            return False
    return True


def _draft_review(store: object) -> None:
    """Run the review of last year over the demo data: some proposals accepted, one overridden."""
    from nspdesk.domain.editions import default_library
    from nspdesk.services import annual_review
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.opening import Store

    assert isinstance(store, Store)
    today = date.today()
    workspace = Workspace(store, default_library())
    state = annual_review.run(workspace, today.year - 1, today)
    ids = {line.proposal.company: line.proposal.partner_id for line in state.lines}
    accepted = [ids[name] for name in sorted(ids)[:3]]
    annual_review.decide(workspace, state.review_id, accepted, annual_review.Accept())
    ostsee = [i for name, i in ids.items() if name.startswith("Ostsee")]
    annual_review.decide(
        workspace,
        state.review_id,
        ostsee,
        annual_review.Override("business", "Kulanz bis 31.03.: ein Projekt ist in Abnahme"),
    )


def _until_loaded(app: object, view: object, seconds: float = 20) -> None:
    """Process events until ``view`` has what it reads in a worker or a later turn (its
    ``loading()``, where it has one): a picture of a view still filling shows what no one sees
    for more than a moment."""
    import time

    loading = getattr(view, "loading", None)
    ends = time.monotonic() + seconds
    while loading is not None and loading() and time.monotonic() < ends:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _grab(app: object, window: object, target: Path, settle: int = 3) -> bool:
    """Let the layout settle ``settle`` turns of the event loop, then save the window to
    ``target``."""
    from nspdesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    for _ in range(settle):
        app.processEvents()  # type: ignore[attr-defined]
    if not window.grab().save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return False
    print(target)
    return True


def _add_articles(editor: object, lines: list[tuple[str, str, str]]) -> None:
    """Add catalog articles by number with their quantity and extra discount, as typed."""
    from nspdesk.ui.views.quotes.editor import QuoteEditor
    from nspdesk.ui.views.quotes.lines_model import Col

    assert isinstance(editor, QuoteEditor)
    model = editor.lines_model
    for number, quantity, extra in lines:
        search = editor.article_search.search
        assert search is not None
        editor.add_article(next(a for a in search(number).offered if a.article_number == number))
        row = model.rowCount() - 1
        model.setData(model.index(row, Col.QUANTITY), quantity)
        model.setData(model.index(row, Col.EXTRA_DISCOUNT), extra)


def _quote_editor(app: object, window: object, target: Path) -> bool:
    """A new quote for "Elbtal EDV KG": five catalog lines and a free one, saved as a draft."""
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.quotes import QuotesView
    from nspdesk.ui.views.quotes.lines_model import Col

    assert isinstance(window, MainWindow)
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    view.new_item()
    editor = view.editor
    picker = editor.partner_picker
    picker.setCurrentIndex(next(i for i in range(picker.count()) if "Elbtal" in picker.itemText(i)))
    if editor.tier_panel.needed():  # Elbtal's backlink is nofollow: Business kept, with a reason
        editor.tier_panel.keep.setChecked(True)
        editor.tier_panel.reason.setText("Backlink wird diese Woche auf follow umgestellt")
    wanted = [
        ("NSP-SRV-PROT", "50", "0"),
        ("NSP-SRV-ENC", "50", "0"),
        ("NSP-SRV-WPROT", "50", "0"),
        ("NSP-SRV-WENC", "50", "0"),
        ("NSP-SRV-INST", "8", "5"),
    ]
    _add_articles(editor, wanted)
    model = editor.lines_model
    editor.add_free_line()
    row = model.rowCount() - 1
    editor.table.closePersistentEditor(model.index(row, Col.DESCRIPTION))
    model.setData(model.index(row, Col.DESCRIPTION), "Vor-Ort-Workshop Verschlüsselung (1 Tag)")
    model.setData(model.index(row, Col.UNIT_PRICE), "1.200,00")
    if not editor.save():
        print("could not save the demo quote", file=sys.stderr)
        return False
    editor.table.selectRow(2)
    return _grab(app, window, target)


def _quote_end_customer(app: object, window: object, target: Path) -> bool:
    """An end-customer quote of "Alpenblick": customer discounts, purchase prices and margins,
    one-time, yearly and monthly lines (subtotals per period, the first year)."""
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.quotes import QuotesView

    assert isinstance(window, MainWindow)
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    view.new_item()
    editor = view.editor
    picker = editor.partner_picker
    picker.setCurrentIndex(
        next(i for i in range(picker.count()) if "Alpenblick" in picker.itemText(i))
    )
    editor.to_customer.setChecked(True)
    _add_articles(
        editor,
        [
            ("NSP-SRV-PROT", "80", "10"),
            ("NSP-SRV-WPROT", "80", "5"),
            ("NSP-SRV-INST", "6", "0"),
            ("NSP-CLD-ENC", "40", "0"),
        ],
    )
    editor.subject.setText("Angebot NoSpamProxy für die Huber Logistik GmbH")
    if not editor.save():
        print("could not save the end-customer quote", file=sys.stderr)
        return False
    editor.table.selectRow(0)
    return _grab(app, window, target)


if __name__ == "__main__":
    sys.exit(main())
