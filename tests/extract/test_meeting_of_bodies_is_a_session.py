"""A meeting told as the session of a body, not as a meeting with it (sentences of our
own): a meeting named after a body and a pair of places ("held the G20 Porto-Braga
Foreign Ministers' Meeting": the places are its venue, no two countries), or one
between the ministers of a body and those of a region ("hosted meetings between the
trade ministers of the Visegrad Group and the Nordic states"), is the body's
multilateral session hosted by the issuer (of each body named on the sides), no
meeting. A meeting with a body's ministers ("held a meeting with the trade ministers
of the Visegrad Group") and a meeting named after two countries stay meetings."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lisbon, 20 December 2025\n\n"


def _told(text: str) -> list[tuple]:
    return records(_HEAD + text, "PRT", {"meeting", "multilateral"}, date="2025", orgs=True)


@pytest.mark.parametrize("text, org, date", [
    ("In November, Portugal held the G20 Porto-Braga Foreign Ministers' Meeting as the "
     "closing event of its G20 term.", "G20", "2025-11"),
    ("In May, Portugal hosted the APEC Lima-Cusco Ministerial Meeting.", "APEC", "2025-05"),
    ("In May, Portugal held the OSCE Vienna-Graz Ministers Meeting.", "OSCE", "2025-05"),
    ("Portugal also hosted meetings between the trade ministers of the Visegrad Group "
     "and the Nordic states.", "V4", "2025-12-20"),
    ("Portugal hosted a meeting between the defence ministers of the Visegrad Group and the "
     "Baltic states.", "V4", "2025-12-20"),
    ("This year we hosted meetings between the interior ministers of the Visegrad Group "
     "and the Eastern Partnership states.", "V4,EAP", "2025"),
])
def test_the_bodies_meeting_is_their_session(text: str, org: str, date: str) -> None:
    told = _told(text)
    assert not [r for r in told if r[0] == "meeting"]
    assert ("multilateral", ("PRT",), (), tuple(org.split(",")), date) in told


@pytest.mark.parametrize("text, expected", [
    ("In May, the Minister held a meeting with the trade ministers of the Visegrad Group.",
     [("meeting", ("PRT",), (), ("V4",), "2025-05")]),
    ("In May, Portugal held the Portugal-Chile Foreign Ministers' Meeting in Porto.",
     [("meeting", ("PRT",), ("CHL",), (), "2025-05")]),
])
def test_a_meeting_with_a_body_or_a_country_stays_one(text: str, expected: list) -> None:
    assert _told(text) == expected
