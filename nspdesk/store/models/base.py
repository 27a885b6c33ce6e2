"""The declarative base with a naming convention, so Alembic batch migrations can name constraints."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nspdesk.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamps:
    """Creation and last-change time in UTC."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Versioned:
    """A record people edit: its ``version`` goes up with every saved change, ``updated_by`` says who.

    A service compares the version an editor started from with the stored one and refuses a stale
    save, naming ``updated_by`` and ``updated_at`` (``nspdesk.store.editing``).
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
