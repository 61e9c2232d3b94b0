"""A review's "We welcomed (the) Foreign Ministers of A, B and C" / "This year we hosted
the prime ministers of A and B": the country's own voice summing up its year hosts as a
place does, one visit to the issuer from each country listed; a minister who hosted
several guests "of A, B and C" in a review meets each (one occasion with each, unless
told as joint). A readout's "we" (the delegation), a joint meeting and a welcomed
statement or decision are not read so (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Review of the year 2023\n\n"


def _core(text: str, issuer: str) -> list[tuple[str, list[str], list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date="2023").records
    return sorted((r.type, r.from_, r.to, r.date.start) for r in recs
                  if r.type in ("meeting", "visit"))


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    (_HEAD + "We welcomed Foreign Ministers of Chile, Peru and Uruguay. We also opened an "
     "embassy.", "ARG", [("visit", ["CHL"], ["ARG"], "2023"), ("visit", ["PER"], ["ARG"], "2023"),
                         ("visit", ["URY"], ["ARG"], "2023")]),
    (_HEAD + "This year we hosted the prime ministers of Fiji and Samoa.", "NZL",
     [("visit", ["FJI"], ["NZL"], "2023"), ("visit", ["WSM"], ["NZL"], "2023")]),
    (_HEAD + "Last year, we welcomed the Presidents of Ghana and Togo.", "BEN",
     [("visit", ["GHA"], ["BEN"], "2023"), ("visit", ["TGO"], ["BEN"], "2023")]),
    # a minister as the host: a meeting with each guest listed
    (_HEAD + "The Minister hosted the foreign ministers of Estonia, Latvia and Lithuania.",
     "FIN", [("meeting", ["FIN"], ["EST"], "2023"), ("meeting", ["FIN"], ["LVA"], "2023"),
             ("meeting", ["FIN"], ["LTU"], "2023")]),
])
def test_hosting_in_a_review(text: str, issuer: str, expected: list) -> None:
    assert _core(text, issuer) == sorted(expected)


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # told as joint: one meeting of all
    (_HEAD + "In Wellington we welcomed the foreign ministers of Japan and Korea for a "
     "joint meeting.", "NZL", [("meeting", ["NZL"], ["JPN", "KOR"], "2023")]),
    # a welcomed statement or decision is no event
    (_HEAD + "We welcomed the statement of the foreign ministers of Chile and Peru on the "
     "border.", "ARG", []),
    (_HEAD + "We welcomed the decision of the Presidents of Chile and Peru.", "ARG", []),
    # a readout's "we": the guests met together on the day, not visits summed up
    ("Helsinki, 4 May 2023 - We welcomed the foreign ministers of Estonia and Latvia "
     "today.", "FIN", [("meeting", ["FIN"], ["EST", "LVA"], "2023-05-04")]),
])
def test_not_read_as_visits(text: str, issuer: str, expected: list) -> None:
    assert _core(text, issuer) == sorted(expected)
