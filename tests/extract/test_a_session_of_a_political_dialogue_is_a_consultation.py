"""A session of a standing political, strategic or policy dialogue between two states
("held a session of political dialogue with Indonesia", "the second session of the
policy dialogue between Switzerland and Kenya was held") is a consultation, as a round
of it is; a session to come is not one held (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "other"), [
    ("Bern, 5 May 2024. The State Secretary held a session of political dialogue with "
     "Indonesia in Jakarta on 4 May.", "IDN"),
    ("Bern, 5 May 2024. On 4 May the second session of the policy dialogue between "
     "Switzerland and Kenya was held in Nairobi.", "KEN"),
    ("Bern, 5 May 2024. The Swiss and Vietnamese deputy foreign ministers co-chaired the "
     "session of political dialogue in Hanoi on 4 May.", "VNM"),
    ("Bern, 5 May 2024. A session of the strategic dialogue between Switzerland and "
     "Brazil took place in Brasilia on 4 May.", "BRA"),
])
def test_a_session_of_the_dialogue(text, other):
    assert records(text, "CHE", CORE) == [event("consultation", "CHE", other, "2024-05-04")]


def test_a_session_to_come_is_not_held():
    text = ("Bern, 5 May 2024. The next session of political dialogue with Indonesia will "
            "be held in Bern.")
    assert records(text, "CHE", {"consultation"}) == []
