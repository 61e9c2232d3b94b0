"""DOCX: the Markdown wording (numbered references, no links) laid out with python-docx,
charts as PNG images (or their numbers in a table when kaleido fails), and an
appendix table of the records with their sources."""

from __future__ import annotations

import io
import os
import re
from typing import Any

from .review import ReportModel

__all__ = ["render_docx"]

_CHART = re.compile(r"^\[\[chart:(\w+)\]\]$")
_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")


def _plain(text: str) -> str:
    """Markdown inline markup to plain text (links keep their label)."""
    return _LINK.sub(r"\1", text).replace("\\|", "|")


def _table(doc: Any, rows: list[list[str]], header: bool = True) -> None:
    if not rows:
        return
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, (row, cells) in enumerate(zip(rows, table.rows, strict=True)):
        for value, cell in zip(row, cells.cells, strict=False):  # row by row: table.cell() is slow
            cell.text = value
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _md_table(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            continue
        rows.append([_plain(c) for c in cells])
    return rows


def render_docx(model: ReportModel, *, templates: str | os.PathLike[str] | None = None) -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    from ._charts import static_charts
    from .render import render_text

    text = render_text(model, "md", templates=templates, numbered=True)
    charts = {c.name: c for c in static_charts(model)}
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Georgia"
    style.font.size = Pt(10.5)
    pending: list[str] = []

    def flush() -> None:
        if pending:
            _table(doc, _md_table(pending))
            pending.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            pending.append(line)
            continue
        flush()
        if not line.strip():
            continue
        chart = _CHART.match(line.strip())
        if line.startswith("# "):
            doc.add_heading(_plain(line[2:]), level=0)
        elif line.startswith("## "):
            doc.add_heading(_plain(line[3:]), level=1)
        elif chart:
            c = charts.get(chart.group(1))
            if c is None:
                continue
            if c.png is not None:
                doc.add_picture(io.BytesIO(c.png), width=Cm(16))
                doc.add_paragraph().add_run(c.title).italic = True
            else:
                doc.add_paragraph(f"{c.title}: the chart could not be drawn ({c.error}); "
                                  "its numbers follow.").runs[0].italic = True
                _table(doc, [["", "events"]] + [list(r) for r in c.table])
        elif line.startswith("*") and line.endswith("*"):
            doc.add_paragraph().add_run(_plain(line.strip("*"))).italic = True
        else:
            doc.add_paragraph(_plain(line))
    flush()
    _appendix(doc, model)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _appendix(doc: Any, model: ReportModel) -> None:
    from docx.shared import Pt

    from ._format import Formatter

    names = Formatter(model)
    doc.add_heading("Records", level=1)
    if not model.refs:
        doc.add_paragraph("No records.")
        return
    rows = [["No.", "Record", "Date", "Type", "From → to", "Source"]]
    for r in model.refs:
        rec = r.item.record
        date = (rec.date.start or "") + (f"–{rec.date.end}" if rec.date.end else "")
        sides = f"{', '.join(names.country(c, False) for c in rec.from_) or '—'} → " \
                f"{', '.join(names.country(c, False) for c in rec.to) or '—'}"
        if rec.organizations:
            sides += f" ({', '.join(rec.organizations)})"
        kind = rec.type + (f": {rec.title}" if rec.title else "")
        if rec.source:
            src = rec.source.doc + (f', chars {rec.source.start}-{rec.source.end}: '
                                    f'"{" ".join(rec.source.text.split())[:300]}"'
                                    if rec.source.text else "")
        else:
            src = "entered by hand"
        status = " (candidate)" if r.item.status == "candidate" else ""
        rows.append([str(r.n), r.item.key + status, date, kind, sides, src])
    _table(doc, rows)
    for row in doc.tables[-1].rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)
