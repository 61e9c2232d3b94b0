"""The world map of events per partner country, one implementation for every map
of the product: the review's chart (HTML, DOCX, PDF) and the web dashboard.

``world_map(counts, issuer)`` gives a Plotly figure as a plain dict (the web page
embeds it as JSON; the review wraps it in ``plotly.graph_objects.Figure``):

- the whole world on the Equal Earth projection (an equal-area one), drawn from the
  vendored Natural Earth shapes (see :mod:`communique.reports._geo`): no base map
  fetched from anywhere;
- classes of counts with a legend that says it is not a linear scale, not a colour
  bar whose shades do not match the fills;
- a circle for each country too small to see (Malta, Singapore) that has events or
  is the issuer;
- the issuer in its own colour, with a legend entry;
- the product's own country names (Türkiye, North Macedonia, United States).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

__all__ = ["MAP_CLASSES", "ISSUER_COLOUR", "NONE_COLOUR", "LEGEND_TITLE", "map_class",
           "world_map"]

#: classes of the map (events per country): a legend of classes, not a colour bar,
#: because the steps are not linear; each class says its range
MAP_CLASSES: tuple[tuple[int, int | None, str], ...] = (
    (1, 1, "#c6dbef"), (2, 2, "#9ecae1"), (3, 5, "#6baed6"), (6, 10, "#3182bd"),
    (11, 20, "#08519c"), (21, None, "#08306b"),
)
ISSUER_COLOUR, NONE_COLOUR = "#e6550d", "#e8e8e8"
LEGEND_TITLE = ("Events per country (classes, not a linear scale;<br>circles mark small "
                "countries)")
#: projected coordinates are kept to this many decimals: a thousandth of a unit is a
#: fifth of a pixel on a 1,000-pixel-wide map, and the figure is half the size
_DECIMALS = 3


def map_class(n: int) -> tuple[str, str]:
    """The class of ``n`` events: its label ("3–5") and its colour."""
    for lo, hi, colour in MAP_CLASSES:
        if n >= lo and (hi is None or n <= hi):
            label = f"{lo}" if lo == hi else (f"{lo}–{hi}" if hi else f"{lo} or more")
            return label, colour
    return "none", NONE_COLOUR


def _product_name(code: str) -> str:
    from ..reference import countries

    found = countries().get(code)
    return found.name if found else code


@lru_cache(maxsize=1)
def _outlines() -> tuple[tuple[str, list[float | None], list[float | None]], ...]:
    """Each country's projected outline as one x and one y list (rings apart by None),
    Antarctica left out (it takes a fifth of the height and has no partners)."""
    from ._geo import load_shapes

    out = []
    for code, _, rings in load_shapes():
        if code == "ATA":
            continue
        xs: list[float | None] = []
        ys: list[float | None] = []
        for ring in rings:
            xs += [round(p[0], _DECIMALS) for p in ring] + [None]
            ys += [round(p[1], _DECIMALS) for p in ring] + [None]
        out.append((code, xs, ys))
    return tuple(out)


def _events(n: int) -> str:
    return f"{n} event{'s' if n != 1 else ''}"


def world_map(counts: Mapping[str, int], issuer: str | None = None, *,
              name: Callable[[str], str] | None = None, title: str | None = None,
              height: int = 520, font: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A Plotly figure (a dict of ``data`` and ``layout``) of ``counts`` (events per
    ISO3 partner code) on the whole world; ``issuer`` in its own colour with a legend
    entry; ``name`` gives a country's name (default: the product's short name)."""
    from ._geo import marker_point

    name = name or _product_name
    data: list[dict[str, Any]] = []
    for code, xs, ys in _outlines():
        n = counts.get(code, 0)
        if code == issuer:
            colour, label = ISSUER_COLOUR, f"{name(code)}: the issuer"
        elif n:
            colour, label = map_class(n)[1], f"{name(code)}: {_events(n)}"
        else:
            colour, label = NONE_COLOUR, f"{name(code)}: none"
        data.append({"type": "scatter", "x": xs, "y": ys, "fill": "toself",
                     "fillcolor": colour, "mode": "lines",
                     "line": {"color": "white", "width": 0.4}, "hoveron": "fills",
                     "text": label, "hoverinfo": "text", "showlegend": False, "name": code})
    shown = [c for c, n in counts.items() if n > 0 and c != issuer]
    small = [(c, p) for c in [*shown, *([issuer] if issuer else [])]
             if (p := marker_point(c)) is not None]
    if small:
        data.append({
            "type": "scatter", "mode": "markers", "name": "small countries",
            "x": [round(p[0], _DECIMALS) for _, p in small],
            "y": [round(p[1], _DECIMALS) for _, p in small],
            "hoverinfo": "text", "showlegend": False,
            "text": [f"{name(c)}: the issuer" if c == issuer else
                     f"{name(c)}: {_events(counts[c])}" for c, _ in small],
            "marker": {"size": 9, "symbol": "circle",
                       "color": [ISSUER_COLOUR if c == issuer else map_class(counts[c])[1]
                                 for c, _ in small],
                       "line": {"color": "#333333", "width": 1}}})
    used = {map_class(counts[c])[0] for c in shown}
    legend = [(ISSUER_COLOUR, f"{name(issuer)} (the issuer)")] if issuer else []
    legend += [(colour, f"{map_class(lo)[0]} event{'s' if hi != 1 else ''}")
               for lo, hi, colour in MAP_CLASSES if map_class(lo)[0] in used]
    legend.append((NONE_COLOUR, "no events"))
    for colour, text in legend:
        data.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers",
                     "name": text, "hoverinfo": "skip", "showlegend": True,
                     "marker": {"size": 11, "symbol": "square", "color": colour,
                                "line": {"color": "#999999", "width": 0.5}}})
    layout: dict[str, Any] = {
        "height": height, "paper_bgcolor": "white", "plot_bgcolor": "white",
        "xaxis": {"visible": False, "range": [-2.75, 2.75], "constrain": "domain"},
        "yaxis": {"visible": False, "scaleanchor": "x", "range": [-1.0, 1.36],
                  "constrain": "domain"},
        "legend": {"orientation": "h", "y": -0.02, "x": 0.0,
                   "title": {"text": LEGEND_TITLE, "side": "top"}},
        "margin": {"l": 10, "r": 10, "t": 50 if title else 10, "b": 10},
        "hovermode": "closest",
    }
    if title:
        layout["title"] = {"text": title, "x": 0.01}
    if font:
        layout["font"] = dict(font)
    return {"data": data, "layout": layout}
