"""A format named by its countries joined by dashes ("the Poland – Lithuania – Ukraine
Trilateral, whose inaugural meeting was held in Lviv", "the first meeting of the
A-B-C trilateral format was held") is one meeting of those countries, whatever else
the sentence names ("Russia's blockade of the ports"); a hyphenated chain that
includes the issuer keeps every member a side. A trilateral named by its countries
with no meeting told is no event."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(issuer: str, text: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(r.to), r.date.start)
            for r in extract_text(text, issuer=issuer, date="2022").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("issuer", "text", "sides", "date"), [
    ("POL", "With the war in Ukraine ongoing and Russia’s blockade of the ports, Poland set "
     "up the Poland – Lithuania – Ukraine Trilateral, whose inaugural meeting was held in "
     "Lviv in July 2022.", ["LTU", "UKR"], "2022-07"),
    ("ROU", "The first meeting of the Romania-Bulgaria-Greece trilateral format was held in "
     "March 2022 in Sofia.", ["BGR", "GRC"], "2022-03"),
    ("EGY", "Egypt hosted in Cairo, in May 2022, the second meeting of the Egypt – Cyprus – "
     "Greece trilateral mechanism, which met at summit level.", ["CYP", "GRC"], "2022-05"),
    ("LTU", "Amid the crisis, the Lithuania – Poland – Ukraine Triangle, whose third meeting "
     "was held in Kyiv in October 2022, adopted a declaration.", ["POL", "UKR"], "2022-10"),
])
def test_the_format_meets_with_its_own_countries(issuer, text, sides, date):
    assert _meetings(issuer, text) == [(sides, date)]


@pytest.mark.parametrize(("issuer", "text"), [
    # named, never told to meet
    ("POL", "The Minister spoke about the future of the Poland – Lithuania – Ukraine "
     "Trilateral."),
    # a pair that does not name us is still a name, not the sides
    ("POL", "The Minister discussed the EU-India agreement with the ambassadors."),
])
def test_no_meeting_of_a_format_only_named(issuer, text):
    assert _meetings(issuer, text) == []
