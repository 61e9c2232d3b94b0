"""An occasion named again by its results, outcome, end or close ("Following the
results of the visit, ...", "As a result of the talks, ...", "At the end of the visit,
...", "At the close of the summit, ...") is the occasion just told: what its sentence
reports takes that occasion's partner and day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Results of the foreign policy activities of Kenya in 2024\n\n"


def _found(text: str, kind: str) -> list[tuple[tuple[str, ...], str | None]]:
    recs = extract_text(text, issuer="KEN", date="2024").records
    return [(tuple(r.from_ + r.to), r.date.start) for r in recs if r.type == kind]


@pytest.mark.parametrize(("text", "kind", "sides", "day"), [
    (_REVIEW + "The Prime Minister visited Japan on 12 May. Following the results of the "
     "visit, four documents were signed.", "agreement", ("KEN", "JPN"), "2024-05-12"),
    (_REVIEW + "The President of Peru paid a state visit to Kenya on 3 June. As a result of "
     "the talks, three memoranda on tourism were signed.", "agreement", ("KEN", "PER"),
     "2024-06-03"),
    (_REVIEW + "The Minister was in Hanoi on 8 March for talks with his counterpart. At the "
     "end of the visit, two agreements on visas were signed.", "agreement", ("KEN", "VNM"),
     "2024-03-08"),
    (_REVIEW + "On 9 October the Minister held talks in Brasilia with the Foreign Minister of "
     "Brazil. Following the outcome of the negotiations, five documents were signed.",
     "agreement", ("KEN", "BRA"), "2024-10-09"),
    ("The IGAD Summit was held in Nairobi on 4 April. At the close of the summit, Kenya "
     "handed over the chairmanship of IGAD to Uganda.", "chairmanship", ("UGA",),
     "2024-04-04"),
])
def test_the_occasion_just_told(text: str, kind: str, sides: tuple[str, ...],
                                day: str) -> None:
    assert (sides, day) in _found(text, kind)
