"""A chairmanship handed over by its holder ("Kenya handed over the chairmanship of IGAD
to Uganda", "the Prime Minister handed over the chairmanship to the Prime Minister of
Jamaica", "Lithuania passed the presidency of the Council to Latvia"): the one who hands it
over held it until that day and the one it went to holds it from then, a chairmanship
record each. Told in the passive ("was handed over to Finland") or taken over "from" the
other, only the new holder's (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, issuer, expected", [
    ("At the close of the session, Slovakia handed over the chair of the OSCE to Albania.",
     "SVK", [("SVK", "2019"), ("ALB", "2019")]),
    ("At the close of the summit on 4 April, Kenya handed over the chairmanship of IGAD to "
     "Uganda.", "KEN", [("KEN", "2019-04-04"), ("UGA", "2019-04-04")]),
    ("On June 30, the Prime Minister handed over the chairmanship of CARICOM to the Prime "
     "Minister of Jamaica.", "BRB", [("BRB", "2019-06-30"), ("JAM", "2019-06-30")]),
    ("On 1 July Lithuania passed the presidency of the Baltic Council of Ministers to "
     "Latvia.", "LTU", [("LTU", "2019-07-01"), ("LVA", "2019-07-01")]),
    ("Mexico hosted the summit on 9 March, at which it handed over the presidency of the "
     "Association of Caribbean States to Colombia.", "MEX",
     [("MEX", "2019-03-09"), ("COL", "2019-03-09")]),
])
def test_both_the_giver_and_the_new_holder_chair(text: str, issuer: str,
                                                 expected: list) -> None:
    got = records(text, issuer, {"chairmanship"}, date="2019")
    assert sorted((r[1][0], r[3]) for r in got) == sorted(expected)


@pytest.mark.parametrize("text, issuer, expected", [
    ("The chairmanship of the Council of the Baltic Sea States was handed over to Finland "
     "on 1 July.", "EST", [("FIN", "2019-07-01")]),
    ("Norway took over the chairmanship of the Arctic Council from Russia on 11 May.", "NOR",
     [("NOR", "2019-05-11")]),
])
def test_a_passive_or_taken_over_chair_is_the_new_holders(text: str, issuer: str,
                                                          expected: list) -> None:
    got = records(text, issuer, {"chairmanship"}, date="2019")
    assert sorted((r[1][0], r[3]) for r in got) == expected
