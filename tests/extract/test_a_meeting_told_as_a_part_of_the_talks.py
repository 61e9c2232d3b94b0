"""A meeting whose sentence opens on the talks just told and the two sides ("Prior to the
official talks, both ministers met at the palace", "After the negotiations, the two
ministers met at a museum") is a part of that occasion, not a second meeting; a
meeting of theirs on another day stays its own (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text

_HEAD = ("Stockholm, 8 March 2018\n\nForeign Minister Anna Berg met with her Greek counterpart, "
         "Nikos Dendias, on 8 March in Stockholm for long discussions.\n\n"
         "The two ministers talked about the situation in Syria.\n\n")


def _met(text: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(text, issuer="SWE").records
    return [(list(r.to), r.date.start) for r in recs if r.type == "meeting"]


def test_prior_to_the_official_talks_both_ministers_met() -> None:
    assert _met(_HEAD + "Prior to their formal talks, both Foreign Ministers met in the Royal "
                "Palace to watch the changing of the guard.") == [(["GRC"], "2018-03-08")]


def test_before_the_talks_the_two_ministers_met() -> None:
    assert _met(_HEAD + "Before the talks, the two ministers met at the City Hall.") \
        == [(["GRC"], "2018-03-08")]


def test_after_the_meeting_both_ministers_met_again() -> None:
    assert _met(_HEAD + "After the meeting, both ministers met at the National Museum for an "
                "exhibition.") == [(["GRC"], "2018-03-08")]


def test_another_day_stays_its_own_meeting() -> None:
    assert _met(_HEAD + "Before the talks, the two ministers had already met in Athens on "
                "2 February.") == [(["GRC"], "2018-03-08"), (["GRC"], "2018-02-02")]
