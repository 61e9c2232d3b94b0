"""A digest whose title names the days it covers counts its weekdays inside them:
"Monday" in "Weekly digest, 6-12 May 2024" is 6 May, whether the digest is published on
Monday the 13th, on the 14th or with no date given; a heading's "Monday:" too."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_DIGEST = (
    "Weekly diplomatic digest, 6-12 May 2024\n\n"
    "Monday: The Minister received the newly appointed Ambassador of Indonesia.\n\n"
    "On Tuesday the Minister spoke by phone with the Foreign Minister of Kenya.\n\n"
    "Thursday: State Secretary Holm held political consultations with Viet Nam.\n"
)


@pytest.mark.parametrize("given", ["2024-05-13", "2024-05-14", None])
def test_weekdays_of_a_digest_fall_in_the_week_its_title_names(given: str | None) -> None:
    res = extract_text(_DIGEST, issuer="DNK", date=given)
    got = sorted((r.type, r.to[0], r.date.start) for r in res.records
                 if r.type in ("meeting", "call", "consultation"))
    assert got == [("call", "KEN", "2024-05-07"), ("consultation", "VNM", "2024-05-09"),
                   ("meeting", "IDN", "2024-05-06")]


def test_a_readout_published_on_monday_keeps_its_monday() -> None:
    text = ("Minister meets Indonesian Ambassador\n\nOn Monday the Minister received the "
            "newly appointed Ambassador of Indonesia.")
    res = extract_text(text, issuer="DNK", date="2024-05-13")
    assert [r.date.start for r in res.records if r.type == "meeting"] == ["2024-05-13"]
