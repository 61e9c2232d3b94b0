"""More ways a call is told: "placed a call to A" (its maker the subject), "put a
call through to B", "contacted C by telephone", in the passive "was contacted by phone
(on a day) by D" (the caller after "by"), and talks or a meeting held by video with a
partner ("held video talks with E", "had a video meeting with F"). A session of others
joined by video stays a multilateral, a letter or message is no call (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="POL", date="2025-06-12").records
    return [(r.type, r.from_, r.to, r.organizations, r.date.start) for r in recs
            if r.type in ("call", "meeting", "multilateral")]


@pytest.mark.parametrize("text, caller, callee", [
    ("The Foreign Minister placed a call to the Foreign Minister of Japan on 11 June.",
     "POL", "JPN"),
    ("The State Secretary placed a call on Wednesday to the Deputy Foreign Minister of "
     "Moldova.", "POL", "MDA"),
    ("The Foreign Minister of Japan placed a call to Minister Nowak on 11 June.",
     "JPN", "POL"),
    ("Minister Nowak put a call through to the Foreign Minister of Ireland on 11 June.",
     "POL", "IRL"),
    ("The Minister contacted the Foreign Minister of Italy by telephone on 11 June.",
     "POL", "ITA"),
    ("The State Secretary was contacted by telephone on 11 June by the Deputy Foreign "
     "Minister of Armenia.", "ARM", "POL"),
    ("Minister Nowak was contacted by phone on 11 June by his Swiss counterpart.",
     "CHE", "POL"),
])
def test_who_called(text: str, caller: str, callee: str) -> None:
    assert _contacts(text) == [("call", [caller], [callee], [], "2025-06-11")]


@pytest.mark.parametrize("text, partner, orgs", [
    ("Minister Nowak held video talks with the Foreign Minister of Australia on 11 June.",
     ["AUS"], []),
    ("Deputy Minister Wiśniewska had a video meeting with the Deputy Foreign Minister of "
     "Japan on 11 June.", ["JPN"], []),
    ("The Minister had a video meeting with the Secretary General of NATO on 11 June.",
     [], ["NATO"]),
    ("On 11 June the President held video-talks with the President of Chile.", ["CHL"], []),
])
def test_by_video(text: str, partner: list[str], orgs: list[str]) -> None:
    assert _contacts(text) == [("call", ["POL"], partner, orgs, "2025-06-11")]


def test_a_session_joined_by_video() -> None:
    assert _contacts("Minister Nowak took part in a video meeting of the foreign "
                     "ministers of the Bucharest Nine on 11 June.") == [
        ("multilateral", ["POL"], [], ["B9"], "2025-06-11")]


@pytest.mark.parametrize("text", [
    "Minister Nowak exchanged letters with the Foreign Minister of Chile on 11 June.",
    "Minister Nowak sent a letter to the Foreign Minister of Chile on 11 June.",
    "The Minister received a message from the Secretary of State of the United States.",
    "The Ministry contacted the families of the passengers by telephone on 11 June.",
    "The Minister placed a wreath at the monument on 11 June.",
])
def test_no_call(text: str) -> None:
    assert _contacts(text) == []
