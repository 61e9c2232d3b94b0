"""Two small extensions of last round's constructions. Someone's interlocutors with a
day told before the verb ("His interlocutors in Maputo on 7 May included the Prime
Minister of Mozambique", "Her interlocutors on Tuesday included ...") are meetings on
that day. A running total with its count before a passive verb ("Till now, 18 MoUs
have been signed between A and B", "To date, 25 agreements have been concluded
between ...") is a counted fact, not a signing; a count signed today still is one
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "expected"), [
    ("Lisbon, 8 May 2023. His interlocutors in Maputo on 7 May included the Prime "
     "Minister of Mozambique.", [event("meeting", "PRT", "MOZ", "2023-05-07")]),
    ("Lisbon, 8 May 2023. Her interlocutors on Tuesday included the Foreign Minister of "
     "Angola.", [event("meeting", "PRT", "AGO", "2023-05-02")]),
    ("Lisbon, 8 May 2023. The Minister's interlocutors in Praia, on 7 May, were the "
     "President of Cabo Verde and the Prime Minister.",
     [event("meeting", "PRT", "CPV", "2023-05-07")]),
    ("Lisbon, 8 May 2023. The State Secretary's interlocutors in Dakar on 7 May "
     "included the Foreign Minister of Senegal.",
     [event("meeting", "PRT", "SEN", "2023-05-07")]),
])
def test_interlocutors_with_a_day(text, expected):
    assert records(text, "PRT", CORE) == expected


@pytest.mark.parametrize("text", [
    "New Delhi, 3 March 2023. Till now, 18 MoUs have been signed between India and "
    "Viet Nam.",
    "New Delhi, 3 March 2023. To date, 25 agreements have been concluded between India "
    "and Japan.",
    "New Delhi, 3 March 2023. So far, 9 protocols were signed between India and Chile "
    "in the health sector.",
    "New Delhi, 3 March 2023. Hitherto India and Peru have signed 7 agreements.",
])
def test_a_running_total_in_the_passive_is_no_signing(text):
    assert records(text, "IND", {"agreement"}) == []


def test_a_count_signed_today_is_a_signing():
    text = "New Delhi, 3 March 2023. Today, two MoUs were signed between India and Ghana."
    assert records(text, "IND", {"agreement"}) == [
        event("agreement", "IND", "GHA", "2023-03-03")]
