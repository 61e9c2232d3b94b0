"""Rendering the review: Markdown, HTML (offline charts), DOCX, PDF, template overrides."""

from __future__ import annotations

import io
import re

import pytest

from communique.reports.render import TemplateError, render_report, render_text, template_names
from communique.reports.review import build_review


@pytest.fixture
def model(year_2021):
    return build_review(year_2021, "AZE", 2021)


def test_markdown_states_events_with_dates_and_references(model):
    md = render_text(model, "md")
    assert md.startswith("# Azerbaijan: foreign policy in 2021")
    assert "## Relations with neighbouring countries" in md
    # one compact reference per sentence, linking to its first record
    assert re.search(r"The foreign ministers of 2 countries, Hungary and Serbia, visited "
                     r"Azerbaijan \[\[\d+, \d+\]\(#ev-\d+\)\]\.", md)
    assert "On 15-16 June 2021, the head of state of Türkiye, Recep Tayyip Erdoğan, visited " \
           "Azerbaijan" in md
    assert "a trilateral meeting of Azerbaijan, Türkiye and Pakistan was held in Islamabad" in md
    assert "In 2021, 5 international agreements were signed, with 3 countries" in md
    assert '<a id="ev-13"></a>' in md  # the records appendix


def test_markdown_reference_goes_before_the_full_stop(model):
    md = render_text(model, "md")
    assert "]." in md and not re.search(r"\.\s*\[\[\d", md)


def test_html_is_self_contained_and_links_numbers_to_records(model):
    html = render_text(model, "html")
    start = html.index("<script>")
    end = html.index("</script>", start)
    page = html[:start] + html[end:]  # the page without the inline plotly.js
    # booleans first: pytest would diff a 5 MB string on failure
    has_plotly = "plotly.js v2" in html[start:end] and "Plotly.newPlot" in page
    loads_nothing = not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    anchored = 'id="ev-13"' in page
    linked = bool(re.search(r'<a class="num" href="#ev-\d+" data-records="[^"]+"', page))
    charts = 'id="chart-map"' in page and 'id="chart-network"' in page
    assert (has_plotly, loads_nothing, anchored, linked, charts) == (True,) * 5


def test_html_numbers_link_to_the_web_app_when_served(model):
    html = render_text(model, "html", link_base="/events?ids=", plotly_js="/static/plotly.js")
    linked = bool(re.search(r'href="/events\?ids=(\d+,)*\d+"', html))
    served = '<script src="/static/plotly.js"></script>' in html
    assert (linked, served) == (True, True)


def test_html_escapes_titles(rec):
    bad = [rec(1, "agreement", "2021-02-02", "AZE", "GEO", title="<script>x</script>")]
    html = render_text(build_review(bad, "AZE", 2021), "html", charts=False)
    assert ("<script>x</script>" in html, "&lt;script&gt;x" in html) == (False, True)


def test_a_template_of_the_same_name_wins(model, tmp_path):
    shipped = render_text(model, "md")
    from importlib import resources

    original = resources.files("communique.reports").joinpath(
        "templates", "_sentences.j2").read_text(encoding="utf-8")
    house = original.replace("political consultations were held between the Ministries of "
                             "Foreign Affairs of", "the foreign ministries held consultations:")
    (tmp_path / "_sentences.j2").write_text(house, encoding="utf-8")
    custom = render_text(model, "md", templates=tmp_path)
    assert "the foreign ministries held consultations:" in custom
    assert "the foreign ministries held consultations:" not in shipped


def test_a_broken_template_names_the_file_and_line(model, tmp_path):
    (tmp_path / "review.md.j2").write_text("# Title\n{% for x in %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"review\.md\.j2, line 2"):
        render_text(model, "md", templates=tmp_path)


def test_a_template_naming_a_missing_field_is_a_clear_error(model, tmp_path):
    (tmp_path / "review.md.j2").write_text("{{ m.no_such_field }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="no_such_field"):
        render_text(model, "md", templates=tmp_path)


def test_a_missing_templates_folder_is_refused(model, tmp_path):
    with pytest.raises(TemplateError, match="no such folder"):
        render_text(model, "md", templates=tmp_path / "nope")


def test_shipped_templates_include_pages_and_partials():
    names = template_names()
    assert {"review.md.j2", "review.html.j2", "_sentences.j2"} <= set(names)


def test_docx_has_numbered_references_and_a_records_table(model, monkeypatch):
    from docx import Document

    _no_kaleido(monkeypatch)
    data = render_report(model, "docx")
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Relations with neighbouring countries" in text
    assert re.search(r"visited Azerbaijan \[\d+(, \d+)*\]\.", text)
    records = doc.tables[-1]
    assert records.rows[0].cells[5].text == "Source"
    assert "readout.txt" in records.rows[1].cells[5].text
    assert "could not be drawn" in text  # charts fell back to tables, and the text says so


def test_docx_embeds_the_charts_as_png_images(model):
    import zipfile

    data = render_report(model, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        pngs = [z.read(n) for n in media]
    assert media and all(png.startswith(b"\x89PNG\r\n\x1a\n") for png in pngs)
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "could not be drawn" not in text


def test_pdf_embeds_the_charts_as_images(model, tmp_path):
    from pypdf import PdfReader

    data = render_report(model, "pdf", tmp_path / "review.pdf")
    reader = PdfReader(io.BytesIO(data))
    images = [img for page in reader.pages for img in page.images]
    assert images, "no chart image in the PDF"
    assert "could not be drawn" not in "".join(page.extract_text() for page in reader.pages)


def test_pdf_is_written_with_tables_when_kaleido_fails(model, monkeypatch, tmp_path):
    _no_kaleido(monkeypatch)
    out = tmp_path / "review.pdf"
    data = render_report(model, "pdf", out)
    assert data.startswith(b"%PDF") and out.read_bytes() == data
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "could not be drawn" in text  # each chart's numbers in a table instead


def test_print_variant_replaces_charts_by_tables_when_kaleido_fails(model, monkeypatch):
    _no_kaleido(monkeypatch)
    html = render_text(model, "html", numbered=True)
    said = "the chart could not be drawn (RuntimeError: no kaleido here)" in html
    tables = "<table class='chart-table'>" in html
    assert (said, tables, "Plotly.newPlot" in html) == (True, True, False)


def test_a_year_without_records_renders_a_review_that_says_so(year_2021):
    md = render_text(build_review(year_2021, "AZE", 2017), "md")
    assert "holds no accepted records of Azerbaijan for 2017" in md


def _no_kaleido(monkeypatch):
    import plotly.graph_objects as go

    def fail(*_a, **_k):
        raise RuntimeError("no kaleido here")

    monkeypatch.setattr(go.Figure, "to_image", fail)
