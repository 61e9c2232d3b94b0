"""Construction probes: the core events told in many phrasings of our own.

Each probe is a small readout of a Georgian release (issuer GEO) with a date line
"12 March 2025" (a Wednesday; "on Tuesday" is 11 March), or an agency wire with
its own dateline published that day. A positive probe lists every record of its
type that the text tells; a must-not-fire probe tells no core event at all.
The sentences were written for this table; they vary word order, nominal and
passive forms, who called whom, lists, titles and honorifics, and agency style.
"""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, probe, records

_CORE = CORE
_DAY = "12 March 2025\n\n"


def _records(text: str, types: set[str] | frozenset[str]) -> list[tuple]:
    agency = "(Agency)" in text
    return records(text if agency else _DAY + text, "GEO", types,
                   date="2025-03-12" if agency else None)


def _probe(kind: str, text: str, *expected: tuple, limit: str = "") -> object:
    return probe((kind, text), expected, limit)


def _r(kind: str, frm: str, to: str, day: str) -> tuple:
    return event(kind, frm, to, "2025-03-" + day)


_VISITS = [
    _probe("visit", "On 10 and 11 March, Foreign Minister Maka Botchorishvili was on a "
           "working visit to Nairobi.", _r("visit", "GEO", "KEN", "10")),
    _probe("visit", "At the invitation of his Kenyan counterpart, the Minister travelled "
           "to Nairobi on Monday.", _r("visit", "GEO", "KEN", "10")),
    _probe("visit", "The Foreign Minister of Peru, H.E. Elmer Schialer, arrived in Tbilisi "
           "yesterday on an official visit.", _r("visit", "PER", "GEO", "11")),
    _probe("visit", "Georgia was visited on 9 March by the Secretary of State of the "
           "United States.", _r("visit", "USA", "GEO", "09")),
    _probe("visit", "NAIROBI, March 12 (Agency) – Georgia's foreign minister arrived in "
           "Nairobi on Tuesday for a two-day visit, the first by a Georgian minister to "
           "Kenya.", _r("visit", "GEO", "KEN", "11")),
    _probe("visit", "A delegation led by the External Affairs Minister of India visited "
           "Georgia from 9 to 11 March.", _r("visit", "IND", "GEO", "09")),
    _probe("visit", "The State Counsellor of Myanmar paid a state visit to Georgia on "
           "10 March at the invitation of the President.", _r("visit", "MMR", "GEO", "10")),
    _probe("visit", "In Lima on Monday, the Minister began an official visit to Peru, the "
           "first at that level in a decade.", _r("visit", "GEO", "PER", "10")),
    _probe("visit", "The Federal Chancellor of Austria, Dr. Christian Stocker, paid his "
           "first official visit to Georgia on 11 March.", _r("visit", "AUT", "GEO", "11")),
    _probe("visit", "Hon. Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary "
           "for Foreign Affairs of Kenya, was on an official visit to Tbilisi on "
           "10-11 March.", _r("visit", "KEN", "GEO", "10")),
    _probe("visit", "The Foreign Ministers of Estonia, Latvia and Lithuania visited "
           "Tbilisi on 10 March.", _r("visit", "EST", "GEO", "10"),
           _r("visit", "LVA", "GEO", "10"), _r("visit", "LTU", "GEO", "10")),
    _probe("visit", "The Minister travelled on Monday to Bogotá, where she held talks "
           "with the Foreign Minister of Colombia.", _r("visit", "GEO", "COL", "10")),
    _probe("visit", "Visiting Tbilisi on Tuesday, the Vice President of Ghana laid a "
           "wreath at the memorial to the heroes.", _r("visit", "GHA", "GEO", "11")),
    _probe("visit", "The Minister traveled to Ottawa on March 10 for a working visit to "
           "Canada.", _r("visit", "GEO", "CAN", "10")),
    _probe("visit", "The Minister flew to Lima on Monday for talks.",
           _r("visit", "GEO", "PER", "10")),
    _probe("visit", "The Minister is on a three-day visit to Peru since Monday.",
           _r("visit", "GEO", "PER", "10")),
]

_MEETINGS = [
    _probe("meeting", "With his Kenyan counterpart, the Minister discussed trade and "
           "visa issues in Tbilisi on Tuesday.", _r("meeting", "GEO", "KEN", "11")),
    _probe("meeting", "In Nairobi on Tuesday, the Minister met the Cabinet Secretary for "
           "Foreign Affairs of Kenya.", _r("meeting", "GEO", "KEN", "11")),
    _probe("meeting", "The Minister met on Tuesday, on the sidelines of the forum, the "
           "Foreign Minister of Peru.", _r("meeting", "GEO", "PER", "11")),
    _probe("meeting", "Talks were held on 10 March between the foreign ministers of "
           "Georgia and Chile.", _r("meeting", "GEO", "CHL", "10")),
    _probe("meeting", "During his meeting with the Secretary of State of the United "
           "States on Monday, the Minister thanked Washington for its support.",
           _r("meeting", "GEO", "USA", "10")),
    _probe("meeting", "The Minister was received on 11 March by the President of Ghana, "
           "Mr John Mahama.", _r("meeting", "GEO", "GHA", "11")),
    _probe("meeting", "The Minister met the foreign ministers of Chile, Peru and Ecuador "
           "in Santiago on 10 March.", _r("meeting", "GEO", "CHL", "10"),
           _r("meeting", "GEO", "PER", "10"), _r("meeting", "GEO", "ECU", "10")),
    _probe("meeting", "The Prime Minister received H.E. Subrahmanyam Jaishankar, External "
           "Affairs Minister of India, on 11 March.", _r("meeting", "GEO", "IND", "11")),
    _probe("meeting", "Dr. Ursula von der Leyen, President of the European Commission, and "
           "the Prime Minister met in Brussels on 10 March.", _r("meeting", "GEO", "", "10")),
    _probe("meeting", "The Minister held a bilateral meeting with Chancellor Friedrich "
           "Merz of Germany on the margins of the summit in Brussels on Tuesday.",
           _r("meeting", "GEO", "DEU", "11")),
    _probe("meeting", "ACCRA, March 12 (Agency) – Ghana's President received Georgia's "
           "foreign minister on Tuesday at the Jubilee House.",
           _r("meeting", "GEO", "GHA", "11")),
    _probe("meeting", "A meeting between the Minister and the Ambassador of Japan, Mr. Taro "
           "Yamada, took place at the Ministry on 10 March.",
           _r("meeting", "GEO", "JPN", "10")),
    _probe("meeting", "The Minister had talks with Mr. Pedro de la Fuente, the Minister of "
           "Foreign Affairs of Chile, on 10 March.", _r("meeting", "GEO", "CHL", "10")),
    _probe("meeting", "The Minister hosted the Foreign Secretary of the United Kingdom, "
           "David Lammy, for talks at the Ministry on Monday.",
           _r("meeting", "GEO", "GBR", "10")),
    _probe("meeting", "The Minister sat down with her Chilean counterpart in Santiago on "
           "Monday.", _r("meeting", "GEO", "CHL", "10")),
    _probe("meeting", "Talks between the Minister and the State Counsellor of Singapore "
           "took place on 10 March.", _r("meeting", "GEO", "SGP", "10")),
    _probe("meeting", "The Minister was received in audience by King Felipe VI of Spain on "
           "Tuesday.", _r("meeting", "GEO", "ESP", "11")),
    _probe("meeting", "The Minister exchanged views with H.E. Dr. Ahmed bin Ali, Minister "
           "of Foreign Affairs of Oman, on Monday.", _r("meeting", "GEO", "OMN", "10")),
    _probe("meeting", "Georgia hosted on 10 March the Prime Minister of Armenia.",
           _r("meeting", "GEO", "ARM", "10")),
    _probe("meeting", "The Minister welcomed to Tbilisi on Tuesday the Foreign Minister of "
           "Chile.", _r("meeting", "GEO", "CHL", "11")),
    _probe("meeting", "NAIROBI, March 12 (Agency) – Kenyan President William Ruto on "
           "Tuesday hosted Georgia's prime minister at State House.",
           _r("meeting", "GEO", "KEN", "11")),
    _probe("meeting", "Meeting on Monday in Accra, the foreign ministers of Georgia and "
           "Ghana reviewed trade.", _r("meeting", "GEO", "GHA", "10")),
]

_CALLS = [
    _probe("call", "The Minister received a call from the Foreign Minister of Turkey on "
           "Tuesday.", _r("call", "TUR", "GEO", "11")),
    _probe("call", "At the request of the Armenian side, a telephone conversation took "
           "place on 10 March between the foreign ministers of Georgia and Armenia.",
           _r("call", "ARM", "GEO", "10")),
    _probe("call", "The Minister phoned her Azerbaijani counterpart on Monday.",
           _r("call", "GEO", "AZE", "10")),
    _probe("call", "A telephone conversation took place on 11 March between the Minister "
           "and the Secretary of State of the United States.", _r("call", "GEO", "USA", "11")),
    _probe("call", "The Prime Minister spoke by telephone on Tuesday with the Federal "
           "Chancellor of Germany.", _r("call", "GEO", "DEU", "11")),
    _probe("call", "On Monday, the Minister held a video call with the External Affairs "
           "Minister of India.", _r("call", "GEO", "IND", "10")),
    _probe("call", "The President of Ukraine called the President of Georgia on 10 March.",
           _r("call", "UKR", "GEO", "10")),
    _probe("call", "In a phone call with his Polish counterpart on Tuesday, the Minister "
           "discussed energy security.", _r("call", "GEO", "POL", "11")),
    _probe("call", "The Minister had telephone conversations on 10 March with the foreign "
           "ministers of Latvia and Estonia.", _r("call", "GEO", "LVA", "10"),
           _r("call", "GEO", "EST", "10")),
    _probe("call", "BAKU, March 12 (Agency) – Azerbaijan's foreign minister telephoned his "
           "Georgian counterpart on Tuesday, the ministry said.",
           _r("call", "AZE", "GEO", "11")),
    _probe("call", "At the initiative of the Greek side, the foreign ministers of Georgia "
           "and Greece spoke by phone on 11 March.", _r("call", "GRC", "GEO", "11")),
    _probe("call", "The Minister was called on Monday by the Foreign Minister of Italy, "
           "who congratulated her on her appointment.", _r("call", "ITA", "GEO", "10")),
    _probe("call", "The Minister took a phone call from Hon. Winston Peters, Foreign "
           "Minister of New Zealand, on Tuesday.", _r("call", "NZL", "GEO", "11")),
    _probe("call", "The Minister received on Tuesday a telephone call from Foreign "
           "Secretary David Lammy of the United Kingdom.", _r("call", "GBR", "GEO", "11")),
    _probe("call", "A phone conversation was held on Monday between the Prime Minister and "
           "the Chancellor of Germany.", _r("call", "GEO", "DEU", "10")),
    _probe("call", "The two foreign ministers, of Georgia and Latvia, spoke over the phone "
           "on Tuesday.", _r("call", "GEO", "LVA", "11")),
]

_CONSULTATIONS = [
    _probe("consultation", "Political consultations between the Ministries of Foreign "
           "Affairs of Georgia and Kenya were held in Nairobi on 10 March.",
           _r("consultation", "GEO", "KEN", "10")),
    _probe("consultation", "On 10 March, Tbilisi hosted the fourth round of political "
           "consultations between the foreign ministries of Georgia and Peru.",
           _r("consultation", "GEO", "PER", "10")),
    _probe("consultation", "The Deputy Minister held consultations with the Deputy Foreign "
           "Minister of Chile in Santiago on Tuesday.", _r("consultation", "GEO", "CHL", "11")),
    _probe("consultation", "Consular consultations between Georgia and Greece took place "
           "in Athens on 11 March.", _r("consultation", "GEO", "GRC", "11")),
    _probe("consultation", "Inter-ministerial consultations with Japan were held in Tokyo "
           "on 10 March.", _r("consultation", "GEO", "JPN", "10")),
    _probe("consultation", "The delegations of Georgia and Brazil, led by their deputy "
           "foreign ministers, held political consultations in Brasília on Monday.",
           _r("consultation", "GEO", "BRA", "10")),
    _probe("consultation", "NAIROBI, March 12 (Agency) – Kenya and Georgia held their "
           "first political consultations on Tuesday, officials said.",
           _r("consultation", "GEO", "KEN", "11")),
    _probe("consultation", "The Ministries of Foreign Affairs of Georgia and Ghana held a "
           "round of consultations on 10 March in Accra.",
           _r("consultation", "GEO", "GHA", "10")),
    _probe("consultation", "The regular round of consultations on consular matters with "
           "Ukraine took place in Kyiv on 11 March.", _r("consultation", "GEO", "UKR", "11")),
    _probe("consultation", "With the Foreign Ministry of Estonia, the Deputy Minister "
           "conducted political consultations in Tallinn on 10 March.",
           _r("consultation", "GEO", "EST", "10")),
    _probe("consultation", "Political consultations were held in Rome on 10 March between "
           "Deputy Foreign Minister Lasha Darsalia and the Secretary General of the "
           "Italian Foreign Ministry.", _r("consultation", "GEO", "ITA", "10")),
    _probe("consultation", "Georgia and Mexico held consultations at the level of deputy "
           "foreign ministers on 10 March in Mexico City.",
           _r("consultation", "GEO", "MEX", "10")),
]

_COMMISSIONS = [
    _probe("commission", "The 5th meeting of the Georgia-Kazakhstan Intergovernmental "
           "Commission on Economic Cooperation was held in Astana on 10 March.",
           _r("commission", "GEO", "KAZ", "10")),
    _probe("commission", "The Joint Commission between Georgia and Kenya held its second "
           "session in Nairobi on 10 and 11 March.", _r("commission", "GEO", "KEN", "10")),
    _probe("commission", "On 11 March, Tbilisi hosted the third session of the "
           "Georgian-Ukrainian Intergovernmental Commission.",
           _r("commission", "GEO", "UKR", "11")),
    _probe("commission", "The first session of the Joint Economic Commission between "
           "Georgia and Ghana took place on 10 March in Accra.",
           _r("commission", "GEO", "GHA", "10")),
    _probe("commission", "The Minister co-chaired with the Foreign Minister of Peru the "
           "first meeting of the Georgia-Peru Joint Commission in Lima on Tuesday.",
           _r("commission", "GEO", "PER", "11")),
    _probe("commission", "The Georgian-Polish Intergovernmental Commission for Economic "
           "Cooperation met for the seventh time in Warsaw on 10 March.",
           _r("commission", "GEO", "POL", "10")),
    _probe("commission", "NAIROBI, March 12 (Agency) – The Kenya-Georgia Joint Permanent "
           "Commission on Cooperation opened its second session on Tuesday in Nairobi.",
           _r("commission", "GEO", "KEN", "11")),
    _probe("commission", "A session of the Joint Intergovernmental Commission on Trade and "
           "Economic Cooperation between Georgia and Azerbaijan was held in Baku on "
           "10 March.", _r("commission", "GEO", "AZE", "10")),
    _probe("commission", "The Georgia–Chile Mixed Commission convened in Santiago on "
           "11 March for its fourth session.", _r("commission", "GEO", "CHL", "11")),
    _probe("commission", "The Minister and the Foreign Minister of India co-chaired the "
           "2nd session of the India-Georgia Joint Commission in New Delhi on 10 March.",
           _r("commission", "GEO", "IND", "10")),
    _probe("commission", "The Intergovernmental Commission of Georgia and Turkmenistan "
           "held its ninth meeting in Ashgabat on 10 March.",
           _r("commission", "GEO", "TKM", "10")),
    _probe("commission", "Co-chaired by the two foreign ministers, the fourth meeting of "
           "the Georgia-Japan Joint Committee took place in Tokyo on 11 March.",
           _r("commission", "GEO", "JPN", "11")),
]

_AGREEMENTS = [
    _probe("agreement", "The Minister met the Foreign Minister of Kenya on 10 March. The "
           "two sides signed a memorandum of understanding on tourism.",
           _r("agreement", "GEO", "KEN", "10")),
    _probe("agreement", "The signing of a memorandum of understanding between the "
           "Ministries of Foreign Affairs of Georgia and Peru took place in Lima on "
           "11 March.", _r("agreement", "GEO", "PER", "11")),
    _probe("agreement", "On 10 March, Georgia and Chile signed an agreement on visa "
           "exemption for holders of diplomatic passports.",
           _r("agreement", "GEO", "CHL", "10")),
    _probe("agreement", "A protocol on political consultations was signed by the Minister "
           "and the Foreign Minister of Ghana on Tuesday.",
           _r("agreement", "GEO", "GHA", "11")),
    _probe("agreement", "In Tbilisi on Monday, the Minister and his Japanese counterpart "
           "signed a joint statement on strategic partnership.",
           _r("agreement", "GEO", "JPN", "10")),
    _probe("agreement", "The Minister signed with the Foreign Minister of Greece an "
           "agreement on readmission on 10 March.", _r("agreement", "GEO", "GRC", "10")),
    _probe("agreement", "An agreement on the avoidance of double taxation between Georgia "
           "and Brazil was signed in Brasília on 11 March.",
           _r("agreement", "GEO", "BRA", "11")),
    _probe("agreement", "ANKARA, March 12 (Agency) – Turkey and Georgia signed three "
           "agreements on trade and energy on Tuesday.", _r("agreement", "GEO", "TUR", "11")),
    _probe("agreement", "Following the talks on 10 March, the ministers of Georgia and "
           "India signed a memorandum on cooperation in education.",
           _r("agreement", "GEO", "IND", "10")),
    _probe("agreement", "The Minister and Hon. Winston Peters, Foreign Minister of New "
           "Zealand, put their signatures to a working holiday arrangement on 11 March.",
           _r("agreement", "GEO", "NZL", "11")),
    _probe("agreement", "The Minister signed memoranda of understanding with the foreign "
           "ministers of Latvia and Estonia on 10 March.",
           _r("agreement", "GEO", "LVA", "10"), _r("agreement", "GEO", "EST", "10")),
    _probe("agreement", "During the visit of the Minister to Kenya on 10 March, a "
           "memorandum of understanding on diplomatic training was signed.",
           _r("agreement", "GEO", "KEN", "10")),
    _probe("agreement", "The Prime Minister of Georgia and the Chancellor of Austria signed "
           "a declaration on strategic partnership on Monday.",
           _r("agreement", "GEO", "AUT", "10")),
    _probe("agreement", "The Minister and the Foreign Minister of Peru signed on Tuesday a "
           "memorandum on tourism.", _r("agreement", "GEO", "PER", "11")),
    _probe("agreement", "Memoranda on tourism and education were signed on 10 March by the "
           "Minister and his Peruvian counterpart.", _r("agreement", "GEO", "PER", "10")),
    _probe("agreement", "The Minister arrived in Lima on 10 March. An agreement on visa "
           "waiver was signed the same day.", _r("agreement", "GEO", "PER", "10")),
    _probe("agreement", "LIMA, March 12 (Agency) – Peru and Georgia on Tuesday inked a "
           "visa waiver deal.", _r("agreement", "GEO", "PER", "11")),
]


@pytest.mark.parametrize(("kind", "text", "expected"),
                         _VISITS + _MEETINGS + _CALLS + _CONSULTATIONS + _COMMISSIONS
                         + _AGREEMENTS)
def test_probe_reads_the_core_event(kind, text, expected):
    assert _records(text, {kind}) == expected


_NOTHING = [
    "The Minister will visit Kenya next week.",
    "The President is scheduled to travel to Peru in April.",
    "The Minister said she looks forward to meeting the Foreign Minister of Chile in "
    "Santiago.",
    "The two ministers expressed hope that the Joint Commission would meet in Tbilisi "
    "later this year.",
    "The Minister has accepted an invitation to visit Japan.",
    "Officials discussed preparations for the forthcoming visit of the President of Ghana "
    "to Georgia.",
    "Georgia and Kenya established diplomatic relations in 1992.",
    "Recalling earlier meetings between the two presidents, the Ministry noted the "
    "progress of the relationship.",
    "Georgia is a reliable transit country between Azerbaijan and Turkey.",
    "The Minister regularly meets ambassadors accredited in Tbilisi.",
    "Foreign ministers of the region meet every year to review their cooperation.",
    "The Minister is expected to sign an agreement with Chile during the visit.",
    "The Prime Minister invited the Chancellor of Austria to visit Georgia.",
    "The parties agreed to hold political consultations in Tbilisi in the second half "
    "of the year.",
    "The Minister called on Russia to withdraw its troops from the occupied territories.",
    "The free trade agreement with China has been in force since 2018.",
    "Talks on a new trade agreement with India are to continue in May.",
    "A telephone conversation between the two leaders may take place later this month.",
    "The Minister hopes to pay a visit to Brazil before the end of the year.",
    "Georgia supports the sovereignty and territorial integrity of Ukraine and Moldova.",
    "The Minister's planned visit to Ghana has been postponed.",
    "The Joint Commission with Kazakhstan meets once a year, alternately in Tbilisi and "
    "Astana.",
    "The Ministry is preparing a memorandum of understanding with Peru on tourism.",
    "Georgia intends to open political consultations with Mexico next year.",
    "The Minister stressed that visits at the highest level between Georgia and Poland "
    "should become more frequent.",
    "The Minister thanked Kenya for the warm hospitality extended during her visit in "
    "2019.",
    "The Minister conveyed an invitation from the President to the King of Jordan to "
    "visit Georgia.",
    "Both sides underlined the importance of regular political consultations.",
    "The Minister noted that the Joint Commission has not met since 2019.",
    "The sides agreed to sign the agreement on visa waiver at the next meeting.",
    "The President of Ghana is expected in Tbilisi next month.",
    "Preparations for the signing of a memorandum with Peru are under way.",
    "The Minister underlined that Georgia and Armenia are friendly neighbours.",
    "Phone calls between the two leaders have become regular.",
    "The Minister would welcome a visit of the Foreign Minister of Chile in the near "
    "future.",
]


@pytest.mark.parametrize("text", _NOTHING)
def test_probe_tells_no_core_event(text):
    assert _records(text, _CORE) == []
