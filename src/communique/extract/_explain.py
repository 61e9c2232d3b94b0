"""The confidence features behind each record of a text (moved out of
:mod:`communique.extract._pipeline`): the pipeline run with the confidence step noting
the features it scored each record by (see ``patterns/confidence.toml`` and
``tools/calibrate.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._api import run_pipeline
from ._pipeline import Extraction

__all__ = ["Explained", "explain_text"]


@dataclass
class Explained:
    """A document's records with the confidence features of each (see
    ``patterns/confidence.toml``)."""

    extraction: Extraction
    features: list[list[str]]


def explain_text(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> Explained:
    """Like :func:`extract_text`, with the features behind each record's confidence."""
    st, stream = run_pipeline(text, doc=doc, issuer=issuer, date=date, patterns=patterns,
                              explain=True)
    assert st.ctx is not None and st.explain is not None
    records = list(stream)
    feats = {id(r): f for r, f in st.explain}
    # a record a later step derives from another (a visit's talks, see _talks_on_trip)
    # keeps its parent's confidence, and so its features: those of its sentence's record
    by_source = {(r.source.start, r.source.end): f for r, f in st.explain if r.source}
    return Explained(Extraction(doc, records, st.issuer, st.issuer_reason, st.ctx.year,
                                st.date_reason),
                     [feats.get(id(r)) or (by_source.get((r.source.start, r.source.end), [])
                                           if r.source else []) for r in records])
