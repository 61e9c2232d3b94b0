"""Our trip named by its possessive alone, with no place, framing the talks the sentence
tells ("During her visit, the Minister held talks with the Foreign Minister of Ghana",
"On the second day of his visit, ... met the President of Chile") is our visit to the one
foreign side met there, as a trip to a region is ("During her tour of Central Asia, ...").
No visit when the one met is an envoy (posted where the trip went), when the foreign side
comes before the verb (the guest's own trip), when nobody is met, or when a trip or a
gathering was told before (that is the one "her visit" names) (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str) -> list[tuple]:
    return [(r[1], r[2]) for r in records(text, issuer, {"visit"}, date="2024")]


@pytest.mark.parametrize("issuer, text, host", [
    ("SEN", "On 7 June 2024, on the opening day of his visit, Minister Fall held talks with "
            "Mr Ivan Petrov, Minister of Foreign Affairs of Bulgaria.", "BGR"),
    ("EST", "On the second day of his visit, Minister Tsahkna met the President of Chile, "
            "Gabriel Boric, on 12 March.", "CHL"),
    ("KEN", "During her visit, the Cabinet Secretary held talks with the Foreign Minister of "
            "Ghana on 3 June.", "GHA"),
    ("NOR", "On the last day of their visit, the State Secretary and his delegation met the "
            "Deputy Prime Minister of Vietnam on Friday.", "VNM"),
    ("PER", "During his visit, the Vice Minister was received by the Prime Minister of Japan "
            "on 9 October.", "JPN"),
])
def test_the_one_met_is_the_host(issuer: str, text: str, host: str) -> None:
    assert _visits(text, issuer) == [((issuer,), (host,))]


@pytest.mark.parametrize("issuer, text, expected", [
    # an envoy met
    ("PER", "During his visit, the Minister met the Ambassador of Japan on 3 June.", []),
    # the foreign side before the verb: the guest's trip, not read as ours
    ("PER", "During his visit, the Foreign Minister of Japan met the Minister on 3 June.", []),
    # nobody met
    ("KEN", "During her visit, the Cabinet Secretary toured the port of Tema on 3 June.", []),
    # a gathering told before is where "her visit" went
    ("KEN", "The Cabinet Secretary is in New York for the 79th session of the UN General "
            "Assembly. During her visit, she met the Foreign Minister of Ghana on 24 "
            "September.", [(("KEN",), ("USA",))]),
    # a visit told before is the one named again
    ("KEN", "The Cabinet Secretary paid an official visit to Ghana on 3 June. During her "
            "visit, she held talks with the Foreign Minister of Ghana.", [(("KEN",), ("GHA",))]),
])
def test_near_misses_keep_their_reading(issuer: str, text: str, expected: list) -> None:
    assert _visits(text, issuer) == expected
