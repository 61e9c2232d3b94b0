from __future__ import annotations

from sqlalchemy import create_engine, text

from communique.registry import schema_head


def test_db_upgrade_creates_the_schema_and_is_idempotent(run):
    first = run("db", "upgrade")
    assert first.exit_code == 0, first.output
    assert f"schema at revision {schema_head()} (was empty)" in first.output
    again = run("db", "upgrade")
    assert "already current" in again.output


def test_db_status_migrates_a_new_database_on_first_use(run):
    result = run("db", "status")
    assert result.exit_code == 0, result.output
    assert f"schema    {schema_head()}" in result.output and "events    0" in result.output


def test_a_database_newer_than_the_code_is_refused(run, database_url):
    assert run("db", "upgrade").exit_code == 0
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    for args in (("events", "list"), ("db", "upgrade")):
        result = run(*args)
        assert result.exit_code == 1
        assert "E402" in result.stderr and "newer communique" in result.stderr
        assert "Traceback" not in result.output


def test_an_unreachable_database_gives_a_clear_message(run, tmp_path):
    for url in ("postgresql+psycopg://nobody@127.0.0.1:1/none",
                f"sqlite:///{tmp_path}/no/such/folder/x.db", "nosuchdb://x"):
        result = run("events", "list", "--db", url, db=False)
        assert result.exit_code == 1, (url, result.output)
        assert "E401" in result.stderr and "Traceback" not in result.stderr
        assert "COMMUNIQUE_DATABASE_URL" in result.stderr
