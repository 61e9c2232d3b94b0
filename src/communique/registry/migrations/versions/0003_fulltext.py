"""full-text search over mention sentences

SQLite: an FTS5 table ``mentions_fts`` over ``mentions.text`` (external
content, kept in step by triggers). PostgreSQL: a GIN index on
``to_tsvector('english', coalesce(text, ''))``. A SQLite built without
FTS5 gets nothing here and search falls back to LIKE.

Note for later migrations: on SQLite, a batch migration that rebuilds the
``mentions`` table drops these triggers; recreate them (see
``SQLITE_TRIGGERS``) and run ``INSERT INTO mentions_fts(mentions_fts)
VALUES ('rebuild')``.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import OperationalError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER mentions_fts_ai AFTER INSERT ON mentions BEGIN
         INSERT INTO mentions_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER mentions_fts_ad AFTER DELETE ON mentions BEGIN
         INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER mentions_fts_au AFTER UPDATE OF text ON mentions BEGIN
         INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.id, old.text);
         INSERT INTO mentions_fts(rowid, text) VALUES (new.id, new.text);
       END""",
)

PG_INDEX = ("CREATE INDEX ix_mentions_fulltext ON mentions "
            "USING gin (to_tsvector('english', coalesce(text, '')))")


def _has_fts5() -> bool:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._communique_fts5_probe USING fts5(x)")
    except OperationalError:
        return False
    bind.exec_driver_sql("DROP TABLE temp._communique_fts5_probe")
    return True


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(PG_INDEX)
    elif dialect == "sqlite" and _has_fts5():
        op.execute("CREATE VIRTUAL TABLE mentions_fts USING fts5("
                   "text, content='mentions', content_rowid='id', tokenize='unicode61 "
                   "remove_diacritics 2')")
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild')")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_mentions_fulltext")
    elif dialect == "sqlite":
        for name in ("mentions_fts_ai", "mentions_fts_ad", "mentions_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS mentions_fts")
