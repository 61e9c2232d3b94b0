"""Every route, for each role: allowed (no refusal, no server error) or refused.

Refused means: not logged in -> pages redirect to /login, the API answers 401;
logged in without the role -> 403. The table must name every route of the app.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute

from .conftest import ROLES, Web

EML = (b"From: Mn Op <mn.op@example.org>\nDate: Thu, 4 Mar 2021 10:00:00 +0000\n"
       b"Subject: a lost passport\n\nPlease help.\n")
TEXT = b"On 3 May 2021 the Foreign Minister of Azerbaijan met the Foreign Minister of Chile.\n"
RANK = {None: -1, "viewer": 0, "editor": 1, "consular": 0, "admin": 2}


def _allowed(role: str | None, least: str) -> bool:
    """``consular`` is no rank: consular officers and admins; otherwise by rank."""
    if least == "consular":
        return role in ("consular", "admin")
    return RANK[role] >= RANK[least]

#: (method, path template, request keywords, least role; "public" needs no login)
ROUTES: list[tuple[str, str, str, dict[str, Any], str]] = [
    ("GET", "/login", "/login", {}, "public"),
    ("POST", "/login", "/login", {"data": {"name": "nobody", "password": "x"}}, "public"),
    ("POST", "/logout", "/logout", {}, "public"),
    ("GET", "/admin/users", "/admin/users", {}, "admin"),
    ("POST", "/admin/users", "/admin/users",
     {"data": {"action": "add", "name": "zoe", "role": "viewer", "password": "long enough"}},
     "admin"),
    ("GET", "/", "/", {}, "viewer"),
    ("GET", "/dossiers", "/dossiers", {}, "viewer"),
    ("GET", "/dossiers/{code}", "/dossiers/GEO", {}, "viewer"),
    ("GET", "/people", "/people", {}, "viewer"),
    ("GET", "/people/{person_id}", "/people/{person}", {}, "viewer"),
    ("GET", "/organisations", "/organisations", {}, "viewer"),
    ("GET", "/organisations/{code}", "/organisations/UNGA", {}, "viewer"),
    ("GET", "/events", "/events?type=visit&sort=date", {}, "viewer"),
    ("GET", "/events/facets", "/events/facets", {}, "viewer"),
    ("GET", "/events/download", "/events/download?format=jsonl", {}, "viewer"),
    ("GET", "/events/new", "/events/new", {}, "editor"),
    ("POST", "/people", "/people", {"data": {"person": "Ana Tester"}}, "editor"),
    ("POST", "/people/{person_id}/rename", "/people/{person}/rename",
     {"data": {"name": "Ana Example", "version": "1"}}, "editor"),
    ("POST", "/people/{person_id}/terms", "/people/{person}/terms",
     {"data": {"role": "president", "country": "AZE", "version": "1"}}, "editor"),
    ("POST", "/people/{person_id}/terms/{term_id}", "/people/{person}/terms/1",
     {"data": {"role": "foreign_minister", "country": "AZE", "version": "1"}}, "editor"),
    ("GET", "/people/{person_id}/terms/{term_id}/delete", "/people/{person}/terms/1/delete",
     {}, "editor"),
    ("POST", "/people/{person_id}/terms/{term_id}/delete", "/people/{person}/terms/1/delete",
     {"data": {"version": "1"}}, "editor"),
    ("GET", "/people/{person_id}/delete", "/people/{person}/delete", {}, "editor"),
    ("POST", "/events/bulk", "/events/bulk", {"data": {"action": "accept", "id": "4"}},
     "editor"),
    ("POST", "/events/new", "/events/new",
     {"data": {"type": "call", "date_start": "2021-02-02", "from": "AZE", "to": "NOR"}},
     "editor"),
    ("GET", "/events/{event_id}", "/events/1", {}, "viewer"),
    ("GET", "/events/{event_id}/edit", "/events/1/edit", {}, "editor"),
    ("POST", "/events/{event_id}/edit", "/events/2/edit",
     {"data": {"title": "Talks", "version": "1"}}, "editor"),
    ("POST", "/events/{event_id}/{action}", "/events/3/accept", {"data": {"version": "1"}},
     "editor"),
    ("GET", "/review", "/review", {}, "viewer"),
    ("GET", "/review/duplicates", "/review/duplicates", {}, "viewer"),
    ("POST", "/review/duplicates/{first}/{second}/keep-apart", "/review/duplicates/1/2/keep-apart",
     {}, "editor"),
    ("POST", "/review/{event_id}/{action}", "/review/4/reject", {"data": {"version": "1"}},
     "editor"),
    ("POST", "/review/bulk", "/review/bulk", {"data": {"action": "reject", "pick": "5:1"}},
     "editor"),
    ("GET", "/documents", "/documents", {}, "viewer"),
    ("POST", "/documents", "/documents",
     {"files": {"file": ("note.txt", TEXT, "text/plain")}, "data": {"issuer": "AZE"}},
     "editor"),
    ("GET", "/documents/{document_id}", "/documents/1", {}, "viewer"),
    ("GET", "/reports", "/reports", {}, "viewer"),
    ("GET", "/reports/view", "/reports/view?issuer=AZE&year=2021", {}, "viewer"),
    ("GET", "/reports/download", "/reports/download?issuer=AZE&year=2021&format=md", {},
     "viewer"),
    ("POST", "/reports/check", "/reports/check",
     {"files": {"file": ("", b"", "application/octet-stream")},
      "data": {"issuer": "AZE", "year": "2021", "draft": "We signed 2 agreements."}},
     "viewer"),
    ("GET", "/aid", "/aid?recipient=IDN", {}, "viewer"),
    ("POST", "/aid", "/aid",
     {"data": {"title": "Kits", "donor": "AZE", "recipients": "IDN", "date_start": "2021"}},
     "editor"),
    ("GET", "/aid/iati.xml", "/aid/iati.xml", {}, "viewer"),
    ("GET", "/agreements", "/agreements?state=signed", {}, "viewer"),
    ("GET", "/api/v1/aid", "/api/v1/aid", {}, "viewer"),
    ("POST", "/api/v1/aid", "/api/v1/aid",
     {"json": {"activity": {"title": "Kits", "donor": "AZE", "recipients": ["IDN"]}}},
     "editor"),
    ("GET", "/api/v1/events", "/api/v1/events?country=AZE", {}, "viewer"),
    ("POST", "/api/v1/events", "/api/v1/events",
     {"json": {"record": {"type": "call", "date": {"start": "2021-01-05"},
                          "countries": {"from": ["AZE"], "to": ["ITA"]}}}}, "editor"),
    ("GET", "/api/v1/events/{event_id}", "/api/v1/events/1", {}, "viewer"),
    ("PATCH", "/api/v1/events/{event_id}", "/api/v1/events/1",
     {"json": {"changes": {"title": "Visit"}, "version": 1}}, "editor"),
    ("POST", "/api/v1/events/{event_id}/accept", "/api/v1/events/1/accept",
     {"json": {"version": 1}}, "editor"),
    ("POST", "/api/v1/events/{event_id}/reject", "/api/v1/events/5/reject",
     {"json": {"version": 1}}, "editor"),
    ("POST", "/api/v1/events/{event_id}/reopen", "/api/v1/events/5/reopen",
     {"json": {"version": 1}}, "editor"),
    ("POST", "/api/v1/events/{event_id}/merge", "/api/v1/events/2/merge",
     {"json": {"others": [6]}}, "editor"),
    ("POST", "/api/v1/events/{event_id}/split", "/api/v1/events/2/split", {"json": {}},
     "editor"),
    ("GET", "/api/v1/me", "/api/v1/me", {}, "viewer"),
    ("GET", "/api/v1/documents", "/api/v1/documents", {}, "viewer"),
    ("POST", "/api/v1/documents", "/api/v1/documents",
     {"files": {"file": ("b.txt", TEXT.replace(b"Chile", b"Peru"), "text/plain")}},
     "editor"),
    ("GET", "/api/v1/documents/{document_id}", "/api/v1/documents/1", {}, "viewer"),
    ("GET", "/api/v1/dossiers/{country}", "/api/v1/dossiers/AZE?year=2021", {}, "viewer"),
    ("GET", "/api/v1/stats", "/api/v1/stats?issuer=AZE&year=2021&by=country", {}, "viewer"),
    ("GET", "/api/v1/reports", "/api/v1/reports?issuer=AZE&year=2021&format=md", {},
     "viewer"),
    ("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", {}, "viewer"),
    ("GET", "/api/v1/docs", "/api/v1/docs", {}, "viewer"),
    ("GET", "/api/v1/docs/assets/{name}", "/api/v1/docs/assets/swagger-ui.css", {}, "viewer"),
    ("POST", "/api/v1/check", "/api/v1/check",
     {"json": {"text": "We signed 2 agreements.", "issuer": "AZE", "year": 2021}}, "viewer"),
    # the consular desk (case 1 and operation 1 are seeded by ``desk_seed``)
    ("GET", "/consular", "/consular?year=2021", {}, "viewer"),
    ("GET", "/consular/queue", "/consular/queue?everyone=true", {}, "consular"),
    ("GET", "/consular/sla", "/consular/sla", {}, "consular"),
    ("GET", "/consular/cases/{case_id}", "/consular/cases/1", {}, "consular"),
    ("POST", "/consular/cases/{case_id}", "/consular/cases/1",
     {"data": {"action": "note", "value": "called back"}}, "consular"),
    ("POST", "/consular/cases/{case_id}/attachments", "/consular/cases/1/attachments",
     {"files": {"file": ("note.txt", b"a plain note", "text/plain")}}, "consular"),
    ("GET", "/consular/cases/{case_id}/attachments/{n}", "/consular/cases/1/attachments/1",
     {}, "consular"),
    ("GET", "/consular/intake", "/consular/intake", {}, "consular"),
    ("POST", "/consular/intake/email", "/consular/intake/email",
     {"data": {"category": "appeal", "country": "TUR"},
      "files": {"file": ("a.eml", EML, "message/rfc822")}}, "consular"),
    ("POST", "/consular/intake", "/consular/intake",
     {"data": {"category": "appeal", "country": "TUR", "name": "Ab Cd"}}, "consular"),
    ("GET", "/consular/duplicates", "/consular/duplicates?name=Ab", {}, "consular"),
    ("GET", "/consular/operations", "/consular/operations", {}, "consular"),
    ("GET", "/consular/operations/{op_id}", "/consular/operations/1", {}, "consular"),
    ("GET", "/api/v1/cases", "/api/v1/cases", {}, "consular"),
    ("POST", "/api/v1/cases", "/api/v1/cases",
     {"json": {"category": "detention", "country": "GEO", "citizen": {"name": "Ef Gh"}}},
     "consular"),
    ("GET", "/api/v1/cases/{case_id}", "/api/v1/cases/1", {}, "consular"),
    ("GET", "/api/v1/cases/{case_id}/attachments/{n}", "/api/v1/cases/1/attachments/1", {},
     "consular"),
    ("POST", "/api/v1/cases/{case_id}/notes", "/api/v1/cases/1/notes",
     {"json": {"text": "spoke to the family"}}, "consular"),
    ("POST", "/api/v1/cases/{case_id}/status", "/api/v1/cases/1/status",
     {"json": {"status": "assigned"}}, "consular"),
    ("GET", "/api/v1/operations", "/api/v1/operations", {}, "consular"),
    ("GET", "/api/v1/operations/{op_id}", "/api/v1/operations/1", {}, "consular"),
    ("GET", "/api/v1/consular/stats", "/api/v1/consular/stats?year=2021", {}, "viewer"),
    # last: the person is gone afterwards (when the version sent still matches)
    ("POST", "/people/{person_id}/delete", "/people/{person}/delete", {"data": {"version": "1"}},
     "editor"),
]


def desk_seed(web: Web) -> None:
    """Case 1 (with a citizen) and operation 1 (with a manifest) for the consular routes."""
    from communique.consular import (
        Actor,
        CitizenInput,
        Desk,
        add_manifest,
        add_operation,
        attach_file,
        key_file_path,
        open_case,
    )

    desk = Desk(web.registry, key_file_path(None, web.data_dir))
    me = Actor("seed", "consular")
    case = open_case(desk, me, opened="2021-03-04T10:00", channel="hotline",
                     category="detention", country="TUR",
                     citizen=CitizenInput(name="Ab Cd", document_number="X1"))
    attach_file(desk, me, case, "scan.pdf", b"%PDF-1.4\n%%EOF\n", limit=1 << 20)
    op = add_operation(desk, me, kind="repatriation", day="2021-05-01", country="IRQ")
    add_manifest(desk, me, op, [CitizenInput(name="Ij Kl", birth_date="2010-01-01")])


def test_the_table_names_every_route(web: Web) -> None:
    served = {(m, r.path) for r in web.app.routes if isinstance(r, APIRoute)
              for m in r.methods}
    listed = {(m, p) for m, p, *_ in ROUTES}
    assert served == listed


def _refused(resp: Any, api: bool, logged_in: bool) -> bool:
    if not logged_in:
        if api:
            return resp.status_code == 401
        return resp.status_code == 303 and resp.headers["location"].startswith("/login")
    return resp.status_code == 403


def _run(web: Web, role: str | None, person: int, *, public: bool = False) -> list[str]:
    desk_seed(web)
    problems = []
    for method, _template, path, kw, least in ROUTES:
        client = web.client(role)
        url = path.replace("{person}", str(person))
        resp = client.request(method, url, **kw) if method != "POST" or "json" in kw \
            else client.post(url, kw.get("data"), files=kw.get("files"))
        api = url.startswith("/api/") and not url.startswith("/api/v1/docs")  # a page
        if least == "public":  # login, logout: only no server error
            if resp.status_code >= 500:
                problems.append(f"{method} {url}: server error {resp.status_code}")
            continue
        if public and role is None:
            allowed = least == "viewer" and method == "GET"
        else:
            allowed = _allowed(role, least)
        refused = _refused(resp, api, role is not None)
        if resp.status_code >= 500:
            problems.append(f"{method} {url}: server error {resp.status_code}")
        elif allowed and refused:
            problems.append(f"{method} {url}: refused ({resp.status_code}) for {role}")
        elif not allowed and not refused:
            problems.append(f"{method} {url}: served ({resp.status_code}) to {role}")
    return problems


@pytest.mark.parametrize("role", [None, *ROLES])
def test_each_role_reaches_what_it_may_and_no_more(web: Web, person: int,
                                                   role: str | None) -> None:
    assert _run(web, role, person) == []


@pytest.fixture
def public_person(public_web: Web) -> int:
    from communique.services.persons import add_person

    return add_person(public_web.registry, "Ana Example", role="foreign_minister",
                      country="AZE", start="2020-01-01").id


def test_public_read_serves_reading_without_login_but_not_writing(
        public_web: Web, public_person: int) -> None:
    assert _run(public_web, None, public_person, public=True) == []


def test_the_openapi_schema_needs_a_login_too(web: Web) -> None:
    assert web.client(None).get("/api/v1/openapi.json").status_code == 401
    schema = web.client("viewer").get("/api/v1/openapi.json").json()
    assert "/api/v1/events" in schema["paths"]


def test_static_files_are_served_with_security_headers(web: Web) -> None:
    resp = web.client(None).get("/static/vendor/htmx.min.js")
    assert resp.status_code == 200
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["x-frame-options"] == "DENY"


def test_error_pages_speak_to_a_browser_user(web) -> None:
    page = web.client("viewer").get("/events/99999")
    assert page.status_code == 404
    assert "no event 99999." in page.text
    assert "E403" not in page.text and "`communique" not in page.text
    assert "communique events list" not in page.text
    api = web.client("viewer").get("/api/v1/events/99999")
    assert "E403" in api.json()["detail"]  # the API keeps the code for programs


def test_the_api_documentation_is_served_from_here_behind_login(web) -> None:
    anonymous = web.client(None).get("/api/v1/docs")
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]
    c = web.client("viewer")
    page = c.get("/api/v1/docs")
    assert page.status_code == 200 and 'data-openapi="/api/v1/openapi.json"' in page.text
    assert "cdn" not in page.text.lower()
    js = c.get("/api/v1/docs/assets/swagger-ui-bundle.js")
    assert js.status_code == 200 and "SwaggerUIBundle" in js.text
    assert c.get("/api/v1/docs/assets/index.html").status_code == 404
    assert web.client(None).get("/api/v1/docs/assets/swagger-ui.css").status_code == 303
    assert 'href="/api/v1/docs">JSON API</a>' in c.get("/").text
