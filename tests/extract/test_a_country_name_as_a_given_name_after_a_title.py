"""A country's name that opens a person's name right after a title ("Foreign
Secretary Bharat Singh Rawal", "State Secretary Georgia Brandt", "Deputy Minister
Chad Walters") is the person's given name, not a side: the official is the issuer's
and the meeting is with the one met. A country after "of" stays the minister's, and
an office-holder of that country whose name opens with it keeps it (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"


def _meetings(text: str, issuer: str = "AUT") -> list[tuple]:
    return records(_HEAD + text, issuer, {"meeting"})


@pytest.mark.parametrize("text, issuer, met", [
    ("Foreign Secretary Bharat Singh Rawal met with the Foreign Minister of Peru in Lima "
     "on Tuesday.", "NPL", "PER"),
    ("State Secretary Georgia Brandt held talks with the Foreign Minister of Peru on "
     "Tuesday.", "AUT", "PER"),
    ("Deputy Minister Chad Walters met his Kenyan counterpart in Nairobi on Tuesday.",
     "AUT", "KEN"),
    ("On Tuesday, Secretary General India Moser received the Ambassador of Brazil.",
     "AUT", "BRA"),
    ("In Lima on Tuesday, Ambassador Jordan Ellis held a meeting with the Deputy Foreign "
     "Minister of Peru.", "AUT", "PER"),
])
def test_the_given_name_is_no_side(text: str, issuer: str, met: str) -> None:
    assert _meetings(text, issuer) == [("meeting", (issuer,), (met,), "2025-03-11")]


@pytest.mark.parametrize("text, met", [
    # the country after "of" is the minister's
    ("The Minister met the Foreign Minister of Georgia Maka Kobalia on Tuesday.", "GEO"),
    # a country before no name at all
    ("On Tuesday the Minister met the Ambassador of Jordan in Vienna.", "JOR"),
])
def test_the_country_itself_still_counts(text: str, met: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), (met,), "2025-03-11")]


def test_an_office_holder_named_for_that_country_keeps_it() -> None:
    text = "Vienna, 12 March 2024\n\nThe Minister met Foreign Minister Israel Katz on Tuesday."
    assert records(text, "AUT", {"meeting"}) == [("meeting", ("AUT",), ("ISR",), "2024-03-12")]
