"""A visit named by a participle and its visitor after "by" ("the three-day trip paid
by the Premier of A", "the official visit made by President B"), with no host
after it, is the guest's visit to the issuer, as "the visit of" a guest is; with a host
named after the visitor, that host's (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("The short visit paid by the Mongolian Prime Minister came to a close today with "
     "a call on President Xi.", "CHN", ("MNG", "CHN")),
    ("The official visit made by the Prime Minister of Japan ended on Friday with a "
     "dinner.", "KEN", ("JPN", "KEN")),
    ("The working visit carried out by the Foreign Minister of Peru came to an end "
     "yesterday.", "CHL", ("PER", "CHL")),
    ("The state visit paid by Kenyan President William Ruto concluded on Friday.",
     "GHA", ("KEN", "GHA")),
    ("A three-day visit conducted by the Vietnamese Deputy Prime Minister wrapped up "
     "today.", "LAO", ("VNM", "LAO")),
])
def test_the_visitor_after_by_comes_to_the_issuer(text, issuer, expected):
    got = records(text, issuer, {"visit"}, date="2024-05-10")
    assert [(r[1], r[2]) for r in got] == [((expected[0],), (expected[1],))]


def test_a_host_named_after_the_visitor_is_the_host():
    got = records("The state visit paid by the President of Ghana to Nigeria ended on "
                  "Friday.", "KEN", {"visit"}, date="2024-05-10")
    assert [(r[1], r[2]) for r in got] == [(("GHA",), ("NGA",))]


def test_the_issuers_own_visit_abroad_stays_its_own():
    got = records("The visit paid by the Prime Minister to Paris last year was a success.",
                  "MNG", {"visit"}, date="2024-05-10")
    assert got == [event("visit", "MNG", "FRA", "2023")]
