"""A signing told in a later clause of the sentence of an event with one partner,
with no partner of its own ("...; an agreement on X was also signed", "..., and two
memoranda were signed"), is with that partner — in a review too, where no partner
is carried from sentence to sentence (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

#: months enough to make the text a review of the half-year (see _context.is_review)
_REVIEW_TAIL = ("\n\nIn January, February, April, May and June the Minister also took part "
                "in sessions of several international organisations.\n")


def _agreements(text: str, issuer: str, review: bool) -> list[tuple[list[str], str | None]]:
    if review:
        text = "Our diplomacy in the first half of 2025\n\n" + text + _REVIEW_TAIL
    recs = extract_text(text, issuer=issuer, date="2025-07-02").records
    return [(list(r.to), r.date.start) for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("review", [True, False], ids=["review", "readout"])
@pytest.mark.parametrize(("issuer", "text", "partner", "day"), [
    ("HUN", "On 20 and 21 March, the Minister paid a visit to Belgrade, where he co-chaired "
     "with the Serbian Minister of Trade the session of the joint committee; a new "
     "agreement on a gas interconnector was also signed.", "SRB", "2025-03-20"),
    ("CHL", "On 8 April the Foreign Minister held talks in Lima with her Peruvian "
     "counterpart, and two memoranda of understanding on border crossings were signed.",
     "PER", "2025-04-08"),
    ("KEN", "The Cabinet Secretary received the Foreign Minister of Ghana in Nairobi on "
     "12 May; a protocol on visa exemption was signed at the end of the talks.",
     "GHA", "2025-05-12"),
])
def test_a_signing_in_a_later_clause_takes_the_partner_of_the_event_before(
        issuer: str, text: str, partner: str, day: str, review: bool) -> None:
    got = _agreements(text, issuer, review)
    assert len(got) == 1
    assert got[0][0] == [partner]
    assert (got[0][1] or "").startswith(day[:7])


@pytest.mark.parametrize("review", [True, False], ids=["review", "readout"])
@pytest.mark.parametrize(("issuer", "text"), [
    # a signing with a partner of its own keeps it
    ("HUN", "On 20 March the Minister visited Belgrade; an agreement with Slovakia on "
     "river transport was signed on the same day in Bratislava by the State Secretary."),
])
def test_a_signing_with_a_partner_of_its_own_keeps_it(issuer: str, text: str,
                                                        review: bool) -> None:
    assert [to for to, _ in _agreements(text, issuer, review)] == [["SVK"]]


@pytest.mark.parametrize(("issuer", "text"), [
    # an event with two partners before: which one signed is not told
    ("CHL", "On 8 April the Foreign Minister met the foreign ministers of Peru and "
     "Bolivia in Lima; an agreement on water resources was also signed."),
    # a signing only planned
    ("CHL", "On 8 April the Foreign Minister held talks in Lima with her Peruvian "
     "counterpart; an agreement on border crossings is to be signed in June."),
])
def test_no_partner_is_guessed_for_a_review_signing(issuer: str, text: str) -> None:
    assert [to for to, _ in _agreements(text, issuer, True) if to] == []
