"""Missions opened several at once: "opened embassies in Seoul and Canberra", "opened
two new consulates in Lyon and Porto", "opened new embassies in A and B": one mission
record per host country, as for one embassy opened."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["mission"]

_CASES = [
    case("embassies-plural", "Estonia opened embassies in Seoul and Canberra in 2023.", "EST",
         "2024-01-05", _TYPES, [("mission", ("EST",), ("KOR",), "2023"),
                                ("mission", ("EST",), ("AUS",), "2023")]),
    case("new-embassies-we", "In 2021 we opened new embassies in Dakar and Lima.", "CZE",
         "2022-01-05", _TYPES, [("mission", ("CZE",), ("SEN",), "2021"),
                                ("mission", ("CZE",), ("PER",), "2021")]),
    case("counted-consulates", "In March the ministry opened two new consulates in Lyon and "
                               "Porto.", "POL", "2022-12-30", _TYPES,
         [("mission", ("POL",), ("FRA",), "2022-03"), ("mission", ("POL",), ("PRT",), "2022-03")]),
    case("one-embassy", "Estonia opened an embassy in Seoul in 2023.", "EST", "2024-01-05",
         _TYPES, [("mission", ("EST",), ("KOR",), "2023")]),
    case("a-book-is-no-mission", "The Embassy in Lima opened a book of condolence on Monday.",
         "CZE", "2022-01-05", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_missions_opened_several_at_once(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
