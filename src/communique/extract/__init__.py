"""Extraction: one document in, diplomatic event records out.

The pipeline is a list of named steps over one document (see
:data:`PIPELINE`): *context* (issuer, year, dateline), then per paragraph and
sentence *recognise* (countries, organisations, cities, dates), *trigger*
(phrases by type, from ``patterns/triggers.toml``), *frame* (participants,
lists, dates), *count* (counted facts), then *confidence* (how sure it is of
each record, from ``patterns/confidence.toml``; it reads the evidence of the
sentence in flight, so it comes right after the sentences), *measures* (what
each record counts: votes, cohorts, amounts; see communique.measures), *tours*
(each country of a tour dated by its stops), *merge* (one record per occasion)
and *emit* (ids, source offsets). Extraction never touches the database.

For corpora beyond one machine, :func:`extract_batch` maps a table of
documents (Arrow) to a table of records, and :func:`extract_parquet` does it
file to file: see the README's "Beyond one machine" (Dask).
"""

from __future__ import annotations

from ._api import (
    ExtractionStream,
    extract_document,
    extract_text,
    iter_extract,
    iter_extract_document,
)
from ._context import find_dateline
from ._explain import Explained, explain_text
from ._pipeline import PIPELINE, Extraction, check_options

__all__ = ["PIPELINE", "Explained", "Extraction", "ExtractionStream", "check_options",
           "explain_text", "extract_document", "extract_text", "iter_extract",
           "iter_extract_document", "find_dateline", "extract_batch", "extract_parquet",
           "RECORD_SCHEMA"]

_BATCH = ("extract_batch", "extract_parquet", "RECORD_SCHEMA")


def __getattr__(name: str) -> object:
    """The Arrow entry points load pyarrow on first use, not with the extractor."""
    if name in _BATCH:
        from . import _batch

        return getattr(_batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
