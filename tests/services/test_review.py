from __future__ import annotations

import pytest
from sqlalchemy import select

from communique.errors import ConflictError, NotFound, UsageError
from communique.model import DateSpan, Record
from communique.registry import AuditEntry
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter, get_event, list_events
from communique.services.review import (
    accept,
    add_event,
    edit,
    merge,
    reject,
    review_list,
    split,
)


def _audit(registry, action):
    with registry.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                         .order_by(AuditEntry.id)).all()


@pytest.fixture
def two_visits(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("b.txt", "visit 2021-10-26 TUR>AZE")],
                     registry=registry, extractor=extractor)
    return [e.id for e in list_events(registry)]


def test_accept_and_reject_change_status_and_write_the_audit_log(registry, two_visits):
    first, second = two_visits
    assert accept(registry, [first], user="ana", note="checked") == [first]
    reject(registry, [second], user="ben")
    (entry,) = _audit(registry, "accepted")
    assert (entry.who, entry.entity_id, entry.note) == ("ana", first, "checked")
    assert entry.before["status"] == "candidate" and entry.after["status"] == "accepted"
    assert _audit(registry, "rejected")[0].who == "ben"
    assert review_list(registry) == []
    statuses = {e.id: e.status for e in list_events(registry, EventFilter(
        statuses=["accepted", "rejected"]))}
    assert statuses == {first: "accepted", second: "rejected"}  # nothing deleted


def test_user_defaults_to_the_environment(registry, two_visits, monkeypatch):
    monkeypatch.setenv("USER", "desk-officer")
    accept(registry, two_visits[:1])
    assert _audit(registry, "accepted")[0].who == "desk-officer"


def test_edit_changes_fields_and_records_before_and_after(registry, two_visits):
    event_id = two_visits[0]
    view = edit(registry, event_id, {"date_start": "2021-06-16", "title": "State visit",
                                     "place_city": "Baku"}, user="ana")
    assert view.record.date.start == "2021-06-16" and view.record.title == "State visit"
    assert view.record.place.city == "Baku"
    (entry,) = _audit(registry, "edit")
    assert entry.before["record"]["date"]["start"] == "2021-06-15"
    assert entry.after["record"]["date"]["start"] == "2021-06-16"
    assert entry.after["version"] == entry.before["version"] + 1


def test_edit_with_a_stale_version_raises_conflict(registry, two_visits):
    event_id = two_visits[0]
    version = list_events(registry)[0].version
    edit(registry, event_id, {"title": "first edit"}, expected_version=version)
    with pytest.raises(ConflictError):
        edit(registry, event_id, {"title": "second edit"}, expected_version=version)


def test_edit_rejects_impossible_dates_and_unknown_fields(registry, two_visits):
    with pytest.raises(UsageError):
        edit(registry, two_visits[0], {"date_start": "2021-02-30"})
    with pytest.raises(UsageError):
        edit(registry, two_visits[0], {"colour": "red"})
    with pytest.raises(NotFound):
        edit(registry, 9999, {"title": "x"})


def test_merge_moves_mentions_and_split_undoes_it(registry, two_visits):
    keep, other = two_visits
    merge(registry, keep, [other], user="ana", note="same trip")
    assert [e.id for e in list_events(registry)] == [keep]
    detail = get_event(registry, keep)
    assert len(detail.mentions) == 2 and detail.merged_from == [other]
    assert "merged by ana" in detail.mentions[1].merge_reason
    moved = detail.mentions[1].id
    assert split(registry, keep, [moved], user="ana") == [other]
    assert sorted(e.id for e in list_events(registry)) == [keep, other]
    assert [m.id for m in get_event(registry, other).mentions] == [moved]
    assert [e.who for e in _audit(registry, "split")] == ["ana", "ana"]


def test_split_of_an_automatic_merge_makes_a_new_event(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("b.txt", "# other", "visit 2021-06-15 TUR>AZE")],
                     registry=registry, extractor=extractor)
    (event,) = list_events(registry)
    new_ids = split(registry, event.id, user="ana")
    assert len(new_ids) == 1 and new_ids[0] != event.id
    assert len(list_events(registry)) == 2
    assert "split by ana" in get_event(registry, new_ids[0]).mentions[0].merge_reason


def test_split_refuses_to_empty_an_event(registry, two_visits):
    with pytest.raises(UsageError):
        split(registry, two_visits[0])


def test_add_event_by_hand_is_accepted_and_audited(registry):
    rec = Record(type="meeting", date=DateSpan("2021-04-01"), from_=["AZE"], to=["FRA"],
                 title="Talks not covered by any press release")
    event_id = add_event(registry, rec, user="desk")
    (view,) = list_events(registry)
    assert view.id == event_id and view.status == "accepted" and view.record.source is None
    assert _audit(registry, "add")[0].who == "desk"
