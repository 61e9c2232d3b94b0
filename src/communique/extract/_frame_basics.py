"""Small helpers the frames share that need no document context: the record a
frame builds, the key a later reference finds it by, the end of a clause and
whether two days follow each other (re-exported by :mod:`._frame_parts`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Place, Record
from ._coordinated_time import coordinated_time
from ._dates import DateMention
from ._fold import Folded
from ._policy_topic import POLICY
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["COUNTED_PARTNERS", "ELABORATES", "JOINT_STATEMENT", "OTHER_MEETINGS",
           "PARTIES_APART", "SHARED_OBJECT", "at_occasion"]

#: what joins two meeting verbs that share their object (read by the frames)
SHARED_OBJECT = re.compile(r"\s*(?:with\s+)?,?\s*(?:and(?:\s+then)?|&|followed\s+by|then|"
                           r"as\s+well\s+as)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?", re.I)
#: a talk verb that ends its trigger: the talk's content, often of a meeting reported
ELABORATES = re.compile(r"(?:discuss(?:ed|es)|"
                        r"exchanged (?:[\w-]+ ){0,2}?(?:views|opinions)(?: on)?|reviewed|"
                        r"talked(?: about| over)?|"
                        r"engaged with|reaffirmed|reiterated|underlined|underscored|stressed|"
                        r"agreed|highlighted|emphasi[sz]ed)$", re.I)
#: the occasion the talk was held at, named after it: "discussed energy at his meeting
#: with", "reviewed ties during their talks with", "in a phone call with"
AT_OCCASION = re.compile(r"\b(?:at|during|in|over|in\s+the\s+course\s+of)\s+(?:his|her|their|"
                         r"the|a|an|its)\s+(?:[\w-]+\s+){0,2}?$", re.I)
#: a meeting's or call's trigger that opens on the preposition of the occasion ("during
#: the talks with", "at a meeting with")
_OCCASION_OPENS = re.compile(r"(?:at|during|in|over|in\s+the\s+course\s+of)\s", re.I)


def at_occasion(text: str, a: int, o: Trigger) -> bool:
    """Whether the talk told up to ``a`` was held at the occasion ``o`` named after it:
    "discussed energy at his meeting with", also where ``o``'s trigger opens on the
    preposition, after a short topic ("discussed Iran during the talks with")."""
    return AT_OCCASION.search(text, max(a, o.start - 50), o.start) is not None or (
        _OCCASION_OPENS.match(o.text) is not None and o.start - a <= 50
        and not any(c in text[a:o.start] for c in ",;:"))


#: what the two sides said together: the content of a meeting, told with it or after it
JOINT_STATEMENT = re.compile(r"(?:reaffirmed|reiterated|underlined|underscored|stressed|"
                             r"agreed|highlighted|emphasi[sz]ed)$", re.I)

#: a count in words, five and more (a smaller one may be a delegation's members)
_COUNT_WORD = (r"(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens)")
#: meetings with a counted crowd of partners: "with more than 150 counterparts"
COUNTED_PARTNERS = re.compile(
    # (officials of counted countries by an office of two words or fewer: "with foreign
    # ministers of ten countries", "with the defence ministers of 12 states")
    # ("met foreign ministers of fifteen countries": the trigger's verb, no "with")
    r"\b(?:with|met|meets) (?:(?:the )?(?:[\w-]+ ){0,2}?(?:counterparts|partners|ministers|leaders|"
    r"representatives|officials|envoys|ambassadors) (?:from|of) )?"
    r"(?:more than |over |about |around |nearly |some |almost |at least |approx(?:\.|imately) )?"
    r"(?:(?:some |many |most |several |all )?of (?:the |our )?)?(?:\d[\d,]*|" + _COUNT_WORD + r") "
    r"(?:approx(?:\.|imately)? |or so )?"
    # (a crowd of several kinds: "12 donor agencies and countries", "eleven development
    # partners", "20 international organisations")
    r"(?:[\w-]+ ){0,2}?(?:counterparts|countries|states|delegations|ministers|leaders|partners|"
    r"agencies|organi[sz]ations|institutions|donors|nations|governments|"
    r"heads of (?:state|government))\b", re.I)

#: a meeting with parties told apart by a plural: "welcomed two delegations from A and
#: the African Union", "received separate delegations of A and the EU": an organisation
#: in the list is a party of its own even beside one country; so are those met at
#: "meetings" in the plural ("held meetings with the Belgian premier and EU leaders")
PARTIES_APART = re.compile(r"\b(?:delegations|meetings)\b", re.I)

#: a meeting told as one more of its kind: "as well as other meetings with", "further
#: meetings with" ("separate bilateral meetings", beside a trilateral, are those
#: partners' again); or as the next step of the guest just met: "received A, who later
#: met with B", "..., who went on to meet with C"
OTHER_MEETINGS = re.compile(r"\b(?:other|further|additional)\s+$|,\s+who\s+(?:(?:then|later|"
                            r"subsequently|afterwards|thereafter)\s+(?:also\s+)?|(?:then\s+|"
                            r"later\s+|also\s+)?went\s+on\s+to\s+)$", re.I)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause running from ``start`` ends: the next comma or semicolon."""
    m = _CLAUSE_STOP.search(text, start, end)
    return m.start() if m else end


_CLAUSE_STOP = re.compile(r"[,;]")
#: a time set off by a comma that goes on telling the clause's own occasion: "which was
#: held in Windhoek last week, on 12 and 13 March"
_TIME_APPOSED = re.compile(
    r",\s+(?:on|in|from|between)\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)")


#: a vague time the clause ends with, which a date after a comma makes precise ("last
#: week, on 12 and 13 March"); after a clause without one, the date is the main clause's
#: ("which had been negotiated since 2019, on 3 June")
_VAGUE_TIME = re.compile(r"\b(?:(?:last|previous|past)\s+(?:week|month|weekend)|earlier|"
                         r"recently|the\s+(?:day|week)\s+before)\s*$")


def _aside_end(text: str, start: int, end: int) -> int:
    """Where a background clause running from ``start`` ends: at its clause's end, or
    past a time set off by a comma right after a vague time ending it (see above)."""
    stop = _clause_end(text, start, end)
    m = _TIME_APPOSED.match(text, stop, end)
    if m is None or not _VAGUE_TIME.search(text, max(start, stop - 30), stop):
        return stop
    return _clause_end(text, m.end(), end)


def _next_day(a: DateMention, b: DateMention) -> bool:
    """Whether ``b`` is the day after ``a`` ("15 June and 16 June")."""
    if a.y1 is None or a.m1 is None or a.d1 is None or b.y1 is None or b.m1 is None \
            or b.d1 is None or a.has_end or b.has_end:
        return False
    try:
        return _dt.date(b.y1, b.m1, b.d1) - _dt.date(a.y1, a.m1, a.d1) == _dt.timedelta(1)
    except ValueError:
        return False


def _record(typ: str, date: DateSpan, frm: list[str], to: list[str], orgs: list[str],
            place: Place | None = None, title: str | None = None) -> Record:
    return Record(type=typ, date=date, from_=frm, to=to, organizations=orgs, place=place,
                  title=title)


def _reported_key(r: Record) -> tuple[str, tuple[str, ...]]:
    """What identifies an event for a later reference to it: its type and partners."""
    return (r.type, tuple(r.to) + tuple(r.organizations[:1]))


#: a session's own clause of where and when it was held: ", which was held in Windhoek
#: last week, on 12 and 13 March" right after "the 8th Session of the ... Commission"
_OWN_HELD = re.compile(r",\s+which\s+(?:(?:was|were|had been)\s+held|took place|(?:had\s+)?met)\b")
#: the types of record whose noun such a clause can follow
_SESSIONS = frozenset({"commission", "consultation", "multilateral"})


def _own_session_clause(text: str, typ: str, trigger_end: int, clause_start: int) -> bool:
    """Whether the relative clause at ``clause_start`` tells where and when the session
    named by the trigger ending at ``trigger_end`` was held (its own time, no aside)."""
    return typ in _SESSIONS and clause_start - trigger_end <= 40 \
        and "," not in text[trigger_end:clause_start] \
        and _OWN_HELD.match(text, clause_start) is not None


def _month_day(s: Sentence, ds: list[DateMention], t: Trigger) -> DateMention:
    """The date for an event ``t`` with no date after it: the first of ``ds``, or,
    when that is a bare month, the day of that month written out nearest before the
    event ("In March, ..., where on 11 March he held talks ... and the two signed")."""
    own = coordinated_time(s.text, ds, t.start)
    if own is not None:  # ("... in 1998 and in 2012 signed an agreement")
        return own
    cut = max(s.text.rfind(";", s.start, t.start), _colon_before(s.text, s.start, t.start))
    if cut >= 0 and any(cut < d.start < t.start for d in ds):
        # "In 2020 there were four visits; in 2021 the President visited A": the time
        # of the event's own part of the sentence, after the semicolon ("From April on,
        # talks moved online: in May he held a video call with A": after the colon)
        ds = [d for d in ds if d.start > cut]
    first = ds[0]
    if first.d1 is not None or first.m1 is None:
        return first
    days = [d for d in ds if d.start < t.start and d.d1 is not None and not d.has_end
            and d.m1 == first.m1 and d.y1 in (first.y1, None)
            and any(c.isdigit() for c in s.text[d.start:d.end])]
    return days[-1] if days else first


#: a colon before a clause of its own told from its time: ": in May he ...", ": on 4 June"
_COLON_TIME = re.compile(r":\s+(?:in|on|by|at|during)\s+(?:early\s+|mid-?\s*|late\s+)?\w")


def _colon_before(text: str, start: int, end: int) -> int:
    """Offset of the last colon in ``text[start:end]`` that opens a clause told from its
    own time, or -1."""
    cut = text.rfind(":", start, end)
    return cut if cut >= 0 and _COLON_TIME.match(text, cut) else -1


#: where a clause turns to its topic: what was discussed is no side of the event
#: an adverb that narrows a topic, and the word that opens it ("mainly on", "above all
#: about", "in particular over")
_NARROWED = (r"(?:mainly|mostly|primarily|chiefly|largely|principally|predominantly|"
             r"particularly|especially|notably|specifically|above all|in particular) "
             r"(?:(?:up)?on|about|over|regarding|concerning)")
_TOPIC = re.compile(
    r"\b(?:to discuss|discuss(?:ed|ing|es)?|focus(?:ed|ing)? on|touch(?:ed|ing)? (?:up)?on|"
    r"review(?:ed|ing) the|to (?:review|assess|take stock of|evaluate)|follow(?:ed|ing)?[- ]up on|"
    # ("assessed the outcome of the summit held in August", "took stock of the talks")
    r"(?:assess|evaluat)(?:ed|ing) the|t(?:ook|aking) stock of|"
    # "met to follow the results of the summit in March" (its month is the summit's)
    r"to follow(?: up)?(?: on)?(?= the (?:results?|outcomes?|decisions?|conclusions|"
    r"implementation)\b)|"
    r"cent(?:red|ered|ring|ering) (?:up)?on|"
    # a topic narrowed by an adverb, set off after the partner or after a verb of focus:
    # ", mainly on Venezuela", ", chiefly about Ukraine", "focusing primarily on Mali"
    r"(?:,\s+(?:and\s+)?|(?:focus(?:ed|ing)?|cent(?:red|ered|ring|ering)|"
    r"concentrat(?:ed|ing)) )(?:" + _NARROWED + r")|"
    # ("shared their points of view on", "compared assessments of", "traded views on")
    r"(?:exchang|shar|swapp|trad|compar)(?:ed|ing) (?:(?:their|our|his|her|the) )?(?:own )?"
    r"(?:views|opinions|points? of view|perspectives|assessments|analyses)|"
    r"regarding|concerning|about|"
    r"including the (?:situation|issue)|on the (?:[\w-]+ )?(?:situation|issue|developments|"
    r"consequences|implications|impact|effects|outcome|withdrawal)|covered|covering|"
    r"the (?:[\w-]+ )?(?:issue|situation|crisis|cause|conflict) (?:in|of|along|with(?! "
    # (not an official talked with: "discussed the situation with the Foreign Minister of
    # Peru", "... with Ana Sousa, Foreign Minister of Chile")
    r"(?:(?:the |his |her |their )?(?:[\w-]+ ){0,3}?|(?:[\w.'’-]+ ){1,3}?[\w.'’-]+, (?:the )?"
    r"(?:[\w.'’-]+ ){0,3}?)(?:counterparts?|colleagues?|ministers?|presidents?|secretary|"
    r"secretaries|ambassadors?|chancellors?|king|emir|premiers?|envoys?|representatives?|"
    r"delegations?|heads of (?:state|government|diplomacy))\b))|"
    r"to mark|"
    # what the sides agreed on, told in a clause of its own: "A and his Russian
    # counterpart agreed that the Iran deal should stand" (Iran is what was agreed on)
    r"(?<=\bagreed) that|(?<=\bagree) that|(?<=\bconcurred) that|"
    r"to jointly|to express|thanked|congratulated|stressed|noted|said|briefed|emphasi[sz]ed|"
    r"reaffirmed|expressed|condemned|welcomed|(?:re)?affirmed|underlined|underscored|highlighted|"
    # ("a dinner devoted to support for Ukraine", not "dedicated to the informal meeting")
    r"reiterated|called for|warned|related to|(?:devoted|dedicated) to(?! (?:the |an? )?"
    r"(?:[\w-]+ ){0,2}(?:meeting|session|summit|talks|visit|council|conference))|"
    # (or to foster, endorse ...: "his initiative to foster relations between the EU and
    # the AU", whose sides are what it is about; not "to promote", which also tells what
    # a body was set up for: "established in 2010 to promote trade, held its session")
    r"to (?:strengthen|enhance|deepen|expand|boost|foster|endorse|advance|intensify|"
    r"reinforce|consolidate|broaden|upgrade|revitali[sz]e)|"
    # "met to coordinate positions on Iran", "coordinating their approach to Syria"
    r"(?:to coordinate|coordinat(?:ed|ing)|to (?:align|harmoni[sz]e)|align(?:ed|ing)) "
    r"(?:(?:their|our|the|its|his|her|joint|common) )?(?:[\w-]+ )?(?:positions?|approach(?:es)?|"
    r"views|stances?|policies|policy|efforts|responses?|actions)|"
    # "... and the international isolation of Russia" (see _policy_topic)
    + POLICY + r"|"
    # "summoned ... in connection with her statements on Ukraine", "over remarks on"
    r"in connection with|over (?:(?:his|her|their|the|recent|latest|public|[\w-]+['’]s) ){0,3}"
    r"(?:remarks|statements|comments|declarations|publications|actions))\b|"
    r",\s+where\b|"
    # the source that reports the event, in a clause of its own after a comma ("..., the
    # Kenyan Foreign Ministry said", "..., Chile's presidential office announced")
    r",\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|announced|announces|reported|"
    r"reports|stated|confirmed)\b|"
    # a call "on Chile-Peru talks", "on Kenya-EU relations": two sides joined by a hyphen,
    # the talks or ties of others the call was about
    r"\bon (?:the )?(?:(?:ongoing|recent|current|latest|indirect|future|bilateral) )?"
    r"[a-z][\w.'’]*[-–][a-z][\w.'’]* (?:[\w-]+ )?(?:talks|relations|ties|negotiations|"
    r"dialogue)\b|"
    # a press conference or meeting "on support for Ukraine", "on aid to Gaza" (not
    # "on support for Ukraine with the Foreign Minister of Poland": the partner after)
    r"\bon (?:(?:continued|further|international|joint|military|financial|humanitarian) )?"
    r"(?:support|aid|assistance) (?:for|to)\b(?![^.;]{0,80}?\bwith\b)|"
    # what the official told them, in a participle after a comma: ", presenting the
    # situation on the border between A and B", ", briefing her on ..."
    r",\s+(?:presenting|informing|briefing|explaining|outlining|describing|updating|"
    r"apprising|conveying|sharing|detailing|"
    # or what the official said, in a participle after a comma: ", emphasizing support
    # for Syria's territorial integrity", ", reiterating concern over Sudan"
    r"emphasi[sz]ing|stressing|underlining|underscoring|reiterating|reaffirming|"
    r"highlighting|expressing)\b", re.I)
_TOPIC_FOLDED = Folded(_TOPIC)  # searched on the lower-cased text (see _fold)


#: a talk trigger that ends on the word opening its topic ("talked about", "exchanged
#: views on"): the topic starts where the trigger ends
_TOPIC_OPENED = re.compile(r"\b(?:talk(?:ed|s) about|"
                           r"exchanged (?:[\w-]+ ){0,2}?(?:views|opinions) on)$", re.I)


def _topic_cut(s: Sentence, a: int, b: int) -> int:
    if _TOPIC_OPENED.search(s.text, max(s.start, a - 25), a):
        return a
    m = _TOPIC_FOLDED.search(s.text, a, b)
    return m.start() if m else b


#: a bulleted item's opening at a line's start: "• ", "- ", "* "
_ITEM_MARK = re.compile(r"[ \t]*[-–•*·][ \t]")


def bullet_item(s: Sentence, pos: int) -> tuple[int, int] | None:
    """The bulleted line of sentence ``s`` that ``pos`` lies in, when the sentence holds
    several ("• a state visit to A in March;\n• the signing of a protocol with B;"): each
    item tells its own event, whose time is not another item's; else None."""
    if "\n" not in s.text[s.start:s.end]:
        return None
    start = max(s.text.rfind("\n", s.start, pos) + 1, s.start)
    if not _ITEM_MARK.match(s.text, start):
        return None
    end = s.text.find("\n", pos, s.end)
    return start, end if end >= 0 else s.end


#: a second visit's noun after a first with its visitor: "the visit of A and the visit of"
#: (the second's visitor is its own, and so is its time)
NOUN_VISIT_AND = re.compile(r"(?i)\bvisits? (?:of|by) [^.;:]{1,120}? and (?:[\w-]+ ){0,3}?$")

