"""Generality audit (audit15c) of "aid discussed is no aid given" (61d79dc): aid as the
object of "exchanged views on", "reviewed", "addressed", "talked about", in the passive
("was also discussed"), as a meeting's topic ("Talks focused on"); near-misses: aid sent,
handed over, pledged after the talks, which stay aid (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["aid"]
_D = "2024-06-05"

_CASES = [
    case("exchanged-views-on-relief",
         "The two ministers exchanged views on emergency relief to Sudan.", "MEX", _D, _T,
         []),
    case("reviewed-aid-to-cuba",
         "The Minister and her counterpart reviewed Mexico's humanitarian aid to Cuba.",
         "MEX", _D, _T, []),
    case("addressed-delivery-of-supplies",
         "The two sides addressed the delivery of medical supplies to Ukraine.", "MEX", _D,
         _T, []),
    case("passive-was-discussed",
         "Humanitarian aid to Gaza was also discussed at the meeting.", "MEX", _D, _T, []),
    case("talks-focused-on-food-aid",
         "The talks on 3 June focused on food aid for Haiti.", "MEX", _D, _T, []),
    case("met-to-discuss-assistance",
         "On 3 June the Minister met the Ambassador of Honduras to discuss humanitarian "
         "assistance for the victims of the floods.", "MEX", _D, _T, []),
    case("talked-about-shipments",
         "The ministers talked about the shipments of humanitarian aid to Venezuela.",
         "MEX", _D, _T, []),
    # near-misses: aid given stays
    case("sent-aid",
         "Mexico sent 20 tonnes of humanitarian aid to Cuba on 3 June.", "MEX", _D, _T,
         [("aid", ("MEX",), ("CUB",), "2024-06-03")]),
    case("handed-over-after-talks",
         "After they discussed trade, the Minister handed over medical supplies to the "
         "Ambassador of Honduras on 3 June.", "MEX", _D, _T,
         [("aid", ("MEX",), ("HND",), "2024-06-03")]),
    case("delivered-aid",
         "On 3 June, Mexico delivered humanitarian aid to Haiti.", "MEX", _D, _T,
         [("aid", ("MEX",), ("HTI",), "2024-06-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_aid_discussed_is_no_aid_given(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
