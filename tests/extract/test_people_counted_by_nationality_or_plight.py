"""People a ministry counts by their nationality or their plight, and the documents its
consuls issue ("evacuated 87 Kenyans", "1,500 Ghanaian migrants", "23,400 passports and
9,100 visas", "312 stranded tourists and 45 fishermen", "2,000 South Africans") are
counted facts (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("The Ministry evacuated 87 Kenyans from Sudan in May.", {87}),
    ("More than 1,500 Ghanaian migrants were helped to return home.", {1500}),
    ("Our consulates issued 23,400 passports and 9,100 visas during the year.", {23400, 9100}),
    ("The embassy assisted 312 stranded tourists and 45 fishermen detained abroad.", {312, 45}),
    ("Over 2,000 South Africans in distress abroad received help.", {2000}),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
