"""The schema version of a database and bringing it to the newest one with Alembic.

Order at every start (as Anki does it): find the revision, refuse a newer or foreign schema, back up,
upgrade, check. The backup before an upgrade is the caller's (``nspdesk.store.opening``), since only
SQLite files are backed up by copying.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> set[str]:
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
    current = MigrationContext.configure(connection).get_current_revision()
    tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
    return SchemaState(
        current=current,
        head=head_revision(),
        has_tables=bool(tables),
        has_ours=OUR_TABLE in tables,
    )


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)
