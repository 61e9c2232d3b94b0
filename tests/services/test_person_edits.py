"""Editing and deleting people and their terms of office: version checks, audit
entries, and no event losing its person silently."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from communique.errors import ConflictError, NotFound, UsageError
from communique.model import Person, Record
from communique.registry import AuditEntry
from communique.services.ingest import ingest_documents
from communique.services.persons import (
    add_person,
    add_term,
    delete_person,
    delete_term,
    edit_term,
    person_delete_preview,
    rename_person,
    show_person,
    term_change_preview,
)
from communique.services.query import list_events


def _titled(doc, *, issuer=None, date=None):
    """Each record names the Turkish foreign minister by title only."""
    from conftest import fake_extract

    ex = fake_extract(doc)
    ex.records = [Record(**{**r.__dict__, "persons": [Person(None, "foreign_minister", "TUR")]})
                  for r in ex.records]
    return ex


@pytest.fixture
def minister(registry, make_doc):
    """A minister in office 2015-2023 and two events (2021, 2024) naming the office."""
    ingest_documents([make_doc("a.txt", "meeting 2021-06-15 AZE>TUR",
                               "meeting 2024-02-01 AZE>TUR")],
                     registry=registry, extractor=_titled)
    p = add_person(registry, "Mevlut Cavusoglu", role="foreign_minister", country="TUR",
                   start="2015-11-24", end="2023-06-03")
    return show_person(registry, p.id)


def _names(registry):
    return {v.record.date.start: v.record.persons[0].name for v in list_events(registry)}


def _audit(registry, action):
    with registry.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.entity == "person",
                                                  AuditEntry.action == action)).all()


def test_renaming_keeps_the_links_and_checks_the_version(registry, minister):
    assert minister.events == 1 and minister.version == 1
    view = rename_person(registry, minister.id, "Mevlüt Çavuşoğlu", expected_version=1,
                         user="ana")
    assert view.version == 2 and view.name == "Mevlüt Çavuşoğlu"
    assert _names(registry)["2021-06-15"] == "Mevlüt Çavuşoğlu"
    (entry,) = _audit(registry, "rename")
    assert (entry.who, entry.before["name"], entry.after["name"]) == \
        ("ana", "Mevlut Cavusoglu", "Mevlüt Çavuşoğlu")
    with pytest.raises(ConflictError, match="version 1, now 2"):
        rename_person(registry, minister.id, "Someone Else", expected_version=1)


def test_a_name_another_person_has_is_refused(registry, minister):
    add_person(registry, "Hakan Fidan")
    with pytest.raises(UsageError, match="another person"):
        rename_person(registry, minister.id, "hakan fidan", expected_version=1)


def test_extending_a_term_links_the_events_it_now_explains(registry, minister):
    term = minister.roles[0].id
    view, links = edit_term(registry, minister.id, term, "foreign_minister", country="TUR",
                            start="2015-11-24", end=None, expected_version=1)
    assert links.linked == 1 and links.unlinked == [] and view.version == 2
    assert _names(registry) == {"2021-06-15": "Mevlut Cavusoglu",
                                "2024-02-01": "Mevlut Cavusoglu"}


def test_shortening_a_term_reports_the_events_it_no_longer_explains(registry, minister):
    term = minister.roles[0].id
    ev = next(v.id for v in list_events(registry) if v.record.date.start == "2021-06-15")
    preview = term_change_preview(registry, minister.id, term,
                                  new=("foreign_minister", "TUR", "2015", "2019"))
    assert preview.unlinked == [ev]
    _, links = edit_term(registry, minister.id, term, "foreign_minister", country="TUR",
                         start="2015", end="2019", expected_version=1, user="ana")
    assert links.unlinked == [ev]
    assert _names(registry)["2021-06-15"] is None  # the title alone again, and said so
    (entry,) = _audit(registry, "edit-role")
    assert f"ev-{ev}" in entry.note and entry.before["roles"][0]["end"] == "2023-06-03"


def test_deleting_a_term_hands_the_title_to_the_other_holder(registry, minister):
    other = add_person(registry, "Stand In", role="foreign_minister", country="TUR",
                       start="2021", end="2021")
    term = minister.roles[0].id
    assert _names(registry)["2021-06-15"] == "Mevlut Cavusoglu"  # two holders: the first
    view, links = delete_term(registry, minister.id, term, expected_version=1)
    assert view.roles == [] and len(links.unlinked) == 1
    assert _names(registry)["2021-06-15"] == other.name
    with pytest.raises(NotFound):
        delete_term(registry, minister.id, term, expected_version=2)


def test_deleting_a_person_writes_the_name_on_its_events(registry, minister):
    preview = person_delete_preview(registry, minister.id)
    assert preview.by_title == minister.event_ids and preview.by_name == []
    with pytest.raises(ConflictError):
        delete_person(registry, minister.id, expected_version=7)
    links = delete_person(registry, minister.id, expected_version=1, user="ana")
    assert links.by_title == minister.event_ids
    assert _names(registry)["2021-06-15"] == "Mevlut Cavusoglu"  # still says who
    with pytest.raises(NotFound):
        show_person(registry, minister.id)
    (entry,) = _audit(registry, "delete")
    assert entry.before["name"] == "Mevlut Cavusoglu" and entry.after is None
    assert entry.before["event_ids"] == minister.event_ids
    again = add_person(registry, "Mevlut Cavusoglu")  # added again: linked by name
    assert again.events == 1


def test_adding_a_term_checks_the_version_and_links(registry, minister):
    view = add_term(registry, minister.id, "foreign_minister", country="TUR", start="2024",
                    expected_version=1)
    assert len(view.roles) == 2 and view.version == 2
    assert _names(registry)["2024-02-01"] == "Mevlut Cavusoglu"
    with pytest.raises(UsageError, match="unknown role"):
        add_term(registry, minister.id, "king", expected_version=2)
