"""What an official told the other side, in a participle after a comma (", presenting the
situation on the border between A and B", ", briefing her on the developments in C"): a
topic, its countries no side of the talks (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Lisbon, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("On Wednesday the Minister had phone calls with his counterparts, presenting the "
     "situation on the border between Armenia and Azerbaijan.", []),
    ("The President had a telephone conversation with the President of France on Wednesday, "
     "explaining the position of Portugal on the dispute between Morocco and Algeria.",
     [("call", ("PRT",), ("FRA",), "2024-05-08")]),
    ("On Wednesday the Minister met the Ambassador of Japan, outlining the priorities of the "
     "Council presidency towards China and India.",
     [("meeting", ("PRT",), ("JPN",), "2024-05-08")]),
    ("On Wednesday the Minister spoke by phone with the Foreign Minister of Chile, informing "
     "him of the situation in Venezuela and Colombia.",
     [("call", ("PRT",), ("CHL",), "2024-05-08")]),
    ("On Wednesday the Minister held talks with her Kenyan counterpart, briefing her on the "
     "developments in Sudan and Ethiopia.", [("meeting", ("PRT",), ("KEN",), "2024-05-08")]),
])
def test_the_participles_countries_are_topics(ex, text, want):
    assert ex(HEAD + text, issuer="PRT", date="2024-05-10", types=["call", "meeting"]) == want
