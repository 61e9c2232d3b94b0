"""``communique stats``: counts by type, country, region, organisation or month;
the dyad-year table for researchers."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import CommuniqueError, UsageError
from ._common import err_console, fail
from ._registry import DbOption, registry_for


class By(str, Enum):
    type = "type"
    country = "country"
    region = "region"
    org = "org"
    month = "month"
    measure = "measure"
    agreement = "agreement"
    news = "news"
    aid = "aid"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


IssuerOpt = Annotated[str | None, typer.Option(
    "--issuer", "-i", help="ISO3 code of the issuing country (its events; partners are the "
    "other countries).", show_default=False)]
YearOpt = Annotated[int | None, typer.Option("--year", "-y", help="Only events starting in "
                                             "this year.", show_default=False)]
CandidatesOpt = Annotated[bool, typer.Option(
    "--include-candidates", help="Count unreviewed (candidate) events too.")]


def stats_command(
    issuer: IssuerOpt = None,
    year: YearOpt = None,
    by: Annotated[By, typer.Option("--by", "-b", help="Group by this.")] = By.type,
    top: Annotated[int | None, typer.Option("--top", help="Only the first N rows "
                                            "(e.g. top partners with --by country).")] = None,
    dyads: Annotated[bool, typer.Option(
        "--dyads", help="Write the dyad-year table (one row per country pair and year, counts "
        "by type) to -o FILE.csv or FILE.parquet instead.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (needed "
                                                "for --dyads as .parquet).")] = None,
    fmt: Annotated[StatsFormat, typer.Option("--format", "-f", help="Output format.")]
    = StatsFormat.table,
    include_candidates: CandidatesOpt = False,
    db: DbOption = None,
) -> None:
    """Counts of events under the counting rules, or the dyad-year table.

    Counting rules v2 (shared by report, stats, check and the web app): accepted
    events only (candidates with --include-candidates, rejected never); an event
    counts once under its type (a visit with talks is a visit and a meeting);
    partners are the other side's countries (five counterparts: one meeting, five
    partner contacts); visits are received or paid by direction; levels come from
    recorded roles, never guessed; agreements count per counterpart or by stated
    quantity; stated figures are never summed into counts. v2 adds: --by measure
    sums what events count (votes, students, doses, amounts per currency) by unit
    and type; --by agreement counts agreements as documents, signing occasions and
    per counterpart; --by news counts the issuer's own documents (its news items) by
    year and kind; --by aid gives the recipients of its aid (every year without --year).

    Example: communique stats --issuer AZE --year 2021 --by region

    Example: communique stats -i AZE -y 2021 --by country --top 10 --format json

    Example: communique stats -i AZE -y 2021 --by measure

    Example: communique stats --dyads -o dyads.parquet
    """
    from ..services.stats import export_dyads, stats

    if dyads:
        with registry_for(db) as reg:
            n = export_dyads(reg, output if output else sys.stdout,
                             fmt=None if output else "csv", issuer=issuer, from_year=year,
                             to_year=year, include_candidates=include_candidates)
        if output:
            err_console.print(f"{n} dyad-year row(s) written to {output}")
        return
    if output is not None and fmt is StatsFormat.table:
        fail(UsageError("a table is for the screen: add --format json or --format csv to "
                        "write a file"))
    with registry_for(db) as reg:
        result = stats(reg, issuer, year, by=by.value, top=top,
                       include_candidates=include_candidates)
    from ..validation import output_error, output_file

    try:
        out = open(output_file(output), "w", encoding="utf-8", newline="") if output \
            else sys.stdout
    except CommuniqueError as exc:
        fail(exc)
    except OSError as exc:
        fail(output_error(exc, str(output)))
    try:
        if fmt is StatsFormat.json:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif fmt is StatsFormat.csv:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow([by.value, "label", "count", "qualifier", "records"])
            for r in result.rows:
                writer.writerow([r.key, r.label, r.count, r.qualifier or "",
                                 " ".join(map(str, r.records))])
        else:
            _print_table(result)
    finally:
        if output:
            out.close()


def _print_table(result: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..services.stats import StatsResult

    assert isinstance(result, StatsResult)
    scope = " ".join(filter(None, [result.issuer, str(result.year) if result.year else None]))
    console = Console(highlight=False)
    console.print(f"[bold]Events by {result.by}{f' — {scope}' if scope else ''}[/bold] "
                  f"(counting rules v{result.counting_rules})")
    table = Table()
    table.add_column(result.by)
    table.add_column("count", justify="right")
    for r in result.rows:
        label = r.label if r.label == r.key or result.by == "measure" else \
            f"{r.label} ({r.key})"
        how = (r.qualifier or "exactly").replace("_", " ")
        count = f"{r.count:,}" if how == "exactly" else f"{how} {r.count:,}"
        table.add_row(label, count)
    console.print(table)
    Console(stderr=True, highlight=False).print(
        f"{result.events} event(s) counted" + (" (candidates included)"
                                                if result.include_candidates else ""))


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_command)
