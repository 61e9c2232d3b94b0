"""Options and output shared by the registry commands (db, ingest, review, events, ...)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import CommuniqueError
from ._common import fail

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry
    from ..services.query import EventFilter, EventView

__all__ = ["ROOT_DB_KEY", "resolve_db", "DbOption", "UserOption", "registry_for", "ListFormat",
           "make_filter",
           "print_views", "TypeOpt", "CountryOpt", "OrgOpt", "PersonOpt", "FromOpt", "ToOpt",
           "StatusOpt", "TextOpt", "LimitOpt", "OffsetOpt"]

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="COMMUNIQUE_DATABASE_URL", show_envvar=True,
    help="Registry database URL (default sqlite:///./communique.db).")]
UserOption = Annotated[str | None, typer.Option(
    "--user", help="Who makes the change, for the audit log (default: $USER).",
    show_default=False)]

TypeOpt = Annotated[list[str] | None, typer.Option("--type", "-t", help="Event type (repeatable).")]
CountryOpt = Annotated[list[str] | None, typer.Option(
    "--country", "-c", help="ISO3 country taking part (repeatable: all must).")]
OrgOpt = Annotated[list[str] | None, typer.Option("--org", help="Organisation (repeatable).")]
PersonOpt = Annotated[str | None, typer.Option("--person", help="Part of a person's name.")]
FromOpt = Annotated[str | None, typer.Option("--from-date", help="From YYYY[-MM[-DD]].")]
ToOpt = Annotated[str | None, typer.Option("--to-date", help="To YYYY[-MM[-DD]].")]
StatusOpt = Annotated[list[str] | None, typer.Option(
    "--status", "-s", help="candidate, accepted or rejected (repeatable; default: the first two).")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Text in the title or a source.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many.")]
OffsetOpt = Annotated[int, typer.Option("--offset", help="Skip this many first.")]


ROOT_DB_KEY = "communique.db"


def resolve_db(db: str | None) -> str | None:
    """The registry URL of a command: its own ``--db`` given on the command line wins,
    then ``communique --db URL`` before the command, then the environment variable."""
    import click
    from click.core import ParameterSource

    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return db
    top = ctx.find_root().meta.get(ROOT_DB_KEY)
    if top and ctx.get_parameter_source("db") is not ParameterSource.COMMANDLINE:
        return str(top)
    return db


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@contextmanager
def registry_for(db: str | None) -> Iterator[Registry]:
    """Open the registry (migrating a new one); errors print cleanly and exit 1."""
    from ..registry import open_registry

    try:
        reg = open_registry(resolve_db(db))
    except CommuniqueError as exc:
        fail(exc)
    try:
        yield reg
    except CommuniqueError as exc:
        fail(exc)
    finally:
        reg.close()


def make_filter(types: Sequence[str] | None = None, countries: Sequence[str] | None = None,
                orgs: Sequence[str] | None = None, person: str | None = None,
                from_date: str | None = None, to_date: str | None = None,
                statuses: Sequence[str] | None = None, text: str | None = None) -> EventFilter:
    from ..services.query import EventFilter

    return EventFilter(types=list(types or []), countries=[c.upper() for c in countries or []],
                       orgs=list(orgs or []), person=person, from_date=from_date,
                       to_date=to_date, statuses=list(statuses or []), text=text)


def _short(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _date(view: EventView) -> str:
    d = view.record.date
    return f"{d.start}..{d.end}" if d.end else (d.start or "")


def print_views(views: Sequence[EventView], fmt: ListFormat = ListFormat.table, *,
                title: str | None = None, flags: dict[int, list[str]] | None = None) -> None:
    """Events as a Rich table, JSON Lines (record + status) or flat CSV; with ``flags``
    (plausibility reasons by event id) a column (JSON Lines: a key) says why an event
    looks wrong."""
    if fmt is ListFormat.jsonl:
        for v in views:
            d = v.to_dict()
            if flags is not None:
                d["flags"] = flags.get(v.id, [])
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        return
    if fmt is ListFormat.csv:
        from ..services.export import write_csv

        write_csv(views, sys.stdout)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    cols = ["id", "status", "type", "date", "from", "to", "orgs", "m", "conf", "title / source"]
    for col in cols + (["looks wrong because"] if flags is not None else []):
        table.add_column(col, overflow="fold",
                         justify="right" if col in ("id", "m", "conf") else "left")
    for v in views:
        r = v.record
        row = [str(v.id), v.status, r.type, _date(v), ",".join(r.from_), ",".join(r.to),
               ",".join(r.organizations), str(v.mentions or ""),
               "" if r.confidence is None else f"{r.confidence:.2f}",
               _short(r.title or (r.source.text if r.source else ""))]
        if flags is not None:
            row.append("; ".join(flags.get(v.id, [])))
        table.add_row(*row)
    Console().print(table)
    if not views:
        Console(stderr=True).print("no events match")
