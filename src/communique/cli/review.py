"""``communique review``: go through candidates; accept, reject, edit, merge, split."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated, Any

import typer

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

review_app = typer.Typer(help="Review events: every change goes to the audit log; nothing is "
                              "deleted.", no_args_is_help=True)

IdsArg = Annotated[list[int], typer.Argument(help="Event ids.", show_default=False)]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why (kept in the audit log).")]


@review_app.command("list")
def list_command(
    type_: TypeOpt = None, country: CountryOpt = None, org: OrgOpt = None,
    person: PersonOpt = None, from_date: FromOpt = None, to_date: ToOpt = None,
    status: StatusOpt = None, text: TextOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    limit: LimitOpt = 50, offset: OffsetOpt = 0,
    db: DbOption = None,
) -> None:
    """List events to review (candidates unless --status says otherwise), with the
    reasons an event contradicts what the registry knows (plausibility flags).

    Example: communique review list --country TUR --type visit
    """
    from ..services.plausibility import plausibility_flags
    from ..services.review import review_list

    flt = make_filter(type_, country, org, person, from_date, to_date, status, text)
    with registry_for(db) as reg:
        views = review_list(reg, flt, limit=limit, offset=offset)
        flags = {k: [f"{f.kind}: {f.reason}" for f in v]
                 for k, v in plausibility_flags(reg, [v.id for v in views]).items()}
    print_views(views, fmt, title="to review", flags=flags)


class PairFormat(str, Enum):
    table = "table"
    json = "json"


@review_app.command("duplicates")
def duplicates_command(
    type_: TypeOpt = None, country: CountryOpt = None, org: OrgOpt = None,
    from_date: FromOpt = None, to_date: ToOpt = None,
    days: Annotated[int, typer.Option(help="How many days apart two events may be.")] = 3,
    fmt: Annotated[PairFormat, typer.Option("--format", "-f")] = PairFormat.table,
    limit: LimitOpt = 50, db: DbOption = None,
) -> None:
    """Possible duplicates: pairs of events that may be one, with the evidence.

    Merge a pair with `review merge A B`, or keep it apart with
    `review keep-apart A B` (remembered: not proposed again).

    Example: communique review duplicates --type mission --from-date 2023 --to-date 2023
    """
    from ..services.duplicates import possible_duplicates

    flt = make_filter(type_, country, org, None, from_date, to_date, None, None)
    with registry_for(db) as reg:
        pairs = possible_duplicates(reg, flt, days=days, limit=limit)
    if fmt is PairFormat.json:
        sys.stdout.write(json.dumps([p.to_dict() for p in pairs], ensure_ascii=False,
                                    indent=2) + "\n")
        return
    if not pairs:
        typer.echo("no possible duplicates", err=True)
        return
    for p in pairs:
        typer.echo(f"{p.a.id} and {p.b.id} ({p.a.record.type}, score {p.score:.2f}): "
                   + "; ".join(p.evidence))
        for v in (p.a, p.b):
            src = v.record.source
            if src is not None:
                typer.echo(f"    #{v.id} {src.doc}: “{' '.join(src.text.split())[:160]}”")
        typer.echo(f"    → communique review merge {p.a.id} {p.b.id}   |   "
                   f"communique review keep-apart {p.a.id} {p.b.id}")


@review_app.command("keep-apart")
def keep_apart_command(
    first: Annotated[int, typer.Argument(help="An event.", show_default=False)],
    second: Annotated[int, typer.Argument(help="The other event.", show_default=False)],
    note: NoteOpt = None, db: DbOption = None, user: UserOption = None,
) -> None:
    """Say that two events are distinct: the duplicates queue no longer proposes them.

    Example: communique review keep-apart 12 15 --note "two different rounds"
    """
    from ..services.duplicates import keep_apart

    with registry_for(db) as reg:
        keep_apart(reg, first, second, user=user, note=note)
    typer.echo(f"events {first} and {second} are kept apart")


@review_app.command("accept")
def accept_command(ids: IdsArg, note: NoteOpt = None, db: DbOption = None,
                   user: UserOption = None) -> None:
    """Accept events.

    Example: communique review accept 12 13 --user ana
    """
    from ..services.review import accept

    with registry_for(db) as reg:
        changed = accept(reg, ids, user=user, note=note)
    typer.echo(f"accepted {len(changed)} event(s)")


@review_app.command("reject")
def reject_command(ids: IdsArg, note: NoteOpt = None, db: DbOption = None,
                   user: UserOption = None) -> None:
    """Reject events (they stay in the registry with status rejected).

    Example: communique review reject 14 --note "not a visit"
    """
    from ..services.review import reject

    with registry_for(db) as reg:
        changed = reject(reg, ids, user=user, note=note)
    typer.echo(f"rejected {len(changed)} event(s)")


@review_app.command("edit")
def edit_command(
    event_id: Annotated[int, typer.Argument(help="Event id.", show_default=False)],
    type_: Annotated[str | None, typer.Option("--type", help="New type.")] = None,
    date: Annotated[str | None, typer.Option(help="New start date.")] = None,
    end: Annotated[str | None, typer.Option(help="New end date ('' for none).")] = None,
    from_: Annotated[list[str] | None, typer.Option("--from", help="Acting side (replaces; "
                                                    "repeatable).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", help="Other side (replaces; "
                                                 "repeatable).")] = None,
    org: Annotated[list[str] | None, typer.Option("--org", help="Organisations (replaces; "
                                                  "repeatable).")] = None,
    person: Annotated[list[str] | None, typer.Option(
        "--person", help="NAME:ROLE[:ISO3] (replaces the persons; repeatable; '' for "
        "none).")] = None,
    title: Annotated[str | None, typer.Option(help="New title ('' for none).")] = None,
    place_country: Annotated[str | None, typer.Option(help="ISO3 of the place.")] = None,
    city: Annotated[str | None, typer.Option(help="City of the place.")] = None,
    quantity: Annotated[float | None, typer.Option(help="Counted value.")] = None,
    qualifier: Annotated[str | None, typer.Option(help="Quantity qualifier.")] = None,
    unit: Annotated[str | None, typer.Option(help="Quantity unit.")] = None,
    measure: Annotated[list[str] | None, typer.Option(
        "--measure", help="What it counts, e.g. '143 votes' (replaces all; repeatable; "
        "'' for none).")] = None,
    status: Annotated[str | None, typer.Option(help="New status.")] = None,
    expect_version: Annotated[int | None, typer.Option(
        help="Refuse if the event's version is not this (someone changed it).")] = None,
    note: NoteOpt = None,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Change an event's fields; the audit log keeps before and after.

    Example: communique review edit 12 --date 2021-06-16 --title "State visit" --user ana
    """
    from ..services.review import edit

    changes: dict[str, Any] = {}
    for key, value in (("type", type_), ("date_start", date), ("date_end", end),
                       ("title", title), ("place_country", place_country),
                       ("place_city", city), ("quantity_value", quantity),
                       ("quantity_qualifier", qualifier), ("quantity_unit", unit),
                       ("status", status)):
        if value is not None:
            changes[key] = value
    for key, values in (("from", from_), ("to", to), ("organizations", org),
                        ("persons", person), ("measures", measure)):
        if values is not None:
            changes[key] = [v for v in values if v]
    if not changes:
        typer.echo("nothing to change: give at least one option (see --help)", err=True)
        raise typer.Exit(2)
    with registry_for(db) as reg:
        view = edit(reg, event_id, changes, user=user, expected_version=expect_version,
                    note=note)
    typer.echo(f"event {view.id} now at version {view.version}")


@review_app.command("merge")
def merge_command(
    keep: Annotated[int, typer.Argument(help="The event that stays.", show_default=False)],
    others: Annotated[list[int], typer.Argument(help="Events folded into it.",
                                                show_default=False)],
    note: NoteOpt = None, db: DbOption = None, user: UserOption = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Merge even events of another type or with other countries (the "
        "counts lose them).")] = False,
) -> None:
    """Merge events that report the same occasion (undo with `review split`).

    Events of different types or countries need --force; without it the
    command says what the counts would lose.

    Example: communique review merge 12 15 --note "same visit"
    """
    from ..services.review import merge

    with registry_for(db) as reg:
        merge(reg, keep, others, user=user, note=note, force=force)
    typer.echo(f"merged {', '.join(map(str, others))} into {keep}")


@review_app.command("split")
def split_command(
    event_id: Annotated[int, typer.Argument(help="Event to split.", show_default=False)],
    mention: Annotated[list[int] | None, typer.Option(
        "--mention", "-m", help="Mention id to move out (repeatable; default: all but the "
        "first).")] = None,
    note: NoteOpt = None, db: DbOption = None, user: UserOption = None,
) -> None:
    """Move mentions out of an event: a merged-in event comes back, others become new events.

    Example: communique review split 12 --mention 31
    """
    from ..services.review import split

    with registry_for(db) as reg:
        ids = split(reg, event_id, mention or [], user=user, note=note)
    typer.echo(f"split into event(s) {', '.join(map(str, ids))}")


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
