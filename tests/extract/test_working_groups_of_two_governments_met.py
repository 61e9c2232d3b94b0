""""Working groups of the Mexican and Canadian governments held a high-level meeting":
teams of the two governments who met, a meeting, not the session of a standing working
group; a named joint working group's meeting still is one (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize("text", [
    "Working groups of the Mexican and Canadian governments held a high-level meeting in the "
    "Foreign Ministry to review trade.",
    "Working groups from the Mexican and Canadian governments met in Mexico City to review "
    "the bilateral agenda.",
    "At the Foreign Ministry, working groups of the governments of Mexico and Canada held a "
    "meeting to review trade.",
    "Working groups of both governments, Mexico and Canada, held a meeting at the Foreign "
    "Ministry.",
])
def test_a_meeting(text):
    assert dated_core("MEX", text, CORE) == [("meeting", ("MEX",), ("CAN",), "2025-03-12")]


def test_a_named_joint_working_group_holds_a_session():
    text = ("The Mexico-Canada Joint Working Group on Trade held its third meeting at the "
            "Foreign Ministry.")
    assert dated_core("MEX", text, CORE) == [("commission", ("MEX",), ("CAN",), "2025-03-12")]
