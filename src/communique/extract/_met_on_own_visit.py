"""The one met "during his visit" to a third place is not the traveller: "Foreign
Secretary A met with Peruvian Foreign Minister B during his trip to the UN General
Assembly", "The Minister held talks with the Chilean Minister during her
visit to Geneva". The possessive is the subject's: the issuer's side went there and
met the other side, named as the object of the verb of meeting. A visit to the
issuer ("met the Peruvian Minister during his visit to Riga") or to the country of
the one met stays as it was read (the guest's visit, or the issuer's to that
country); but where "his" or "her" is the trip of one (or "while on a visit"), the
host met beside others ("met her counterparts from Chile, Norway and Peru during her
visit to Peru") makes none of them travellers: the trip is still the subject's.
So is the one met in a programme's item before a visit's noun ("His programme included a
meeting with Foreign Minister A and a visit to B"): the visit is the next item's, not
A's."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["host_where_met", "met_in_item_before", "object_met_on_own_visit"]

#: the verb of meeting whose object the guest is, the subject before it
_MET = re.compile(r"\b(?:met|meets|(?:held|had|holds|has)\s+(?:[\w-]+\s+){0,2}?(?:talks|"
                  r"a\s+meeting|meetings|a\s+discussion|discussions)|talked|spoke|conferred)"
                  r"(?:\s+with)?\b", re.I)
#: ... or a call paid on the one met: "called on the Minister of Trade"
_MET_OR_CALLED = re.compile(_MET.pattern + r"|\bcall(?:ed|s)?\s+(?:on|upon)\b", re.I)
#: "during his visit to", "in the course of her official visit to" right before the host
#: (or with no possessive, "while on a visit to", "while on an official trip to": the
#: subject's too)
_OWN_VISIT = re.compile(r"\b(?:(?:during|in\s+the\s+course\s+of|on|while\s+on)\s+(his|her|their)"
                        r"|while\s+on\s+an?)"
                        r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)\b", re.I)


def object_met_on_own_visit(s: Sentence, t: Trigger, start: int, dest: list[str],
                            dest_orgs: list[str], issuer: str | None) -> bool:
    """Whether the visitors read before trigger ``t`` (the clause from ``start``) are
    the object of a verb of meeting whose subject names no other country, and the trip
    is to a third place (an organisation's gathering, or a country neither the
    issuer's nor theirs): the traveller is then the issuer's side."""
    if issuer is None or issuer in dest or not (dest or dest_orgs) \
            or not _OWN_VISIT.search(s.text, max(start, t.start - 40), t.end):
        return False
    met = _MET.search(s.text, start, t.start)
    if met is None:
        return False
    before = [e for e in s.ents if start <= e.start < met.start()
              and e.kind in ("country", "adj") and e.code and e.code != issuer]
    after = [e for e in s.ents if met.end() <= e.start < t.start
             and e.kind in ("country", "adj") and e.code and e.code != issuer]
    # (an organisation's official met: "met the Secretary General of the OSCE during
    # her visit to Vienna", the traveller the subject too)
    orgs = [e for e in s.ents if met.end() <= e.start < t.start and e.kind == "org"]
    if before or not (after or orgs):
        return False
    own = _OWN_VISIT.search(s.text, max(start, t.start - 40), t.end)
    # (one possessor, "his", "her" or none: the host among those met is no traveller,
    # nor does it make the others travellers, "met his counterparts from A, B and Turkey
    # during his visit to Antalya"; "their" may be the trip of those met; everyone met
    # the host's, "met the Peruvian Minister during his visit to Peru", stays the
    # issuer's visit there as read)
    if own is not None and (own.group(1) or "").lower() != "their":
        return bool(orgs) or any(e.code not in dest for e in after)
    return not any(e.code in dest for e in after)


#: a visit the meeting took place during, no destination of its own: "during a working
#: visit", "in the course of his official trip"
_DURING = re.compile(r"\b(?:during|in\s+the\s+course\s+of|on|while\s+on)\s+(?:an?|his|her)"
                     r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)\s*$", re.I)


def host_where_met(s: Sentence, t: Trigger, start: int, visitors: list[str]) -> list[str]:
    """The visitors read before trigger ``t`` (the clause from ``start``) that are the
    place where the meeting told before was held ("met the Foreign Minister of Singapore
    in Singapore during a working visit"): the visit's host, read from no destination."""
    if not visitors or _DURING.search(s.text, max(start, t.start - 40), t.end) is None \
            or _MET_OR_CALLED.search(s.text, start, t.start) is None:
        return []
    return list(dict.fromkeys(e.code for e in s.ents if start <= e.start < t.start and e.place
                              and e.kind in ("country", "city") and e.code in visitors))


#: a meeting named as an item, then the visit's noun as the next one: "a meeting with A
#: and a visit to", "talks with A, as well as an official visit to"
_ITEM_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|audience|"
                          r"lunch|dinner|conversation|discussions?)\s+with\b[^,;.]{0,120}?"
                          r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:an?|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?$", re.I)


def met_in_item_before(s: Sentence, t: Trigger, start: int, e_start: int) -> bool:
    """Whether the one read before the visit's noun ``t`` at ``e_start`` is the partner
    of a meeting named as the item before it in a list ("a meeting with A and a visit
    to B"): no traveller."""
    m = _ITEM_BEFORE.search(s.text, max(start, t.start - 200), t.start)
    return m is not None and m.start() <= e_start < m.end()
