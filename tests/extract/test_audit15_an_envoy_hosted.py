"""Generality audit (audit15c) of "an envoy hosted is met" (1494266): an ambassador,
a chargé d'affaires, a high commissioner and a delegation led by an envoy hosted, in the
passive, with a place or a day between, a participle, a review's year; near-misses: an
envoy hosting a reception, a future hosting, a dinner for the corps (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2024-06-05"

_CASES = [
    case("hosted-at-her-office",
         "On 3 June, the Cabinet Secretary hosted the Ambassador of Italy at her office.",
         "KEN", _D, _T, [("meeting", ("KEN",), ("ITA",), "2024-06-03")]),
    case("passive-was-hosted-by",
         "The Ambassador of Italy was hosted by the Cabinet Secretary on 3 June.", "KEN",
         _D, _T, [("meeting", ("KEN",), ("ITA",), "2024-06-03")]),
    case("delegation-led-by-envoy",
         "The Principal Secretary on Monday hosted a delegation led by the Ambassador of "
         "Finland.", "KEN", _D, _T, [("meeting", ("KEN",), ("FIN",), "2024-06-03")]),
    case("farewell-named-envoy",
         "The President hosted the outgoing High Commissioner of India, Ms Rani Patel, for a "
         "farewell call on 3 June.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("IND",), "2024-06-03")]),
    case("charge-place-between",
         "The Cabinet Secretary hosted in Nairobi on 3 June the Chargé d'Affaires of the "
         "United States.", "KEN", _D, _T, [("meeting", ("KEN",), ("USA",), "2024-06-03")]),
    case("ambassador-name-of-country",
         "The Cabinet Secretary hosted Ambassador Pierre Blanc of France on 3 June.", "KEN",
         _D, _T, [("meeting", ("KEN",), ("FRA",), "2024-06-03")]),
    case("participle-hosting",
         "Hosting the Ambassador of Egypt on 3 June, the President praised cooperation on "
         "the Nile.", "KEN", _D, _T, [("meeting", ("KEN",), ("EGY",), "2024-06-03")]),
    case("review-year-hosted",
         "Kenya's diplomacy in 2023\n\nIn March, the Cabinet Secretary hosted the Ambassador "
         "of Mexico.", "KEN", "2023-12-20", _T, [("meeting", ("KEN",), ("MEX",), "2023-03")]),
    case("envoys-listed",
         "On 3 June, the Cabinet Secretary hosted the Ambassadors of Chile and Peru.", "KEN",
         _D, _T, [("meeting", ("KEN",), ("CHL",), "2024-06-03"),
                  ("meeting", ("KEN",), ("PER",), "2024-06-03")]),
    # near-misses
    case("no-envoy-hosts-reception",
         "The Ambassador of Italy hosted a reception in Nairobi on 3 June to mark Republic "
         "Day.", "KEN", _D, _T, []),
    case("no-future-hosting",
         "The Cabinet Secretary will host the Ambassador of Italy next week.", "KEN", _D, _T,
         []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_an_envoy_hosted(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
