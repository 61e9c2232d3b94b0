"""One event per real event: periods, reports on consecutive days, the duplicates queue."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from communique.errors import MergeNeedsForce, NotFound
from communique.registry import AuditEntry
from communique.services.duplicates import keep_apart, possible_duplicates
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter, get_event, list_events
from communique.services.review import merge, merge_losses


def _ingest(registry, make_doc, extractor, *docs):
    ingest_documents([make_doc(name, *lines) for name, lines in docs], registry=registry,
                     extractor=extractor)
    return list_events(registry)


def test_mentions_of_the_same_chair_join_its_period(registry, make_doc, extractor):
    events = _ingest(registry, make_doc, extractor,
                     ("jan.txt", ["chairmanship 2023-01-01 GEO> GUAM"]),
                     ("sep.txt", ["chairmanship 2023-09-20 GEO> GUAM"]),
                     ("review.txt", ["chairmanship 2023 GEO> GUAM",
                                     "chairmanship 2023-01-01..2023-12-31 GEO> GUAM"]))
    (chair,) = events
    assert chair.mentions == 4
    assert (chair.record.date.start, chair.record.date.end) == ("2023-01-01", "2023-12-31")
    reasons = [m.merge_reason for m in get_event(registry, chair.id).mentions[1:]]
    assert all("same chairmanship of GUAM held by GEO" in r for r in reasons)


def test_another_holder_or_year_is_another_chairmanship(registry, make_doc, extractor):
    events = _ingest(registry, make_doc, extractor,
                     ("a.txt", ["chairmanship 2023-01-01 GEO> GUAM"]),
                     ("b.txt", ["chairmanship 2024-01-01 MDA> GUAM",
                                "chairmanship 2024-01-01 GEO> OSCE"]),
                     ("c.txt", ["chairmanship 2024-02-01 GEO> GUAM"]))
    assert len(events) == 4


@pytest.mark.parametrize("typ, sides", [("mission", "GEO>SVN"), ("election", "GEO> UNESCO"),
                                         ("resolution", "> UNGA")])
def test_one_fact_reported_two_days_apart_by_two_documents_is_one_event(
        registry, make_doc, extractor, typ, sides):
    events = _ingest(registry, make_doc, extractor,
                     ("readout.txt", [f"{typ} 2023-05-11 {sides}"]),
                     ("review.txt", [f"{typ} 2023-05-10 {sides}"]))
    (event,) = events
    assert event.record.date.start == "2023-05-10"  # the earlier day
    assert "reported by two documents" in get_event(registry, event.id).mentions[1].merge_reason


def test_a_resolution_reported_with_its_sponsor_joins_the_one_without(
        registry, make_doc, extractor):
    events = _ingest(registry, make_doc, extractor,
                     ("news.txt", ["resolution 2023-06-07 > UNGA"]),
                     ("review.txt", ["resolution 2023-06-07 GEO> UNGA"]))
    assert len(events) == 1


def test_visits_two_days_apart_stay_two_events(registry, make_doc, extractor):
    events = _ingest(registry, make_doc, extractor,
                     ("a.txt", ["visit 2023-05-10 GEO>SVN"]),
                     ("b.txt", ["visit 2023-05-11 GEO>SVN"]))
    assert len(events) == 2


def test_the_queue_proposes_close_events_with_the_evidence(registry, make_doc, extractor):
    _ingest(registry, make_doc, extractor,
            ("a.txt", ["meeting 2023-05-10 GEO>SVN | Talks in Ljubljana"]),
            ("b.txt", ["meeting 2023-05-12 GEO>SVN | Talks in Ljubljana"]),
            ("c.txt", ["meeting 2023-05-30 GEO>SVN", "meeting 2023-05-11 GEO>ITA",
                       "figure 2023-05-11 GEO>"]))
    (pair,) = possible_duplicates(registry)
    assert (pair.a.record.date.start, pair.b.record.date.start) == ("2023-05-10", "2023-05-12")
    assert pair.days_apart == 2 and pair.likeness > 0.5
    assert "same countries: GEO+SVN" in pair.evidence
    assert "titles agree: Talks in Ljubljana / Talks in Ljubljana" in pair.evidence
    assert possible_duplicates(registry, days=1) == []


def test_events_of_one_document_are_never_proposed(registry, make_doc, extractor):
    _ingest(registry, make_doc, extractor,
            ("a.txt", ["meeting 2023-05-10 GEO>SVN", "meeting 2023-05-11 GEO>SVN"]))
    assert possible_duplicates(registry) == []


def test_keep_apart_is_remembered_and_audited(registry, make_doc, extractor):
    _ingest(registry, make_doc, extractor, ("a.txt", ["meeting 2023-05-10 GEO>SVN"]),
            ("b.txt", ["meeting 2023-05-11 GEO>SVN"]))
    (pair,) = possible_duplicates(registry)
    keep_apart(registry, pair.b.id, pair.a.id, user="ana", note="two rounds")
    keep_apart(registry, pair.a.id, pair.b.id, user="ana")  # idempotent
    assert possible_duplicates(registry) == []
    with registry.read() as s:
        notes = s.scalars(select(AuditEntry.note).where(AuditEntry.action == "keep-apart")).all()
    assert len(notes) == 2 and "two rounds" in notes[0]
    with pytest.raises(NotFound):
        keep_apart(registry, pair.a.id, 999)


def test_merging_another_type_needs_force_and_says_what_the_counts_lose(
        registry, make_doc, extractor):
    _ingest(registry, make_doc, extractor, ("a.txt", ["meeting 2023-10-17 GEO>HUN"]),
            ("b.txt", ["visit 2023-10-17 HUN>GEO"]))
    (meeting_id,) = [e.id for e in list_events(registry, EventFilter(types=["meeting"]))]
    (visit_id,) = [e.id for e in list_events(registry, EventFilter(types=["visit"]))]
    (loss,) = merge_losses(registry, meeting_id, [visit_id])
    assert "the visit count loses 1" in loss
    with pytest.raises(MergeNeedsForce) as exc:
        merge(registry, meeting_id, [visit_id], user="ana")
    assert exc.value.code == "E201" and "--force" in str(exc.value)
    assert len(list_events(registry)) == 2  # nothing merged
    merge(registry, meeting_id, [visit_id], user="ana", force=True)
    gone = get_event(registry, visit_id)
    assert gone.view.status == f"merged into #{meeting_id}"
    changes = {c["field"]: (c["before"], c["after"])
               for h in gone.history if h["action"] == "merge" for c in h["changes"]}
    assert changes["merged_into"] == (None, meeting_id)
    assert changes["mentions"][1] == []  # its mention moved to the meeting


def test_merging_other_countries_names_the_countries_that_lose(registry, make_doc, extractor):
    _ingest(registry, make_doc, extractor, ("a.txt", ["meeting 2023-10-17 GEO>HUN"]),
            ("b.txt", ["meeting 2023-10-17 GEO>HUN,POL"]))
    first, second = sorted(e.id for e in list_events(registry))
    (loss,) = merge_losses(registry, first, [second])
    assert "POL loses this event" in loss
