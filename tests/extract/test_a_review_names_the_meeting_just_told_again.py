"""In a review, where events are dated by their month, a sentence that names the
meeting just told again as the occasion of what was said ("Talks during the meeting
covered trade", "Discussions at the meeting focused on fisheries") tells no second
meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TITLE = "Review of the foreign policy results of the year 2013\n\n"


def _meetings(text: str) -> list[tuple]:
    recs = extract_text(_TITLE + text, issuer="QAT", date="2013-12-20").records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "partner", "month"), [
    ("In August 2013, the Emir paid a visit to Peru and met President Jose Soto. Talks "
     "during the meeting covered trade and investment.", "PER", "2013-08"),
    ("In March, the Minister met the Foreign Minister of Chile, Ana Vidal. Discussions at "
     "the meeting focused on fisheries.", "CHL", "2013-03"),
    ("In June, the Emir received King Harald of Norway. The talks during the audience "
     "covered energy.", "NOR", "2013-06"),
    ("In May, the Minister held talks with Foreign Minister Kofi Mensah of Ghana. "
     "Exchanges at these talks centred on security.", "GHA", "2013-05"),
])
def test_one_meeting_is_told(text: str, partner: str, month: str) -> None:
    assert _meetings(text) == [((partner,), month)]


def test_a_second_meeting_of_the_same_month_named_anew_stays() -> None:
    text = ("In May, the Minister met the Foreign Minister of Ghana in Accra. In May, the "
            "Minister also met the Foreign Minister of Ghana in Paris.")
    assert _meetings(text) == [(("GHA",), "2013-05"), (("GHA",), "2013-05")]
