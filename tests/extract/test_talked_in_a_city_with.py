"""A place between a verb of talking and its partner ("talked in Geneva with the
Secretary General of ...", "conferred at the Hague with", "exchanged views in Oslo
with"): the partner after "with" is met, as with no place between. A place after
which no one is named after "with" ("talked in Geneva with a view to ...") gives no
meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "VIENNA, March 12 (APA) - "


def _meetings(text: str) -> list[tuple]:
    return [r[:3] for r in records(_HEAD + text, "AUT", {"meeting"}, date="2025")]


@pytest.mark.parametrize("text, partner", [
    ("Foreign Minister Lena Hof talked in Geneva with the Foreign Minister of Chile, "
     "Ana Soto.", "CHL"),
    ("Member of the Federal Government Lena Hof talked in Strasbourg with Secretary General "
     "of the Council of Europe Marco Bruni.", ""),
    ("Foreign Minister Lena Hof conferred in Oslo with her Danish counterpart Jens Holm.",
     "DNK"),
    ("Foreign Minister Lena Hof exchanged views in Rome with the Maltese Foreign Minister, "
     "Paul Borg.", "MLT"),
    ("Foreign Minister Lena Hof talked at The Hague with the Dutch Foreign Minister on "
     "the court's work.", "NLD"),
])
def test_the_partner_after_the_place_is_met(text: str, partner: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), (partner,) if partner else ())]


def test_a_purpose_after_the_place_is_no_partner() -> None:
    # a near miss: no one named after "with"
    text = ("Foreign Minister Lena Hof talked in Geneva with a view to reviving the "
            "negotiations.")
    assert _meetings(text) == []
