"""Generality audit (audit15c) of "credentials presented or accepted in more forms"
(1494266): accepted/received by the head of state with the envoy's name in apposition,
passive with "by", copies to a principal secretary, a participle fronted ("Upon
presenting", "Receiving", "Having presented"), the issuer's own envoy abroad, a review's
year and a dateline; near-misses: credentials expected, a procedure explained
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2024-06-05"

_CASES = [
    case("accepted-on-monday-named",
         "The President on Monday accepted the credentials of the incoming Ambassador of "
         "Austria, Ms Eva Gruber.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("AUT",), "2024-06-03")]),
    case("passive-by-envoy",
         "Letters of Credence were presented to the President on 3 June by the Ambassador "
         "of Chile.", "KEN", _D, _T, [("meeting", ("KEN",), ("CHL",), "2024-06-03")]),
    case("copy-of-letters-of-commission",
         "The new High Commissioner of Ghana presented a copy of her Letters of Commission "
         "to the Cabinet Secretary on 3 June.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("GHA",), "2024-06-03")]),
    case("ambassador-designate-copies",
         "On 3 June, the Ambassador-designate of Japan presented copies of his credentials "
         "to the Principal Secretary.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("JPN",), "2024-06-03")]),
    case("upon-presenting-fronted",
         "Upon presenting her credentials to the President at State House on 3 June, the "
         "Ambassador of Sweden conveyed greetings from the King.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("SWE",), "2024-06-03")]),
    case("receiving-the-credentials-fronted",
         "Receiving the credentials of the Ambassador of Norway on 3 June, the President "
         "called for more trade.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("NOR",), "2024-06-03")]),
    case("own-envoy-abroad",
         "Kenya's new Ambassador to Brazil, Ms Jane Waweru, presented her credentials to "
         "President Lula on 3 June.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("BRA",), "2024-06-03")]),
    case("review-year-received-credence",
         "Kenya's diplomacy in 2023\n\nIn March, the President received the Letters of "
         "Credence of the Ambassador of Mexico.", "KEN", "2023-12-20", _T,
         [("meeting", ("KEN",), ("MEX",), "2023-03")]),
    case("dateline-handed-over",
         "NAIROBI, 3 June 2024 - The new Ambassador of Peru, Mr Luis Soto, today handed over "
         "his Letters of Credence to President Ruto.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("PER",), "2024-06-03")]),
    case("having-presented-then-called",
         "Having presented his credentials on 3 June, the Ambassador of Egypt said he "
         "would work to deepen ties with Kenya.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("EGY",), "2024-06-03")]),
    case("two-envoys-presented",
         "Ambassadors of Chile and Peru presented their credentials to the President on "
         "3 June.", "KEN", _D, _T, [("meeting", ("KEN",), ("CHL",), "2024-06-03"),
                                    ("meeting", ("KEN",), ("PER",), "2024-06-03")]),
    case("passive-received-by",
         "Credentials of the Ambassador of Peru were received by the President on 3 June.",
         "KEN", _D, _T, [("meeting", ("KEN",), ("PER",), "2024-06-03")]),
    # near-misses
    case("no-expected-next-week",
         "The Ambassador of Chile is expected to present her credentials to the President "
         "next week.", "KEN", _D, _T, []),
    case("no-procedure-explained",
         "The Chief of Protocol explained the procedure for presenting credentials to newly "
         "arrived diplomats.", "KEN", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_credentials_in_many_forms(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
