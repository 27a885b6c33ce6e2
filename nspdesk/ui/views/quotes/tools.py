"""The quote editor's work beyond one revision: templates, a copy for another partner with the
differences, comparing two revisions. Each action is one call into ``nspdesk.store.quote_tools``
through ``operations.run``; the questions it asks are in ``pickers`` (tests answer them)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from nspdesk.domain.revision_diff import QuoteDiff
from nspdesk.store import quote_tools
from nspdesk.store.quote_list import partner_choices
from nspdesk.store.quotes import QuoteInput
from nspdesk.ui import operations
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import show
from nspdesk.ui.views.quotes import pickers
from nspdesk.ui.views.quotes.diff_view import DiffDialog, RevisionCompareDialog

if TYPE_CHECKING:
    from nspdesk.ui.views.quotes.editor import QuoteEditor


class QuoteTools(QObject):
    def __init__(self, editor: QuoteEditor) -> None:
        super().__init__(editor)
        self.editor = editor
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
        name = pickers.ask_template_name(editor, data.subject)
        if name is None or not name.strip():
            return False
        name = name.strip()
        with self.context.database.read() as session:
            taken = any(t.name == name for t in quote_tools.list_templates(session))
        if taken and not pickers.ask_overwrite(editor, name):
            return False

        def store() -> bool:
            with self.context.database.write() as session:
                quote_tools.save_template(session, name, data, overwrite=taken)
            return True

        if operations.run(editor, title, store) is None:
            return False
        editor.status.emit(self.tr("Vorlage „{name}“ gespeichert").format(name=name))
        return True

    def apply_template(self) -> bool:
        """Replace the lines and texts with a template's (article prices from today's catalog)."""
        editor = self.editor
        if editor.read_only:
            return False
        with self.context.database.read() as session:
            templates = quote_tools.list_templates(session)
        if not templates:
            editor.show_hint(
                self.tr("Noch keine Vorlagen: „Als Vorlage speichern …“ legt eine an.")
            )
            return False
        template_id = pickers.ask_template(editor, templates)
        if template_id is None:
            return False
        current = editor.form_input()
        days = self.context.settings.get_int(options.VALIDITY_DAYS)

        def read() -> quote_tools.FromTemplate:
            with self.context.database.read() as session:
                return quote_tools.input_from_template(
                    session, template_id, current.partner_id, current.quote_date, days
                )

        made = operations.run(editor, self.tr("Aus Vorlage"), read)
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
        editor.status.emit(self.tr("Vorlage „{name}“ übernommen").format(name=name))
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
        with self.context.database.read() as session:
            partners = partner_choices(session)
        current = editor.partner_picker.current_partner()
        partner_id = pickers.ask_partner(editor, partners, current.id if current else None)
        if partner_id is None:
            return False
        today = editor.today()
        days = self.context.settings.get_int(options.VALIDITY_DAYS)

        def store() -> tuple[int, str, QuoteDiff, str, str]:
            with self.context.database.write() as session:
                copy = quote_tools.duplicate_for_partner(
                    session, self.context.library, quote_id, partner_id, today, days
                )
                return (
                    copy.quote.id,
                    copy.quote.number,
                    copy.diff,
                    copy.source_tier,
                    copy.target_tier,
                )

        made = operations.run(editor, self.tr("Für anderen Partner kopieren"), store)
        if made is None:
            return False
        new_id, number, diff, source_tier, target_tier = made
        editor.load(new_id)
        editor.changed_in_store.emit(new_id)
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
            self.tr("Unterschiede zu {source}").format(source=source), intro, diff, editor
        )
        self.diff_dialog.open()
        editor.status.emit(self.tr("Kopie {number} angelegt").format(number=number))
        return True

    # --- revisions -------------------------------------------------------------------------------

    def compare_revisions(self) -> bool:
        editor = self.editor
        loaded = editor.loaded
        if loaded is None or len(loaded.revisions) < 2:
            editor.status.emit(self.tr("Zum Vergleichen braucht das Angebot zwei Revisionen."))
            return False
        quote_id = loaded.quote_id

        def diff_for(old: int, new: int) -> QuoteDiff:
            with self.context.database.read() as session:
                return quote_tools.revision_diff(session, quote_id, old, new)

        self.close_dialogs()
        self.compare_dialog = RevisionCompareDialog(
            loaded.number, loaded.revisions, diff_for, editor
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
