"""A signing on the occasion just told whose sentence names only our own side ("On
the occasion, a Memorandum of Understanding between the Diplomatic Academy of Georgia
and the Foreign Service Institute of Kenya's partner was signed"): with the partner
of that occasion (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("The sixth round of consultations between Georgia and Kenya was held in Nairobi "
         "on Tuesday. The two sides reviewed trade, education and the welfare of Georgian "
         "students in Kenya. ")


@pytest.mark.parametrize("text", [
    "On the occasion, a Memorandum of Understanding between the Diplomatic Training "
    "Centre of Georgia and the Institute of Foreign Service was signed.",
    "On that occasion, an agreement between the Georgian Diplomatic Academy and the host "
    "institute was also signed.",
])
def test_the_occasion_just_told_gives_the_partner(ex, text):
    got = ex(_LEAD + text, date="2024-09-12", types=["agreement"])
    assert [(g[0], g[1], g[2]) for g in got] == [("agreement", ("GEO",), ("KEN",))]


def test_a_signing_of_ours_at_home_with_no_occasion_named_has_no_partner(ex):
    text = ("A Memorandum of Understanding between the Diplomatic Training Centre of "
            "Georgia and the National Library of Georgia was signed in Tbilisi.")
    assert ex(text, date="2024-09-12", types=["agreement"]) == []
