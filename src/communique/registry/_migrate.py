"""Alembic, driven from code: the migrations ship inside the package and
no ``alembic.ini`` is needed at run time."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from ..errors import RegistryError, SchemaTooNewError

__all__ = ["MIGRATIONS", "alembic_config", "head", "current_revision", "check", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = _script().get_heads()
    return heads[0]


def known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # alembic raises CommandError / ResolutionError subclasses
        return False


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def has_tables(conn: Connection) -> bool:
    return bool(set(inspect(conn).get_table_names()) & {"events", "documents"})


def check(current: str | None, *, empty: bool, migrate: bool) -> None:
    """Raise unless a database at ``current`` can be used by this code."""
    if current == head():
        return
    if current is None:
        if empty and migrate:
            return
        if empty:
            raise RegistryError("the database has no communique tables yet; "
                                "run `communique db upgrade` to create them")
        raise RegistryError("the database has tables but no communique schema revision; "
                            "point COMMUNIQUE_DATABASE_URL or --db at a communique database")
    if not known(current):
        raise SchemaTooNewError(
            f"the database is at schema revision {current!r}, which this version of "
            f"communique does not know (newest known: {head()!r}): it was written by a "
            "newer communique. Upgrade communique (pip install -U communique) or use "
            "another database")
    raise RegistryError(f"the database is at schema revision {current!r}, older than "
                        f"this code ({head()!r}): back it up, then run `communique db upgrade`")


def upgrade(engine: Engine, dialect: str) -> tuple[str | None, str]:
    """Upgrade to head in one transaction, under a lock so that two
    processes opening a new database at once do not both create it."""
    with engine.begin() as conn:
        if dialect == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(1129270609)")
        before = current_revision(conn)
        if before is not None and not known(before):
            check(before, empty=False, migrate=True)
        if before != head():
            command.upgrade(alembic_config(conn), "head")
    return before, head()
