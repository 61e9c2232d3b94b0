"""Visits named in the plural, then listed after "including" as official and
destination: "Visits of officials of both countries, including the Prime Minister
of Georgia to our country, and the Ministers of Defense and Culture of Azerbaijan to
Georgia, took place" - one visit per official listed, from the official's country
to the destination (a plural office with two portfolios is two officials)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Record
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["visitors_listed", "visits_listed"]

#: the trigger: visits in the plural ("Visits of officials", "mutual visits")
_PLURAL_VISITS = re.compile(r"(?:[\w-]+\s+){0,2}visits(?:\s+of)?", re.I)
#: where the list opens ("including", "including those of")
_INCLUDING = re.compile(r"\bincluding\s+(?:those\s+of\s+|the\s+visits?\s+of\s+)?", re.I)
#: where it ends ("took place", "were made", "during the year")
_LIST_END = re.compile(r"\s+(?:took place|were (?:made|paid|held)|have taken place|during)\b|"
                       r"[.;]")
#: the items: "A to B, C to D and E to F"
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=the\s)")
_TO = re.compile(r"\s+to\s+")
#: a plural office with its portfolios: "the Ministers of Defense and Culture of X"
_PORTFOLIOS = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:Ministers|Secretaries|Chairmen|Heads)"
                         r"\s+of\s+(?P<list>.+?)\s+of\s+", re.I)
_SIDES = ("country", "adj", "issuer", "city")


def _side(s: Sentence, a: int, b: int, issuer: str | None) -> str | None:
    """The last country (or city's country) named in ``s.text[a:b]``."""
    codes = [issuer if e.code == ISSUER else e.code for e in s.ents
             if a <= e.start and e.end <= b and e.kind in _SIDES]
    return codes[-1] if codes and codes[-1] else None


def visits_listed(s: Sentence, t: Trigger, made: list[Record],
                  issuer: str | None) -> list[Record]:
    """``made`` (the records of a visit trigger), or one visit per official the
    list after "including" names, when it names two or more."""
    if t.type != "visit" or not made or not _PLURAL_VISITS.fullmatch(t.text):
        return made
    inc = _INCLUDING.search(s.text, t.end, s.end)
    if inc is None:
        return made
    stop = _LIST_END.search(s.text, inc.end(), s.end)
    end = stop.start() if stop else s.end
    out: list[Record] = []
    pos = inc.end()
    for piece in _ITEM_SPLIT.split(s.text[inc.end():end]):
        a = s.text.find(piece, pos)
        b = a + len(piece)
        pos = b
        to = _TO.search(s.text, a, b)
        if to is None:
            return made  # "including talks on trade": no traveller and destination
        src, dst = _side(s, a, to.start(), issuer), _side(s, to.end(), b, issuer)
        if src is None or dst is None or src == dst:
            return made
        ports = _PORTFOLIOS.match(s.text, a, to.start())
        n = len(re.split(r",\s*|\s+and\s+", ports.group("list"))) if ports else 1
        out += [replace(made[0], from_=[src], to=[dst], persons=[]) for _ in range(n)]
    return out if len(out) >= 2 else made


#: the visitors counted or named in the plural before the verb ("Thirty heads of
#: state and 20 ministers visited ...", "Many foreign leaders came to ...")
_PLURAL_GUESTS = re.compile(r"\b(?:heads|leaders|ministers|presidents|guests|delegations|"
                            r"officials|dignitaries|visitors|secretaries|chiefs|premiers|"
                            r"monarchs|speakers)\b", re.I)
#: where the list of visitors opens: ", including the presidents of", ", among them the"
_AMONG = re.compile(r",\s*(?:including|among\s+(?:them|whom|others)(?:\s+were)?|such\s+as)\s+"
                    # ("including those of the Presidents of A and B")
                    r"(?:(?:those|the\s+visits?)\s+of\s+)?", re.I)
_OFFICES = (r"(?:presidents?|prime\s+ministers?|ministers?|heads?\s+of\s+(?:state|government)|"
            r"kings?|queens?|emirs?|chancellors?|premiers?|speakers?|"
            r"secretar(?:y|ies)(?:\s+of\s+state)?|chairm[ae]n|vice[\s-]presidents?|leaders?|"
            r"monarchs?|crown\s+princes?)")
#: a group of the list: "the presidents of", "the foreign ministers of", "the Secretary of
#: State of" (an office, then "of")
_OFFICE_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?" + _OFFICES + r"\s+(?:of|from)\s+", re.I)
#: an office after the nationality that opens an item: "(the) Chilean President",
#: "U.S. Secretary of State", "Kenyan Foreign Affairs Secretary"
_OFFICE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?" + _OFFICES + r"\b", re.I)
_LIST_STOP = re.compile(r"[;:()]|\s(?:who|which|where|when|while|to\s+discuss)\s")
#: an item of the list after a semicolon or colon: "; and the president of"
_NEXT_ITEM = re.compile(r"[;:]\s*(?:and\s+)?")
#: visits possessed by one traveller ("his visits, including ..."): no visitors listed
_OWN_VISITS = re.compile(r"\b(?:his|her|my|our|its)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _item_at(s: Sentence, a: int, b: int) -> bool:
    """Whether a visitor told by office opens ``s.text[a:b]``: "the presidents of",
    "(the) Chilean President", "U.S. Secretary of State"."""
    if _OFFICE_OF.match(s.text, a, b):
        return True
    a += 4 if s.text[a:a + 4].lower() == "the " else 0
    return any(e.start == a and e.end <= b and e.kind in ("country", "adj") and e.person is None
               and _OFFICE_AFTER.match(s.text, e.end, b) for e in s.ents)


def _list_end(s: Sentence, a: int) -> int:
    """Where the list opened at ``a`` ends: at a stop, unless a semicolon or colon
    goes on to another visitor told by office."""
    pos = a
    while (stop := _LIST_STOP.search(s.text, pos, s.end)) is not None:
        nxt = _NEXT_ITEM.match(s.text, stop.start(), s.end)
        if nxt is None or not _item_at(s, nxt.end(), s.end):
            return stop.start()
        pos = nxt.end()
    return s.end


def visitors_listed(s: Sentence, t: Trigger, made: list[Record],
                    issuer: str | None) -> list[Record]:
    """``made`` (the records of a visit trigger), or one visit per country of
    the visitors listed after it: "Thirty heads of state visited our country this
    year, including the presidents of A and B, the prime ministers of C and D, and
    the foreign ministers of E" - a visit from each of A to E to the place visited
    (the last country named before the list). Visits counted in the plural with no
    place after them ("four official visits, including the Chilean President, the
    Foreign Minister of Peru and ...") are the visitors' to the country named before
    them, else to the issuer."""
    if t.type != "visit" or not made:
        return made
    among = _AMONG.search(s.text, t.end, s.end)
    if among is None:
        return made
    guests = _PLURAL_GUESTS.search(s.text, s.start, t.start) is not None
    if any(t.end <= e.start < among.start() and e.kind == "org" for e in s.ents):
        return made  # "visited the UN, including ...": no country visited
    end = _list_end(s, among.end())
    if not _item_at(s, among.end(), end):
        return made
    dest = _side(s, s.start, among.start(), issuer)
    if not guests or dest is None:
        # visits counted in the plural ("four official visits, including ..."), no
        # place named after them and no one traveller's ("his visits"): to the
        # country named before them, else to the issuer whose text it is
        if not (guests or re.search(r"\bvisits\b", t.text, re.I)) \
                or _OWN_VISITS.search(s.text, max(s.start, t.start - 40), t.start) \
                or _side(s, t.start, among.start(), issuer) is not None:
            return made
        dest = _side(s, s.start, t.start, issuer) or issuer
    if dest is None:
        return made
    named = [issuer if e.code == ISSUER else e.code for e in s.ents
             if among.end() <= e.start and e.end <= end and e.kind in ("country", "adj")
             and e.person is None]
    src = [c for c in named if c and c != dest]
    if len(src) < 2:
        return made
    return [replace(made[0], from_=[c], to=[dest], persons=[]) for c in src]
