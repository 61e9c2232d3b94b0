"""The visit or trip of a country's journalists ("the visit of the Polish journalists
to Lithuania", "a trip of a group of Turkish reporters"): a press tour, outreach of the
side that hosts it, not a visit between two states (the nationality or an article
before the journalists hid the press tour, and the visit frame read the nationality as
the visiting state). A visit of an official whom journalists accompany is still a visit
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, issuer", [
    ("The Minister also spoke of the visit of the Polish journalists to Lithuania, "
     "held on 16-21 April 2016.", "LTU"),
    ("The Ministry organised the visit of a group of German journalists to Georgia on "
     "3-7 June 2016.", "GEO"),
    ("A visit of Turkish journalists to Kazakhstan took place from 10 to 14 May 2016.",
     "KAZ"),
    ("From 2 to 6 October 2016, a trip of a group of Chinese reporters to Latvia was "
     "held.", "LVA"),
    ("The tour of foreign journalists and bloggers to Armenia was held in March 2016.",
     "ARM"),
])
def test_a_visit_of_journalists_is_no_state_visit(text: str, issuer: str) -> None:
    assert records(text, issuer, {"visit", "meeting"}, date="2016") == []
    assert [r[0] for r in records(text, issuer, {"outreach"}, date="2016")] == ["outreach"]


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Minister also spoke of the visit of the Polish Foreign Minister to Lithuania, "
     "held on 16-21 April 2016.", "LTU", ("POL",)),
    ("The visit of the Prime Minister of Armenia to Georgia took place on 3-7 June 2016, "
     "accompanied by journalists.", "GEO", ("ARM",)),
])
def test_an_officials_visit_with_journalists_about_stays(text: str, issuer: str,
                                                         expected: tuple) -> None:
    assert [(r[0], r[1]) for r in records(text, issuer, {"visit"}, date="2016")] == \
        [("visit", expected)]
