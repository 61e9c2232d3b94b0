"""The source that reports an event, in a clause after a comma ("..., the Kenyan Foreign
Ministry said", "..., Chile's presidential office announced on Monday"), names no side of
it: "arrived in Oslo on an official visit on Tuesday, the Kenyan Foreign Ministry said"
is Kenya's visit to Norway and no other (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, visit", [
    ("Kenyan Foreign Minister Ana Mwangi arrived in Oslo on an official visit on "
     "Tuesday, the Kenyan Foreign Ministry said.", (("KEN",), ("NOR",))),
    ("Foreign Minister Ana Mwangi is in Lima on a working visit, Kenya's foreign "
     "ministry said on its website.", (("KEN",), ("PER",))),
    ("The Chilean President arrived in Nairobi on a state visit on Monday evening, "
     "the Chilean presidential office announced.", (("CHL",), ("KEN",))),
    ("Minister Mwangi began an official visit to Vietnam on Sunday, the Kenyan "
     "embassy in Hanoi reported.", (("KEN",), ("VNM",))),
])
def test_only_the_visit_told(ex, text, visit):
    got = ex(text, issuer="KEN", date="2024-05-08")
    assert [(r[1], r[2]) for r in got if r[0] == "visit"] == [visit]


def test_a_partner_named_before_the_source_stays(ex):
    got = ex("Minister Mwangi met the Foreign Minister of Peru in Lima, the Kenyan "
             "ministry said.", issuer="KEN", date="2024-05-08")
    assert [r[2] for r in got if r[0] == "meeting"] == [("PER",)]
