"""The dashboard's own map is the review's: the issuer's colour in the legend and a
circle for a small state with events (Malta)."""

from __future__ import annotations

import json
import re

from .conftest import Web


def _map_figure(html: str) -> dict:
    found = re.search(r'<script type="application/json" data-plot="chart-map">(.*?)</script>',
                      html, re.S)
    assert found, "the dashboard has no map"
    return json.loads(found.group(1))


def test_the_dashboard_map_has_the_issuer_legend_and_small_states(web: Web) -> None:
    from communique.model import DateSpan, Record
    from communique.services.review import add_event

    add_event(web.registry, Record(type="meeting", date=DateSpan("2021-04-10"),
                                   from_=["AZE"], to=["MLT"]), user="seed")
    html = web.client("viewer").get("/?year=2021&candidates=true").text
    fig = _map_figure(html)
    legend = [d["name"] for d in fig["data"] if d.get("showlegend")]
    assert legend[0] == "Azerbaijan (the issuer)"
    assert "not a linear scale" in fig["layout"]["legend"]["title"]["text"]
    circles = next(d for d in fig["data"] if d["name"] == "small countries")
    assert "Malta: 1 event" in circles["text"]
    assert not any(d["type"] == "choropleth" for d in fig["data"])
