"""The web's door to the reports services (year-end review, claim check).

The reports package is imported on first use (it brings Plotly and the renderers),
not when the app starts; it is part of communique, so a failure to import it is a
bug that must surface, not a page that quietly disappears.
"""

from __future__ import annotations

from typing import Any

from ..errors import UsageError
from ..registry import Registry

__all__ = ["build_model", "make_report", "report_html",
           "check_text", "verdicts", "MEDIA"]

MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
         "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}



def build_model(registry: Registry, issuer: str, year: int, *,
                include_candidates: bool = False) -> Any:
    from ..reports import counting
    from ..reports.review import build_review

    code = counting.check_issuer(issuer)
    items = counting.load_scope(registry, code, year, include_candidates=include_candidates)
    return build_review(items, code, year, include_candidates=include_candidates)


def report_html(registry: Registry, issuer: str, year: int, *, root: str = "",
                include_candidates: bool = False) -> str:
    """The review as a web page: numbers link to the events page, plotly.js comes from
    the app's static folder, links open in the top window."""
    from ..reports.render import render_text

    model = build_model(registry, issuer, year, include_candidates=include_candidates)
    html = render_text(model, "html", link_base=f"{root}/events?ids=",
                       plotly_js=f"{root}/static/vendor/plotly.min.js")
    return html.replace("<head>", '<head><base target="_top">', 1)


def make_report(registry: Registry, issuer: str, year: int, fmt: str, *, root: str = "",
                include_candidates: bool = False) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the review in ``fmt`` (md, html, docx, pdf)."""
    if fmt not in MEDIA:
        raise UsageError(f"unknown report format {fmt!r}: use md, html, docx or pdf")
    from ..reports.render import render_report

    model = build_model(registry, issuer, year, include_candidates=include_candidates)
    data = render_report(model, fmt, link_base=f"{root}/events?ids=" if fmt == "html" else None)
    return data, MEDIA[fmt], f"review-{model.issuer}-{year}.{fmt}"


def check_text(registry: Registry, text: str, issuer: str, year: int, *,
               include_candidates: bool = False) -> list[Any]:
    """The claims of a draft as JSON objects: ``communique check --format json``'s list,
    from the same function (:func:`communique.reports.check.check_registry`)."""
    from ..reports.check import check_registry

    findings = check_registry(text, registry=registry, issuer=issuer, year=year,
                              include_candidates=include_candidates)
    return [f.to_dict() for f in findings]


def verdicts() -> tuple[str, ...]:
    """The check's verdicts, in the order the CLI groups them."""
    from ..reports.check import VERDICTS

    return VERDICTS
