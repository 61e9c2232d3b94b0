"""A clause whose subject is a bare "he" or "she" and whose trip goes on after what it
did ("On Tuesday, he met with the Egyptian Mufti, before continuing to Amman"), after a
visit told before, is that visit's traveller's onward journey: in the host's text, the
guest's (it was read as a trip of the issuer, or of the country of the one met). The
issuer's own trip stays the issuer's, and a subject named by a title keeps its reading
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str, date: str = "2022") -> list[tuple]:
    return records(text, issuer, {"visit"}, date=date)


@pytest.mark.parametrize("text, issuer, onward", [
    ("Dutch Foreign Minister Wopke Hoekstra arrived in Cairo on Monday for talks with "
     "Foreign Minister Sameh Shoukry.\n\nOn Tuesday, he met with the Egyptian Grand Mufti, "
     "before continuing to Amman.", "EGY", ("visit", ("NLD",), ("JOR",), "2022")),
    ("The Foreign Minister of Chile visited Riga on 3 May.\n\nLater, he met with Latvian "
     "Foreign Minister Edgars Rinkēvičs, before leaving for Tallinn.", "LVA",
     ("visit", ("CHL",), ("EST",), "2022-05-03")),
    ("The Prime Minister of Portugal paid an official visit to Morocco on 9-10 June.\n\nOn "
     "10 June, she met with Moroccan business leaders, before travelling to Algiers.",
     "MAR", ("visit", ("PRT",), ("DZA",), "2022-06-10")),
    ("Irish Foreign Minister Simon Coveney arrived in Oslo on Monday.\n\nOn Tuesday, he "
     "held talks with the Norwegian Minister of Trade before heading to Stockholm.", "NOR",
     ("visit", ("IRL",), ("SWE",), "2022")),
])
def test_the_guest_goes_on(text: str, issuer: str, onward: tuple) -> None:
    got = _visits(text, issuer)
    assert onward in got
    assert not any(r[2] == onward[2] and r[1] != onward[1] for r in got)


@pytest.mark.parametrize("text, issuer, onward", [
    # our own trip: "she" is our Minister still
    ("The Minister visited Chile on 3 May.\n\nThe next day, she met with the Chilean "
     "Minister of Economy before travelling to Peru.", "LVA",
     ("visit", ("LVA",), ("PER",), "2022-05-04")),
    # a subject named by a title: its own reading
    ("The Foreign Minister of Chile visited Riga on 3 May.\n\nThe Minister met with the "
     "Chilean Ambassador before leaving for Vilnius.", "LVA",
     ("visit", ("LVA",), ("LTU",), "2022-05-03")),
])
def test_near_misses_keep_their_traveller(text: str, issuer: str, onward: tuple) -> None:
    assert onward in _visits(text, issuer)
