"""The web's input bounds and sessions (issue 15): bodies bounded before login, huge
integers and NUL refused, widths and reference codes checked on every write path, logged-out
cookies dead at once, versions required, the login limit keyed on the normalised name."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from communique.web._state import LoginLimiter

from .conftest import PASSWORD, Web

BIG = 2 * 1024 * 1024


def _login(web: Web, name: str, password: str):  # type: ignore[no-untyped-def]
    client = web.client(None)
    client.http.cookies.clear()
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    resp = client.http.post("/login", data={"name": name, "password": password,
                                            "csrf_token": token, "next": "/"})
    return client, resp


@pytest.mark.parametrize("path,ctype", [("/api/v1/events", "application/json"),
                                        ("/login", "application/x-www-form-urlencoded"),
                                        ("/api/v1/check", "application/json")])
def test_a_large_body_gets_413_before_login(web: Web, path: str, ctype: str) -> None:
    resp = web.client(None).http.post(path, content=b"a" * BIG,
                                      headers={"Content-Type": ctype})
    assert resp.status_code == 413  # not 401 or 403: refused before anything else


def test_a_large_chunked_body_is_cut_off_while_it_streams(web: Web) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(64):
            yield b"x" * 65536  # 4 MB in all, no Content-Length

    client = web.client("editor")
    resp = client.http.post("/api/v1/events", content=chunks(),
                            headers={"Content-Type": "application/json",
                                     "X-CSRF-Token": client.csrf})
    assert resp.status_code == 413
    assert resp.json()["error"] == "Too large"


def test_uploads_keep_their_own_larger_cap(web: Web) -> None:
    client = web.client("editor")
    text = ("The Minister of Foreign Affairs met the Ambassador of Peru on 3 May 2021.\n\n"
            + "Weather notes for the archive, nothing more. " * 30000).encode()
    assert len(text) > BIG // 2 + 300_000  # over the 1 MB body limit, under the upload cap
    resp = client.post("/api/v1/documents", files={"file": ("long.txt", text, "text/plain")},
                       data={"issuer": "AZE"})
    assert resp.status_code == 201, resp.text


@pytest.mark.parametrize("url", [
    f"/api/v1/events?document={2**63}", f"/api/v1/events?offset={2**63}",
    f"/api/v1/events/{2**63}", f"/api/v1/documents/{2**64}", f"/api/v1/events?year={2**63}",
])
def test_integers_past_the_database_range_get_422(web: Web, url: str) -> None:
    resp = web.client("viewer").get(url)
    assert resp.status_code == 422, resp.text


@pytest.mark.parametrize("url", [f"/events/{2**63}", f"/events?document={2**63}",
                                 f"/documents/{2**63}", f"/events?offset={2**63}"])
def test_pages_refuse_huge_integers_cleanly(web: Web, url: str) -> None:
    resp = web.client("viewer").get(url)
    assert resp.status_code in (400, 404), resp.text
    assert "Traceback" not in resp.text


@pytest.mark.parametrize("url", ["/api/v1/events?q=a%00b", "/api/v1/events?country=A%00Z",
                                 "/api/v1/events?person=%00", "/events?q=%00",
                                 "/api/v1/dossiers/GE%00?year=2021"])
def test_nul_in_filters_is_refused_on_every_backend(any_web: Web, url: str) -> None:
    resp = any_web.client("viewer").get(url)
    assert resp.status_code == 400, resp.text
    assert "NUL" in resp.text


def test_the_edit_form_refuses_long_titles_and_nul_on_every_backend(any_web: Web) -> None:
    client = any_web.client("editor")
    for title in ("x" * 1500, "bad\x00title"):
        resp = client.post("/events/1/edit", {"title": title, "version": "1"})
        assert resp.status_code == 400, resp.text
    detail = client.get("/api/v1/events/1").json()
    assert detail["event"]["version"] == 1 and detail["event"]["record"]["title"] != "x" * 1500


def test_the_new_event_form_and_the_api_check_reference_codes(any_web: Web) -> None:
    client = any_web.client("editor")
    form = {"type": "meeting", "date_start": "2021-05-05", "from": "XYZ", "to": "AZE",
            "organizations": "NOTANORG", "place_country": "ZZZ"}
    resp = client.post("/events/new", form)
    assert resp.status_code == 400
    for code in ("XYZ", "NOTANORG", "ZZZ"):
        assert code in resp.text
    record = {"type": "meeting", "date": {"start": "2021-05-05"},
              "countries": {"from": ["AZE"], "to": ["TUR"]}, "organizations": ["NOTANORG"],
              "persons": [{"name": "A", "role": "emperor", "country": "AZE"}],
              "quantity": {"value": 2, "qualifier": "bogus"}}
    resp = client.request("POST", "/api/v1/events", json={"record": record})
    assert resp.status_code == 400
    for word in ("NOTANORG", "emperor", "bogus"):
        assert word in resp.json()["detail"]
    resp = client.request("PATCH", "/api/v1/events/1",
                          json={"changes": {"organizations": ["NOTANORG"]}, "version": 1})
    assert resp.status_code == 400 and "NOTANORG" in resp.json()["detail"]


def test_the_api_requires_the_version_for_edits_and_review(web: Web) -> None:
    client = web.client("editor")
    resp = client.request("PATCH", "/api/v1/events/1", json={"changes": {"title": "A"}})
    assert resp.status_code == 422 and "version" in resp.text
    resp = client.request("POST", "/api/v1/events/1/accept", json={})
    assert resp.status_code == 422 and "version" in resp.text
    assert client.get("/api/v1/events/1").json()["event"]["record"]["title"] != "A"
    schema = web.app.openapi()["components"]["schemas"]
    assert "version" in schema["EventUpdate"]["required"]
    assert "version" in schema["ReviewIn"]["required"]


def test_a_logged_out_cookie_stops_working_at_once(web: Web) -> None:
    client, resp = _login(web, "editor", PASSWORD)
    assert resp.status_code == 303
    stolen = dict(client.http.cookies)
    assert client.get("/events").status_code == 200
    page = client.get("/events").text
    token = re.search(r'name="csrf-token" content="([^"]+)"', page) or \
        re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None
    assert client.http.post("/logout", data={"csrf_token": token.group(1)}).status_code == 303
    replay = web.client(None)
    replay.http.cookies.clear()
    for key, value in stolen.items():
        replay.http.cookies.set(key, value)
    resp = replay.get("/events")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login")


@pytest.mark.parametrize("variant", ["editor ", " editor", "EDITOR", "Editor  "])
def test_the_login_limit_counts_every_spelling_of_a_name(web: Web, variant: str) -> None:
    web.app.state.web.limiter = LoginLimiter(clock=lambda: 1000.0)
    for name in ("editor", variant, "editor", variant, variant):
        assert _login(web, name, "wrong")[1].status_code == 401
    assert _login(web, variant, PASSWORD)[1].status_code == 429
    assert _login(web, "editor", PASSWORD)[1].status_code == 429


def test_upload_errors_never_show_the_server_path(web: Web) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><broken")
    client = web.client("editor")
    resp = client.post("/api/v1/documents",
                       files={"file": ("minutes.docx", buf.getvalue(), "application/zip")})
    assert resp.status_code in (400, 415), resp.text
    assert "minutes.docx" in resp.text
    assert str(web.data_dir) not in resp.text and "uploads" not in resp.text
