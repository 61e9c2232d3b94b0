"""The issuer's envoy posted to a country and an organisation at once ("Norway's
Ambassador to Belgium and NATO", "our Ambassador to Ethiopia and the African Union")
who presented credentials or called on someone: the one received by is the side met.
An organisation's official after the trigger ("to the NATO Secretary General") makes
it the organisation, not the country; anyone else ("to King Philippe") the country,
not the organisation named only in the posting."""

from __future__ import annotations

import re

from ._org_office import NATIONAL_BODY, ORG_OFFICIAL
from ._recognise import Ent, Sentence

__all__ = ["posted_both"]

#: the country and the organisation joined in one posting: "to Belgium and NATO",
#: "to Ethiopia and the African Union", "to NATO and Belgium"
_JOINED = re.compile(r"\s*(?:,|and|&)\s+(?:to\s+)?(?:the\s+)?$")


def posted_both(s: Sentence, posted: Ent, orgs: list[str], t_end: int,
                rb: int) -> tuple[bool, list[str]]:
    """Whether the envoy's posted country stays the side met, and the organisations
    left: (True, orgs without the posting's) or (False, orgs) where an organisation's
    official of the posting received (see the module); (True, orgs) when the posting
    names no organisation beside the country."""
    joined = [e.code for e in s.ents if e.kind == "org" and e.code in orgs and (
        (e.start >= posted.end and _JOINED.fullmatch(s.text, posted.end, e.start))
        or (e.end <= posted.start and _JOINED.fullmatch(s.text, e.end, posted.start)))]
    if not joined:
        return True, orgs
    official = ORG_OFFICIAL.search(s.text, t_end, rb)
    if official is not None and not NATIONAL_BODY.match(s.text, official.end()):
        return False, [o for o in orgs if o in joined][:1]
    return True, [o for o in orgs if o not in joined]
