"""``communique import``: events from a CSV or JSON Lines file, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._registry import DbOption, UserOption, registry_for


def import_command(
    path: Annotated[Path, typer.Argument(help="A .csv (export columns) or .jsonl file.",
                                         show_default=False)],
    accept: Annotated[bool, typer.Option("--accept", help="Store the events as accepted.")]
    = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Import events that no press release carries (checked first, all or nothing).

    A file with bad rows (unknown countries, impossible dates, missing fields,
    wrong types) is refused with a line-numbered report; nothing is stored.

    Example: communique import desk-log.csv --accept --user ana
    """
    from ..services.importer import import_file

    with registry_for(db) as reg:
        report = import_file(reg, path, accept=accept, user=user)
    typer.echo(f"{report.rows} row(s) imported from {path}: {report.new_events} new event(s), "
               f"{report.merged} merged into existing ones")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
