"""The review's charts say what they show: the whole world, classes with a legend,
small countries, the product's names, one colour per type, what the network leaves out."""

from __future__ import annotations

import pytest

from communique.model import EVENT_TYPES, TYPE_COLOURS
from communique.reports._charts import _color, figures
from communique.reports.review import build_review


@pytest.fixture
def small_partners(rec, item):
    partners = ["MLT", "TUR", "MKD", "USA", "BRA", "BRA"] + \
        [c for c in ("FRA", "DEU", "ITA", "ESP", "PRT", "POL", "HUN", "AUT", "CHE", "BEL",
                     "NLD", "SWE", "NOR", "FIN", "DNK", "EST", "LVA", "LTU", "CZE", "SVK",
                     "SVN", "HRV")]
    return [item(rec(i + 1, "meeting", f"2021-0{1 + i % 9}-10", "AZE", code))
            for i, code in enumerate(partners)]


@pytest.fixture
def charts(small_partners):
    return figures(build_review(small_partners, "AZE", 2021))


def _hover_texts(fig):
    return [str(t.text) for t in fig.data if t.text is not None]


def test_the_map_shows_the_whole_world(charts):
    layout = charts["map"].layout
    lo, hi = layout.yaxis.range
    greenland = next(t for t in charts["map"].data if t.name == "GRL")
    assert lo <= min(y for y in greenland.y if y is not None)
    assert hi >= max(y for y in greenland.y if y is not None)


def test_the_map_has_classes_with_a_legend_not_a_misleading_colour_bar(charts):
    fig = charts["map"]
    assert not any(getattr(t.marker, "showscale", False) for t in fig.data if t.marker)
    legend = [t.name for t in fig.data if t.showlegend]
    assert legend[0] == "Azerbaijan (the issuer)"
    assert "1 event" in legend and "2 events" in legend and legend[-1] == "no events"
    assert "not a linear scale" in fig.layout.legend.title.text
    brazil = next(t for t in fig.data if t.name == "BRA")  # 2 events: its own class
    assert brazil.fillcolor != next(t for t in fig.data if t.name == "TUR").fillcolor


def test_small_countries_with_events_get_a_marker(charts):
    markers = next(t for t in charts["map"].data if t.name == "small countries")
    assert any(text.startswith("Malta: 1 event") for text in markers.text)


def test_the_map_names_countries_as_the_product_does(charts):
    texts = " ".join(_hover_texts(charts["map"]))
    assert "Türkiye: 1 event" in texts and "North Macedonia: 1 event" in texts
    assert "United States: 1 event" in texts
    assert "Turkey" not in texts and "Macedonia:" not in texts.replace("North Macedonia:", "")
    assert "United States of America" not in texts


def test_one_colour_per_event_type_defined_once():
    assert set(TYPE_COLOURS) == set(EVENT_TYPES)
    assert len(set(TYPE_COLOURS.values())) == len(EVENT_TYPES)
    assert all(_color(t) == TYPE_COLOURS[t] for t in EVENT_TYPES)


def test_the_web_charts_use_the_same_type_colours():
    from communique.web import _charts

    months = _charts.timeline({"visit": [1] * 12, "meeting": [0] * 12})
    assert {d["name"]: d["marker"]["color"] for d in months["data"]} == \
        {"visit": TYPE_COLOURS["visit"], "meeting": TYPE_COLOURS["meeting"]}
    bars = _charts.type_bars([("visit", 3), ("call", 1)])
    assert bars["data"][0]["marker"]["color"] == [TYPE_COLOURS["call"], TYPE_COLOURS["visit"]]


def test_web_count_axes_show_whole_events():
    from communique.web import _charts

    layout = _charts.timeline({"visit": [1] + [0] * 11})["layout"]
    assert (layout["yaxis"]["dtick"], layout["yaxis"]["tickformat"]) == (1, ",d")
    years = _charts.country_years({2020: {"visit": 1}, 2021: {"call": 2}})["layout"]
    assert years["yaxis"]["dtick"] == 1


def test_the_network_says_which_partners_it_left_out(charts):
    fig = charts["network"]
    labelled = [t for t in fig.data if t.mode == "markers+text"][0]
    assert len(labelled.x) == 21  # the issuer and 20 partners
    note = fig.layout.annotations[0].text.replace("<br>", " ")
    assert note.startswith("Left out to keep the labels legible: 7 partner(s)")


def test_the_review_month_chart_counts_whole_events(charts):
    axis = charts["months"].layout.yaxis
    assert (axis.dtick, axis.tickformat) == (1, ",d")
