"""The offices of international organisations' officials ("Secretary-General",
"Executive Secretary", "Special Representative"): an official so titled is met as
the organisation's, not a country's (unless a national body or a country owns the
office: see ``_frame_rules.national_office``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._recognise import Sentence

__all__ = ["NAMED_HEAD", "NATIONAL_BODY", "ORG_OFFICIAL", "heads_body"]

ORG_OFFICIAL = re.compile(r"\b(?:Secretary[- ]General|Director[- ]General|Chairman-in-Office|"
                          # (the heads of several bodies at once, in either case: "the
                          # secretaries-general of the OAS and the AU", "Directors-General")
                          r"(?i:secretaries[- ]generals?|secretary[- ]generals|"
                          r"directors[- ]generals?|director[- ]generals|general secretaries)|"
                          # (the head of an agency or a regional community: "Executive
                          # Secretary of IGAD", "Executive Director of the WFP")
                          r"Executive (?:Secretary|Director)|Managing Director|"
                          # (a High Commissioner of a Commonwealth country is its envoy;
                          # "the UN High Commissioner for Refugees" is an international one)
                          r"High Representative|(?<!High )Commissioner|High Commissioner for|"
                          r"(?:Special|Personal) Representative|"
                          r"Special Envoy|Personal Envoy|Special Coordinator|Special Rapporteur|"
                          r"(?<=['’]s )(?:special|personal) (?:envoy|representative)|"
                          # (a UN agency's head in the country: "the UN Resident
                          # Coordinator in Gabon")
                          r"(?:Resident|Humanitarian)\s+(?:Coordinator|Representative)|"
                          r"President of the European|"
                          # (the head of a regional union's commission: "the AU
                          # Commission Chairperson", "the Chairperson of the African
                          # Union Commission", "the President of the ECOWAS Commission")
                          r"(?:AU|African Union|ECOWAS)\s+Commission\s+Chair(?:person|man|woman)?|"
                          r"(?:Chair(?:person|man|woman)?|President)\s+of\s+the\s+(?:AU|African\s+"
                          r"Union|ECOWAS)\s+Commission|"
                          # (the European Union's envoys in a country: "the Head of the EU
                          # Delegation to Peru", "a representative from the EU Delegation",
                          # "the EU Ambassador to Peru")
                          r"(?:Head|Chief|Ambassador|[Rr]epresentatives?|officials?)(?= (?:of|"
                          r"from) (?:the )?(?:EU|European Union) [Dd]elegation)|"
                          r"(?<=EU )Ambassador|(?<=European Union )Ambassador)\b")
#: such an office of a national body: "Director General of the National Security Council"
NATIONAL_BODY = re.compile(r"\s+(?:of|at) (?:the )?(?:National|State|Presidential|Federal|"
                           r"Ministry|Department|Office of the President|Prime Minister|"
                           # ("the Director General of the Foreign Ministry")
                           r"Foreign (?:Ministry|Office))\b")


#: the head of a body named by title and name, then the body: "President Charles Michel of
#: the European Council", "Chairperson Ana Diaz of the African Union Commission" (the
#: organisation is checked to start right after)
NAMED_HEAD = re.compile(r"\b(?-i:President|Chair(?:man|woman|person)?|Head)\s+"
                        r"(?:(?-i:[A-Z])[\w’'.-]+\s+|(?-i:von|van|der|den|de|del|da|di|du|le|la|"
                        r"bin|al)\s+){1,6}?(?:of|from)\s+(?:the\s+)?$")


def heads_body(s: Sentence, start: int) -> bool:
    """Whether the title at ``start`` is the head of an international body named after
    the holder's name ("President Charles Michel of the European Council")."""
    return any(e.kind == "org" and start < e.start <= start + 80
               and (m := NAMED_HEAD.search(s.text, start, e.start)) is not None
               and m.start() == start for e in s.ents)
