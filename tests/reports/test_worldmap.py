"""One world map for the product: the review's chart and the web dashboard's come
from the same function, with the issuer's legend and circles for small states."""

from __future__ import annotations

from communique.reports._charts import figures
from communique.reports.review import build_review
from communique.reports.worldmap import LEGEND_TITLE, map_class, world_map


def _legend(fig: dict) -> list[str]:
    return [d["name"] for d in fig["data"] if d.get("showlegend")]


def test_the_issuer_has_its_colour_and_a_legend_entry():
    fig = world_map({"FRA": 3}, "GEO")
    georgia = next(d for d in fig["data"] if d["name"] == "GEO")
    assert georgia["text"] == "Georgia: the issuer"
    assert _legend(fig)[0] == "Georgia (the issuer)"
    assert _legend(fig)[1:] == ["3–5 events", "no events"]
    assert fig["layout"]["legend"]["title"]["text"] == LEGEND_TITLE


def test_a_small_state_with_events_gets_a_circle_and_a_big_one_does_not():
    fig = world_map({"MLT": 1, "FRA": 12}, "GEO")
    circles = next(d for d in fig["data"] if d["name"] == "small countries")
    assert circles["text"] == ["Malta: 1 event"]
    assert circles["marker"]["color"] == [map_class(1)[1]]


def test_without_an_issuer_there_is_no_issuer_entry():
    assert _legend(world_map({"FRA": 1}, None)) == ["1 event", "no events"]


def test_the_review_and_the_dashboard_draw_the_same_map(rec, item):
    from communique.web import _charts

    partners = ["MLT", "TUR", "BRA", "BRA", "FRA"]
    items = [item(rec(i + 1, "meeting", f"2021-0{i + 1}-10", "AZE", code))
             for i, code in enumerate(partners)]
    review = figures(build_review(items, "AZE", 2021))["map"]
    web = _charts.world_map([("BRA", 2), ("MLT", 1), ("TUR", 1), ("FRA", 1)], "AZE")
    assert [(t.name, t.fillcolor, t.text) for t in review.data if t.fill] == \
        [(d["name"], d["fillcolor"], d["text"]) for d in web["data"] if d.get("fill")]
    assert [t.name for t in review.data if t.showlegend] == _legend(web)
    small = next(t for t in review.data if t.name == "small countries")
    assert list(small.text) == next(d for d in web["data"]
                                    if d["name"] == "small countries")["text"]
