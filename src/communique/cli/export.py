"""``communique export``: events as JSON Lines, CSV or Parquet."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ._common import err_console
from ._registry import (
    CountryOpt,
    DbOption,
    FromOpt,
    OrgOpt,
    PersonOpt,
    StatusOpt,
    TextOpt,
    ToOpt,
    TypeOpt,
    make_filter,
    registry_for,
)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")]
    = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file "
                                                "(default: standard output; Parquet needs "
                                                "a file).")] = None,
    type_: TypeOpt = None, country: CountryOpt = None, org: OrgOpt = None,
    person: PersonOpt = None, from_date: FromOpt = None, to_date: ToOpt = None,
    status: StatusOpt = None, text: TextOpt = None,
    db: DbOption = None,
) -> None:
    """Export events in the interchange format (one record per event; source = first mention).

    CSV is flat (one column per field) and Parquet loads in pandas and
    DuckDB; both carry each type's PLOVER and CAMEO codes and the status.

    Example: communique export --format parquet --country AZE -o aze.parquet
    """
    from ..services.export import export_events

    flt = make_filter(type_, country, org, person, from_date, to_date, status, text)
    with registry_for(db) as reg:
        n = export_events(reg, fmt.value, str(output) if output else None, flt)
    if output:
        err_console.print(f"{n} event(s) written to {output}")


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
