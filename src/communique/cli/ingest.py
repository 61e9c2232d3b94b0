"""``communique ingest``: extract documents and store them in the registry."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ._common import err_console
from ._registry import DbOption, UserOption, registry_for


def _count_files(paths: list[Path]) -> int:
    n = 0
    for p in paths:
        if p.is_dir():
            n += sum(len(files) for _, _, files in os.walk(p))
        else:
            n += 1
    return n


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.",
                                                show_default=False)],
    issuer: Annotated[str | None, typer.Option(help="Issuing country, ISO3 (inferred when "
                                               "omitted).")] = None,
    date: Annotated[str | None, typer.Option(help="Document date YYYY[-MM[-DD]].")] = None,
    accept: Annotated[bool, typer.Option("--accept", help="Store events as accepted, "
                                         "not candidates.")] = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Extract events from documents and store them (one transaction per document).

    The same content twice adds nothing; a record that reports an event
    already in the registry becomes a mention of it. A document that fails
    is reported and the others are stored.

    Example: communique ingest readouts/ --issuer AZE --date 2021
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..services.ingest import DocumentResult, ingest

    total = _count_files(paths)
    with registry_for(db) as reg:
        if total > 1 and err_console.is_terminal:
            with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.description}"), console=err_console,
                          transient=True) as bar:
                task = bar.add_task("", total=total)

                def step(result: DocumentResult) -> None:
                    bar.update(task, advance=1, description=result.name[-40:])

                report = ingest(paths, registry=reg, issuer=issuer, date=date, accept=accept,
                                user=user, progress=step)
        else:
            report = ingest(paths, registry=reg, issuer=issuer, date=date, accept=accept,
                            user=user)
    for r in report.results:
        if r.status == "failed":
            err_console.print(f"[red]failed[/red] {r.error}", soft_wrap=True)
    typer.echo(f"{report.stored} document(s) stored, {report.duplicates} already present, "
               f"{report.failed} failed; {report.records} record(s): "
               f"{report.new_events} new event(s), {report.merged} merged into existing ones")
    if report.stopped:
        err_console.print("[red]stopped[/red]: the documents after it were not tried; "
                          "ingest again once there is space (stored ones are skipped)",
                          soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
