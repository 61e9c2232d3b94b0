from __future__ import annotations

import pytest


@pytest.fixture
def run(database_url):
    """Run ``communique ARGS...`` against the test database; returns the result."""
    from typer.testing import CliRunner

    from communique.cli import app

    runner = CliRunner(mix_stderr=False)

    def invoke(*args: str, db: bool = True):
        argv = [str(a) for a in args] + (["--db", database_url] if db else [])
        return runner.invoke(app, argv, env={"USER": "tester", "COLUMNS": "200"})
    return invoke


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Ingest through the fake extractor (tests/conftest.py) instead of the real one."""
    from conftest import FakeDocument, fake_extract

    from communique.services import ingest as ingest_mod

    def reader(paths):
        for p in paths:
            from pathlib import Path

            path = Path(p)
            yield FakeDocument(name=path.name, text=path.read_text(), path=str(path))

    monkeypatch.setattr(ingest_mod, "_default_extractor", lambda: fake_extract)
    monkeypatch.setattr(ingest_mod, "_default_reader", reader)
