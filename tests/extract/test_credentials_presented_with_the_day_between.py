"""Letters of credence presented with the day between the verb and the letters, in
either order and with or without "on" ("presented March 3 their credentials",
"handed over 12 June 2019 his letters of credence", "submitted on Tuesday"): a meeting
with each envoy's country on that day. A presentation only planned stays none
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ambassadors of Chile and Kenya presented March 3 their Letters of Credence to "
     "the President.",
     [event("meeting", "MNG", "CHL", "2016-03-03"), event("meeting", "MNG", "KEN", "2016-03-03")]),
    ("The new Ambassador of Portugal presented 3 March her credentials to the Head of "
     "State.",
     [event("meeting", "MNG", "PRT", "2016-03-03")]),
    ("The Ambassador of Peru handed over March 3rd, 2016 his letters of credence to the "
     "President.",
     [event("meeting", "MNG", "PER", "2016-03-03")]),
    ("Envoys of the Republic of Ghana, the Kingdom of Norway and the State of Qatar "
     "submitted on March 3 their letters of credence to the President.",
     [event("meeting", "MNG", "GHA", "2016-03-03"), event("meeting", "MNG", "NOR", "2016-03-03"),
      event("meeting", "MNG", "QAT", "2016-03-03")]),
    ("The Ambassador of Chile presented Thursday his credentials to the President.",
     [event("meeting", "MNG", "CHL", "2016-03-03")]),
])
def test_the_day_between_verb_and_letters(text, expected):
    assert records(text, "MNG", {"meeting"}, date="2016-03-05") == sorted(expected)


def test_a_presentation_still_ahead_gives_none():
    text = "The Ambassador of Chile will present March 9 his credentials to the President."
    assert records(text, "MNG", {"meeting"}, date="2016-03-05") == []
