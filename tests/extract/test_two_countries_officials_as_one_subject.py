"""Two countries' officials as one subject, then a verb of talk ("The foreign
ministers of A and B discussed ...", "A-ian and B-ian ministers exchanged views"):
a meeting of the two. When neither is the issuer, it is their meeting, not the
issuer's with each; and a country in the topic after the verb is no side (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple[list[str], list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date="2024-06-07").records
    return [(list(r.from_), list(r.to), r.date.start) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("The foreign ministers of Slovenia and Latvia discussed regional security in Riga "
     "on 5 June.", "LVA"),
    ("The heads of the foreign ministries of Slovenia and Croatia exchanged views on "
     "migration on 5 June.", "HRV"),
    ("Slovenian and Austrian foreign ministers reviewed rail links on 5 June in Graz.", "AUT"),
    ("On 5 June, the Presidents of Slovenia and Italy talked about the border region.",
     "ITA"),
])
def test_officials_of_the_issuer_and_another_as_subject_met(text: str, partner: str) -> None:
    assert _meetings(text, "SVN") == [(["SVN"], [partner], "2024-06-05")]


@pytest.mark.parametrize(("text", "sides"), [
    ("The foreign ministers of Russia and Ukraine met in Antalya on 5 June.",
     (["RUS"], ["UKR"])),
    ("Serbian and Kosovar leaders discussed the dialogue in Brussels on 5 June.",
     (["SRB"], ["XKX"])),
    ("The foreign ministers of Armenia, Azerbaijan and Georgia met in Tbilisi on 5 June.",
     (["ARM"], ["AZE", "GEO"])),
])
def test_others_as_one_subject_met_each_other(text: str, sides: tuple[list[str], list[str]]
                                              ) -> None:
    assert _meetings(text, "SVN") == [(sides[0], sides[1], "2024-06-05")]


@pytest.mark.parametrize(("text", "partners"), [
    # the issuer's official as the object: the issuer's meetings with each
    ("The foreign ministers of Russia and Ukraine met the Minister in Antalya on 5 June.",
     [["RUS"], ["UKR"]]),
    # envoys presenting credentials to the issuer's head of state: ours with each
    ("On 5 June the ambassadors of Chile and Ghana presented their credentials to "
     "President Pirc Musar.", [["CHL"], ["GHA"]]),
])
def test_others_with_an_object_met_the_issuer(text: str, partners: list[list[str]]) -> None:
    got = _meetings(text, "SVN")
    assert sorted(to for _, to, _ in got) == partners
    assert all(frm == ["SVN"] for frm, _, _ in got)


@pytest.mark.parametrize("text", [
    "On 5 June the Minister and her Ukrainian counterpart discussed support for Moldova.",
    "On 5 June Minister Fajon and Foreign Minister Sybiha of Ukraine exchanged views on "
    "the situation in Moldova.",
])
def test_a_country_in_the_topic_after_the_verb_is_no_side(text: str) -> None:
    assert _meetings(text, "SVN") == [(["SVN"], ["UKR"], "2024-06-05")]
