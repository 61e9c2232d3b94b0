"""The meeting named again ("during the meeting", "during the talks") with what our
minister said at it: her plan "to foster relations between the EU and the African
Union", "to advance dialogue", "to endorse a partnership" is what she spoke of, so the
bodies (or countries) whose ties she would promote are no sides of a meeting of their
own, as with "to strengthen" or "to deepen". One met to promote such ties (the body's
official named before the purpose) is still met (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Madrid, 12 March 2025\n\nForeign Minister Lena Hof met her Omani counterpart in Muscat. "
_MET = ("meeting", ("ESP",), ("OMN",), "2025-03-12")


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + text, "ESP", {"meeting"}, orgs=True)


@pytest.mark.parametrize("text", [
    "Hof referred during the meeting to her plan to foster relations between the EU and the "
    "African Union.",
    "Hof mentioned during the talks her idea to advance dialogue between the EU and the "
    "African Union.",
    "Hof outlined during the talks her proposal to advance cooperation between the EU and "
    "the African Union.",
    "Hof pointed during the talks to her idea to endorse a partnership between the EU and "
    "the African Union.",
    "Hof recalled during the meeting her initiative to intensify relations between the EU "
    "and the African Union.",
])
def test_the_ties_she_would_foster_are_what_was_said(text: str) -> None:
    assert _meetings(text) == [(*_MET[:3], (), _MET[3])]


def test_an_official_met_to_promote_ties_is_still_met() -> None:
    text = ("Later Hof met the Chairperson of the African Union Commission to promote ties "
            "between the EU and the African Union.")
    assert _meetings(text) == [("meeting", ("ESP",), (), ("AUC",), "2025-03-12"),
                               (*_MET[:3], (), _MET[3])]
