"""The reviewer's decisions: applied through the review service, flagged events wait."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from communique.demo._decisions import Decision, apply_decisions, load_decisions
from communique.errors import UsageError
from communique.registry import AuditEntry
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter, list_events


@pytest.fixture
def corpus(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2023-03-20 GEO>AZE | Official visit",
                               "aid 2023-03-20 GEO>RUS", "meeting 2023-03-21 GEO>AZE"),
                      make_doc("b.txt", "resolution 2008-04-03 > NATO",
                               "call 2023-05-05 GEO>UKR")],
                     registry=registry, date="2023-07-12", extractor=extractor)
    return {v.record.type: v.id for v in list_events(registry)}


def _status(registry):
    return {v.record.type: v.status for v in list_events(
        registry, EventFilter(statuses=["candidate", "accepted", "rejected"]))}


def test_decisions_apply_in_order_and_the_rest_waits(registry, corpus):
    report = apply_decisions(registry, [
        Decision("reject", "a.txt", type="aid", note="a call about aid, no delivery"),
        Decision("edit", "a.txt", type="meeting", changes={"title": "Talks in Baku"}),
        Decision("accept", "a.txt"),
    ], user="reviewer")
    assert _status(registry) == {"visit": "accepted", "aid": "rejected", "meeting": "accepted",
                                 "resolution": "candidate", "call": "candidate"}
    assert report.rejected == [corpus["aid"]] and report.edited == [corpus["meeting"]]
    assert report.waiting == {corpus["resolution"]: [
        "dated 2008-04-03, more than a year before its document b.txt (2023-07-12): a "
        "recalled event, not the news?"], corpus["call"]: ["no decision yet"]}
    with registry.read() as s:
        who = set(s.scalars(select(AuditEntry.who).where(AuditEntry.entity == "event",
                                                         AuditEntry.action != "add")))
    assert who == {"reviewer"}  # through the review service, in the audit log


def test_a_whole_document_decision_leaves_flagged_events_waiting(registry, corpus):
    report = apply_decisions(registry, [Decision("accept", "b.txt")])
    assert _status(registry)["resolution"] == "candidate"
    assert _status(registry)["call"] == "accepted"
    assert "more than a year before" in report.waiting[corpus["resolution"]][0]
    apply_decisions(registry, [Decision("accept", "b.txt", type="resolution")])
    assert _status(registry)["resolution"] == "accepted"  # a decision that names it


def test_the_shipped_decisions_file_reads(tmp_path):
    decisions = load_decisions()
    assert decisions and {d.action for d in decisions} <= {"accept", "reject", "wait", "edit"}
    bad = tmp_path / "bad.toml"
    bad.write_text('[[decision]]\naction = "maybe"\ndocument = "a.txt"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="bad.toml: decision 1 needs an action"):
        load_decisions(bad)


def test_pair_decisions_merge_or_keep_apart_what_the_queue_proposes(
        registry, make_doc, extractor):
    from communique.demo._decisions import PairDecision
    from communique.services.duplicates import possible_duplicates

    ingest_documents([make_doc("readout.txt", "election 2023-11-17 GEO> UNESCO",
                               "meeting 2023-05-02 GEO>SVN"),
                      make_doc("review.txt", "meeting 2023-05-03 GEO>SVN"),
                      make_doc("other.txt", "election 2023-11-14 GEO> UNESCO")],
                     registry=registry, extractor=extractor)
    report = apply_decisions(registry, [], pairs=[
        PairDecision("keep-apart", "meeting", ("readout.txt", "review.txt"), "two rounds"),
        PairDecision("merge", "election", ("other.txt", "readout.txt"), "one election")])
    assert len(report.kept_apart) == 1 and len(report.merged) == 1
    assert possible_duplicates(registry) == []
    assert len(list_events(registry, EventFilter(types=["election"]))) == 1
