"""Extraction: one document in, diplomatic event records out.

The pipeline is a list of named steps over one document (see
:data:`PIPELINE`): *context* (issuer, year, dateline), then per paragraph and
sentence *recognise* (countries, organisations, cities, dates), *trigger*
(phrases by type, from ``patterns/triggers.toml``), *frame* (participants,
lists, dates), *count* (counted facts), then *tours* (each country of a tour
dated by its stops), *merge* (one record per occasion) and *emit* (ids, source
offsets). Extraction never touches the database.
"""

from __future__ import annotations

from ._context import find_dateline
from ._pipeline import (
    PIPELINE,
    Extraction,
    ExtractionStream,
    check_options,
    extract_document,
    extract_text,
    iter_extract,
    iter_extract_document,
)

__all__ = ["PIPELINE", "Extraction", "ExtractionStream", "check_options", "extract_document",
           "extract_text",
           "iter_extract", "iter_extract_document", "find_dateline"]
