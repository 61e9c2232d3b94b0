from __future__ import annotations

from communique.model import DateSpan, Quantity, Record, Source
from communique.reports.review import build_review


def _desk(n: int, month: str, value: int, unit: str, title: str) -> Record:
    return Record(id=f"d{n}", type="consular", date=DateSpan(month), from_=["AZE"],
                  title=title, quantity=Quantity(value, "exactly", unit),
                  source=Source("consular-desk", 0, 10, "Consular desk statistics."))


def test_the_reviews_consular_section_states_the_desks_year_without_counting_it_as_events():
    records = [
        _desk(1, "2021-01", 40_000, "appeals", "Consular appeals (appeal) from TUR, 2021-01"),
        _desk(2, "2021-02", 40_001, "appeals", "Consular appeals (appeal) from RUS, 2021-02"),
        _desk(3, "2021-06", 3, "women", "Women repatriated from IRQ, 2021-06"),
        _desk(4, "2021-06", 9, "children", "Children evacuated from AFG, 2021-06"),
        Record(id="v1", type="visit", date=DateSpan("2021-03-02"), from_=["TUR"], to=["AZE"],
               source=Source("doc", 0, 5, "A visit.")),
    ]
    model = build_review(records, "AZE", 2021)
    assert model.events == 1  # the visit; the desk's numbers are no events
    facts = model.section("consular").facts
    assert [(f.data["unit"], f.data["kind"], f.value) for f in facts] == [
        ("appeals", "", 80_001), ("children", "evacuated", 9),
        ("women", "repatriated", "fewer than 5")]
