"""Consultations told only by the text's title: "Political Consultations Meeting
between Uruguay and Bolivia" over a body that tells the meeting itself ("The Deputy
Foreign Minister received his Bolivian counterpart at the Palacio Santos") and never
calls it consultations. The title names what the meeting was: a consultation with
that partner, told by the body's first meeting with it (its sentence, day and
persons); the meeting stays.

A body that tells the consultations itself ("Political consultations were held on
Monday") keeps its own record and the title's is dropped; a body with no meeting
with the partner keeps none (it may tell them only as planned: "agreed to hold
political consultations next year")."""

from __future__ import annotations

import copy
import re

from ..model import Record
from ._frames import Context, frame_sentence
from ._persons import attach_persons
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["TitleConsultations"]

_BY_NAME = re.compile(r"\bconsultations?\b", re.I)


class TitleConsultations:
    """The consultations of a document's title, and the body's meetings."""

    def __init__(self) -> None:
        self.told: list[Record] = []
        self.sentence: Sentence | None = None
        self.triggers: list[Trigger] = []
        self.issuer = ""
        self.met: dict[str, Record] = {}  # the body's first meeting with each country
        self.consulted: set[str] = set()  # the countries of the body's consultations

    def read_title(self, s: Sentence, trig: list[Trigger], ctx: Context) -> None:
        """The consultations the title tells (on a copy of the context)."""
        # (consultations by name: a title's "strategic dialogue" may be the ministers'
        # meeting itself, not a round of consultations)
        trig = [t for t in trig if t.type == "consultation" and _BY_NAME.search(t.text)]
        if not trig:
            return
        recs = frame_sentence(s, trig, copy.deepcopy(ctx))
        self.told = [r for r in recs if r.type == "consultation" and r.to
                     and r.to != r.from_]
        attach_persons(s, self.told, ctx.issuer)
        self.sentence, self.triggers = s, trig
        self.issuer = ctx.issuer or ""

    def _partners(self, r: Record) -> set[str]:
        return set(r.from_ + r.to) - {self.issuer}

    def note_body(self, recs: list[Record]) -> None:
        """The body's meetings and consultations, by partner."""
        if not self.told:
            return
        for r in recs:
            sides = self._partners(r)
            if r.type == "consultation":
                self.consulted |= sides
            elif r.type == "meeting":
                for c in sides:
                    self.met.setdefault(c, r)

    def untold(self) -> list[Record]:
        """The title's consultations the body did not tell as consultations."""
        out: list[Record] = []
        for r in self.told:
            sides = self._partners(r)
            if sides & self.consulted:
                continue
            met = next((self.met[c] for c in sorted(sides) if c in self.met), None)
            if met is not None:
                rec = copy.deepcopy(met)
                rec.type, rec.confidence = "consultation", None
                out.append(rec)
        return out
