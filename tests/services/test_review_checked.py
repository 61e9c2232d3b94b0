"""Several events accepted or rejected at once, each against the version it was read
at: the others go on when one changed meanwhile, and nothing is counted twice."""

from __future__ import annotations

from sqlalchemy import select

from communique.registry import AuditEntry
from communique.services.ingest import ingest_documents
from communique.services.query import get_event, list_events
from communique.services.review import accept, edit, merge, set_status_checked


def _three(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE", "call 2021-07-01 AZE>FRA",
                               "meeting 2021-08-02 AZE>GEO")],
                     registry=registry, extractor=extractor)
    return [(e.id, e.version) for e in list_events(registry)]


def test_each_pick_is_changed_once_and_audited(registry, make_doc, extractor):
    picks = _three(registry, make_doc, extractor)
    done = set_status_checked(registry, [*picks, picks[0]], "accepted", user="ana")
    assert sorted(done.changed) == sorted(i for i, _ in picks)
    assert (done.already, done.conflicts, done.refused) == ([], [], [])
    with registry.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "accepted")).all()
    assert sorted(e.entity_id for e in entries) == sorted(i for i, _ in picks)
    assert {e.who for e in entries} == {"ana"}


def test_an_event_changed_meanwhile_is_left_alone_and_the_others_change(
        registry, make_doc, extractor):
    (a, va), (b, vb), (c, vc) = _three(registry, make_doc, extractor)
    edit(registry, b, {"title": "Talks"}, user="ben", expected_version=vb)
    done = set_status_checked(registry, [(a, va), (b, vb), (c, vc)], "rejected", user="ana")
    assert sorted(done.changed) == sorted([a, c])
    assert done.conflicts == [(b, vb, vb + 1)]
    assert get_event(registry, b).view.status == "candidate"


def test_sending_the_same_ticks_again_changes_and_counts_nothing(registry, make_doc,
                                                                 extractor):
    picks = _three(registry, make_doc, extractor)
    set_status_checked(registry, picks, "accepted", user="ana")
    again = set_status_checked(registry, picks, "accepted", user="ana")
    assert again.changed == [] and len(again.conflicts) == 3


def test_already_in_that_status_and_merged_events_are_reported_not_counted(
        registry, make_doc, extractor):
    (a, va), (b, vb), (c, _) = _three(registry, make_doc, extractor)
    accept(registry, [a], user="ana")
    merge(registry, b, [c], user="ana", force=True)
    now_a = get_event(registry, a).view.version
    done = set_status_checked(registry, [(a, now_a), (c, None), (999, None)], "accepted")
    assert done.changed == [] and done.already == [a]
    assert done.refused == [(c, f"merged into {b}"), (999, "no such event")]
