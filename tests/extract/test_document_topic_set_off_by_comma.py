"""A document whose topic is set off by a comma ("Two memoranda, on political
consultations and on culture, were signed") names consultations as what it governs,
not a round held; a round held at the signing stays one (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text", [
    "Three memoranda of understanding, on political consultations, tourism and youth "
    "exchanges, were signed by the Foreign Minister and her Chilean counterpart in Lima "
    "on Tuesday.",
    "On Tuesday in Lima the two ministers signed two agreements, on political "
    "consultations and on visa exemption, after their talks with the Chilean side.",
    "A protocol, on regular consultations between the foreign ministries, was signed by "
    "the Minister and the Foreign Minister of Chile during a meeting in Lima on Tuesday.",
    "The Minister and the Chilean Foreign Minister signed a memorandum, on consular "
    "consultations, at their meeting in Lima on Tuesday.",
])
def test_consultations_as_a_documents_topic_are_no_round(text: str) -> None:
    got = records(text, "PER", CORE, date="2024-03-14")
    assert not [r for r in got if r[0] == "consultation"], got
    assert [r for r in got if r[0] == "agreement"], got


def test_a_round_held_at_the_signing_stays_one() -> None:
    text = ("Political consultations between the foreign ministries of Peru and Chile were "
            "held in Lima on Tuesday, and two memoranda, on tourism and culture, were signed.")
    got = records(text, "PER", CORE, date="2024-03-14")
    assert [r for r in got if r[0] == "consultation"], got
