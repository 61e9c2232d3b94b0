"""Text tools shared by the extractor and the claim reader (``communique check``).

The public face of the extractor's sentence splitter, date reader and
gazetteer of places and organisations, so that other packages (reports, web)
never import the extractor's private modules:

    for start, end in sentence_spans(text): ...          # sentences, with offsets
    find_dates(text, start, end)    -> [DateMention]     # "15-16 June", "January-April 2022"
    find_places(text, "country", start, end) -> [Match]  # also "org", "city", "adj"
    find_lists(...)                                      # see communique.reports

The code lives in the extractor's modules (``_segment``, ``_dates``,
``_gazetteer``); this module is the stable interface to them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._date_values import parse_iso
from ._dates import DateMention, find_dates, resolve
from ._gazetteer import Gazetteer, Match, load_gazetteer
from ._segment import Span, paragraphs, sentences

__all__ = ["Span", "paragraphs", "sentences", "sentence_spans", "DateMention", "find_dates",
           "resolve", "parse_iso", "Match", "Gazetteer", "load_gazetteer", "find_places"]


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, paragraph by paragraph."""
    for para in paragraphs(text):
        for span in sentences(text, para):
            yield span.start, span.end


def find_places(text: str, kind: str, start: int = 0, end: int | None = None) -> list[Match]:
    """Names of ``kind`` (``country``, ``adj``, ``org`` or ``city``) in ``text[start:end]``,
    from the package's gazetteer."""
    return load_gazetteer().find(text, kind, start, end)
