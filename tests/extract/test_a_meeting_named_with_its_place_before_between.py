"""A meeting or talks named by the noun, with a place, a day or "held" between the noun
and "between": "Yesterday's meeting in Chisinau between the Minister and the Moldovan
Prime Minister", "Talks held in Sofia on Monday between the two foreign ministers", "A
meeting at the Foreign Ministry between". The sides are read after "between" as for
"the meeting between"; the place stays the meeting's."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["meeting"]

_CASES = [
    case("place-between", "Yesterday's meeting in Chisinau between Minister Odobescu and "
                          "Moldovan Prime Minister Dorin Recean focused on energy.", "ROU",
         "2024-03-14", _TYPES, [("meeting", ("ROU",), ("MDA",), "2024-03-13")]),
    case("held-place-day", "Talks held in Sofia on Monday between the Romanian and Bulgarian "
                           "foreign ministers focused on energy.", "ROU", "2024-03-14", _TYPES,
         [("meeting", ("ROU",), ("BGR",), "2024-03-11")]),
    case("meeting-held-place", "The meeting held in Vilnius between the Latvian Foreign "
                               "Minister and his Lithuanian colleague lasted two hours.", "LVA",
         "2023-10-05", _TYPES, [("meeting", ("LVA",), ("LTU",), "2023-10-05")]),
    case("at-the-ministry", "On Tuesday, a meeting at the Foreign Ministry between the "
                            "Minister and the Ambassador of Chile took place.", "PER",
         "2022-04-08", _TYPES, [("meeting", ("PER",), ("CHL",), "2022-04-05")]),
    case("talks-in-place", "The talks in Ankara between the two delegations were held in a "
                           "friendly atmosphere.", "AZE", "2021-06-01", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_meeting_named_with_its_place_before_between(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
