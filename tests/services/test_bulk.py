"""The bulk writer stores exactly what the per-record path stores.

A generated corpus (records that collide on type, countries and days at every
precision, chairmanship periods, openings, elections and resolutions a day or
two apart, titles, quantities, persons to resolve, repeated documents within
and across batches) is ingested into two registries seeded alike: one record at
a time (``bulk=False``) and through the bulk writer. Every table must come out
the same, ids included, and full-text search must find the same events.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from conftest import FakeDocument, FakeExtraction
from sqlalchemy import select

from communique.model import DateSpan, Person, Place, Quantity, Record, Source
from communique.registry import (
    AuditEntry,
    Document,
    Event,
    EventParticipant,
    EventPerson,
    Mention,
    open_registry,
)
from communique.services import ingest as ingest_mod
from communique.services.ingest import ingest_documents
from communique.services.persons import add_person
from communique.services.query import EventFilter, list_events
from communique.services.review import merge, reject

from .test_ingest import _snapshot

TYPES = ["visit", "meeting", "call", "agreement", "chairmanship", "mission", "election",
         "resolution", "multilateral"]
COUNTRIES = ["GEO", "AZE", "TUR", "ARM"]
ORGS = ["GUAM", "OSCE", "UN"]
WORDS = ["energy", "transit", "railway", "culture", "border", "trade"]


def _date(rng: random.Random) -> DateSpan:
    day = rng.choice([1, 2, 3, 4, 5, 9])
    month = rng.choice([3, 4])
    kind = rng.random()
    if kind < 0.6:
        return DateSpan(f"2023-{month:02d}-{day:02d}")
    if kind < 0.7:
        return DateSpan(f"2023-{month:02d}-{day:02d}", f"2023-{month:02d}-{day + 2:02d}")
    if kind < 0.9:
        return DateSpan(f"2023-{month:02d}")
    return DateSpan("2023")


def _record(rng: random.Random, doc: str, n: int) -> Record:
    kind = rng.choice(TYPES)
    frm = [rng.choice(COUNTRIES)]
    to = [c for c in rng.sample(COUNTRIES, rng.choice([0, 1, 1])) if c not in frm]
    orgs = [rng.choice(ORGS)] if kind in ("chairmanship", "election", "resolution",
                                          "multilateral") or rng.random() < 0.1 else []
    if kind == "resolution" and rng.random() < 0.4:
        frm, to = [], []  # a resolution reported without its sponsor
    title = None
    if kind in ("agreement", "resolution") and rng.random() < 0.7:
        title = f"On {rng.choice(WORDS[:3])} co-operation"
    quantity = Quantity(rng.choice([2, 3]), "exactly", "votes") if kind == "election" \
        and rng.random() < 0.5 else None
    persons = []
    if rng.random() < 0.5:
        persons.append(Person(None, "foreign_minister", rng.choice(COUNTRIES)))
    if rng.random() < 0.3:
        persons.append(Person(rng.choice(["Nino Test", "Test", "Aylin Sample"]),
                              "foreign_minister", rng.choice(COUNTRIES)))
    text = f"Line {n} of {doc} on {rng.choice(WORDS)} and {rng.choice(WORDS)}."
    return Record(
        id=f"{doc}-{n}", type=kind, date=_date(rng), from_=frm, to=to, organizations=orgs,
        persons=persons, title=title, quantity=quantity,
        place=Place(rng.choice(COUNTRIES), None) if rng.random() < 0.3 else None,
        source=Source(doc, n * 10, n * 10 + len(text), text),
        confidence=round(rng.uniform(0.3, 1.0), 2) if rng.random() < 0.8 else None,
        measures=[Quantity(rng.choice([1, 5]), "about", rng.choice(["tonnes", "USD"]))]
        if rng.random() < 0.15 else [],
    )


def _corpus(seed: int, n: int) -> tuple[list[FakeDocument], dict[str, list[Record]]]:
    rng = random.Random(seed)
    docs: list[FakeDocument] = []
    records: dict[str, list[Record]] = {}
    for i in range(n):
        if docs and rng.random() < 0.12:  # the same content again, in or across batches
            again = rng.choice(docs)
            docs.append(FakeDocument(name=f"copy-{i}.txt", text=again.text))
            continue
        name = f"doc-{seed}-{i}.txt"
        doc = FakeDocument(name=name, text=f"document {seed} {i}\n", path=f"/corpus/{name}")
        records[doc.sha256] = [_record(rng, name, k) for k in range(rng.randint(1, 4))]
        docs.append(doc)
    return docs, records


def _extractor(records: dict[str, list[Record]]) -> Any:
    def extract(doc: FakeDocument, *, issuer: str | None = None,
                date: str | None = None) -> FakeExtraction:
        return FakeExtraction(list(records[doc.sha256]), issuer or "GEO")
    return extract


def _seed(url: str, seed: int) -> Any:
    """A registry with persons, an earlier corpus, a rejected and a merged event."""
    reg = open_registry(url)
    add_person(reg, "Nino Test", role="foreign_minister", country="GEO", user="t")
    add_person(reg, "Aylin Sample", role="foreign_minister", country="TUR", start="2023-01-01",
               end="2023-03-31", user="t")
    add_person(reg, "Ayla Other", role="foreign_minister", country="TUR", start="2023-04-01",
               user="t")
    docs, records = _corpus(seed + 1000, 12)
    ingest_documents(docs, registry=reg, extractor=_extractor(records), user="t", bulk=False)
    ids = sorted(e.id for e in list_events(reg, EventFilter(statuses=["candidate"])))
    reject(reg, ids[:1], user="t")
    merge(reg, ids[1], ids[2:3], user="t", force=True)
    return reg


def _rows(reg: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables ingest writes, without the clock's columns."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with reg.read() as s:
        for model in (Document, Event, EventParticipant, EventPerson, Mention, AuditEntry):
            table = model.__table__
            cols = [c for c in table.c if c.name not in ("created_at", "updated_at",
                                                         "ingested_at", "at")]
            out[table.name] = [tuple(r) for r in s.execute(select(*cols).order_by(table.c.id))]
    return out


def _search(reg: Any) -> dict[str, list[int]]:
    return {w: sorted(e.id for e in list_events(reg, EventFilter(
        text=w, statuses=["candidate", "accepted", "rejected"]))) for w in WORDS}


def _both(url: str, other: str, seed: int, *, batch: int, monkeypatch: Any,
          fallback: bool = False) -> tuple[Any, Any]:
    docs, records = _corpus(seed, 70)
    real = ingest_mod.store_record

    def per_record(*args: Any, **kwargs: Any) -> Any:
        if not fallback:
            raise AssertionError("the bulk writer fell back to the per-record path")
        return real(*args, **kwargs)

    regs = []
    for target, bulk in ((url, False), (other, True)):
        reg = _seed(target, seed)
        if bulk:
            monkeypatch.setattr(ingest_mod, "store_record", per_record)
        report = ingest_documents(docs, registry=reg, extractor=_extractor(records), user="t",
                                  batch=batch, bulk=bulk, accept_above=0.9)
        assert report.failed == 0, [r.error for r in report.results if r.error]
        regs.append((reg, report))
    (one, r1), (two, r2) = regs
    assert [(r.status, r.records, r.merged, r.accepted) for r in r1.results] \
        == [(r.status, r.records, r.merged, r.accepted) for r in r2.results]
    return one, two


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bulk_and_record_by_record_make_the_same_registry(database_url, tmp_path, seed,
                                                         monkeypatch):
    one, two = _both(f"sqlite:///{tmp_path / 'one.db'}", database_url, seed, batch=9,
                     monkeypatch=monkeypatch)
    rows_one, rows_two = _rows(one), _rows(two)
    for table in rows_one:
        assert rows_two[table] == rows_one[table], table
    assert _search(two) == _search(one)
    # the corpus does exercise the rules: merges across and within batches, duplicates
    merged = [m for m in rows_one["mentions"] if m[-2]]
    assert len(merged) > 10
    assert any("chairmanship" in m[-2] for m in merged)
    assert any("earlier day" in m[-2] for m in merged)
    assert any("finer date" in m[-2] for m in merged)
    one.close()
    two.close()


def test_a_batch_that_fails_in_bulk_is_stored_one_document_at_a_time(
        database_url, tmp_path, monkeypatch):
    calls = {"n": 0}
    real = ingest_mod.write_batch

    def fail_second(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        result = real(*args, **kwargs)
        if calls["n"] == 2:
            raise RuntimeError("the second batch fails after its statements")
        return result

    monkeypatch.setattr(ingest_mod, "write_batch", fail_second)
    one, two = _both(f"sqlite:///{tmp_path / 'one.db'}", database_url, 4, batch=9,
                     monkeypatch=monkeypatch, fallback=True)
    assert calls["n"] > 2
    # PostgreSQL's sequences keep the numbers a rolled-back batch took: compare without ids
    assert _snapshot(two) == _snapshot(one)
    assert [len(rows) for rows in _rows(two).values()] \
        == [len(rows) for rows in _rows(one).values()]
    assert _search(two) != {} and len(_search(two)) == len(_search(one))
    one.close()
    two.close()


def test_a_document_the_bulk_writer_cannot_store_fails_alone(registry):
    bad = Record(id="x", type="visit", date=DateSpan("2023-02-30"), from_=["GEO"], to=["AZE"],
                 source=Source("bad.txt", 0, 5, "bad"))
    good = Record(id="y", type="visit", date=DateSpan("2023-02-03"), from_=["GEO"], to=["AZE"],
                  source=Source("good.txt", 0, 5, "good"))
    docs = [FakeDocument(name=f"{n}.txt", text=f"{n}\n") for n in ("good", "bad", "more")]
    records = {docs[0].sha256: [good], docs[1].sha256: [bad], docs[2].sha256: [good]}
    report = ingest_documents(docs, registry=registry, extractor=_extractor(records))
    assert [r.status for r in report.results] == ["stored", "failed", "stored"]
    assert report.results[2].merged == 1
    with registry.read() as s:
        assert s.scalars(select(Document.name).order_by(Document.id)).all() \
            == ["good.txt", "more.txt"]
        assert len(s.scalars(select(Mention.id)).all()) == 2


@pytest.mark.parametrize("bulk", [False, True])
def test_a_title_is_resolved_with_the_dates_the_event_had_when_it_was_mentioned(
        registry, bulk):
    add_person(registry, "Aylin Sample", role="foreign_minister", country="TUR", end="2023-03-31")
    add_person(registry, "Ayla Other", role="foreign_minister", country="TUR", start="2023-04-01")
    first = Record(id="a", type="mission", date=DateSpan("2023-04-01"), from_=["GEO"], to=["TUR"],
                   persons=[Person(None, "foreign_minister", "TUR")])
    earlier = Record(id="b", type="mission", date=DateSpan("2023-03-31"), from_=["GEO"],
                     to=["TUR"])
    docs = [FakeDocument(name=f"{n}.txt", text=f"{n}\n") for n in ("first", "earlier")]
    records = {docs[0].sha256: [first], docs[1].sha256: [earlier]}
    report = ingest_documents(docs, registry=registry, extractor=_extractor(records), bulk=bulk)
    assert report.merged == 1  # one opening reported a day apart; it keeps the earlier day
    with registry.read() as s:
        event = s.scalars(select(Event)).one()
        assert event.date_start == "2023-03-31"
        assert [p.person.name for p in event.persons if p.person] == ["Ayla Other"]
