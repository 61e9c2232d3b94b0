"""Organisations met at "meetings" in the plural, beside a country's official.

"held meetings with the Belgian premier and EU leaders", "held meetings with Kenyan
ministers and officials of the African Union": the plural tells the parties apart, so
an organisation named after the trigger is a counterpart of its own, even when titles
stand between it and the country (the list of entities is no plain list then).
"""

from __future__ import annotations

from ._frame_basics import PARTIES_APART
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["orgs_met_apart"]


def orgs_met_apart(s: Sentence, t: Trigger, rb: int, orgs: list[str]) -> list[str]:
    """The organisations (of ``orgs``, the sentence's parties) named after a plural
    meeting trigger and before ``rb``, in order; none for a singular trigger."""
    if not PARTIES_APART.search(t.text):
        return []
    return list(dict.fromkeys(e.code for e in s.ents if e.kind == "org" and e.code in orgs
                              and t.end <= e.start and e.end <= rb))
