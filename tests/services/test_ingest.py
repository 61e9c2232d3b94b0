from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import func, select

from communique.errors import NotFoundError, UsageError
from communique.registry import Document, Event, Mention, open_registry
from communique.services import ingest as ingest_mod
from communique.services.ingest import ingest, ingest_documents
from communique.services.query import EventFilter, get_event, list_events


def _count(registry, model) -> int:
    with registry.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_ingest_stores_document_events_and_mentions(registry, make_doc, extractor):
    doc = make_doc("aze-1.txt", "visit 2021-06-15 TUR>AZE", "meeting 2021-06-15 AZE>TUR")
    report = ingest_documents([doc], registry=registry, extractor=extractor, user="ana")
    assert (report.stored, report.records, report.new_events) == (1, 2, 2)
    assert _count(registry, Document) == 1
    assert _count(registry, Mention) == 2
    events = list_events(registry)
    assert [e.record.type for e in events] == ["visit", "meeting"]
    assert events[0].record.from_ == ["TUR"] and events[0].record.to == ["AZE"]
    assert events[0].status == "candidate"
    assert events[0].record.source.doc == "aze-1.txt"


def test_reingesting_the_same_content_adds_nothing(registry, make_doc, extractor):
    doc = make_doc("a.txt", "visit 2021-06-15 TUR>AZE")
    ingest_documents([doc], registry=registry, extractor=extractor)
    again = ingest_documents([make_doc("renamed.txt", "visit 2021-06-15 TUR>AZE")],
                             registry=registry, extractor=extractor)
    assert again.duplicates == 1 and again.stored == 0
    assert (_count(registry, Document), _count(registry, Event), _count(registry, Mention)) \
        == (1, 1, 1)


def test_the_same_visit_from_two_documents_is_one_event_with_two_mentions(
        registry, make_doc, extractor):
    ingest_documents([make_doc("aze.txt", "visit 2021-06-15..2021-06-16 TUR>AZE")],
                     registry=registry, extractor=extractor)
    tur = make_doc("tur.txt", "# Turkish readout", "visit 2021-06-15 TUR>AZE")
    report = ingest_documents([tur], registry=registry, extractor=extractor)
    assert report.merged == 1 and report.new_events == 0
    (event,) = list_events(registry)
    detail = get_event(registry, event.id)
    assert [m.document for m in detail.mentions] == ["aze.txt", "tur.txt"]
    reason = detail.mentions[1].merge_reason
    assert "visit" in reason and "AZE+TUR" in reason and "2021-06-15" in reason


def test_symmetric_meeting_reported_by_both_sides_merges(registry, make_doc, extractor):
    ingest_documents([make_doc("aze.txt", "meeting 2021-03-04 AZE>GEO"),
                      make_doc("geo.txt", "meeting 2021-03-04 GEO>AZE")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 1


def test_two_visits_on_two_dates_stay_two_events(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("b.txt", "visit 2021-10-26 TUR>AZE")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 2


def test_different_types_or_countries_do_not_merge(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("b.txt", "meeting 2021-06-15 TUR>AZE", "visit 2021-06-15 HUN>AZE")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 3


def test_year_precision_mention_joins_the_only_fitting_event(registry, make_doc, extractor):
    ingest_documents([make_doc("readout.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("review.txt", "visit 2021 TUR>AZE")],
                     registry=registry, extractor=extractor)
    (event,) = list_events(registry)
    assert event.record.date.start == "2021-06-15"
    assert "fits only" in get_event(registry, event.id).mentions[1].merge_reason


def test_year_precision_mention_with_two_candidates_stays_apart(registry, make_doc, extractor):
    ingest_documents([make_doc("r1.txt", "visit 2021-06-15 TUR>AZE"),
                      make_doc("r2.txt", "visit 2021-10-26 TUR>AZE"),
                      make_doc("review.txt", "visit 2021 TUR>AZE")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 3


def test_day_mention_joins_a_year_event_and_refines_its_date(registry, make_doc, extractor):
    ingest_documents([make_doc("review.txt", "call 2021 AZE>KAZ"),
                      make_doc("readout.txt", "call 2021-02-11 KAZ>AZE")],
                     registry=registry, extractor=extractor)
    (event,) = list_events(registry)
    assert event.record.date.start == "2021-02-11"
    # the country index follows the finer date
    assert len(list_events(registry, EventFilter(countries=["KAZ"], from_date="2021-02",
                                                 to_date="2021-02"))) == 1


def test_records_of_one_document_never_merge_with_each_other(registry, make_doc, extractor):
    ingest_documents([make_doc("review.txt", "meeting 2021 AZE>TUR", "meeting 2021 AZE>TUR")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 2


def test_agreements_with_different_titles_do_not_merge(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "agreement 2021-03-02 AZE>GEO | MoU on education"),
                      make_doc("b.txt", "agreement 2021-03-02 GEO>AZE | Protocol on customs")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 2


def test_rejected_events_are_not_merge_candidates(registry, make_doc, extractor):
    from communique.services.review import reject

    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE")], registry=registry,
                     extractor=extractor)
    reject(registry, [list_events(registry)[0].id], user="ed")
    ingest_documents([make_doc("b.txt", "# another readout", "visit 2021-06-15 TUR>AZE")],
                     registry=registry, extractor=extractor)
    assert _count(registry, Event) == 2


def test_a_failing_document_is_reported_and_the_others_stored(registry, make_doc, extractor):
    docs = [make_doc("good1.txt", "visit 2021-06-15 TUR>AZE"),
            NotFoundError("the file does not exist", path="missing.txt"),
            make_doc("broken.txt", "visit"),  # the fake extractor cannot parse this
            make_doc("good2.txt", "call 2021-02-11 KAZ>AZE")]
    report = ingest_documents(docs, registry=registry, extractor=extractor)
    assert [r.status for r in report.results] == ["stored", "failed", "failed", "stored"]
    assert "missing.txt" in report.results[1].error
    assert _count(registry, Document) == 2


def test_an_error_inside_the_transaction_leaves_whole_documents_only(
        registry, make_doc, extractor, monkeypatch):
    real = ingest_mod.store_record
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:  # the second record of the second document
            raise RuntimeError("killed midway")
        return real(*args, **kwargs)

    def bulk_then_fail(*args, **kwargs):
        real_bulk(*args, **kwargs)  # everything written, then the batch fails
        raise RuntimeError("killed after the bulk statements")

    real_bulk = ingest_mod.write_batch
    monkeypatch.setattr(ingest_mod, "write_batch", bulk_then_fail)
    monkeypatch.setattr(ingest_mod, "store_record", flaky)
    docs = [make_doc("one.txt", "visit 2021-01-10 TUR>AZE", "meeting 2021-01-10 TUR>AZE"),
            make_doc("two.txt", "visit 2021-02-10 GEO>AZE", "meeting 2021-02-10 GEO>AZE",
                     "call 2021-02-11 GEO>AZE")]
    report = ingest_documents(docs, registry=registry, extractor=extractor)
    assert [r.status for r in report.results] == ["stored", "failed"]
    assert (_count(registry, Document), _count(registry, Event), _count(registry, Mention)) \
        == (1, 2, 2)
    monkeypatch.setattr(ingest_mod, "store_record", real)
    monkeypatch.setattr(ingest_mod, "write_batch", real_bulk)
    retry = ingest_documents(docs, registry=registry, extractor=extractor)
    assert [r.status for r in retry.results] == ["duplicate", "stored"]
    assert _count(registry, Event) == 5


def test_an_impossible_document_date_is_a_usage_error(registry, make_doc, extractor):
    with pytest.raises(UsageError):
        ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE")], registry=registry,
                         extractor=extractor, date="2021-02-30")
    assert _count(registry, Document) == 0


def test_ingest_reads_paths_with_the_given_reader(registry, make_doc, extractor, tmp_path):
    def reader(paths):
        for p in paths:
            yield make_doc(str(p), "visit 2021-06-15 TUR>AZE")

    report = ingest(["x.txt"], registry=registry, extractor=extractor, reader=reader,
                    issuer="AZE", date="2021-06-16", accept=True)
    assert report.stored == 1
    assert list_events(registry, EventFilter(statuses=["accepted"]))[0].record.type == "visit"
    with registry.read() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.issuer, doc.date) == ("AZE", "2021-06-16")



def _ingest_in_child(url: str, batch: int, barrier) -> None:
    from conftest import FakeDocument, fake_extract

    reg = open_registry(url)
    docs = []
    for i in range(12):
        # both processes ingest the shared documents 0-5 and their own 6-11
        tag = f"own{batch}-{i}" if i >= 6 else f"shared-{i}"
        day = 1 + i % 28
        docs.append(FakeDocument(name=f"{tag}.txt",
                                 text=f"# {tag}\nvisit 2021-05-{day:02d} TUR>AZE\n"
                                      f"meeting 2021-05-{day:02d} AZE>TUR\n"))
    barrier.wait()
    report = ingest_documents(docs, registry=reg, extractor=fake_extract)
    reg.close()
    assert report.failed == 0, [r.error for r in report.results if r.error]


def test_two_concurrent_ingest_processes_lose_and_double_nothing(registry, database_url):
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_ingest_in_child, args=(database_url, b, barrier))
             for b in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    # 6 shared + 2x6 own documents; each shared document stored once
    assert _count(registry, Document) == 18
    assert _count(registry, Mention) == 36
    with registry.read() as s:
        per_doc = s.execute(select(Mention.document_id, func.count())
                            .group_by(Mention.document_id)).all()
    assert all(n == 2 for _, n in per_doc)
    # the own documents 6-11 of both batches report the same days: they merge
    # pairwise (different documents), 12 occasions x 2 types = 24 records -> events
    events = list_events(registry)
    keys = {(e.record.type, e.record.date.start) for e in events}
    assert len(events) == len(keys) == 24


# ------------------------------------------------ batches, workers, resuming


def _readouts(n: int, seed: int = 5) -> list:
    import random

    from communique.bench_support import readout
    from communique.documents import document_from_text

    rng = random.Random(seed)
    return [document_from_text("Ministry of Foreign Affairs of Georgia\n\n" + readout(rng),
                               name=f"readout-{i:04d}.txt") for i in range(n)]


def _snapshot(registry) -> list[str]:
    """The registry's content without its ids (which a database may number differently)."""
    import json

    from communique.services.query import iter_events

    rows = []
    for view in iter_events(registry, EventFilter(statuses=["candidate", "accepted", "rejected"])):
        rec = view.record.to_dict()
        rec.pop("id")
        rows.append(json.dumps([rec, view.status], sort_keys=True))
    return sorted(rows) + [f"documents {_count(registry, Document)}",
                           f"mentions {_count(registry, Mention)}"]


def test_two_workers_store_what_one_stores(database_url, tmp_path):
    docs = _readouts(60)
    one = open_registry(f"sqlite:///{tmp_path / 'one.db'}")
    ingest_documents(docs, registry=one, issuer="GEO", jobs=1, batch=7)
    two = open_registry(database_url)
    report = ingest_documents(docs, registry=two, issuer="GEO", jobs=2, batch=7)
    assert [r.name for r in report.results] == [d.name for d in docs]  # input order
    assert report.stored == 60 and report.records > 60
    assert _snapshot(two) == _snapshot(one)
    one.close()
    two.close()


def test_stored_documents_are_skipped_before_extraction(registry, make_doc, extractor):
    calls = []

    def counting(doc, **kw):
        calls.append(doc.name)
        return extractor(doc, **kw)

    docs = [make_doc(f"d{i}.txt", f"visit 2021-0{i}-10 TUR>AZE") for i in range(1, 6)]
    ingest_documents(docs[:3], registry=registry, extractor=counting)
    calls.clear()
    report = ingest_documents(docs, registry=registry, extractor=counting)
    assert [r.status for r in report.results] == ["duplicate"] * 3 + ["stored"] * 2
    assert calls == ["d4.txt", "d5.txt"]  # the first three were not extracted again


def test_the_same_content_twice_in_one_batch_is_stored_once(registry, make_doc, extractor):
    docs = [make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
            make_doc("copy-of-a.txt", "visit 2021-06-15 TUR>AZE")]
    report = ingest_documents(docs, registry=registry, extractor=extractor)
    assert [r.status for r in report.results] == ["stored", "duplicate"]
    assert (_count(registry, Document), _count(registry, Event)) == (1, 1)


def test_a_batch_that_cannot_commit_stores_nothing_and_says_why(registry, make_doc, extractor,
                                                                 monkeypatch):
    from sqlalchemy.exc import OperationalError

    def full_disk(*_a, **_k):
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ingest_mod, "PersonIndex", full_disk)
    docs = [make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
            make_doc("b.txt", "call 2021-02-11 KAZ>AZE")]
    report = ingest_documents(docs, registry=registry, extractor=extractor)
    assert [r.status for r in report.results] == ["failed", "failed"]
    assert all("is full" in r.error and "nothing of this change was stored" in r.error
               for r in report.results)
    assert report.stopped and _count(registry, Document) == 0


def test_jobs_below_one_are_refused(registry):
    with pytest.raises(UsageError, match="--jobs"):
        ingest_documents([], registry=registry, jobs=0)
def test_a_dateline_gives_the_document_its_date(registry, make_doc, extractor):
    dated = make_doc("dated.txt", "# Tbilisi, 18 January 2023", "visit 2023 GEO>EST")
    undated = make_doc("undated.txt", "visit 2023 GEO>LVA")
    given = make_doc("given.txt", "# Tbilisi, 18 January 2023", "visit 2023 GEO>LTU")
    ingest_documents([dated, undated], registry=registry, extractor=extractor)
    ingest_documents([given], registry=registry, extractor=extractor, date="2023-01-19")
    with registry.read() as s:
        dates = dict(s.execute(select(Document.name, Document.date)).all())
    assert dates == {"dated.txt": "2023-01-18", "undated.txt": None, "given.txt": "2023-01-19"}
