"""Generality audit (audit15c) of "a country's adjective before a people of another
place names a community" (c51701e): the communities as an object of a topic, in a
fronted subject, in a participle after the meeting, in a review's year, with other
peoples (Kurds, Tajiks, Armenians); and near-misses where the adjectives name states
(ambassadors, foreign ministers) that must stay sides (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting", "call", "visit"]
_D = "2024-06-05"

_CASES = [
    case("rights-of-bosnian-croats",
         "On 3 June, the Foreign Minister received the Ambassador of Norway; they discussed "
         "the rights of Bosnian Croats.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("NOR",), "2024-06-03")]),
    case("participle-after-meeting",
         "The Foreign Minister held talks with the Foreign Minister of Greece in Madrid on "
         "3 June, discussing the reunification talks between Greek Cypriots and Turkish "
         "Cypriots.", "ESP", _D, _T, [("meeting", ("ESP",), ("GRC",), "2024-06-03")]),
    case("fronted-subject-topic",
         "Dialogue between Syrian Kurds and Syrian Arabs was the focus of the Minister's "
         "talks with the Foreign Minister of Jordan on 3 June.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("JOR",), "2024-06-03")]),
    case("afghan-tajiks-and-uzbeks",
         "The Minister met the Special Envoy of Qatar on 3 June to discuss the inclusion of "
         "Afghan Tajiks and Afghan Uzbeks in the talks.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("QAT",), "2024-06-03")]),
    case("support-for-iraqi-kurds",
         "The Minister, meeting the Ambassador of Austria on 3 June, voiced support for "
         "Iraqi Kurds displaced by the fighting.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("AUT",), "2024-06-03")]),
    case("georgian-armenians-call",
         "In a phone call with the Foreign Minister of Finland on 3 June, the Minister "
         "raised the situation of Georgian Armenians.", "ESP", _D, _T,
         [("call", ("ESP",), ("FIN",), "2024-06-03")]),
    case("review-year-greek-and-turkish-cypriots",
         "Spain's diplomacy in 2023\n\nIn May, the Minister met the Foreign Minister of "
         "Ireland and discussed the talks between Greek and Turkish Cypriots.", "ESP",
         "2023-12-20", _T, [("meeting", ("ESP",), ("IRL",), "2023-05")]),
    case("bosnian-serbs-subject-of-clause",
         "The Minister met the Ambassador of Italy on 3 June after Bosnian Serbs left the "
         "talks.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("ITA",), "2024-06-03")]),
    case("country-name-before-a-people",
         "On 3 June the Minister met representatives of Kosovo Serbs and the Ambassador of "
         "Norway.", "ESP", _D, _T, [("meeting", ("ESP",), ("NOR",), "2024-06-03")]),
    case("crimean-tatars-with-turkey",
         "The Minister discussed the status of Crimean Tatars with the Foreign Minister of "
         "Turkey on 3 June.", "ESP", _D, _T, [("meeting", ("ESP",), ("TUR",), "2024-06-03")]),
    # near-misses: adjectives of states before a role stay sides; the country's name
    case("states-kosovo-minister-kept",
         "The Minister met the Foreign Minister of Kosovo on 3 June.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("XKX",), "2024-06-03")]),
    case("states-greek-and-cypriot-ambassadors",
         "The Minister met the Greek and Cypriot ambassadors on 3 June.", "ESP", _D, _T,
         [("meeting", ("ESP",), ("GRC",), "2024-06-03"),
          ("meeting", ("ESP",), ("CYP",), "2024-06-03")]),
    case("states-turkish-minister-kept",
         "The Minister met the Turkish Foreign Minister on 3 June to discuss Greek Cypriots' "
         "property claims.", "ESP", _D, _T, [("meeting", ("ESP",), ("TUR",), "2024-06-03")]),
    case("states-serbian-and-croatian-ministers",
         "The Minister held talks with her Serbian and Croatian counterparts in Madrid on "
         "3 June.", "ESP", _D, _T, [("meeting", ("ESP",), ("SRB",), "2024-06-03"),
                                     ("meeting", ("ESP",), ("HRV",), "2024-06-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_demonym_before_a_people(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
