""""Held a discussion", in the singular, with an official is a meeting, as "held
discussions" is, also with the group that held it named between ("held a discussion
of the Baltic ministers with the Foreign Minister of A") (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("On 24 September the minister held a discussion of the Baltic ministers "
     "with the Foreign Minister of Moldova.", "MDA"),
    ("The minister addressed the UN Security Council and held a discussion of the "
     "Visegrad ministers with the Foreign Minister of Japan on 24 September.", "JPN"),
    ("On 24 September, Minister Rusu had a discussion with the Prime Minister of "
     "Georgia.", "GEO"),
    ("The Secretary of State holds a bilateral discussion with Foreign Minister Ana "
     "Rojas of Chile on 24 September.", "CHL"),
])
def test_a_discussion_held_with_an_official(ex, text, partner):
    assert ex(text, issuer="LTU", date="2024-09-27", types={"meeting"}) == [
        ("meeting", ("LTU",), (partner,), "2024-09-24")]


@pytest.mark.parametrize("text", [
    "The Minister held a discussion on climate finance at the university.",
    "The Minister held a panel discussion with students in Lima.",
])
def test_a_discussion_with_no_official_is_no_meeting(ex, text):
    assert ex(text, issuer="LTU", date="2024-09-27", types={"meeting"}) == []
