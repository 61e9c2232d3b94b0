from __future__ import annotations

from sqlalchemy import select

from communique.consular import (
    FEWER,
    CitizenInput,
    add_manifest,
    add_operation,
    desk_stats,
    merge_cases,
    open_case,
    suppress,
)
from communique.registry import Event, Mention
from communique.services.query import EventFilter, list_events


def _consular(registry):
    return [v for v in list_events(registry, EventFilter(types=["consular"]))]


def test_monthly_aggregates_become_accepted_consular_records_with_units(desk, officer,
                                                                        registry):
    for _ in range(3):
        open_case(desk, officer, opened="2021-03-04", channel="web", category="appeal",
                  country="TUR")
    op = add_operation(desk, officer, kind="repatriation", day="2021-05-02", country="SYR")
    add_manifest(desk, officer, op, [CitizenInput(name=f"P{i}", birth_date="2012-01-01",
                                                  sex="F") for i in range(2)])
    views = {v.record.quantity.unit: v for v in _consular(registry)}
    assert set(views) == {"appeals", "people repatriated", "children"}
    appeals = views["appeals"]
    assert appeals.status == "accepted"
    # the registry is published: 3 appeals from one country in a month read "fewer than 5"
    assert (appeals.record.quantity.value, appeals.record.quantity.qualifier) == \
        (5, "less_than")
    assert appeals.record.from_ == ["AZE"] and appeals.record.date.start == "2021-03"
    assert appeals.record.place.country == "TUR"
    with registry.read() as session:
        mention = session.scalars(select(Mention).where(
            Mention.event_id == appeals.id)).one()
        assert mention.document_id is None and "consular desk" in mention.text.lower()
        assert "fewer than 5 appeals" in mention.text and " 3 " not in mention.text


def test_aggregates_are_refreshed_when_cases_change(desk, officer, registry):
    a, b, *_ = [open_case(desk, officer, opened=f"2021-03-0{day}", channel="web",
                          category="appeal", country="TUR") for day in range(1, 8)]
    assert _consular(registry)[0].record.quantity.value == 7
    merge_cases(desk, officer, b, a)
    assert _consular(registry)[0].record.quantity.value == 6
    with registry.read() as session:
        assert len(list(session.scalars(select(Event)))) == 1


def test_small_numbers_are_suppressed_and_cannot_be_worked_out():
    assert suppress({"a": 3, "b": 10, "c": 20}, 33) == {"a": FEWER, "b": FEWER, "c": 20}
    assert suppress({"a": 3, "b": 4, "c": 20}, 27) == {"a": FEWER, "b": FEWER, "c": 20}
    assert suppress({"a": 0, "b": 7}, 7) == {"a": 0, "b": 7}
    assert suppress({"a": 2}) == {"a": FEWER}


def test_published_year_stats_hide_counts_under_five(desk, officer):
    for country in ("TUR", "TUR", "TUR", "TUR", "TUR", "TUR", "GEO"):
        open_case(desk, officer, opened="2021-07-01", channel="web", category="appeal",
                  country=country)
    published = desk_stats(desk, 2021).to_dict()
    assert published["appeals"] == 7
    assert published["appeals_by_country"] == {"TUR": FEWER, "GEO": FEWER}
    assert desk_stats(desk, 2021).to_dict(published=False)["appeals_by_country"] == {
        "TUR": 6, "GEO": 1}


def test_an_intake_updates_its_aggregate_as_a_full_recount_would(desk, officer, registry):
    """Opening a case recounts only its (month, category, country) group; the registry
    must then hold what recomputing every month from scratch gives."""
    from communique.consular import StatEvent, refresh_stats, set_status

    ids = [open_case(desk, officer, opened=f"2021-0{1 + i % 3}-05", channel="web",
                     category=("appeal", "detention")[i % 2], country=("TUR", "GEO")[i % 3 % 2])
           for i in range(14)]
    set_status(desk, officer, ids[0], "assigned")

    def snapshot():
        with registry.read() as session:
            stats = {s.key: s.value for s in session.scalars(select(StatEvent))}
            events = {(e.title, e.quantity_value, e.quantity_qualifier)
                      for e in session.scalars(select(Event).where(Event.type == "consular"))}
            texts = sorted(m.text for m in session.scalars(select(Mention).where(
                Mention.document_id.is_(None))))
        return stats, events, texts

    before = snapshot()
    assert sum(before[0].values()) == 14 and len(before[0]) == 6
    assert refresh_stats(desk, 2021) == 0  # nothing left to change
    assert snapshot() == before
    # crossing the small-number line rewrites the quantity too
    for _ in range(6):
        open_case(desk, officer, opened="2021-01-05", channel="web", category="appeal",
                  country="TUR")
    stats, events, _ = snapshot()
    assert stats["appeals|2021-01|appeal|TUR"] == 9
    assert ("Consular appeals (appeal) from TUR, 2021-01", 9.0, "exactly") in events
