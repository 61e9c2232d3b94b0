"""A call on an office named by a nationality adjective, the title in lower case
("called on the new Kenyan president"), is a meeting with that country, whatever
time opens the sentence (one meeting, though a place after it holds a title too: "at the
Office of the President"); an appeal ("called on the ... to release") is none (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="GHA", date="2019-09-10").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "Today, September 10, 2019, Prime Minister Mensah called on the Nigerian president "
    "at the State House in Abuja.",
    "On 9 September the Foreign Minister called on the newly elected Nigerian president, "
    "Dr. Bola Tinubu, in Abuja.",
    "On 9 September Prime Minister Mensah called on the new Nigerian president, H.E Dr. "
    "Bola Tinubu at the Office of the President in Abuja.",
    "Yesterday, 9 September, our envoy called on the Nigerian foreign minister to present "
    "a copy of his credentials.",
])
def test_called_on_a_nationality_and_a_lower_case_title(text: str) -> None:
    assert _meetings(text) == [("NGA",)]


@pytest.mark.parametrize("text", [
    "On 9 September the Minister called on the Nigerian authorities to release the "
    "detained fishermen.",
    "Today, September 10, 2019, the Minister called on the Nigerian president to "
    "release the detained fishermen.",
])
def test_an_appeal_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []
