"""A meeting told before, named again by an indefinite noun as the sentence opens
("After a meeting with his Kenyan counterpart A, the Minister stressed ...",
"Following a meeting with ..."), is the meeting told before, not a second one; so is
a joint act with the counterpart after it ("together with his counterpart opened
..."), whatever clause follows ("... noted that Bulgaria has an interest in ...": a
verb of having is no verb of meeting unless a meeting noun follows it). A meeting
named after it with another official of that side is still a meeting of its own
(sentences of our own)."""

from __future__ import annotations

import pytest

_MET = "Minister Petrov held talks with Kenyan Foreign Minister Musalia Mudavadi. "


@pytest.mark.parametrize("text", [
    _MET + "After a meeting with Foreign Minister Mudavadi, the Bulgarian Foreign Minister "
    "stressed that Bulgaria values the partnership.",
    _MET + "Following a meeting with his Kenyan counterpart Musalia Mudavadi the Bulgarian "
    "minister told reporters that trade would grow.",
    _MET + "After a bilateral meeting with Mudavadi, Minister Petrov said that Bulgaria has "
    "an interest in closer ties with Kenya.",
    "Minister Petrov met with his Portuguese counterpart Paulo Rangel. Minister Petrov "
    "together with his Portuguese counterpart opened the renovated building of the "
    "Bulgarian Embassy in Lisbon, and noted that Bulgaria has an interest in closer "
    "cooperation with Portugal.",
    "Minister Petrov met with his Portuguese counterpart Paulo Rangel. Together with his "
    "Portuguese counterpart the Minister then unveiled a plaque, adding that both "
    "countries have a stake in a stronger Europe.",
])
def test_the_meeting_named_again_is_the_one_told(ex, text):
    got = ex(text, issuer="BGR", date="2019", types=["meeting"])
    assert len(got) == 1 and got[0][2] in {("KEN",), ("PRT",)}
    assert got[0][2] == (("PRT",) if "Portuguese" in text else ("KEN",))


@pytest.mark.parametrize("text", [
    _MET + "After a meeting with Kenyan President William Ruto, the Bulgarian Foreign "
    "Minister stressed that Bulgaria values the partnership.",
])
def test_another_official_met_is_a_meeting_of_its_own(ex, text):
    got = ex(text, issuer="BGR", date="2019", types=["meeting"])
    assert [g[2] for g in got] == [("KEN",), ("KEN",)]


@pytest.mark.parametrize("text", [
    "After a meeting with his Kenyan counterpart Musalia Mudavadi, the Bulgarian Foreign "
    "Minister stressed that Bulgaria values the partnership.",
    "Minister Petrov together with his Portuguese counterpart opened the renovated building "
    "of the Bulgarian Embassy in Lisbon, and noted that Bulgaria has an interest in closer "
    "cooperation with Portugal.",
])
def test_told_first_it_is_a_meeting(ex, text):
    got = ex(text, issuer="BGR", date="2019", types=["meeting"])
    assert [g[2] for g in got] == [("PRT",) if "Portuguese" in text else ("KEN",)]
