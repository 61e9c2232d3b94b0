"""An organisation listed after countries among the visitors ("delegations from China,
Iran and Qatar, as well as senior officials of the European Union, visited Kabul",
"Envoys from Ghana, Togo and the African Union visited Nairobi"): its officials visited
too, one visit of their own."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["listed_orgs"]

#: what joins the organisation to the countries before it: a comma, "and", "as well as",
#: and at most a few words naming its people ("senior officials of the", "representatives
#: of", "the Secretary General of the"; not a role of the one before: "Sweden, as the
#: OSCE Chairman-in-Office")
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                     r"(?:(?!as\b|who\b|which\b|in\b|at\b|on\b|for\b)[\w-]+\s+){0,5}?"
                     r"(?:the\s+)?", re.I)


def listed_orgs(s: Sentence, left: list[Ent]) -> list[str]:
    """The organisations of the visitors' list ``left`` named after a country of it."""
    out: list[str] = []
    prev: Ent | None = None
    for e in sorted(left, key=lambda x: x.start):
        if e.kind == "org" and prev is not None and prev.kind in ("country", "adj") \
                and _JOINED.fullmatch(s.text, prev.end, e.start) is not None \
                and e.code not in out:
            out.append(e.code)
        if e.kind != "org":
            prev = e
    return out
