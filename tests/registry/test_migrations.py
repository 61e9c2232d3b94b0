from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import communique.consular  # noqa: F401  (the desk's tables share the registry's metadata)
from communique.registry import Base, open_registry
from communique.registry._migrate import MIGRATIONS
from communique.registry._search import include_object


def test_the_shipped_migrations_build_exactly_the_models(database_url):
    with open_registry(database_url) as reg, reg.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_the_migrations_ship_inside_the_package():
    assert (MIGRATIONS / "env.py").is_file()
    assert list((MIGRATIONS / "versions").glob("0001_*.py"))
