"""Review probes: the core events as year-end and half-year reviews tell them.

`test_probes_core_events.py` varies the phrasing of one readout and
`test_probes_house_styles.py` the house style around one event. This table is about the
genre where recall on unseen text is lowest: the review of a year or a half-year. Each
probe is a short review of its own issuer (a title such as "Our diplomacy in 2025" or
"Results of the first half of 2025", a date line, two to four sentences) and the core
records a reader expects: events told month by month ("In March ...; in April ...",
"the same month", "later"), lists of visits with months in brackets, after "including",
after a colon or in bullets, counts with names, pronoun and elliptical subjects across
sentences, agreements, commissions and consultations in nominal form, and multilateral
sessions with their month and place. Dates carry the precision the text gives: a month
is "2025-03", an undated event of the reviewed year "2025". The must-not-fire table
holds plans for next year, goals, anniversaries, history, bare counts and topics. The
sentences were written for this table.
"""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, probe, records

_CORE = CORE | {"multilateral"}


def _records(issuer: str, text: str, types: set[str] | frozenset[str]) -> list[tuple]:
    return records(text, issuer, types, orgs=True)


def _e(kind: str, frm: str, to: str, date: str, orgs: str = "") -> tuple:
    return event(kind, frm, to, date, orgs)


def _m(frm: str, orgs: str, date: str) -> tuple:
    return _e("multilateral", frm, "", date, orgs)


def _probe(issuer: str, text: str, *expected: tuple, limit: str = "") -> object:
    return probe((issuer, text), expected, limit)


_YEAR = "Our diplomacy in 2025\n\n30 December 2025\n\n"
_HALF = "Results of the first half of 2025\n\n1 July 2025\n\n"
_REVIEW = "Foreign policy review of the year 2025\n\n31 December 2025\n\n"

_MONTH_BY_MONTH = [
    _probe("KAZ", _YEAR + "In March the Minister paid an official visit to Kenya; in April "
           "she received the Foreign Minister of Ghana in Astana.",
           _e("visit", "KAZ", "KEN", "2025-03"), _e("meeting", "KAZ", "GHA", "2025-04")),
    _probe("UZB", _YEAR + "In February the President paid a state visit to Indonesia. In "
           "May he travelled to Malaysia.",
           _e("visit", "UZB", "IDN", "2025-02"), _e("visit", "UZB", "MYS", "2025-05")),
    _probe("AZE", _REVIEW + "On 14 January the Minister held talks in Baku with the Foreign "
           "Minister of Egypt. On 3 February he visited Jordan.",
           _e("meeting", "AZE", "EGY", "2025-01-14"), _e("visit", "AZE", "JOR", "2025-02-03")),
    _probe("GEO", _YEAR + "In June the Prime Minister held talks with the President of Peru. "
           "The same month the Minister signed an agreement with Chile.",
           _e("meeting", "GEO", "PER", "2025-06"), _e("agreement", "GEO", "CHL", "2025-06")),
    _probe("ARM", _HALF + "In January the Minister visited India. Later the same month he "
           "received the Foreign Minister of Greece in Yerevan.",
           _e("visit", "ARM", "IND", "2025-01"), _e("meeting", "ARM", "GRC", "2025-01")),
    _probe("MNG", _YEAR + "The year opened with the Minister's visit to Japan in January.",
           _e("visit", "MNG", "JPN", "2025-01")),
    _probe("SRB", _YEAR + "In April the Foreign Minister travelled to Brazil, where he met "
           "his Brazilian counterpart.",
           _e("visit", "SRB", "BRA", "2025-04"), _e("meeting", "SRB", "BRA", "2025-04")),
    _probe("EST", _HALF + "In March the Minister of Foreign Affairs visited Canada and in May "
           "Australia.",
           _e("visit", "EST", "CAN", "2025-03"), _e("visit", "EST", "AUS", "2025-05"),
           limit=("an elliptical second clause ('and in May Australia') with no verb of its own: "
                  "the frames read one visit, to the first country, with the later month")),
    _probe("LTU", _YEAR + "September brought the visit of the President of Finland to "
           "Vilnius.",
           _e("visit", "FIN", "LTU", "2025-09")),
    _probe("MAR", _YEAR + "In October the Minister received his Spanish counterpart in "
           "Rabat. In November he had a telephone conversation with the Foreign Minister "
           "of Portugal.",
           _e("meeting", "MAR", "ESP", "2025-10"), _e("call", "MAR", "PRT", "2025-11")),
    _probe("TUR", _REVIEW + "On 5 March the Minister met the Foreign Minister of Kenya in "
           "Ankara. Two days later he visited Ethiopia.",
           _e("meeting", "TUR", "KEN", "2025-03-05"), _e("visit", "TUR", "ETH", "2025-03-07")),
    _probe("POL", _HALF + "In June the Minister paid working visits to Norway and Sweden.",
           _e("visit", "POL", "NOR", "2025-06"), _e("visit", "POL", "SWE", "2025-06")),
    _probe("IDN", _YEAR + "In July the Foreign Minister spoke by phone with the Foreign "
           "Minister of Singapore.",
           _e("call", "IDN", "SGP", "2025-07")),
    _probe("VNM", _YEAR + "In August, the Deputy Prime Minister and Foreign Minister "
           "visited New Zealand.",
           _e("visit", "VNM", "NZL", "2025-08")),
]

_LISTS = [
    _probe("IND", _YEAR + "The Minister paid visits to Kenya (March), Ghana (May) and "
           "Senegal (June).",
           _e("visit", "IND", "KEN", "2025-03"), _e("visit", "IND", "GHA", "2025-05"),
           _e("visit", "IND", "SEN", "2025-06")),
    _probe("KOR", _YEAR + "The President made state visits to several countries, "
           "including Vietnam (April) and Indonesia (October).",
           _e("visit", "KOR", "VNM", "2025-04"), _e("visit", "KOR", "IDN", "2025-10")),
    _probe("EGY", _YEAR + "The Minister visited the following countries: Italy (February), "
           "Greece (March) and Cyprus (April).",
           _e("visit", "EGY", "ITA", "2025-02"), _e("visit", "EGY", "GRC", "2025-03"),
           _e("visit", "EGY", "CYP", "2025-04")),
    _probe("NGA", _YEAR + "Visits of the Minister abroad:\n- Ghana, January;\n- Senegal, "
           "March;\n- Kenya, June.",
           _e("visit", "NGA", "GHA", "2025-01"), _e("visit", "NGA", "SEN", "2025-03"),
           _e("visit", "NGA", "KEN", "2025-06"),
           limit=("a heading naming the kind of event ('Visits of the Minister abroad:') over "
                  "bullets of bare countries and months: bullets are read one by one, without the"
                  " heading's trigger and direction")),
    _probe("ARG", _YEAR + "The Foreign Minister received his counterparts from Chile "
           "(April), Uruguay (May) and Paraguay (August).",
           _e("meeting", "ARG", "CHL", "2025-04"), _e("meeting", "ARG", "URY", "2025-05"),
           _e("meeting", "ARG", "PRY", "2025-08")),
    _probe("BRA", _YEAR + "The President paid state visits to Japan and Vietnam in March.",
           _e("visit", "BRA", "JPN", "2025-03"), _e("visit", "BRA", "VNM", "2025-03")),
    _probe("MEX", _HALF + "The Secretary made official visits to Colombia in February and "
           "to Peru in April.",
           _e("visit", "MEX", "COL", "2025-02"), _e("visit", "MEX", "PER", "2025-04")),
    _probe("PAK", _YEAR + "Among the visits to Pakistan were those of the Prime Minister of "
           "Malaysia (October) and the President of Iran (August).",
           _e("visit", "MYS", "PAK", "2025-10"), _e("visit", "IRN", "PAK", "2025-08")),
    _probe("ZAF", _YEAR + "The Minister signed agreements with Namibia (June) and "
           "Botswana (September).",
           _e("agreement", "ZAF", "NAM", "2025-06"), _e("agreement", "ZAF", "BWA", "2025-09")),
    _probe("KEN", _HALF + "The Cabinet Secretary held telephone conversations with the "
           "Foreign Ministers of Uganda (January) and Rwanda (March).",
           _e("call", "KEN", "UGA", "2025-01"), _e("call", "KEN", "RWA", "2025-03")),
    _probe("FIN", _YEAR + "High-level visits to Finland included those of the Presidents of "
           "Estonia (May) and Latvia (September).",
           _e("visit", "EST", "FIN", "2025-05"), _e("visit", "LVA", "FIN", "2025-09")),
    _probe("THA", _YEAR + "The Minister held talks in Bangkok with the Foreign Ministers of "
           "Laos, Cambodia and Myanmar.",
           _e("meeting", "THA", "LAO", "2025"), _e("meeting", "THA", "KHM", "2025"),
           _e("meeting", "THA", "MMR", "2025")),
]

_COUNTS = [
    _probe("KAZ", _YEAR + "The Minister received the foreign ministers of 12 countries, "
           "among them Egypt, Jordan and Oman.",
           _e("meeting", "KAZ", "EGY", "2025"), _e("meeting", "KAZ", "JOR", "2025"),
           _e("meeting", "KAZ", "OMN", "2025")),
    _probe("UZB", _YEAR + "Political consultations were held with Poland, Hungary and "
           "Austria.",
           _e("consultation", "UZB", "POL", "2025"), _e("consultation", "UZB", "HUN", "2025"),
           _e("consultation", "UZB", "AUT", "2025")),
    _probe("AZE", _YEAR + "The Ministry held consultations with 15 countries, including "
           "Latvia and Lithuania.",
           _e("consultation", "AZE", "LVA", "2025"), _e("consultation", "AZE", "LTU", "2025")),
    _probe("GEO", _YEAR + "Of the 14 visits abroad of the Minister, the most important were "
           "those to Japan and Korea.",
           _e("visit", "GEO", "JPN", "2025"), _e("visit", "GEO", "KOR", "2025"),
           limit=("'the most important were those to Japan and Korea': the destinations follow a "
                  "count in a copular clause; read as a figure only")),
    _probe("SRB", _YEAR + "In the course of the year the President received nine heads of "
           "state, including the Presidents of Hungary and Slovakia.",
           _e("meeting", "SRB", "HUN", "2025"), _e("meeting", "SRB", "SVK", "2025")),
    _probe("VNM", _YEAR + "Eight agreements were signed with Laos, four of them during the "
           "visit of the Lao Prime Minister in April.",
           _e("agreement", "VNM", "LAO", "2025-04"), _e("visit", "LAO", "VNM", "2025-04")),
]

_PRONOUNS = [
    _probe("EGY", _YEAR + "In May the Minister visited Kenya. He also met the President "
           "of Uganda in Kampala.",
           _e("visit", "EGY", "KEN", "2025-05"), _e("meeting", "EGY", "UGA", "2025-05")),
    _probe("JOR", _YEAR + "In February the King paid a visit to Washington. There followed "
           "talks with the Chancellor of Germany in Berlin.",
           _e("visit", "JOR", "USA", "2025-02"), _e("meeting", "JOR", "DEU", "2025-02")),
    _probe("KOR", _YEAR + "In June the Minister received the Foreign Minister of Poland. "
           "She later visited Warsaw.",
           _e("meeting", "KOR", "POL", "2025-06"), _e("visit", "KOR", "POL", "2025-06")),
    _probe("ARM", _HALF + "In March the Prime Minister visited France. The Minister, for "
           "his part, held talks with the Foreign Minister of Cyprus.",
           _e("visit", "ARM", "FRA", "2025-03"), _e("meeting", "ARM", "CYP", "2025-03"),
           limit=("another official of ours taking turns ('The Minister, for his part, ...') "
                  "names no time: a review's sentence without a time word keeps the year")),
    _probe("MYS", _YEAR + "The Prime Minister paid an official visit to Brazil in July. "
           "While there, he also met the President of Chile.",
           _e("visit", "MYS", "BRA", "2025-07"), _e("meeting", "MYS", "CHL", "2025-07")),
    _probe("PHL", _YEAR + "In October the Secretary travelled to Canada, and then to "
           "Mexico.",
           _e("visit", "PHL", "CAN", "2025-10"), _e("visit", "PHL", "MEX", "2025-10")),
    _probe("SGP", _YEAR + "The Minister hosted the Foreign Minister of Chile in March and "
           "that of Peru in April.",
           _e("meeting", "SGP", "CHL", "2025-03"), _e("meeting", "SGP", "PER", "2025-04")),
    _probe("NOR", _YEAR + "In August the Foreign Minister went to Kenya and Tanzania. She "
           "met the President of Tanzania in Dodoma.",
           _e("visit", "NOR", "KEN", "2025-08"), _e("visit", "NOR", "TZA", "2025-08"),
           _e("meeting", "NOR", "TZA", "2025-08")),
    _probe("QAT", _YEAR + "His Highness the Amir paid a state visit to Japan in April. The "
           "Prime Minister visited Indonesia in May.",
           _e("visit", "QAT", "JPN", "2025-04"), _e("visit", "QAT", "IDN", "2025-05")),
    _probe("CHL", _YEAR + "In November the President received the President of Ecuador at "
           "La Moneda. The Minister also spoke by telephone with the Foreign Minister of "
           "Bolivia.",
           # (another official of ours "also": the year, as `test_same_time.py` rules)
           _e("meeting", "CHL", "ECU", "2025-11"), _e("call", "CHL", "BOL", "2025")),
]

_NOMINAL = [
    _probe("MAR", _YEAR + "The third session of the Morocco-Senegal Joint Commission was "
           "held in Rabat in October.",
           _e("commission", "MAR", "SEN", "2025-10")),
    _probe("EGY", _YEAR + "Consultations with Greece and Cyprus were held in May and June "
           "respectively.",
           _e("consultation", "EGY", "GRC", "2025-05"),
           _e("consultation", "EGY", "CYP", "2025-06")),
    _probe("TUR", _YEAR + "The year saw the signing of a free trade agreement with "
           "Malaysia in February.",
           _e("agreement", "TUR", "MYS", "2025-02")),
    _probe("KAZ", _HALF + "In April Astana hosted the fifth meeting of the "
           "Kazakhstan-Hungary intergovernmental commission.",
           _e("commission", "KAZ", "HUN", "2025-04")),
    _probe("IND", _YEAR + "A memorandum of understanding on cultural cooperation was signed "
           "with Ghana in July.",
           _e("agreement", "IND", "GHA", "2025-07")),
    _probe("POL", _YEAR + "Political consultations with Japan took place in Tokyo in "
           "September.",
           _e("consultation", "POL", "JPN", "2025-09")),
    _probe("VNM", _YEAR + "The tenth meeting of the Vietnam-Cuba Intergovernmental "
           "Committee took place in Havana in November.",
           _e("commission", "VNM", "CUB", "2025-11")),
    _probe("AZE", _YEAR + "In March, the Ministers of Foreign Affairs of Azerbaijan and "
           "Uzbekistan signed a cooperation programme for 2025-2026.",
           _e("agreement", "AZE", "UZB", "2025-03")),
    _probe("BRA", _HALF + "The first round of consultations between the foreign ministries "
           "of Brazil and Indonesia took place in Brasilia in May.",
           _e("consultation", "BRA", "IDN", "2025-05")),
    _probe("KEN", _YEAR + "The visit of the President to China in April produced the "
           "signing of eleven agreements.",
           _e("visit", "KEN", "CHN", "2025-04"), _e("agreement", "KEN", "CHN", "2025-04")),
    _probe("PER", _YEAR + "In June, the Foreign Minister received the Foreign Minister of "
           "Ecuador; on that occasion they signed a joint declaration.",
           _e("meeting", "PER", "ECU", "2025-06"), _e("agreement", "PER", "ECU", "2025-06")),
]

_MULTILATERAL = [
    _probe("KAZ", _YEAR + "In September the President took part in the 80th session of the "
           "UN General Assembly in New York.",
           _m("KAZ", "UNGA", "2025-09")),
    _probe("IDN", _YEAR + "The Foreign Minister attended the ASEAN Foreign Ministers' Meeting "
           "in Kuala Lumpur in July.",
           _m("IDN", "ASEAN", "2025-07")),
    _probe("EST", _HALF + "In June the Prime Minister took part in the NATO summit in The "
           "Hague.",
           _m("EST", "NATO", "2025-06")),
    _probe("ZAF", _YEAR + "The President attended the African Union summit in Addis Ababa in "
           "February.",
           _m("ZAF", "AU", "2025-02")),
    _probe("MEX", _YEAR + "The Secretary took part in the OAS General Assembly in Antigua "
           "and Barbuda in June.",
           _m("MEX", "OAS", "2025-06")),
    _probe("JPN", _YEAR + "In October the Minister attended the G20 Foreign Ministers' "
           "Meeting in Johannesburg.", _m("JPN", "G20", "2025-10")),
    _probe("POL", _YEAR + "In December the Minister took part in the OSCE Ministerial Council "
           "in Vienna.",
           _m("POL", "OSCE MC", "2025-12")),
]

_PROBES = _MONTH_BY_MONTH + _LISTS + _COUNTS + _PRONOUNS + _NOMINAL + _MULTILATERAL


@pytest.mark.parametrize(("issuer", "text", "expected"), _PROBES)
def test_review_probe_reads_the_core_events(issuer, text, expected):
    assert _records(issuer, text, {r[0] for r in expected}) == expected


_NOTHING = [
    ("KAZ", _YEAR + "In 2026 the Minister plans to visit Kenya and Ghana."),
    ("UZB", _YEAR + "Next year the President is expected to pay a state visit to Japan."),
    ("AZE", _YEAR + "Our goal for the coming year is to hold consultations with every "
     "country of Latin America."),
    ("GEO", _YEAR + "The year marked the 30th anniversary of diplomatic relations with "
     "Mexico."),
    ("ARM", _YEAR + "Relations with India go back to 1992, when the two countries "
     "established diplomatic ties."),
    ("SRB", _YEAR + "In total the Minister held more than 80 meetings and 25 telephone "
     "conversations."),
    ("MAR", _YEAR + "The Ministry followed closely the situation in Sudan and the Sahel."),
    ("TUR", _YEAR + "The Minister made 42 visits abroad over the year."),
    ("EGY", _YEAR + "The signing of a free trade agreement with Kenya is planned for 2026."),
    ("IND", _YEAR + "A session of the India-Ghana Joint Commission will take place in Accra "
     "in the first half of 2026."),
    ("KOR", _YEAR + "Korea and Chile have been strategic partners since 2004."),
    ("POL", _HALF + "In the second half of the year the Minister intends to visit Brazil."),
    ("VNM", _YEAR + "Vietnam supports a peaceful settlement of the situation in Ukraine."),
    ("NGA", _YEAR + "The Ministry issued 12,000 passports to citizens abroad."),
    ("BRA", _YEAR + "The Ministry prepared the President's trip to Japan, which was "
     "postponed to 2026."),
    ("ZAF", _YEAR + "We will continue to strengthen ties with the countries of the "
     "region."),
    ("MEX", _YEAR + "Trade with Colombia grew by a fifth over the year."),
    ("JPN", _YEAR + "Japan's next chairmanship of the G7 will be in 2026."),
    ("KEN", _HALF + "Kenya hopes to hold its first consultations with Chile next year."),
    ("IDN", _YEAR + "The number of bilateral meetings rose from 60 in 2024 to 75 in 2025."),
    ("EST", _YEAR + "A review of our embassy network in Africa is under way."),
    ("CHL", _YEAR + "The Ministry held 30 rounds of political consultations."),
]


@pytest.mark.parametrize(("issuer", "text"), _NOTHING)
def test_review_probe_tells_no_core_event(issuer, text):
    assert _records(issuer, text, _CORE) == []
