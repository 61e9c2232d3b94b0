"""A visit or meeting named by a definite noun phrase ("the agreements reached
during President A's visit to Peru last year in April") with a time of its own
before the document's is an earlier occasion, not the one the text reported:
it is kept, with that time (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer="CHL", date="2025-05-04").records
    return sorted((r.to[0], r.date.start) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "earlier"), [
    ("The Minister visited Peru on 3 May and met the Foreign Minister of Peru. They "
     "discussed the agreements reached during the President's visit to Peru in April 2024.",
     "2024-04"),
    ("The Foreign Minister paid an official visit to Peru on 3 May. The two sides reviewed "
     "the implementation of the agreements reached during President Soto's visit to Peru "
     "last year in April.", "2024-04"),
    ("The Minister visited Peru on 3 May. The talks followed up on the Vice Minister's "
     "visit to Peru in 2023.", "2023"),
])
def test_an_earlier_visit_named_with_its_date_is_kept(text: str, earlier: str) -> None:
    assert _visits(text) == sorted([("PER", "2025-05-03"), ("PER", earlier)])


@pytest.mark.parametrize("text", [
    # the visit reported, named again: no second visit
    "The Minister visited Peru on 3 May. The visit also allowed the two sides to review "
    "trade.",
    "The Minister visited Peru on 3 May. During the visit, the Minister met students.",
    # named again with its own day: the same visit
    "The Minister visited Peru on 3 May. The Minister's visit on 3 May was her first.",
])
def test_the_visit_reported_named_again_is_not_another(text: str) -> None:
    assert _visits(text) == [("PER", "2025-05-03")]
