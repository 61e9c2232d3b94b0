"""Political talks held by the two states as the subject ("Switzerland and Mongolia
held political talks in Ulaanbaatar") or told with the partner first and a verb of
holding ("Political talks with Kenya were conducted by the State Secretary", "...
took place in Santiago") are a sitting of the ministries' standing format, a
consultation; talks hoped for, or held by two officials on a topic, are not
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Switzerland and Mongolia held political talks in Ulaanbaatar on 4 May.", "CHE",
     [event("consultation", "CHE", "MNG", "2024-05-04")]),
    ("On 4 May Switzerland and Peru held their annual political talks in Lima.", "CHE",
     [event("consultation", "CHE", "PER", "2024-05-04")]),
    ("Political talks with Kenya were conducted by the State Secretary in Nairobi on "
     "4 May.", "CHE", [event("consultation", "CHE", "KEN", "2024-05-04")]),
    ("Political talks with Chile took place in Santiago on 4 May.", "AUT",
     [event("consultation", "AUT", "CHL", "2024-05-04")]),
    ("Austria and the Republic of Ghana conducted political talks in Accra on 4 May.",
     "AUT", [event("consultation", "AUT", "GHA", "2024-05-04")]),
])
def test_political_talks_of_two_states(text, issuer, expected):
    assert records(text, issuer, CORE, date="2024-05-05") == expected


@pytest.mark.parametrize("text", [
    "Switzerland and Peru hope to hold political talks next year.",
    "The Minister and the President held political talks on the war.",
])
def test_no_consultation(text):
    assert records(text, "CHE", {"consultation"}, date="2024-05-05") == []
