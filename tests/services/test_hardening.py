"""Services under hostile input (issue 15): writes share one validation on every backend,
a full disk is one clear error, passwords follow NIST 800-63B."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from communique.errors import NotFound, StorageFullError, UsageError
from communique.model import DateSpan, Record
from communique.registry import Event
from communique.services import review
from communique.services.ingest import NOT_STORED_FULL, ingest_documents
from communique.services.persons import add_person, show_person
from communique.services.query import EventFilter, dossier, get_event, list_events
from communique.services.users import add_user, check_password, common_passwords


def _events(reg) -> int:  # type: ignore[no-untyped-def]
    with reg.read() as session:
        return int(session.scalar(select(func.count()).select_from(Event)) or 0)


def test_add_event_refuses_unknown_codes_and_the_dossier_stays_empty(registry) -> None:
    rec = Record(type="meeting", date=DateSpan("2021-05-05"), from_=["XYZ"], to=["AZE"])
    with pytest.raises(UsageError, match="XYZ"):
        review.add_event(registry, rec, user="t")
    assert _events(registry) == 0
    with pytest.raises(UsageError, match="not a country we know"):
        dossier(registry, "XYZ")  # nor is there a dossier of it


def test_edit_refuses_what_add_refuses_on_every_backend(registry) -> None:
    event_id = review.add_event(registry, Record(type="call", date=DateSpan("2021-01-05"),
                                                 from_=["AZE"], to=["ITA"]), user="t")
    for changes in ({"title": "x" * 1001}, {"place_city": "c" * 201},
                    {"organizations": ["NOTANORG"]}, {"to": ["QQQ"]}, {"title": "a\x00b"},
                    {"quantity_value": 2, "quantity_qualifier": "bogus"}):
        with pytest.raises(UsageError):
            review.edit(registry, event_id, changes, user="t", expected_version=1)
    assert get_event(registry, event_id).view.version == 1


def test_long_names_and_notes_are_refused_before_the_database(registry) -> None:
    with pytest.raises(UsageError, match="at most 300"):
        add_person(registry, "n" * 301, role="foreign_minister", country="AZE")
    with pytest.raises(UsageError, match="unknown country"):
        add_person(registry, "A Person", role="foreign_minister", country="XYZ")
    rec = Record(type="call", date=DateSpan("2021-01-05"), from_=["AZE"], to=["ITA"])
    with pytest.raises(UsageError, match="note"):
        review.add_event(registry, rec, user="t", note="n" * 501)
    with pytest.raises(UsageError, match="user name"):
        review.add_event(registry, rec, user="u" * 101)
    assert _events(registry) == 0


def test_huge_ids_nul_and_negative_pages_are_usage_errors(registry) -> None:
    for call in (lambda: get_event(registry, 2**63),
                 lambda: review.accept(registry, [2**63], user="t"),
                 lambda: list_events(registry, EventFilter(ids=[2**63])),
                 lambda: list_events(registry, EventFilter(text="a\x00b")),
                 lambda: list_events(registry, EventFilter(countries=["A\x00"])),
                 lambda: list_events(registry, limit=-5),
                 lambda: show_person(registry, str(2**63))):
        with pytest.raises(UsageError):
            call()
    with pytest.raises(NotFound):
        show_person(registry, "nobody")


def test_a_full_disk_is_one_clear_error_and_ingest_stops(tmp_path, make_doc,
                                                        extractor) -> None:
    from communique.registry import open_registry

    reg = open_registry(f"sqlite:///{tmp_path / 'small.db'}")
    with reg.read() as session:
        pages = int(session.connection().exec_driver_sql("PRAGMA page_count").scalar() or 0)

    @event.listens_for(reg.engine, "connect")
    def cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    reg.engine.dispose()
    prose = "# " + "filler text for a long readout " * 400
    docs = [make_doc(f"readout-{i}.txt", f"call 2021-01-0{i % 9 + 1} AZE>ITA", prose * 3)
            for i in range(20)]
    report = ingest_documents(docs, registry=reg, extractor=extractor)
    failed = [r for r in report.results if r.status == "failed"]
    named = [r for r in failed if r.error != NOT_STORED_FULL]
    assert len(named) == 1 and failed  # one message names the file, the rest point to it
    assert named[0].error is not None and named[0].error.startswith("E405 readout-")
    assert "is full" in named[0].error and report.stopped
    assert "SAVEPOINT" not in named[0].error and "sqlalche.me" not in named[0].error
    with pytest.raises(StorageFullError, match="E405"):
        for day in range(1, 29):  # the next writes fail the same way, as an E405
            review.add_event(reg, Record(type="call", date=DateSpan(f"2021-02-{day:02d}"),
                                         from_=["AZE"], to=["FRA"], title="t" * 900),
                             user="t", note="n" * 400)
    reg.close()


@pytest.mark.parametrize("password", ["password", "12345678", "Password1", "qwertyuiop",
                                      "iloveyou"])
def test_common_passwords_are_refused(password: str) -> None:
    with pytest.raises(UsageError, match="common passwords"):
        check_password(password, "ana")


def test_a_password_with_the_user_name_is_refused_and_a_good_one_passes() -> None:
    with pytest.raises(UsageError, match="user name"):
        check_password("ana.ruiz-2024!", "Ana.Ruiz")
    check_password("violet tram under sleet", "ana")
    assert len(common_passwords()) > 10_000


def test_adding_a_user_with_a_common_password_stores_nothing(registry) -> None:
    with pytest.raises(UsageError, match="common"):
        add_user(registry, "ben", "editor", "12345678")
    from communique.services.users import list_users

    assert list_users(registry) == []


def test_user_names_and_labels_with_nul_are_refused_on_every_backend(registry) -> None:
    from communique.services.users import authenticate, create_token, set_role

    with pytest.raises(UsageError, match="user name"):
        add_user(registry, "ana\x00", "editor", "violet tram under sleet")
    add_user(registry, "ana", "editor", "violet tram under sleet")
    with pytest.raises(UsageError, match="label"):
        create_token(registry, "ana", label="a\x00b")
    with pytest.raises(NotFound):
        set_role(registry, "ana\x00", "admin", by="t")
    assert authenticate(registry, "ana\x00", "violet tram under sleet") is None


def test_at_most_two_password_hashes_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from communique.services import users

    running, peak, lock = [0], [0], threading.Lock()

    class Slow:
        def verify(self, hashed: str, password: str) -> None:
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            time.sleep(0.05)
            with lock:
                running[0] -= 1

    monkeypatch.setattr(users, "_hasher", lambda: Slow())
    threads = [threading.Thread(target=users._verify, args=("h", "p")) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert peak[0] == 2 and running[0] == 0
