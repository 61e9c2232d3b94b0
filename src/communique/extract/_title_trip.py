"""A trip told only by the text's title: "Trip to Rome by the Prince", "Visit to
Lisbon of the Foreign Minister" over a body that tells what was done there (the
audiences, the wreath laid, the opening of a branch) and never the visit itself.
The title's visit is kept when no sentence of the body tells a visit with the
same foreign country, either way; a body that tells the visit again ("The Prince
arrived in Rome on ...") keeps its own record, with its day, and the title's is
dropped; a body that tells no event at all keeps none.

A call the title names ("Minister A's call with Foreign Minister B", "Telephone
conversation of the President with the Chancellor of Austria") is kept likewise
when no call or meeting of the body is with its partner; a body that tells no
event keeps it too (a readout's body may tell only what was said). So is a title's
meeting with one partner ("Minister A's talks with Foreign Minister B", "A Meets with
B") over a body that tells no call, meeting or consultation at all.

A headline that drops its verb ("Foreign Minister in Rome to discuss migration") is read
as "is in": the title's visit. An undated title's visit takes the day of the body's
talks with that side, never an agreement's ("the declaration signed in 2022")."""

from __future__ import annotations

import copy
import re

from ..model import DateSpan, Record, Source
from ._frames import Context, frame_sentence
from ._persons import attach_persons
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["ItemTrips", "TitleTrips"]

_PARTICIPLE = re.compile(r"visiting\b", re.I)
#: the body's records whose day an undated title's visit may take
_TALKS = frozenset({"visit", "meeting", "call", "consultation", "commission"})
#: a headline that drops its verb: an office (and a name), "in" a place written with a
#: capital, then what the trip is for ("Foreign Minister in Rome to discuss migration",
#: "Chilean President in Lisbon for talks on trade")
_IN_PLACE = re.compile(
    r"\W*(?:[\w.'’-]+\s+){0,4}?(?i:minister|secretary|president|premier|chancellor|envoy|"
    r"ambassador|prime\s+minister|foreign\s+secretary)(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s+"
    r"(in)\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}\s+(?:to|for)\s+(?-i:[a-z])")
_PLURAL_OFFICE = re.compile(r"\b(?:ministers|counterparts|colleagues|leaders|presidents|"
                            r"ambassadors|heads\s+of)\b", re.I)


class TitleTrips:
    """The visits of a document's title, and the countries its body visits."""

    def __init__(self) -> None:
        self.trips: list[Record] = []
        self.sentence: Sentence | None = None
        self.triggers: list[Trigger] = []
        self.visited: set[str] = set()
        self.spoke: set[str] = set()  # the countries of the body's calls and meetings
        self.talked: set[str] = set()  # ... and of its consultations and commissions
        self.issuer: list[str] = []
        self.told = 0  # the body's records
        #: the day of the body's first record with each country (an undated
        #: title's visit takes it: "The President received his French
        #: counterpart on Tuesday" under "Visit of the French President")
        self.days: dict[str, DateSpan] = {}

    def read_title(self, s: Sentence, trig: list[Trigger], ctx: Context) -> None:
        """The visits the title tells (read on a copy of the context: a title
        reports nothing that later sentences should carry)."""
        # ("meets visiting Kenyan counterpart": a guest's adjective, whose visit the
        # title's verb does not tell)
        trig = [t for t in trig if t.type in ("call", "meeting")
                or t.type == "visit" and not _PARTICIPLE.match(t.text)]
        if not any(t.type == "visit" for t in trig) \
                and (m := _IN_PLACE.match(s.text, s.start, s.end)) is not None:
            # "Foreign Minister in Rome to discuss ...": a headline's "is in", elided
            trig.append(Trigger(m.start(1), m.end(1), "visit", "travel", "in"))
        if not trig:
            return
        recs = frame_sentence(s, trig, copy.deepcopy(ctx))
        self.trips = [r for r in recs if r.type in ("visit", "call", "meeting") and r.to
                      and r.to != r.from_]
        attach_persons(s, self.trips, ctx.issuer)
        self.sentence, self.triggers = s, trig
        self.issuer = [ctx.issuer] if ctx.issuer else []

    def note_body(self, recs: list[Record]) -> None:
        """The countries the body's own visits go to."""
        if self.trips:
            self.told += len(recs)
            self.visited.update(c for r in recs if r.type == "visit" for c in r.from_ + r.to)
            self.spoke.update(c for r in recs if r.type in ("call", "meeting")
                              for c in r.from_ + r.to)
            self.talked.update(c for r in recs if r.type in (
                "call", "meeting", "consultation", "commission") for c in r.from_ + r.to)
            for r in recs:  # (not an agreement's: "the declaration signed in 2022")
                if r.date.start and r.type in _TALKS:
                    for c in r.from_ + r.to:
                        self.days.setdefault(c, r.date)

    def _meetings(self) -> list[Record]:
        return [r for r in self.trips if r.type == "meeting"]

    def untold(self) -> list[Record]:
        """The title's visits the body did not tell, if it told any event (a body of
        headings and thanks alone confirms no trip), and its calls the body did not
        tell."""
        # (a title naming its partners by a plural office: "met with the foreign
        # ministers of A, B and C"; a single partner's title may name a venue or a
        # topic as a side: "meets Japan's Foreign Minister at PALM Meeting, Fiji")
        listed = self.sentence is not None and bool(_PLURAL_OFFICE.search(
            self.sentence.text, self.sentence.start, self.sentence.end))
        met = {c for r in self.trips if r.type == "meeting" for c in r.to} if listed else set()
        out = [r for r in self.trips
               if r.type == "visit" and self.told
               and not (set(r.from_ + r.to) - set(self.issuer)) & self.visited
               or r.type == "call"
               and not (set(r.from_ + r.to) - set(self.issuer)) & self.spoke
               # (a meeting, only beside others the body tells: "met with the foreign
               # ministers of A, B and C" over a body that tells B and C alone)
               or r.type == "meeting" and len(met) > 1 and bool(met & self.spoke)
               and not (set(r.from_ + r.to) - set(self.issuer)) & self.spoke
               # (a single partner's meeting over a body that tells no talks at all:
               # "Minister A's talks with Foreign Minister B" over what they discussed;
               # a body that tells talks with another partner keeps its own reading)
               or r.type == "meeting" and len(r.to) == 1 and len(self._meetings()) == 1
               and not self.talked - set(self.issuer)]
        if self.sentence is not None and not self.sentence.dates:
            for r in out:
                day = next((self.days[c] for c in r.to + r.from_ if c in self.days), None)
                if day is not None:
                    r.date = day
        return out


class ItemTrips:
    """The visits told by the headings of a page's later items, each closed by its own
    day ("Italy – Visit by Minister A (24 July 2023)" over a body that tells only what
    she does there): each heading is read as a title is (see :class:`TitleTrips`), and
    its visit is kept when no sentence of the text tells a visit with that country."""

    def __init__(self) -> None:
        self.items: list[TitleTrips] = []

    def read_heading(self, s: Sentence, trig: list[Trigger], ctx: Context,
                     source: Source) -> None:
        """The visit the item's heading (``source``) tells, if any (only visits: an
        item's call or meeting heading repeats its body's)."""
        trig = [t for t in trig if t.type == "visit"]
        if trig:
            item = TitleTrips()
            item.read_title(s, trig, ctx)
            item.trips = [r for r in item.trips if r.type == "visit"]
            for r in item.trips:
                r.source = source
            if item.trips:
                self.items.append(item)

    def note_body(self, recs: list[Record]) -> None:
        """The records told after the headings read so far."""
        for item in self.items:
            item.note_body(recs)
