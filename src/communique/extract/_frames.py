"""Frame events: turn the triggers of one sentence into records.

Each trigger claims a *region*: its clause, from the previous trigger to the
next. A frame reads participants from that region according to how the
type is written (see ``patterns/triggers.toml``). Lists expand to one
record per counterpart (and per date, for "June 15-16 and October 26");
a clause that says trilateral keeps one record.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Record
from ._addressed import speech_medium
from ._asides import (
    purpose_partners,
    purpose_told_again,
    summons_again,
)
from ._bodies import bodies_named_again, coordinated_body, note_bodies
from ._callers import one_kind_of_contact
from ._corps_met import corps_met
from ._counterpart_met import counterpart_met, host_minister
from ._earlier import earlier_occasion
from ._exchanged_visits import exchanged_visits
from ._frame_basics import ELABORATES as _ELABORATES
from ._frame_basics import JOINT_STATEMENT as _JOINT_STATEMENT
from ._frame_basics import OTHER_MEETINGS as _OTHER_MEETINGS
from ._frame_basics import SHARED_OBJECT as _SHARED_OBJECT
from ._frame_basics import at_occasion
from ._frame_parts import (
    Context,
    _clauses,
    _reported_key,
)
from ._frame_rules import (
    bare_body,
    body_named_again,
)
from ._frame_symmetric import BODY_LAST_MET as _BODY_LAST_MET
from ._frame_symmetric import symmetric as _symmetric
from ._frames_other import (
    _acting,
    _aid,
    _chair,
    _consular,
    _legal,
    _mission,
    _multilateral,
    _outreach,
    _resolution,
)
from ._frames_travel import travel
from ._fronted_known import fronted_known
from ._gapped_visitor import gapped_visitors
from ._gatherings import (
    BESIDE,
    gathering_told,
    others_subject,
)
from ._homecoming import return_home
from ._list_besides import new_records
from ._made import revise_made
from ._met_anew import met_anew
from ._named_known import NOMINAL, named_as_known
from ._not_held import planned, topic_only
from ._outcomes_of import without_named_only
from ._own_time_predicate import predicate_regions, trigger_region
from ._persons import find_titles
from ._posted_there import posted_there
from ._readings import (
    note_partner,
    reread_triggers,
    with_the_one_before,
)
from ._recognise import Sentence
from ._said_by_the_other import said_by_the_other
from ._second_noun import second_meeting_noun as second_noun
from ._sentence_keys import Who, official_named, sentence_key
from ._session_returned import session_returned
from ._stop_counted import stop_counted
from ._told_once import told_once
from ._travel_passive import travel_passive
from ._triggers import Trigger
from ._unrealised import denied_before, topic_events
from ._visit_then_who import visit_told_in_relative
from ._who_met_were import participants_named

__all__ = ["Context", "frame_sentence"]


# --- frames -----------------------------------------------------------------


_FRAMES: dict[str, Callable[..., list[Record]]] = {
    "travel": travel, "travel_passive": travel_passive, "symmetric": _symmetric,
    "multilateral": _multilateral, "acting": _acting, "chair": _chair,
    "resolution": _resolution, "legal": _legal, "mission": _mission, "aid": _aid,
    "consular": _consular, "outreach": _outreach,
    "return_home": return_home, "stop_counted": stop_counted, "reader": _symmetric,
    "session_returned": session_returned,  # "flew back from the NATO Summit in Brussels"
    "corps": corps_met,
    "reader_travel": travel,  # (the statistical reader's word: see _reader)
    "exchange": exchanged_visits,  # "visits were exchanged with A and B"
}


def frame_sentence(s: Sentence, triggers: list[Trigger], ctx: Context) -> list[Record]:
    """Records for one sentence. A record that an earlier trigger of the
    sentence already produced is dropped; one trigger's own repeats ("visited
    China twice") are kept."""
    out: list[Record] = []
    seen: dict[tuple, set[tuple[str, str | None] | None]] = {}
    beside: list[Record] = []
    by_trigger: list[tuple[Trigger, list[Record]]] = []
    triggers = topic_events(s, bodies_named_again(reread_triggers(s, triggers, ctx.issuer),
                                                  ctx.bodies))
    note_bodies(s, triggers, ctx.bodies)
    ctx.body_named |= any(t.type == "commission" and not bare_body(t.text)
                          for t in triggers)
    # "the last session of the Council", "the first meeting of the mechanism": the
    # standing body named before (a session reported, or one only planned: "the next
    # session of the ... Council"), or none
    triggers = body_named_again(triggers, ctx)
    if not triggers:
        return out
    # "During the talks, A and his Uzbek counterpart reviewed ...", "In a call, A and
    # the Minister discussed ...": a talk verb after a meeting's or a call's trigger
    # tells what that one was about
    # ("A and his counterpart B agreed in bilateral talks to ...": a joint statement verb
    # with a meeting or call of its own in the sentence, before or after, is its content)
    triggers = [t for i, t in enumerate(triggers) if not (
        t.type == "meeting" and _ELABORATES.search(t.text)
        and (any(o.type in ("meeting", "call") for o in triggers[:i])
             or (_JOINT_STATEMENT.search(t.text)
                 and any(o.type in ("meeting", "call") for o in triggers[i + 1:]))
             # "discussed energy at his meeting with A": the meeting named after it
             or any(o.type in ("meeting", "call")
                    and at_occasion(s.text, t.end, o)
                    for o in triggers[i + 1:i + 2])))]
    # "met and held talks with X", "received and hosted a lunch for X", "a tete-a-tete
    # followed by delegation-level talks with X": two verbs, one object, one meeting
    triggers = [t for t, n in zip(triggers, triggers[1:] + [None], strict=True)
                if not (n is not None and t.type == n.type == "meeting"
                        and _SHARED_OBJECT.fullmatch(s.text, t.end, n.start))]
    triggers = speech_medium(s, told_once(s, without_named_only(s.text, s.start, triggers)))
    clauses = _clauses(s, triggers)
    hedged: set[str] = set()
    titles, splits = None, predicate_regions(s, triggers)
    for i, t in enumerate(triggers):
        host: Who = None  # (a host's minister our visit told met: see _counterpart_met)
        cl = next(((a, b) for a, b in clauses if a <= t.start < b), (s.start, s.end))
        ahead = [x for x in triggers[i + 1:] if x.start < cl[1]]
        if ahead and (second_noun(s.text, ahead[0]) or participle_after(s.text, t, ahead[0])):
            # "a meeting with A and a working lunch with B of X"; "held talks with his
            # counterparts of the region, meeting the Czech minister three times": the
            # participle tells its own meeting, not the sides of the general one
            cl = (cl[0], ahead[0].start)
        reg, nxt = trigger_region(s, triggers, i, cl, splits)  # (_own_time_predicate)
        if nxt and triggers[i + 1].type == "meeting":
            # "spoke by phone to A the day after US President B met C": the next
            # meeting's subject is no side of this trigger
            theirs = others_subject(s, triggers[i + 1], cl[0], t.end,
                                    nxt[1] if len(nxt) > 1 else cl[1], ctx.issuer)
            if theirs is not None and theirs[1] > t.end:
                reg = (reg[0], min(reg[1], theirs[1]))
        frame = _FRAMES.get(t.frame)
        if frame is None:
            continue
        if t.type == "meeting" and _BODY_LAST_MET.search(s.text, max(cl[0], t.start - 40),
                                                          t.end):
            continue  # "the Joint Commission, which last met in 2019": the body's session
        if t.type == "meeting" and _BODIES_WITH_MET.fullmatch(s.text, cl[0], t.end):
            continue  # "The joint commissions with A, B and C met in March": their sessions
        if (t.type in hedged and NOMINAL.match(t.text)) or planned(s, t, cl, reg[1]):
            # "will include meetings with A, a joint meeting with B, and a meeting
            # with C": the hedge reaches the sentence's later events of its type
            # named as nouns (a verb, "and met C", says what happened); consultations
            # named only as a topic or a mechanism ("Within the framework of the
            # mechanism of political consultations, A held consultations with B")
            # hedge nothing after them
            if not topic_only(s, t, cl) and not denied_before(s, t, cl):
                hedged.add(t.type)
            continue
        who = coordinated_body(s, t, triggers[:i])  # "... Commission and the ... Commission"
        if t.type in ("meeting", "call") and len(triggers) > 1:
            # "called on President A and held talks with Foreign Minister B": two
            # officials, two meetings (or calls), though both records look alike
            titles = find_titles(s, ctx.issuer, officials=True) if titles is None else titles
            # ("the Minister" unqualified is the issuer's own subject, met by nobody)
            who = official_named(titles, t, reg[1], ctx.issuer, s.text)
            if who is None and t.type == "meeting":  # "... and held talks with his counterpart"
                who = counterpart_met(s, t, titles, ctx.issuer,
                                      {w for k, ws in seen.items() if k[:1] == ("meeting",)
                                       for w in ws})
                host = None if who else host_minister(
                    s, t, titles, reg[1], any(r.type == "visit" and r.from_ == [ctx.issuer]
                                              and r.to for r in out))
                who = who or host
        if t.type == "meeting" and _OTHER_MEETINGS.search(s.text, max(cl[0], t.start - 24),
                                                           t.start) or second_noun(s.text, t):
            # "my meetings with A, as well as other meetings with B": another occasion,
            # though its record looks like the one before
            who = ("other", str(t.start))
        made = gathering_told(s, t, frame(s, t, reg, cl, ctx)
                              or with_the_one_before(s, t, reg, out, ctx), out)
        made = revise_made(s, t, made, ctx, reg[1])  # "a day after", "the agenda included"
        made = gapped_visitors(s, t, made, ctx)  # "..., and the President of B in May"
        made = said_by_the_other(s, t, made, ctx)  # "the Israeli minister said he had met C"
        made = [r for r in made if not posted_there(s, t, r, cl[0])]  # (an envoy at home)
        if t.type in ("meeting", "call") \
                and _WHO_BEFORE.search(s.text, max(s.start, t.start - 16), t.start) \
                and (_PAPERS.search(t.text) or _WITH_HIM.match(s.text, t.end)):
            # "received Ms A, who presented her credentials as Ambassador of B": the one
            # received, the same meeting told on in a relative clause (not "who later met
            # with Trade Minister C": another official of ours, another meeting)
            made = [r for r in made if not any(o.type == r.type and o.to == r.to for o in out)]
        elif t.type in ("meeting", "call") \
                and _WHO_BEFORE.search(s.text, max(s.start, t.start - 16), t.start) \
                and (met := [o.to for o in out if o.type in ("meeting", "call")]):
            # "received the Ambassador of Chile, who later held talks with the Ambassador
            # of Peru": the one received is the subject, we are no side of the talks (not
            # "who later met with Trade Minister C": ours, another meeting with the guest)
            made = made if all(r.to in met for r in made) else []
        if fronted_known(s, t, ctx.reported):
            made = []  # "Following the phone call, she left for Japan": the call told
        elif named_as_known(s, t, cl[0], reg[1]) and not met_anew(s, t, ctx.issuer):
            # "The meeting with X also allowed ...", "This meeting highlighted ...": a
            # definite reference to an event already reported is no new event; a
            # bare one ("During the visit, Mr. A of X met ...") names no direction
            bare = s.text[t.end:t.end + 2].lstrip().startswith(",")
            made = [r for r in made if earlier_occasion(s, r, t.end, cl[1], ctx.default,
                                                        t.start) or another_guest(r, ctx) or (
                _reported_key(r) not in ctx.reported and not (
                    bare and r.type == "visit" and ("visit", tuple(r.from_)) in ctx.reported))]
        elif t.type == "meeting" and (_ELABORATES.search(t.text) or (
                t.start == s.start and t.text.lower().startswith("with"))):
            # "A and B discussed ...", "discussed X with his counterpart": most often
            # what the meeting reported before was about, and no second meeting;
            # "With Foreign Minister A, the Secretary discussed ...": after "met his
            # counterparts from A, B and C", the talks with A told in detail
            made = [r for r in made if _reported_key(r) not in ctx.reported]
        elif t.type == "meeting" and participants_named(s, t):
            # "The senators who met with the Minister were A, B and C": who sat at the
            # meeting told before, no second meeting with them
            made = [r for r in made if _reported_key(r) not in ctx.reported]
        elif summons_again(s, t, ctx.summoned):
            # "The Ambassador was received by the Director General": the summons told
            made = []
        elif t.type == "meeting" and t.text[:1] in "ciCI" and _LISTED.match(t.text):
            # "The counterparts were from A, B and C": the list names the meetings
            # of the sentence before; one already reported is not counted twice
            made = [r for r in made if _reported_key(r) not in ctx.reported]
        elif t.type == "meeting" and t.text[:1] in "oOtT" and _OTHERS.match(t.text):
            # "Others included B of Y and C of Z": more of the counterparts the
            # sentence before met; after no meeting ("The main donors are A and B.
            # Others include C"), no event
            made = [r for r in made if _reported_key(r) not in ctx.reported] \
                if ctx.met_just else []
        elif t.type == "election" and "vote" in t.text.lower():
            # "Our country received 152 votes." after the election was reported: its
            # count, not a second election
            made = [r for r in made if _reported_key(r) not in ctx.reported]
        elif ctx.purposed and ctx.carry and t.type == "meeting":
            # "travelled to A for talks with B. ... He also held talks with B's X": those
            made = [r for r in made if not purpose_told_again(s, t, r, ctx.purposed)]
        ctx.purposed |= purpose_partners(s, t, made)
        listed = sum(r.type == "meeting" for r in made) > 1 and who is not None
        if sum(r.type == "meeting" for r in made) > 1 and not (host and who == host):
            who = None  # (a list of partners: the first title after it names none of them)
        mine = new_records(s, t, made, seen, who, listed, triggers[:i], ctx.issuer)
        by_trigger.append((t, mine))
        for r in mine:
            seen.setdefault(sentence_key(r), set()).add(who)
        out.extend(mine)
        partners = {c for r in mine if r.type == "visit" for c in r.from_ + r.to
                    if c != ctx.issuer}
        if len(partners) == 1:
            # "During the visit of Prime Minister A to Budapest, the two governments
            # signed ...": the visit told first is the partner the sentence goes on with
            ctx.focus = list(partners)
        note_partner(ctx, mine)
        if BESIDE.match(t.text):
            beside.extend(mine)
    # "chaired the Committee ... together with his Iraqi counterpart": the
    # counterpart's company in another event of the sentence, not a meeting
    ids = {id(r) for r in beside}
    others = [r for r in out if id(r) not in ids]
    out = [r for r in out if id(r) not in ids or not any(
        o.to == r.to and o.type != r.type for o in others)]
    # ("the visit of A, who was in Thailand last month": the clause's visit, told once)
    again = visit_told_in_relative(s, by_trigger)
    out = [r for r in out if id(r) not in again]
    return one_kind_of_contact(s, out, ctx.issuer)  # a call with X: no meeting with X too


#: standing bodies with partners listed, as the subject of a bare "met": the bodies'
#: sessions (read by their own trigger), no meeting of the partners listed
_BODIES_WITH_MET = re.compile(r"\W*(?:(?:in|on|during|by)\s+[^,;]{1,30},\s+)?"
                              r"(?:(?:the|our|its|their)\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?"
                              r"(?:commissions?|committees?|councils?|working\s+groups?|"
                              r"mechanisms?)\s+(?:with|between)\s+[^.;:]{1,120}?\s+"
                              r"(?:met|meet|convened|sat)$", re.I)
#: a relative clause opened on the one just named: ", who", ", who also"
_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:also|then|later|thereupon)\s+)?$")
#: what the one met did at that meeting: credentials, a call, talks "with him"
_PAPERS = re.compile(r"credence|credentials|commission|introduction|\bcall\b|"
                     r"(?:diplomatic|credential|accreditation)\s+papers", re.I)
_WITH_HIM = re.compile(r"\s+(?:with|to)\s+(?:him|her|them)\b", re.I)
#: "counterparts were from", "interlocutors included": a list of whom was met
_LISTED = re.compile(r"(?:counterparts|interlocutors)\b", re.I)
_OTHERS = re.compile(r"(?:the )?others\b|the (?:rest|remaining)\b", re.I)


def another_guest(r: Record, ctx: Context) -> bool:
    """Whether ``r`` is a visit to us by a guest of another country than those of the
    visits told before ("Modi visited Riga in May. The year saw the first visit of a
    Japanese Prime Minister to Latvia": the visit named is not the one told)."""
    return (r.type == "visit" and bool(r.from_) and r.to == [ctx.issuer]
            and ctx.issuer not in r.from_
            and (tuple(r.from_), tuple(r.to)) not in ctx.visitors)


#: a participle after a comma that tells a meeting of its own: ", meeting the Czech
#: minister", ", holding talks with", ", having also met"
_PARTICIPLE = re.compile(r",\s*(?:also\s+|and\s+)?(?:(?:holding|having(?:\s+also)?(?:\s+held)?|"
                         r"conducting)\s+(?:[\w-]+\s+){0,2}?)?$")
_PARTICIPLE_WORD = re.compile(r"(?:meeting|holding|having|speaking|talking|met\b|held\b)", re.I)
#: a verb of its own after "and": "held talks with his counterparts from the region and
#: met the Czech minister" (not "met and held talks with": nothing between)
_AND_VERB = re.compile(r"\w\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_AND_WORD = re.compile(r"(?:met|held)\b", re.I)


def participle_after(text: str, t: Trigger, nxt: Trigger) -> bool:
    """Whether ``nxt`` is a participle clause of the same type after ``t``'s, set off by
    a comma ("held talks with all his counterparts, meeting the Czech minister"), or a
    verb of its own after "and"."""
    if nxt.type != t.type:
        return False
    if _AND_WORD.match(nxt.text) and _AND_VERB.search(text, t.end, nxt.start):
        return True
    before = _PARTICIPLE.search(text, max(t.end, nxt.start - 40), nxt.start)
    return before is not None and (_PARTICIPLE_WORD.match(nxt.text) is not None
                                   or before.end() - before.start() > 3)
