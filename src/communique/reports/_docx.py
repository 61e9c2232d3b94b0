"""DOCX: the Markdown wording laid out with python-docx, its numbered references
linked to their records in the appendix (internal hyperlinks to bookmarks), charts
as PNG images (or their numbers in a table when kaleido fails), and an appendix
table of the records with their sources. A4 unless told Letter."""

from __future__ import annotations

import io
import os
import re
from typing import Any

from .review import ReportModel

__all__ = ["render_docx"]

_CHART = re.compile(r"^\[\[chart:(\w+)\]\]$")
_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")
_ANCHOR_LINK = re.compile(r"\[([^\]\[]+)\]\(#([^)]*)\)")


def _bookmark_name(anchor: str) -> str:
    """Word bookmark names take letters, digits and underscores."""
    return re.sub(r"[^A-Za-z0-9_]", "_", anchor)


def _linked_paragraph(doc: Any, text: str) -> Any:
    """A paragraph whose ``[label](#anchor)`` links become hyperlinks to bookmarks."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = doc.add_paragraph()
    pos = 0
    for m in _ANCHOR_LINK.finditer(text):
        if m.start() > pos:
            paragraph.add_run(_plain(text[pos:m.start()]))
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark_name(m.group(2)))
        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        colour = OxmlElement("w:color")
        colour.set(qn("w:val"), "1F4E79")
        props.append(colour)
        run.append(props)
        label = OxmlElement("w:t")
        label.text = m.group(1)
        label.set(qn("xml:space"), "preserve")
        run.append(label)
        link.append(run)
        paragraph._p.append(link)
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(_plain(text[pos:]))
    return paragraph


def _bookmark(paragraph: Any, name: str, number: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), _bookmark_name(name))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _page(doc: Any, paper: str) -> None:
    from docx.shared import Cm, Inches, Mm

    for section in doc.sections:
        if paper == "letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)


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


def render_docx(model: ReportModel, *, templates: str | os.PathLike[str] | None = None,
                paper: str = "a4") -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    from ._charts import static_charts
    from .render import render_text

    text = render_text(model, "md", templates=templates, numbered=True, links=True)
    charts = {c.name: c for c in static_charts(model)}
    doc = Document()
    _page(doc, paper)
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
            _linked_paragraph(doc, line)
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
    for r, row in zip(model.refs, doc.tables[-1].rows[1:], strict=True):
        _bookmark(row.cells[0].paragraphs[0], r.anchor, r.n)
    for row in doc.tables[-1].rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)
