"""A conversation had, then its medium ("had a conversation over the phone with A",
"held talks by telephone with B", "had a brief exchange via video link with C") is a
call; "spoke" with its day and month between it and "with" ("spoke on 6 May with A")
is one too. Talks about telephones, or speaking at a conference, are none (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs
            if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text, partner", [
    ("The Minister had a conversation over the phone with Japanese Foreign Minister Ken "
     "Sato on 5 May.", "JPN"),
    ("Foreign Minister Holm had a conversation by telephone with Foreign Minister of "
     "Chile on 5 May.", "CHL"),
    ("The Foreign Minister held talks by telephone with her Austrian counterpart on 5 "
     "May.", "AUT"),
    ("On 5 May the Prime Minister had a brief exchange over the phone with the Chancellor "
     "of Austria.", "AUT"),
    ("The Minister had discussions via videoconference with Foreign Minister of India on "
     "5 May.", "IND"),
    ("Foreign Minister Holm spoke on 5 May with Hakan Fidan, Minister of Foreign Affairs "
     "of Türkiye.", "TUR"),
    ("The President spoke on May 5 with the Prime Minister of Spain.", "ESP"),
])
def test_a_call(text: str, partner: str) -> None:
    assert _calls(text) == [("call", ["NOR"], [partner], "2024-05-05")]


@pytest.mark.parametrize("text", [
    "The Foreign Minister spoke on 5 May at the conference on Arctic security organised "
    "by the Government of Iceland.",
    "The Minister spoke on 5 May to students of the Diplomatic Academy of Vienna about "
    "Norway's foreign policy.",
    "The ministers held discussions on telephone tariffs and roaming within the EEA on 5 "
    "May.",
    "The Minister held talks on the phone situation in rural areas with operators on 5 "
    "May.",
])
def test_no_call(text: str) -> None:
    assert _calls(text) == []
