"""Charts of the review, rendered offline.

    months   events by month and type (stacked bars; events dated only by year apart)
    regions  engagement by UN region of the partners
    map      a world map shaded by the number of events per partner country
    network  the partner network: countries as nodes, shared events as edges

HTML pages get interactive Plotly figures (plotly.js vendored in
``static/plotly.min.js``, embedded or served by the web app, never a CDN);
DOCX and PDF get PNG images through kaleido. When kaleido cannot render, a
small table stands in for each chart and says why.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from .counting import Tally
from .review import ReportModel

__all__ = ["CHARTS", "StaticChart", "figures", "html_charts", "static_charts", "plotly_script",
           "chart_table"]

CHARTS: dict[str, str] = {
    "months": "Events by month and type",
    "regions": "Engagement by region",
    "map": "Events per partner country",
    "network": "The partner network",
}
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FONT = {"family": "Georgia, 'Times New Roman', serif", "size": 12}
_MAX_NODES = 20  # more and the labels of the ring overlap


@dataclass
class StaticChart:
    name: str
    title: str
    png: bytes | None
    table: list[tuple[str, str]]
    error: str | None = None


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    return resources.files("communique.reports").joinpath("static", "plotly.min.js") \
        .read_text(encoding="utf-8")


def plotly_script(plotly_js: str = "inline") -> Markup:
    """``<script>`` for plotly.js: embedded from the vendored file, or from a URL."""
    if plotly_js == "inline":
        return Markup("<script>") + Markup(_plotly_js().replace("</script", "<\\/script")) \
            + Markup("</script>")
    return Markup('<script src="{}"></script>').format(plotly_js)


# ---------------------------------------------------------------- figures


def _layout(title: str, **extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {"title": {"text": title, "x": 0.01}, "font": _FONT,
                              "margin": {"l": 50, "r": 20, "t": 50, "b": 40},
                              "paper_bgcolor": "white", "plot_bgcolor": "white",
                              "height": 380}
    layout.update(extra)
    return layout


def _months(model: ReportModel) -> Any:
    import plotly.graph_objects as go

    c = model.charts
    year = str(model.year)
    labels = [f"{_MONTH_ABBR[i]}" for i in range(12)]
    keys = [f"{year}-{i + 1:02d}" for i in range(12)]
    undated = _year_only(model)
    fig = go.Figure()
    for kind, counts in c.month_types.items():
        by_month = dict(zip(c.months, counts, strict=True))
        y = [by_month.get(k, 0) for k in keys]
        x = list(labels)
        if undated:
            x.append("year only")
            y.append(undated.get(kind, 0))
        fig.add_trace(go.Bar(name=kind, x=x, y=y, marker_color=_color(kind)))
    for kind, n in undated.items():
        if kind not in c.month_types:
            fig.add_trace(go.Bar(name=kind, x=[*labels, "year only"], y=[0] * 12 + [n],
                                 marker_color=_color(kind)))
    fig.update_layout(_layout(CHARTS["months"], barmode="stack",
                              legend={"orientation": "h", "y": -0.15, "traceorder": "normal"},
                              yaxis=_count_axis(fig)))
    return fig


def _count_axis(fig: Any) -> dict[str, Any]:
    """A y-axis of whole events: a tick per event while the tallest bar is short (Plotly
    would tick 0.2 events), Plotly's own whole steps above."""
    heights: dict[Any, float] = {}
    for trace in fig.data:
        for x, y in zip(trace.x, trace.y, strict=False):
            heights[x] = heights.get(x, 0) + (y or 0)
    axis: dict[str, Any] = {"tickformat": ",d", "rangemode": "tozero"}
    if max(heights.values(), default=0) <= 8:
        axis.update(tick0=0, dtick=1)
    return axis


def _color(kind: str) -> str:
    from ..model import TYPE_COLOURS

    return TYPE_COLOURS.get(kind, "#999999")


def _year_only(model: ReportModel) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in model.refs:
        rec = r.item.record
        if rec.type != "figure" and len(rec.date.start or "") == 4:
            out[rec.type] = out.get(rec.type, 0) + 1
    return out


def _regions(model: ReportModel) -> Any:
    import plotly.graph_objects as go

    tallies = model.charts.regions
    fig = go.Figure(go.Bar(x=[t.value for t in tallies], y=[t.label for t in tallies],
                           orientation="h", marker_color="#31688e",
                           text=[t.value for t in tallies], textposition="auto"))
    fig.update_layout(_layout(CHARTS["regions"], height=120 + 40 * max(1, len(tallies)),
                              yaxis={"autorange": "reversed"}))
    return fig


def _map(model: ReportModel) -> Any:
    """Events per partner country on the whole world: the product's one world map
    (:func:`communique.reports.worldmap.world_map`, which the web dashboard draws too),
    with names as the rest of the review writes them."""
    import plotly.graph_objects as go

    from ._format import Formatter
    from .worldmap import world_map

    names = Formatter(model)
    counts = {t.key: t.value for t in model.charts.countries}
    fig = world_map(counts, model.issuer, name=lambda c: str(names.country(c, article=False)),
                    title=CHARTS["map"], height=520, font=_FONT)
    return go.Figure(fig)


def _network(model: ReportModel) -> Any:
    import plotly.graph_objects as go

    from ._format import Formatter

    names = Formatter(model)
    weights = {t.key: t.value for t in model.charts.countries[:_MAX_NODES]}
    nodes = [model.issuer] + sorted(weights, key=lambda c: -weights[c])
    pos = {model.issuer: (0.0, 0.0)}
    ring = nodes[1:]
    for i, code in enumerate(ring):
        angle = 2 * math.pi * i / max(1, len(ring))
        pos[code] = (math.cos(angle), math.sin(angle))
    fig = go.Figure()
    edges = [e for e in model.charts.edges if e["source"] in pos and e["target"] in pos]
    top = max((e["weight"] for e in edges), default=1)
    for e in edges:
        (x0, y0), (x1, y1) = pos[e["source"]], pos[e["target"]]
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip",
                                 showlegend=False,
                                 line={"width": 0.5 + 4 * e["weight"] / top,
                                       "color": "rgba(49,104,142,0.45)"}))
    sizes = [18] + [8 + 22 * weights[c] / max(weights.values()) for c in ring]
    fig.add_trace(go.Scatter(
        x=[pos[c][0] for c in nodes], y=[pos[c][1] for c in nodes], mode="markers+text",
        text=[names.country(c, article=False) for c in nodes],
        textposition=["bottom center"] + ["middle right" if pos[c][0] > 0.01 else
                                          "middle left" if pos[c][0] < -0.01 else
                                          "top center" if pos[c][1] > 0 else "bottom center"
                                          for c in ring],
        hovertext=[f"{names.country(c, article=False)}: {weights.get(c, '')} events"
                   if c != model.issuer else names.country(c, article=False) for c in nodes],
        hoverinfo="text", showlegend=False,
        marker={"size": sizes, "color": ["#444444"] + ["#35b779"] * len(ring),
                "line": {"color": "white", "width": 1}}))
    left = [t for t in model.charts.countries[_MAX_NODES:]]
    if left:
        shown = ", ".join(f"{names.country(t.key, article=False)} ({t.value})"
                          for t in left[:12])
        more = f" and {len(left) - 12} more" if len(left) > 12 else ""
        import textwrap

        note = (f"Left out to keep the labels legible: {len(left)} partner(s) with fewer "
                f"events — {shown}{more}.")
        fig.add_annotation(
            text="<br>".join(textwrap.wrap(note, 110)), showarrow=False, xref="paper",
            yref="paper", x=0, y=-0.02, xanchor="left", yanchor="top", align="left",
            font={"size": 11})
    fig.update_layout(_layout(CHARTS["network"], height=600,
                              xaxis={"visible": False, "range": [-1.7, 1.7]},
                              yaxis={"visible": False, "scaleanchor": "x",
                                     "range": [-1.25, 1.3]},
                              margin={"l": 20, "r": 20, "t": 50, "b": 70}))
    return fig


_BUILDERS = {"months": _months, "regions": _regions, "map": _map, "network": _network}


def figures(model: ReportModel) -> dict[str, Any]:
    """Plotly figures of the charts the model has data for."""
    if model.empty:
        return {}
    out = {}
    for name, build in _BUILDERS.items():
        if name == "regions" and not model.charts.regions:
            continue
        if name in ("map", "network") and not model.charts.countries:
            continue
        out[name] = build(model)
    return out


def chart_table(model: ReportModel, name: str) -> list[tuple[str, str]]:
    """The numbers of a chart as (label, value) rows, for when no image can be made."""
    c = model.charts
    rows: list[tuple[str, str]] = []
    if name == "months":
        totals = [sum(v[i] for v in c.month_types.values()) for i in range(len(c.months))]
        rows = [(m, str(n)) for m, n in zip(c.months, totals, strict=True)]
        undated = sum(_year_only(model).values())
        if undated:
            rows.append(("year only", str(undated)))
    elif name == "regions":
        rows = [(t.label, str(t.value)) for t in c.regions]
    elif name == "map":
        rows = [(t.label, str(t.value)) for t in c.countries[:20]]
    elif name == "network":
        rows = [(f"{e['source']} – {e['target']}", str(e["weight"])) for e in c.edges[:20]]
    return rows


def html_charts(model: ReportModel, *, static: bool = False) -> dict[str, Markup]:
    """Each chart as an HTML fragment: an interactive Plotly div, or (``static``) a PNG
    image, or a table when no image can be made."""
    if static:
        return {c.name: _static_html(c) for c in static_charts(model)}
    import plotly.io as pio

    out = {}
    for name, fig in figures(model).items():
        div = pio.to_html(fig, include_plotlyjs=False, full_html=False, div_id=f"chart-{name}",
                          config={"displaylogo": False, "responsive": True})
        out[name] = Markup('<figure class="chart">') + Markup(div) + Markup("</figure>")
    return out


def _table_html(rows: list[tuple[str, str]]) -> Markup:
    body = Markup("").join(Markup("<tr><td>{}</td><td class='n'>{}</td></tr>").format(a, b)
                           for a, b in rows)
    return Markup("<table class='chart-table'>") + body + Markup("</table>")


def _static_html(chart: StaticChart) -> Markup:
    if chart.png is not None:
        data = base64.b64encode(chart.png).decode("ascii")
        return Markup('<figure class="chart"><img alt="{}" src="data:image/png;base64,{}">'
                      '</figure>').format(chart.title, data)
    note = Markup('<p class="note">{}: the chart could not be drawn ({}); its numbers '
                  'follow.</p>').format(chart.title, escape(chart.error or "no image"))
    return Markup('<figure class="chart">') + note + _table_html(chart.table) + \
        Markup("</figure>")


def static_charts(model: ReportModel) -> list[StaticChart]:
    """PNG images of the charts (kaleido), with a table and the reason when it fails."""
    out = []
    error: str | None = None
    for name, fig in figures(model).items():
        png = None
        if error is None:
            try:
                width = 900 if name != "network" else 800
                png = fig.to_image(format="png", width=width, height=fig.layout.height or 400,
                                   scale=1.5)
            except Exception as exc:  # kaleido missing or broken: tables instead
                error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}" \
                    if str(exc) else type(exc).__name__
        out.append(StaticChart(name, CHARTS[name], png, chart_table(model, name),
                               None if png is not None else error))
    return out


def tallies_rows(tallies: list[Tally]) -> list[tuple[str, str]]:
    return [(t.label, str(t.value)) for t in tallies]
