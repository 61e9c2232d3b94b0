"""The extractor's entry points: a text or a document in, its records out (all at
once, or as an iterator for large texts), through the named steps of
:data:`communique.extract._pipeline.PIPELINE`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..documents import Document
from ..model import Record
from ._broken_entities import mend, sources_restored
from ._confidence import load_confidence
from ._gazetteer import load_gazetteer
from ._holders import load_holders
from ._options import check_options
from ._pipeline import PIPELINE, Extraction, _State
from ._reader import load_reader
from ._triggers import load_triggers

__all__ = ["ExtractionStream", "extract_document", "extract_text", "iter_extract",
           "iter_extract_document", "run_pipeline"]


@dataclass
class ExtractionStream:
    """Like :class:`Extraction`, with records as an iterator (for large texts)."""

    doc: str
    records: Iterator[Record]
    issuer: str | None
    issuer_reason: str
    year: int | None
    date_reason: str = ""


def run_pipeline(text: str, *, doc: str, issuer: str | None, date: str | None,
                 patterns: Iterable[Path], explain: bool = False
                 ) -> tuple[_State, Iterator[Record]]:
    """The document's state and its record stream through :data:`PIPELINE` (the
    context read at once; with ``explain``, each record's features kept too)."""
    issuer = check_options(issuer, date)
    extra = tuple(Path(p) for p in patterns)
    mended = mend(text)  # ("UNRWArsquo;s", "said.nbsp;": see _broken_entities)
    st = _State(text=mended.text, doc=doc, gaz=load_gazetteer(extra), triggers=load_triggers(extra),
                holders=load_holders(extra), issuer=issuer, date=date,
                confidence=load_confidence(extra), reader=load_reader(extra),
                explain=[] if explain else None)
    stream: Iterator[Record] = iter(())
    for _name, step in PIPELINE:
        stream = step(st, stream)
    assert st.ctx is not None  # the context step ran eagerly
    if mended.starts:
        stream = sources_restored(stream, mended)
    return st, stream


def iter_extract(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> ExtractionStream:
    """Extract lazily: the context is read at once, records as they are consumed."""
    st, stream = run_pipeline(text, doc=doc, issuer=issuer, date=date, patterns=patterns)
    assert st.ctx is not None
    return ExtractionStream(doc, stream, st.issuer, st.issuer_reason, st.ctx.year,
                            st.date_reason)


def extract_text(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> Extraction:
    """Extract event records from ``text``. ``issuer`` is an ISO3 code (inferred when
    None); ``date`` is the document's date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    res = iter_extract(text, doc=doc, issuer=issuer, date=date, patterns=patterns)
    records = list(res.records)
    return Extraction(doc, records, res.issuer, res.issuer_reason, res.year, res.date_reason)


def extract_document(document: Document, *, issuer: str | None = None,
                     date: str | None = None, patterns: Iterable[Path] = ()) -> Extraction:
    """Extract from a :class:`communique.documents.Document`."""
    return extract_text(document.text, doc=document.name, issuer=issuer, date=date,
                        patterns=patterns)


def iter_extract_document(document: Document, *, issuer: str | None = None,
                          date: str | None = None,
                          patterns: Iterable[Path] = ()) -> ExtractionStream:
    """Extract lazily from a :class:`communique.documents.Document`."""
    return iter_extract(document.text, doc=document.name, issuer=issuer, date=date,
                        patterns=patterns)
