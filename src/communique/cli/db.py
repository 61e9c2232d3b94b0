"""``communique db``: create or upgrade the registry's schema, show its state."""

from __future__ import annotations

from typing import Any

import typer

from ..errors import CommuniqueError
from ._common import fail
from ._registry import DbOption, resolve_db

db_app = typer.Typer(help="The registry database: upgrade its schema, show its state.",
                     no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(db: DbOption = None) -> None:
    """Create or migrate the registry to the newest schema.

    Example: communique db upgrade --db sqlite:///./communique.db
    """
    from ..registry import upgrade_database

    try:
        before, after = upgrade_database(resolve_db(db))
    except CommuniqueError as exc:
        fail(exc)
    typer.echo(f"schema at revision {after}" + (
        " (already current)" if before == after else f" (was {before or 'empty'})"))


@db_app.command("status")
def status_command(db: DbOption = None) -> None:
    """Show the schema revision and how many documents, events and persons are stored.

    Example: communique db status
    """
    from sqlalchemy import func, select

    from ..registry import Document, Event, Mention, Person, schema_head
    from ._registry import registry_for

    with registry_for(db) as reg, reg.read() as s:
        def count(model: Any, *where: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        typer.echo(f"database  {reg!r}")
        typer.echo(f"schema    {reg.revision()} (code: {schema_head()})")
        typer.echo(f"documents {count(Document)}")
        typer.echo(f"events    {count(Event, Event.merged_into_id.is_(None))}")
        for status in ("candidate", "accepted", "rejected"):
            n = count(Event, Event.merged_into_id.is_(None), Event.status == status)
            typer.echo(f"  {status:<9} {n}")
        typer.echo(f"mentions  {count(Mention)}")
        typer.echo(f"persons   {count(Person)}")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
