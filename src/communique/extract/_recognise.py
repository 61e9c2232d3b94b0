"""Recognise what a sentence names: countries, demonyms used for a side,
organisations, cities, references to the issuer, and dates.

Only *participant-like* mentions are kept: a country named inside an
organisation's name ("Organization of Turkic States", "UN Office in
Geneva") is dropped, and a demonym counts only before a role or a side
("his Algerian counterpart", "the Uzbek side", "the French, Kuwaiti and Qatari
officials"), not in "the Syrian crisis".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from ._communities import community_adjective
from ._dates import DateMention, find_dates
from ._elided_pair import elided_countries
from ._fold import Folded
from ._gate import Gated
from ._gazetteer import Gazetteer
from ._given_name import given_name
from ._remit import in_remit
from ._visit_host_before import VISIT_BY_AFTER

__all__ = ["Ent", "Sentence", "recognise", "ISSUER", "in_office_name"]

ISSUER = "@ISSUER"
PAIR = "@PAIR"

#: a place of the adjective's country named after it: "the Brazilian city of", "the
#: Peruvian port of", "the Chilean capital"
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:(?:border|coastal|northern|southern|eastern|western|"
                               r"central|resort|port|historic|holy)\s+)?(?:city|capital|town|"
                               r"port|province|island)\b(?:\s+of\b)?")
#: a demonym standing where a country's name goes in a list of names: next to a name
#: across a comma or "and", and followed by no noun it could qualify ("the ministers of
#: Chile, Somali and Peru")
_LIST_JOIN_BEFORE = re.compile(r"(?:,|,?\s+and)\s+$")
_LIST_JOIN_AFTER = re.compile(r"(?:,|,?\s+and)\s+(?:the\s+)?")
#: (a preposition or a time after it, no noun: "the ambassadors of Tunisia and Moroccan
#: in Madrid on 5 June", "... and Malian on 5 June")
_STANDS_ALONE = re.compile(r"(?:\s*[,.;:)]|\s+(?:and|in|on|at|during|last|yesterday|today|"
                           r"this|earlier|later)\b|\s*$)")
_ROLE_AFTER = re.compile(
    r"^(?:,?\s+(?:[A-Z][\w.'-]*|and|of|the|first|deputy|vice|top|foreign|former|new|then)\b){0,8}?"
    r"\s*\b(?:counterparts?|colleagues?|peers?|opposite\s+numbers?|(?:foreign|prime|deputy|vice)\b|ministers?|ministr(?:y|ies)|president|"
    r"premier|chancellor|delegation|side|government|authorities|officials?|leaders?|leadership|"
    r"ambassadors?|embassy|envoys?|secretary|diplomats?|speaker|parliament|king|emir|amir|"
    r"sultan|emperor|queen|princes?s?\b|duke|duchess|monarch|host|fm\b|partners?|head|chairman|spokes\w+|defen[cs]e|army|troops|"
    r"military|companies|investors|compatriots|citizens|nationals|students|journalists|"
    r"delegates|representatives?|national|state|mfa|crown|royal|cabinet|his|her|"
    # (a foreign ministry's acronym: "his counterpart from the Indian MEA", "the Japanese
    # MOFA", "the British FCDO", "the Australian DFAT")
    r"(?:mofa|mea|fcdo|fco|dfat|mfat)\b|"
    r"senat\w*|lawmakers?|legislat\w*|deputies|congress\w*|"
    r"charg[ée]s?\b|high commission|consul)",
    re.I)
#: any foreign ministry's acronym after a country's adjective, not only the ones
#: _ROLE_AFTER names ("the South African DIRCO", "the Swiss FDFA", "the Canadian GAC",
#: "the Philippine DFA"): a short acronym in capitals ending a name (no capitalised
#: word after it) after "the", as an office is named; one the gazetteer knows as an
#: organisation ("the Estonian EU presidency") is not the country's own, nor a kind
#: of body or thing ("a centre run by a Belgian NGO", "the Irish SME sector")
_ACRONYM_AFTER = re.compile(r"\s+(?!(?:NGO|SME|CEO|MPs?|TV|IT|ICT|GDP|FDI|LNG|VIP|HQ|AI|PhD)\b)"
                            r"([A-Z][a-z]?[A-Z]{1,5})\b(?![\w'’-]|\s+[A-Z])")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'’-]*\s+)?$", re.I)
#: the nationals abroad a ministry is named for: "... Cooperation and Mauritanians
#: Abroad", "... and Moroccans Residing Abroad", "... and Senegalese Abroad"
_NATIONALS_ABROAD = Gated(re.compile(r"(?:\band|,)\s+([A-Z][a-z]+?)s?\s+"
                                     r"(?:(?:Residing|Living)\s+)?Abroad\b"))
#: a country's adjective in a bilateral body's name: "Kenyan-Polish Joint Commission",
#: "the Intergovernmental Tajik-Uzbek Commission" (capitalised words between), or in lower
#: case with at most two words between ("the Bulgarian-Georgian intergovernmental commission")
_BODY_AFTER = re.compile(r"(?:[-–][A-Z][\w'’-]*)?(?:\s+[A-Z][\w'’-]*){0,3}?\s+"
                         r"(?:Commission|Council|Committee)\b|"
                         # a national agency: "the Chilean Agency for International
                         # Cooperation", "the Turkish Cooperation and Coordination Agency"
                         r"(?:\s+(?:[A-Z][\w'’-]*|and)){0,4}?\s+Agency\b|"
                         # "the Bulgarian-Georgian intergovernmental commission": in lower case
                         # (after other pairs too: "the A-B, A-C and A-D intergovernmental
                         # commissions")
                         r"(?:[-–][A-Z][\w'’-]*)?(?:,?\s+(?:and\s+)?[A-Z][\w'’]*[-–][A-Z][\w'’-]*)"
                         r"{0,4}(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:commission|council|committee)s?\b")
#: the two sides' adjectives joined before a talks noun: "Kazakh-Hungarian talks took
#: place", "Georgian-Latvian negotiations", "Chilean-Argentine high-level talks" (the
#: pair only: a lone "Syrian talks" is often a topic)
#: (or before a document's noun, its two parties: "the Chilean-Peruvian Treaty on
#: Fisheries", "a Russian-American agreement")
_PAIR_TALKS_AFTER = re.compile(r"(?:[-–][A-Z][\w'’]*)?\s+(?:[a-z][\w-]*\s+)?"
                               r"(?:talks|negotiations|summit|consultations|dialogue|"
                               r"meetings?|(?i:treaty|"
                               r"agreement|accord|convention|memorandum|protocol))\b")
_PAIR_BEFORE = re.compile(r"\b[A-Z][\w'’]*[-–]$")
_PAIR_NEXT = re.compile(r"[-–][A-Z]")
#: a country's adjective naming a ministry's own desk: "a note from the Russian and
#: Nordic Affairs Division", "the Department of Chinese Affairs": an office of the
#: ministry, not a side (not "the Chinese Foreign Affairs ...": that country's own)
_DESK_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]*)?(?:\s+(?!Foreign\b)[A-Z][\w'’-]*){0,2}?"
                         r"\s+Affairs\s+(?:Division|Department|Directorate|Bureau|Desk|Section|"
                         r"Unit|Branch)\b")
_DESK_AROUND = re.compile(r"\b(?:Division|Department|Directorate|Bureau|Desk|Section)\s+of\s+"
                          r"(?:the\s+)?$")
_DESK_AFFAIRS = re.compile(r"(?:\s+and(?:\s+[A-Z][\w'’-]*){1,2})?\s+Affairs\b")
_ISSUER_REF = re.compile(
    r"\b(?:our|this) (?:country|state|nation|republic|government|side)\b|\bour\b(?= (?:\w+ ){0,2}"
    r"(?:chairmanship|presidency|embassy|embassies|citizens|diplomats|diplomacy))", re.I)
_PAIR_REF = re.compile(r"\b(?:the|both|two) (?:two )?(?:(?:prime|foreign|deputy|vice|heads? of) )?"
                       r"(?:countries|states|nations|sides|"
                       r"governments|ministers|ministries|presidents|leaders|delegations)\b|"
                       # "the two Heads of State", "both heads of government"
                       r"\b(?:the|both) (?:two )?heads of (?:state|government)\b|"
                       r"\bbilateral\b",
                       re.I)
# searched on the lower-cased text (see _fold)
_ISSUER_REF_FOLDED, _PAIR_REF_FOLDED = Folded(_ISSUER_REF), Folded(_PAIR_REF)
#: what names the one left out before its country: "the Prime Minister of", "those of"
_LEFT_OUT = (r"(?:(?:the|those|that|his|her|its|their)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?"
             r"(?:of\s+(?:the\s+)?)?")
#: a country or organisation named as left out of those concerned: "mostly with non-EU
#: partners, excluding Norway", "all his colleagues except Hungary and
#: Poland", "with the exception of the Foreign Minister of Serbia": no side at all
_EXCLUDED = Gated(re.compile(
    r"\b(?:excluding|except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than|save\s+for|"
    r"but\s+not)\s+" + _LEFT_OUT + r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and|or)\s+"
    + _LEFT_OUT + r")*$|\b[Nn]on-$"))
_MONEY = re.compile(r"\s*(?:\$|dollars?\b|cents?\b)", re.I)
#: "South American directors", "Latin American states": a region, not a country
_REGION_BEFORE = re.compile(r"\b(?:South|North|Latin|Central|Pan|Meso)[\s-]$")
#: "in", "at", "near" before a country, also with a compass part ("the situation in
#: eastern Congo", "near north-western Syria"): a place talked about; "reached" as an
#: arrival ("reached Peru on Monday"): the place arrived in
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|reached)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|"
    r"(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?ern\s+|(?:East|West)ern\s+)?$")
#: a party "in" its country: "Deputy Chairman of the Workers' Party in A": the
#: official's side, not where something happened (not "the Binational Cabinet in A");
#: counterparts "in" their countries too
_BODY_IN = re.compile(r"\bParty\s+in\s+(?:the\s+)?$|"
                      # "her counterparts in Brazil and India": whose counterparts
                      r"\b(?:counterparts?|colleagues?|opposite\s+numbers?)\s+in\s+(?:the\s+)?$")
#: a country owning the ministry an official serves in: "a Minister of State at
#: Britain's Foreign, Commonwealth and Development Office", "Director at
#: Japan's Foreign Ministry": the official's side, not where something happened
_OWNS_OFFICE = re.compile(r"['’]s?\s+(?:(?:[A-Z][\w-]*,?|and|of|for)\s+){0,5}?"
                          r"(?:Ministry|Office|Department)\b")
#: a country named before the national body an official serves in, after "at the":
#: "Coordinator at the US National Security Council", "a Director at the U.S. State
#: Department", "an adviser at the Japan Cabinet Office": the official's side
_AT_THE = re.compile(r"\bat\s+the\s+$")
# (a name with its own list: "at the United Kingdom Foreign, Commonwealth and
# Development Office")
_SERVED_BODY = re.compile(r"\s+(?:(?:[A-Z][\w-]*,?|and|of|for)\s+){0,5}?(?:Council|Department|"
                          r"Ministry|Office|Secretariat|Agency)\b")
#: a country owning the ministry where the occasion was held, told after its verb:
#: "the talks, held on Monday at the Foreign Ministry of Chile", "the talks
#: took place at the headquarters of the Foreign Ministry of Peru": where it happened
#: (not "a Director at the Ministry of Foreign Affairs of Peru": a side's official; nor
#: the guest named after the host's ministry: "received at the Foreign Ministry the
#: Ambassador of Honduras")
_HELD_AT_MINISTRY = re.compile(
    r"\b(?:held(?:\s+(?:talks|discussions|consultations|(?:a\s+)?meetings?))?|took\s+place|"
    r"takes\s+place|met|convened|received|welcomed|hosted)"
    r"(?:\s+(?:today|yesterday|also|there|this\s+(?:morning|afternoon|evening)|on\s+(?:\d{1,2}"
    r"(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?))?,?\s+at\s+"
    r"the\s+(?:(?:headquarters|premises|seat|building)\s+of\s+the\s+)?(?:Foreign\s+)?"
    r"Ministry\s+(?:(?!(?:Ambassador|Minister|Secretary|Director|Envoy|Consul|President|Mr|Ms|"
    r"Mrs|Dr)\b)(?:[A-Z][\w-]*,?|and|of|for)\s+){0,8}?of\s+(?:the\s+)?(?:(?:Kingdom|Republic|"
    r"Federal\s+Republic|State|Sultanate|Principality)\s+of\s+)?$")
#: a country inside the name of a sea, gulf or strait ("the South China Sea",
#: "the Sea of Japan", "the Gulf of Guinea", "the Indian Ocean Conference"): a place
#: talked about, not a side
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_WATER_AFTER = re.compile(r"\s+(?:Sea|Gulf|Strait|Straits|Ocean)\b")
#: a news outlet named for a country, credited as a source: "(UrduPoint / Pakistan
#: Point News / WAM)", "the Ghana News Agency reported", "told the Kenya Times"
_OUTLET_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:News|Times|Herald|Tribune|Gazette|Mirror|"
                           r"Chronicle|Observer|Broadcasting|Television|Radio|Daily)\b")
#: a country a group of states is formed about: "the Contact Group on Libya", "the
#: Core Group for Haiti", "the Friends of Syria Group": a topic, not a side
_TOPIC_GROUP_BEFORE = re.compile(r"\b(?:Group|Coalition|Quartet|Caucus)\s+(?:on|for)\s+"
                                 r"(?:the\s+)?$|\bFriends\s+of\s+(?:the\s+)?$")
#: (plural and a list too: "the Gulfs of Riga and Finland", "the Seas of Azov
#: and Japan": each name after the plural is the water's, not a side)
_WATER_BEFORE = re.compile(r"\b(?:(?:Sea|Gulf|Strait|Straits|Bay) of (?:the )?|"
                           r"(?:Seas|Gulfs|Bays) of (?:the )?(?:[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+)(?:the )?)*)$")
#: an organisation named inside a ministry's own name ("Minister of Foreign
#: Affairs, European Union and Cooperation", "Foreign, Commonwealth and
#: Development Office", the portfolio before the title in a list: "..., Foreign
#: Affairs, European Union and Cooperation Minister A of Spain"): no participant
_OFFICE_NAME_BEFORE = re.compile(r"(?:\b(?:Minist(?:er|ry)|Department|Secretary|Office)\s+"
                                 r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}|"
                                 r"\bForeign(?:\s+Affairs)?),\s+(?:the\s+)?$")
#: an organisation as the remit of a minister's portfolio, ending its list: "Minister of
#: State for Europe, the Caribbean and United Nations at ...", "Deputy Minister
#: for United Nations Affairs": the official's brief, not a side met (not "the
#: Minister for Foreign Affairs and the United Nations Secretary-General")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Director|Department|Division)\s+"
                               r"(?:of\s+State\s+)?for\s+(?:(?:the\s+)?[A-Z][\w'’-]*"
                               r"(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and|,\s+and)\s+)*(?:the\s+)?$")
_PORTFOLIO_AFTER = re.compile(r"\s+(?:Affairs|Issues|Matters)\b|\s*(?:[,;.)]|\s(?:at|in|of)\s|$)")
_OFFICE_NAME_AFTER = re.compile(r",?\s+and\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Cooperation|"
                                r"Development|Affairs|Trade|Office)\b")


#: an office of a city, an emirate or a province before its name: "the Crown Prince of",
#: "the Governor of", "the Mayor of" (the official is of the city's country)
_LOCAL_OFFICE_BEFORE = re.compile(r"\b(?:Crown Prince|Emir|Ruler|Sultan|(?:Vice[- ])?Governor|"
                                  r"(?:Lord |Deputy )?Mayor|Chief Minister|Minister-President|"
                                  r"Prefect)\s+of\s+(?:the\s+)?$")
#: ... and a province's own minister, the portfolio first: "the Minister of Culture and
#: Tourism of Quebec" (a place naming the portfolio, "Minister of Jerusalem Affairs",
#: has no "of" after it)
_PROVINCE_OFFICE_BEFORE = re.compile(r"\b(?-i:Minister)\s+(?:of|for)\s+(?:the\s+)?"
                                     r"[\w'’ -]{1,60}?\s+of\s+(?:the\s+)?$")


#: what makes a word that is also a city's name the city: a place's preposition
#: or verb before it ("in Nice", "visit to Victoria", "arrived in")
_PLACE_CUE = re.compile(r"\b(?:in|at|to|from|near|via|into|for|visit(?:ed|ing|s)?|"
                        r"reached|left|toured)\s+(?:the\s+(?:city|port)\s+of\s+)?$", re.I)
#: a capitalised word right after: a person's surname ("Victoria Nuland")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: a dateline: the name opens a line, then a comma or dash and a date
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—])\s*(?:\w+\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)")


def _desk(text: str, a: int, b: int) -> bool:
    """Whether the adjective at ``a:b`` names a ministry's desk ("the American Affairs
    Division", "the Department of Chinese Affairs")."""
    return bool(_DESK_AFTER.match(text, b) or (
        _DESK_AFFAIRS.match(text, b) and _DESK_AROUND.search(text, max(0, a - 30), a)))


def _in_place_context(text: str, sent_start: int, a: int, b: int,
                      country_starts: set[int]) -> bool:
    """Whether a city name that is also a word or a person's name stands as the
    place: after a place's preposition, before ", <country>", or opening a dateline;
    never right before a capitalised name."""
    if _NAME_AFTER.match(text, b):
        return False
    if text[b:b + 2] == ", " and b + 2 in country_starts:
        return True  # "Nice, France"
    line_start = text.rfind("\n", 0, a) + 1
    if not text[line_start:a].strip() and _DATELINE_AFTER.match(text, b):
        return True
    return bool(_PLACE_CUE.search(text, max(sent_start, a - 40), a))


#: a capitalised word right before a country's name: a given name when it is
#: no title, no little word and no other place ("Luís Montenegro")
#: (written to open with the capital, the test before it, ``(?<![\w.'’-])``, made
#: after it as a lookbehind over it: ``re`` skips ahead to capitals)
_GIVEN_BEFORE = re.compile(r"([A-Z](?<![\w.'’-].)[^\W\d_A-Z]+(?:-[A-Z][^\W\d_]+)?)\s$")
_NOT_GIVEN = frozenset(
    "The A An In On At To For From With And Of By Or As Into Both Between Dear Visit Visiting "
    "President Minister Ministers Secretary Ambassador Ambassadors King Queen Emir Amir Prince "
    "Princess Sultan Chancellor Premier Speaker Envoy General Commissioner Governor Mr Mrs Ms "
    "Dr Sir Madam Excellency Republic Kingdom State States Federation Embassy Consulate "
    "Government Ministry Team Greater Upper Lower North South East West Northern Southern "
    "Eastern Western Central New Old Great Holy Democratic People Peoples United Independent "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _is_surname(text: str, sent_start: int, a: int, known_ends: set[int]) -> bool:
    """Whether the country name at ``a`` follows a given name, so that it is a
    person's surname: not at the sentence's start, not after a title, a little
    word or another place's name."""
    m = _GIVEN_BEFORE.search(text, max(sent_start, a - 30), a)
    if m is None or m.group(1) in _NOT_GIVEN or m.end(1) in known_ends:
        return False
    before = text[sent_start:m.start(1)]
    if before.strip() and not before.rstrip().endswith((".", ":", "\n", "“", '"')):
        return True
    # opening the sentence any word is capitalised: a name only before its office
    # ("Luís Montenegro, the Prime Minister of Portugal, ...")
    return bool(_OFFICE_AFTER.match(text, a))


_OFFICE_AFTER = re.compile(r"\w+,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:Prime Minister|President|"
                           r"Minister|Secretary|Ambassador|Chancellor|Speaker|Premier)\b")


def in_office_name(text: str, sent_start: int, a: int, b: int) -> bool:
    """Whether the organisation at ``text[a:b]`` is named inside a ministry's own
    name ("Foreign, Commonwealth and Development Office")."""
    return bool(_OFFICE_NAME_AFTER.match(text, b)
                and _OFFICE_NAME_BEFORE.search(text, max(sent_start, a - 60), a))


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    kind: str  # country | adj | org | city | issuer | pair
    code: str
    place: bool = False  # "in Turkey", "Tashkent, Uzbekistan": a place, not a participant
    #: a named office-holder standing for a side ("met Sergey Lavrov"): their role
    person: str | None = None


class Sentence:
    """One sentence of a document (``text`` is the whole document: offsets index
    it) with what it names. ``ents`` and ``dates`` are found on first access, so
    a sentence a step reads nothing from (a heading that names no country, a
    title) costs no scan; ``more`` then completes the entities (the office-holders,
    the issuer's realm: see ``_pipeline``)."""

    __slots__ = ("start", "end", "text", "para", "_ents", "_dates", "_gaz", "_more", "memo")

    def __init__(self, start: int, end: int, text: str, ents: list[Ent] | None = None,
                 dates: list[DateMention] | None = None, para: int = 0, *,
                 gaz: Gazetteer | None = None,
                 more: Callable[[Sentence], None] | None = None) -> None:
        if ents is None and gaz is None:
            raise ValueError("a Sentence needs its entities or a gazetteer to find them")
        self.start, self.end, self.text, self.para = start, end, text, para
        self._ents, self._dates = ents, dates
        self._gaz, self._more = gaz, more
        #: what a step derived from the sentence and its entities, for the steps
        #: after it (see ``_persons.find_titles``)
        self.memo: dict[object, object] | None = None

    @property
    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer the entities are found with (None when they were given)."""
        return self._gaz

    @property
    def ents(self) -> list[Ent]:
        if self._ents is None:
            assert self._gaz is not None
            self._ents = _entities(self.text, self.start, self.end, self._gaz)
            more, self._more = self._more, None
            if more is not None:
                more(self)
        return self._ents

    @property
    def ents_read(self) -> int:
        """How many entities the sentence holds, -1 before they are read (a
        key for what is derived from them: they are only ever added to)."""
        return -1 if self._ents is None else len(self._ents)

    @property
    def dates(self) -> list[DateMention]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.start, self.end)
        return self._dates

    @property
    def string(self) -> str:
        return self.text[self.start:self.end]

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.string!r})"


_START_OF, _END_OF = attrgetter("start"), attrgetter("end")

#: a news agency credited after a dateline's day: "RIYADH, Sept. 8 (Saba) -",
#: "AMMAN, 3 May 2025 (Petra) --": the agency, not the island or the city
_CREDIT_BEFORE = re.compile(r"\d\s*\($")
_CREDIT_AFTER = re.compile(r"\)\s*(?:-{1,2}|–|—|:)")


def _credit(text: str, a: int, b: int) -> bool:
    return a > 0 and text[a - 1] == "(" and _CREDIT_AFTER.match(text, b) is not None \
        and _CREDIT_BEFORE.search(text, max(0, a - 6), a) is not None


def recognise(text: str, start: int, end: int, gaz: Gazetteer, para: int = 0, *,
              more: Callable[[Sentence], None] | None = None) -> Sentence:
    """The sentence ``text[start:end]``; its entities and dates are found when
    first read (``more`` completes the entities then)."""
    return Sentence(start, end, text, None, None, para, gaz=gaz, more=more)


def _pair_talks(text: str, start: int, a: int, b: int) -> bool:
    """Whether the adjective at ``text[a:b]`` is one of two joined before a talks noun."""
    if _PAIR_NEXT.match(text, b):
        return _PAIR_TALKS_AFTER.match(text, b) is not None
    return _PAIR_BEFORE.search(text, max(start, a - 30), a) is not None \
        and _PAIR_TALKS_AFTER.match(text, b) is not None


def _acronym_after(text: str, a: int, b: int, end: int,
                   org_spans: list[tuple[int, int]]) -> bool:
    """Whether an office's acronym, no organisation's, follows the adjective
    ``text[a:b]`` named after "the" ("the Swiss FDFA")."""
    am = _ACRONYM_AFTER.match(text, b, end)
    return am is not None and not any(s <= am.start(1) < e for s, e in org_spans) \
        and _THE_BEFORE.search(text, max(0, a - 24), a) is not None


def _named_in_list(text: str, start: int, end: int, a: int, b: int,
                   names: list[tuple[int, int]]) -> bool:
    """Whether the demonym at ``text[a:b]`` stands for its country's name in a list of
    names (``names``: the spans of the country names found): joined to one of them by a
    comma or "and", with no noun after it."""
    if not _STANDS_ALONE.match(text, b, end):
        return False
    for x, y in names:
        if y <= a and _LIST_JOIN_BEFORE.fullmatch(text, y, a):
            return True
        if x >= b and (m := _LIST_JOIN_AFTER.match(text, b, x)) and m.end() == x:
            return True
    return False


def _entities(text: str, start: int, end: int, gaz: Gazetteer) -> list[Ent]:
    found = gaz.find_all(text, start, end)
    orgs = found["org"]
    org_spans = [(o.start, o.end) for o in orgs]

    def inside_org(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in org_spans)

    ents: list[Ent] = []
    taken: list[tuple[int, int]] = []
    countries = found["country"]
    city_ends = {c.end for c in found["city"]}
    known_ends = {m.end for kind in ("country", "adj", "city", "org") for m in found[kind]}
    known_starts = {m.start for kind in ("country", "adj", "city", "org") for m in found[kind]}
    for m in countries:
        if inside_org(m.start, m.end) or _MONEY.match(text, m.end) \
                or _credit(text, m.start, m.end) or _WATER_AFTER.match(text, m.end) \
                or _OUTLET_AFTER.match(text, m.end) \
                or _WATER_BEFORE.search(text, max(start, m.start - 60), m.start) \
                or _TOPIC_GROUP_BEFORE.search(text, max(start, m.start - 24), m.start):
            continue
        if _is_surname(text, start, m.start, known_ends):
            continue  # "Prime Minister Luís Montenegro": a person, not the country
        if given_name(text, start, m.start, m.end, m.code, known_starts):
            continue  # "Foreign Secretary Bharat Singh Rawal": a given name, no side
        if _EXCLUDED.search(text, max(start, m.start - 80), m.start) \
                or in_remit(text, start, m.start, m.end) \
                or community_adjective(text, m.start, m.end, m.code, gaz):
            # "excluding Norway": left out; "Director for Asia and Japan": a remit;
            # "Kosovo Serbs": a community, a country's name used as its adjective
            continue
        before = text[max(start, m.start - 40):m.start]
        # ("talks held at the Foreign Ministry of Chile": where they happened)
        held_at = _HELD_AT_MINISTRY.search(text, max(start, m.start - 160), m.start) is not None
        place = held_at or bool(_PLACE_BEFORE.search(before) and not _BODY_IN.search(before)
                     and not _OWNS_OFFICE.match(text, m.end)
                     and not (_AT_THE.search(before) and _SERVED_BODY.match(text, m.end))) or (any(
            text[e:m.start] in (", ", ",", " (", "(") for e in city_ends if e <= m.start)
            # (not a possessive, the next item of a list: "at the conference in Perth,
            # China's foreign minister yesterday")
            and not _POSSESSIVE_AFTER.match(text, m.end))
        ents.append(Ent(m.start, m.end, "country", m.code, place))
        taken.append((m.start, m.end))
    for a, b, named in elided_countries(text, start, end, gaz, taken):
        ents.append(Ent(a, b, "country", named))  # "North and South Korea": both
        taken.append((a, b))
    for m in found["adj"]:
        if inside_org(m.start, m.end) or any(a < m.end and m.start < b for a, b in taken) \
                or _WATER_AFTER.match(text, m.end):
            continue  # (and "the Indian Ocean Conference", "the Arabian Sea": water)
        # wide enough for a list of demonyms before one role ("his Egyptian, Lebanese,
        # ... and Cameroonian counterparts"); _ROLE_AFTER caps the words between
        after = text[m.end:min(end, m.end + 140)]
        if _PLACE_NOUN_AFTER.match(after) and not _REGION_BEFORE.search(
                text, max(start, m.start - 12), m.start):
            # "travelled to the Brazilian city of Foz do Iguacu": the country, as a place
            ents.append(Ent(m.start, m.end, "country", m.code, True))
            taken.append((m.start, m.end))
            continue
        if _named_in_list(text, start, end, m.start, m.end, taken):
            # "the foreign ministers of Chile, Somali and Peru": the country, as a name
            ents.append(Ent(m.start, m.end, "country", m.code))
            taken.append((m.start, m.end))
            continue
        if not (_ROLE_AFTER.match(after) or _BODY_AFTER.match(after)
                or VISIT_BY_AFTER.match(after) or _pair_talks(text, start, m.start, m.end)
                or _acronym_after(text, m.start, m.end, end, org_spans)) \
                or _desk(text, m.start, m.end) \
                or _REGION_BEFORE.search(text, max(start, m.start - 12), m.start) \
                or _EXCLUDED.search(text, max(start, m.start - 80), m.start) \
                or community_adjective(text, m.start, m.end, m.code, gaz):
            continue  # (or "Turkish Cypriots": a community, not that state)
        ents.append(Ent(m.start, m.end, "adj", m.code))
        taken.append((m.start, m.end))
    for na in _NATIONALS_ABROAD.finditer(text, start, end):
        # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad": the
        # ministry of that country's nationals abroad, so the minister's country
        code = gaz.lookup("adj", na.group(1)) or gaz.lookup("adj", na.group(1) + "s")
        if code and not any(a < na.end(1) and na.start(1) < b for a, b in taken):
            ents.append(Ent(na.start(1), na.end(1), "adj", code))
            taken.append((na.start(1), na.end(1)))
    country_starts = {c.start for c in countries}
    for m in found["city"]:
        if inside_org(m.start, m.end) or any(a < m.end and m.start < b for a, b in taken) \
                or _credit(text, m.start, m.end) \
                or _TOPIC_GROUP_BEFORE.search(text, max(start, m.start - 24), m.start):
            continue
        province = _PROVINCE_OFFICE_BEFORE.search(text, max(start, m.start - 90),
                                                  m.start) is not None
        if text[m.start:m.end] in gaz.place_only and not province and not _in_place_context(
                text, start, m.start, m.end, country_starts):
            continue  # "Victoria Nuland", "a nice result": a word or a name, not the city
        if _LOCAL_OFFICE_BEFORE.search(text, max(start, m.start - 40), m.start) or province:
            # "the Crown Prince of Abu Dhabi", "the Governor of Tokyo": an official of
            # that city's country, a side (the city still the place, where it is one)
            ents.append(Ent(m.start, m.end, "country", m.code))
        ents.append(Ent(m.start, m.end, "city", m.code, True))
    org_ends = {o.end for o in orgs}
    for o in orgs:
        if in_office_name(text, start, o.start, o.end) \
                or _EXCLUDED.search(text, max(start, o.start - 80), o.start):
            continue  # (or "non-EU countries": those outside it)
        if _PORTFOLIO_AFTER.match(text, o.end) \
                and _PORTFOLIO_BEFORE.search(text, max(start, o.start - 90), o.start):
            continue  # "Minister of State for Asia and United Nations": a portfolio
        if text[o.start - 1:o.start] == "(" and text[o.end:o.end + 1] == ")" \
                and (o.start - 2 in org_ends or o.start - 1 in org_ends):
            continue  # "the Human Rights Council of the United Nations (UN)": a short form
        ents.append(Ent(o.start, o.end, "org", o.code))
    for rm in _ISSUER_REF_FOLDED.finditer(text, start, end):
        ents.append(Ent(rm.start(), rm.end(), "issuer", ISSUER))
    for rm in _PAIR_REF_FOLDED.finditer(text, start, end):
        ents.append(Ent(rm.start(), rm.end(), "pair", PAIR))
    # by start, the longer first where two start together: two stable sorts on
    # C-level keys, cheaper than one sort on a Python key (start, -end)
    ents.sort(key=_END_OF, reverse=True)
    ents.sort(key=_START_OF)
    return ents
