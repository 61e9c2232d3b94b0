"""``communique events``: list, show and add events."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from ..errors import UsageError
from ._common import fail
from ._registry import (
    CountryOpt,
    DbOption,
    FromOpt,
    LimitOpt,
    ListFormat,
    OffsetOpt,
    OrgOpt,
    PersonOpt,
    StatusOpt,
    TextOpt,
    ToOpt,
    TypeOpt,
    UserOption,
    make_filter,
    print_views,
    registry_for,
)

events_app = typer.Typer(help="Events in the registry: list, show, add.", no_args_is_help=True)


class ShowFormat(str, Enum):
    text = "text"
    json = "json"


@events_app.command("list")
def list_command(
    type_: TypeOpt = None, country: CountryOpt = None, org: OrgOpt = None,
    person: PersonOpt = None, from_date: FromOpt = None, to_date: ToOpt = None,
    status: StatusOpt = None, text: TextOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
    = ListFormat.table,
    limit: LimitOpt = None, offset: OffsetOpt = 0,
    db: DbOption = None,
) -> None:
    """List events in date order, filtered.

    Example: communique events list --type visit --country TUR --from-date 2021 --to-date 2021
    """
    from ..services.query import list_events

    flt = make_filter(type_, country, org, person, from_date, to_date, status, text)
    with registry_for(db) as reg:
        views = list_events(reg, flt, limit=limit, offset=offset)
    print_views(views, fmt)


@events_app.command("show")
def show_command(
    event_id: Annotated[int, typer.Argument(help="Event id.", show_default=False)],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    db: DbOption = None,
) -> None:
    """Show one event: its record, every mention with its source and why it merged.

    Example: communique events show 42
    """
    from rich.console import Console
    from rich.markup import escape

    from ..measures import format_measure
    from ..services.query import get_event

    with registry_for(db) as reg:
        d = get_event(reg, event_id)
    if fmt is ShowFormat.json:
        out = {"event": d.view.to_dict(), "version": d.view.version,
               "merged_into": d.merged_into, "merged_from": d.merged_from,
               "mentions": [{"id": m.id, "document": m.document, "start": m.start,
                             "end": m.end, "text": m.text, "merge_reason": m.merge_reason}
                            for m in d.mentions],
               "history": d.history}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    c = Console(highlight=False)
    r = d.view.record
    c.print(f"[bold]event {d.view.id}[/bold] {r.type} ({d.view.status}, version "
            f"{d.view.version})")
    c.print(f"  date      {r.date.start}" + (f"..{r.date.end}" if r.date.end else ""))
    c.print(f"  from/to   {','.join(r.from_) or '-'} → {','.join(r.to) or '-'}")
    for label, value in (("orgs", ",".join(r.organizations)), ("title", r.title),
                         ("place", ", ".join(x for x in (r.place.city, r.place.country) if x)
                          if r.place else None),
                         ("quantity", f"{r.quantity.qualifier} {r.quantity.value} "
                                      f"{r.quantity.unit or ''}" if r.quantity else None)):
        if value:
            c.print(f"  {label:<9} {escape(str(value))}")
    for q in r.measures:
        c.print(f"  measure   {escape(format_measure(q))}")
    for p in r.persons:
        c.print(f"  person    {escape(p.name or '(title only)')}, {p.role}, {p.country or ''}")
    if d.merged_from:
        c.print(f"  merged from events {', '.join(map(str, d.merged_from))}")
    c.print(f"\n[bold]{len(d.mentions)} mention(s)[/bold]")
    for m in d.mentions:
        where = f"{m.document}:{m.start}-{m.end}" if m.document else "entered by hand"
        c.print(f"  #{m.id} {escape(where)}")
        if m.text:
            c.print(f"     “{escape(' '.join(m.text.split()))}”", soft_wrap=True)
        c.print(f"     {escape(m.merge_reason or 'first mention (new event)')}")
    if d.history:
        c.print("\n[bold]history[/bold]")
        for h in d.history:
            c.print(f"  {h['at']} {h['who']} {h['action']}" +
                    (f" — {escape(h['note'])}" if h.get("note") else ""))
            for ch in h.get("changes", []):
                c.print(f"      {ch['field']}: {escape(_shown(ch['before']))} → "
                        f"{escape(_shown(ch['after']))}")


def _shown(value: object) -> str:
    if value is None or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) if not isinstance(v, dict) else
                         ":".join(str(v.get(k) or "") for k in ("name", "role", "country"))
                         for v in value)
    return str(value)


def parse_person(spec: str) -> tuple[str | None, str, str | None]:
    """``Name:role:ISO3`` (name or country may be empty) -> parts."""
    parts = [p.strip() for p in spec.split(":")]
    if len(parts) < 2 or not parts[1]:
        raise UsageError(f"--person {spec!r}: write NAME:ROLE[:COUNTRY], e.g. "
                         "'Hakan Fidan:foreign_minister:TUR' or ':ambassador:FRA'")
    return parts[0] or None, parts[1], (parts[2].upper() if len(parts) > 2 and parts[2]
                                        else None)


@events_app.command("add")
def add_command(
    type_: Annotated[str, typer.Option("--type", "-t", help="Event type.", show_default=False)],
    date: Annotated[str, typer.Option(help="Start date YYYY[-MM[-DD]].", show_default=False)],
    end: Annotated[str | None, typer.Option(help="End date, for several days.")] = None,
    from_: Annotated[list[str] | None, typer.Option("--from", help="ISO3 of the acting side "
                                                    "(repeatable).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", help="ISO3 of the other side "
                                                 "(repeatable).")] = None,
    org: Annotated[list[str] | None, typer.Option("--org", help="Organisation "
                                                  "(repeatable).")] = None,
    person: Annotated[list[str] | None, typer.Option(
        "--person", help="NAME:ROLE[:COUNTRY] (repeatable).")] = None,
    title: Annotated[str | None, typer.Option(help="Title of an agreement, session ...")]
    = None,
    place_country: Annotated[str | None, typer.Option(help="ISO3 of the place.")] = None,
    city: Annotated[str | None, typer.Option(help="City of the place.")] = None,
    quantity: Annotated[float | None, typer.Option(help="Counted value.")] = None,
    qualifier: Annotated[str, typer.Option(help="exactly, more_than, about, ...")] = "exactly",
    unit: Annotated[str | None, typer.Option(help="Unit of the quantity.")] = None,
    measure: Annotated[list[str] | None, typer.Option(
        "--measure", help="What the event counts, e.g. '143 votes', 'more than 100 "
        "participants', 'USD 2 million' (repeatable).")] = None,
    candidate: Annotated[bool, typer.Option("--candidate", help="Store as a candidate to "
                                            "review instead of accepted.")] = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Add an event by hand (a meeting no press release carries).

    Example: communique events add --type meeting --date 2021-05-05 --from AZE --to FRA
    """
    from ..measures import parse_measure
    from ..model import DateSpan, Person, Place, Quantity, Record
    from ..services.review import add_event

    try:
        persons = [Person(*parse_person(p)) for p in person or []]
        measures = [parse_measure(m) for m in measure or []]
    except UsageError as exc:
        fail(exc)
    rec = Record(type=type_, date=DateSpan(date, end), from_=[c.upper() for c in from_ or []],
                 to=[c.upper() for c in to or []], organizations=list(org or []),
                 persons=persons, title=title,
                 place=Place(place_country.upper() if place_country else None, city)
                 if (place_country or city) else None,
                 quantity=Quantity(int(quantity) if quantity.is_integer() else quantity,
                                   qualifier, unit) if quantity is not None else None,
                 measures=measures)
    with registry_for(db) as reg:
        event_id = add_event(reg, rec, user=user,
                             status="candidate" if candidate else "accepted")
    typer.echo(f"event {event_id}")


def register(app: typer.Typer) -> None:
    app.add_typer(events_app, name="events")
