"""The consular desk on the web: queue, case page, intake with duplicate warning, API."""

from __future__ import annotations

import os

import pytest

from communique.consular import Actor, CitizenInput, Desk, access_log, key_file_path, open_case
from communique.services.users import create_token

from .conftest import Web, api_schema
from .test_schema import EXAMPLES, _jsonschema_generation_works


def _desk(web: Web) -> Desk:
    return Desk(web.registry, key_file_path(None, web.data_dir))


def _case(web: Web, name: str = "Ottoline Brackwater", **kw: str) -> int:
    args = {"opened": "2021-03-04T10:00", "channel": "hotline", "category": "detention",
            "country": "TUR"}
    args.update(kw)
    return open_case(_desk(web), Actor("seed", "consular"), citizen=CitizenInput(
        name=name, document_number="BW1"), **args)


def test_the_intake_warns_of_a_duplicate_as_a_name_is_typed(web: Web) -> None:
    case_id = _case(web)
    client = web.client("consular")
    form = client.get("/consular/intake")
    assert form.status_code == 200 and 'hx-get="/consular/duplicates"' in form.text
    assert "autofocus" in form.text and form.headers["cache-control"] == "no-store"
    warn = client.get("/consular/duplicates", params={"name": "brackwater"})
    assert f"#{case_id}" in warn.text and "Possible duplicate" in warn.text
    assert "Brackwater" not in warn.text  # the warning names the case, not the person
    assert client.get("/consular/duplicates", params={"name": "Brack"}).text.strip() == ""


def test_an_intake_opens_a_case_assigned_to_the_officer(web: Web) -> None:
    client = web.client("consular")
    resp = client.post("/consular/intake", {"category": "hospital", "country": "DEU",
                                            "name": "Pell Mornay", "birth_date": "1970-01-02",
                                            "summary": "in hospital in Bonn"})
    assert resp.status_code == 303
    page = client.get(resp.headers["location"])
    assert "Pell Mornay" in page.text and "assigned to consular" in page.text
    bad = client.post("/consular/intake", {"category": "hospital", "country": "QQQ",
                                           "name": "Pell Mornay"})
    assert bad.status_code == 400 and "country" in bad.text and "Pell Mornay" not in bad.text


def test_the_case_page_shows_the_timeline_and_logs_the_read(web: Web) -> None:
    case_id = _case(web)
    client = web.client("consular")
    client.post(f"/consular/cases/{case_id}", {"action": "assign", "value": "consular"})
    client.post(f"/consular/cases/{case_id}", {"action": "note", "value": "lawyer called"})
    page = client.get(f"/consular/cases/{case_id}")
    assert "lawyer called" in page.text and "Ottoline Brackwater" in page.text
    assert page.headers["cache-control"] == "no-store"
    log = access_log(_desk(web), Actor("root", "admin"), case_id=case_id)
    assert log[0]["who"] == "consular" and log[0]["action"] == "read"


def test_the_queue_and_the_sla_board_list_cases_by_sla(web: Web) -> None:
    late = _case(web, name="A B", category="detention")
    from datetime import datetime

    _case(web, name="C D", category="appeal", opened=datetime.now().isoformat(timespec="minutes"))
    client = web.client("consular")
    board = client.get("/consular/sla")
    assert f"#{late}" in board.text and "breached" in board.text
    queue = client.get("/consular/queue?everyone=true").text
    assert queue.index(f"#{late}") < queue.index("#2")


def test_viewers_see_published_statistics_only(web: Web) -> None:
    for i in range(3):
        _case(web, name=f"Person {i}")
    page = web.client("viewer").get("/consular?year=2021")
    assert page.status_code == 200 and "fewer than 5" in page.text
    assert "Person 0" not in page.text and "/consular/queue" not in page.text
    assert web.client("viewer").get("/api/v1/consular/stats?year=2021").json()[
        "appeals"] == "fewer than 5"


def test_the_api_serves_cases_to_consular_tokens(web: Web) -> None:
    token = create_token(web.registry, "consular")
    headers = {"Authorization": f"Bearer {token}"}
    client = web.client(None)
    made = client.request("POST", "/api/v1/cases", csrf=False, headers=headers,
                          json={"category": "death", "country": "FRA",
                                "citizen": {"name": "Rune Havelock", "birth_date": "1950-02-03"}})
    assert made.status_code == 201
    case_id = made.json()["id"]
    listed = client.request("GET", "/api/v1/cases", csrf=False, headers=headers).json()
    assert [c["id"] for c in listed["items"]] == [case_id]
    assert "Havelock" not in str(listed)
    one = client.request("GET", f"/api/v1/cases/{case_id}", csrf=False, headers=headers)
    assert one.json()["citizens"][0]["name"] == "Rune Havelock"
    bad = client.request("POST", f"/api/v1/cases/{case_id}/status", csrf=False,
                         headers=headers, json={"status": "assigned"})
    assert bad.status_code == 400 and "can go to" in bad.json()["detail"]
    editor = create_token(web.registry, "editor")
    assert client.request("GET", "/api/v1/cases", csrf=False, headers={
        "Authorization": f"Bearer {editor}"}).status_code == 403


@pytest.mark.skipif(not _jsonschema_generation_works(),
                    reason="the installed hypothesis is too new for hypothesis-jsonschema")
def test_the_consular_api_keeps_to_its_openapi_schema(web: Web) -> None:
    from hypothesis import HealthCheck, Phase, given, settings

    _case(web)
    token = create_token(web.registry, "consular")
    headers = {"Authorization": f"Bearer {token}"}
    schema = api_schema(web.app, validate_schema=True)
    failures: list[str] = []
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if "consular" not in (operation.definition.raw.get("tags") or []):
            continue
        checked += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=int(os.environ.get("COMMUNIQUE_SCHEMATHESIS_EXAMPLES",
                                                  EXAMPLES)),
                  deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit,
                                                                   Phase.generate])
        def run(case) -> None:  # type: ignore[no-untyped-def]
            case.headers = {**(case.headers or {}), **headers}
            case.validate_response(case.call())

        try:
            run()
        except Exception as exc:
            failures.append(f"{operation.verbose_name}: {exc}"[:2000])
    assert checked == 9
    assert failures == [], "\n\n".join(failures)


def test_the_web_keeps_no_personal_data_in_its_cache_or_data_folder(web: Web) -> None:
    case_id = _case(web, name="Quorra Vandersnip")
    client = web.client("consular")
    for url in (f"/consular/cases/{case_id}", "/consular/queue?everyone=true",
                "/consular/duplicates?name=vandersnip", "/consular?year=2021", "/",
                "/events?type=consular", f"/api/v1/cases/{case_id}"):
        assert client.get(url).status_code == 200, url
    assert "Quorra Vandersnip" in client.get(f"/consular/cases/{case_id}").text
    web.app.state.web.cache.close()
    found = [str(f) for f in web.data_dir.rglob("*") if f.is_file()
             and b"Vandersnip" in f.read_bytes()]
    assert found == []
    assert any(web.data_dir.rglob("*"))  # the folder (cache, secrets) was there to scan


SCAN = b"%PDF-1.4\n% the statement of Quillon Abernethy-Spratt\n%%EOF\n"


def test_an_attachment_uploads_from_the_case_page_and_downloads_logged(web: Web) -> None:
    case_id = _case(web)
    client = web.client("consular")
    page = client.get(f"/consular/cases/{case_id}")
    assert 'enctype="multipart/form-data"' in page.text and "No attachment." in page.text
    sent = client.post(f"/consular/cases/{case_id}/attachments",
                       files={"file": ("Abernethy-Spratt statement.pdf", SCAN, "text/plain")})
    assert sent.status_code == 303
    page = client.get(f"/consular/cases/{case_id}")
    assert "Abernethy-Spratt statement.pdf" in page.text
    got = client.get(f"/consular/cases/{case_id}/attachments/1")
    assert got.status_code == 200 and got.content == SCAN
    assert got.headers["content-type"] == "application/pdf"  # by content, not as sent
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["cache-control"] == "no-store"
    log = access_log(_desk(web), Actor("root", "admin"), case_id=case_id)
    assert (log[0]["fields"], log[0]["note"]) == ("attachment", "attachment 1")
    assert web.client("editor").get(f"/consular/cases/{case_id}/attachments/1"
                                    ).status_code == 403
    web.app.state.web.cache.close()
    leaks = [str(f) for f in web.data_dir.rglob("*") if f.is_file()
             and b"Abernethy" in f.read_bytes()]
    assert leaks == []  # the streamed upload is gone; only the encrypted copy stays


def test_a_banned_upload_is_refused_and_nothing_is_kept(web: Web) -> None:
    case_id = _case(web)
    client = web.client("consular")
    sent = client.post(f"/consular/cases/{case_id}/attachments",
                       files={"file": ("run.pdf", b"\x7fELF\x02\x01" + b"\x00" * 100,
                                       "application/pdf")})
    assert sent.status_code == 415 and "run.pdf" in sent.text
    assert "No attachment." in client.get(f"/consular/cases/{case_id}").text
    assert [f for f in (web.data_dir / "uploads" / "consular").iterdir()] == []


def test_an_email_opens_a_case_from_the_intake_page(web: Web) -> None:
    client = web.client("consular")
    assert 'action="/consular/intake/email"' in client.get("/consular/intake").text
    eml = (b"From: Wendeline Parr <w.parr@example.org>\nDate: Mon, 8 Mar 2021 08:00:00 +0100\n"
           b"Subject: detained at the border\n\nMy son was stopped at the border post.\n")
    sent = client.post("/consular/intake/email", {"category": "detention", "country": "GEO"},
                       files={"file": ("parr.eml", eml, "message/rfc822")})
    assert sent.status_code == 303
    page = client.get(sent.headers["location"])
    assert "Wendeline Parr" in page.text and "stopped at the border post" in page.text
    late = eml.replace(b"2021", b"2099")
    bad = client.post("/consular/intake/email", {"category": "detention", "country": "GEO"},
                      files={"file": ("late.eml", late, "message/rfc822")})
    assert bad.status_code == 400 and "late.eml" in bad.text and "future" in bad.text
    assert "uploads" not in bad.text


def test_the_api_lists_and_serves_attachments(web: Web) -> None:
    from communique.consular import attach_file

    case_id = _case(web)
    attach_file(_desk(web), Actor("seed", "consular"), case_id, "scan.pdf", SCAN,
                limit=1 << 20)
    headers = {"Authorization": f"Bearer {create_token(web.registry, 'consular')}"}
    client = web.client(None)
    one = client.request("GET", f"/api/v1/cases/{case_id}", csrf=False, headers=headers)
    assert [(a["n"], a["name"]) for a in one.json()["attachments"]] == [(1, "scan.pdf")]
    got = client.request("GET", f"/api/v1/cases/{case_id}/attachments/1", csrf=False,
                         headers=headers)
    assert got.status_code == 200 and got.content == SCAN
    assert client.request("GET", f"/api/v1/cases/{case_id}/attachments/2", csrf=False,
                          headers=headers).status_code == 404
