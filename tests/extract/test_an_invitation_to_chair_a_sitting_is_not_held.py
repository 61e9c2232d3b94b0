"""An invitation to chair or host a standing body's next sitting ("invited her counterpart
to co-chair the fifth session of the Joint Commission", "an invitation to visit A and
co-chair the next meeting of the Committee in 2026") names a sitting not yet held, as
an invitation to visit names no visit made; a sitting chaired at someone's invitation
was held (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Stockholm, 12 March 2025\n\n"
_BODIES = {"commission", "consultation"}


def _sittings(text: str) -> list[tuple]:
    return records(_HEAD + text, "SWE", _BODIES)


@pytest.mark.parametrize("text", [
    "Minister Anna Berg invited Foreign Minister Tomas Ruiz of Peru to co-chair the 5th "
    "session of the Sweden-Peru Joint Commission in Stockholm next year.",
    "Minister Anna Berg conveyed an invitation to Foreign Minister Tomas Ruiz of Peru to "
    "visit Sweden and co-chair the fifth meeting of the Sweden-Peru Joint Commission in 2026.",
    "On this occasion, the Minister handed over invitations from Prime Minister Lars Holm to "
    "President Elena Soto of Peru to visit Sweden, and from Foreign Minister Anna Berg to her "
    "Peruvian colleague Tomas Ruiz to visit Stockholm and co-chair the 5th session of the "
    "Sweden-Peru Intergovernmental Commission.",
    "Foreign Minister Tomas Ruiz of Peru was invited to chair, together with Minister Anna "
    "Berg, the next Sweden-Peru Joint Commission.",
    "State Secretary Olof Lind invited the Peruvian Vice Minister to co-host the third round "
    "of Sweden-Peru political consultations in Lima.",
])
def test_the_sitting_invited_to_is_no_record(text: str) -> None:
    assert _sittings(text) == []


def test_a_sitting_chaired_at_an_invitation_was_held() -> None:
    text = ("At the invitation of Foreign Minister Tomas Ruiz, Minister Anna Berg visited Peru "
            "and co-chaired the 5th session of the Sweden-Peru Joint Commission on 11 March.")
    assert _sittings(text) == [("commission", ("SWE",), ("PER",), "2025-03-11")]
