"""Taking part by videoconference or video link in a session of others ("took part via
videoconference in the ministerial meeting of the Alliance, hosted by Belgium", "joined
by video link the ministerial conference on Sudan convened by Denmark") is no call with
the host; a videoconference with a counterpart still is a call (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer="QAT", date="2025-09-16").records
            if r.type == "call"]


@pytest.mark.parametrize("text", [
    "Earlier, the Minister of State took part via videoconference in the ministerial meeting "
    "of the Global Alliance for Water Security, hosted by Belgium.",
    "The Secretary of State joined by video link the ministerial conference on Sudan "
    "convened by Denmark.",
    "The Minister participated by videoconference in the session of the contact group "
    "chaired by Norway.",
])
def test_taking_part_by_video_in_a_session_is_no_call(text):
    assert _calls(text) == []


def test_a_videoconference_with_a_counterpart_is_a_call():
    text = "The Minister of State held a videoconference with the Foreign Minister of Belgium."
    assert _calls(text) == [["BEL"]]


def test_taking_part_by_video_in_a_session_is_the_session():
    text = ("Earlier, on 10 March, the Minister had taken part by videoconference in the "
            "extraordinary session of the Council of Ministers of the African Union.")
    recs = extract_text(text, issuer="QAT", date="2025-09-16").records
    assert [(r.type, r.organizations) for r in recs] == [("multilateral", ["AU"])]
