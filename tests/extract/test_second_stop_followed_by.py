"""A second visit told as "..., followed by a visit to X" is the same traveller's, to
its own host on its own days, not a visit of the first host (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    return sorted((tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer="IND", date="2025-06-09").records
                  if r.type == "visit")


@pytest.mark.parametrize("text", [
    "The Minister paid an official visit to the Republic of Ghana from 3-4 June 2025, "
    "followed by a visit to Lomé, Togo on 5-6 June 2025.",
    "The Minister paid an official visit to Ghana on 3 and 4 June, followed by a working "
    "visit to Togo on 5 and 6 June.",
    "The Prime Minister made a state visit to Ghana from 3 to 4 June, and followed by an "
    "official visit to Togo from 5 to 6 June.",
])
def test_the_visit_that_follows_is_the_same_travellers(text):
    got = _visits(text)
    assert [v[:2] for v in got] == [(("IND",), ("GHA",)), (("IND",), ("TGO",))]
    assert [v[2] for v in got] == ["2025-06-03", "2025-06-05"]


def test_a_visit_followed_by_a_meeting_makes_no_second_trip():
    text = ("The Minister paid an official visit to Ghana on 3 June, followed by a meeting "
            "with the Ambassador of Togo.")
    assert _visits(text) == [(("IND",), ("GHA",), "2025-06-03")]
