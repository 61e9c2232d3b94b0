"""A country a policy is pursued against, told beside a review's events ("meetings
with partners, visits to Georgia and the diplomatic isolation of Russia", "pressure on
Russia", "the condemnation of the invasion of Ukraine", "new sanctions against Iran") is
the topic, no partner or host of those events (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TITLE = "The ministry sums up the year\n\n"


def _sides(issuer: str, text: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(_TITLE + text, issuer=issuer, date="2024").records
    return [(r.type, r.from_, r.to) for r in recs if r.type in ("meeting", "visit", "mission")]


@pytest.mark.parametrize(("issuer", "text"), [
    ("GEO", "The ministry cited numerous meetings with foreign partners, visits to Georgia "
     "and the diplomatic isolation of Russia as its main results."),
    ("GBR", "The year brought many meetings with partners, several visits abroad and new "
     "sanctions against Iran."),
    ("UKR", "Dozens of visits to Kyiv by foreign leaders and sustained pressure on Russia "
     "marked the year."),
    ("POL", "Our meetings with allies and the condemnation of the invasion of Ukraine by "
     "Russia were the highlights of the year."),
    ("LTU", "Meetings with partners in the region, trips abroad and the international "
     "isolation of Belarus remained our priorities."),
])
def test_no_partner_in_the_policy(issuer: str, text: str) -> None:
    assert all(not set(f + t) - {issuer} for _k, f, t in _sides(issuer, text))


def test_a_partner_named_before_the_policy_stays() -> None:
    assert _sides("POL", "On 3 May the Minister met the Foreign Minister of Lithuania to "
                  "coordinate sanctions against Russia.") == [("meeting", ["POL"], ["LTU"])]
