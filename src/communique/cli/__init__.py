"""The command line: a thin shell over the service layer.

Each command module defines ``register(app)``; they are registered here
explicitly (no import-time magic), in the order ``--help`` shows them.
"""

from __future__ import annotations

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

app = typer.Typer(
    name="communique",
    help="A system of record for a country's diplomatic activity.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (_extract, ingest, review, events, dossier, persons, export, importer, db,
                serve, users, stats, report, check, consular, aid, agreements):
    _module.register(app)


def main() -> None:
    app()
