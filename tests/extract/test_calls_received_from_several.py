"""Calls in the plural received from several officials ("received congratulatory calls
from the Foreign Ministers of A and B", "took calls on Monday from the Presidents of C
and D") are one call with each, each placed by the other side; a teleconference
"between" the ministers of three countries is one call (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\nThe Ministry of Foreign Affairs informs.\n\n"


@pytest.mark.parametrize("text", [
    "Minister Sikorski received congratulatory calls on Wednesday from the Foreign Ministers "
    "of Chile and Peru.",
    "On Wednesday the President took calls from the Presidents of Chile and Peru.",
    "The Prime Minister received several phone calls on Wednesday from his counterparts of "
    "Chile and Peru.",
    "Minister Sikorski, who had just taken office, received calls of congratulation on "
    "Wednesday from the Foreign Ministers of Chile and Peru.",
])
def test_each_caller_placed_a_call(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types=["call", "meeting"])
    assert got == [("call", ("CHL",), ("POL",), "2024-05-08"),
                   ("call", ("PER",), ("POL",), "2024-05-08")]


def test_calls_made_to_several_are_the_issuers(ex):
    text = "On Wednesday the President made calls to the Presidents of Chile and Peru."
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types=["call", "meeting"])
    assert got == [("call", ("POL",), ("CHL",), "2024-05-08"),
                   ("call", ("POL",), ("PER",), "2024-05-08")]


def test_a_teleconference_between_three_is_one_call(ex):
    text = ("A trilateral teleconference between the foreign ministers of Poland, Chile and "
            "Peru took place on Wednesday.")
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types=["call"])
    assert got == [("call", ("POL",), ("CHL", "PER"), "2024-05-08")]
