"""After an office and its comma, a military rank with its grade ("the Minister of
Defence, Rear Admiral A") or a given name that is also a sovereign's title ("the
Minister of Mining, Sultan A", "General Amir A") names the holder of that office: one
official met, one meeting. A second official joined by "and" after the first one's
name is still a second meeting (our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("On 3 May Minister Lina Okoro visited Oman and met the Minister of Mining, "
     "Sultan Al-Rawahi.", "NGA",
     [event("meeting", "NGA", "OMN", "2023-05-03"), event("visit", "NGA", "OMN", "2023-05-03")]),
    ("During her visit to Oman on 3 May, Minister Lina Okoro met the Minister of Housing, "
     "Lieutenant General Sultan bin Saif Al-Kindi.", "NGA",
     [event("meeting", "NGA", "OMN", "2023-05-03"), event("visit", "NGA", "OMN", "2023-05-03")]),
    ("On 3 May Minister Lina Okoro was received by the Jordanian Minister of Defence, "
     "Major General Amir Haddad.", "NGA", [event("meeting", "NGA", "JOR", "2023-05-03")]),
    ("Minister Lina Okoro, on a visit to Peru on 3 May, met the Minister of Defence, "
     "Rear Admiral Jorge Salas.", "NGA",
     [event("meeting", "NGA", "PER", "2023-05-03"), event("visit", "NGA", "PER", "2023-05-03")]),
    ("On 3 May Minister Lina Okoro met Kuwait's Minister of Oil, Emir Al-Sabah, in "
     "Kuwait City.", "NGA", [event("meeting", "NGA", "KWT", "2023-05-03")]),
])
def test_the_rank_or_name_is_the_office_holders(text, issuer, expected):
    assert records(text, issuer, CORE, date="2023-06-01") == sorted(expected)


def test_a_second_official_after_a_name_is_another_meeting():
    text = ("On 3 May Minister Lina Okoro visited Peru and met the Minister of Defence, "
            "Jorge Salas, and Lieutenant General Ana Ruiz.")
    recs = records(text, "NGA", {"meeting"}, date="2023-06-01")
    assert recs == [event("meeting", "NGA", "PER", "2023-05-03")] * 2
