"""Plotly figures as plain dicts (the page embeds them as JSON; static/app.js draws
them with the vendored plotly.min.js). The world map is the review's (drawn from the
shapes vendored in the package), so nothing is fetched from elsewhere."""

from __future__ import annotations

from typing import Any

from ..model import TYPE_COLOURS
from ._render import country_label

__all__ = ["timeline", "world_map", "type_bars", "country_years"]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LAYOUT = {"margin": {"l": 40, "r": 10, "t": 10, "b": 40}, "barmode": "stack",
           "legend": {"orientation": "h", "y": -0.2}, "height": 320}


def timeline(by_month: dict[str, list[int]]) -> dict[str, Any]:
    """Events per month, stacked by type."""
    data = [{"type": "bar", "name": typ, "x": list(MONTHS), "y": counts,
             "marker": {"color": TYPE_COLOURS.get(typ)}}
            for typ, counts in sorted(by_month.items())]
    top = max((sum(col) for col in zip(*by_month.values(), strict=True)), default=0)
    return {"data": data, "layout": _counts_layout(top)}


def _counts_layout(top: int) -> dict[str, Any]:
    """Bars of counts: whole numbers on the y-axis, never 0.2 of an event (a tick per
    event while the tallest bar is short, Plotly's own whole steps above)."""
    layout = dict(_LAYOUT)
    axis: dict[str, Any] = {"tickformat": ",d", "rangemode": "tozero"}
    if top <= 8:
        axis.update(tick0=0, dtick=1)
    layout["yaxis"] = axis
    return layout


def world_map(by_country: list[tuple[str, int]], issuer: str | None = None) -> dict[str, Any]:
    """Events per partner country: the review's own map (one implementation,
    :func:`communique.reports.worldmap.world_map`): the whole world, classes with a
    legend, circles for small states, the issuer in its colour with a legend entry."""
    from ..reports.worldmap import world_map as shared_map

    return shared_map(dict(by_country), issuer, name=country_label, height=460)


def type_bars(by_type: list[tuple[str, int]]) -> dict[str, Any]:
    return {"data": [{"type": "bar", "orientation": "h", "y": [t for t, _ in by_type][::-1],
                      "x": [n for _, n in by_type][::-1],
                      "marker": {"color": [TYPE_COLOURS.get(t) for t, _ in by_type][::-1]}}],
            "layout": {"margin": {"l": 100, "r": 10, "t": 10, "b": 30},
                       "xaxis": {"tickformat": ",d", "rangemode": "tozero",
                                 **({"tick0": 0, "dtick": 1}
                                    if max((n for _, n in by_type), default=0) <= 8 else {})},
                       "height": 40 + 22 * max(1, len(by_type))}}


def country_years(timeline_: dict[int, dict[str, int]]) -> dict[str, Any]:
    """Contacts over time: events per year with one country, stacked by type."""
    years = list(timeline_)
    types = sorted({t for per in timeline_.values() for t in per})
    data = [{"type": "bar", "name": t, "x": years, "y": [timeline_[y].get(t, 0) for y in years],
             "marker": {"color": TYPE_COLOURS.get(t)}}
            for t in types]
    layout = _counts_layout(max((sum(per.values()) for per in timeline_.values()), default=0))
    layout["xaxis"] = {"type": "category"}
    return {"data": data, "layout": layout}
