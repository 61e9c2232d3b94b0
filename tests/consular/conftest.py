"""A consular desk on each backend, with its own key file in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.consular import Actor, CitizenInput, Desk


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keys" / "secret.key"
    monkeypatch.setenv("COMMUNIQUE_SECRET_KEY_FILE", str(path))
    monkeypatch.setenv("COMMUNIQUE_DESK_COUNTRY", "AZE")
    return path


@pytest.fixture
def desk(registry: object, key_file: Path) -> Iterator[Desk]:
    yield Desk(registry, key_file)  # type: ignore[arg-type]


@pytest.fixture
def officer() -> Actor:
    return Actor("nigar", "consular")


@pytest.fixture
def admin() -> Actor:
    return Actor("root", "admin")


@pytest.fixture
def person() -> CitizenInput:
    return CitizenInput(name="Zarifa Quenbottle-Aliyeva", birth_date="1990-04-02", sex="F",
                        document_number="C77Q41902", contacts="+994 50 000 00 00",
                        next_of_kin="a brother in Ganja")
