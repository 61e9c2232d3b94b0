"""Members of a body counted as the places visited ("has visited 12 of the Forum's
member countries", "nine ASEAN member states") make a figure, not a visit
to the body; a body's own seat visited stays a visit (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text", [
    "Counting this trip, the Minister has been in 12 of the Pacific Islands Forum's "
    "member countries.",
    "Since January the Minister has visited nine ASEAN member states.",
    "With this trip she has visited seven of the 16 member states of the Southern African "
    "Development Community.",
    "The Secretary has been to eight of the ten ASEAN countries in his first year.",
])
def test_members_counted_are_no_visit_to_the_body(text: str) -> None:
    got = records(text, "NZL", {"visit"}, date="2024-07-02", orgs=True)
    assert not got, got


def test_the_bodys_seat_visited_stays_a_visit() -> None:
    got = records("The Minister visited the ASEAN Secretariat in Jakarta on Monday.", "NZL",
                  {"visit"}, date="2024-07-02", orgs=True)
    assert got, got
