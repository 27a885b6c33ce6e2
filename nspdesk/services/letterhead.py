"""The team's letterhead (the sender on every quote and letter) and the team's cap on extra discounts.

Both live in the database, so everyone who shares it prints the same letterhead and is held to the
same cap; the quote services read the cap from the same row. ``None`` as the cap means "as far as
the program allows": a later edition with a higher cap then applies without anyone changing it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from nspdesk.domain.letterhead import Sender, demo_sender
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.services.errors import InputError
from nspdesk.services.workspace import Workspace, locate, open_workspace
from nspdesk.store.models import SenderRow
from nspdesk.store.sender import load_sender, save_sender

CAP_FIELD = "max_extra_discount"
ABOVE_PROGRAM = QT_TRANSLATE_NOOP(
    "Letterhead", "Der höchste Zusatzrabatt darf {percent} % nicht übersteigen."
)
NEGATIVE = QT_TRANSLATE_NOOP("Letterhead", "Der höchste Zusatzrabatt darf nicht negativ sein.")


def load_letterhead(workspace: Workspace) -> Sender:
    """The configured sender, or the fictitious demo sender while none is configured."""
    with workspace.database.read() as session:
        return load_sender(session)


def letterhead_at(db: str | None) -> Sender:
    """The letterhead of the database ``db`` names, for a document printed without one open.

    A database file that does not exist gives the demo sender and is not created: printing a
    letter never makes a database.
    """
    if not locate(db).exists:
        return demo_sender()
    with open_workspace(db) as workspace:
        return load_letterhead(workspace)


def save_letterhead(workspace: Workspace, sender: Sender) -> None:
    with workspace.database.write() as session:
        save_sender(session, sender)


def program_cap(workspace: Workspace, on: date | None = None) -> Decimal:
    """The highest extra discount the program edition valid ``on`` (today) allows, in percent."""
    return workspace.library.edition_for(on or date.today()).max_extra_discount


def max_extra_discount(workspace: Workspace) -> Decimal | None:
    """The team's cap in percent, or None: the program's cap applies."""
    with workspace.database.read() as session:
        row = session.get(SenderRow, 1)
        return None if row is None else row.max_extra_discount


def effective_cap(workspace: Workspace) -> Decimal:
    """The cap a quote is held to today: the team's, never above the program's."""
    team, program = max_extra_discount(workspace), program_cap(workspace)
    return program if team is None else min(team, program)


def _checked(workspace: Workspace, value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    cap = program_cap(workspace)
    if value < 0:
        raise InputError(CAP_FIELD, NEGATIVE)
    if value > cap:
        raise InputError(CAP_FIELD, ABOVE_PROGRAM.format(percent=str(cap)))
    return None if value == cap else value  # the program's cap: follow the program


def _sender_row(session: Session) -> SenderRow:
    row = session.get(SenderRow, 1)
    if row is None:  # no letterhead yet: the demo sender's, as everyone sees it until one is set
        save_sender(session, demo_sender())
        session.flush()
        row = session.get(SenderRow, 1)
        assert row is not None
    return row


def set_max_extra_discount(workspace: Workspace, value: Decimal | None) -> None:
    """Set the team's cap (None: the program's). Above the program's cap: ``InputError``."""
    stored = _checked(workspace, value)
    with workspace.database.write() as session:
        _sender_row(session).max_extra_discount = stored


def save_team_settings(workspace: Workspace, sender: Sender, cap: Decimal | None) -> None:
    """The settings view's "Speichern": the letterhead and the cap in one transaction."""
    stored = _checked(workspace, cap)
    with workspace.database.write() as session:
        save_sender(session, sender)
        session.flush()
        _sender_row(session).max_extra_discount = stored


def adopt_device_cap(workspace: Workspace, device_value: Decimal) -> bool:
    """The first start after the cap moved into the database: keep the cap this device had.

    Copied only when the database has none and the device's is below the program's; whether it
    was copied. The caller asks once per device (a later reset to the program's cap stays).
    """
    if not 0 <= device_value < program_cap(workspace):
        return False
    with workspace.database.write() as session:
        row = _sender_row(session)
        if row.max_extra_discount is not None:
            return False
        row.max_extra_discount = device_value
    return True
