"""Talks told as going on, after a meeting told before: "Minister Sato and the
Ambassadors also had discussions on food security", "The President and his
guests further exchanged views on trade". The sentence adds a topic to the
meeting of that day, with its partners named again only by their title ("the
Ambassadors", "his guests"); it tells no meeting of its own, and the partner a
record of it would fall back to (the host of the visit) is no side (read by
:func:`communique.extract._pipeline.step_merge`). So does the same told with the
partners after "with": "Minister Sato also exchanged views with the Ambassadors on
...", "He further had discussions with his guests". Partners named with their
countries ("with the Ambassadors of Kenya and Ghana") are a meeting with each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record

__all__ = ["talks_continued"]

#: "A and the B also had discussions on", "A and his guests further discussed": a
#: subject of our side and the partners told by a title, "also" or "further", then a
#: verb of talking
_CONTINUED = re.compile(
    r"\W*(?:[\w.'’-]+\s+){1,4}?and\s+(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:also|further|then|additionally|moreover)\s+"
    r"(?:(?:had|held)\s+(?:(?:an?|some|further|brief)\s+)?(?:[\w-]+\s+)?"
    r"(?:discussions?|talks|exchanges?)|discussed|talked|conferred|"
    r"exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas))\b", re.I)

#: "A also exchanged views with the Ambassadors on", "He further had discussions with
#: his guests": our side, "also" or "further", a verb of talking, and the partners by
#: a title in the plural after "with" (not "of" a country after it)
_CONTINUED_WITH = re.compile(
    r"\W*(?:[\w.'’-]+\s+){1,4}?(?:also|further|then|additionally|moreover)\s+"
    r"(?:(?:had|held)\s+(?:(?:an?|some|further|brief)\s+)?(?:[\w-]+\s+)?"
    r"(?:discussions?|talks|exchanges?)|discussed|talked|conferred|"
    r"exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas))\s+with\s+(?:the|his|her|their|its|these|those)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:ambassadors|envoys|guests|visitors|counterparts|colleagues|"
    r"interlocutors|participants|representatives|delegations|delegates|heads\s+of\s+"
    r"(?:mission|delegation)s?)\b(?!\s+(?:of|from)\s)", re.I)


def talks_continued(records: Iterable[Record]) -> Iterator[Record]:
    """The records, less a meeting told as talks going on (see above) after a
    meeting of the same side on the same day whose partners it does not name."""
    recs = list(records)
    # the sentences that name a partner of theirs (each of a list: "the Ambassadors of
    # Kenya and Ghana" names the first only in its record's persons)
    named = {r.source.start for r in recs if r.type == "meeting" and r.source is not None
             and any(p.country and p.country in r.to for p in r.persons)}
    told: set[tuple[tuple[str, ...], str | None]] = set()
    for r in recs:
        if r.type == "meeting" and r.source is not None:
            key = (tuple(r.from_), r.date.start)
            if key in told and (_CONTINUED.match(r.source.text)
                                or _CONTINUED_WITH.match(r.source.text)) \
                    and r.source.start not in named:
                continue
            told.add(key)
        yield r
