"""Reports and claim checks as services (what the CLI and the web app call).

    write_review(reg, "AZE", 2021, "html", "review.html")  -> ReportModel (and the file)
    review_bytes(reg, "AZE", 2021, "md")                   -> bytes
    check(reg, "draft.docx", "AZE", 2021)                  -> list[Finding]

The work is in :mod:`communique.reports`: counting rules (``counting``), the
review model (``review``), rendering (``render``) and the claim check
(``check``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from ..reports.check import Finding
    from ..reports.review import ReportModel

__all__ = ["write_review", "review_bytes", "check", "waiting", "waiting_note"]


def review_bytes(registry: Registry, issuer: str, year: int, fmt: str = "md", *,
                 include_candidates: bool = False,
                 templates: str | os.PathLike[str] | None = None,
                 link_base: str | None = None, plotly_js: str = "inline") -> bytes:
    """The review of ``issuer``'s ``year`` as md, html, docx or pdf bytes."""
    from ..reports.render import render_report
    from ..reports.review import review_from_registry

    model = review_from_registry(registry, issuer, year, include_candidates=include_candidates)
    return render_report(model, fmt, templates=templates, link_base=link_base,
                         plotly_js=plotly_js)


def write_review(registry: Registry, issuer: str, year: int, fmt: str,
                 output: str | os.PathLike[str], *, include_candidates: bool = False,
                 templates: str | os.PathLike[str] | None = None,
                 link_base: str | None = None) -> ReportModel:
    """Write the review to ``output``; returns the model (counts, records)."""
    from ..reports.render import render_report
    from ..reports.review import review_from_registry

    model = review_from_registry(registry, issuer, year, include_candidates=include_candidates)
    render_report(model, fmt, output, templates=templates, link_base=link_base)
    return model


def check(registry: Registry, draft: str | os.PathLike[str], issuer: str, year: int, *,
          include_candidates: bool = False) -> list[Finding]:
    """Judge the numeric claims of a draft file against the registry."""
    from ..reports.check import check_draft

    return check_draft(draft, registry=registry, issuer=issuer, year=year,
                       include_candidates=include_candidates)


def waiting(registry: Registry, issuer: str, year: int) -> int:
    """Candidates of the issuer's ``year`` still waiting for review."""
    from ..reports.review import waiting_in_scope

    return waiting_in_scope(registry, issuer, year)


def waiting_note(count: int, year: int, *, include_candidates: bool = False) -> str:
    """The header line the review and ``check`` give about unreviewed records."""
    if include_candidates:
        return (f"{count} unreviewed candidate record(s) of {year} are counted as if "
                "accepted (--include-candidates).")
    if not count:
        return f"Every candidate record of {year} has been reviewed."
    return (f"{count} candidate record(s) of {year} are still waiting for review and are "
            "left out (see `communique review list`).")
