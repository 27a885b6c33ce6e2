"""The sender's company data: stored in one row, handed out as the domain's ``Sender``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from nspdesk.domain.letterhead import Sender, demo_sender
from nspdesk.store.models import SenderRow

_FIELDS = (
    "company",
    "legal_form",
    "street",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "web",
    "register_court",
    "register_number",
    "vat_id",
    "bank_name",
    "iban",
    "bic",
    "seat",
    "signer_name",
    "signer_function",
)


def load_sender(session: Session) -> Sender:
    """The configured sender, or the fictitious demo sender while none is configured."""
    row = session.get(SenderRow, 1)
    if row is None:
        return demo_sender()
    values = {name: getattr(row, name) for name in _FIELDS}
    directors = tuple(d.strip() for d in row.managing_directors.splitlines() if d.strip())
    return Sender(**values, managing_directors=directors)


def save_sender(session: Session, sender: Sender) -> None:
    row = session.get(SenderRow, 1) or SenderRow(id=1)
    for name in _FIELDS:
        setattr(row, name, getattr(sender, name))
    row.managing_directors = "\n".join(sender.managing_directors)  # a name may contain a comma
    session.add(row)
