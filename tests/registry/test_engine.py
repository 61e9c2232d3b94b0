from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from communique.errors import DatabaseUnreachableError, RegistryError, SchemaTooNewError
from communique.registry import open_registry, schema_head, upgrade_database


def test_a_new_database_is_migrated_on_first_use(database_url):
    with open_registry(database_url) as reg:
        assert reg.revision() == schema_head()
        tables = set(inspect(reg.engine).get_table_names())
    assert {"documents", "events", "event_participants", "event_persons", "mentions",
            "persons", "person_roles", "audit_log", "alembic_version"} <= tables


def test_without_migrate_a_new_database_asks_for_db_upgrade(database_url):
    with pytest.raises(RegistryError, match="db upgrade"):
        open_registry(database_url, migrate=False)
    assert upgrade_database(database_url) == (None, schema_head())
    assert upgrade_database(database_url) == (schema_head(), schema_head())


def test_a_database_newer_than_the_code_raises_schema_too_new(database_url):
    open_registry(database_url).close()
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match="newer communique"):
        open_registry(database_url)
    with pytest.raises(SchemaTooNewError):
        upgrade_database(database_url)


def test_migrations_run_without_an_alembic_ini(database_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no alembic.ini anywhere near
    assert upgrade_database(database_url)[1] == schema_head()


@pytest.mark.parametrize("url", ["postgresql+psycopg://nobody@127.0.0.1:1/x",
                                 "sqlite:////nonexistent-folder/deeper/x.db",
                                 "unknown-dialect://host/db"])
def test_unreachable_urls_raise_a_clear_error(url):
    with pytest.raises(DatabaseUnreachableError) as info:
        open_registry(url)
    assert "COMMUNIQUE_DATABASE_URL" in str(info.value)


def test_a_password_is_not_shown_in_messages():
    with pytest.raises(DatabaseUnreachableError) as info:
        open_registry("postgresql+psycopg://user:s3cret@127.0.0.1:1/x")
    assert "s3cret" not in str(info.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is plain text, not SQLite" * 100)
    with pytest.raises(RegistryError):
        open_registry(f"sqlite:///{bogus}")


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    with open_registry(f"sqlite:///{tmp_path / 'r.db'}") as reg, reg.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_database_url_comes_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("COMMUNIQUE_DATABASE_URL", url)
    with open_registry() as reg:
        assert reg.url == url
    assert (tmp_path / "env.db").exists()


def test_in_memory_sqlite_keeps_one_database():
    with open_registry("sqlite://") as reg:
        with reg.read() as s:
            assert s.execute(text("SELECT count(*) FROM events")).scalar() == 0


def test_optimize_keeps_the_planners_statistics_on_sqlite(tmp_path):
    """``Registry.optimize`` commits what ANALYZE wrote (it was rolled back with the
    connection before), in a write transaction from its start, so that a concurrent
    writer makes it wait rather than fail with "database is locked"."""
    import sqlite3

    from conftest import FakeDocument, fake_extract

    from communique.services.ingest import ingest_document

    path = tmp_path / "stats.db"
    with open_registry(f"sqlite:///{path}") as reg:
        ingest_document(FakeDocument(name="a.txt", text="# a\nvisit 2021-05-01 TUR>AZE\n"),
                        registry=reg, extractor=fake_extract)
        reg.optimize()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0]
    assert rows > 0
