"""``communique extract``: documents in, records out (no database)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import CommuniqueError
from ._common import err_console, fail, report_error


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
        help="Folder with extra triggers.toml / countries / organizations / cities data "
             "(repeatable).")] = None,
) -> None:
    """Extract diplomatic event records from documents (stateless: no database).

    Example: communique extract readout.txt --issuer GEO --date 2023-03-14
    """
    from ..documents import read_documents
    from ..extract import check_options, iter_extract_document
    from ..validation import pattern_folders

    failed = 0
    records: list = []
    try:
        check_options(issuer, date)
        pattern_folders(patterns or [])
        for item in read_documents(paths):
            if isinstance(item, CommuniqueError):
                report_error(item)
                failed += 1
                continue
            res = iter_extract_document(item, issuer=issuer, date=date,
                                        patterns=patterns or ())
            if issuer is None:
                err_console.print(f"{item.name}: issuer {res.issuer or 'unknown'} — "
                                  f"{res.issuer_reason}", soft_wrap=True)
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


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
