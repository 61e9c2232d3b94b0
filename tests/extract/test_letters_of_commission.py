"""A Commonwealth High Commissioner presents "Letters of Commission" where an
ambassador presents letters of credence: a meeting with the host; a
commission's report presented is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="KEN", date="2025-02-07").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("On Thursday, the High Commissioner of Kenya to Canada, Mr John Otieno, presented his "
     "Letters of Commission to the Governor General of Canada.", "CAN", "2025-02-06"),
    ("The new High Commissioner of Kenya presented her Letter of Commission to the "
     "Governor-General of Australia on 3 February.", "AUS", "2025-02-03"),
    ("On 5 February Kenya's new High Commissioner, Ms Wanjiru, presented Letters of Commission "
     "to the President of Ghana at the Jubilee House in Accra.", "GHA", "2025-02-05"),
])
def test_letters_of_commission_presented_are_a_meeting(text, to, day):
    assert _meetings(text) == [([to], day)]


@pytest.mark.parametrize("text", [
    "The Minister presented the commission's annual report to the Parliament of Ghana.",
    "The Minister presented the findings of the commission on the border with Uganda.",
])
def test_a_commission_presented_is_no_meeting(text):
    assert _meetings(text) == []
