"""A visit named by "one" after the visit it answers ("reciprocates the one paid by A
to B", "returns that made by A to B") is a visit of its own (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], list[str], str | None]]:
    recs = extract_text(text, issuer="ESP", date="2023-10-26").records
    return [(list(r.from_), list(r.to), r.date.start) for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("text", "visit"), [
    ("The minister is in Lima this week. Her trip reciprocates the one paid by the "
     "Peruvian Foreign Minister to Spain in June.", (["PER"], ["ESP"], "2023-06")),
    ("This visit returns the one made by President Boric to Madrid in March 2022.",
     (["CHL"], ["ESP"], "2022-03")),
    ("The Chancellor's stay in Madrid reciprocates that paid by the Spanish King to Austria "
     "in May.", (["ESP"], ["AUT"], "2023-05")),
    # other phrasings (generality audit): a relative clause, the host before "by", the
    # past tense with no article
    ("The trip returns the one the Peruvian President made to Spain in June 2022.",
     (["PER"], ["ESP"], "2022-06")),
    ("The King's visit to Chile reciprocates the one paid to Spain by President Boric in "
     "March.", (["CHL"], ["ESP"], "2023-03")),
    ("Her visit came in return for the one the Moroccan Foreign Minister paid to Madrid in "
     "May.", (["MAR"], ["ESP"], "2023-05")),
    ("The visit reciprocated one made by the Italian Prime Minister to Spain in April 2023.",
     (["ITA"], ["ESP"], "2023-04")),
])
def test_the_visit_named_by_one(text: str, visit: tuple[list[str], list[str], str]) -> None:
    assert visit in _visits(text)


def test_one_made_for_something_else_is_no_visit() -> None:
    assert _visits("The new bridge is the one made by engineers to last a century.") == []
