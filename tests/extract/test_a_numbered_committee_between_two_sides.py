"""A numbered sitting of a body named in capitals, its two sides after "between" ("the
XXII Meeting of the Security Consultative Committee between the two countries", "the
5th session of the Border Affairs Commission between Panama and Colombia") is a
commission of the two, also when its name has no "for"/"on" and no "joint". A body of
an organisation ("the 12th session of the OAS Permanent Council") and a committee
named with no sides stay no commission."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["commission"]

_CASES = [
    case("two-countries-context",
         "Deputy Minister Ana Vela met with the Assistant Deputy Minister of Canada, John "
         "Reid. The talks took place within the context of the V Meeting of the Security "
         "Consultative Committee between the two countries.", "PAN", "2022-03-02", _TYPES,
         [("commission", ("PAN",), ("CAN",), "2022-03-02")]),
    case("session-named-sides",
         "The 5th session of the Border Affairs Commission between Panama and Colombia "
         "was held in Colon on Tuesday.", "PAN", "2022-03-02", _TYPES,
         [("commission", ("PAN",), ("COL",), "2022-03-01")]),
    case("opened-third-meeting",
         "On Tuesday the Minister opened the third meeting of the Energy Policy Council "
         "between Panama and Costa Rica.", "PAN", "2022-03-02", _TYPES,
         [("commission", ("PAN",), ("CRI",), "2022-03-01")]),
    case("roman-round-their",
         "The delegations of Kenya and Ghana held the IV Round of their Maritime Border "
         "Committee between the two states in Accra on 3 May.", "KEN", "2023-05-04",
         _TYPES, [("commission", ("KEN",), ("GHA",), "2023-05-03")]),
    case("organisation-body",
         "The Minister attended the 12th session of the OAS Permanent Council in "
         "Washington.", "PAN", "2022-03-02", _TYPES, []),
    case("no-sides",
         "The Minister addressed the 3rd meeting of the National Water Committee in "
         "Colon.", "PAN", "2022-03-02", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_numbered_committee_between_two_sides(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
