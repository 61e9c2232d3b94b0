"""PDF: WeasyPrint's rendering of the print variant of the HTML review (numbered
references, charts as PNG images, the records appendix with sources), A4.

The file is tagged for screen readers (PDF/UA-1: structure tree, language, title),
has an outline from the headings (the review, its sections, the records) and
working links from every reference to its record in the appendix."""

from __future__ import annotations

import logging
import os

from .review import ReportModel

__all__ = ["render_pdf"]


def render_pdf(model: ReportModel, *, templates: str | os.PathLike[str] | None = None,
               paper: str = "a4") -> bytes:
    from .render import render_text

    html = render_text(model, "html", templates=templates, numbered=True)
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    if paper == "letter":  # after the template's own style, so that it wins
        html = html.replace("</head>", "<style>@page { size: letter; }</style></head>", 1)
    data = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    assert data is not None
    return bytes(data)
