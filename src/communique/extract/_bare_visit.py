"""A visit named by a bare "The visit" opening its sentence, after a meeting with one
foreign side and no visit told: "The Deputy Minister met with the Assistant Secretary
of Canada. The visit took place within the framework of the Joint Committee." (or
framing what the sentence tells: "Within the framework of the visit, political
consultations were held", "During the visit, the sides signed ..."; or closing a passive that
tells what was done on it: "Four agreements were signed during the visit."). The
visit is the meeting's: the partner's to the issuer when the meeting was told at home
(no place abroad), the issuer's to the partner when it was told in the partner's
country; a meeting told in a third country (a summit's venue) names no visit, and a
visit told before is the one named again."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["bare_visit"]

#: the trigger is the bare noun after a sentence-opening "The"
_OPENING = re.compile(r"(?:The|(?:Within|In)\s+the\s+framework\s+of\s+the|During\s+the|"
                      r"In\s+the\s+course\s+of\s+the|As\s+part\s+of\s+the)\s+$")
#: or the bare noun closing a passive that tells what was done on it: "Four agreements
#: were signed during the visit.", "The following documents were signed in the course
#: of the visit:" (not "the agreements signed during the visit", documents of an
#: earlier trip, nor "during the visit of A to B", a visit with its own sides)
_CLOSING = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
                      r"(?:signed|concluded|exchanged|initial+ed|adopted|inaugurated|"
                      r"launched|held)\s+(?:during|in\s+the\s+course\s+of|on\s+the\s+"
                      r"occasion\s+of)\s+the\s+$", re.I)
_CLOSED = re.compile(r"\s*[.:;]?\s*$")
#: ... told as its own sentence, not reported or recalled in a clause ("They recalled that
#: three agreements were signed during the visit": an earlier one)
_REPORTED = re.compile(r"\b(?:that|recalled|recalling|noted|noting|said|stressed|remembered)\b",
                       re.I)

#: an envoy met before: "received the Ambassador of Chile" (resident, no journey)
_ENVOY = re.compile(r"\b(?:Ambassadors?|Charg[ée]s? d['’]Affaires|High Commissioners?)\b",
                    re.I)


def bare_visit(s: Sentence, t: Trigger, ctx: Context) -> tuple[list[str], list[str]] | None:
    """(visitors, hosts) of a bare "The visit" that names the meeting just told;
    ([], []) when it names none (the countries of its clause are no side of it: "The
    visit was part of the anniversary of relations with Latvia"); None for any other
    trigger."""
    if t.text.lower() != "visit" or not (
            _OPENING.fullmatch(s.text, s.start, t.start)
            or ((closing := _CLOSING.search(s.text, s.start, t.start)) is not None
                and _CLOSED.fullmatch(s.text, t.end, s.end)
                and not _REPORTED.search(s.text, s.start, closing.start()))):
        return None
    # (one partner met or called in all the text told: "met with the Foreign Ministers
    # of Chile and Peru" names no one guest)
    partners = sorted({c for k, sides in ctx.reported if k in ("meeting", "call")
                       for c in sides if c != ctx.issuer})
    last = [c for c in ctx.last_met if c != ctx.issuer]
    if not ctx.issuer or len(partners) != 1 or partners != last \
            or any(k[0] == "visit" for k in ctx.reported) \
            or not any(k == "meeting" and partners[0] in sides for k, sides in ctx.reported):
        return [], []  # (a partner only called: no one travelled)
    if _ENVOY.search(s.text, 0, s.start):
        return [], []  # an ambassador received is posted here: no visit to name
    partner = partners[0]
    if ctx.last_abroad is None:
        return [partner], [ctx.issuer]
    if ctx.last_abroad == partner:
        return [ctx.issuer], [partner]
    return [], []
