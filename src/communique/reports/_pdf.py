"""PDF: WeasyPrint's rendering of the print variant of the HTML review (numbered
references, charts as PNG images, the records appendix with sources)."""

from __future__ import annotations

import logging
import os

from .review import ReportModel

__all__ = ["render_pdf"]


def render_pdf(model: ReportModel, *, templates: str | os.PathLike[str] | None = None) -> bytes:
    from .render import render_text

    html = render_text(model, "html", templates=templates, numbered=True)
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    data = HTML(string=html).write_pdf()
    assert data is not None
    return bytes(data)
