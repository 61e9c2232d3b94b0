"""On our own visit abroad, told earlier in the same sentence ("concluded a visit to Chile,
during which she ..."), a minister of a named portfolio whom no country qualifies ("met the
Minister of Mining, A", "the Minister of Commerce, B") is an official of the host: another
meeting beside those with officials named before, one for each such minister listed. At
home the same title is our own minister, and "the Minister" alone is our subject: no
meeting is added (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "partner", "n"), [
    ("The Minister concluded a visit to Chile today, during which she called on President "
     "Gabriel Boric and met the Minister of Mining, Aurora Williams.", "PER", "CHL", 2),
    ("The Minister paid a visit to Chile, during which she met the Minister of Mining and "
     "then met the Minister of Energy.", "PER", "CHL", 2),
    ("Foreign Minister Lena Berg ended a three-day visit to Vietnam, during which she held "
     "talks with her Vietnamese counterpart and also met the Minister of Industry and "
     "Trade, Nguyen Hong Dien.", "SWE", "VNM", 2),
    ("Foreign Minister Kofi Mensah wrapped up an official visit to Japan, during which he "
     "called on Prime Minister Fumio Kishida, as well as met with the Minister of the "
     "Environment, Ito Shintaro and the Minister of Defense, Kihara Minoru.", "GHA", "JPN",
     3),
])
def test_the_hosts_minister_is_another_meeting(text: str, issuer: str, partner: str,
                                               n: int) -> None:
    got = records(text, issuer, _M, date="2024-05-06")
    assert [r[2] for r in got] == [(partner,)] * n


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The Minister received the Ambassador of Chile and later met the Minister of Trade to "
     "discuss exports.", "PER", "CHL"),
    ("The Minister called on President Gabriel Boric in Santiago and later met the "
     "Minister.", "PER", "CHL"),
])
def test_at_home_or_unqualified_no_meeting_is_added(text: str, issuer: str,
                                                    partner: str) -> None:
    got = records(text, issuer, _M, date="2024-05-06")
    assert [r[2] for r in got] == [(partner,)]
