"""Who placed a call, told after its noun with no auxiliary ("a telephone call
initiated by the Polish side") or as the request of the side named last ("with
the Foreign Minister of Israel, at the latter's request"): that side called. Our
own side named there, or named last, keeps the call ours."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("initiated-by", "In a telephone call initiated by the Polish side, the two ministers "
                         "discussed the situation in Belarus.", "ROU", "2020-12-02", ["call"],
         [("call", ("POL",), ("ROU",), "2020-12-02")]),
    case("requested-by", "A video call requested by the Foreign Minister of Chile took place "
                         "on Monday.", "ROU", "2020-12-02", ["call"],
         [("call", ("CHL",), ("ROU",), "2020-11-30")]),
    case("latters-request", "Aurescu had a telephone conversation today with the Foreign "
                            "Minister of Israel, at the latter's request.", "ROU", "2020-12-02",
         ["call"], [("call", ("ISR",), ("ROU",), "2020-12-02")]),
    case("request-of-the-latter", "The Minister spoke by phone with his Austrian counterpart, "
                                  "at the request of the latter.", "ROU", "2020-12-02", ["call"],
         [("call", ("AUT",), ("ROU",), "2020-12-02")]),
    # our side named there: ours
    case("initiated-by-us", "In a telephone call initiated by the Romanian side, the Minister "
                            "and his Austrian counterpart discussed energy.",
         "ROU", "2020-12-02", ["call"], [("call", ("ROU",), ("AUT",), "2020-12-02")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_caller_named_by_initiative_or_the_latter(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
