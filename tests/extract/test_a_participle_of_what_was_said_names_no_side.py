"""What the official said, told in a participle after a comma (", emphasizing support
for Bolivia's territorial integrity", ", reiterating concern over Sudan"): the
countries named there are topics, not sides of the meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="ESP", date="2024-05-20").records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister met Peruvian Foreign Minister Jose Soto in Madrid on May 3, "
     "emphasizing Spain's strong support for Bolivia's territorial integrity.", "PER"),
    ("On May 3 the Minister held talks with Chilean Foreign Minister Rosa Diaz, stressing "
     "the need for a ceasefire in Sudan.", "CHL"),
    ("The Secretary of State received the Ambassador of Japan on May 3, reiterating "
     "Spain's solidarity with Ukraine.", "JPN"),
    ("The Minister spoke at a joint press conference in Madrid with the Foreign Minister "
     "of Ghana on May 3, underlining concern over the crisis in Venezuela.", "GHA"),
])
def test_only_the_official_met_is_a_side(text: str, partner: str) -> None:
    assert _meetings(text) == [(("ESP",), (partner,), "2024-05-03")]


@pytest.mark.parametrize("text", [
    "Garcia spoke at a joint press conference in Madrid with Peruvian Foreign Minister "
    "Jose Soto on Jan. 17, emphasizing Bolivia's territorial integrity.",
    "On Jan. 17 Garcia held talks on fisheries with Peruvian Foreign Minister Jose Soto, "
    "reiterating support for Bolivia's access to the sea.",
])
def test_the_side_named_after_a_topic_ends_at_the_next_topic(text: str) -> None:
    recs = extract_text(text, issuer="ESP", date="2023").records
    assert sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting") == [
        (("PER",), "2023-01-17")]


def test_a_second_official_met_after_a_comma_stays_a_side() -> None:
    text = ("The Minister met Peruvian Foreign Minister Jose Soto on May 3, and later the "
            "Foreign Minister of Bolivia.")
    assert _meetings(text) == [(("ESP",), ("BOL",), "2024-05-03"),
                               (("ESP",), ("PER",), "2024-05-03")]
