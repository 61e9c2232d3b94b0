"""Search and browsing support: full-text search over mention sentences
(migration 0003) and the index the events page's counts use (migration 0004).

SQLite: the FTS5 table ``mentions_fts`` (external content over
``mentions.text``, kept in step by triggers). PostgreSQL: a GIN index on
``to_tsvector('english', coalesce(text, ''))``. Where neither exists (a
SQLite built without FTS5) :func:`matching_events` falls back to LIKE.

The full-text objects live outside the SQLAlchemy models; :func:`include_object`
tells Alembic's comparison to leave them alone. ``ix_events_browse`` (status,
type, start, merge pointer) is a model index declared here: with it, counts by
status, type and year read the index only, not the wide event rows.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Index, Select, func, literal_column, or_, select, text
from sqlalchemy.engine import Connection

from ._models import Event, Mention

__all__ = ["FTS_TABLE", "PG_INDEX", "BROWSE_INDEX", "include_object", "has_fulltext",
           "fts5_query", "matching_events"]

FTS_TABLE = "mentions_fts"
PG_INDEX = "ix_mentions_fulltext"
_WORD = re.compile(r"\w+", re.UNICODE)

#: counts of the events page (by status, type, year) from the index alone
BROWSE_INDEX = Index("ix_events_browse", Event.status, Event.type, Event.date_lo,
                     Event.merged_into_id)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic ``include_object`` hook: skip the search table, its shadows and the GIN index."""
    if name and (name == FTS_TABLE or name.startswith(FTS_TABLE + "_") or name == PG_INDEX):
        return False
    return True


def has_fulltext(conn: Connection) -> bool:
    """Whether the database carries the search objects of migration 0003."""
    if conn.dialect.name == "postgresql":
        found = conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"),
                             {"n": PG_INDEX}).first()
        return found is not None
    if conn.dialect.name == "sqlite":
        found = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"),
                             {"n": FTS_TABLE}).first()
        return found is not None
    return False


def fts5_query(query: str) -> str | None:
    """Words of ``query`` as an FTS5 expression: every word must occur, the last
    one as a prefix (``energy coop`` -> ``"energy" "coop"*``); None without words."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def matching_events(query: str, dialect: str, fulltext: bool) -> Any:
    """A SELECT of the ids of events with a mention sentence matching ``query``
    (or, without full-text objects, containing it, or a title containing it)."""
    if fulltext and dialect == "sqlite":
        expr = fts5_query(query)
        if expr is None:
            return None
        hits: Select[Any] = select(literal_column("rowid")).select_from(text(FTS_TABLE)).where(
            literal_column(FTS_TABLE).op("MATCH")(expr))
        return select(Mention.event_id).where(Mention.id.in_(hits))
    if fulltext and dialect == "postgresql":
        if not _WORD.search(query):
            return None
        # literally the indexed expression, so that PostgreSQL uses ix_mentions_fulltext
        vector = func.to_tsvector(literal_column("'english'"),
                                  func.coalesce(Mention.text, literal_column("''")))
        return select(Mention.event_id).where(
            vector.op("@@")(func.plainto_tsquery(literal_column("'english'"), query)))
    like = f"%{query.lower()}%"
    return select(Mention.event_id).where(func.lower(Mention.text).like(like)).union(
        select(Event.id).where(or_(func.lower(Event.title).like(like))))
