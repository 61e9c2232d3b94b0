"""Hand-built records for the report tests (no extractor, no database unless asked)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import DateSpan, Person, Quantity, Record, Source
from communique.reports.counting import Item


def make_record(n: int, type_: str, date: str, frm: str = "", to: str = "", *,
                orgs: str = "", persons: tuple[tuple[str | None, str, str], ...] = (),
                quantity: tuple[float, str, str] | None = None, title: str | None = None,
                end: str | None = None, city: str | None = None) -> Record:
    """``make_record(3, "visit", "2021-06-15", "TUR", "AZE")``; codes comma-separated."""
    from communique.model import Place

    def codes(s: str) -> list[str]:
        return [c for c in s.split(",") if c]

    return Record(
        id=f"ev-{n}", type=type_, date=DateSpan(date, end), from_=codes(frm), to=codes(to),
        organizations=codes(orgs), persons=[Person(*p) for p in persons],
        place=Place(None, city) if city else None, title=title,
        quantity=Quantity(*quantity) if quantity else None,
        source=Source("readout.txt", 0, 10, f"sentence of record {n}"))


@pytest.fixture
def rec() -> Callable[..., Record]:
    return make_record


@pytest.fixture
def item() -> Callable[..., Item]:
    def make(record: Record, status: str = "accepted") -> Item:
        return Item(record.id, int(record.id[3:]), status, record)
    return make


@pytest.fixture
def year_2021() -> list[Record]:
    """A small year of Azerbaijan's diplomacy, written for these tests."""
    r = make_record
    fm, hos = "foreign_minister", "head_of_state"
    return [
        r(1, "visit", "2021-03-12", "HUN", "AZE", persons=(("Péter Szijjártó", fm, "HUN"),)),
        r(2, "meeting", "2021-03-12", "AZE", "HUN"),
        r(3, "visit", "2021-06-15", "TUR", "AZE", end="2021-06-16",
          persons=(("Recep Tayyip Erdoğan", hos, "TUR"),)),
        r(4, "agreement", "2021-06-15", "AZE", "TUR", title="Shusha Declaration"),
        r(5, "visit", "2021", "SRB", "AZE", persons=((None, fm, "SRB"),)),
        r(6, "visit", "2021", "BLR", "AZE"),
        r(7, "visit", "2021-01-13", "AZE", "PAK", end="2021-01-14",
          persons=(("Jeyhun Bayramov", fm, "AZE"),)),
        r(8, "meeting", "2021-01-13", "AZE", "TUR,PAK", city="Islamabad"),
        r(9, "consultation", "2021", "AZE", "DEU"),
        r(10, "consultation", "2021-05-04", "AZE", "EST"),
        r(11, "commission", "2021-09-29", "AZE", "GEO", city="Baku"),
        r(12, "agreement", "2021", "AZE", "UKR"),
        r(13, "agreement", "2021-11-20", "AZE", "MNG", quantity=(3, "documents", "documents")),
        r(14, "call", "2021-04-02", "AZE", "CHN"),
        r(15, "multilateral", "2021-09-20", "AZE", "", orgs="UNGA", end="2021-09-27"),
        r(16, "figure", "2021", "AZE", "", quantity=(80, "more_than", "meetings")),
        r(17, "aid", "2021", "AZE", "IDN"),
        r(18, "mission", "2021", "AZE", "VAT"),
        r(19, "visit", "2021", "", "AZE", orgs="EUCO"),
        r(20, "meeting", "2020-12-01", "AZE", "FRA"),  # another year
    ]
