"""The schema version of a database and bringing it to the newest one with Alembic.

Order at every start (as Anki does it): find the revision, refuse a newer or foreign schema, back up,
upgrade, check. The backup before an upgrade is the caller's (``nspdesk.store.opening``), since only
SQLite files are backed up by copying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# ``revision: str = "0008"`` and ``down_revision: str | None = "0007"`` in each migration's file
_REVISION_LINE = re.compile(
    r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|\'([^\']*)\'|None)\s*$', re.MULTILINE
)


def alembic_config(connection: Connection | None = None) -> Config:
    # Alembic (0.17 s to import) only where a schema is made or changed, not for the check at each
    # start that finds the database up to date.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # lazily: see alembic_config

    return ScriptDirectory.from_config(alembic_config())


@cache
def _shipped() -> dict[str, str | None]:
    """Each shipped revision and the one before it, read from the migrations' files as text (no
    import of Alembic or of the migrations); empty when a file does not say it plainly."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        if script.name == "__init__.py":
            continue
        lines = {
            m.group(1): m.group(2) or m.group(3)
            for m in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))
        }
        if not lines.get("revision") or "down_revision" not in lines:
            return {}
        found[str(lines["revision"])] = lines["down_revision"]
    return found


def head_revision() -> str:
    shipped = _shipped()
    heads = set(shipped) - set(shipped.values())
    if len(heads) == 1:
        return heads.pop()
    head = script_directory().get_current_head()  # no plain files (a bundle) or branches
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> set[str]:
    shipped = _shipped()
    if shipped:
        return set(shipped)
    return {script.revision for script in script_directory().walk_revisions()}


# A table every nspdesk schema has had since the first revision: an unknown Alembic revision beside it
# is a newer nspdesk, without it another program's database that happens to use Alembic too.
OUR_TABLE = "partners"


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: no nspdesk schema yet
    head: str
    has_tables: bool
    has_ours: bool = True

    @property
    def empty(self) -> bool:
        return self.current is None and not self.has_tables

    @property
    def foreign(self) -> bool:
        """Tables, but not ours: never touch such a database."""
        if self.current is None:
            return self.has_tables
        return not self.has_ours and self.current not in known_revisions()

    @property
    def newer(self) -> bool:
        return self.current is not None and self.current not in known_revisions() and self.has_ours

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(connection: Connection | None) -> SchemaState:
    """What ``connection``'s database holds (only read); None: a database still to be made."""
    if connection is None:
        return SchemaState(current=None, head=head_revision(), has_tables=False)
    names = inspect(connection).get_table_names()
    current = _current_revision(connection) if "alembic_version" in names else None
    tables = [t for t in names if t != "alembic_version"]
    return SchemaState(
        current=current,
        head=head_revision(),
        has_tables=bool(tables),
        has_ours=OUR_TABLE in tables,
    )


def _current_revision(connection: Connection) -> str | None:
    """The revision in ``alembic_version`` (read as Alembic reads it; Alembic itself when the
    table holds more than one, which it then refuses)."""
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return str(rows[0]) if rows else None
    from alembic.runtime.migration import MigrationContext  # lazily: see alembic_config

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command  # lazily: see alembic_config

    command.upgrade(alembic_config(connection), revision)
