"""House-style probes: the core events told the way different ministries and genres tell them.

`test_probes_core_events.py` varies the phrasing inside one Georgian house style. This
table keeps the events simple and varies the house style and the genre around them:
each probe is a small release of a named issuer in that issuer's manner (Japanese
"commencing at ... for approximately", Chinese "On the afternoon of", Russian "Foreign
Minister of the Republic of X Name", Indian "EAM", US "Readout" and "spoke today",
British demonyms, Gulf "H.H." and "received a phone call from", French "had an
interview with", Vietnamese double titles, African "courtesy call"), and the genres
around them (headline and body, first-person posts, weekly digests, joint statements,
briefing answers, reviews). Every date line is for Wednesday 12 March 2025, written in
the issuer's own format; "on Tuesday" is 11 March and "today" 12 March. The sentences
were written for this table.
"""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, probe, records

_CORE = CORE


def _records(issuer: str, text: str, types: set[str] | frozenset[str]) -> list[tuple]:
    return records(text, issuer, types)


def _probe(kind: str, issuer: str, text: str, *expected: tuple, limit: str = "") -> object:
    return probe((kind, issuer, text), expected, limit)


def _r(kind: str, frm: str, to: str, day: str) -> tuple:
    return event(kind, frm, to, "2025-03-" + day)


_VISITS = [
    # an earlier occasion recalled with its own date is a record of that date (the gold
    # codes it so, e.g. "the visit of HM the King to Guinea Bissau in 2015")
    _probe("visit", "CHN", "2025-03-12\n\nSince President Xi Jinping's state visit to Peru "
           "in 2024, bilateral cooperation has made steady progress.",
           ("visit", ("CHN",), ("PER",), "2024")),
    _probe("visit", "DEU", "12.03.2025\n\nMinister of State Lührmann paid a visit to Accra "
           "on 10 and 11 March.", _r("visit", "DEU", "GHA", "10")),
    _probe("visit", "JPN", "March 12, 2025\n\nFrom March 10 to 11, Mr. IWAYA Takeshi, "
           "Minister for Foreign Affairs, visited the Republic of Kenya.",
           _r("visit", "JPN", "KEN", "10")),
    _probe("visit", "CHN", "2025-03-12\n\nAt the invitation of Foreign Minister Wang Yi, "
           "Foreign Minister Elmer Schialer of Peru paid an official visit to China from "
           "March 10 to 11.", _r("visit", "PER", "CHN", "10")),
    _probe("visit", "RUS", "12 March 2025\n\nOn March 11, Minister of Foreign Affairs of "
           "the Republic of Ghana Samuel Okudzeto Ablakwa arrived in Moscow on a working "
           "visit.", _r("visit", "GHA", "RUS", "11")),
    _probe("visit", "IND", "March 12, 2025\n\nEAM Dr. S. Jaishankar paid an official visit "
           "to Kenya on 10-11 March 2025.", _r("visit", "IND", "KEN", "10")),
    _probe("visit", "USA", "March 12, 2025\n\nSecretary Rubio's Travel to Peru\n\n"
           "Secretary of State Marco Rubio traveled to Lima, Peru, on March 11, where he "
           "met with President Dina Boluarte.", _r("visit", "USA", "PER", "11")),
    _probe("visit", "GBR", "12 March 2025\n\nThe Foreign Secretary arrived in Santiago "
           "today for his first visit to Chile.", _r("visit", "GBR", "CHL", "12")),
    _probe("visit", "ARE", "12 March 2025\n\nH.H. Sheikh Abdullah bin Zayed Al Nahyan, "
           "Minister of Foreign Affairs, arrived in Nairobi on Tuesday on an official "
           "visit to the Republic of Kenya.", _r("visit", "ARE", "KEN", "11")),
    _probe("visit", "VNM", "12/3/2025\n\nDeputy Prime Minister and Minister of Foreign "
           "Affairs Bui Thanh Son is paying an official visit to Peru from March 11 to 13.",
           _r("visit", "VNM", "PER", "11")),
    _probe("visit", "AUS", "12 March 2025\n\nI arrived in Nairobi today, the first visit "
           "to Kenya by an Australian Foreign Minister in a decade.",
           _r("visit", "AUS", "KEN", "12")),
    _probe("visit", "KOR", "March 12, 2025\n\nJoint Press Statement\n\nAt the invitation "
           "of the President of the Republic of Korea, the President of the Republic of "
           "Ghana paid a state visit to the Republic of Korea from 10 to 12 March 2025.",
           _r("visit", "GHA", "KOR", "10")),
    _probe("visit", "GHA", "12th March, 2025\n\nThe Hon. Minister for Foreign Affairs, "
           "Samuel Okudzeto Ablakwa, has arrived in Tokyo for a three-day working visit "
           "to Japan.", _r("visit", "GHA", "JPN", "12")),
    _probe("visit", "DEU", "12.03.2025\n\nForeign Minister Baerbock travelled to Lima on "
           "Tuesday. It is her first trip to Peru as Foreign Minister.",
           _r("visit", "DEU", "PER", "11")),
    _probe("visit", "FRA", "12 March 2025\n\nMr Jean-Noël Barrot, Minister for Europe and "
           "Foreign Affairs, will be in Chile on 11 and 12 March.\n\nThe Minister was in "
           "Santiago yesterday, where he met the President of Chile.",
           _r("visit", "FRA", "CHL", "11")),
    _probe("visit", "TUR", "12 March 2025\n\nForeign Minister Hakan Fidan visited Kenya "
           "on 10-11 March 2025. Within the framework of the visit, Minister Fidan was "
           "received by President William Ruto.", _r("visit", "TUR", "KEN", "10")),
]

_MEETINGS = [
    _probe("meeting", "ITA", "12/03/2025\n\nDeputy Prime Minister and Minister of Foreign "
           "Affairs Antonio Tajani had an interview today at the Farnesina with his Chilean "
           "counterpart.", _r("meeting", "ITA", "CHL", "12")),
    _probe("meeting", "TUR", "12 March 2025\n\nForeign Minister Hakan Fidan received "
           "Foreign Minister of Chile Alberto van Klaveren in Ankara on 11 March 2025.",
           _r("meeting", "TUR", "CHL", "11")),
    _probe("meeting", "AUS", "12 March 2025\n\nIt was a pleasure to welcome Kenya's Prime "
           "Cabinet Secretary Musalia Mudavadi to Canberra today.",
           _r("meeting", "AUS", "KEN", "12")),
    _probe("meeting", "JPN", "March 12, 2025\n\nOn March 11, Mr. IWAYA Takeshi, Minister for "
           "Foreign Affairs, received a courtesy call from H.E. Mr. Elmer Schialer, Minister "
           "of Foreign Affairs of the Republic of Peru.", _r("meeting", "JPN", "PER", "11")),
    _probe("meeting", "SGP", "12 March 2025\n\nMinister for Foreign Affairs Dr Vivian "
           "Balakrishnan called on President William Ruto of Kenya on 11 March 2025.",
           _r("meeting", "SGP", "KEN", "11")),
    _probe("meeting", "RUS", "12 March 2025\n\nSergey Lavrov's talks with Minister of "
           "Foreign Affairs of the Republic of Chile Alberto van Klaveren took place in "
           "Moscow on March 11.", _r("meeting", "RUS", "CHL", "11")),
    _probe("meeting", "BRA", "12/03/2025\n\nOn March 11, Minister Mauro Vieira received the "
           "Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa, at Itamaraty "
           "Palace.", _r("meeting", "BRA", "GHA", "11")),
    _probe("meeting", "JPN", "March 12, 2025\n\nJapan-Kenya Foreign Ministers' Meeting\n\n"
           "On March 11, commencing at 10:30 a.m. for approximately 45 minutes, Mr. IWAYA "
           "Takeshi, Minister for Foreign Affairs, held a meeting with H.E. Mr. Musalia "
           "Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and "
           "Diaspora Affairs of the Republic of Kenya.", _r("meeting", "JPN", "KEN", "11")),
    _probe("meeting", "CHN", "2025-03-12\n\nOn the afternoon of March 11, President Xi "
           "Jinping held talks at the Great Hall of the People in Beijing with President "
           "William Ruto of Kenya.", _r("meeting", "CHN", "KEN", "11")),
    _probe("meeting", "RUS", "12 March 2025\n\nOn March 11, Foreign Minister Sergey "
           "Lavrov held talks in Moscow with Minister of Foreign Affairs of the Republic "
           "of Peru Elmer Schialer.", _r("meeting", "RUS", "PER", "11")),
    _probe("meeting", "IND", "March 12, 2025\n\nEAM Dr. S. Jaishankar held a bilateral "
           "meeting with the Foreign Minister of Ghana, Hon. Samuel Okudzeto Ablakwa, in "
           "New Delhi on 11 March 2025.", _r("meeting", "IND", "GHA", "11")),
    _probe("meeting", "USA", "March 12, 2025\n\nSecretary Rubio's Meeting with Peruvian "
           "Foreign Minister Schialer\n\nThe following is attributable to Spokesperson "
           "Tammy Bruce:\n\nSecretary of State Marco Rubio met today with Peruvian Foreign "
           "Minister Elmer Schialer in Washington.", _r("meeting", "USA", "PER", "12")),
    _probe("meeting", "GBR", "12 March 2025\n\nForeign Secretary David Lammy met Chilean "
           "Foreign Minister Alberto van Klaveren in London on Tuesday.",
           _r("meeting", "GBR", "CHL", "11")),
    _probe("meeting", "ARE", "12 March 2025\n\nH.H. Sheikh Abdullah bin Zayed Al Nahyan, "
           "Minister of Foreign Affairs, received H.E. Elmer Schialer, Minister of Foreign "
           "Affairs of the Republic of Peru, in Abu Dhabi on Tuesday.",
           _r("meeting", "ARE", "PER", "11")),
    _probe("meeting", "FRA", "12 March 2025\n\nMr Jean-Noël Barrot, Minister for Europe "
           "and Foreign Affairs, had an interview with his Chilean counterpart, Mr Alberto "
           "van Klaveren, in Paris on 11 March.", _r("meeting", "FRA", "CHL", "11")),
    _probe("meeting", "VNM", "12/3/2025\n\nOn March 11, in Hanoi, Deputy Prime Minister "
           "and Minister of Foreign Affairs Bui Thanh Son received Ambassador of Japan "
           "to Viet Nam Ito Naoki.", _r("meeting", "VNM", "JPN", "11")),
    _probe("meeting", "GHA", "12th March, 2025\n\nThe Hon. Minister for Foreign Affairs, "
           "Samuel Okudzeto Ablakwa, on Tuesday paid a courtesy call on President William "
           "Ruto of Kenya at State House, Nairobi.", _r("meeting", "GHA", "KEN", "11")),
    _probe("meeting", "AUS", "12 March 2025\n\nToday I met Kenya's Prime Cabinet "
           "Secretary Musalia Mudavadi in Nairobi.", _r("meeting", "AUS", "KEN", "12")),
    _probe("meeting", "KOR", "March 12, 2025\n\nMinister of Foreign Affairs Cho Tae-yul "
           "held the 4th Korea-Peru Foreign Ministers' Meeting with Minister of Foreign "
           "Affairs of Peru Elmer Schialer in Seoul on March 11.",
           _r("meeting", "KOR", "PER", "11")),
    _probe("meeting", "TUR", "12 March 2025\n\nForeign Minister Hakan Fidan met with "
           "Cabinet Secretary Musalia Mudavadi of Kenya on 11 March 2025.",
           _r("meeting", "TUR", "KEN", "11")),
    _probe("meeting", "GEO", "12 March 2025\n\nWeekly digest\n\n"
           "11 March – the Minister met the Foreign Minister of Peru in Tbilisi.",
           _r("meeting", "GEO", "PER", "11")),
    _probe("meeting", "DEU", "12.03.2025\n\nQ: Did the Minister meet her Chilean "
           "counterpart?\n\nSpokesperson: Yes, the Minister met the Foreign Minister of "
           "Chile in Berlin yesterday.", _r("meeting", "DEU", "CHL", "11")),
]

_CALLS = [
    _probe("call", "OMN", "12 March 2025\n\nSayyid Badr bin Hamad Al Busaidi, Foreign "
           "Minister, received a call from Alberto van Klaveren, Foreign Minister of Chile.",
           _r("call", "CHL", "OMN", "12")),
    _probe("call", "SAU", "12 March 2025\n\nHis Highness Prince Faisal bin Farhan bin "
           "Abdullah, Minister of Foreign Affairs, received a telephone call on Tuesday from "
           "his brother, His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of "
           "Foreign Affairs of the UAE.", _r("call", "ARE", "SAU", "11")),
    _probe("call", "CHN", "2025-03-12\n\nOn March 11, Wang Yi, Member of the Political "
           "Bureau of the CPC Central Committee and Foreign Minister, held a phone call with "
           "Kenyan Prime Cabinet Secretary Musalia Mudavadi upon request.",
           _r("call", "CHN", "KEN", "11")),
    _probe("call", "BRA", "12/03/2025\n\nMinister Mauro Vieira had a telephone conversation "
           "today with Chile's Foreign Minister, Alberto van Klaveren.",
           _r("call", "BRA", "CHL", "12")),
    _probe("call", "JPN", "March 12, 2025\n\nOn March 10, commencing at 5:00 p.m. for "
           "approximately 20 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs, "
           "held a telephone talk with H.E. Mr. Radosław Sikorski, Minister of Foreign "
           "Affairs of the Republic of Poland.", _r("call", "JPN", "POL", "10")),
    _probe("call", "CHN", "2025-03-12\n\nOn March 10, Foreign Minister Wang Yi spoke with "
           "Foreign Minister Elmer Schialer of Peru on the phone.",
           _r("call", "CHN", "PER", "10")),
    _probe("call", "RUS", "12 March 2025\n\nOn March 10, Foreign Minister Sergey Lavrov "
           "had a telephone conversation with Minister of Foreign Affairs of the Republic "
           "of Turkiye Hakan Fidan, at the initiative of the Turkish side.",
           _r("call", "TUR", "RUS", "10")),
    _probe("call", "USA", "March 12, 2025\n\nSecretary Rubio's Call with Kenyan Prime "
           "Cabinet Secretary Mudavadi\n\nThe following is attributable to Spokesperson "
           "Tammy Bruce:\n\nSecretary of State Marco Rubio spoke today with Kenyan Prime "
           "Cabinet Secretary Musalia Mudavadi.", _r("call", "USA", "KEN", "12")),
    _probe("call", "ARE", "12 March 2025\n\nH.H. Sheikh Abdullah bin Zayed Al Nahyan, "
           "Minister of Foreign Affairs, received a phone call from H.E. Hakan Fidan, "
           "Minister of Foreign Affairs of the Republic of Türkiye, on Tuesday.",
           _r("call", "TUR", "ARE", "11")),
    _probe("call", "FRA", "12 March 2025\n\nMr Jean-Noël Barrot, Minister for Europe and "
           "Foreign Affairs, had a telephone interview with his Peruvian counterpart on "
           "11 March.", _r("call", "FRA", "PER", "11")),
    _probe("call", "VNM", "12/3/2025\n\nOn March 11, Deputy Prime Minister and Minister "
           "of Foreign Affairs Bui Thanh Son had phone talks with Minister of Foreign "
           "Affairs of Chile Alberto van Klaveren.", _r("call", "VNM", "CHL", "11")),
    _probe("call", "GBR", "12 March 2025\n\nThe Foreign Secretary spoke to his Turkish "
           "counterpart on Tuesday about the situation in the region.",
           _r("call", "GBR", "TUR", "11")),
    _probe("call", "IND", "March 12, 2025\n\nEAM received a call from the Foreign "
           "Minister of Peru on 11 March 2025.", _r("call", "PER", "IND", "11")),
    _probe("call", "AUS", "12 March 2025\n\nGood call today with my Chilean counterpart "
           "Alberto van Klaveren on trade and Antarctica.", _r("call", "AUS", "CHL", "12"),
           limit="a topic told by a bare 'on' ('on trade and Antarctica') is not cut from "
           "the counterparts: Antarctica (ATA) is read as a second one"),
    _probe("call", "AUS", "12 March 2025\n\nProductive call this morning with Foreign "
           "Minister Elmer Schialer of Peru.", _r("call", "AUS", "PER", "12")),
    _probe("call", "KOR", "March 12, 2025\n\nMinister of Foreign Affairs Cho Tae-yul had a "
           "phone conversation with Minister of Foreign Affairs of Kenya Musalia Mudavadi "
           "on March 11.", _r("call", "KOR", "KEN", "11")),
    _probe("call", "TUR", "12 March 2025\n\nForeign Minister Hakan Fidan had a phone call "
           "with Foreign Minister Elmer Schialer of Peru on 11 March 2025.",
           _r("call", "TUR", "PER", "11")),
    _probe("call", "DEU", "12.03.2025\n\nFederal Chancellor Friedrich Merz telephoned "
           "President William Ruto of Kenya on Tuesday evening.",
           _r("call", "DEU", "KEN", "11")),
    _probe("call", "GHA", "12th March, 2025\n\nPresident John Dramani Mahama on Tuesday "
           "held a telephone conversation with President Yoon of Korea.",
           _r("call", "GHA", "KOR", "11")),
]

_CONSULTATIONS = [
    _probe("consultation", "MNG", "12 March 2025\n\nOn March 11, 2025, the 5th meeting of the "
           "Mongolia-Peru Consultative Meeting between the Ministries of Foreign Affairs was "
           "held in Ulaanbaatar.", _r("consultation", "MNG", "PER", "11")),
    _probe("consultation", "IND", "March 12, 2025\n\nThe 4th round of Foreign Office "
           "Consultations between India and Peru was held in Lima on 11 March 2025.",
           _r("consultation", "IND", "PER", "11")),
    _probe("consultation", "JPN", "March 12, 2025\n\nOn March 11, the 5th Japan-Kenya "
           "Policy Dialogue was held in Tokyo.", _r("consultation", "JPN", "KEN", "11")),
    _probe("consultation", "CHN", "2025-03-12\n\nOn March 11, Vice Foreign Minister Sun "
           "Weidong and Deputy Foreign Minister of Chile Gloria de la Fuente held "
           "diplomatic consultations in Beijing.", _r("consultation", "CHN", "CHL", "11")),
    _probe("consultation", "RUS", "12 March 2025\n\nOn March 11, Deputy Foreign Minister "
           "Andrey Rudenko held consultations with Deputy Minister of Foreign Affairs of "
           "the Republic of Peru in Moscow.", _r("consultation", "RUS", "PER", "11")),
    _probe("consultation", "KOR", "March 12, 2025\n\nThe 3rd Korea-Kenya Vice Ministerial "
           "Strategic Dialogue was held in Seoul on March 11.",
           _r("consultation", "KOR", "KEN", "11")),
    _probe("consultation", "VNM", "12/3/2025\n\nOn March 11, the 6th round of political "
           "consultations at deputy foreign minister level between Viet Nam and Chile "
           "took place in Hanoi.", _r("consultation", "VNM", "CHL", "11")),
    _probe("consultation", "TUR", "12 March 2025\n\nTürkiye-Ghana political "
           "consultations were held in Ankara on 11 March 2025 at the level of deputy "
           "foreign ministers.", _r("consultation", "TUR", "GHA", "11")),
    _probe("consultation", "GBR", "12 March 2025\n\nSenior officials of the United Kingdom "
           "and Chile held their annual policy consultations in London on Tuesday.",
           _r("consultation", "GBR", "CHL", "11")),
    _probe("consultation", "ARE", "12 March 2025\n\nThe first round of political "
           "consultations between the UAE and Peru was held in Abu Dhabi on Tuesday.",
           _r("consultation", "ARE", "PER", "11")),
    _probe("consultation", "GHA", "12th March, 2025\n\nGhana and Japan on Tuesday held "
           "the second round of bilateral political consultations in Accra.",
           _r("consultation", "GHA", "JPN", "11")),
    _probe("consultation", "DEU", "12.03.2025\n\nOn Tuesday the State Secretary held "
           "political consultations with the Deputy Foreign Minister of Kenya in Berlin.",
           _r("consultation", "DEU", "KEN", "11")),
    _probe("consultation", "GEO", "12 March 2025\n\nWeekly digest\n\n"
           "10 March – political consultations with Chile (Santiago).",
           _r("consultation", "GEO", "CHL", "10")),
]

_COMMISSIONS = [
    _probe("commission", "LKA", "12 March 2025\n\nThe inaugural session of the Sri Lanka - "
           "Kenya Joint Commission was held in Colombo on 11 March 2025.",
           _r("commission", "LKA", "KEN", "11")),
    _probe("commission", "IND", "March 12, 2025\n\nThe 3rd India-Kenya Joint Commission "
           "Meeting (JCM) was co-chaired by EAM Dr. S. Jaishankar and Prime Cabinet "
           "Secretary Musalia Mudavadi in New Delhi on 11 March 2025.",
           _r("commission", "IND", "KEN", "11")),
    _probe("commission", "CHN", "2025-03-12\n\nThe sixth session of the China-Chile Joint "
           "Economic and Trade Commission was held in Santiago on March 11.",
           _r("commission", "CHN", "CHL", "11")),
    _probe("commission", "RUS", "12 March 2025\n\nOn March 11, the regular meeting of the "
           "Intergovernmental Russian-Peruvian Commission on Trade and Economic "
           "Cooperation took place in Lima.", _r("commission", "RUS", "PER", "11")),
    _probe("commission", "USA", "March 12, 2025\n\nThe U.S.-Kenya Binational Commission "
           "met in Washington on March 11.", _r("commission", "USA", "KEN", "11")),
    _probe("commission", "GHA", "12th March, 2025\n\nThe 4th Session of the Ghana-Kenya "
           "Permanent Joint Commission for Cooperation (PJCC) opened in Accra on "
           "Tuesday.", _r("commission", "GHA", "KEN", "11")),
    _probe("commission", "VNM", "12/3/2025\n\nThe 5th meeting of the Viet Nam-Peru "
           "Intergovernmental Committee took place in Hanoi on March 11.",
           _r("commission", "VNM", "PER", "11")),
    _probe("commission", "TUR", "12 March 2025\n\nThe 7th Term Meeting of the "
           "Türkiye-Kenya Joint Economic Commission was held in Nairobi on 11 March 2025.",
           _r("commission", "TUR", "KEN", "11")),
    _probe("commission", "JPN", "March 12, 2025\n\nOn March 11, the 10th meeting of the "
           "Japan-Peru Joint Committee on Economic Cooperation was held in Lima.",
           _r("commission", "JPN", "PER", "11")),
    _probe("commission", "ARE", "12 March 2025\n\nThe UAE-Kenya Joint Committee held its "
           "third meeting in Abu Dhabi on Tuesday, co-chaired by the two foreign "
           "ministers.", _r("commission", "ARE", "KEN", "11")),
    _probe("commission", "KOR", "March 12, 2025\n\nThe 2nd Korea-Chile Joint Commission "
           "on Economic Cooperation convened in Seoul on March 11.",
           _r("commission", "KOR", "CHL", "11")),
    _probe("commission", "GBR", "12 March 2025\n\nThe UK-Ghana Joint Ministerial "
           "Commission met in London on Tuesday.", _r("commission", "GBR", "GHA", "11")),
    _probe("commission", "DEU", "12.03.2025\n\nOn Tuesday the German-Chilean Joint "
           "Economic Commission held its 12th session in Berlin.",
           _r("commission", "DEU", "CHL", "11")),
]

_AGREEMENTS = [
    _probe("agreement", "JPN", "March 12, 2025\n\nThe Japan-Peru Working Holiday Agreement, "
           "signed in 2024, entered into force on March 1.",
           ("agreement", ("JPN",), ("PER",), "2024")),
    _probe("agreement", "KOR", "March 12, 2025\n\nMinister Cho and Minister Schialer signed "
           "the Korea-Peru Agreement on Visa Exemption.", _r("agreement", "KOR", "PER", "12")),
    _probe("agreement", "IND", "March 12, 2025\n\nIn the presence of the two leaders, "
           "India and Kenya exchanged MoUs on health and digital cooperation in New Delhi "
           "on 11 March 2025.", _r("agreement", "IND", "KEN", "11")),
    _probe("agreement", "CHN", "2025-03-12\n\nOn March 11, after the talks, the two "
           "Presidents of China and Peru witnessed the signing of several cooperation "
           "documents.", _r("agreement", "CHN", "PER", "11")),
    _probe("agreement", "RUS", "12 March 2025\n\nOn March 11, following the talks in "
           "Moscow, Sergey Lavrov and Minister of Foreign Affairs of the Republic of "
           "Ghana Samuel Okudzeto Ablakwa signed a Plan of Consultations for 2025-2027.",
           _r("agreement", "RUS", "GHA", "11")),
    _probe("agreement", "JPN", "March 12, 2025\n\nOn March 11, in Tokyo, Mr. IWAYA "
           "Takeshi, Minister for Foreign Affairs, and H.E. Mr. Elmer Schialer, Minister "
           "of Foreign Affairs of the Republic of Peru, signed the Japan-Peru Working "
           "Holiday Agreement.", _r("agreement", "JPN", "PER", "11")),
    _probe("agreement", "USA", "March 12, 2025\n\nSecretary of State Marco Rubio and "
           "Kenyan Prime Cabinet Secretary Musalia Mudavadi signed a memorandum of "
           "understanding on health cooperation today.", _r("agreement", "USA", "KEN", "12")),
    _probe("agreement", "GBR", "12 March 2025\n\nThe UK and Chile today signed a new "
           "partnership agreement on critical minerals.", _r("agreement", "GBR", "CHL", "12")),
    _probe("agreement", "ARE", "12 March 2025\n\nThe UAE and Peru signed a Comprehensive "
           "Economic Partnership Agreement in Abu Dhabi on Tuesday.",
           _r("agreement", "ARE", "PER", "11")),
    _probe("agreement", "VNM", "12/3/2025\n\nOn March 11, after their talks, the two "
           "Foreign Ministers of Viet Nam and Chile signed a memorandum of understanding "
           "on political consultations.", _r("agreement", "VNM", "CHL", "11")),
    _probe("agreement", "GHA", "12th March, 2025\n\nGhana and Kenya on Tuesday signed a "
           "Memorandum of Understanding on visa waiver for holders of ordinary passports.",
           _r("agreement", "GHA", "KEN", "11")),
    _probe("agreement", "TUR", "12 March 2025\n\nFollowing the meeting, an Agreement on "
           "Cooperation in the Field of Culture between Türkiye and Peru was signed on "
           "11 March 2025.", _r("agreement", "TUR", "PER", "11")),
    _probe("agreement", "KOR", "March 12, 2025\n\nKorea and Ghana concluded an agreement "
           "on the mutual recognition of driving licences on March 11.",
           _r("agreement", "KOR", "GHA", "11")),
    _probe("agreement", "DEU", "12.03.2025\n\nOn Tuesday, Foreign Minister Baerbock and "
           "her Chilean counterpart signed a joint declaration of intent on green "
           "hydrogen.", _r("agreement", "DEU", "CHL", "11")),
    _probe("agreement", "FRA", "12 March 2025\n\nThe following documents were signed on "
           "11 March in Paris between France and Kenya: an agreement on defence "
           "cooperation and a memorandum on education.", _r("agreement", "FRA", "KEN", "11")),
]


@pytest.mark.parametrize(("kind", "issuer", "text", "expected"),
                         _VISITS + _MEETINGS + _CALLS + _CONSULTATIONS + _COMMISSIONS
                         + _AGREEMENTS)
def test_house_style_probe_reads_the_core_event(kind, issuer, text, expected):
    assert _records(issuer, text, {kind}) == expected


_NOTHING = [
    ("JPN", "March 12, 2025\n\nMr. IWAYA Takeshi, Minister for Foreign Affairs, will visit "
     "the Republic of Kenya from March 20 to 22."),
    ("CHN", "2025-03-12\n\nAt the invitation of Foreign Minister Wang Yi, Foreign Minister "
     "Elmer Schialer of Peru will pay an official visit to China from March 20 to 23."),
    ("USA", "March 12, 2025\n\nSecretary of State Marco Rubio will travel to Nairobi, "
     "Kenya, March 20-21."),
    ("RUS", "12 March 2025\n\nForeign Minister Sergey Lavrov's talks with Minister of "
     "Foreign Affairs of the Republic of Peru are scheduled for March 20."),
    ("IND", "March 12, 2025\n\nEAM looks forward to welcoming the Foreign Minister of "
     "Ghana to New Delhi later this month."),
    ("GBR", "12 March 2025\n\nIn an interview with the BBC today, the Foreign Secretary "
     "set out the government's approach to Chile."),
    ("DEU", "12.03.2025\n\nThe Foreign Minister met the press in Berlin on Tuesday."),
    ("ARE", "12 March 2025\n\nThe UAE and Kenya have enjoyed close relations since the "
     "establishment of diplomatic ties in 1982."),
    ("KOR", "March 12, 2025\n\nThe two sides agreed to hold the next Korea-Kenya Joint "
     "Commission in Nairobi in 2026."),
    ("VNM", "12/3/2025\n\nThe two sides reaffirmed their commitment to the memorandum of "
     "understanding signed in 2019."),
    ("GHA", "12th March, 2025\n\nThe Minister called for restraint by all parties in the "
     "region and urged Kenya and its neighbours to resume dialogue."),
    ("FRA", "12 March 2025\n\nThe Minister sent a message of condolence to his Peruvian "
     "counterpart following the floods."),
    ("TUR", "12 March 2025\n\nForeign Minister Hakan Fidan congratulated Peru on its "
     "national day in a letter to his counterpart."),
    ("AUS", "12 March 2025\n\nI look forward to meeting my Kenyan counterpart in Nairobi "
     "next week."),
    ("IND", "March 12, 2025\n\nThe Joint Commission Meeting between India and Kenya is "
     "held every two years."),
    ("USA", "March 12, 2025\n\nQuestion: Will the Secretary call the Kenyan Prime Cabinet "
     "Secretary this week?\n\nSpokesperson: I have no calls to announce at this time."),
    ("GEO", "12 March 2025\n\nThe Minister met representatives of the Georgian community "
     "in Nairobi on Tuesday."),
    ("RUS", "12 March 2025\n\nThe Foreign Ministry strongly rejects claims that Sergey "
     "Lavrov met the Foreign Minister of Ghana in secret."),
    ("KOR", "March 12, 2025\n\nThe Minister encouraged the two countries to sign the "
     "agreement at an early date."),
    ("ARE", "12 March 2025\n\nThe UAE hopes to conclude the economic partnership "
     "agreement with Kenya before the end of the year."),
    ("AUS", "12 March 2025\n\nIt will be a pleasure to welcome Kenya's Prime Cabinet "
     "Secretary to Canberra next week."),
    ("IND", "March 12, 2025\n\nIndia and Ghana have held 10 rounds of Foreign Office "
     "Consultations since 2005."),
    ("CHN", "2025-03-12\n\nQ: Will Foreign Minister Wang Yi meet his Peruvian counterpart?\n\n"
     "A: We will release information in due course."),
    ("RUS", "12 March 2025\n\nWe regret that the planned consultations with Peru did not "
     "take place."),
    ("TUR", "12 March 2025\n\nTürkiye is ready to host the next session of the Joint "
     "Economic Commission with Kenya."),
    ("SGP", "12 March 2025\n\nSingapore and Kenya are negotiating an agreement on the "
     "avoidance of double taxation."),
    ("BRA", "12/03/2025\n\nThe Minister will receive the Foreign Minister of Ghana at "
     "Itamaraty on Thursday."),
    ("PHL", "12 March 2025\n\nThe Secretary stressed the importance of the Philippines-Kenya "
     "Joint Commission for Bilateral Cooperation."),
    ("ITA", "12/03/2025\n\nThe Minister had an interview today with the BBC about Chile."),
    ("GBR", "12 March 2025\n\nThe Foreign Secretary's planned trip to Chile has been "
     "postponed owing to the weather."),
    ("DEU", "12.03.2025\n\nThe Foreign Minister gave a speech on Germany's partnership "
     "with Africa at the Ghana Institute in Berlin on Tuesday."),
]


@pytest.mark.parametrize(("issuer", "text"), _NOTHING)
def test_house_style_probe_tells_no_core_event(issuer, text):
    assert _records(issuer, text, _CORE) == []
