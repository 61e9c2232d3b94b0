"""An earlier meeting of three foreign ministers recalled with its day ("Friday's session
builds on the meeting of the ministers of foreign affairs of A, B and C on 12 March 2021 in
Lublin") was held on that day, one meeting with both other sides, though the talks
that build on it are still ahead; a meeting being prepared stays ahead (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text", [
    "Friday's session follows up on the meeting of the ministers of foreign affairs of Ukraine, "
    "Poland and Lithuania on 12 March 2021 in Lublin, which set up the format.",
    "Friday's talks will build on the meeting of the ministers of foreign affairs of "
    "Poland, Ukraine and Lithuania on 12 March 2021 in Lublin.",
    "The ministers will take forward the meeting of the ministers of foreign affairs of "
    "Lithuania, Poland and Ukraine on 12 March 2021 in Lublin.",
    "Recalling the meeting of the ministers of foreign affairs of Ukraine, Lithuania and Poland on "
    "12 March 2021 in Lublin, the sides will meet again in Kyiv.",
])
def test_the_recalled_meeting_was_held(text: str) -> None:
    got = records("Kyiv, 4 July 2024\n\n" + text, "UKR", {"meeting"}, date="2024")
    assert ("meeting", ("UKR",), ("LTU", "POL"), "2021-03-12") in [
        (r[0], r[1], tuple(sorted(r[2])), r[3]) for r in got], got


def test_a_meeting_being_prepared_stays_ahead() -> None:
    got = records("Kyiv, 4 July 2024\n\nPreparations are under way for the meeting of the "
                  "foreign ministers of Ukraine, Poland and Lithuania on 20 September 2024.",
                  "UKR", {"meeting"}, date="2024")
    assert not got, got
