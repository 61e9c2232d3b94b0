"""A meeting with the head of a body named in capitals that no gazetteer knows ("held a
meeting with the chief of the Coastal Crisis Group", "then met the president of the
Global Water Foundation, Ana Diaz") is with that body, not with the partner of the
meeting told before (texts of our own)."""

from __future__ import annotations

import pytest

BEFORE = "In addition, he met the Foreign Minister of Malta, Ian Borg. "


@pytest.mark.parametrize("text", [
    "He held a meeting with the chief of the Coastal Crisis Group Dr Ana Diaz and they "
    "agreed to cooperate.",
    "He then met the president of the Global Water Foundation, Ana Diaz.",
    "Later the minister met with the director of the Northern Policy Institute, Carl Berg.",
    "The Minister also held talks with the head of the Small Islands Alliance (SIA).",
    "He then met the Executive Director of the Ocean Peace Network, Lee Park.",
])
def test_the_body_head_takes_no_earlier_partner(ex, text):
    got = ex(BEFORE + text, issuer="PAK", date="2023-02-18")
    assert [r[2] for r in got if r[0] == "meeting"] in ([("MLT",)], [(), ("MLT",)])


@pytest.mark.parametrize("text, partner", [
    # the head of a body of the partner's own state: that state
    ("He then met the President of the Senate of Malta, Ana Diaz.", "MLT"),
    ("He then met the chairman of the Maltese Chamber of Commerce, Ana Diaz.", "MLT"),
    ("He then met the head of the Peace Foundation of the Netherlands, Ana Diaz.", "NLD"),
])
def test_a_body_of_a_country_named_keeps_it(ex, text, partner):
    got = ex(BEFORE + text, issuer="PAK", date="2023-02-18")
    assert (partner,) in [r[2] for r in got if r[0] == "meeting"][1:]
