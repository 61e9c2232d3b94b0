"""An exchange held with an official named first, the office after a comma in its
abbreviated form: "held a warm exchange with A, Peruvian FM" is a meeting with Peru,
as "had an exchange with B, Foreign Minister of Peru" already was. An exchange of views
on a topic, or an exchange with a scholar, stays none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str, issuer: str = "URY") -> list[tuple]:
    return records(text, issuer, {"meeting"}, date="2022")


@pytest.mark.parametrize("text, to, day", [
    ("The Minister held a fraternal exchange with Ana Torres, Peruvian FM, on 3 March.",
     "PER", "2022-03-03"),
    ("On 3 March the Vice Minister had a cordial exchange with Jan Novak, Czech FM.",
     "CZE", "2022-03-03"),
    ("He also held a brief exchange with Ms. Laila Haddad, Jordanian FM, on 3 March, "
     "stressing the good state of relations.", "JOR", "2022-03-03"),
    ("On 3 March, in Lima, the Foreign Minister held an exchange with Mr. Tomas Berg, "
     "the Swedish FM.", "SWE", "2022-03-03"),
])
def test_an_exchange_with_a_named_fm_is_a_meeting(text: str, to: str, day: str) -> None:
    assert _meetings(text) == [("meeting", ("URY",), (to,), day)]


@pytest.mark.parametrize("text", [
    "The Minister held an exchange of views on regional security on 3 March.",
    "The Minister had an exchange with Professor Ana Torres, a historian, on 3 March.",
    "The Minister held an exchange with students on 3 March.",
])
def test_no_official_no_meeting(text: str) -> None:
    assert _meetings(text) == []
