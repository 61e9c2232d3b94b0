"""``communique users`` and ``communique serve``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.cli import app


@pytest.fixture
def cli(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Any:  # noqa: A002
        return runner.invoke(app, [*args, "--db", url], input=input,
                             env={"USER": "tester", "COLUMNS": "200"})
    invoke.url = url  # type: ignore[attr-defined]
    return invoke


def test_users_add_list_role_and_token(cli) -> None:
    added = cli("users", "add", "ana", "--role", "editor", "--password-stdin",
                input="a long password\n")
    assert added.exit_code == 0, added.output
    assert "user ana added (editor)" in added.stdout
    assert cli("users", "add", "ana", "--password-stdin", input="another one\n").exit_code == 1
    short = cli("users", "add", "bo", "--password-stdin", input="short\n")
    assert short.exit_code == 1 and "too short" in short.output
    prompted = cli("users", "add", "cy", "--role", "admin", input="pass word 1\npass word 1\n")
    assert prompted.exit_code == 0, prompted.output
    assert cli("users", "role", "ana", "viewer").exit_code == 0
    token = cli("users", "token", "ana", "--label", "script").stdout.strip()
    assert token.startswith("cq_") and len(token) > 40
    listing = cli("users", "list").stdout
    assert "ana\tviewer\tactive\t1 token(s)" in listing and "cy\tadmin" in listing
    assert cli("users", "disable", "ana").exit_code == 0
    assert "ana\tviewer\tdisabled\t0 token(s)" in cli("users", "list").stdout
    assert cli("users", "role", "nobody", "admin").exit_code == 1


def test_a_cli_token_opens_the_api(cli, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from communique.registry import open_registry
    from communique.web import create_app

    cli("users", "add", "ana", "--role", "viewer", "--password-stdin", input="long enough\n")
    token = cli("users", "token", "ana").stdout.strip()
    with open_registry(cli.url) as reg:
        client = TestClient(create_app(reg, secret="s", data_dir=tmp_path / "d"))
        resp = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert resp.json() == {"name": "ana", "role": "viewer"}


def test_serve_runs_uvicorn_with_the_app_factory(cli, monkeypatch, tmp_path: Path) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: seen.update(target=target, **kw))
    for key in ("COMMUNIQUE_DATABASE_URL", "COMMUNIQUE_DATA_DIR", "COMMUNIQUE_WEB_PUBLIC_READ",
                "COMMUNIQUE_WEB_UPLOAD_LIMIT", "COMMUNIQUE_WEB_THREADS"):
        monkeypatch.delenv(key, raising=False)
    result = cli("serve", "--port", "8123", "--public-read", "--data-dir",
                 str(tmp_path / "data"), "--upload-limit-mb", "3")
    assert result.exit_code == 0, result.output
    assert seen["target"] == "communique.web._factory:app_from_env" and seen["factory"]
    assert seen["port"] == 8123 and seen["host"] == "127.0.0.1"
    import os

    assert os.environ["COMMUNIQUE_WEB_PUBLIC_READ"] == "1"
    assert os.environ["COMMUNIQUE_WEB_UPLOAD_LIMIT"] == str(3 * 1024 * 1024)
    from communique.web._factory import app_from_env

    built = app_from_env()
    assert built.state.web.public_read and built.state.web.upload_limit == 3 * 1024 * 1024
    built.state.web.registry.close()


def test_serve_says_when_the_database_cannot_be_reached(monkeypatch) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("should not start"))
    result = CliRunner().invoke(app, ["serve", "--db",
                                      "sqlite:////nonexistent-folder/x/registry.db"])
    assert result.exit_code == 1
    assert "E401" in result.output
