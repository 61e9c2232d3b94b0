"""The presentation of credentials accepted ("accepted the presentation of
credentials from the new Ambassador of the United States") is a meeting with the
envoy's country; "Cote D'Ivoire", capital D, is Côte d'Ivoire (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract.text import find_places

_LEAD = "Palikir, 13 September 2023 - "


@pytest.mark.parametrize("text", [
    "On Wednesday, the President accepted the presentation of credentials from the new "
    "Ambassador of the United States, Jennifer Johnson.",
    "On Wednesday the President received the presentation of credentials by the incoming "
    "United States Ambassador.",
])
def test_credentials_presented_and_accepted_are_a_meeting(ex, text):
    assert ex(_LEAD + text, issuer="FSM", date="2023-09-13", types=["meeting"]) == [
        ("meeting", ("FSM",), ("USA",), "2023-09-13")]


@pytest.mark.parametrize("name", ["Cote D'Ivoire", "Côte D'Ivoire", "Cote D’Ivoire",
                                  "the Republic of Cote D’Ivoire"])
def test_cote_d_ivoire_with_a_capital_d_is_found(name):
    assert [m.code for m in find_places(name, "country")] == ["CIV"]
