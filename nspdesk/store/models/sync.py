"""The bookkeeping of sync (docs/sync.md): global ids, the hub's change numbers, devices, conflicts.

None of these tables travels; each database keeps its own.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nspdesk.store.models.base import Base
from nspdesk.store.types import UTCDateTime, utcnow


class SyncRow(Base):
    """A travelling row's global id and its sync state (a tombstone when ``local_id`` is NULL)."""

    __tablename__ = "sync_rows"
    __table_args__ = (
        UniqueConstraint("tbl", "local_id"),
        Index("ix_sync_rows_seq", "seq"),
        Index("ix_sync_rows_dirty", "dirty"),
    )

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    gid: Mapped[str] = mapped_column(String(32), primary_key=True)
    local_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Hub: the change number of the current version; device: the hub's number of the common base.
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    origin: Mapped[str | None] = mapped_column(String(40), nullable=True)
    change: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    dirty: Mapped[bool] = mapped_column(default=False, server_default="0")


class SyncCounter(Base):
    """The hub's last change number (one row); its row lock orders change numbers by commit."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class SyncDevice(Base):
    """A device registered with the hub (kept on the hub)."""

    __tablename__ = "sync_devices"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    removed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


# The rows of ``sync_self``: the team this file is a device of, and the device a file that left
# its team was (it keeps numbering quotes in that device's series).
MEMBER = 1
FORMER = 2


class SyncSelf(Base):
    """On a device: which device it is and where its hub is (row ``MEMBER``; none: not in a
    team). A file that left its team keeps row ``FORMER`` (``hub_url`` ""): its device name, whose
    quote number series it goes on with.

    ``hub_url`` never holds the password (it is in the system's credential store).
    """

    __tablename__ = "sync_self"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    device: Mapped[str] = mapped_column(String(40))
    hub_url: Mapped[str] = mapped_column(Text)
    watermark: Mapped[int] = mapped_column(BigInteger, default=-1, server_default="-1")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SyncConflict(Base):
    """Two versions of one row: the hub's stayed in the table, the device's is kept here (JSON)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("device", "tbl", "gid", "change"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device: Mapped[str] = mapped_column(String(40))
    tbl: Mapped[str] = mapped_column(String(60))
    gid: Mapped[str] = mapped_column(String(32))
    change: Mapped[int] = mapped_column(Integer)
    root_tbl: Mapped[str] = mapped_column(String(60))
    root_gid: Mapped[str] = mapped_column(String(32))
    mine: Mapped[str] = mapped_column(Text)  # the device's row as JSON; "" for a delete
    theirs: Mapped[str] = mapped_column(Text)  # the hub's row as JSON; "" when it is gone
    reason: Mapped[str] = mapped_column(String(30))  # changed, deleted, parent_gone, taken, in_use
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(10), default="", server_default="")
