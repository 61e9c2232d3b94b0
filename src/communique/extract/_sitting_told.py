"""A standing body named where the sentence tells no sitting of it, in four
constructions of any wording:

- its work or role as the object of praise or talk: "praised the work of the Joint
  Commission in promoting trade", "stressed the role of the Intergovernmental
  Commission", "welcomed the revival of the Joint Council";
- the body as the subject of a verb of its standing work in the present or the
  perfect: "The Joint Economic Commission has done a great deal to ...", "The
  Ghana-Nigeria Joint Commission is preparing a border agreement", "the Committee
  works on ...";
- the body's chair taken or held: "took on the Chairmanship of the Coast Guard Forum
  Working Group, with Fiji as co-chair";
- the body in a person's post told before the name, without a comma: "the Co-Chair
  of the Joint Commission called on the Minister", "the Executive Secretary of the
  Joint Commission for Cooperation between A and B".

A commission's record is one of its sessions: none of these tells one."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["no_sitting"]

#: the body's work or standing named as a thing: "the work of the", "the role played
#: by the", "the revival of the" (up to three words of its name before the trigger)
_WORK_OF = re.compile(
    r"\b(?:work|role|activities|activity|efforts?|contributions?|importance|achievements?|"
    r"mandate|potential|revival|relaunch|reactivation|revitali[sz]ation|functioning|"
    r"effectiveness|significance|value|usefulness|performance)\s+(?:(?:played|done|carried\s+"
    r"out)\s+by|of)\s+(?:the\s+)?(?:[\w’'–-]+\s+){0,3}$", re.I)
#: a post held in the body, told before its name with no comma ("the Co-Chair of the",
#: "Executive Secretary of the", "a member of the")
_POST_OF = re.compile(
    r"\b(?:(?:deputy|vice|co|executive|permanent|general)[- ]?)?(?:chair(?:man|woman|person)?|"
    r"co-?chair(?:man|woman|person)?|secretary|head|member|president|coordinator|"
    r"rapporteur|director)\s+of\s+(?:the\s+)?(?:(?:[\w–-]+\s+){1,2}(?:section|part|side|"
    r"delegation)\s+(?:of|to|in|at)\s+the\s+)?(?:[\w’'–-]+\s+){0,3}$", re.I)
#: the body's chair taken or held, its name long ("assumed the Chairmanship of the Indian
#: Ocean Forum (IOF) Working Group", "took over the presidency of the Steering Committee",
#: "Chile, holding pro tempore the presidency of the Andean Council")
_CHAIR_OF = re.compile(
    r"\b(?:(?:co-?)?chair(?:man|woman|person)?ship|chair|presidency|rotating\s+presidency)"
    r"(?:,?\s+pro[\s-]tempore,?)?\s+of\s+(?:the\s+)?(?:[\w’'()–-]+\s+){0,8}$", re.I)
#: the rest of the body's name after the trigger ("on Cooperation", "for Economic
#: Cooperation between A and B", "(JPC)")
_REST = r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:on|for|of|between|with)\s+[^.;,]{1,80}?)??"
#: a verb of standing work, in the present or the perfect, right after the body
_STANDING = re.compile(
    _REST + r"\s+(?:(?:has|have)\s+(?:(?:already|so\s+far|also)\s+)?(?:done|played|been\s+"
    r"(?:working|preparing|playing|serving|instrumental|active)|made|worked|contributed|"
    r"served|helped|proved|remained)|(?:is|are)\s+(?:(?:now|currently|already|also|still)\s+)?"
    r"(?:preparing|working|drafting|playing|serving|looking|dealing|overseeing|studying|"
    r"examining|responsible|tasked|charged|mandated|an?\s)|(?:works|plays|serves|continues|"
    r"remains|oversees|deals|covers|coordinates|monitors|supervises|handles|contributes|"
    r"helps|provides))\b", re.I)


def no_sitting(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the commission trigger names the body with no sitting of it (above)."""
    if t.type != "commission":
        return False
    if _ITS_SITTING.match(s.text, t.end, cl[1]) or _ITS_OWN.match(s.text, t.end, cl[1]):
        return False  # "..., whose last meeting took place in Lima": a sitting told
    before = s.text[max(cl[0], t.start - 90):t.start]
    return bool(_WORK_OF.search(before) or _CHAIR_OF.search(before) or (_POST_OF.search(before)
                                            and not _CAPITAL_SESSION.search(before))
                or _STANDING.match(s.text, t.end, cl[1]))


#: a sitting of the body told in a relative clause after its name (", the second
#: meeting of which was held", ", whose last session had been held", ", which met")
_ITS_SITTING = re.compile(
    _REST + r",\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:sessions?|meetings?|sittings?|rounds?)\s+of\s+"
    r"which|whose\s+(?:[\w-]+\s+)?(?:sessions?|meetings?|sittings?|rounds?)|(?:which|that)\s+"
    r"(?:(?:last|first|previously|also)\s+)?(?:met|convened|sat|was\s+held|had\s+met))\b", re.I)
#: the body's own sitting named by a possessive later in the clause ("A, co-chair of the
#: Joint Commission, opened its sixth session")
_ITS_OWN = re.compile(r"[^.;]*?\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|meetings?|"
                      r"sittings?|rounds?)\b", re.I)
#: "the session of the Co-Chairs of the ...": a sitting all the same
_CAPITAL_SESSION = re.compile(r"\b(?:session|meeting|sitting|round)s?\s+of\s+", re.I)
