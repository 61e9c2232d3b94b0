"""``communique dossier``: every event with one country, by type, in date order."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from ._registry import DbOption, StatusOpt, registry_for


class DossierFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def dossier_command(
    country: Annotated[str, typer.Argument(help="Country: ISO3 code or English name, "
                                           "e.g. TUR or Türkiye.",
                                           show_default=False)],
    year: Annotated[int | None, typer.Option("--year", "-y", help="Only this year.")] = None,
    status: StatusOpt = None,
    fmt: Annotated[DossierFormat, typer.Option("--format", "-f", help="Output format.")]
    = DossierFormat.text,
    db: DbOption = None,
) -> None:
    """Every event with a country, grouped by type, in date order, with its source sentence.

    An unknown country or a year not in four digits is refused (exit status 1).

    Example: communique dossier TUR --year 2021

    Example: communique dossier Hungary
    """
    from rich.console import Console
    from rich.markup import escape

    from ..services.query import dossier

    with registry_for(db) as reg:
        d = dossier(reg, country, year, statuses=status or ())
    if fmt is DossierFormat.jsonl:
        for views in d.groups.values():
            for v in views:
                sys.stdout.write(json.dumps(v.to_dict(), ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False)
    from ..reference import country_name

    out.print(f"[bold]Dossier {country_name(d.country)} ({d.country})"
              f"{f' {year}' if year else ''}[/bold]: "
              f"{d.total} event(s)")
    for kind, views in d.groups.items():
        out.print(f"\n[bold]{kind}[/bold] ({len(views)})")
        for v in views:
            r = v.record
            when = f"{r.date.start}..{r.date.end}" if r.date.end else (r.date.start or "undated")
            sides = f"{','.join(r.from_) or '-'} → {','.join(r.to) or '-'}"
            orgs = f" [{','.join(r.organizations)}]" if r.organizations else ""
            title = f" {r.title}" if r.title else ""
            out.print(f"  {when:<22} #{v.id} {sides}{orgs}{escape(title)} ({v.status})")
            if r.source:
                out.print(f"      “{escape(' '.join(r.source.text.split()))}” "
                          f"— {escape(r.source.doc)}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("dossier")(dossier_command)
