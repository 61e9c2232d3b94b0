"""An earlier round of the sessions just reported, named without its sides and
stated with a date of its own ("The previous round of consultations was held in
Lima in March 2022"): one more session with the same partner, on that date
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Budapest, 13 May 2025\n\n"
TOLD = "Political consultations between Hungary and Peru were held in Budapest on 12 May 2025. "


@pytest.mark.parametrize(("text", "date"), [
    (TOLD + "The previous round of consultations was held in Lima in March 2022.", "2022-03"),
    (TOLD + "In October 2021, the previous round of consultations had taken place in Lima.",
     "2021-10"),
    (TOLD + "The last round of political consultations took place in Lima in 2019.", "2019"),
    ("Hungary and Peru held political consultations in Budapest on 12 May 2025. Their "
     "preceding round of consultations was held in Cusco on 4 June 2023.", "2023-06-04"),
])
def test_an_earlier_round_is_one_more_session(text, date):
    recs = extract_text(HEAD + text, issuer="HUN", date="2025-05-13").records
    got = sorted((r.date.start or "", tuple(r.to)) for r in recs if r.type == "consultation")
    assert got == sorted([("2025-05-12", ("PER",)), (date, ("PER",))])


@pytest.mark.parametrize("text", [
    # a round announced, not held
    TOLD + "The next round of consultations will be held in Lima in 2026.",
    TOLD + "The sides agreed that the next round of consultations would be held in Lima.",
    # a round named as a topic
    "The Minister received the Ambassador of Peru on 12 May 2025. They discussed the "
    "last round of consultations.",
    # nothing reported before: no partner to carry
    "The previous round of consultations was held in Lima in March 2022.",
])
def test_no_earlier_round_without_one_held_and_a_partner(text):
    recs = extract_text(HEAD + text, issuer="HUN", date="2025-05-13").records
    assert [r.date.start for r in recs if r.type == "consultation"] in (
        [], ["2025-05-12"])
