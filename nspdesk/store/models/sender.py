"""The sender's company data printed on every letterhead and footer (one row)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from nspdesk.store.models.base import Base, Timestamps
from nspdesk.store.types import ExactDecimal


class SenderRow(Base, Timestamps):
    __tablename__ = "sender"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    company: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="Deutschland")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    web: Mapped[str] = mapped_column(String(200), default="")
    register_court: Mapped[str] = mapped_column(String(100), default="")
    register_number: Mapped[str] = mapped_column(String(50), default="")
    managing_directors: Mapped[str] = mapped_column(String(300), default="")  # one per line
    vat_id: Mapped[str] = mapped_column(String(30), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(20), default="")
    seat: Mapped[str] = mapped_column(String(100), default="")  # when it differs from the city
    # Who signs letters when the person printing gives no name of their own (domain.signer_for).
    signer_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signer_function: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # The team's cap on extra discounts in percent (None: the program's own cap); it can only lower
    # the program's cap, never raise it.
    max_extra_discount: Mapped[Decimal | None] = mapped_column(ExactDecimal, nullable=True)
