"""The review's files as people use them: the PDF compact, with an outline, working
links and tags for screen readers; the DOCX on A4 (or Letter) with links."""

from __future__ import annotations

import io

import pytest

from communique.model import Record, Source
from communique.reports.render import render_report
from communique.reports.review import build_review

LONG_DOC = "2021-06-15-joint-press-release-of-the-ministries-of-foreign-affairs.txt"


@pytest.fixture
def many(rec, item):
    """120 meetings, each with a long source sentence from a long-named document."""
    items = []
    for i in range(120):
        r = rec(i + 1, "meeting", f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}", "AZE",
                ("TUR", "GEO", "KAZ", "HUN", "ITA")[i % 5])
        sentence = (f"In the course of meeting number {i + 1}, the ministers reviewed "
                    "cooperation in transport, energy, culture and education, agreed on "
                    "the next steps of their joint projects and exchanged views on "
                    "regional and international questions of mutual interest. " * 2)
        r = Record(**{**r.__dict__, "source": Source(LONG_DOC, 0, len(sentence), sentence)})
        items.append(item(r))
    return build_review(items, "AZE", 2021)


@pytest.fixture(scope="module")
def no_charts():
    mp = pytest.MonkeyPatch()
    from communique.reports import _charts

    mp.setattr(_charts, "figures", lambda model: {})
    yield
    mp.undo()


def _pdf(model, **kw):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(render_report(model, "pdf", **kw)))


def test_the_pdf_appendix_is_a_compact_table(many, no_charts):
    reader = _pdf(many)
    assert len(reader.pages) <= 20  # 120 records: 15 pages; 125 when the source ran long
    text = reader.pages[-1].extract_text()
    assert "ev-" in text


def test_the_pdf_has_an_outline_links_and_tags_on_a4(many, no_charts):
    reader = _pdf(many)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    titles = [o["/Title"] for o in reader.outline[1]]
    assert "Records" in titles
    links = [a.get_object() for p in reader.pages for a in (p.get("/Annots") or [])
             if a.get_object().get("/Subtype") == "/Link"]
    assert len(links) >= 120
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)


def test_the_pdf_can_be_letter(many, no_charts):
    width, height = (float(v) for v in _pdf(many, paper="letter").pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)


def _docx(model, **kw):
    from docx import Document

    return Document(io.BytesIO(render_report(model, "docx", **kw)))


def test_the_docx_is_a4_by_default_and_letter_when_asked(many, no_charts):
    section = _docx(many).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    letter = _docx(many, paper="letter").sections[0]
    assert (round(letter.page_width.inches, 2), round(letter.page_height.inches, 2)) == \
        (8.5, 11.0)


def test_the_docx_references_link_to_their_records(many, no_charts):
    from docx.oxml.ns import qn

    doc = _docx(many)
    body = doc.element.body
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))}
    marks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors and anchors <= marks
    assert "ev_1" in marks


def test_an_unknown_paper_size_is_refused(many):
    from communique.errors import UsageError

    with pytest.raises(UsageError, match="a4, letter"):
        render_report(many, "docx", paper="a5")
