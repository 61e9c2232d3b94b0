"""``communique agreements``: agreements over their life — list, show, status, add, sync."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from ..errors import UsageError
from ._common import fail
from ._registry import DbOption, UserOption, registry_for

agreements_app = typer.Typer(help="Agreements: signed, ratified, in force, ended.",
                             no_args_is_help=True)


class Fmt(str, Enum):
    table = "table"
    jsonl = "jsonl"


@agreements_app.command("list")
def list_command(
    state: Annotated[list[str] | None, typer.Option(
        help="signed, ratified, in_force or ended (repeatable).")] = None,
    party: Annotated[str | None, typer.Option(help="ISO3 or organisation taking part.")]
    = None,
    from_date: Annotated[str | None, typer.Option(help="Signed from YYYY[-MM[-DD]].")] = None,
    to_date: Annotated[str | None, typer.Option(help="Signed up to YYYY[-MM[-DD]].")] = None,
    fmt: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    db: DbOption = None,
) -> None:
    """List agreements by signing date.

    Example: communique agreements list --state signed --party TUR --from-date 2021
    """
    from rich.console import Console
    from rich.table import Table

    from ..services.agreements import list_agreements

    with registry_for(db) as reg:
        rows = list_agreements(reg, states=state, party=party, from_date=from_date,
                               to_date=to_date)
    if fmt is Fmt.jsonl:
        for a in rows:
            sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table()
    for col in ("id", "signed", "parties", "state", "pending", "occasion", "title"):
        table.add_column(col, overflow="fold")
    for a in rows:
        table.add_row(str(a.id), a.signed_date or "", ", ".join(a.parties), a.state,
                      ", ".join(a.pending), str(a.occasion_event_id or ""), a.title)
    Console().print(table)


@agreements_app.command("show")
def show_command(
    agreement_id: Annotated[int, typer.Argument(help="Agreement id.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Show one agreement, its state and every step of its life, as JSON.

    Example: communique agreements show 4
    """
    from ..services.agreements import get_agreement

    with registry_for(db) as reg:
        a = get_agreement(reg, agreement_id)
    sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False, indent=2) + "\n")


@agreements_app.command("status")
def status_command(
    agreement_id: Annotated[int, typer.Argument(help="Agreement id.", show_default=False)],
    action: Annotated[str, typer.Argument(
        help="signed, ratified, approved, in_force or ended.", show_default=False)],
    party: Annotated[str | None, typer.Option(help="The party that acted (ISO3).")] = None,
    date: Annotated[str | None, typer.Option(help="When, YYYY[-MM[-DD]].")] = None,
    note: Annotated[str | None, typer.Option(help="A note for the record.")] = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Record a step of an agreement's life and print its state.

    Example: communique agreements status 4 ratified --party AZE --date 2022-02-10
    """
    from ..services.agreements import add_step

    with registry_for(db) as reg:
        a = add_step(reg, agreement_id, action, party=party, date=date, note=note, user=user)
    typer.echo(f"agreement {a.id}: {a.state}" +
               (f" (to ratify: {', '.join(a.pending)})" if a.pending else ""))


@agreements_app.command("add")
def add_command(
    title: Annotated[str, typer.Option(help="Title of the agreement.", show_default=False)],
    party: Annotated[list[str], typer.Option(help="ISO3 or organisation (repeatable).",
                                             show_default=False)],
    signed: Annotated[str | None, typer.Option(help="Signing date YYYY[-MM[-DD]].")] = None,
    place_country: Annotated[str | None, typer.Option(help="ISO3 of the place.")] = None,
    city: Annotated[str | None, typer.Option(help="City where it was signed.")] = None,
    signatory: Annotated[list[str] | None, typer.Option(
        help="NAME:ROLE[:COUNTRY] (repeatable).")] = None,
    occasion: Annotated[int | None, typer.Option(
        help="Event id of the visit or meeting where it was signed.")] = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Record an agreement by hand.

    Example: communique agreements add --title "Visa waiver" --party AZE --party UZB
    --signed 2021-06-15 --city Tashkent
    """
    from ..model import Person
    from ..services.agreements import add_agreement
    from .events import parse_person

    try:
        people = [Person(*parse_person(s)) for s in signatory or []]
    except UsageError as exc:
        fail(exc)
    with registry_for(db) as reg:
        new_id = add_agreement(reg, title=title, parties=party, signed_date=signed,
                               place_country=place_country.upper() if place_country else None,
                               place_city=city, signatories=people,
                               occasion_event_id=occasion, user=user)
    typer.echo(f"agreement {new_id}")


@agreements_app.command("sync")
def sync_command(db: DbOption = None, user: UserOption = None) -> None:
    """Make an agreement of every accepted agreement event that has none yet.

    Example: communique agreements sync
    """
    from ..services.agreements import sync_agreements

    with registry_for(db) as reg:
        n = sync_agreements(reg, user=user)
    typer.echo(f"added {n} agreement(s) from agreement events")


def register(app: typer.Typer) -> None:
    app.add_typer(agreements_app, name="agreements")
