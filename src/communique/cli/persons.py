"""``communique persons``: people with time-bounded roles."""

from __future__ import annotations

from typing import Annotated

import typer

from ._registry import DbOption, UserOption, registry_for

persons_app = typer.Typer(help="Persons and who held which title when.", no_args_is_help=True)


def _term(start: str | None, end: str | None) -> str:
    return f"{start or '…'} – {end or 'now'}"


@persons_app.command("list")
def list_command(
    name: Annotated[str | None, typer.Option("--name", help="Part of the name.")] = None,
    db: DbOption = None,
) -> None:
    """List persons with their roles and how many events name them.

    Example: communique persons list --name bayramov
    """
    from rich.console import Console
    from rich.table import Table

    from ..services.persons import list_persons

    with registry_for(db) as reg:
        people = list_persons(reg, name)
    table = Table()
    for col in ("id", "name", "roles", "events"):
        table.add_column(col)
    for p in people:
        roles = "\n".join(f"{r.role} {r.country or ''} {_term(r.start, r.end)}" for r in p.roles)
        table.add_row(str(p.id), p.name, roles, str(p.events))
    Console().print(table)


@persons_app.command("show")
def show_command(
    key: Annotated[str, typer.Argument(help="Person id or exact name.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Show a person's roles and the events that name them.

    Example: communique persons show "Jeyhun Bayramov"
    """
    from ..services.persons import show_person
    from ..services.query import EventFilter, list_events
    from ._registry import print_views

    with registry_for(db) as reg:
        p = show_person(reg, key)
        views = list_events(reg, EventFilter(ids=p.event_ids,
                                             statuses=["candidate", "accepted", "rejected"])) \
            if p.event_ids else []
    typer.echo(f"{p.name} (person {p.id})")
    for r in p.roles:
        typer.echo(f"  {r.role} {r.country or ''} {_term(r.start, r.end)}")
    typer.echo(f"{p.events} event(s)")
    if views:
        print_views(views)


@persons_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="Full name.", show_default=False)],
    role: Annotated[str | None, typer.Option(help="Role, e.g. foreign_minister.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 (or organisation) of the role.")]
    = None,
    start: Annotated[str | None, typer.Option("--from", help="In office from YYYY[-MM[-DD]].")]
    = None,
    end: Annotated[str | None, typer.Option("--to", help="In office until YYYY[-MM[-DD]].")]
    = None,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Add a person, or a role to a known person; events naming only the title link to them.

    Example: communique persons add "Jeyhun Bayramov" --role foreign_minister --country AZE
    --from 2020-07-16
    """
    from ..services.persons import add_person

    with registry_for(db) as reg:
        p = add_person(reg, name, role=role, country=country, start=start, end=end, user=user)
    typer.echo(f"person {p.id} {p.name}: {len(p.roles)} role(s); {p.events} event "
               "person(s) linked now")


def register(app: typer.Typer) -> None:
    app.add_typer(persons_app, name="persons")
