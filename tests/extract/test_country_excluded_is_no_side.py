"""A country named as left out of those met ("mostly with non-EU partners, excluding
Norway", "all his colleagues except Hungary", "with the
exception of the Foreign Minister of Serbia", "but not those of Lithuania") is no
side of the meeting, nor is an organisation after "non-" ("non-EU countries"); the
countries named as met still are."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "The Minister is in Vienna this week for the ministerial council of the OSCE. "


def _met(issuer: str, text: str) -> set[str]:
    return {c for r in extract_text(_HEAD + text, issuer=issuer, date="2021-09-27").records
            if r.type in ("meeting", "call") for c in r.to}


@pytest.mark.parametrize(("issuer", "text", "left_out", "met"), [
    ("CYP", "He had 18 bilateral talks that week, mostly with non-EU partners, excluding "
     "Norway, and three with heads of agencies.", "NOR", set()),
    ("EST", "He met the foreign ministers of Latvia and Finland, but not those of "
     "Lithuania.", "LTU", {"LVA", "FIN"}),
    ("SVK", "He had talks with the Foreign Minister of Croatia and with all the Western "
     "Balkan ministers other than the Foreign Minister of Kosovo.", "XKX", {"HRV"}),
    ("PRT", "He spoke by phone with the Foreign Minister of Spain, and met every Nordic "
     "colleague except for Iceland.", "ISL", {"ESP"}),
    ("IRL", "He met the Foreign Minister of Malta and, with the exception of Hungary and "
     "Poland, every counterpart present.", "HUN", {"MLT"}),
])
def test_the_country_left_out_is_not_met(issuer, text, left_out, met):
    found = _met(issuer, text)
    assert left_out not in found
    assert met <= found


@pytest.mark.parametrize(("issuer", "text", "met"), [
    # "except" before no country: nothing is left out
    ("CYP", "Except for a short walk, he spent the day in talks with the Foreign Minister "
     "of Egypt.", {"EGY"}),
    # the countries met, then another excluded: the first stays
    ("LVA", "He met the Foreign Minister of Norway, excluding any talks on fisheries.",
     {"NOR"}),
])
def test_what_is_met_stays(issuer, text, met):
    assert met <= _met(issuer, text)


@pytest.mark.parametrize(("issuer", "text"), [
    ("CYP", "He held 12 meetings with counterparts from non-EU countries."),
    ("NOR", "The Minister met several ministers of non-NATO partners."),
])
def test_an_organisation_after_non_is_no_side(issuer, text):
    recs = extract_text(_HEAD + text, issuer=issuer, date="2021-09-27").records
    assert not any(r.type == "meeting" and set(r.organizations) & {"EU", "NATO"}
                   for r in recs)
