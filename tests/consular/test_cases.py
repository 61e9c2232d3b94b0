from __future__ import annotations

import pytest
from sqlalchemy import func, select

from communique.consular import (
    AccessLogEntry,
    Actor,
    CitizenInput,
    ConsularCase,
    access_log,
    add_note,
    assign_case,
    find_cases,
    link_cases,
    list_cases,
    merge_cases,
    open_case,
    restrict_case,
    set_status,
    show_case,
)
from communique.errors import AccessDeniedError, NotFound, UsageError


def _open(desk, actor, person=None, **kw):
    args = dict(opened="2021-03-04T10:00", channel="hotline", category="detention",
                country="TUR", citizen=person)
    args.update(kw)
    return open_case(desk, actor, **args)


def test_a_case_shows_its_citizen_decrypted_and_the_read_is_logged(desk, officer, admin,
                                                                   person):
    case_id = _open(desk, officer, person, summary="held at the airport")
    detail = show_case(desk, officer, case_id)
    assert detail.summary == "held at the airport"
    assert detail.citizens[0]["name"] == person.name
    assert detail.citizens[0]["document_number"] == person.document_number
    assert detail.citizens[0]["group"] == "woman"
    log = access_log(desk, admin, case_id=case_id)
    assert log[0]["who"] == "nigar" and log[0]["action"] == "read"
    assert "document_number" in log[0]["fields"] and person.name not in str(log)


def test_viewers_and_editors_see_no_cases(desk, officer, person):
    case_id = _open(desk, officer, person)
    for role in ("viewer", "editor"):
        someone = Actor("x", role)
        with pytest.raises(AccessDeniedError, match="statistics only"):
            list_cases(desk, someone)
        with pytest.raises(AccessDeniedError):
            show_case(desk, someone, case_id)
    with pytest.raises(AccessDeniedError, match="admins only"):
        access_log(desk, officer)


def test_a_restricted_case_is_for_its_named_officers(desk, officer, admin, person):
    case_id = _open(desk, officer, person)
    restrict_case(desk, officer, case_id, ["nigar"])
    other = Actor("elvin", "consular")
    with pytest.raises(AccessDeniedError, match="restricted"):
        show_case(desk, other, case_id)
    assert [r.id for r in list_cases(desk, other)] == []
    assert show_case(desk, admin, case_id).row.restricted


def test_the_status_machine_refuses_a_jump_and_reopens(desk, officer):
    case_id = _open(desk, officer)
    with pytest.raises(UsageError, match="can go to"):
        set_status(desk, officer, case_id, "waiting")
    assign_case(desk, officer, case_id, "nigar")
    for status in ("in-progress", "waiting", "in-progress", "resolved", "closed",
                   "in-progress"):
        row = set_status(desk, officer, case_id, status)
        assert row.status == status
    timeline = show_case(desk, officer, case_id).timeline
    assert [t["kind"] for t in timeline][:2] == ["open", "assign"]
    assert timeline[-1]["detail"] == "closed -> in-progress"


def test_notes_are_encrypted_and_answer_the_case(desk, officer, registry):
    case_id = _open(desk, officer)
    add_note(desk, officer, case_id, "spoke with the lawyer Tarkwell")
    with registry.read() as session:
        assert session.get(ConsularCase, case_id).first_response_at is not None
        from communique.consular import CaseNote

        stored = list(session.scalars(select(CaseNote.text_enc)))
        assert any(stored) and not any("Tarkwell" in (s or "") for s in stored)
    assert show_case(desk, officer, case_id).timeline[-1]["text"] == \
        "spoke with the lawyer Tarkwell"


def test_search_by_name_words_and_document_goes_through_the_index(desk, officer, person,
                                                                  admin):
    case_id = _open(desk, officer, person)
    _open(desk, officer, CitizenInput(name="Someone Else", document_number="Z1"))
    assert [r.id for r in find_cases(desk, officer, name="zarifa quenbottle aliyeva")] == [
        case_id]
    assert [r.id for r in find_cases(desk, officer, name="Quenbottle", partial=True)] == [
        case_id]
    assert [r.id for r in find_cases(desk, officer, document="c77q 41902")] == [case_id]
    assert find_cases(desk, officer, name="Quenbottl", partial=True) == []
    assert access_log(desk, admin)[0]["action"] == "search"


def test_merging_moves_citizens_and_drops_the_duplicate_from_the_queue(desk, officer, person):
    keep = _open(desk, officer, person)
    dup = _open(desk, officer, CitizenInput(name="Zarifa Quenbottle-Aliyeva"))
    link_cases(desk, officer, keep, dup)
    merge_cases(desk, officer, dup, keep)
    assert [r.id for r in list_cases(desk, officer)] == [keep]
    detail = show_case(desk, officer, keep)
    assert len(detail.citizens) == 2 and {"case": dup, "kind": "family"} in detail.links
    with pytest.raises(UsageError, match="already merged"):
        merge_cases(desk, officer, dup, keep)


@pytest.mark.parametrize("bad, message", [
    ({"country": "XXX"}, "country"),
    ({"category": "visa"}, "category"),
    ({"opened": "2021-02-30"}, "opened"),
    ({"citizen": CitizenInput(name="A", birth_date="2022-01-01")}, "after the date"),
    ({"citizen": CitizenInput(name="A", sex="q")}, "sex"),
])
def test_bad_input_is_a_clear_error_and_stores_nothing(desk, officer, registry, bad, message):
    with pytest.raises(UsageError, match=message):
        _open(desk, officer, **bad)
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(ConsularCase)) == 0
        assert session.scalar(select(func.count()).select_from(AccessLogEntry)) == 0


def test_unknown_cases_are_not_found(desk, officer):
    with pytest.raises(NotFound, match="no case 99"):
        show_case(desk, officer, 99)


def test_the_queue_puts_breached_cases_first(desk, officer):
    from datetime import datetime

    slow = _open(desk, officer, category="appeal", opened="2021-03-04T09:00")
    urgent = _open(desk, officer, category="detention", opened="2021-03-04T10:00")
    rows = list_cases(desk, officer, now=datetime(2021, 3, 4, 15))
    assert [r.id for r in rows] == [urgent, slow]
    assert rows[0].sla.flag == "breached" and rows[1].sla.flag == "ok"
