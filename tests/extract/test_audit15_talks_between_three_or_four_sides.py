"""Generality audit (audit15b) of "talks or a meeting 'between' the ministers of three or
four sides with the issuer among them" (e325f60): bare countries, four sides, the place
and day before "between", the issuer's minister by name with the others' adjectives, a
review's year, a dateline; near-misses: three others' talks, cooperation between, a
future meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2023-05-05"

_CASES = [
    case("bare-countries",
         "Talks between Poland, Lithuania and Ukraine were held in Lublin on 3 May.", "POL",
         _D, _T, [("meeting", ("POL",), ("LTU", "UKR"), "2023-05-03")]),
    case("four-sides",
         "A meeting between the foreign ministers of Poland, France, Germany and Italy took "
         "place in Rome on 3 May.", "POL", _D, _T,
         [("meeting", ("POL",), ("FRA", "DEU", "ITA"), "2023-05-03")]),
    case("date-place-before-between",
         "On 3 May in Lublin, trilateral talks were held between the deputy foreign ministers "
         "of Lithuania, Poland and Ukraine.", "POL", _D, _T,
         [("meeting", ("POL",), ("LTU", "UKR"), "2023-05-03")]),
    case("held-in-then-between",
         "Talks were held in Lublin on 3 May between the foreign ministers of Lithuania, "
         "Ukraine and Poland.", "POL", _D, _T,
         [("meeting", ("POL",), ("LTU", "UKR"), "2023-05-03")]),
    case("ours-by-name-others-adjectives",
         "The talks between Minister Adam Nowak and his Lithuanian and Ukrainian counterparts "
         "took place on 3 May.", "POL", _D, _T,
         [("meeting", ("POL",), ("LTU", "UKR"), "2023-05-03")]),
    case("review-year",
         "Polish diplomacy in 2022\n\nIn May, talks between the foreign ministers of Poland, "
         "Lithuania and Ukraine took place in Lublin.", "POL", "2022-12-20", _T,
         [("meeting", ("POL",), ("LTU", "UKR"), "2022-05")]),
    case("dateline",
         "WARSAW, 3 May 2023 - A meeting between the prime ministers of the Czech Republic, "
         "Slovakia, Hungary and Poland was held today in Warsaw.", "POL", _D, _T,
         [("meeting", ("POL",), ("CZE", "SVK", "HUN"), "2023-05-03")]),
    case("the-level-of",
         "On 3 May, a meeting between Austria, Czechia and Poland took place at the level of "
         "state secretaries.", "POL", _D, _T,
         [("meeting", ("POL",), ("AUT", "CZE"), "2023-05-03")]),
    # near-misses: three others' talks, cooperation between, a future meeting
    case("no-future",
         "Talks between Poland, Lithuania and Ukraine will be held in Lublin next month.",
         "POL", _D, _T, []),
    case("no-cooperation-between",
         "The Minister praised cooperation between Poland, Lithuania and Ukraine on 3 May.",
         "POL", _D, _T, []),
]


def _sorted(expected):
    return [(t, f, tuple(sorted(to)), d) for t, f, to, d in expected]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_talks_between_three_or_four_sides(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)


def test_audit15_three_others_talks_are_not_ours():
    from communique.extract import extract_text
    recs = extract_text("The Minister welcomed the talks between Lithuania, Latvia and "
                        "Estonia in Riga on 3 May.", issuer="POL", date=_D).records
    assert not [r for r in recs if r.type == "meeting" and "POL" in r.from_ + r.to]
