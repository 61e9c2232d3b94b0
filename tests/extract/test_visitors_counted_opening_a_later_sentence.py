"""Visitors counted as the subject that opens a sentence, then named by example ("Many
foreign leaders came to Chile in 2021, among them the King of Spain"): each one named
is a guest of the host, whether the sentence is the text's first or follows another
(the count read from the sentence's own start, not the text's). A count with no
examples, or examples of what the guests did, name no guest (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_BEFORE = "The Minister reviewed the work of the year. "


def _came(text: str, issuer: str) -> list[str]:
    recs = extract_text(text, issuer=issuer, date="2022").records
    return sorted(r.from_[0] for r in recs if r.type == "visit" and r.to == [issuer])


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Many foreign leaders visited Chile in 2021, including the Spanish King and the "
     "Prime Minister of Portugal.", "CHL", ["ESP", "PRT"]),
    ("Several heads of state came to Ghana this year, among them the President of "
     "Senegal and the Nigerian President.", "GHA", ["NGA", "SEN"]),
    ("Numerous presidents paid visits to Peru during the year, such as the Presidents of "
     "Ecuador and Bolivia.", "PER", ["BOL", "ECU"]),
    ("Twelve foreign ministers visited Mongolia in 2022, notably the Foreign Ministers of "
     "Japan and Hungary.", "MNG", ["HUN", "JPN"]),
])
@pytest.mark.parametrize("before", ["", _BEFORE, "A year of change\n\n" + _BEFORE])
def test_each_guest_named_came(text: str, issuer: str, expected: list[str],
                               before: str) -> None:
    assert _came(before + text, issuer) == expected


@pytest.mark.parametrize(("text", "issuer"), [
    # no examples: the count alone is a figure
    ("Many foreign leaders visited Chile in 2021.", "CHL"),
    # the examples are of what was discussed, not of guests
    ("Many foreign leaders visited Chile in 2021, discussing issues including trade with "
     "Spain and Portugal.", "CHL"),
])
def test_no_guest_named(text: str, issuer: str) -> None:
    assert _came(_BEFORE + text, issuer) == []
