"""Shared fixtures: a registry on every backend, documents and a fake extractor.

``registry`` runs each test on SQLite (a temporary file) and on PostgreSQL
when COMMUNIQUE_TEST_DATABASE_URL is set; without it the PostgreSQL
parameter skips and says so.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from communique.model import DateSpan, Record, Source

PG_ENV = "COMMUNIQUE_TEST_DATABASE_URL"


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    import communique.consular  # noqa: F401  (its tables are on the registry's metadata)
    from communique.registry import Base

    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL per test, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registry.db'}"
        return
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} "
                    "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/communique_test)")
    _reset_postgres(url)
    yield url
    _reset_postgres(url)


@pytest.fixture
def registry(database_url: str) -> Iterator[object]:
    from communique.registry import open_registry

    reg = open_registry(database_url)
    yield reg
    reg.close()


@dataclass
class FakeDocument:
    """What ingest reads from a document (the fields of communique.documents.Document)."""

    name: str
    text: str
    path: str | None = None
    kind: str = "txt"
    encoding: str | None = "utf-8"
    sha256: str = ""
    size: int = 0

    def __post_init__(self) -> None:
        self.sha256 = self.sha256 or hashlib.sha256(self.text.encode()).hexdigest()
        self.size = self.size or len(self.text.encode())


@dataclass
class FakeExtraction:
    records: list[Record] = field(default_factory=list)
    issuer: str | None = None
    issuer_reason: str = "given"


def fake_extract(doc: FakeDocument, *, issuer: str | None = None,
                 date: str | None = None) -> FakeExtraction:
    """One record per line ``type date[..end] FROM>TO [org,org] [| title]``.

    ``visit 2021-06-15 TUR>AZE``; ``meeting 2021 AZE>TUR,HUN``;
    ``multilateral 2021-09-20 AZE> UNGA``; ``agreement 2021-03-02 AZE>GEO | MoU on X``;
    ``@0.85`` anywhere before the title is the record's confidence.
    Lines starting with ``#`` are prose (no record). Offsets are the line's.
    """
    records = []
    pos = 0
    for n, line in enumerate(doc.text.splitlines(keepends=True)):
        body = line.strip()
        start = pos
        pos += len(line)
        if not body or body.startswith("#"):
            continue
        head, _, title = body.partition("|")
        conf = [float(p[1:]) for p in head.split() if p.startswith("@")]
        parts = [p for p in head.split() if not p.startswith("@")]
        kind, when, sides = parts[0], parts[1], parts[2]
        orgs = parts[3].split(",") if len(parts) > 3 else []
        s, _, e = when.partition("..")
        frm, _, to = sides.partition(">")
        records.append(Record(
            id=f"{doc.name}-{n}", type=kind, date=DateSpan(s, e or None),
            from_=[c for c in frm.split(",") if c], to=[c for c in to.split(",") if c],
            organizations=orgs, title=title.strip() or None,
            source=Source(doc.name, start, start + len(line.rstrip("\n")), line.rstrip("\n")),
            confidence=conf[0] if conf else None,
        ))
    return FakeExtraction(records, issuer)


@pytest.fixture
def make_doc() -> Callable[..., FakeDocument]:
    def make(name: str, *lines: str) -> FakeDocument:
        return FakeDocument(name=name, text="\n".join(lines) + "\n", path=f"/docs/{name}")
    return make


@pytest.fixture
def extractor() -> Callable[..., FakeExtraction]:
    return fake_extract
