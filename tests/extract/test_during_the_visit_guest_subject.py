"""A sentence opened by a visit named bare ("During the visit, ...", "Within the
framework of the visit, ...", "In the course of the visit, ...") whose subject is a
guest of another country met by the issuer's side ("the Foreign Secretary of Kenya
called on ...", "the Kenyan delegation was received by ...") tells that guest's
visit to the issuer, when no visit of that country was reported yet (sentences of
our own)."""

from __future__ import annotations

import pytest

HEAD = ("Warsaw, 10 May 2024\n\nThe second round of political consultations between "
        "Poland and Kenya was held in Warsaw on 8 May 2024.\n\n")


@pytest.mark.parametrize("text", [
    "During the visit, the Foreign Secretary of Kenya called on the Prime Minister.",
    "Within the framework of the visit, the Kenyan delegation was received by the Deputy "
    "Prime Minister.",
    "In the course of the visit, the Kenyan Principal Secretary also met the Speaker of the "
    "Sejm and the Minister of Climate.",
    "During this visit, the head of the Kenyan delegation was granted an audience by the "
    "President.",
    "As part of the visit, the Principal Secretary of Kenya held talks with the Deputy "
    "Minister of Finance.",
])
def test_the_guest_of_a_bare_visit_is_the_visitor(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert [g[:3] for g in got] == [("visit", ("KEN",), ("POL",))], got


def test_a_visit_reported_before_is_not_told_again(ex):
    text = ("Warsaw, 10 May 2024\n\nThe Foreign Secretary of Kenya paid an official visit to "
            "Poland on 8 and 9 May 2024.\n\nDuring the visit, the Foreign Secretary of Kenya "
            "called on the Prime Minister.")
    got = ex(text, issuer="POL", date="2024-05-10", types={"visit"})
    assert len(got) == 1, got


@pytest.mark.parametrize("text", [
    # the country follows the verb: the issuer's own official met a guest
    "During the visit, the Minister met the Kenyan Principal Secretary.",
    # the issuer's delegation is the subject: no guest named
    "Within the framework of the visit, the Polish delegation was received by the Speaker.",
    # the visit is named with its visitor: the ordinary visit frame reads it
    "After the consultations, the Minister discussed trade with the Kenyan side.",
])
def test_no_guest_subject_no_visit(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert got == [], got
