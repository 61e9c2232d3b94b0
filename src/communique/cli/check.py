"""``communique check``: the numbers of a draft, judged against the registry."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ._registry import DbOption, registry_for


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


def check_command(
    draft: Annotated[Path, typer.Argument(help="The draft: .txt, .md, .html, .docx or .pdf.",
                                          show_default=False)],
    issuer: Annotated[str, typer.Option("--issuer", "-i", help="ISO3 code of the issuing "
                                        "country, e.g. AZE.", show_default=False)],
    year: Annotated[int, typer.Option("--year", "-y", help="The year the draft is about.",
                                      show_default=False)],
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")]
    = CheckFormat.text,
    include_candidates: Annotated[bool, typer.Option(
        "--include-candidates", help="Count unreviewed (candidate) records too.")] = False,
    db: DbOption = None,
) -> None:
    """Find each numeric claim in a draft and judge it against the registry.

    Each claim ("the foreign ministers of 16 countries visited", "more than 80
    meetings", "143 votes", "so far ... about 80 countries") is counted under
    the counting rules, over the period and occasion it names, and judged:
    agrees, consistent (the registry bounds the number and the claim lies
    within; the records that would settle it are listed), disagrees (with the
    rule, the count and the records) or unverifiable (and why). The text
    groups the verdicts; the JSON keeps every field. Also flagged: a country
    listed twice, a count that disagrees with its list, a date outside the
    year. Exit status 1 when a claim disagrees.

    Example: communique check draft-2021.docx --issuer AZE --year 2021

    Example: communique check draft.md -i AZE -y 2021 --format json > findings.json
    """
    from ..reports.check import check_draft, format_text
    from ..services.report import waiting, waiting_note

    with registry_for(db) as reg:
        findings = check_draft(draft, registry=reg, issuer=issuer, year=year,
                               include_candidates=include_candidates)
        left = waiting(reg, issuer, year)
    note = waiting_note(left, year, include_candidates=include_candidates)
    if fmt is CheckFormat.json:
        typer.echo(note, err=True)
        sys.stdout.write(json.dumps([f.to_dict() for f in findings], ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        sys.stdout.write(f"{note}\n\n" + format_text(findings, issuer=issuer.upper(), year=year))
    if any(f.verdict == "disagrees" for f in findings):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
