"""An audience or meeting told again with "the" ("Speaking to journalists after the
courtesy audience, the Ambassador said ...", "The audience, she said, was ...",
"He added the meeting offered ..."), with nobody new met, is the one told before:
one event, one record; a new audience with someone else still is one (sentences of
our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Accra, 6 June 2022\n\nThe Minister for Foreign Affairs, Kwame Asante, on 3 June "
         "2022 received in audience the outgoing Ambassador of Norway to Ghana, Ingrid "
         "Solberg. ")


@pytest.mark.parametrize("again", [
    "Speaking to journalists after the courtesy audience, Ingrid Solberg said Norway and "
    "Ghana had built strong ties during her tenure.",
    "Addressing the press following the farewell audience, Ambassador Solberg praised the "
    "cooperation between Ghana and Norway.",
    "The audience, she said, was a chance to review the relations of Ghana and Norway "
    "with Minister Asante.",
    "She said the audience gave her the occasion to thank Minister Asante for the support "
    "Norway has enjoyed in Ghana.",
])
def test_an_audience_told_again_with_the_is_one_meeting(ex, again):
    got = ex(_LEAD + again, issuer="GHA", date="2022-06-06", types=["meeting"])
    assert got == [("meeting", ("GHA",), ("NOR",), "2022-06-03")]


@pytest.mark.parametrize("again", [
    "Later that day the Minister received in audience the Ambassador of Norway's "
    "neighbour, the Ambassador of Sweden to Ghana, Lars Berg.",
    "After the audience, Minister Asante received the Ambassador of Sweden to Ghana, "
    "Lars Berg.",
])
def test_a_new_audience_with_someone_else_is_a_second_meeting(ex, again):
    got = ex(_LEAD + again, issuer="GHA", date="2022-06-06", types=["meeting"])
    assert ("meeting", ("GHA",), ("SWE",), "2022-06-03") in got
