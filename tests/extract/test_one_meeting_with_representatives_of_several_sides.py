"""One meeting, in the singular, with representatives, delegates or officials of
several sides ("hosted a meeting with representatives from A and B") is one
occasion: one record with all of them. Meetings in the plural, a group met
separately, or a second meeting told after the first stay one record each (texts of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("The Minister hosted a meeting with representatives from Sweden and the Republic of "
     "Finland in Oslo on 3 May 2023.", ("SWE", "FIN")),
    ("On 3 May 2023 the Minister held a meeting with delegates of Denmark and Iceland on "
     "Arctic fisheries.", ("DNK", "ISL")),
    ("On 3 May 2023 the Minister had a joint meeting with the delegations of Denmark and "
     "Iceland.", ("DNK", "ISL")),
    ("The State Secretary, assisted by her advisers, hosted a meeting with officials from "
     "Chile and Peru in Bergen on 3 May 2023.", ("CHL", "PER")),
])
def test_one_meeting_with_a_mixed_group_is_one_record(ex, text, partners):
    assert ex(text, issuer="NOR", types={"meeting"}) == [
        ("meeting", ("NOR",), partners, "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The Minister met representatives from Denmark and Iceland separately on 3 May 2023.",
    "On 3 May 2023 the Minister held meetings with representatives of Denmark and Iceland.",
    "On 3 May 2023 the Minister held a meeting with officials of Denmark and then with "
    "officials of Iceland.",
])
def test_meetings_apart_stay_one_each(ex, text):
    assert ex(text, issuer="NOR", types={"meeting"}) == [
        ("meeting", ("NOR",), ("DNK",), "2023-05-03"),
        ("meeting", ("NOR",), ("ISL",), "2023-05-03")]
