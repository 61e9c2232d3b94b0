"""Talks told by "conducted", in the passive or with an adjunct between the noun and its
partner ("Talks were conducted on 4 March with the delegation of Canada", "conducted
talks in an extended format with the Canadian delegation"), are a meeting as "held
talks" is (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text", [
    "Talks were conducted on 4 March with the delegation of Canada.",
    "On 4 March negotiations were conducted in Riga with the Canadian delegation.",
    "The ministers conducted talks in an extended format with the Canadian delegation on "
    "4 March.",
    "The two ministries conducted talks at the level of political directors on 4 March in "
    "Riga with the delegation of Canada.",
    "The State Secretary conducted negotiations on trade with the Foreign Minister of "
    "Canada on 4 March.",
])
def test_talks_conducted_are_a_meeting(text: str) -> None:
    assert records(text, "LVA", CORE, date="2024-03-05") == [
        event("meeting", "LVA", "CAN", "2024-03-04")]
