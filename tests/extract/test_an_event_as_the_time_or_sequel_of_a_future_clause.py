"""An event named as the time or the sequel of what a clause in the future tells ("will
also sign a memorandum during their bilateral meeting", "is expected to meet the
President, followed by talks with the Foreign Minister"): not held yet. Told in the past
it was held (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "7 September 2022\n\n"


@pytest.mark.parametrize("text", [
    "The visiting Foreign Minister of Fiji and the Minister will also sign a memorandum on "
    "visas during their bilateral meeting.",
    "The Minister is expected to meet the President of Fiji, followed by talks with the "
    "Foreign Minister of Fiji.",
    "The two ministers are due to address the press at the close of their talks with the "
    "Prime Minister of Fiji.",
    "On Friday the Minister will present the new strategy in Suva at a meeting with the "
    "Fijian Foreign Minister.",
    "A joint statement will be issued at the end of the meeting with the Fijian delegation, "
    "officials said.",
])
def test_the_event_is_not_held_yet(ex, text):
    assert ex(_DAY + text, issuer="SLB", date="2022-09-07", types=["meeting"]) == []


def test_told_in_the_past_it_was_held(ex):
    got = ex(_DAY + "The two ministers signed a memorandum on visas during their bilateral "
             "meeting with the Fijian delegation today.", issuer="SLB", date="2022-09-07",
             types=["meeting"])
    assert got == [("meeting", ("SLB",), ("FJI",), "2022-09-07")]
