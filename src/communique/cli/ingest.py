"""``communique ingest``: extract documents and store them in the registry."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ._common import JobsOption, RateColumn, err_console, fail
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
    accept: Annotated[bool, typer.Option("--accept", help="Store every event as accepted, "
                                         "not as a candidate (no review).")] = False,
    accept_above: Annotated[float | None, typer.Option(
        "--accept-above", metavar="X", min=0.0, max=1.0,
        help="Accept only records whose confidence is at least X (0..1, e.g. 0.9); the "
             "others stay candidates for review. Not with --accept, which accepts all.",
        show_default=False)] = None,
    db: DbOption = None,
    user: UserOption = None,
    jobs: JobsOption = None,
) -> None:
    """Extract events from documents and store them (never half a document).

    The same content twice adds nothing: documents already stored are skipped
    before extraction, so an interrupted ingest of a large folder resumes
    where it stopped. A record that reports an event already in the registry
    becomes a mention of it. A document that fails is reported and the others
    are stored. Ctrl-C stops cleanly: what was stored stays stored.

    Records are candidates for review unless --accept (every record) or
    --accept-above X (records with confidence >= X; see the README's
    calibration table for what X means) accepts them. An accepted record
    that joins an event still under review accepts that event.

    Example: communique ingest readouts/ --issuer AZE --date 2021 --jobs 2 --accept-above 0.9
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from ..services.ingest import (
        NOT_STORED_FULL,
        DocumentResult,
        IngestReport,
        check_accept,
        ingest,
    )
    from ..services.workers import default_jobs

    try:
        check_accept(accept, accept_above)
    except UsageError as exc:
        fail(exc, 2)
    total = _count_files(paths)
    seen = IngestReport()  # what has been settled so far, should Ctrl-C come

    with registry_for(db) as reg:
        try:
            if total > 1 and err_console.is_terminal:
                with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                              RateColumn(), TimeRemainingColumn(),
                              TextColumn("{task.description}"), console=err_console,
                              transient=True) as bar:
                    task = bar.add_task("", total=total)

                    def step(result: DocumentResult) -> None:
                        seen.results.append(result)
                        bar.update(task, advance=1, description=result.name[-40:])

                    report = ingest(paths, registry=reg, issuer=issuer, date=date,
                                    accept=accept, user=user, progress=step,
                                    jobs=jobs or default_jobs(), accept_above=accept_above)
            else:
                report = ingest(paths, registry=reg, issuer=issuer, date=date, accept=accept,
                                user=user, progress=seen.results.append,
                                jobs=jobs or default_jobs(), accept_above=accept_above)
        except KeyboardInterrupt:
            err_console.print(f"interrupted: {seen.stored} document(s) stored before the "
                              "interruption stay stored; run the same command again to go on "
                              "(stored documents are skipped)")
            raise typer.Exit(130) from None
    held = 0
    for r in report.results:
        if r.status == "failed" and r.error == NOT_STORED_FULL:
            held += 1  # said once below, not once per document
        elif r.status == "failed":
            err_console.print(f"[red]failed[/red] {r.error}", soft_wrap=True)
    if held:
        err_console.print(f"[red]failed[/red] {held} more document(s) of the same batch not "
                          "stored: the disk is full", soft_wrap=True)
    typer.echo(f"{report.stored} document(s) stored, {report.duplicates} already present "
               f"(skipped, not extracted again), {report.failed} failed; {report.records} "
               f"record(s): {report.new_events} new event(s), {report.merged} merged into "
               "existing ones")
    if accept_above is not None:
        typer.echo(f"{report.accepted} record(s) accepted (confidence >= {accept_above:g}), "
                   f"{report.candidates} left as candidates for review")
    if report.stopped:
        err_console.print("[red]stopped[/red]: the documents after it were not tried; "
                          "ingest again once there is space (stored ones are skipped)",
                          soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
