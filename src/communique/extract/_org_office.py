"""The offices of international organisations' officials ("Secretary-General",
"Executive Secretary", "Special Representative"): an official so titled is met as
the organisation's, not a country's (unless a national body or a country owns the
office: see ``_frame_rules.national_office``)."""

from __future__ import annotations

import re

__all__ = ["NATIONAL_BODY", "ORG_OFFICIAL"]

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
