from __future__ import annotations

import pytest

from communique.errors import NotFound, UsageError
from communique.model import Person, Record
from communique.services.ingest import ingest_documents
from communique.services.persons import add_person, list_persons, show_person
from communique.services.query import EventFilter, list_events


def _with_title(doc, *, issuer=None, date=None):
    from conftest import fake_extract

    ex = fake_extract(doc)
    ex.records = [Record(**{**r.__dict__, "persons": [Person(None, "foreign_minister", "TUR")]})
                  for r in ex.records]
    return ex


def test_a_title_is_resolved_to_the_holder_on_that_date(registry, make_doc):
    add_person(registry, "Mevlut Cavusoglu", role="foreign_minister", country="TUR",
               start="2015-11-24", end="2023-06-03", user="ana")
    add_person(registry, "Hakan Fidan", role="foreign_minister", country="TUR",
               start="2023-06-04")
    ingest_documents([make_doc("a.txt", "meeting 2021-06-15 AZE>TUR"),
                      make_doc("b.txt", "meeting 2024-02-01 AZE>TUR")],
                     registry=registry, extractor=_with_title)
    names = [v.record.persons[0].name for v in list_events(registry)]
    assert names == ["Mevlut Cavusoglu", "Hakan Fidan"]
    assert [e.record.date.start for e in list_events(
        registry, EventFilter(person="fidan"))] == ["2024-02-01"]


def test_adding_a_person_later_links_existing_events(registry, make_doc):
    ingest_documents([make_doc("a.txt", "meeting 2021-06-15 AZE>TUR")], registry=registry,
                     extractor=_with_title)
    assert list_events(registry)[0].record.persons[0].name is None
    view = add_person(registry, "Mevlut Cavusoglu", role="foreign_minister", country="TUR",
                      start="2015", end="2023-06")
    assert view.events == 1
    assert list_events(registry)[0].record.persons[0].name == "Mevlut Cavusoglu"
    shown = show_person(registry, "mevlut cavusoglu")
    assert shown.events == 1 and shown.roles[0].start == "2015-01-01"
    assert shown.roles[0].end == "2023-06-30"


def test_overlapping_holders_leave_the_title_unresolved(registry, make_doc):
    add_person(registry, "A", role="foreign_minister", country="TUR", start="2021")
    add_person(registry, "B", role="foreign_minister", country="TUR", start="2021-03")
    ingest_documents([make_doc("a.txt", "meeting 2021-06-15 AZE>TUR")], registry=registry,
                     extractor=_with_title)
    assert list_events(registry)[0].record.persons[0].name is None


def test_list_and_show_persons(registry):
    add_person(registry, "Jeyhun Bayramov", role="foreign_minister", country="AZE",
               start="2020-07-16")
    add_person(registry, "Jeyhun Bayramov", role="minister", country="AZE", start="2018",
               end="2020-07")
    (p,) = list_persons(registry)
    assert p.name == "Jeyhun Bayramov" and len(p.roles) == 2
    assert show_person(registry, p.id).name == "Jeyhun Bayramov"
    assert list_persons(registry, "nobody") == []
    with pytest.raises(NotFound):
        show_person(registry, "Nobody")
    with pytest.raises(UsageError):
        add_person(registry, "X", role="king")
    with pytest.raises(UsageError):
        add_person(registry, "X", role="minister", start="2021-02-30")
