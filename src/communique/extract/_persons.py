"""Persons named or titled in a sentence, and which side of a record they are on.

A title phrase comes from the reference roles ("the Deputy Prime Minister and
Minister of Foreign Affairs", "Secretary of State", "Chairman of the Milli
Majlis"); its country is the one named right after it ("… of the State of
Qatar") or right before it ("Turkish Foreign Minister", "Kazakhstan's
President"); a name is the run of capitalised words that follows the title
("Foreign Minister Jeyhun Bayramov") or stands before it between commas
("Mukhtar Tleuberdi, Foreign Minister of Kazakhstan"). A title with no
country is the issuer's own official in the issuer's release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Person, Record
from ._counterpart_named import counterparts_named
from ._fold import Folded
from ._recognise import ISSUER, Sentence
from ._trie import trie_pattern

__all__ = ["TitleMention", "find_titles", "attach_persons"]

# The order decides ties: a longer phrase wins, then the higher role here.
_RANK = ("head_of_state", "head_of_government", "deputy_head_of_government", "vice_president",
         "foreign_minister", "deputy_foreign_minister", "parliament_speaker", "secretary_general",
         "ambassador", "envoy", "minister", "member_of_parliament", "governor", "military",
         "other", "delegation", "official")
#: a particle joined to the name by a hyphen, written small: "al-Sisi", "el-Erian"
_JOINED = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bou|ould|ben|ag)-[A-Z][\w'’.-]*"
_NAME = re.compile(r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|H\.E|Sheikh|Prince|Sayyid|Lord)\.?\s+)*"
                   r"((?:[A-Z][\w'’.-]*|" + _JOINED + r"|(?:bin|al|van|von|de|da|di|ibn|el)"
                   r"(?=\s+[A-Z]))(?:\s+(?:[A-Z][\w'’.-]*|" + _JOINED + r"|(?:bin|al|van|von|"
                   r"de|da|di|ibn|el|der|den|del|la|le|dos)\b)){1,4})")
#: only a form of address between a title and the name, no comma: "Minister for Foreign
#: Affairs Dr A B", "Foreign Minister Mr C D"
_ADDRESS_GAP = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)+")
#: one word of a name and the country it serves after "of": "King Abdullah of
#: Jordan", "President al-Sisi of Egypt" (a name of two words or more is _NAME's)
_ONE_NAME_OF = re.compile(r"\s+((?:[A-Z][\w'’.-]*|" + _JOINED + r"))(?=\s+of\s)")
#: one capitalised word right after a title, the name's only word: "Greek Minister
#: Dendias said", "Hungarian Foreign Minister Szijjártó." (no word of a name after it)
#: (a next word written in capitals, "Mevlüt Çavuşoğlu", is checked where it is used; nor
#: a body's word before "of": "the General Conference of UNESCO")
_ONE_NAME = re.compile(r"\s+((?:[A-Z][\w'’-]*|" + _JOINED + r"))\.?(?![\w'’-])(?!\s+(?:[A-Z]|"
                       r"(?:bin|al|van|von|de|da|di|ibn|el)\b))")
_OF_NEXT = re.compile(r"\s+of\b")
#: words that may follow a title capitalised and are no surname: "Ambassador
#: Extraordinary and Plenipotentiary", "Minister Counsellor", "President Elect", a body
#: after a rank ("the UNESCO General Conference from 30 October")
_NOT_SURNAME = {"Extraordinary", "Plenipotentiary", "Counsellor", "Counselor", "Elect",
                "Designate", "Emeritus", "Adviser", "Advisor", "Delegate", "Today", "Monday",
                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Yesterday",
                "Also", "Said", "Conference", "Summit", "Forum", "Session", "Meeting", "Staff",
                "Secretariat", "Directorate", "Department", "Delegation", "Administration"}
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s*(?:the\s+)?$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?$")
#: titles that are also given names: right before a patronymic ("Sultan bin Ahmed",
#: "Amir bin Said") they are a name; a sovereign's title stands before his own
#: given name ("Sultan Haitham bin Tariq")
_GIVEN_NAMES = frozenset({"sultan", "amir", "emir"})
_PATRONYMIC = re.compile(r"\s+(?:bin|ibn|bint)\s")
#: ... and a name where a rank or an office's comma comes right before it: "General Sultan
#: A", "the Minister of Mining, Sultan A" (the name of the one holding that office)
_GIVEN_AFTER = re.compile(r"(?:(?-i:General|Admiral|Marshal|Colonel|Brigadier|Dr|Eng)\.?\s+|"
                          r"(?-i:Minister|Secretary|Adviser|Advisor|Director|Governor|"
                          r"Ambassador|Chief|Head|Chairman|President|Commander)"
                          r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’ -]{1,40}?)?,\s*)$")
_NAME_NEXT = re.compile(r"\s+(?:(?-i:[A-Z])|(?:al|el|bin|ibn)[\s-])")
_NOT_NAME = {"Minister", "Ministers", "President", "Foreign", "Affairs", "The", "Republic",
             "Kingdom", "State", "Secretary", "Prime", "Deputy", "General", "Council", "On",
             "In", "During", "At", "His", "Her", "Federal", "Government", "Ministry", "Mr",
             "Chairman", "Speaker", "Ambassador", "Head", "Vice", "First", "Special"}


_INSTITUTION = {"Assembly", "National", "Grand", "Parliament", "House", "Council", "Majlis",
                "Ministry", "Commission", "Committee", "Office", "Union", "Organization",
                "Organisation", "Nations", "United", "Court", "Agency", "Bank", "Fund"}


@dataclass(frozen=True)
class TitleMention:
    start: int
    end: int
    role: str
    country: str | None
    name: str | None
    #: the country is the issuer's only because the title stands unqualified
    inferred: bool = False


@lru_cache(maxsize=4)
def _title_rx() -> tuple[Folded, dict[str, str]]:
    from ..reference import roles

    table: dict[str, str] = {}
    for role in _RANK:
        for phrase in roles().get(role, ()):
            table.setdefault(phrase.lower(), role)
    rx = re.compile(r"(?<!\w)(?:" + trie_pattern(sorted(table, key=len, reverse=True))
                    + r")(?!\w)", re.I)
    return Folded(rx), table  # searched on the lower-cased text (see _fold)


def find_titles(s: Sentence, issuer: str | None, *,
                officials: bool = False) -> list[TitleMention]:
    """The titles of a sentence; ``officials``: also single officials of no
    ministerial rank ("National Security Adviser A"). Found once per sentence,
    issuer and entities read (several steps ask: the document's memory of
    persons, the frames, the persons of the records)."""
    memo = s.memo
    if memo is None:
        memo = s.memo = {}
    got = memo.get(("titles", issuer, officials, s.ents_read))
    if got is None:
        read = s.ents_read
        if read < 0:
            got = _joined(s.text, _find_titles(s, issuer, officials))
        else:
            # the entities read (nothing left to read while finding): one pass for
            # both lists, those without officials being those with, less the
            # officials (each title is read alone), joined again
            every = memo.get(("every title", issuer, read))
            if every is None:
                every = memo[("every title", issuer, read)] = _find_titles(s, issuer, True)
            assert isinstance(every, list)
            got = _joined(s.text, every if officials
                          else [t for t in every if t.role != "official"])
        # (the entities may have been read while finding them)
        memo[("titles", issuer, officials, s.ents_read)] = got
    assert isinstance(got, list)
    return list(got)


#: "General" read as a rank where it opens a civil office: "General Secretary",
#: "the General Secretaries of ..."
_GENERAL_OF_OFFICE = re.compile(r"General\s+Secretar(?:y|ies)\b")


def _find_titles(s: Sentence, issuer: str | None, officials: bool) -> list[TitleMention]:
    """Each title of ``s`` read alone (see :func:`_joined` for the titles joined)."""
    rx, table = _title_rx()
    text = s.text
    out: list[TitleMention] = []
    for m in rx.finditer(text, s.start, s.end):
        role = table.get(m.group().lower())
        if role is None or role == "delegation" or (role == "official" and (
                not officials or _PLURAL.search(m.group()))):
            continue
        a, b = m.start(), m.end()
        if role in ("head_of_state", "vice_president") and _CIVIL_BODY.match(text, b, s.end):
            continue  # "the President of the Chamber of Commerce": a body's head, no state's
        if role == "official" and text[a:b] == "official" and _ATTRIBUTIVE.match(text, b):
            continue  # "official passports", "an official visit": a word of kind, no one
        if role == "military" and _GENERAL_OF_OFFICE.match(text, a, s.end):
            continue  # "the General Secretaries of A and B": an office's word, no rank
        if m.group().lower() in _GIVEN_NAMES and (_PATRONYMIC.match(text, b) or (
                _GIVEN_AFTER.search(text, max(s.start, a - 60), a)
                and _NAME_NEXT.match(text, b, s.end) is not None)):
            continue  # "Sultan bin Ahmed Al Kuwari": a given name, not a sovereign's title
        # an ambassador "to Georgia" serves the country before ("Qatari Ambassador to")
        country = _country_inside(s, a, b) or _country_after(s, b, role in _POSTED) \
            or _country_before(s, a)
        name_m = _NAME.match(text, b, s.end)
        after = b
        if country and name_m is None:
            # "Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tleuberdi"
            ent_end = next((e.end for e in s.ents if e.start >= b and e.start - b < 20
                            and e.kind in ("country", "issuer", "org")), b)
            name_m = _NAME.match(text, ent_end, s.end)
            after = ent_end
        name = None
        # "Foreign Minister Jaishankar", "King Abdullah II" (the name holds the title)
        held = next((e for e in s.ents if e.person and e.start < b + 4 and e.end > b), None)
        if held is not None and (country is None or country == held.code):
            # "Foreign Minister Jaishankar": a known office-holder, of their country
            name_m, country = None, held.code
            name = text[held.start:held.end]
        if name_m and (name_m.start(1) - after < 4 or (after == b and _ADDRESS_GAP.fullmatch(
                text, b, name_m.start(1)))):  # ("Minister for Foreign Affairs Dr A B")
            cand = name_m.group(1).strip()
            if cand.endswith(".") and not _INITIAL_END.search(cand):
                cand = cand[:-1]  # the sentence's full stop, not an initial
            words = cand.split()
            if words and not set(words) & (_NOT_NAME | _INSTITUTION) and not any(
                    e.start <= name_m.start(1) < e.end and not e.person for e in s.ents):
                name = cand
                # "Foreign Minister Jaishankar" in Vienna's release: the office-holder's
                # country, not the issuer's; "Foreign Minister Sergey Lavrov of Russia"
                country = country or next((e.code for e in s.ents if e.person and e.kind
                                           == "adj" and e.start == name_m.start(1)), None) \
                    or _country_after(s, name_m.start(1) + len(cand))
        if name is None and name_m is None and country is not None and held is None \
                and (one := _ONE_NAME.match(text, b, s.end)) \
                and not text[one.end():s.end].lstrip()[:1].isupper() \
                and not _OF_NEXT.match(text, one.end(), s.end) \
                and one.group(1).rstrip(".") not in _NOT_NAME | _INSTITUTION | _NOT_SURNAME \
                and not any(e.start < one.end(1) and one.start(1) < e.end for e in s.ents):
            # "Greek Minister Dendias", "the Hungarian Foreign Minister Szijjártó": a
            # surname alone after a title its side is tied to (an office-holder named so
            # adds no entity, the side being named: see _holders.add_found)
            name = one.group(1).rstrip(".")
        if name is None:
            before = _NAME_BEFORE.search(text, max(s.start, a - 60), a)
            if before and before.group(1).split()[0] not in _NOT_NAME and not (
                    set(before.group(1).split()) & _INSTITUTION) and not any(
                    e.kind == "org" and e.start < before.end(1) and before.start(1) < e.end
                    for e in s.ents):  # "On the sidelines of the OSCE Council, the Minister"
                name = before.group(1)
        if name is None and country is None and (one := _ONE_NAME_OF.match(text, b, s.end)) \
                and one.group(1) not in _NOT_NAME | _INSTITUTION and not any(
                    e.start <= one.start(1) < e.end and not e.person for e in s.ents):
            # "King Abdullah of Jordan", "President al-Sisi of Egypt": that country's (a
            # country's only: "the General Conference of UNESCO" names no one)
            country = _country_after(s, one.end(1), countries_only=True)
            name = one.group(1) if country else None
        inferred = False
        if country is None and issuer and role in _OWN | {"official"} and not _OF.match(text, b):
            country = issuer if _unqualified(text, s.start, a) else None
            inferred = country is not None
        out.append(TitleMention(a, b, role, country, name, inferred))
    return out


def _joined(text: str, titles: list[TitleMention]) -> list[TitleMention]:
    """``titles`` (a new list) with a title joined by "and" to the next one that has a
    country taking it: "the Second Deputy Prime Minister and Minister for Foreign
    Affairs of Qatar" is one person."""
    out = list(titles)
    for i in range(len(out) - 1, 0, -1):
        prev, cur = out[i - 1], out[i]
        if _AND_GAP.fullmatch(text[prev.end:cur.start]) and cur.country \
                and text[prev.start:prev.end].lower() != "minister":  # "the Minister and X"
            out[i - 1] = TitleMention(prev.start, prev.end, prev.role, cur.country,
                                      prev.name or cur.name, cur.inferred)
    return out


_PLURAL = re.compile(r"(?:[^s]s|staff)$", re.I)
#: a president of a body of business or civil society, not of a state: "President of
#: the Japanese Business Council", "Vice President of the Farmers' Association"
_CIVIL_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?-i:Chambers?|Associations?|"
    r"Business|Trade|Commerce|Industry|Industries|Employers|Entrepreneurs|Councillors|"
    r"Foundation|Society|Club|University|Institute|Academy|Company|Corporation|Farmers|"
    r"Workers|Schools)\b", re.I)
#: "official" before a noun it qualifies ("official passports", "official visit"),
#: not an official who acts ("the official said", "the official also met", "an
#: official of the embassy", "the official responsible for")
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:said|says|told|tells|added|adds|noted|notes|stressed|met|meets|who|whom|"
    r"whose|which|that|also|then|later|and|or|but|of|from|for|at|in|on|with|to|by|was|"
    r"is|has|had|have|will|would|could|can|may|responsible|explained|"
    r"confirmed|announced|declined|did|does)\b)(?![a-z]+ed\b)[a-z][a-z-]+\b")
#: Titles that, unqualified in a ministry's release, are its own officials.
_OWN = {"head_of_state", "head_of_government", "deputy_head_of_government", "vice_president",
        "foreign_minister", "deputy_foreign_minister", "minister", "parliament_speaker",
        "ambassador"}


def _country_inside(s: Sentence, a: int, b: int) -> str | None:
    """A country the title phrase runs into ("President of the Republic of Turkey")."""
    for e in s.ents:
        if e.kind in ("country", "issuer") and a < e.start < b < e.end:
            return e.code
        if e.kind in ("country", "adj") and a <= e.start and e.end <= b and not e.person:
            return e.code  # "US Secretary of State", "UK Foreign Secretary": in the title
        if e.kind == "org" and a <= e.start < b:  # "Secretary General of NATO"
            return e.code
    return None


def _unqualified(text: str, start: int, a: int) -> bool:
    """"the Minister", "Foreign Minister X": no possessive or adjective before it."""
    before = text[max(start, a - 12):a]
    return not _POSSESSIVE_END.search(before)


_POSTED = {"ambassador", "envoy"}
#: (compiled once: these run for every title found)
_INITIAL_END = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")
_AND_GAP = re.compile(r"\s+and\s+")
_POSSESSIVE_END = re.compile(r"(?:his|her|their|its|'s|’s)\s+(?:\w+\s+)?$")
_OF_AFTER = re.compile(r"\s+(?:of)\s+(?:the\s+)?")
_OF_TO_AFTER = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?")


def _country_after(s: Sentence, b: int, posted: bool = False,
                   countries_only: bool = False) -> str | None:
    m = (_OF_AFTER if posted else _OF_TO_AFTER).match(s.text[b:b + 12])
    if not m:
        return None
    kinds = ("country", "issuer") if countries_only else ("country", "issuer", "org")
    for e in s.ents:
        if e.start == b + m.end() and e.kind in kinds:
            return e.code
    return None


def _country_before(s: Sentence, a: int) -> str | None:
    for e in s.ents:
        if e.kind in ("country", "adj", "issuer", "org") and 0 <= a - e.end <= 3:
            return e.code
        if e.kind in ("country",) and 0 <= a - e.end <= 5 and s.text[e.end:a].strip() in (
                "'s", "’s"):
            return e.code
        # a rank between the country and the title: "Kazakhstan's First Vice Minister",
        # "the Vietnamese Permanent Deputy Minister"
        if e.kind in ("country", "adj", "issuer") and 0 < a - e.end <= 16 \
                and _RANK_BETWEEN.fullmatch(s.text, e.end, a):
            return e.code
    return None


_RANK_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:First|Senior|Acting|Permanent|Executive|"
                           r"Principal)\s+")


#: honorifics and forms of address before a name, and a possessive after it
_HONORIFIC = re.compile(r"^(?:(?:H\.?E\.?|HM|HRH|Hon\.?|Honou?rable|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|"
                        r"Ms\.?|Shri|Smt\.?|Excellency|His|Her|Ambassador|"
                        r"Amb\.?)\s+)+")
_POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(name: str | None) -> str | None:
    """A person's name as records keep it: "H.E. Dr. Riad Malki" is Riad
    Malki, "Giorgia Meloni's" is Giorgia Meloni."""
    if not name:
        return name
    out = _POSSESSIVE.sub("", _HONORIFIC.sub("", name.strip())).strip(" ,")
    return out if " " in out or out == name.strip() else out or name


#: "both Ministers", "the two Foreign Ministers": the officials of both sides together
_BOTH_BEFORE = re.compile(r"\b(?:both|the\s+two)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _both_of(s: Sentence, t: TitleMention) -> bool:
    """Whether ``t`` is an unnamed plural title of both sides together ("both
    Ministers underscored ..."): no one person of one side."""
    return not t.name and s.text[t.end - 1:t.end] == "s" \
        and _BOTH_BEFORE.search(s.text, max(s.start, t.start - 30), t.start) is not None


def attach_persons(s: Sentence, records: list[Record], issuer: str | None) -> None:
    """Give each record the titled persons of its sentence who belong to its sides."""
    if not records:
        return
    titles = find_titles(s, issuer)
    # "met Sergey Lavrov": a known office-holder named without a title; and
    # "Secretary of State John Kerry" in another country's readout: the title
    # alone would make him the issuer's, the office-holders table says whose
    holders = [(s.text[e.start:e.end], e, e.person) for e in s.ents if e.person]
    for i, t in enumerate(titles):
        if t.name and (t.inferred or t.country in (None, ISSUER, issuer)):
            for held, e, _role in holders:
                if (held in t.name or t.name in held) and e.code != t.country:
                    titles[i] = TitleMention(t.start, t.end, t.role, e.code, t.name)
                    break
    # ("met his Swedish counterpart, Ana Berg": the subject's office, in Sweden)
    titles += [TitleMention(*c) for c in counterparts_named(s, titles, issuer)]
    named = [t.name for t in titles if t.name]
    for held, e, role in holders:
        if not any(held in n or n in held for n in named):
            titles.append(TitleMention(e.start, e.end, role, e.code, held))
    if not titles:
        return
    for r in records:
        sides = set(r.from_) | set(r.to) | set(r.organizations)
        if r.type == "visit":  # the visitors; hosts belong to the talks
            sides = set(r.from_) | set(r.organizations if not r.from_ else ())
        seen: set[tuple[str | None, str, str | None]] = set()
        for t in titles:
            code = issuer if t.country == ISSUER else t.country
            if code is None or code not in sides or _both_of(s, t):
                continue
            key = (clean_name(t.name), t.role, code)
            if key in seen:
                continue
            seen.add(key)
            r.persons.append(Person(key[0], t.role, code))
