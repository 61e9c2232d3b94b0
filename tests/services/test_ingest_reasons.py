"""Ingest keeps what extraction took the issuer and the document's day from, so a
reviewer can see why "yesterday" became the date it did."""

from __future__ import annotations

from dataclasses import dataclass

from conftest import FakeDocument

from communique.registry import Document
from communique.services.browse import get_document
from communique.services.ingest import _reason, ingest_document, ingest_documents

AGENCY = ("TBILISI, May 10 (Agency) - The Minister of Foreign Affairs of Georgia met "
          "the Ambassador of Japan yesterday in Tbilisi.\n")
PLAIN = ("The Ministry of Foreign Affairs of Georgia\n\nOn 3 March 2023 the Minister met "
         "the Foreign Minister of Latvia in Riga.\n")


def _stored(registry, name: str) -> Document:
    with registry.read() as session:
        doc = session.query(Document).filter_by(name=name).one()
        session.expunge(doc)
        return doc


def test_ingest_stores_the_dateline_the_days_count_from(registry) -> None:
    doc = FakeDocument(name="agency.txt", text=AGENCY, path=None)
    ingest_documents([doc], registry=registry, issuer="GEO", date="2023-05-11")
    row = _stored(registry, "agency.txt")
    assert row.date_reason is not None
    assert "opening dateline 2023-05-10" in row.date_reason
    assert "2023-05-11" in row.date_reason  # the publication date given is named too
    assert row.issuer_reason == "given (not inferred from the text)"


def test_ingest_stores_how_the_issuer_was_found_when_not_given(registry) -> None:
    doc = FakeDocument(name="plain.txt", text=PLAIN, path=None)
    ingest_document(doc, registry=registry)
    row = _stored(registry, "plain.txt")
    assert row.issuer == "GEO"
    assert row.issuer_reason and row.issuer_reason != "given (not inferred from the text)"
    assert row.date_reason  # a reason is stored whatever it is
    view = get_document(registry, row.id)
    assert (view.issuer_reason, view.date_reason) == (row.issuer_reason, row.date_reason)


@dataclass
class _Bare:
    records: list
    issuer: str | None = None


def test_an_extractor_that_gives_no_reason_stores_none(registry) -> None:
    doc = FakeDocument(name="bare.txt", text="nothing here\n", path=None)
    ingest_documents([doc], registry=registry, extractor=lambda d, **kw: _Bare([]))
    row = _stored(registry, "bare.txt")
    assert (row.issuer_reason, row.date_reason) == (None, None)


def test_a_reason_is_cut_to_the_column() -> None:
    assert _reason("") is None and _reason(None) is None
    assert _reason("short") == "short"
    cut = _reason("x" * 900)
    assert cut is not None and len(cut) == 500 and cut.endswith("…")
