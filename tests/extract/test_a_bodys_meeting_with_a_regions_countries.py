"""A body's meeting with a region's countries as a group ("the inaugural EU Ministerial
Meeting with the countries of Central Asia") is a session of many under the body, not a
bilateral meeting with it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text", [
    "Prague, 21 October 2025. On 20 October the Minister attended the inaugural EU "
    "Ministerial Meeting with the countries of Central Asia.",
    "Prague, 21 October 2025. The Council was followed on 20 October by the EU Ministerial "
    "Meeting with the countries of the Caspian region.",
    "Prague, 21 October 2025. On 20 October the Prime Minister took part in the ASEAN "
    "Leaders' Meeting with the states of the Gulf.",
])
def test_a_bodys_meeting_with_a_regions_countries_is_a_session(text: str) -> None:
    recs = extract_text(text, issuer="CZE", date="2025").records
    assert not [r for r in recs if r.type == "meeting"]
    assert [(r.date.start, len(r.organizations) == 1) for r in recs
            if r.type == "multilateral"] == [("2025-10-20", True)]
