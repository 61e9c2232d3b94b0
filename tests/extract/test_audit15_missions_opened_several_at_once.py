"""Generality audit (audit15) of "missions opened several at once" (7e35cdc): other
verbs (established, inaugurated, reopened), a count, the perfect, the passive, a
review's year context, "its embassies", consulates-general; and near-misses (missions
doing something else, a plan, a company's offices) that give no mission."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["mission"]

_CASES = [
    case("last-year", "Last year Slovenia opened embassies in Nairobi and Hanoi.", "SVN",
         "2023-01-10", _T, [("mission", ("SVN",), ("KEN",), "2022"),
                            ("mission", ("SVN",), ("VNM",), "2022")]),
    case("inaugurated-consulates", "In 2022 the Ministry inaugurated new consulates in Milan "
                                   "and Munich.", "SVN", "2022-12-10", _T,
         [("mission", ("SVN",), ("ITA",), "2022"), ("mission", ("SVN",), ("DEU",), "2022")]),
    case("passive-counted", "Three new embassies were opened in 2023, in Accra, Manila and "
                            "Bogota.", "SVN", "2023-12-10", _T,
         [("mission", ("SVN",), ("GHA",), "2023"), ("mission", ("SVN",), ("PHL",), "2023"),
          ("mission", ("SVN",), ("COL",), "2023")]),
    case("established", "Croatia established embassies in Jakarta and Abuja this year.", "HRV",
         "2023-12-10", _T, [("mission", ("HRV",), ("IDN",), "2023"),
                            ("mission", ("HRV",), ("NGA",), "2023")]),
    case("consulates-general", "We opened consulates-general in Toronto and Sydney in April.",
         "HRV", "2023-12-10", _T, [("mission", ("HRV",), ("CAN",), "2023-04"),
                                   ("mission", ("HRV",), ("AUS",), "2023-04")]),
    case("its-embassies", "In 2021 Latvia opened its embassies in Canberra and Seoul.", "LVA",
         "2021-12-10", _T, [("mission", ("LVA",), ("AUS",), "2021"),
                            ("mission", ("LVA",), ("KOR",), "2021")]),
    case("perfect", "Estonia has opened new embassies in Seoul and Canberra.", "EST",
         "2021-12-10", _T, [("mission", ("EST",), ("KOR",), None),
                            ("mission", ("EST",), ("AUS",), None)]),
    case("places-between-commas", "The Ministry opened two embassies, in Nairobi and Hanoi, "
                                  "in May.", "EST", "2021-12-10", _T,
         [("mission", ("EST",), ("KEN",), "2021-05"), ("mission", ("EST",), ("VNM",), "2021-05")]),
    case("review-context", "Czech diplomacy in 2022\n\nThe network grew: we opened embassies "
                           "in Manila and Tashkent.", "CZE", "2022-12-20", _T,
         [("mission", ("CZE",), ("PHL",), "2022"), ("mission", ("CZE",), ("UZB",), "2022")]),
    case("passive-places-first", "Embassies in Manila and Tashkent were opened in 2022.",
         "CZE", "2022-12-20", _T, [("mission", ("CZE",), ("PHL",), "2022"),
                                   ("mission", ("CZE",), ("UZB",), "2022")]),
    case("reopened", "In March the Ministry reopened its embassies in Kyiv and Tripoli.", "CZE",
         "2022-12-20", _T, [("mission", ("CZE",), ("UKR",), "2022-03"),
                            ("mission", ("CZE",), ("LBY",), "2022-03")]),
    case("another-country-opens", "Chile opened embassies in Tallinn and Riga in 2023.", "EST",
         "2023-12-10", _T, [("mission", ("CHL",), ("EST",), "2023"),
                            ("mission", ("CHL",), ("LVA",), "2023")],
         limit="the mission frame reads the issuer as the country that opens (one embassy "
               "too: 'Chile opened an embassy in Tallinn' gives EST -> CHL)"),
    # near-misses: no mission
    case("no-books-of-condolence", "The embassies in Seoul and Canberra opened books of "
                                   "condolence.", "EST", "2021-12-10", _T, []),
    case("no-plan", "Estonia plans to open embassies in Seoul and Canberra next year.", "EST",
         "2021-12-10", _T, []),
    case("no-exhibition", "The embassies in Seoul and Tokyo opened an exhibition on Monday.",
         "EST", "2021-12-10", _T, []),
    case("no-company-offices", "The airline opened new offices in Lagos and Accra.", "EST",
         "2021-12-10", _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_missions_opened_several_at_once(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
