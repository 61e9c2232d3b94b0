"""A second predicate of one subject opened by its own time after "and" ("met A on
1 March and on 2 March received B", "visited Togo on 27 February and on 29 February
travelled to Benin"): each verb keeps its own partner and its own day, not every
partner on every day (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"  # a Sunday


@pytest.mark.parametrize(("text", "want"), [
    ("The Minister met the Ambassador of Chile on 1 March and on 2 March received the "
     "Ambassador of Peru.",
     [("meeting", ("GHA",), ("CHL",), "2024-03-01"),
      ("meeting", ("GHA",), ("PER",), "2024-03-02")]),
    ("The Minister received the Ambassador of Italy on Thursday, and on Friday she met the "
     "High Commissioner of India.",
     [("meeting", ("GHA",), ("IND",), "2024-03-01"),
      ("meeting", ("GHA",), ("ITA",), "2024-02-29")]),
    ("On 28 February the Minister called her Spanish counterpart and on 1 March she spoke "
     "with the Foreign Minister of Portugal by phone.",
     [("call", ("GHA",), ("ESP",), "2024-02-28"), ("call", ("GHA",), ("PRT",), "2024-03-01")]),
    ("The President visited Togo on 27 February and then on 29 February travelled to Benin.",
     [("visit", ("GHA",), ("BEN",), "2024-02-29"), ("visit", ("GHA",), ("TGO",), "2024-02-27")]),
])
def test_each_predicate_keeps_its_partner_and_day(ex, text, want):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting", "call", "visit"]) == want


@pytest.mark.parametrize(("text", "want"), [
    # one verb, two days joined by "and": two occasions with the one partner
    ("The Minister met the Ambassador of Chile on 1 March and on 2 March.",
     [("meeting", ("GHA",), ("CHL",), "2024-03-01"),
      ("meeting", ("GHA",), ("CHL",), "2024-03-02")]),
    # the same day told for each verb: one each
    ("The Minister received the Ambassador of Chile on 1 March and on 1 March also met the "
     "Ambassador of Peru.",
     [("meeting", ("GHA",), ("CHL",), "2024-03-01"),
      ("meeting", ("GHA",), ("PER",), "2024-03-01")]),
])
def test_one_verb_with_two_days_or_one_day_each(ex, text, want):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == want
