"""The command line: a thin shell over the service layer.

Each command module defines ``register(app)``; they are registered here
explicitly (no import-time magic), in the order ``--help`` shows them.
"""

from __future__ import annotations

from typing import Annotated

import click
import typer

from . import (
    agreements,
    aid,
    check,
    consular,
    db,
    dossier,
    events,
    export,
    importer,
    ingest,
    persons,
    report,
    review,
    serve,
    stats,
    users,
)
from . import extract as _extract
from ._registry import ROOT_DB_KEY

app = typer.Typer(
    name="communique",
    help="A system of record for a country's diplomatic activity.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(
        "--db", help="Registry database URL for the command that follows (the same as "
        "its own --db; default $COMMUNIQUE_DATABASE_URL, else sqlite:///./communique.db).",
        show_default=False)] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """A system of record for a country's diplomatic activity."""
    if db:
        ctx.meta[ROOT_DB_KEY] = db
    _quiet_empty_defaults(ctx.command)


def _quiet_empty_defaults(command: click.Command) -> None:
    """Help says nothing of an option whose default is "not given": its own help text
    tells what happens then ("default: standard output"), so "[default: None]" beside
    it would say it twice, wrongly. Runs before the sub-command reads --help."""
    for param in command.params:
        if param.default is None and hasattr(param, "show_default"):
            param.show_default = False
    for sub in getattr(command, "commands", {}).values():
        _quiet_empty_defaults(sub)


for _module in (_extract, ingest, review, events, dossier, persons, export, importer, db,
                serve, users, stats, report, check, consular, aid, agreements):
    _module.register(app)


def main() -> None:
    app()
