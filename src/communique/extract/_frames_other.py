"""Frames of the types beyond the six core ones: multilateral sessions,
elections, chairmanships, resolutions, court cases, missions, aid, consular
work and outreach (see :mod:`communique.extract._frames`)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import DateSpan, Place, Record
from ._frame_dates import _dates, _resolved
from ._frame_parts import (
    _AGAINST,
    _EVENT_NOUN,
    _FROM,
    _GENERIC,
    _ITEM_SPLIT,
    _RES_NOUN,
    _SPONSOR,
    Context,
    _codes,
    _ents,
    _group,
    _place,
    _record,
    _topic_cut,
)
from ._policy_topic import policy_cut
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger
from ._venues import orgs_named as _orgs

__all__ = ["place_visits"]


#: a session of so many days told by its end: "a two-day meeting of the Ministerial
#: Council was concluded", "The three-day summit in A ended on 9 May" (its one day is
#: the last)
_N_DAYS_ENDED = re.compile(
    r"\b(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|"
    r"summit|conference|forum|ministerial|council)\b[^.;]{0,140}?\b(?:(?:was|were)\s+"
    r"(?:concluded|closed)|ended|concluded|closed|came\s+to\s+an\s+end)\b", re.I)
_N_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _days_to_end(s: Sentence, date: DateSpan) -> DateSpan:
    """``date``, a session's one day, turned into its days when the sentence tells a
    session of so many days by its end (see ``_N_DAYS_ENDED``)."""
    if date.end is not None or len(date.start or "") != 10:
        return date
    m = _N_DAYS_ENDED.search(s.text, s.start, s.end)
    if m is None:
        return date
    n = _N_DAYS.get(m.group("n").lower()) or int(m.group("n"))
    last = dt.date.fromisoformat(date.start or "")
    return DateSpan((last - dt.timedelta(days=n - 1)).isoformat(), last.isoformat())


def _multilateral(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                  ctx: Context) -> list[Record]:
    la, rb = reg
    if _GUEST_ARRIVED_TO.search(s.text, max(cl[0], t.start - 90), t.start):
        # "received the Foreign Minister of A upon his arrival in Cairo to participate in
        # the summit": the guest's purpose, not the issuer taking part
        return []
    frm = [ctx.issuer] if ctx.issuer else []
    if "held" in t.text or "convened" in t.text or "organi" in t.text \
            or t.text.endswith(("concluded", "closed", "attended by")):
        frm = [ctx.issuer] if ctx.issuer else []
        # ("the 40th BSEC Summit was held": the organisation opens the session's name;
        # so in the passive "The 24th SCO Summit was attended by President A")
        owner = [e.start for e in s.ents if e.kind == "org" and cl[0] <= e.start < t.start
                 and (e.end >= t.start or _NAME_GAP.fullmatch(s.text, e.end, t.start))]
        items = [(min(owner, default=t.start), rb)]
    else:
        bounds = [t.end] + [m.end() for m in _ITEM_SPLIT.finditer(s.text, t.end, rb)
                            if not _inside_name(s.text, m.start(), m.end())] + [rb]
        items = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            if b <= a:
                continue
            if items and _SESSION_TOLD.match(s.text, a, b):
                # "the Meeting of the Council, which opened this morning": the session's
                # own day, told in a relative clause, belongs to it
                items[-1] = (items[-1][0], b)
            else:
                items.append((a, b))
    out: list[Record] = []
    generic: list[bool] = []
    seen: set[tuple] = set()
    for a, b in items:
        if a != items[0][0] and (_MAIN_CLAUSE.match(s.text, a, b)
                                 or _WHO_IS_IN_IT.match(s.text, a, b)):
            # "Addressing the annual meeting of the UfM, the Minister called for
            # dialogue": the main clause after the opening phrase names no session
            break
        orgs = _orgs(s, a, b)
        if not orgs and a == t.end:
            # the body named inside the phrase itself: "joined his ECOWAS counterparts
            # at the extraordinary session", "joined fellow ministers of the East
            # African Community for a meeting"
            orgs = _orgs(s, t.start, t.end)
        if not orgs and not _EVENT_NOUN.search(s.text, a, b):
            continue
        if not orgs and any(r.organizations for r in out) \
                and _BARE_AGAIN.search(s.text, a, b) and not _EVENT_NAMED.search(s.text, a, b):
            continue  # "addressing the X Session of the Council, ... briefed the Council"
        if not orgs and _MEETING_TOLD.match(s.text, a, b) \
                and any(k[0] in ("meeting", "call") for k in ctx.reported):
            continue  # "A, B and C also participated in this meeting": the one told
        generic.append(not orgs and bool(_GENERIC.search(s.text, a, b)))
        ds = _resolved([d for d in s.dates if a <= d.start and d.end <= b], ctx)
        if not ds and a == t.end and any(
                x != a and (_orgs(s, x, y) or _EVENT_NOUN.search(s.text, x, y))
                and any(x <= d.start and d.end <= y for d in s.dates) for x, y in items):
            # ("In July he attended the X summit, and in September the Y": the time
            # before the verb is the first session's when the others have their own)
            ds = _resolved([d for d in s.dates if cl[0] <= d.start and d.end <= t.start], ctx)[-1:]
        date = DateSpan(*ds[0].iso()) if ds else _dates(s, t, reg, cl, ctx)[0]
        date = _days_to_end(s, date)  # "a two-day meeting of the Council was concluded"
        if not ds and a != items[0][0] and ctx.year and _VAGUE_OWN_TIME.search(s.text, a, b):
            # "the X Summit held on 8 June, and the Y Meeting held earlier in the year":
            # a later item with a time of its own, though no day, is of that year only
            date = DateSpan(str(ctx.year))
        if not orgs and _SESSION_AGAIN.match(s.text, a, b) and ctx.last_orgs \
                and not _orgs(s, s.start, s.end):
            # "The 40th BSEC Summit was held on 17 August. The President led the
            # delegation to the Summit.": the session told before, on its day
            orgs = ctx.last_orgs[:1]
            date = date if s.dates else (ctx.last_day or date)
        key = (tuple(orgs[:1]), date)
        if key in seen:
            generic.pop()
            continue
        seen.add(key)
        out.append(_record("multilateral", date, frm, [], orgs[:2], _place(s, a, b, ctx)))
    if len(out) > 1:
        out = [r for r, g in zip(out, generic, strict=True) if not g] or out[:1]
    return out


#: a guest's arrival with its purpose right before the verb: "upon his arrival in Cairo
#: to take part in", "on her arrival to attend"
_GUEST_ARRIVED_TO = re.compile(
    r"\b(?:his|her|their)\s+arrival\b[^.;]{0,60}?\bto\s+$", re.I)


#: a time of its own that names no day: "held earlier in the year", "earlier this year"
_VAGUE_OWN_TIME = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|this|that)\s+year\b", re.I)


#: the meeting told before, named bare: "took part in the meeting", "in this meeting."
_MEETING_TOLD = re.compile(r"\s*(?:this|the|that|said)\s+(?:(?:bilateral|courtesy|official|"
                           r"working)\s+)?(?:meeting|talks|audience|discussions?|call)\s*"
                           r"(?:[.;]|,\s+(?:too|as well)\b|\s+(?:were|was)\s|$)", re.I)


#: a relative clause telling when or where the session named before it sat
_SESSION_TOLD = re.compile(r"\s*(?:which|that)\s+"
                           r"(?:(?:was|were|is|are|has\s+been)\s+(?:being\s+)?)?"
                           r"(?:opened|opens|began|begins|started|starts|took\s+place|takes\s+place|"
                           r"held|convened|closed|ended|concluded|runs|ran)\b", re.I)
#: a relative clause on who is in the delegation or at the session, after a comma
#: ("led the delegation to the conference, which includes the Permanent Representative
#: to the United Nations"): no session of its own
_WHO_IS_IN_IT = re.compile(r"\s*(?:which|who)\s+(?:also\s+)?(?:includes?|included|comprises?|"
                           r"comprised|consists?\s+of|consisted\s+of|brings?\s+together|"
                           r"brought\s+together)\b", re.I)

#: an item that opens a clause, a person as its subject and a finite verb after it
#: ("the Minister called for", "she urged", "the Deputy Minister later told"): the main
#: clause after an opening phrase, no session of a list
_MAIN_CLAUSE = re.compile(
    r"\s*(?:(?:the|his|her|their|our|its|both|all)\s+)?(?:(?:two|three|four)\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w’'.-]*|foreign|deputy|prime|vice|visiting)\s+){0,3}?"
    r"(?:he|she|they|we|I|(?:foreign\s+)?ministers?|presidents?|secretary|ambassadors?|"
    r"chancellor|premier|delegations?|envoys?|leaders?|diplomats?|counterparts?|"
    r"heads?\s+of\s+(?:state|government|delegation|diplomacy))"
    r"(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}\s+(?:(?:also|then|later|further|again|firmly|"
    r"strongly|once\s+again)\s+)?"
    r"(?!(?:sessions?|summits?|meetings?|conferences?|councils?|forums?|ministerials?|"
    r"assembly|congress|dialogues?|talks|gatherings?|consultations?|conventions?|"
    r"affairs|is|was|of)\b)"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|said|spoke|told|met|made|gave|took|held|saw|sent|brought|"
    r"began|wrote|put|set|led|drew|paid|stood|won|sought|thought|found|felt|"
    r"has|have|had|will|would|could|can|must)\b", re.I)
#: the body just named, named again by its bare noun inside a later item ("..., on 2
#: March in Geneva briefed the Council on ..."), and a session named in full
_BARE_AGAIN = re.compile(r"\bthe\s+(?-i:Council|Summit|Session|Conference|Assembly|Forum)\b"
                         r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?-i:[A-Z]))")
_EVENT_NAMED = re.compile(r"(?-i:[A-Z])[\w-]*\s+(?-i:Council|Summit|Session|Conference|"
                          r"Assembly|Forum)\b")
#: between an organisation and the session noun it names: "BSEC Summit", "OSCE
#: Ministerial Council" (a word or two, no clause)
_NAME_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
#: a session named again by its bare noun: "(to) the Summit", "the Council"
_SESSION_AGAIN = re.compile(r"\s*(?:(?:to|at|in)\s+)?the\s+(?-i:Summit|Session|Conference|"
                            r"Council|Assembly|Ministerial|Forum|Meeting)\b"
                            r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?-i:[A-Z]))")


#: "Committee on Politics, Defence and Security Cooperation": a comma or "and"
#: inside a name joins capitalised words, it does not start another event
_NAME_GOES_ON = re.compile(r",\s+(?!The\b|A\b|An\b)(?-i:[A-Z])\w+(?:,\s+(?-i:[A-Z])\w+)*"
                           r"\s+(?:and|&)\s+(?-i:[A-Z])\w+|\s+(?:and|&)\s+(?!The\b)(?-i:[A-Z])")
_CAP_BEFORE = re.compile(r"(?-i:[A-Z])[a-z]+$")


def _inside_name(text: str, a: int, b: int) -> bool:
    return bool(_CAP_BEFORE.search(text, max(0, a - 30), a)) and bool(
        _NAME_GOES_ON.match(text, a))


def _acting(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
            ctx: Context) -> list[Record]:
    la, rb = reg
    actors = _codes(_ents(s, cl[0], t.start, "country", "adj", "issuer"), ctx)
    frm = actors[:1] or ([ctx.issuer] if ctx.issuer else [])
    orgs = _orgs(s, t.start, cl[1]) or _orgs(s, cl[0], cl[1]) or ctx.last_orgs[:1]
    return [_record(t.type, d, frm, [], orgs[:2]) for d in _dates(s, t, reg, cl, ctx)[:1]]


def _chair(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
           ctx: Context) -> list[Record]:
    """One chair per chairmanship: the subject before the trigger; after a hand-over
    ("handed over the chairmanship to X"), the country it went to. Other countries
    of the clause (an organisation's members listed after its name) hold nothing."""
    named = _ents(s, cl[0], t.start, "country", "adj", "issuer")
    before = _codes(named, ctx)
    after = _codes(_ents(s, t.end, cl[1], "country", "adj", "issuer"), ctx)
    handed = bool(re.search(r"\b(?:handed|hands|passed|transferred)\b", t.text, re.I))
    if handed and after and _HANDED_BY.match(t.text):
        # "Kenya handed over the chairmanship of IGAD to Uganda", "the Prime Minister
        # handed over the chairmanship to ...": the one who hands it over held it until
        # that day, and the one it went to holds it from then (the subject, the nearest
        # country named before the verb, or the issuer's own official)
        giver = _codes(named[-1:], ctx) or ([ctx.issuer] if ctx.issuer else [])
        chairs = list(dict.fromkeys(giver + after[:1]))
    elif handed:
        chairs = after[:1] or before[:1]
    else:
        # the country named last before it ("... of the Lao-Viet Nam Committee, as the
        # Lao PDR assumes the Chairmanship"), though it was named earlier too
        chairs = _codes(named[-1:], ctx) or before[-1:] or after[:1]
    chairs = chairs or ([ctx.issuer] if ctx.issuer else [])
    orgs = _orgs(s, cl[0], cl[1]) or _orgs(s, s.start, s.end)
    if not orgs and "chaired" in t.text.lower():
        return []  # a meeting chaired by someone: no organisation's chair
    orgs = orgs or ctx.last_orgs[:1]
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("chairmanship", date, [c], [], orgs[:1]) for c in chairs]


#: a hand-over told by the one who hands it over, in the active: "handed over the
#: chairmanship", "passed the presidency" (not "the chairmanship was handed over to")
_HANDED_BY = re.compile(r"(?:handed|hands|passed|transferred)\b", re.I)


_JOINT = re.compile(r"\b(?:[Jj]oint (?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu)|between)\b")

#: the subject of "adopted" is the two sides ("the two leaders", "both ministers",
#: "met his Kenyan counterpart and adopted", "Minister A and B adopted"): a document of
#: the two states
_TWO_SIDES = re.compile(r"\b(?:the two|both)\s+(?:[\w-]+\s+){0,2}?(?:leaders|sides|presidents|"
                        r"ministers|prime ministers|heads of (?:state|government)|"
                        r"governments|countries|parties|delegations|foreign ministers)\b|"
                        r"\b(?:together|jointly)\b|\bcounterparts?\b|"
                        # two named just before the verb: "Minister A and B adopted"
                        r"(?-i:\b[A-Z][\w’'-]+)\s+and\s+(?:[\w.’'-]+\s+){0,6}?"
                        r"(?-i:[A-Z][\w’'-]+)\s+(?:(?:have|had|also|then)\s+)?$", re.I)


def _resolution(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                ctx: Context) -> list[Record]:
    la, rb = reg
    nouns = list(_RES_NOUN.finditer(s.text, t.end, rb)) or \
        list(_RES_NOUN.finditer(s.text, la, t.start))[-1:]
    if not nouns:
        return []
    if t.type == "resolution" and "adopted" == t.text.lower():
        nouns = [n for n in nouns if not re.match(r"statement", n.group(), re.I)] or nouns[:1]
    sponsor = [ctx.issuer] if ctx.issuer and _SPONSOR.search(s.string) and any(
        e.code in (ISSUER, ctx.issuer) for e in s.ents) else []
    date = _dates(s, t, reg, cl, ctx)[0]
    named = _orgs(s, s.start, s.end)
    # (not the sides of what the document said: "The declaration adopted by the leaders
    # underlined the cooperation between A, B and C" is a body's, not an agreement of states)
    said = _topic_cut(s, t.end, s.end)
    partners = [c for c in _codes(_ents(s, s.start, said, "country", "adj", "issuer"), ctx)
                if c != ctx.issuer]
    two = t.text.lower() == "adopted" and _TWO_SIDES.search(s.text, s.start, t.start)
    if not named and two and not partners:
        # "The two leaders adopted a joint declaration": the partner the text is about
        partners = [c for c in ctx.focus if c != ctx.issuer][:1]
    if not named and partners and (two or _JOINT.search(s.text, la, min(rb, said))):
        # "a Joint Statement between Slovakia and Poland was adopted", "met his Kenyan
        # counterpart and adopted a roadmap": a document of states, not of a body
        frm = [ctx.issuer] if ctx.issuer else []
        return [_record("agreement", date, frm, partners, [])]
    orgs = named or ctx.last_orgs[:1]
    return [_record("resolution", date, sponsor, [], orgs[:2]) for _ in nouns[:4]]


def _legal(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
           ctx: Context) -> list[Record]:
    codes = _codes(_ents(s, cl[0], cl[1], "country", "adj", "issuer"), ctx)
    m = _AGAINST.search(s.text, cl[0], cl[1])
    if m:
        resp = _codes(_ents(s, m.end(), cl[1], "country", "adj"), ctx)[:1]
        app = [c for c in codes if c not in resp][:1]
    else:
        app = [ctx.issuer] if ctx.issuer in codes else codes[:1]
        resp = [c for c in codes if c not in app][:1]
    if not app and ctx.issuer:
        app = [ctx.issuer]
    if not resp:
        resp = [c for c in ctx.focus if c not in app][:1]
    orgs = _orgs(s, cl[0], cl[1]) or ctx.last_orgs[:1]
    return [_record("legal", d, app, resp, orgs[:1]) for d in _dates(s, t, reg, cl, ctx)[:1]]


def _mission(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
             ctx: Context) -> list[Record]:
    if _MISSION_TOPIC.search(s.text, cl[0], t.start):
        return []  # "discussed the steps ... including the reopening of embassies"
    # ("the opening of embassies, ... and the isolation of Russia": no host there)
    end = policy_cut(s.text, t.end, cl[1])
    codes = _codes(_ents(s, cl[0], end, "country", "adj", "issuer", "city"), ctx, places=True)
    orgs = _orgs(s, cl[0], end)
    date = _dates(s, t, reg, cl, ctx)[0]
    if orgs and all(c == ctx.issuer for c in codes):
        return [_record("mission", date, [], [ctx.issuer] if ctx.issuer else [], orgs[:1])]
    hosts = [c for c in codes if c != ctx.issuer]
    return [_record("mission", date, [ctx.issuer] if ctx.issuer else [], [h], []) for h in hosts]


#: an opening talked about, not reported: "discussed the steps towards the reopening"
_MISSION_TOPIC = re.compile(r"\b(?:discuss\w*|talked about|steps|plans?|preparations?|agreed|"
                            r"decided|intends?|intention|proposal|possibility|prospects?)\b",
                            re.I)


#: aid talked about, not given: "discussed the humanitarian aid shipments to A",
#: "analysed the situation in A, focusing on the humanitarian assistance deliveries"
_AID_TOPIC = re.compile(r"\b(?:discuss(?:ed|es|ing)?|analy[sz](?:ed|es|ing)|"
                        r"focus(?:ed|es|ing)?\s+on|talked\s+about|exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions)\s+on|"
                        # ("reviewed Mexico's aid to Cuba", "addressed the delivery of")
                        r"review(?:ed|s|ing)|address(?:ed|es|ing)|examin(?:ed|es|ing)|"
                        r"consider(?:ed|s|ing)|debat(?:ed|es|ing)|touched\s+(?:up)?on)\b"
                        # (no giving told after it: "After they discussed trade, A
                        # handed over aid to B")
                        r"(?:(?!\b(?:sent|sends|deliver(?:ed|s)|handed|hands|provided|provides|"
                        r"donated|donates|allocated|dispatched|shipped|granted|gave|gives)\b)"
                        r"[^.;])*$", re.I)


#: aid as the subject of a passive talk verb: "Humanitarian aid to Gaza was also discussed"
_AID_DISCUSSED = re.compile(r"[^.;]{0,60}?\b(?:was|were|is|are)\s+(?:also\s+)?(?:discussed|"
                            r"addressed|reviewed|examined|considered|raised|on\s+the\s+agenda)\b",
                            re.I)


def _aid(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
         ctx: Context) -> list[Record]:
    la, rb = reg
    if _AID_TOPIC.search(s.text, max(s.start, t.start - 120), t.start) \
            or _AID_DISCUSSED.match(s.text, t.end, s.end):
        # "analysed the situation, focusing on the humanitarian aid shipments", "Aid to
        # Gaza was also discussed"
        return []
    rec = [c for c in _codes(_ents(s, t.end, rb, "country", "adj", "issuer", "city"), ctx,
                             places=True) if c != ctx.issuer]
    if not rec:
        return []
    orgs = _orgs(s, la, rb)
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("aid", date, [ctx.issuer] if ctx.issuer else [], [r], orgs[:1]) for r in rec]


def _consular(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    codes = _consular_places(s, reg, ctx) or _consular_places(s, cl, ctx)
    # ("returned home through the border checkpoint with Armenia": the place may
    # follow a second trigger of the same clause)
    date = _dates(s, t, reg, cl, ctx)[0]
    frm = [ctx.issuer] if ctx.issuer else []
    if not codes:
        return [_record("consular", date, frm, [], [])]
    return [_record("consular", date, frm, [c], []) for c in codes]


def _consular_places(s: Sentence, span: tuple[int, int], ctx: Context) -> list[str]:
    ents = _ents(s, span[0], span[1], "country", "adj", "issuer", "city")
    frm_m = _FROM.search(s.text, span[0], span[1])
    if frm_m:  # "evacuated ... from Ukraine (with the help of our embassies in Poland)"
        after = [e for e in ents if e.start >= frm_m.end()]
        ents = _group(s, after) if after else ents
    return [c for c in _codes(ents, ctx, places=True) if c != ctx.issuer]


def _outreach(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    orgs = _orgs(s, *reg)
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("outreach", date, [ctx.issuer] if ctx.issuer else [], [], orgs[:2])]


#: a sentence opened by where the issuer's official is: "In Brussels, the Minister
#: attended ...", "On 1 to 3 February in Brussels, ...", "While in Addis Ababa, she
#: met ...", "During his stay in Hanoi, ..."; the place follows at the match's end
_STAY_OPENER = re.compile(
    r"\s*(?:(?:On|From|Between)\s+(?:[^,.;]{0,25}?\d[^,.;]{0,15}?|(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+)?"  # a date first: "On 3 May(,) in Paris"
    r"(?:(?:While|Whilst|When|while|whilst|when)\s+(?:(?:he|she|they)\s+(?:was|were|is|are)\s+)?"
    r"|During\s+(?:his|her|their|the\s+Minister['’]s)\s+(?:[\w-]+\s+)?(?:stay|time)\s+)?"
    r"(?:In|in)\s+(?:the\s+(?:city|capital)\s+of\s+)?(?=[A-Z])")
#: what may stand between the place and the comma that closes the opener
_OPENER_REST = re.compile(r"[^.;,]{0,50}?,|,")
#: the opener's subject is an envoy posted there ("In Madrid, Georgia's new ambassador
#: presented her credentials", "In Tokyo, our chargé d'affaires met ..."): no journey
_ENVOY_SUBJECT = re.compile(
    r"\s*(?:(?:the|our|its|his|her|their|new|newly|appointed|incoming|outgoing|resident|"
    r"[A-Z][\w'’.-]*),?\s+){0,4}?(?i:ambassadors?|charg[ée]s? d['’]affaires|"
    r"high commissioners?|consuls?(?:[ -]general)?|permanent representatives?|"
    r"heads? of mission)\b")
#: the kinds of record an official does on the spot (a call needs no journey)
_ON_THE_SPOT = ("meeting", "multilateral", "agreement", "consultation", "commission",
                "outreach", "mission")


def place_visits(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """A visit shown only by its place: a sentence that opens with where the issuer's
    official was ("In Brussels, the Minister attended ...", "While in Addis Ababa, she
    met ...") and reports what was done there gives the journey to that country (a
    visit, unless the document reported one already) and the place to the records
    of the sentence that have none. A place in the issuer's own country gives nothing."""
    m = _STAY_OPENER.match(s.text, s.start, s.end)
    if m is None or not ctx.issuer:
        return []
    at = next((e for e in s.ents if e.start == m.end() and e.kind in ("city", "country")), None)
    rest = _OPENER_REST.match(s.text, at.end, s.end) if at else None
    if at is None or rest is None or _ENVOY_SUBJECT.match(s.text, rest.end(), s.end):
        return []
    code = at.code
    done = [r for r in recs if r.type in _ON_THE_SPOT and ctx.issuer in r.from_]
    if code in (ctx.issuer, ISSUER) or not done or any(
            r.type == "visit" and (code in r.to or ctx.issuer in r.to) for r in recs):
        return []
    place = Place(code, s.text[at.start:at.end] if at.kind == "city" else None)
    for r in done:
        if r.place is None:
            r.place = place
    if ("visit", (code,)) in ctx.reported:
        return []  # "The Minister arrived in Hanoi. ... In Hanoi, he met ...": one journey
    ds = _resolved([d for d in s.dates if d.end <= rest.end()], ctx)
    date = DateSpan(*ds[0].iso()) if ds else done[0].date
    return [_record("visit", date, [ctx.issuer], [code], [], place)]
