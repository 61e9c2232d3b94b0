from __future__ import annotations

import pytest

from communique.model import DateSpan, Person, Place, Quantity, Record, Source
from communique.registry import (
    Event,
    apply_record,
    country_key,
    date_bounds,
    event_to_record,
    parse_partial_date,
)


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2021", None, ("year", "2021-01-01", "2021-12-31")),
    ("2024-02", None, ("month", "2024-02-01", "2024-02-29")),
    ("2021-06-15", "2021-06-16", ("day", "2021-06-15", "2021-06-16")),
    (None, None, (None, None, None)),
])
def test_date_bounds_cover_the_period_the_text_gives(start, end, expected):
    assert date_bounds(start, end) == expected


@pytest.mark.parametrize("bad", ["2021-02-29", "2021-13", "21-01-01", "June 2021", "2021-04-31"])
def test_impossible_dates_are_refused(bad):
    with pytest.raises(ValueError):
        parse_partial_date(bad)


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ValueError, match="before"):
        date_bounds("2021-06-16", "2021-06-15")


def test_the_country_key_ignores_sides_and_order():
    assert country_key(Record("meeting", from_=["TUR"], to=["AZE", "PAK"])) == "AZE+PAK+TUR"
    assert country_key(Record("meeting", from_=["PAK"], to=["TUR", "AZE"])) == "AZE+PAK+TUR"


def test_a_record_survives_the_trip_through_an_event():
    rec = Record(type="figure", date=DateSpan("2021"), from_=["AZE"], to=[],
                 organizations=["UN"], persons=[Person("A B", "ambassador", "AZE")],
                 place=Place("AZE", "Baku"), title="T",
                 quantity=Quantity(80, "more_than", "meetings"),
                 source=Source("d.txt", 1, 5, "text"))
    event = Event(id=7, status="candidate", version=1)
    apply_record(event, rec)
    back = event_to_record(event, source=rec.source)
    assert back.to_dict() == {**rec.to_dict(), "id": "ev-7"}
