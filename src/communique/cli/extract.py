"""``communique extract``: documents in, records out (no database)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import CommuniqueError
from ._common import JobsOption, err_console, fail, report_error


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def extract_command(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders (.txt .md .html .pdf .docx).",
                                                show_default=False)],
    issuer: Annotated[str | None, typer.Option(help="Issuing country, ISO3 (e.g. AZE). "
                                               "Inferred from the text when omitted.")] = None,
    date: Annotated[str | None, typer.Option(help="Document date YYYY[-MM[-DD]]; partial dates "
                                             "in the text resolve against it.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    patterns: Annotated[list[Path] | None, typer.Option(
        help="Folder with extra triggers.toml / countries / organizations / cities / "
             "officeholders data (repeatable).")] = None,
    jobs: JobsOption = None,
) -> None:
    """Extract diplomatic event records from documents (stateless: no database).

    With several documents, extraction runs in worker processes (--jobs);
    the output keeps the order of the input.

    Example: communique extract readout.txt --issuer GEO --date 2023-03-14
    """
    from ..documents import read_documents
    from ..extract import check_options
    from ..services.workers import default_jobs, ordered_map
    from ..validation import pattern_folders

    failed = 0
    records: list = []
    one_file = len(paths) == 1 and not paths[0].is_dir()  # streamed: no worker needed
    workers = 1 if one_file else (jobs or default_jobs())
    try:
        check_options(issuer, date)
        pattern_folders(patterns or [])
        work = partial(_extract_item, issuer, date, tuple(patterns or ()), workers > 1)
        for item, res in ordered_map(work, read_documents(paths), jobs=workers):
            if isinstance(item, CommuniqueError):
                report_error(item)
                failed += 1
                continue
            if issuer is None:
                err_console.print(f"{item}: issuer {res.issuer or 'unknown'} — "
                                  f"{res.issuer_reason}", soft_wrap=True)
            if date is None or not res.date_reason.startswith("the document's date"):
                # where the day that "today" and "on Monday" count from came from
                err_console.print(f"{item}: day — {res.date_reason}", soft_wrap=True)
            if fmt is Format.jsonl:  # streamed: a large text never sits in memory as records
                out = sys.stdout
                for r in res.records:
                    out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
            else:
                records.extend(res.records)
    except CommuniqueError as e:
        fail(e, 2)
    if fmt is Format.json:
        json.dump([r.to_dict() for r in records], sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt is Format.table:
        from ._tables import print_table, records_table

        print_table(records_table(records))
    if failed:
        raise typer.Exit(1)


def _extract_item(issuer: str | None, date: str | None, patterns: tuple[Path, ...],
                  materialise: bool, item: Any) -> tuple[Any, Any]:
    """(the document or its reading error, its extraction): in a worker process when
    ``materialise`` (records as a list, to travel back), else lazily."""
    from ..extract import iter_extract_document

    if isinstance(item, CommuniqueError):
        return item, None
    res = iter_extract_document(item, issuer=issuer, date=date, patterns=patterns)
    if materialise:
        return item.name, _Done(list(res.records), res.issuer, res.issuer_reason,
                                res.date_reason)
    return item.name, res


@dataclass
class _Done:
    records: list[Any]
    issuer: str | None
    issuer_reason: str
    date_reason: str = ""


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
