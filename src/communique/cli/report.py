"""``communique report``: the year-end review of an issuer, written from the registry."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import CommuniqueError, UsageError
from ._common import err_console, fail
from ._registry import DbOption, registry_for


class Paper(str, Enum):
    a4 = "a4"
    letter = "letter"


class ReportFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


def report_command(
    issuer: Annotated[str, typer.Option("--issuer", "-i", help="ISO3 code of the issuing "
                                        "country, e.g. AZE.", show_default=False)],
    year: Annotated[int, typer.Option("--year", "-y", help="The year under review.",
                                      show_default=False)],
    fmt: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="md, html, docx or pdf (default: from the -o suffix, else md).",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Output file (default: standard output for md and html; "
        "docx and pdf need a file).", show_default=False)] = None,
    include_candidates: Annotated[bool, typer.Option(
        "--include-candidates", help="Draft from unreviewed (candidate) records too.")] = False,
    templates: Annotated[Path | None, typer.Option(
        "--templates", help="A folder of templates that override the shipped ones (a file "
        "of the same name wins: review.md.j2, review.html.j2, _sentences.j2, ...).",
        show_default=False)] = None,
    link_base: Annotated[str | None, typer.Option(
        "--link-base", help="HTML: link numbers to this URL plus the record ids (the web "
        "app's /events?ids=) instead of the appendix.", show_default=False)] = None,
    paper: Annotated[Paper, typer.Option(
        "--paper", help="Page size of docx and pdf: a4 or letter.")] = Paper.a4,
    db: DbOption = None,
) -> None:
    """Write the year-end review of ISSUER for YEAR from the registry's accepted records.

    Sections in a ministry's order (neighbours, regions, visits, agreements,
    commissions and consultations, multilateral work, courts, missions, aid,
    consular work, public diplomacy); every number and sentence refers to its
    records. Numbers follow the counting rules (see `communique stats --help`).

    Example: communique report --issuer AZE --year 2021 -o review-2021.html

    Example: communique report -i AZE -y 2021 --templates house-style/ -o review.docx
    """
    from ..reports.render import render_report
    from ..reports.review import review_from_registry

    kind = fmt.value if fmt else (output.suffix.lower().lstrip(".") if output else "md")
    if kind == "htm":
        kind = "html"
    if kind not in ("md", "html", "docx", "pdf"):
        fail(UsageError(f"cannot tell the format from {output}: add --format md, html, "
                        "docx or pdf"))
    if kind in ("docx", "pdf") and output is None:
        fail(UsageError(f"{kind} is a binary format: give a file with -o review.{kind}"))
    if output is not None and not output.parent.is_dir():
        fail(UsageError(f"cannot write {output}: the folder {output.parent} does not exist; "
                        "create it, or give -o a file in a folder that exists"))
    with registry_for(db) as reg:
        model = review_from_registry(reg, issuer, year, include_candidates=include_candidates)
    try:
        data = render_report(model, kind, output, templates=templates, link_base=link_base,
                             paper=paper.value)
    except CommuniqueError as exc:
        fail(exc)
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        note = " (no records for that year: the review says so)" if model.empty else ""
        err_console.print(f"{kind} review of {model.issuer_name} {year} written to {output}: "
                          f"{model.events} event(s), {len(model.refs)} record(s){note}")


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)
