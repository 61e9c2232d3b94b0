"""Finding numeric claims in a draft and what each one counts.

A claim is a number (digits or words, with an optional qualifier: "more than",
"about", "at least", "less than") followed within a few words by a plural
noun ("27 international agreements", "the Foreign Ministers of 16 countries").
:func:`find_claims` reads each sentence and returns :class:`Claim` objects
with what is counted (:class:`Measure`: an event type, countries, visits
received or paid, a level, a partner or a region; a measure unit such as
votes or students; rounds of named talks; consular operations), the period
and occasion its clause names (:mod:`._scope`), or why it cannot be
counted. Amounts written currency first ("USD 200,000") are claims too.
Numbers inside quotation marks are quotations, not claims. Lists of
countries in a sentence (:func:`find_lists`) are found with the extractor's
gazetteer, so a list can be checked against the count that introduces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ._scope import Period, Window, read_scope

__all__ = ["Measure", "Claim", "CountryList", "find_claims", "find_lists", "sentences"]

_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "one hundred": 100, "a dozen": 12,
}
_QUALIFIERS = [
    ("more_than", r"more than|over|above|in excess of|upwards of|exceeding|greater than|"
                  r"(?:has |have |had )?(?:exceeded|surpassed|topped)"),
    ("at_least", r"at least|no fewer than|no less than|a minimum of|not less than"),
    ("about", r"about|around|approximately|nearly|almost|some|roughly|close to|circa|"
              r"an estimated|up to|some \d+ odd"),
    ("less_than", r"less than|fewer than|under|below"),
]
_VAGUE = r"dozens of|several|numerous|a number of|many|scores of|hundreds of|a series of"
_NUM = (r"\d{1,3}(?:,\d{3})+|\d+|"
        + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)))
#: noun (last word, lower case) -> what it counts
_UNITS: dict[str, str] = {
    "meetings": "meeting", "talks": "meeting", "bilaterals": "meeting",
    "visits": "visit", "trips": "visit",
    "agreements": "agreement", "documents": "agreement", "memoranda": "agreement",
    "memorandums": "agreement", "treaties": "agreement", "protocols": "agreement",
    "declarations": "agreement", "conventions": "agreement", "accords": "agreement",
    "consultations": "consultation", "rounds": "consultation",
    "conversations": "call", "calls": "call", "videoconferences": "call",
    "commissions": "commission", "sessions": "commission",
    "embassies": "mission", "consulates": "mission", "missions": "mission",
    "resolutions": "resolution",
    "countries": "countries", "states": "countries", "nations": "countries",
    "partners": "countries", "capitals": "countries",
    "ministers": "ministers", "presidents": "heads", "leaders": "heads", "heads": "heads",
    "events": "events", "contacts": "events",
    "organisations": "orgs", "organizations": "orgs",
}
_SKIP_UNITS = {"decades", "centuries", "times", "years", "year", "days", "day", "months",
               "month", "weeks", "week", "hours", "minutes", "percent", "per", "th", "st",
               "nd", "rd"}
#: words in -s that are no plural noun a count could end on ("500 news items")
_NOT_PLURAL = r"(?!(?:news|series|means|status|basis|gas|congress|process|business|access|" \
              r"address|progress|success|crisis|analysis|bus|campus|focus|virus|affairs|" \
              r"relations|was|has|is|its|this|thus|plus|across|as|us)\b)"
_NOUN = _NOT_PLURAL + r"(?P<noun>[A-Za-z][\w'-]*s|talks|people|children|women|men|staff|" \
    r"personnel|media)"
#: "the two countries", "these three states": a reference, not a count
_ANAPHORIC = re.compile(r"\b(?:the|these|those|both|their|our|its|all|his|her)\s+$", re.I)
_RX = re.compile(
    r"(?<![\w.,/-])(?:(?P<qual>" + "|".join(v for _, v in _QUALIFIERS) + r")\s+)?"
    r"(?P<num>" + _NUM + r")(?![\w.]|,\d|\s*(?:%|per cent|percent))"
    r"(?:\s+(?P<mult>thousand|million|billion|mln|bn)\b)?"
    r"(?P<mod>(?:\s+(?!of\b|and\b|in\b|to\b|with\b|from\b|for\b|on\b|at\b|by\b|were\b|was\b|"
    r"have\b|had\b|has\b|are\b|is\b)[A-Za-z][\w-]*){0,3}?)\s+" + _NOUN + r"\b", re.I)
_VAGUE_RX = re.compile(r"\b(?P<vague>" + _VAGUE + r")\s+(?P<mod>(?:[a-z][\w-]*\s+){0,2}?)"
                       r"(?P<noun>meetings|visits|agreements|documents|consultations|"
                       r"telephone conversations|conversations|calls|contacts|events)\b", re.I)

# what the countries (or events) did: cues near the number
_TYPE_CUES: list[tuple[str, str]] = [
    ("agreement", r"\bsign(?:ed|ing)?\b|\bagreements?\b|\bmemorand|\btreat(?:y|ies)\b"),
    ("consultation", r"\bconsultations?\b"),
    ("commission", r"\bcommissions?\b|\bintergovernmental\b"),
    ("call", r"\btelephone\b|\bphone\b|\bvideo ?conferences?\b|\bcalls?\b"),
    ("visit", r"\bvisit(?:s|ed|ing)?\b|\btrips?\b|\btravell?ed\b|\bcame to\b|\bhosted\b"),
    ("meeting", r"\bmet\b|\bmeetings?\b|\btalks\b|\bmeet\b"),
    ("aid", r"\bassistance\b|\baid\b|\bhumanitarian\b|\bdonat"),
    ("mission", r"\bembass(?:y|ies)\b|\bconsulates?\b|\bopened\b"),
    ("multilateral", r"\bsummits?\b|\bsessions? of the\b|\bconferences?\b|\bmultilateral\b"),
]
_CONTACT_CUE = re.compile(r"\bcontacts?\b|\brelations\b|\bpartners?\b|\bpartner countries\b|"
                          r"\binvolved\b|\bcooperat|\bengag", re.I)
_NOT_COUNTED = re.compile(r"\bco-?(?:authored|sponsored)\b|\bvot(?:ed|es?|ing)\b|"
                          r"\bsupported\b|\bstudents?\b|\bparticipants?\b|\bfrom \w+ countries "
                          r"had\b", re.I)
_RECEIVED = re.compile(r"\bvisited (?:our country|us|{issuer})\b|\bvisits? to (?:our country|"
                       r"{issuer})\b|\breceived\b|\bhosted\b|\bcame to\b|\barrived in\b|"
                       r"\bto (?:our country|{issuer})\b|\bin (?:our country|{issuer})\b")
_PAID = re.compile(r"\bpaid\b|\babroad\b|\bvisited \S+ (?:countries|states|capitals)\b|"
                   r"\bvisits? to \S+ (?:countries|states|capitals)\b|\btravell?ed\b")
_HEADS = r"heads? of (?:state|government)(?: (?:and|or) (?:state|government))?|presidents?|" \
         r"prime ministers?|kings?|leaders"
_FMS = r"foreign ministers?|ministers? (?:of|for) foreign affairs|secretar(?:y|ies) of state|" \
       r"foreign secretar(?:y|ies)|counterparts"
_LEVEL_NEAR = re.compile(rf"\b(?P<heads>{_HEADS})\b|\b(?P<fm>{_FMS})\b", re.I)
_UNKNOWN_LEVEL = re.compile(r"level (?:of these visits )?is not recorded|level not recorded",
                            re.I)
_REGIONS = [
    ("Africa", r"\bAfrica(?:n)?\b"),
    ("Europe", r"\bEurope(?:an)?\b(?! Union| Commission| Council| Parliament| Court)"),
    ("Asia", r"\bAsia(?:n)?\b(?! Development Bank)"),
    ("Americas", r"\b(?:Latin America(?:n)?|Americas|South America(?:n)?|"
                 r"the Caribbean|Caribbean)\b"),
    ("Oceania", r"\b(?:Oceania|Pacific island)"),
]
_QUOTES = re.compile(r"\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”|«[^»\n]{0,300}»")


@dataclass
class Measure:
    """What a claim counts, in the counting module's terms."""

    what: str                      # meeting, visit, ..., "countries", "events", "orgs"
    type: str | None = None        # the event type a "countries" measure is about
    direction: str | None = None   # received | paid (visits)
    level: str | None = None       # heads | foreign_minister | unknown
    partner: str | None = None     # one country (ISO3)
    region: str | None = None      # a UN region ("Europe|Asia": any of them)
    why_not: str | None = None     # set when the registry cannot count it
    units: tuple[str, ...] = ()    # what="measure": the measure units that match the noun
    named: str | None = None       # what="rounds": the talks named ("Geneva International ...")
    period: Period | None = None   # "so far", "since 2020": years beyond the draft's
    window: Window | None = None   # "in the first half of the year", "at the ... summit"


@dataclass
class Claim:
    start: int              # the number phrase in the text
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    phrase: str             # "more than 80 meetings"
    value: int | float | None
    qualifier: str
    noun: str
    measure: Measure
    notes: list[str] = field(default_factory=list)


@dataclass
class CountryList:
    start: int
    end: int
    codes: list[str]
    names: list[str]

    @property
    def duplicates(self) -> list[str]:
        seen: set[str] = set()
        out = []
        for c in self.codes:
            if c in seen and c not in out:
                out.append(c)
            seen.add(c)
        return out


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence (the extractor's segmenter)."""
    from ..extract.text import sentence_spans

    yield from sentence_spans(text)


_MULT = {"thousand": 1000, "million": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000,
         "bn": 1_000_000_000}
#: amounts written currency first: "USD 200,000", "$1.5 million", "EUR 2 mln"
_AMOUNT_RX = re.compile(
    r"(?<![\w.])(?:(?P<qual>" + "|".join(v for _, v in _QUALIFIERS) + r")\s+)?"
    r"(?P<cur>US\$|USD|EUR|GBP|CHF|AZN|GEL|\$|€|£)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    r"\d+(?:\.\d+)?)(?:\s+(?P<mult>thousand|million|billion|mln|bn)\b)?")


def _value(num: str) -> int:
    n = num.lower()
    return _WORDS[n] if n in _WORDS else int(n.replace(",", ""))


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text, start, end)]


#: where a clause ends: ";", a dash, or ", and" / ", but" / ", while" before a new clause
#: (not before a list's next country: ", and Serbia", ", and the Republic of Serbia")
_CLAUSE_END = re.compile(r";|\s[-–—]\s|,\s+(?:and|but|while|whereas)\s+(?!the\s+[A-Z])"
                         r"(?=[a-z0-9])")


def _clause(text: str, s: int, e: int, a: int, b: int) -> tuple[int, int]:
    """The clause around [a, b) within the sentence [s, e)."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text[s:a])), default=0)
    right = _CLAUSE_END.search(text[b:e])
    return s + left, b + right.start() if right else e


def _measure(text: str, s: int, e: int, m: re.Match[str], noun: str, issuer: str,
             issuer_names: list[str]) -> Measure:
    """What the number of ``m`` counts, with the period and occasion its clause names."""

    cs, ce = _clause(text, s, e, m.start(), m.end())
    measure = _what(text, cs, ce, m, noun, issuer, issuer_names)
    if measure.why_not is None:
        measure.period, measure.window = read_scope(text[cs:ce], _orgs(text, cs, ce))
        if measure.window is not None and measure.window.why_not:
            measure.why_not = measure.window.why_not
    return measure


def _orgs(text: str, start: int, end: int) -> list[str]:
    """The organisations named in ``text[start:end]``, the longest name where names overlap
    ("OSCE Ministerial Council", not also "OSCE")."""
    from ..extract.text import find_places

    found = find_places(text, "org", start, end)
    keep = [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                        and (o.end - o.start) > (m.end - m.start)
                                        for o in found)]
    return list(dict.fromkeys(m.code for m in keep))


def _units_of(mod: str, noun: str) -> tuple[str, ...]:
    """The measure units a counted noun may stand for ("news items" -> news items, items)."""
    from ..measures import canonical_unit

    words = mod.split()
    out = [canonical_unit(" ".join([*words[i:], noun])) for i in range(len(words))]
    out.append(canonical_unit(noun))
    return tuple(dict.fromkeys(u for u in out if u))


_NAMED_ROUNDS = re.compile(r"\brounds?\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'-]*\s*)+)")
_COHORT = re.compile(r"\b(?:students|diplomats|participants|trainees|journalists|people|guests|"
                     r"scholars|delegates|experts|fellows)\s+from\s+(?:over\s+|more than\s+|"
                     r"some\s+|about\s+)?$", re.I)
_CONSULAR_OPS = re.compile(r"\bemergenc|\bevacuat|\brescue|\bconsular|\brepatriat", re.I)


def _what(text: str, cs: int, ce: int, m: re.Match[str], noun: str, issuer: str,
          issuer_names: list[str]) -> Measure:
    unit = _UNITS.get(noun.lower())
    clause = _mask_orgs(text, cs, ce)
    before = text[max(cs, m.start() - 60):m.start()]
    after = text[m.end():min(ce, m.end() + 120)]
    mod = (m.group("mod") or "").lower()
    names = "|".join(re.escape(n) for n in [issuer, *issuer_names] if n)
    received = re.compile(_RECEIVED.pattern.replace("{issuer}", names or issuer), re.I)
    if noun.lower() in ("operations", "evacuations") and _CONSULAR_OPS.search(clause):
        return Measure("consular_ops")
    if unit is None:
        return Measure("measure", units=_units_of(mod, noun))
    if unit == "countries" and _COHORT.search(text[max(cs, m.start() - 40):m.start()]):
        return Measure("measure", units=_units_of(mod, noun))  # "18 diplomats from 12 countries"
    if _NOT_COUNTED.search(clause) and unit in ("countries", "events"):
        units = _units_of(mod, noun)
        if re.search(r"\bco-?(?:authored|sponsored)\b", clause, re.I):
            units += ("co-sponsors",)
        return Measure("measure", units=units)
    if unit == "call" and re.search(r"\bhotlines?\b|\banswered\b|\bcall cent|\bemergency "
                                    r"(?:line|number)", clause, re.I):
        return Measure("measure", units=_units_of(mod, noun))
    measure = Measure(unit)
    if unit == "commission" and noun.lower() == "sessions" and "commission" not in clause.lower():
        measure = Measure("multilateral")
    if unit == "consultation" and noun.lower() == "rounds" and \
            "consultation" not in clause.lower():
        named = _NAMED_ROUNDS.search(text, m.start(), ce)
        if named:
            return Measure("rounds", named=named.group("name").strip())
        return Measure(unit, why_not="the sentence does not say rounds of what")
    if unit == "events" and "multilateral" in mod:
        measure = Measure("multilateral")
    if unit in ("ministers", "heads"):
        measure = Measure("countries", type="visit" if re.search(
            r"\bvisit", clause, re.I) else "meeting")
        if unit == "heads" or re.search(_HEADS, f"{mod} {noun}", re.I):
            measure.level = "heads"
        elif re.search(r"foreign", mod + " " + before[-20:], re.I):
            measure.level = "foreign_minister"
        elif unit == "ministers":
            return Measure("countries", why_not="ministers of which portfolio? the registry "
                                                "counts foreign ministers and heads only")
    if measure.what == "orgs":
        measure.type = _type_cue(clause, m.start() - cs)
    if measure.what == "countries" and measure.type is None:
        measure.type = _type_cue(clause, m.start() - cs)
        if measure.type is None and not _CONTACT_CUE.search(clause):
            return Measure("countries", why_not="the sentence does not say what the countries "
                                                "did that the registry records")
    kind = measure.type if measure.what == "countries" else measure.what
    if kind == "visit":
        if received.search(clause):
            measure.direction = "received"
        elif _PAID.search(clause):
            measure.direction = "paid"
    if kind in ("visit", "meeting", "call") and measure.level is None:
        if _UNKNOWN_LEVEL.search(clause):
            measure.level = "unknown"
        else:
            near = before[-45:] if measure.what == "countries" else f"{mod} {after[:60]}"
            lv = _LEVEL_NEAR.search(near)
            if lv and not (lv.group("fm") and lv.group("fm").lower() == "counterparts"):
                measure.level = "heads" if lv.group("heads") else "foreign_minister"
            elif measure.direction == "paid":
                own = _LEVEL_NEAR.search(text[cs:m.start()])
                if own and own.group("fm") != "counterparts":
                    measure.level = "heads" if own.group("heads") else "foreign_minister"
    regions = [region for region, rx in _REGIONS if re.search(rx, clause)]
    measure.region = "|".join(regions) or None  # "in Europe and Asia": either
    measure.partner = _partner(text, cs, ce, issuer)
    return measure


def _mask_orgs(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with organisation names blanked ("Co-operation in Europe",
    "Islamic Cooperation" say nothing about regions or contacts)."""
    from ..extract.text import find_places

    chars = list(text[start:end])
    for mt in find_places(text, "org", start, end):
        for i in range(mt.start - start, mt.end - start):
            chars[i] = " "
    return "".join(chars)


def _partner(text: str, start: int, end: int, issuer: str) -> str | None:
    """The one partner country a clause names ("3 visits to Türkiye"), if it names one
    and no list."""
    from ..extract.text import find_places

    if find_lists(text, start, end):
        return None
    codes = {mt.code for kind in ("country", "adj")
             for mt in find_places(text, kind, start, end)} - {issuer}
    return codes.pop() if len(codes) == 1 else None


def _type_cue(clause: str, pos: int) -> str | None:
    """The event type named nearest to the number in the clause."""
    best: tuple[int, str] | None = None
    for kind, rx in _TYPE_CUES:
        for cue in re.finditer(rx, clause, re.I):
            dist = abs(cue.start() - pos)
            if best is None or dist < best[0]:
                best = (dist, kind)
    return best[1] if best else None


def find_claims(text: str, issuer: str, *, issuer_names: list[str] | None = None
                ) -> list[Claim]:
    """Every numeric claim of ``text`` with what it counts (from the issuer's side)."""
    names = issuer_names or []
    out: list[Claim] = []
    for s, e in sentences(text):
        quoted = _quoted(text, s, e)
        sentence = text[s:e]
        for m in _RX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            noun = m.group("noun")
            value = _value(m.group("num"))
            if noun.lower() in _SKIP_UNITS or (value in (0, 1) and not m.group("mult")):
                continue
            value *= _MULT.get((m.group("mult") or "").lower(), 1)
            if 1900 <= value <= 2100 and not re.search(r"\d,\d", m.group("num")):
                continue
            before = text[max(s, m.start() - 12):m.start()].lower()
            if not m.group("qual") and _ANAPHORIC.search(text[max(s, m.start() - 8):m.start()]):
                continue
            if re.search(r"(?:no\.?|number|resolution|article|a/res/|paragraph)\s*$", before):
                continue
            qual = next((k for k, v in _QUALIFIERS
                         if m.group("qual") and re.fullmatch(v, m.group("qual"), re.I)),
                        "exactly")
            out.append(Claim(m.start(), m.end(), s, e, sentence, m.group(0), value, qual, noun,
                             _measure(text, s, e, m, noun, issuer, names)))
        for m in _AMOUNT_RX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            out.append(_amount(text, s, e, m))
        for m in _VAGUE_RX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            out.append(Claim(m.start(), m.end(), s, e, sentence, m.group(0), None, "about",
                             m.group("noun"), Measure(_UNITS.get(m.group("noun").split()[-1]
                                                                 .lower(), "events"),
                                                      why_not=f"vague wording "
                                                              f"(\"{m.group('vague')}\")")))
    out.sort(key=lambda c: c.start)
    return out


def _amount(text: str, s: int, e: int, m: re.Match[str]) -> Claim:
    """A claim of an amount written currency first, as a measure in that currency."""
    from ..measures import canonical_unit

    value = float(m.group("num").replace(",", "")) * _MULT.get((m.group("mult") or "").lower(),
                                                                1)
    qual = next((k for k, v in _QUALIFIERS
                 if m.group("qual") and re.fullmatch(v, m.group("qual"), re.I)), "exactly")
    unit = canonical_unit(m.group("cur")) or m.group("cur")
    measure = Measure("measure", units=(unit,))
    cs, ce = _clause(text, s, e, m.start(), m.end())

    measure.period, measure.window = read_scope(text[cs:ce], _orgs(text, cs, ce))
    if measure.window is not None and measure.window.why_not:
        measure.why_not = measure.window.why_not
    return Claim(m.start(), m.end(), s, e, text[s:e], m.group(0),
                 int(value) if value.is_integer() else value, qual, unit, measure)


_SEP = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:,|;|,?\s*and|,?\s*as well as|&)?\s*"
                  r"(?:the\s+)?$", re.I)


def find_lists(text: str, start: int, end: int) -> list[CountryList]:
    """Lists of two or more countries in ``text[start:end]`` ("A, B and C")."""
    from ..extract.text import find_places

    matches = find_places(text, "country", start, end)
    out: list[CountryList] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        if len(run) >= 2:
            out.append(CountryList(run[0][0], run[-1][1], [c for _, _, c in run],
                                   [text[a:b] for a, b, _ in run]))

    for mt in matches:
        if run and _SEP.match(text[run[-1][1]:mt.start]) and text[run[-1][1]:mt.start].strip():
            run.append((mt.start, mt.end, mt.code))
            continue
        close()
        run = [(mt.start, mt.end, mt.code)]
    close()
    return out
