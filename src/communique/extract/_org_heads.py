"""The heads of organisations listed among those met beside a country's officials:
"met the Japanese Ambassador, the Secretary-General of the Arab League and ...",
"met ..., the General Secretaries of the OIC and the African Union", "President A of
the European Council" (a head's title and name, then the body): one meeting
with each organisation so headed, and with none named only as an envoy's posting
("the Ambassador to the United Nations" is his country's envoy)."""

from __future__ import annotations

import re

from ._frame_parts import _group
from ._frame_rules import _HEADS_OF, national_office
from ._org_office import NAMED_HEAD
from ._org_office import ORG_OFFICIAL as _ORG_OFFICIAL
from ._recognise import Sentence

__all__ = ["heads_met"]

_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
#: the organisation before its official's title: "the NATO Secretary General", "the
#: Commonwealth's Secretary-General"
_BEFORE = re.compile(r"(?:['’]s)?\s+")
#: the members named by their body: "the Pacific Alliance countries", "the ASEAN member
#: states", "the Mercosur partner nations"
_MEMBERS_AFTER = re.compile(r"\s+(?:(?:member|partner|founding)\s+)?(?:countries|states|"
                            r"nations|governments|members)\b", re.I)


def heads_met(s: Sentence, a: int, b: int) -> list[str]:
    """The organisations whose heads the text ``s.text[a:b]`` names, in order: each
    one listed after a plural office ("the Secretaries-General of A and B"), and the
    one of each single office, named after it or before it."""
    out: list[tuple[int, str]] = []
    orgs = [e for e in s.ents if e.kind == "org" and e.code and a <= e.start < b]
    for m in _HEADS_OF.finditer(s.text, a, b):
        listed = _group(s, [e for e in orgs if e.start >= m.end()])
        if listed and listed[0].start == m.end():
            # (not a body naming whose members they lead: "the Presidents of the Pacific
            # Alliance countries", "the leaders of the EU member states")
            out += [(e.start, e.code) for e in listed
                    if e.code and not _MEMBERS_AFTER.match(s.text, e.end)]
    for m in _ORG_OFFICIAL.finditer(s.text, a, b):
        if national_office(s, m.start(), m.end()):
            continue  # "the United States Special Envoy": a country's official
        of = _OF_THE.match(s.text, m.end())
        for e in orgs:
            # (or the office's own words open the body's name: "the Executive Vice-
            # President of the European Commission", "the UN High Commissioner for Refugees")
            if (of is not None and e.start == of.end()) or (
                    e.end <= m.start() and _BEFORE.fullmatch(s.text, e.end, m.start())) \
                    or (e.start < m.end() and m.start() < e.end):
                out.append((e.start, e.code or ""))
                break
    for e in orgs:  # "President Charles Michel of the European Council"
        if NAMED_HEAD.search(s.text, max(a, e.start - 60), e.start) \
                and all(code != e.code for _, code in out):
            out.append((e.start, e.code or ""))
    return list(dict.fromkeys(code for _, code in sorted(out) if code))
