"""HTML entities a page lost the ampersand of, or kept whole: "UNRWArsquo;s funding",
"ldquo;We agree,rdquo; she said", "deficit.nbsp;", "&rsquo;".

Read as written they glue words together ("UNRWArsquo") and hide the stop that ends a
sentence ("deficit.nbsp;" before the next paragraph reads as a heading's last word), so
a paragraph's events could be lost. The extractor reads the text with each such entity
replaced by its character; the records' sources are mapped back to the text as given
(``source.start``/``end`` index it, and ``source.text`` is its slice). A letter's
accent ("Noeuml;l") is left as written: a name read whole may become a known person,
which changes more than the text's punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..model import Record, Source

__all__ = ["Mended", "mend", "sources_restored"]

#: the names of entities no English word ends with; "&" optional, ";" required
_CHARS = {"rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "nbsp": " ",
          "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "quot": '"'}
_ENTITY = re.compile(r"&?((?<![a-z])quot|" + "|".join(k for k in _CHARS if k != "quot")
                     + r");")
_CHEAP = re.compile(r"(?:quo|nbsp|dash|hellip|quot);")


class Mended:
    """The text with its broken entities replaced, and the way back to the text given."""

    def __init__(self, text: str) -> None:
        self.given = text
        self.starts: list[int] = []  # where each replaced character stands in the new text
        self.shift: list[int] = [0]  # characters removed before each of them, cumulated
        if not _CHEAP.search(text):
            self.text = text
            return
        parts: list[str] = []
        pos = removed = 0
        for m in _ENTITY.finditer(text):
            parts.append(text[pos:m.start()])
            self.starts.append(m.start() - removed)
            parts.append(_CHARS[m.group(1)])
            removed += len(m.group(0)) - 1
            self.shift.append(removed)
            pos = m.end()
        parts.append(text[pos:])
        self.text = "".join(parts)

    def given_offset(self, p: int) -> int:
        """The offset in the given text of offset ``p`` of the mended one (a start at
        a replaced character is the entity's start; an end after it, the entity's end)."""
        return p + self.shift[bisect_left(self.starts, p)]


def mend(text: str) -> Mended:
    return Mended(text)


def sources_restored(records: Iterator[Record], mended: Mended) -> Iterator[Record]:
    """``records`` with their sources in the given text's offsets."""
    for r in records:
        if r.source is not None:
            a = mended.given_offset(r.source.start)
            b = mended.given_offset(r.source.end)
            r.source = Source(r.source.doc, a, b, mended.given[a:b])
        yield r
