"""The quote editor's work beyond one revision: templates, a copy for another partner with the
differences, comparing two revisions. Each action is one call into ``nspdesk.services.quotes``
through ``operations.run``; the questions it asks are in ``pickers`` (tests answer them).

The tools know the editor only as a :class:`ToolsHost` (what they read from it and tell it), so
the editor imports the tools and not the other way round.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from nspdesk.domain.quote_input import QuoteInput
from nspdesk.domain.revision_diff import QuoteDiff
from nspdesk.services import quotes
from nspdesk.ui import operations
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import show
from nspdesk.ui.views.quotes import pickers
from nspdesk.ui.views.quotes.diff_view import DiffDialog, RevisionCompareDialog
from nspdesk.ui.views.quotes.editor_form import Loaded


class ToolsHost(Protocol):
    """What the tools need of the quote editor."""

    context: AppContext
    loaded: Loaded | None

    @property
    def read_only(self) -> bool: ...

    def form_input(self) -> QuoteInput: ...
    def current_partner_id(self) -> int | None: ...
    def today(self) -> date: ...
    def saved_first(self) -> int | None: ...
    def load(self, quote_id: int) -> bool: ...
    def apply_template_input(self, template: QuoteInput) -> None: ...
    def show_error(self, message: str) -> None: ...
    def show_hint(self, text: str) -> None: ...
    def say(self, text: str) -> None: ...
    def stored(self, quote_id: int) -> None: ...


class QuoteTools(QObject):
    def __init__(self, editor: ToolsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.parent_widget = parent
        self.diff_dialog: DiffDialog | None = None
        self.compare_dialog: RevisionCompareDialog | None = None

    @property
    def context(self) -> AppContext:
        return self.editor.context

    # --- templates ------------------------------------------------------------------------------

    def save_as_template(self) -> bool:
        """Keep the lines and texts typed so far as a named template (overwriting asks first)."""
        editor = self.editor
        data = editor.form_input()
        title = self.tr("Als Vorlage speichern")
        if not data.lines:
            editor.show_error(self.tr("Eine Vorlage braucht mindestens eine Position."))
            return False
        parent = self.parent_widget
        name = pickers.ask_template_name(parent, data.subject)
        if name is None or not name.strip():
            return False
        name = name.strip()
        workspace = self.context.workspace
        known = operations.run(parent, title, lambda: quotes.templates(workspace))
        if known is None:
            return False
        taken = any(t.name == name for t in known)
        if taken and not pickers.ask_overwrite(parent, name):
            return False

        def store() -> bool:
            quotes.save_template(workspace, name, data, overwrite=taken)
            return True

        if operations.run(parent, title, store) is None:
            return False
        editor.say(self.tr("Vorlage „{name}“ gespeichert").format(name=name))
        return True

    def apply_template(self) -> bool:
        """Replace the lines and texts with a template's (article prices from today's catalog)."""
        editor = self.editor
        if editor.read_only:
            return False
        parent, workspace = self.parent_widget, self.context.workspace
        templates = operations.run(
            parent, self.tr("Aus Vorlage"), lambda: quotes.templates(workspace)
        )
        if templates is None:
            return False
        if not templates:
            editor.show_hint(
                self.tr("Noch keine Vorlagen: „Als Vorlage speichern …“ legt eine an.")
            )
            return False
        template_id = pickers.ask_template(parent, templates)
        if template_id is None:
            return False
        current = editor.form_input()
        days = self.context.settings.get_int(options.VALIDITY_DAYS)

        def read() -> quotes.FromTemplate:
            return quotes.from_template(
                workspace, template_id, current.partner_id, current.quote_date, days
            )

        made = operations.run(parent, self.tr("Aus Vorlage"), read)
        if made is None:
            return False
        editor.apply_template_input(made.data)
        name = next(t.name for t in templates if t.id == template_id)
        notes = " ".join(show(note) for note in made.notes)
        editor.show_hint(
            self.tr("Vorlage „{name}“ übernommen. {notes}").format(name=name, notes=notes).strip()
            if notes
            else ""
        )
        editor.say(self.tr("Vorlage „{name}“ übernommen").format(name=name))
        return True

    # --- a copy for another partner --------------------------------------------------------------

    def duplicate(self) -> bool:
        """Copy the saved quote for a partner the user picks; the copy opens and a dialog lists
        what changed (re-priced at that partner's tier)."""
        editor = self.editor
        quote_id = editor.saved_first()
        if quote_id is None or editor.loaded is None:
            return False
        source = editor.loaded.label
        parent, workspace = self.parent_widget, self.context.workspace
        title = self.tr("Für anderen Partner kopieren")
        partners = operations.run(parent, title, lambda: quotes.partner_choices(workspace))
        if partners is None:
            return False
        partner_id = pickers.ask_partner(parent, partners, editor.current_partner_id())
        if partner_id is None:
            return False
        today = editor.today()
        days = self.context.settings.get_int(options.VALIDITY_DAYS)

        def store() -> quotes.Copied:
            return quotes.copy_for_partner(workspace, quote_id, partner_id, today, days)

        made = operations.run(parent, title, store)
        if made is None:
            return False
        new_id, number = made.state.id, made.state.number
        diff, source_tier, target_tier = made.diff, made.source_tier, made.target_tier
        editor.load(new_id)
        editor.stored(new_id)
        program = self.context.program(today)
        partner = next(p for p in partners if p.id == partner_id)

        def name(tier: str) -> str:
            return show(program.tiers[tier].name) if tier in program.tiers else tier

        tiers = (
            self.tr("Stufe unverändert: {tier}.").format(tier=name(target_tier))
            if source_tier == target_tier
            else self.tr("Stufe: {old} → {new}.").format(
                old=name(source_tier), new=name(target_tier)
            )
        )
        intro = self.tr(
            "Angebot {number} für {partner} angelegt: eine Kopie von {source}, zu den "
            "Konditionen des Partners neu berechnet. {tiers}"
        ).format(number=number, partner=partner.company, source=source, tiers=tiers)
        self.close_dialogs()
        self.diff_dialog = DiffDialog(
            self.tr("Unterschiede zu {source}").format(source=source), intro, diff, parent
        )
        self.diff_dialog.open()
        editor.say(self.tr("Kopie {number} angelegt").format(number=number))
        return True

    # --- revisions -------------------------------------------------------------------------------

    def compare_revisions(self) -> bool:
        editor = self.editor
        loaded = editor.loaded
        if loaded is None or len(loaded.revisions) < 2:
            editor.say(self.tr("Zum Vergleichen braucht das Angebot zwei Revisionen."))
            return False
        quote_id = loaded.quote_id

        workspace = self.context.workspace

        def diff_for(old: int, new: int) -> QuoteDiff:
            return quotes.revision_diff(workspace, quote_id, old, new)

        self.close_dialogs()
        self.compare_dialog = RevisionCompareDialog(
            loaded.number, loaded.revisions, diff_for, self.parent_widget
        )
        self.compare_dialog.open()
        return True

    def close_dialogs(self) -> None:
        for dialog in (self.diff_dialog, self.compare_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.diff_dialog = self.compare_dialog = None


def template_input(current: QuoteInput, template: QuoteInput) -> QuoteInput:
    """``current`` with the lines, texts, audience and VAT of ``template`` (partner, contact and
    dates stay); an empty intro of the template keeps the current one."""
    return replace(
        current,
        lines=template.lines,
        vat=template.vat,
        subject=template.subject or current.subject,
        intro=template.intro or current.intro,
        closing=template.closing or current.closing,
        audience=template.audience,
    )
