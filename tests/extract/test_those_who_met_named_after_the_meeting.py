""""The US lawmakers who met with the Minister were A, B and C": after the meeting with
them was told, the sentence names who sat at it, no second meeting; told with no such
meeting before, it is the meeting itself (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize(("text", "code"), [
    ("The Minister also held a meeting with members of the US House Foreign Affairs "
     "Committee. The American lawmakers who met with the Minister were John Smith, Mary "
     "Jones and Peter Brown.", "USA"),
    ("The Minister also held a meeting with members of the US Congress. The US senators "
     "that met with the Foreign Minister were John Smith and Mary Jones.", "USA"),
    ("The Minister held talks with a delegation of the British Parliament. The British "
     "parliamentarians who held talks with the Minister were John Smith and Mary Jones.",
     "GBR"),
    ("The Minister held talks with a delegation of the German Bundestag. The German "
     "delegation that met the Minister included John Smith and Mary Jones.", "DEU"),
])
def test_one_meeting(text, code):
    assert dated_core("CHL", text, CORE) == [("meeting", ("CHL",), (code,), "2025-03-12")]


def test_with_no_such_meeting_told_it_is_the_meeting():
    text = ("The Minister received the Ambassador of Peru. The US lawmakers who met with the "
            "Minister were John Smith and Mary Jones.")
    assert dated_core("CHL", text, CORE) == [("meeting", ("CHL",), ("PER",), "2025-03-12"),
                                             ("meeting", ("CHL",), ("USA",), "2025-03-12")]
