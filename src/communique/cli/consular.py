"""``communique cases|operations|hotline|keys``: the consular desk on the command line.

The acting user is ``--user`` (default $USER): a registered user acts with
their role; a name that is no registered user is the local operator, who
holds the database and the key file and acts as admin.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._registry import DbOption, UserOption, registry_for

if TYPE_CHECKING:  # pragma: no cover
    from ..consular import Actor, Desk

cases_app = typer.Typer(help="Citizens' consular cases (personal data encrypted at rest).",
                        no_args_is_help=True)
operations_app = typer.Typer(help="Evacuations and repatriations with their manifests.",
                             no_args_is_help=True)
hotline_app = typer.Typer(help="Calls answered by the consular hotlines.", no_args_is_help=True)
keys_app = typer.Typer(help="The consular desk's encryption keys.", no_args_is_help=True)


class Fmt(str, Enum):
    table = "table"
    json = "json"


FmtOpt = Annotated[Fmt, typer.Option("--format", help="table or json.")]
IdArg = Annotated[int, typer.Argument(help="Case id.", show_default=False)]
YearOpt = Annotated[int, typer.Option("--year", help="The year (YYYY).")]


@contextmanager
def _desk(db: str | None, user: str | None) -> Iterator[tuple[Desk, Actor]]:
    from sqlalchemy import func, select

    from ..consular import Actor, Desk
    from ..registry import User, current_user

    with registry_for(db) as reg:
        name = current_user(user)
        with reg.read() as session:
            row = session.scalars(select(User).where(func.lower(User.name) == name.lower(),
                                                     User.active.is_(True))).first()
        yield Desk(reg), Actor(name, row.role if row is not None else "admin")


def _print(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    Console().print(table)


# ---------------------------------------------------------------- cases


@cases_app.command("add")
def add_command(
    category: Annotated[str, typer.Option(help="appeal, lost-document, detention, death, "
                                               "hospital, missing-person, victim-of-crime, "
                                               "evacuation, repatriation, child-abduction, "
                                               "other.")],
    country: Annotated[str, typer.Option(help="ISO3 country where the citizen is.")],
    opened: Annotated[str | None, typer.Option(help="When (YYYY-MM-DD[THH:MM]); default now.")]
    = None,
    channel: Annotated[str, typer.Option(help="hotline, email, web, walk-in or letter.")]
    = "hotline",
    city: Annotated[str | None, typer.Option(help="City where the citizen is.")] = None,
    mission: Annotated[str | None, typer.Option(
        help="Mission handling it (starting with its host country's ISO3 sets the calendar).")]
    = None,
    name: Annotated[str | None, typer.Option(help="Citizen's name.")] = None,
    birth_date: Annotated[str | None, typer.Option(help="Citizen's birth date.")] = None,
    sex: Annotated[str | None, typer.Option(help="F, M or X.")] = None,
    document: Annotated[str | None, typer.Option(help="Passport or ID number.")] = None,
    contacts: Annotated[str | None, typer.Option(help="Phone, e-mail.")] = None,
    next_of_kin: Annotated[str | None, typer.Option(help="Next of kin.")] = None,
    summary: Annotated[str | None, typer.Option(help="What happened (encrypted).")] = None,
    priority: Annotated[str, typer.Option(help="low, normal, high or urgent.")] = "normal",
    officer: Annotated[str | None, typer.Option(help="Assign to this officer.")] = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Open a case and print its id.

    Example: communique cases add --category lost-document --country TUR --name "..." --document X1
    """
    from ..consular import CitizenInput, assign_case, open_case, utcnow

    person = CitizenInput(name=name, birth_date=birth_date, sex=sex, document_number=document,
                          contacts=contacts, next_of_kin=next_of_kin)
    with _desk(db, user) as (desk, actor):
        case_id = open_case(desk, actor, opened=opened or utcnow(), channel=channel,
                            category=category, country=country, city=city, mission=mission,
                            citizen=person, summary=summary, priority=priority)
        if officer:
            assign_case(desk, actor, case_id, officer)
    typer.echo(case_id)


@cases_app.command("list")
def list_command(
    status: Annotated[list[str] | None, typer.Option("--status", "-s", help="Status (repeatable).")]
    = None,
    officer: Annotated[str | None, typer.Option(help="Assigned to this officer.")] = None,
    flag: Annotated[str | None, typer.Option(help="SLA flag: breached, due-soon, ok, met.")]
    = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only cases not resolved or closed.")]
    = False,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 200,
    fmt: FmtOpt = Fmt.table, db: DbOption = None, user: UserOption = None,
) -> None:
    """The queue, most urgent SLA first (no personal data). `--flag breached` is the SLA board.

    Example: communique cases list --officer nigar --open
    """
    from ..consular import list_cases

    with _desk(db, user) as (desk, actor):
        rows = list_cases(desk, actor, status=status or (), officer=officer, flag=flag,
                          open_only=open_only, limit=limit)
    if fmt is Fmt.json:
        _print([r.to_dict() for r in rows])
        return
    _table("cases", ["id", "opened", "category", "country", "officer", "status", "SLA",
                     "used/target h", "due"],
           [[r.id, r.opened_at.isoformat(" ", "minutes"), r.category, r.country, r.officer,
             r.status, r.sla.flag, f"{r.sla.used_hours:g}/{r.sla.target_hours:g}",
             r.sla.resolution_due.isoformat(" ", "minutes")] for r in rows])


@cases_app.command("show")
def show_command(case_id: IdArg, fmt: FmtOpt = Fmt.table, db: DbOption = None,
                 user: UserOption = None) -> None:
    """A case with its citizens' personal data and timeline (the read is logged).

    Example: communique cases show 12
    """
    from ..consular import show_case

    with _desk(db, user) as (desk, actor):
        detail = show_case(desk, actor, case_id)
    data = detail.to_dict()
    if fmt is Fmt.json:
        _print(data)
        return
    for key in ("id", "opened_at", "channel", "category", "country", "city", "mission",
                "officer", "priority", "status", "summary", "restricted_to", "links"):
        typer.echo(f"{key}: {data[key]}")
    typer.echo(f"sla: {data['sla']}")
    for c in data["citizens"]:
        typer.echo("citizen: " + ", ".join(f"{k}={v}" for k, v in c.items() if v is not None))
    for a in data["attachments"]:
        typer.echo(f"attachment {a['n']}: " + ("erased" if a["erased"] else
                                              f"{a['name']} ({a['kind']}, {a['size']} bytes)"))
    for n in data["timeline"]:
        typer.echo(f"  {n['at'][:16]} {n['author']} {n['kind']}: {n['detail'] or ''}"
                   f"{n['text'] or ''}")


@cases_app.command("assign")
def assign_command(case_id: IdArg, officer: Annotated[str, typer.Argument()],
                   db: DbOption = None, user: UserOption = None) -> None:
    """Assign a case to an officer. Example: communique cases assign 12 nigar"""
    from ..consular import assign_case

    with _desk(db, user) as (desk, actor):
        row = assign_case(desk, actor, case_id, officer)
    typer.echo(f"case {row.id} assigned to {row.officer} ({row.status})")


@cases_app.command("note")
def note_command(case_id: IdArg, text: Annotated[str, typer.Argument(help="The note.")],
                 db: DbOption = None, user: UserOption = None) -> None:
    """Add a note to a case's timeline (encrypted). Example: communique cases note 12 "..." """
    from ..consular import add_note

    with _desk(db, user) as (desk, actor):
        add_note(desk, actor, case_id, text)
    typer.echo(f"note added to case {case_id}")


@cases_app.command("status")
def status_command(case_id: IdArg,
                   status: Annotated[str, typer.Argument(
                       help="assigned, in-progress, waiting, resolved or closed.")],
                   db: DbOption = None, user: UserOption = None) -> None:
    """Move a case on (waiting pauses its SLA clock; in-progress reopens a closed case).

    Example: communique cases status 12 waiting
    """
    from ..consular import set_status

    with _desk(db, user) as (desk, actor):
        row = set_status(desk, actor, case_id, status)
    typer.echo(f"case {row.id} is {row.status} (SLA {row.sla.flag})")


@cases_app.command("link")
def link_command(case_id: IdArg, other: Annotated[int, typer.Argument()],
                 kind: Annotated[str, typer.Option(help="family or related.")] = "family",
                 db: DbOption = None, user: UserOption = None) -> None:
    """Link two cases (a family). Example: communique cases link 12 13"""
    from ..consular import link_cases

    with _desk(db, user) as (desk, actor):
        link_cases(desk, actor, case_id, other, kind)
    typer.echo(f"cases {case_id} and {other} linked ({kind})")


@cases_app.command("merge")
def merge_command(duplicate: Annotated[int, typer.Argument(help="The duplicate case.")],
                  into: Annotated[int, typer.Argument(help="The case that stays.")],
                  db: DbOption = None, user: UserOption = None) -> None:
    """Merge a duplicate case into another. Example: communique cases merge 13 12"""
    from ..consular import merge_cases

    with _desk(db, user) as (desk, actor):
        merge_cases(desk, actor, duplicate, into)
    typer.echo(f"case {duplicate} merged into case {into}")


@cases_app.command("restrict")
def restrict_command(case_id: IdArg,
                     officers: Annotated[list[str] | None, typer.Argument(
                         help="Officers who may see it (none: lift the restriction).")] = None,
                     db: DbOption = None, user: UserOption = None) -> None:
    """Restrict a case to named officers. Example: communique cases restrict 12 nigar elvin"""
    from ..consular import restrict_case

    with _desk(db, user) as (desk, actor):
        restrict_case(desk, actor, case_id, officers or [])
    typer.echo(f"case {case_id} restricted to {', '.join(officers)}" if officers
               else f"case {case_id} open to every consular officer")


@cases_app.command("find")
def find_command(name: Annotated[str | None, typer.Option(help="Full name.")] = None,
                 document: Annotated[str | None, typer.Option(help="Document number.")] = None,
                 db: DbOption = None, user: UserOption = None) -> None:
    """Cases of a citizen by full name or document number (keyed index; logged).

    Example: communique cases find --document C1234567
    """
    from ..consular import find_cases

    with _desk(db, user) as (desk, actor):
        rows = find_cases(desk, actor, name=name, document=document)
    for r in rows:
        typer.echo(f"{r.id}\t{r.opened_at:%Y-%m-%d}\t{r.category}\t{r.country}\t{r.status}")
    if not rows:
        typer.echo("no case found", err=True)


@cases_app.command("import")
def import_command(path: Annotated[Path, typer.Argument(help="A case log CSV.")],
                   db: DbOption = None, user: UserOption = None) -> None:
    """Import a legacy case log, all or nothing (a bad row refuses the file, by line number).

    Columns: opened,channel,category,country,city,mission,citizen_name,citizen_birth_date,
    citizen_sex,document_number,summary,status.

    Example: communique cases import cases-2021.csv
    """
    from rich.progress import Progress

    from ..consular import import_cases
    from ..errors import UsageError
    from ._common import fail

    if path.suffix.lower() == ".eml":
        fail(UsageError(f"an e-mail is taken in with `communique cases intake {path.name} "
                        "--country ISO3` (import reads a CSV case log)", path=str(path)))
    with _desk(db, user) as (desk, actor), Progress(transient=True) as bar:
        task = bar.add_task("importing cases", total=None)
        result = import_cases(desk, actor, path,
                              progress=lambda n: bar.update(task, completed=n))
    typer.echo(f"{result.rows} case(s) imported from {path.name}; statistics of "
               f"{result.months} month(s) refreshed")


@cases_app.command("export")
def export_command(out: Annotated[Path, typer.Argument(help="CSV file to write (mode 0600).")],
                   year: Annotated[int | None, typer.Option(help="Only this year.")] = None,
                   attachments: Annotated[Path | None, typer.Option(
                       help="Also write every attachment into this folder (files 0600).")]
                   = None,
                   db: DbOption = None, user: UserOption = None) -> None:
    """Export cases with personal data (admins only; logged).

    Example: communique cases export cases.csv --year 2021
    """
    from ..consular import export_cases

    with _desk(db, user) as (desk, actor):
        n = export_cases(desk, actor, out, year=year, attachments=attachments)
    typer.echo(f"{n} row(s) written to {out}"
               + (f"; attachments in {attachments}" if attachments else ""))


@cases_app.command("purge")
def purge_command(years: Annotated[int | None, typer.Option(
        help="Keep this many years (default COMMUNIQUE_CONSULAR_RETENTION_YEARS or 5).")] = None,
                  db: DbOption = None, user: UserOption = None) -> None:
    """Erase the personal data of cases closed longer ago than the retention period.

    Example: communique cases purge
    """
    from ..consular import purge

    with _desk(db, user) as (desk, actor):
        cases, people = purge(desk, actor, years=years)
    typer.echo(f"personal data of {cases} case(s) ({people} citizen(s)) erased")


@cases_app.command("erase")
def erase_command(case_id: IdArg,
                  reason: Annotated[str | None, typer.Option(help="Why (no personal data).")]
                  = None,
                  db: DbOption = None, user: UserOption = None) -> None:
    """Erase one case's personal data on request (the anonymous case stays for statistics).

    Example: communique cases erase 12 --reason "request of 2021-05-04"
    """
    from ..consular import erase_case

    with _desk(db, user) as (desk, actor):
        n = erase_case(desk, actor, case_id, reason=reason)
    typer.echo(f"personal data of case {case_id} erased ({n} citizen(s))")


@cases_app.command("access-log")
def access_log_command(case_id: Annotated[int | None, typer.Option("--case")] = None,
                       db: DbOption = None, user: UserOption = None) -> None:
    """Who read, searched, exported or erased personal data (admins only)."""
    from ..consular import access_log

    with _desk(db, user) as (desk, actor):
        rows = access_log(desk, actor, case_id=case_id)
    _table("access log", ["at", "who", "action", "case", "operation", "fields", "note"],
           [[r["at"][:19], r["who"], r["action"], r["case"], r["operation"], r["fields"],
             r["note"]] for r in rows])


@cases_app.command("stats")
def stats_command(year: YearOpt = date.today().year, fmt: FmtOpt = Fmt.table,
                  exact: Annotated[bool, typer.Option(
                      "--exact", help="Show counts under 5 (not for publication).")] = False,
                  db: DbOption = None, user: UserOption = None) -> None:
    """The desk's year in numbers; counts under 5 show as "fewer than 5".

    Example: communique cases stats --year 2021 --format json
    """
    from ..consular import desk_stats, require_desk

    with _desk(db, user) as (desk, actor):
        if exact:
            require_desk(actor)  # exact small counts are for the desk, not for publication
        data = desk_stats(desk, year).to_dict(published=not exact)
    if fmt is Fmt.json:
        _print(data)
        return
    rows = [[k, v] for k, v in data.items() if not isinstance(v, dict)]
    for k in ("appeals_by_category", "appeals_by_country", "appeals_by_month", "children",
              "women"):
        rows += [[f"{k}: {kk}", vv] for kk, vv in sorted(data[k].items())]
    _table(f"consular desk {year}", ["measure", "value"], rows)


# ---------------------------------------------------------------- operations


@operations_app.command("add")
def op_add_command(
    kind: Annotated[str, typer.Option(help="repatriation or evacuation.")],
    when: Annotated[str, typer.Option("--date", help="YYYY-MM-DD.")],
    country: Annotated[str, typer.Option(help="ISO3 country people leave.")],
    title: Annotated[str | None, typer.Option(help="A title.")] = None,
    means: Annotated[str | None, typer.Option(help="flight, border-crossing, bus, ship, ...")]
    = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Add an operation and print its id.

    Example: communique operations add --kind repatriation --date 2021-05-01 --country SYR
    """
    from ..consular import add_operation

    with _desk(db, user) as (desk, actor):
        op_id = add_operation(desk, actor, kind=kind, day=when, country=country, means=means,
                              title=title)
    typer.echo(op_id)


@operations_app.command("manifest")
def op_manifest_command(op_id: Annotated[int, typer.Argument(help="Operation id.")],
                        path: Annotated[Path, typer.Argument(
                            help="CSV with name,birth_date,sex,document_number.")],
                        db: DbOption = None, user: UserOption = None) -> None:
    """Add the people of a manifest CSV (all or nothing).

    Example: communique operations manifest 3 manifest.csv
    """
    from ..consular import add_manifest, read_manifest

    with _desk(db, user) as (desk, actor):
        people = read_manifest(path)
        n = add_manifest(desk, actor, op_id, people, source=str(path))
    typer.echo(f"{n} person(s) added to operation {op_id}")


@operations_app.command("crossing")
def op_crossing_command(op_id: Annotated[int, typer.Argument(help="Operation id.")],
                        day: Annotated[str, typer.Argument(help="YYYY-MM-DD.")],
                        people: Annotated[int, typer.Argument(help="People who crossed.")],
                        db: DbOption = None, user: UserOption = None) -> None:
    """Record how many people of an operation crossed a border on a day."""
    from ..consular import add_crossing

    with _desk(db, user) as (desk, actor):
        add_crossing(desk, actor, op_id, day, people)
    typer.echo(f"{people} crossing(s) on {day} recorded for operation {op_id}")


@operations_app.command("list")
def op_list_command(year: Annotated[int | None, typer.Option(help="Only this year.")] = None,
                    fmt: FmtOpt = Fmt.table, db: DbOption = None,
                    user: UserOption = None) -> None:
    """Operations with their counts (no personal data)."""
    from ..consular import list_operations

    with _desk(db, user) as (desk, actor):
        ops = list_operations(desk, actor, year=year)
    if fmt is Fmt.json:
        _print([o.to_dict() for o in ops])
        return
    _table("operations", ["id", "kind", "date", "country", "means", "people", "children",
                          "women", "title"],
           [[o.id, o.kind, o.date, o.country, o.means, o.people, o.by_group.get("child", 0),
             o.by_group.get("woman", 0), o.title] for o in ops])


@operations_app.command("show")
def op_show_command(op_id: Annotated[int, typer.Argument(help="Operation id.")],
                    fmt: FmtOpt = Fmt.table, db: DbOption = None,
                    user: UserOption = None) -> None:
    """An operation with its manifest (personal data: the read is logged)."""
    from ..consular import show_operation

    with _desk(db, user) as (desk, actor):
        view = show_operation(desk, actor, op_id)
    data = view.to_dict()
    if fmt is Fmt.json:
        _print(data)
        return
    for k, v in data.items():
        if k != "manifest":
            typer.echo(f"{k}: {v}")
    _table("manifest", ["id", "group", "name", "birth date", "sex", "document"],
           [[p["id"], p["group"], p["name"], p["birth_date"], p["sex"], p["document_number"]]
            for p in data["manifest"]])


@operations_app.command("stats")
def op_stats_command(year: YearOpt = date.today().year, fmt: FmtOpt = Fmt.table,
                     db: DbOption = None, user: UserOption = None) -> None:
    """People evacuated and repatriated in a year, children and women (counts under 5 hidden)."""
    from ..consular import desk_stats

    with _desk(db, user) as (desk, _actor):
        data = desk_stats(desk, year).to_dict()
    keep = {k: data[k] for k in ("people_evacuated", "people_repatriated", "children", "women",
                                 "border_crossings")}
    if fmt is Fmt.json:
        _print(keep)
        return
    _table(f"operations {year}", ["measure", "value"], [[k, v] for k, v in keep.items()])


# ---------------------------------------------------------------- hotline and keys


@hotline_app.command("log")
def hotline_log_command(hotline: Annotated[str, typer.Argument(help="Hotline name.")],
                        day: Annotated[str | None, typer.Option("--date", help="Default today.")]
                        = None,
                        calls: Annotated[int, typer.Option(help="Calls answered (default 1).")]
                        = 1,
                        db: DbOption = None, user: UserOption = None) -> None:
    """Log calls a hotline answered (one call, or a day's count).

    Example: communique hotline log main --date 2021-03-01 --calls 140
    """
    from ..consular import log_calls

    when = day or date.today().isoformat()
    with _desk(db, user) as (desk, actor):
        log_calls(desk, actor, hotline, when, calls)
    typer.echo(f"{calls} call(s) logged for {hotline} on {when}")


@hotline_app.command("stats")
def hotline_stats_command(year: YearOpt = date.today().year, fmt: FmtOpt = Fmt.table,
                          db: DbOption = None, user: UserOption = None) -> None:
    """Calls per hotline in a year and calls per day."""
    from ..consular import hotline_stats

    with _desk(db, user) as (desk, _actor):
        rows = hotline_stats(desk, year)
    if fmt is Fmt.json:
        _print(rows)
        return
    _table(f"hotlines {year}", ["hotline", "calls", "days", "per day"],
           [[r["hotline"], r["calls"], r["days"], r["per_day"]] for r in rows])


@keys_app.command("rotate")
def rotate_command(db: DbOption = None, user: UserOption = None) -> None:
    """Re-encrypt all personal data with a new key in one transaction (admins only).

    Example: COMMUNIQUE_SECRET_KEY_FILE=/etc/communique/secret.key communique keys rotate
    """
    from ..consular import rotate_keys

    with _desk(db, user) as (desk, actor):
        report = rotate_keys(desk, actor)
    typer.echo(f"{report.values} value(s) re-encrypted; key {report.old_key} replaced by "
               f"{report.new_key}")


def register(app: typer.Typer) -> None:
    from . import consular_files  # noqa: F401  (cases attach|attachment|intake)

    app.add_typer(cases_app, name="cases")
    app.add_typer(operations_app, name="operations")
    app.add_typer(hotline_app, name="hotline")
    app.add_typer(keys_app, name="keys")
