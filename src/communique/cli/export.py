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
    package: Annotated[bool, typer.Option(
        "--package/--no-package", help="With a CSV or Parquet file: write its codebook "
        "beside it, a Frictionless Data Package (events.csv -> events.datapackage.json) "
        "that `frictionless validate` checks.")] = True,
    db: DbOption = None,
) -> None:
    """Export events in the interchange format (one record per event; source = first mention).

    CSV is flat (one column per field) and Parquet loads in pandas and
    DuckDB; both carry each type's PLOVER and CAMEO codes (or "none"), the
    status, the dates' precision and typed first and last days, and country
    names beside the codes. A CSV or Parquet file gets its codebook beside it
    (a Frictionless Data Package).

    Example: communique export --format parquet --country AZE -o aze.parquet

    Example: frictionless validate aze.datapackage.json
    """
    from ..services.export import export_events

    flt = make_filter(type_, country, org, person, from_date, to_date, status, text)
    with_package = package and output is not None and fmt is not ExportFormat.jsonl
    with registry_for(db) as reg:
        n = export_events(reg, fmt.value, str(output) if output else None, flt,
                          package=with_package)
    if output:
        from ..services.export import datapackage_path

        codebook = f", codebook in {datapackage_path(output)}" if with_package else ""
        err_console.print(f"{n} event(s) written to {output}{codebook}")


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
