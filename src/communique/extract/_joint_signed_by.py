"""One document signed by sides named together, told in the passive: "A joint
statement on Arctic research was signed by the prime ministers of Norway, Sweden
and Finland", "The declaration has been signed by Chile, Peru and Colombia". As in
the active (:mod:`._joint_signing`), all of them sign one text on one occasion: one
`agreement` with every other side as counterpart, not a bilateral one with each."""

from __future__ import annotations

import re

from ._recognise import ISSUER, Ent

__all__ = ["signed_by_together"]

#: the clause opens with one document, told in the singular: "A joint statement on
#: ...", "The trilateral protocol" (not "Agreements", "Several memoranda")
_ONE_SUBJECT = re.compile(
    r"\s*(?:(?:[Oo]n|[Ii]n|[Ll]ast|[Tt]his)\s+[^,]{1,30},\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:declaration|statement|communiqu[eé]|memorandum|agreement|"
    r"accord|protocol|treaty|charter|convention|roadmap|pact)\b(?!s)", re.I)
#: the singular passive right before the verb: "was", "has been", "had been jointly"
_PASSIVE = re.compile(r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:jointly|also|formally)\s+)?$",
                      re.I)
#: "by" right after the verb: the signers follow
_BY = re.compile(r"\s+by\b", re.I)
#: a list of envoys signs for no government of its own
_ENVOYS = re.compile(r"\b(?:ambassadors|envoys|heads of missions?)\b", re.I)


def signed_by_together(text: str, verb: tuple[int, int], clause: tuple[int, int],
                       ents: list[Ent], others: list[str], issuer: str) -> bool:
    """Whether the signing verb at ``verb`` in ``text`` tells, in the passive, one
    document signed by all ``others`` and the issuer named after "by" in ``clause``."""
    start, end = verb
    if not _ONE_SUBJECT.match(text, clause[0], start):
        return False
    if not _PASSIVE.search(text, clause[0], start) or not _BY.match(text, end):
        return False
    after = {e.code for e in ents if end <= e.start < clause[1]}
    if not set(others) <= after or not ({issuer, ISSUER} & after):
        return False
    return not _ENVOYS.search(text, end, clause[1])
