"""Render a :class:`~communique.reports.review.ReportModel` as Markdown, HTML, DOCX or PDF.

    render_report(model, "html", "review.html")                 # interactive charts
    render_report(model, "md", templates="house-style/")        # a ministry's wording

Wording and layout are Jinja2 templates shipped in ``reports/templates``
(``review.md.j2``, ``review.html.j2``; partials start with ``_``; the
wording of every sentence is in ``_sentences.j2``). ``templates=DIR``
puts a folder first: a file of the same name there wins. A template with
an error raises :class:`TemplateError` naming the file and line.

DOCX is written with python-docx from the Markdown wording (numbered
references, an appendix table of records with their sources, charts as
PNG images); PDF is WeasyPrint's rendering of the print variant of the
HTML. Charts are rendered offline (Plotly with the vendored plotly.js; PNG
through kaleido); when kaleido fails, a table replaces each chart and the
document says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ._format import Formatter, HtmlFormatter, MarkdownFormatter
from .review import ReportModel

__all__ = ["FORMATS", "PAPERS", "TemplateError", "render_report", "render_text", "environment",
           "template_names"]

FORMATS: tuple[str, ...] = ("md", "html", "docx", "pdf")
#: page sizes of DOCX and PDF
PAPERS: tuple[str, ...] = ("a4", "letter")
_PACKAGE = "communique.reports"


class TemplateError(UsageError):
    """A report template cannot be found, parsed or rendered."""

    code = "E210"


def _upfirst(value: Any) -> Any:
    from markupsafe import Markup

    text = str(value)
    out = text[:1].upper() + text[1:]
    return Markup(out) if isinstance(value, Markup) else out


def _cite(sentence: Any, ref: Any) -> Any:
    """Put a reference marker before the sentence's final full stop ("... in Moscow [3].").

    Before, not after: a marker after the full stop would glue the sentence to the
    next one for any reader that splits sentences at a full stop and a capital."""
    from markupsafe import Markup

    text, mark = str(sentence).rstrip(), str(ref).strip()
    if not mark:
        out = text
    elif text.endswith("."):
        out = f"{text[:-1]} {mark}."
    else:
        out = f"{text} {mark}"
    return Markup(out) if isinstance(sentence, Markup) else out


def _mdcell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_safe(value: Any) -> Any:
    """What a Markdown template prints: ``<`` and ``>`` of stored text as entities, so
    that a title or a file name never becomes raw HTML in a Markdown viewer (idempotent:
    ``&`` is left alone; the templates' own markup is not an expression)."""
    from markupsafe import Markup

    if value is None or isinstance(value, Markup | int | float):
        return value
    return str(value).replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=16)
def _env(templates: str | None, html: bool, md_escape: bool = False) -> Any:
    from jinja2 import (
        ChoiceLoader,
        Environment,
        FileSystemLoader,
        PackageLoader,
        StrictUndefined,
    )
    from jinja2.sandbox import SandboxedEnvironment

    loaders: list[Any] = []
    if templates:
        loaders.append(FileSystemLoader(templates))
    loaders.append(PackageLoader(_PACKAGE, "templates"))
    # a user's templates (--templates) run sandboxed: no attribute of Python's internals,
    # no unsafe call; the shipped ones are ours
    kind = SandboxedEnvironment if templates else Environment
    options: dict[str, Any] = {"finalize": _md_safe} if md_escape else {}
    env = kind(loader=ChoiceLoader(loaders), autoescape=html,
               undefined=StrictUndefined, trim_blocks=False, lstrip_blocks=False,
               keep_trailing_newline=True, **options)
    env.filters["upfirst"] = _upfirst
    env.filters["mdcell"] = _mdcell
    env.filters["cite"] = _cite
    return env


def environment(templates: str | os.PathLike[str] | None = None, *, html: bool = False,
                md_escape: bool = False) -> Any:
    """The Jinja2 environment: ``templates`` first (then sandboxed), then the shipped
    templates; ``md_escape`` turns ``<`` and ``>`` printed from data into entities."""
    folder = None
    if templates is not None:
        path = Path(templates)
        if not path.is_dir():
            raise TemplateError(f"--templates {templates}: no such folder; give a folder "
                                "holding templates named like the shipped ones "
                                "(review.md.j2, review.html.j2, _sentences.j2)")
        folder = str(path.resolve())
    return _env(folder, html, md_escape)


def template_names() -> list[str]:
    """The shipped templates (copy one into your folder to change it)."""
    from importlib import resources

    root = resources.files(_PACKAGE).joinpath("templates")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".j2"))


def _render(env: Any, name: str, **context: Any) -> str:
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

    try:
        return str(env.get_template(name).render(**context))
    except TemplateNotFound as exc:
        raise TemplateError(f"template {exc.name!r} not found: it is neither in your "
                            "--templates folder nor shipped; check its name") from None
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateError(f"template {where}, line {exc.lineno}: {exc.message}; fix the "
                            "template or remove it from your folder to use the shipped "
                            "one") from None
    except UndefinedError as exc:
        raise TemplateError(f"template {name} (or a partial it uses): {exc.message}; a "
                            "macro or field it names does not exist (see the shipped "
                            "_sentences.j2 for the kinds of facts and their fields)") from None
    except JinjaError as exc:
        raise TemplateError(f"template {name}: {exc}") from None
    except (TypeError, AttributeError, KeyError, ValueError) as exc:
        raise TemplateError(f"template {name} failed while rendering ({type(exc).__name__}: "
                            f"{exc}); check the template's expressions") from None


def render_text(model: ReportModel, fmt: str = "md", *,
                templates: str | os.PathLike[str] | None = None,
                link_base: str | None = None, plotly_js: str = "inline",
                charts: bool = True, numbered: bool = False,
                links: bool | None = None) -> str:
    """The review as Markdown or HTML text.

    HTML: ``link_base`` (e.g. ``/events?ids=``) makes numbers link to the web
    app's record lists; ``plotly_js`` is ``inline`` (the vendored file, a
    self-contained page) or a URL to load it from; ``numbered`` gives the print
    variant (static images, numbered references) used for PDF; Markdown references
    link to the appendix unless ``numbered`` (``links`` says otherwise: DOCX keeps
    them)."""
    if fmt == "md":
        env = environment(templates, md_escape=not numbered)  # DOCX takes the text as is
        formatter: Formatter = MarkdownFormatter(
            model, links=(not numbered) if links is None else links)
        chart_md = _md_charts(model) if charts else {}
        if numbered:  # for DOCX: markers where the chart images go
            from ._charts import figures

            chart_md = {name: f"[[chart:{name}]]" for name in figures(model)} if charts else {}
        return _render(env, "review.md.j2", m=model, fmt=formatter, charts=chart_md,
                       appendix=not numbered)
    if fmt == "html":
        from . import _charts

        env = environment(templates, html=True)
        formatter = HtmlFormatter(model, link_base=link_base, numbered=numbered)
        chart_html = _charts.html_charts(model, static=numbered) if charts else {}
        script = ""
        if charts and not numbered:
            script = _charts.plotly_script(plotly_js)
        return _render(env, "review.html.j2", m=model, fmt=formatter, charts=chart_html,
                       plotly_script=script, print_variant=numbered, appendix=True)
    raise UsageError(f"unknown text format {fmt!r}: use md or html")


def _md_charts(model: ReportModel) -> dict[str, str]:
    """Markdown has no charts: the region table stands in for the region chart."""
    if not model.charts.regions:
        return {}
    lines = ["| Region | Events |", "|---|---:|"]
    lines += [f"| {t.label} | {t.value} |" for t in model.charts.regions]
    return {"regions": "\n".join(lines) + "\n"}


def render_report(model: ReportModel, fmt: str = "md", output: str | os.PathLike[str] | None
                  = None, *, templates: str | os.PathLike[str] | None = None,
                  link_base: str | None = None, plotly_js: str = "inline",
                  progress: Callable[[str], None] | None = None,
                  paper: str = "a4") -> bytes:
    """Render ``model`` as ``fmt`` (md, html, docx, pdf); write ``output`` when given.
    ``paper`` is the page size of DOCX and PDF: ``a4`` (the default) or ``letter``.
    Returns the bytes written (UTF-8 for md and html)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")
    from ..validation import output_error, output_file

    if paper not in PAPERS:
        raise UsageError(f"unknown paper size {paper!r}: use one of {', '.join(PAPERS)}")
    if output is not None:
        output_file(output)
    data: bytes
    if fmt in ("md", "html"):
        data = render_text(model, fmt, templates=templates, link_base=link_base,
                           plotly_js=plotly_js).encode("utf-8")
    elif fmt == "docx":
        from ._docx import render_docx

        data = render_docx(model, templates=templates, paper=paper)
    else:
        from ._pdf import render_pdf

        data = render_pdf(model, templates=templates, paper=paper)
    if output is not None:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise output_error(exc, output) from None
    return data
