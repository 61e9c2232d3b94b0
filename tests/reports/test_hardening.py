"""Reports from hostile stored fields and templates (issue 15): Markdown escapes raw HTML,
user templates run sandboxed."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import CommuniqueError
from communique.model import DateSpan, Record
from communique.reports.render import render_text
from communique.reports.review import review_from_registry
from communique.services import review


def _model(registry):  # type: ignore[no-untyped-def]
    review.add_event(registry, Record(
        type="agreement", date=DateSpan("2021-03-02"), from_=["AZE"], to=["GEO"],
        title="<script>alert(1)</script> Memorandum <img src=x onerror=alert(2)>"), user="t")
    return review_from_registry(registry, "AZE", 2021)


def test_markdown_carries_no_raw_html_from_stored_fields(registry) -> None:
    md = render_text(_model(registry), "md")
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Memorandum" in md
    assert '<a id="' in md  # the template's own anchors stay


def test_html_escapes_them_too(registry) -> None:
    html = render_text(_model(registry), "html", charts=False)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_user_templates_run_in_the_sandbox(registry, tmp_path: Path) -> None:
    (tmp_path / "review.md.j2").write_text(
        "{{ m.__class__.__init__.__globals__ }}\n", encoding="utf-8")
    with pytest.raises(CommuniqueError, match="unsafe|not safely|access"):
        render_text(_model(registry), "md", templates=tmp_path)
