"""A session or round of "political talks" between two states is a sitting of their
ministries' standing format, a consultation, also when the states go by their long
official names ("the Kingdom of Tonga", "the Swiss Confederation"), which must not make
the session one of a multilateral body. Bare "political talks" stays a meeting
(our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("A session of political talks between the Kingdom of Tonga and the Swiss "
     "Confederation was held in Bern on 4 May.", "TON",
     [event("consultation", "TON", "CHE", "2021-05-04")]),
    ("On 4 May the Republic of Chile and the Sultanate of Brunei held the third round of "
     "their political talks in Santiago.", "CHL",
     [event("consultation", "CHL", "BRN", "2021-05-04")]),
    ("Minister Lea Varga held a session of political talks with her Estonian counterpart "
     "on 4 May.", "HUN", [event("consultation", "HUN", "EST", "2021-05-04")]),
    ("The second round of political talks between Ghana and the Republic of Korea took "
     "place in Accra on 4 May.", "GHA",
     [event("consultation", "GHA", "KOR", "2021-05-04")]),
])
def test_a_session_of_political_talks(text, issuer, expected):
    assert records(text, issuer, CORE, date="2021-06-01") == expected


def test_long_names_do_not_make_it_a_bodys_session():
    text = ("A session of talks between the Kingdom of Tonga and the Republic of Peru was "
            "held on 4 May.")
    recs = records(text, "TON", CORE | {"multilateral"}, date="2021-06-01")
    assert recs == [event("meeting", "TON", "PER", "2021-05-04")]


def test_bare_political_talks_stay_a_meeting():
    text = "Minister Lea Varga held political talks with her Estonian counterpart on 4 May."
    assert records(text, "HUN", CORE, date="2021-06-01") == [
        event("meeting", "HUN", "EST", "2021-05-04")]
