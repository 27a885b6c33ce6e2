"""Pricing a later revision at today's conditions: the differences first, applied only on request.

A new revision keeps the tier, tier decision and edition of the revision it comes from. "Zu heutigen
Konditionen neu berechnen" (the editor's "Weitere" menu) asks ``services.quotes.reprice_preview``
what would change — the partner's tier today, today's edition, every line's discount and amount —
and shows it in a :class:`RepriceDialog`. When today's figures do not carry the partner's tier the
dialog asks for the decision (the editor's :class:`TierPanel`), as a new quote would. Only
"Übernehmen" saves (``services.quotes.reprice``, checked against the version the editor loaded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Program
from nspdesk.domain.tier_check import TierCheck, TierChoice
from nspdesk.services import quotes
from nspdesk.services.errors import StoreError
from nspdesk.ui import operations
from nspdesk.ui.formats import day, money
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import error_text
from nspdesk.ui.views.quotes.diff_view import DiffView
from nspdesk.ui.views.quotes.tier_panel import TierPanel
from nspdesk.ui.views.quotes.tools import ToolsHost

Preview = Callable[[TierChoice | None, str], quotes.Repricing]


class RepriceDialog(QDialog):
    """What pricing at today's conditions changes; "Übernehmen" is enabled while it can be priced."""

    def __init__(
        self,
        label: str,
        on: date,
        program: Program,
        check: TierCheck | None,
        preview: Preview,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repriceDialog")
        self.setWindowTitle(self.tr("Zu heutigen Konditionen neu berechnen"))
        self.resize(960, 440)
        self.label, self.on, self.program, self.preview = label, on, program, preview
        self.repricing: quotes.Repricing | None = None
        self.intro = QLabel()
        self.intro.setObjectName("repriceIntro")
        self.intro.setWordWrap(True)
        self.tier_panel = TierPanel()
        self.tier_panel.show_check(check)
        self.tier_panel.changed.connect(self.refresh)
        self.problem = QLabel()
        self.problem.setObjectName("repriceProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c;")
        self.view = DiffView()
        self.gross = QLabel()
        self.gross.setObjectName("repriceGross")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        apply = self.buttons.addButton(
            self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        assert apply is not None
        self.apply_button: QPushButton = apply
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tier_panel)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.gross)
        layout.addWidget(self.buttons)
        self.refresh()

    def decision(self) -> tuple[TierChoice | None, str]:
        return self.tier_panel.choice(), self.tier_panel.reason_text()

    def refresh(self) -> None:
        """Ask again with the decision shown (a refused one says why and cannot be applied)."""
        choice, reason = self.decision()
        try:
            self.repricing = self.preview(choice, reason)
        except InputError as error:
            self.repricing = None
            decide_above = (
                error.field in {"tier_choice", "tier_reason"} and self.tier_panel.needed()
            )
            self.problem.setText(
                self.tr("Bitte oben entscheiden, zu welcher Stufe neu berechnet wird.")
                if decide_above and error.field == "tier_choice"
                else error.message
            )
        except StoreError as error:
            self.repricing = None
            self.problem.setText(error_text(error))
        else:
            self.problem.setText("")
        self.problem.setVisible(bool(self.problem.text()))
        result = self.repricing
        self.view.show_diff(result.lines if result is not None else None)
        self.apply_button.setEnabled(result is not None and not result.unchanged)
        if result is None:
            self.intro.setText(
                self.tr("{label} zu den Konditionen vom {day} neu berechnen:").format(
                    label=self.label, day=day(self.on)
                )
            )
            self.gross.setText("")
            return
        before, after = result.before, result.after
        tier = (
            self.tr("Stufe {old} → {new}").format(
                old=self._name(before.tier), new=self._name(after.tier)
            )
            if before.tier != after.tier
            else self.tr("Stufe {tier} bleibt").format(tier=self._name(after.tier))
        )
        edition = (
            self.tr("Edition {old} → {new}").format(old=before.edition, new=after.edition)
            if before.edition != after.edition
            else self.tr("Edition {edition} bleibt").format(edition=after.edition)
        )
        self.intro.setText(
            self.tr("{label} zu den Konditionen vom {day}: {tier}, {edition}.").format(
                label=self.label, day=day(self.on), tier=tier, edition=edition
            )
            if not result.unchanged
            else self.tr("{label}: zu den Konditionen vom {day} ändert sich nichts.").format(
                label=self.label, day=day(self.on)
            )
        )
        self.gross.setText(
            self.tr("Brutto vorher {old} · nachher {new}").format(
                old=money(result.gross_before), new=money(result.gross_after)
            )
        )

    def _name(self, tier: str) -> str:
        return show(self.program.tiers[tier].name) if tier in self.program.tiers else tier


def ask_to_apply(dialog: RepriceDialog) -> bool:
    """Show ``dialog`` and wait (tests answer instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class Repricer(QObject):
    """The editor's "Zu heutigen Konditionen neu berechnen"."""

    def __init__(self, editor: ToolsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.parent_widget = parent
        self.ask: Callable[[RepriceDialog], bool] = ask_to_apply

    @staticmethod
    def offered(revision: int, draft: bool) -> bool:
        """Whether the action applies: a draft of a later revision (the first follows its date)."""
        return draft and revision > 1

    def reprice(self) -> bool:
        editor = self.editor
        title = self.tr("Zu heutigen Konditionen neu berechnen")
        quote_id = editor.saved_first()  # typed changes are saved before
        loaded = editor.loaded
        partner_id = editor.current_partner_id()
        if quote_id is None or loaded is None or partner_id is None:
            return False
        workspace, today, parent = editor.context.workspace, editor.today(), self.parent_widget
        check = operations.run(
            parent, title, lambda: quotes.tier_check(workspace, partner_id, today)
        )

        def preview(choice: TierChoice | None, reason: str) -> quotes.Repricing:
            return quotes.reprice_preview(workspace, quote_id, today, choice=choice, reason=reason)

        dialog = RepriceDialog(
            loaded.label, today, editor.context.program(today), check, preview, parent
        )
        try:
            if not self.ask(dialog):
                return False
            choice, reason = dialog.decision()
        finally:
            dialog.deleteLater()
        version = loaded.version
        done = operations.run(
            parent,
            title,
            lambda: quotes.reprice(
                workspace, quote_id, today, choice=choice, reason=reason, expected_version=version
            ),
        )
        if done is None:
            return False
        editor.load(quote_id)
        editor.stored(quote_id)
        editor.say(
            self.tr("Angebot {label}: zu den Konditionen vom {day} neu berechnet").format(
                label=loaded.label, day=day(today)
            )
        )
        return True
