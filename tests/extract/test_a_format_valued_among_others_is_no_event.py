"""Consultations or a commission named for their worth as one of a kind of exchanges
("The role of reciprocal visits, including political consultations, in widening ties
was stressed", "the importance of high-level contacts, in particular regular
political consultations") are a topic, not a round held, as "the role of political
consultations" already was. Consultations recalled as held ("recalled the exchange
of visits, including the political consultations held in Lima in May") stay."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["consultation", "commission"]
_MET = "Foreign Minister Jeyhun Bayramov met with the Ambassador of Peru, Luis Rojas. "

_CASES = [
    case("role-including", _MET + "The role of reciprocal visits, including political "
                                  "consultations, in expanding ties was underlined.",
         "AZE", "2023-03-15", _TYPES, []),
    case("importance-in-particular", _MET + "The sides noted the importance of high-level "
                                            "contacts, in particular regular political "
                                            "consultations.", "AZE", "2023-03-15", _TYPES, []),
    case("significance-such-as", "Yerevan, May 3. ARMENPRESS. Foreign Minister Ararat "
                                 "Mirzoyan received the Ambassador of Chile. They stressed "
                                 "the significance of bilateral mechanisms, such as the "
                                 "joint intergovernmental commission.", "ARM", "2022-05-03",
         _TYPES, []),
    case("value-notably", "DUSHANBE, 12.04.2023 /Khovar/. Foreign Minister Sirojiddin "
                          "Muhriddin met the Ambassador of Qatar. Both sides underlined the "
                          "value of regular dialogue, notably the political consultations "
                          "between the foreign ministries.", "TJK", "2023-04-12", _TYPES, []),
    case("recalled-held", _MET + "They recalled the exchange of visits, including the "
                                 "political consultations held in Lima in May.", "AZE",
         "2023-03-15", _TYPES, [("consultation", ("AZE",), ("PER",), "2022-05")]),
    case("held-including", "On Tuesday, Deputy Minister Fariz Rzayev held meetings in Lima, "
                           "including political consultations with the Foreign Ministry of "
                           "Peru.", "AZE", "2023-03-15", _TYPES,
         [("consultation", ("AZE",), ("PER",), "2023-03-14")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_format_valued_among_others_is_no_event(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
