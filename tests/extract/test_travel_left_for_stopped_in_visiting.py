"""Travel told without a visit verb: "left Nairobi this evening for Addis
Ababa" (a few words between the two places), a halt on the way ("stopped in
Cairo, where he was received", "made a stopover in Doha"), and a guest styled
"the visiting Foreign Minister of X" (a visit of X to the host); what only
looks like it gives no visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(r.from_, r.to, r.date.start)
            for r in extract_text(text, issuer="KEN", date="2025-05-15").records
            if r.type == "visit"]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("The Principal Secretary left Nairobi this evening for Addis Ababa to attend talks.",
     "ETH", "2025-05-15"),
    ("The Cabinet Secretary departed Nairobi on Monday morning for Kigali.", "RWA", "2025-05-12"),
    ("Yesterday the delegation left Mombasa by sea for Dar es Salaam.", "TZA", "2025-05-14"),
    ("On the way back, the President stopped in Cairo on Tuesday, where he was received by "
     "President Sisi.", "EGY", "2025-05-13"),
    ("The Prime Minister made a stopover in Doha on 3 May and met the Emir.", "QAT",
     "2025-05-03"),
    ("Returning from the summit, the Cabinet Secretary stopped over in Addis Ababa for talks "
     "with the Foreign Minister of Ethiopia.", "ETH", "2025-05-15"),
])
def test_departures_and_halts_are_visits(text, to, day):
    assert _visits(text) == [(["KEN"], [to], day)]


@pytest.mark.parametrize(("text", "guest", "day"), [
    ("On Tuesday, the Cabinet Secretary met the visiting Foreign Minister of Ghana.", "GHA",
     "2025-05-13"),
    ("The President received the visiting Prime Minister of Ethiopia at State House yesterday.",
     "ETH", "2025-05-14"),
    ("The visiting Namibian delegation was received by the Cabinet Secretary on 2 May.", "NAM",
     "2025-05-02"),
    ("The Principal Secretary held talks on Monday with the visiting Deputy Foreign Minister of "
     "Vietnam, Mr Nguyen.", "VNM", "2025-05-12"),
])
def test_the_visiting_guest_is_on_a_visit_to_the_host(text, guest, day):
    assert _visits(text) == [([guest], ["KEN"], day)]


@pytest.mark.parametrize("text", [
    "The fighting stopped in Gaza on Monday.",
    "Deportations stopped in Libya last year after the agreement.",
    "The Minister thanked the Ambassador for visiting the refugee camp in Kakuma.",
    "The Ambassador left the capital last week for consultations.",
    "The Chairperson of the Commission leaves Nairobi tomorrow morning for Kampala.",
])
def test_what_only_looks_like_travel_gives_no_visit(text):
    assert _visits(text) == []
