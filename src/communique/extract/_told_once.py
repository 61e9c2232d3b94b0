"""Triggers that tell an event another trigger of the sentence tells: "The two
ministers discussed ..." after a meeting or call just told (or with no visit whose
talks they are), a call's medium named after its partner ("spoke with A via video
link"), a body's meeting noun ("the Joint Commission meeting with Indonesia"), a session noun
before the format it is a session of ("the III Meeting of the Political Consultations
Mechanism")."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._not_held import MEDIUM_BEFORE
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["sides_told", "told_once"]

_BODY_TYPES = frozenset({"commission", "consultation"})
#: between a body's name and "meeting": nothing, or a word of its session's kind
_BODY_NOUN_GAP = re.compile(r"\s+(?:(?:ministerial|plenary|annual|regular|review)\s+)?")
#: between a session noun and the format it is a session of: "the III Meeting of the
#: Bilateral Political Consultations Mechanism", "the second session of the political
#: consultations" (a few words of the format's own name, no clause)
_SESSION_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}", re.I)
_SESSION_NOUN = re.compile(r"(?:meeting|session|round|sitting)$", re.I)


def sides_told(triggers: list[Trigger], ctx: Context) -> list[Trigger]:
    """``triggers`` without "The two ministers discussed" (see triggers.toml) unless a
    visit was told and no meeting or call yet: else it is the meeting or call just
    told, or no visit is there whose talks these are."""
    if ctx.last_met or not any(k[0] == "visit" for k in ctx.reported):
        return [t for t in triggers if not t.text.lower().startswith("two ")]
    return triggers


def told_once(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` without those that tell again the event of the one before."""
    # "spoke with A via video link on Friday": the medium after a call's verb is that call
    triggers = [n for t, n in zip([None, *triggers], triggers, strict=False)
                if not (t is not None and t.type == n.type == "call"
                        and MEDIUM_BEFORE.search(s.text, max(t.end, n.start - 12), n.start))]
    # "the Joint Commission meeting with Indonesia": the body's session, no other meeting
    triggers = [n for t, n in zip([None, *triggers], triggers, strict=False)
                if not (t is not None and n.type == "meeting" and t.type in _BODY_TYPES
                        and n.text.lower().startswith(("meeting", "session"))
                        and _BODY_NOUN_GAP.fullmatch(s.text, t.end, n.start))]
    # "held the III Meeting of the Bilateral Political Consultations Mechanism": the
    # meeting is the format's session, told by the trigger after it
    triggers = [t for t, n in zip(triggers, [*triggers[1:], None], strict=False)
                if not (n is not None and t.type == "meeting" and n.type in _BODY_TYPES
                        and _SESSION_NOUN.search(t.text)
                        and _SESSION_OF_GAP.fullmatch(s.text, t.end, n.start))]
    # "In a separate meeting, she received the Ambassador of B": the opening phrase names
    # the occasion its clause tells with a verb of its own
    triggers = [t for i, t in enumerate(triggers)
                if not (t.type == "meeting" and _OCCASION_OPENS.fullmatch(s.text, s.start, t.end)
                        and any(n.type == "meeting" for n in triggers[i + 1:]))]
    return triggers


#: an occasion named in the sentence's opening phrase, up to the trigger's end
_OCCASION_OPENS = re.compile(r"\W*(?:In|At|During)\s+(?:a|an|another|the|one)\s+"
                             r"(?:(?:separate|other|"
                             r"further|later|subsequent|second|third|different)\s+)?"
                             r"(?:[\w-]+\s+)?(?:meeting|engagement|audience|encounter|session)",
                             re.I)
