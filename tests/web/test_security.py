"""Login, sessions, CSRF, the login rate limit, API tokens, escaping and the audit trail."""

from __future__ import annotations

import re

from sqlalchemy import select

from communique.registry import AuditEntry
from communique.services import users
from communique.web._state import LoginLimiter

from .conftest import PASSWORD, Web


def _login_form(client) -> str:
    page = client.get("/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def _login(web: Web, name: str, password: str, *, base_url: str = "http://testserver",
           next_: str = "/"):
    client = web.client(None, base_url=base_url)
    client.http.cookies.clear()
    token = _login_form(client)
    resp = client.http.post("/login", data={"name": name, "password": password,
                                            "csrf_token": token, "next": next_})
    return client, resp


def test_login_sets_an_httponly_samesite_session_and_lands_on_next(web: Web) -> None:
    client, resp = _login(web, "editor", PASSWORD, next_="/events?type=visit")
    assert resp.status_code == 303
    assert resp.headers["location"] == "/events?type=visit"
    cookie = resp.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert client.get("/events").status_code == 200


def test_the_session_cookie_is_secure_over_https(web: Web) -> None:
    _, resp = _login(web, "viewer", PASSWORD, base_url="https://testserver")
    assert "; Secure" in resp.headers["set-cookie"]


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(web: Web) -> None:
    _, resp = _login(web, "editor", "not the password")
    assert resp.status_code == 401
    assert "Wrong user name or password" in resp.text
    _, resp = _login(web, "nobody", "not the password")
    assert resp.status_code == 401
    assert "Wrong user name or password" in resp.text


def test_login_never_sends_you_to_another_site(web: Web) -> None:
    _, resp = _login(web, "viewer", PASSWORD, next_="https://evil.example/")
    assert resp.headers["location"] == "/"
    _, resp = _login(web, "viewer", PASSWORD, next_="//evil.example/")
    assert resp.headers["location"] == "/"


def test_five_failed_logins_a_minute_block_that_user_from_that_address(web: Web) -> None:
    now = [1000.0]
    web.app.state.web.limiter = LoginLimiter(clock=lambda: now[0])
    for _ in range(5):
        assert _login(web, "editor", "wrong")[1].status_code == 401
    blocked = _login(web, "editor", PASSWORD)[1]
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert _login(web, "viewer", PASSWORD)[1].status_code == 303  # another user is not blocked
    now[0] += 61
    assert _login(web, "editor", PASSWORD)[1].status_code == 303


def test_a_form_without_its_csrf_token_is_refused(web: Web) -> None:
    client = web.client("editor")
    resp = client.post("/events/1/accept", {"version": "1"}, csrf=False)
    assert resp.status_code == 403
    assert "CSRF" in resp.text
    resp = client.post("/events/1/accept", {"version": "1", "csrf_token": "forged"})
    assert resp.status_code == 403
    shown = client.get("/api/v1/events/1").json()
    assert shown["event"]["status"] == "candidate" and shown["event"]["version"] == 1
    assert shown["history"] == []  # the forged requests left no trace either


def test_htmx_requests_pass_csrf_in_a_header(web: Web) -> None:
    client = web.client("editor")
    resp = client.http.post("/review/1/accept", data={"version": "1"},
                            headers={"HX-Request": "true", "X-CSRF-Token": client.csrf})
    assert resp.status_code == 200
    assert "ev-1 accepted" in resp.text


def test_api_writes_with_a_cookie_need_the_csrf_header(web: Web) -> None:
    client = web.client("editor")
    resp = client.request("POST", "/api/v1/events/1/accept", json={"version": 1}, csrf=False)
    assert resp.status_code == 403
    assert client.request("POST", "/api/v1/events/1/accept", json={"version": 1}).status_code == 200


def test_an_upload_without_its_csrf_token_is_refused_and_nothing_kept(web: Web) -> None:
    client = web.client("editor")
    resp = client.post("/documents", files={"file": ("a.txt", b"Some text here.", "text/plain")},
                       csrf=False)
    assert resp.status_code == 403
    assert not list((web.data_dir / "uploads").glob("*")) if (web.data_dir / "uploads").exists() \
        else True


def test_api_tokens_authenticate_scripts_without_csrf(web: Web) -> None:
    token = users.create_token(web.registry, "editor", label="script")
    bearer = {"Authorization": f"Bearer {token}"}
    client = web.client(None)
    assert client.get("/api/v1/me", headers=bearer).json() == {"name": "editor",
                                                              "role": "editor"}
    resp = client.request("POST", "/api/v1/events/2/accept", json={"version": 1}, headers=bearer,
                          csrf=False)
    assert resp.status_code == 200 and resp.json()["status"] == "accepted"
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer cq_nope"}).status_code \
        == 401
    users.revoke_tokens(web.registry, "editor", by="admin")
    assert client.get("/api/v1/me", headers=bearer).status_code == 401


def test_a_viewer_token_cannot_write(web: Web) -> None:
    token = users.create_token(web.registry, "viewer")
    resp = web.client(None).request("POST", "/api/v1/events/2/accept", json={"version": 1},
                                    headers={"Authorization": f"Bearer {token}"}, csrf=False)
    assert resp.status_code == 403


def test_a_password_change_or_disabling_ends_existing_sessions(web: Web) -> None:
    client = web.client("editor")
    assert client.get("/events").status_code == 200
    users.set_password(web.registry, "editor", "another long password", by="admin")
    resp = client.get("/events")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login")
    viewer = web.client("viewer")
    users.set_active(web.registry, "viewer", False, by="admin")
    assert viewer.get("/events").status_code == 303


def test_logout_ends_the_session(web: Web) -> None:
    client, _ = _login(web, "viewer", PASSWORD)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/events").text).group(1)
    assert client.http.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/events").status_code == 303


def test_every_page_escapes_what_it_shows(web: Web) -> None:
    from communique.model import DateSpan, Record
    from communique.services.review import add_event

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    event_id = add_event(web.registry, Record(type="meeting", date=DateSpan("2021-05-05"),
                                              from_=["AZE"], to=["ESP"], title=evil),
                         user=evil, status="candidate", note=evil)
    client = web.client("editor")
    pages = [f"/events/{event_id}", "/events?q=alert", "/events?country=ESP",
             "/review?country=ESP", f"/events/{event_id}/edit", "/dossiers/ESP?year=2021"]
    for page in pages:
        text = client.get(page).text
        assert "<script>alert" not in text, page
        assert "<img src=x" not in text, page
    assert "&lt;script&gt;alert" in client.get(f"/events/{event_id}").text
    api = client.get("/api/v1/events?country=ESP")  # JSON keeps the text, never as HTML
    assert api.headers["content-type"] == "application/json"
    assert api.headers["x-content-type-options"] == "nosniff"


def test_writes_through_the_web_are_audited_with_the_user(web: Web) -> None:
    client = web.client("editor")
    client.post("/events/1/edit", {"title": "New title", "version": "1"})
    client.post("/events/2/reject", {"version": "1", "note": "not an event"})
    with web.registry.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == "event",
                                                  AuditEntry.entity_id.in_([1, 2]))).all()
    assert {(r.entity_id, r.action, r.who) for r in rows} >= {(1, "edit", "editor"),
                                                             (2, "rejected", "editor")}
