"""Digests of several unrelated items: each item keeps its own date and
partner; an undated item takes the digest's span, not the day of the item
before it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._context import is_digest

WEEKLY = """Weekly digest of the Ministry, 3 to 7 June 2024

Talks with Finland
On 3 June the Minister held talks with the Foreign Minister of Finland in Tbilisi.

Ambassador of Ghana received
The Deputy Minister received the Ambassador of Ghana.

Political consultations with Peru
Political consultations between the foreign ministries of Georgia and Peru took place.
"""

HEADED = """Diplomatic news

Minister in Helsinki
On 3 June 2024 the Minister paid a visit to Finland.

Credentials
The Ambassador of Ghana presented a copy of his credentials to the Deputy Minister.

Consultations
The two sides held political consultations with the delegation of Peru.

Lecture
The Minister gave a lecture at the Diplomatic Academy.
"""


@pytest.mark.parametrize("text", [WEEKLY, HEADED])
def test_a_text_of_headed_unrelated_items_is_a_digest(text):
    assert is_digest(text)


def test_a_readout_with_one_title_is_no_digest():
    assert not is_digest("Minister meets Finnish counterpart\n\nOn 3 June 2024 the Minister "
                         "held talks with the Foreign Minister of Finland.\n")


@pytest.mark.parametrize("text", [WEEKLY, HEADED])
def test_an_undated_item_does_not_take_the_day_of_the_item_before(text):
    res = extract_text(text, issuer="GEO", date="2024")
    days = {r.to[0]: (r.date.start, r.date.end) for r in res.records if r.to}
    assert days["FIN"] == ("2024-06-03", None)
    assert days["GHA"] != ("2024-06-03", None) and days["PER"] != ("2024-06-03", None)


def test_an_undated_item_takes_the_digests_span():
    res = extract_text(WEEKLY, issuer="GEO", date="2024")
    ghana = next(r for r in res.records if r.to == ["GHA"])
    assert (ghana.date.start, ghana.date.end) == ("2024-06-03", "2024-06-07")
    assert "digest" in res.date_reason


def test_the_partner_of_one_item_is_not_the_next_items():
    res = extract_text(HEADED, issuer="GEO", date="2024")
    assert [r.to for r in res.records if r.type == "consultation"] == [["PER"]]
    assert not any(r.to == ["GHA"] and r.type == "consultation" for r in res.records)
