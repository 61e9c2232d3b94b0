"""Opening a registry: engine, pragmas, sessions, schema checks.

SQLite gets WAL, foreign keys and a busy timeout; write transactions start
with ``BEGIN IMMEDIATE`` so that two writers queue instead of failing on a
lock upgrade. PostgreSQL write transactions that merge (ingest) take one
advisory lock, so concurrent ingests see each other's events.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..config import database_url
from ..errors import DatabaseUnreachableError, RegistryError, StorageFullError
from . import _migrate

__all__ = ["Registry", "open_registry", "upgrade_database"]

#: advisory lock key for merging writers on PostgreSQL ("COMQ")
_PG_LOCK_KEY = 0x434F4D51
_WRITE = "communique_write"


def _sqlite_setup(engine: Engine, *, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA foreign_keys = ON")
        if not memory:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _make_engine(url: str, echo: bool = False) -> Engine:
    try:
        if url.startswith("sqlite"):
            memory = url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url
            kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
            if memory:
                kwargs["poolclass"] = StaticPool
            engine = create_engine(url, echo=echo, **kwargs)
            _sqlite_setup(engine, memory=memory)
        else:
            engine = create_engine(url, echo=echo, pool_pre_ping=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseUnreachableError(
            f"the database URL {_safe(url)!r} is not usable ({exc}); give a URL such as "
            "sqlite:///./communique.db or postgresql+psycopg://user@host:5432/db "
            "in COMMUNIQUE_DATABASE_URL or --db") from None
    return engine


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url


class Registry:
    """A registry database: an engine plus sessions for reading and writing."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.dialect = engine.dialect.name
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{_WRITE: True}),
                                   expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Registry({_safe(self.url)!r})"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries (closed at the end; loaded objects stay readable)."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self, *, lock: bool = False) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error.

        ``lock=True`` serialises merging writers on PostgreSQL (SQLite writers
        are serialised by ``BEGIN IMMEDIATE`` anyway).
        """
        try:
            with self._write() as session, session.begin():
                if lock and self.dialect == "postgresql":
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                    {"k": _PG_LOCK_KEY})
                yield session
        except DatabaseError as exc:
            if disk_full(exc):
                raise StorageFullError(
                    f"the disk holding the registry ({_safe(self.url)}) is full: nothing of "
                    "this change was stored; free some space (or move the database) and do "
                    "it again") from None
            raise

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a bulk change (SQLite's
        ``PRAGMA optimize``, bounded by ``analysis_limit``; PostgreSQL's autovacuum
        does this by itself). Without them SQLite may scan the status index of every
        event for one country's year instead of looking its few events up."""
        if self.dialect != "sqlite":
            return
        # (a write transaction from its start, committed: ANALYZE writes the statistics,
        # and a deferred transaction that another process's commit overtook would fail
        # at once with "database is locked" instead of waiting its turn; rolled back,
        # the statistics would not be kept)
        with self.engine.execution_options(**{_WRITE: True}).begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
            conn.exec_driver_sql("PRAGMA optimize = 0x10002")

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _migrate.current_revision(conn)

    def upgrade(self) -> tuple[str | None, str]:
        """Migrate to the newest schema; returns (before, after) revisions."""
        return _migrate.upgrade(self.engine.execution_options(**{_WRITE: True}), self.dialect)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def disk_full(exc: BaseException) -> bool:
    """Whether a database error says the disk (or the database's size limit) is full:
    SQLite's SQLITE_FULL, PostgreSQL's SQLSTATE 53100 or ENOSPC."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:  # SQLite rolls back on a full
        seen.add(id(current))  # disk, so the error seen may be the failed savepoint rollback
        orig = getattr(current, "orig", current)
        if getattr(orig, "sqlstate", None) == "53100" or \
                getattr(orig, "pgcode", None) == "53100" or \
                getattr(orig, "sqlite_errorname", None) == "SQLITE_FULL":
            return True
        message = str(orig).lower()
        if "database or disk is full" in message or "no space left on device" in message:
            return True
        current = current.__cause__ or current.__context__
    return False


def _probe(engine: Engine, url: str) -> tuple[str | None, bool]:
    """(current revision, whether the database is empty); clear errors if unreachable."""
    try:
        with engine.connect() as conn:
            current = _migrate.current_revision(conn)
            return current, current is None and not _migrate.has_tables(conn)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnreachableError(
            f"cannot reach the database at {_safe(url)} ({reason}); check that the server "
            "is running and the URL (COMMUNIQUE_DATABASE_URL or --db) is right, or that the "
            "folder of an SQLite file exists") from None
    except DatabaseError as exc:
        engine.dispose()
        raise RegistryError(
            f"{_safe(url)} is not a communique database ({exc.orig}); "
            "point COMMUNIQUE_DATABASE_URL or --db at another file") from None


def open_registry(url: str | None = None, *, migrate: bool = True, echo: bool = False) -> Registry:
    """Open the registry at ``url`` (default: settings), checking its schema.

    A new (empty) database is migrated when ``migrate`` is true; one whose
    revision the code does not know raises :class:`SchemaTooNewError`; one
    that is older asks for ``communique db upgrade``. An unreachable
    database raises :class:`DatabaseUnreachableError`.
    """
    url = database_url(url)
    engine = _make_engine(url, echo)
    reg = Registry(url, engine)
    current, empty = _probe(engine, url)
    try:
        _migrate.check(current, empty=empty, migrate=migrate)
    except RegistryError:
        engine.dispose()
        raise
    if empty and migrate:
        reg.upgrade()
    return reg


def upgrade_database(url: str | None = None) -> tuple[str | None, str]:
    """Create or migrate the database at ``url`` to the newest schema (``db upgrade``)."""
    url = database_url(url)
    engine = _make_engine(url)
    reg = Registry(url, engine)
    try:
        _probe(engine, url)
        return reg.upgrade()
    finally:
        reg.close()
