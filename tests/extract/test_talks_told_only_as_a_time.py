"""Talks told only as the time of what followed them ("addressed the media after
their talks", "following the bilateral talks, the two signed ..."): a meeting of the
two sides; told before, still one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date="2024-06-07").records
    return [(list(r.to), r.date.start) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("issuer", "text", "partner"), [
    ("SVN", "Foreign Minister Fajon and her Ghanaian counterpart addressed the media after "
     "their talks on 5 June.", "GHA"),
    ("CHL", "On 5 June the Foreign Minister and his Peruvian counterpart gave a joint press "
     "conference following their talks in Santiago.", "PER"),
    ("KEN", "On 5 June, following the bilateral talks, the Cabinet Secretary and the "
     "Foreign Minister of Ghana signed a memorandum on visas.", "GHA"),
])
def test_talks_told_as_a_time_are_a_meeting(issuer: str, text: str, partner: str) -> None:
    assert _meetings(text, issuer) == [([partner], "2024-06-05")]


def test_talks_told_before_and_again_as_a_time_are_one_meeting() -> None:
    text = ("On 5 June the Minister held talks with the Foreign Minister of Ghana in "
            "Ljubljana. After their talks, the two ministers addressed the media.")
    assert _meetings(text, "SVN") == [(["GHA"], "2024-06-05")]


@pytest.mark.parametrize(("issuer", "text"), [
    # talks of others, or of no one named
    ("SVN", "On 5 June the Minister commented on the ceasefire after the talks between "
     "Russia and Ukraine in Istanbul."),
    ("SVN", "On 5 June the Minister said that after talks the parties must now act."),
])
def test_talks_of_others_as_a_time_are_no_meeting_of_ours(issuer: str, text: str) -> None:
    assert all(issuer not in to for to, _ in _meetings(text, issuer))
    assert not any(to == ["RUS"] or to == ["UKR"] for to, _ in _meetings(text, issuer)
                   if issuer in to)
