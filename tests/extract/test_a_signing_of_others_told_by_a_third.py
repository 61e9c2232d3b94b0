"""A signing of two other countries, on which the issuer only comments, is theirs:
the signatories as the agent of a passive ("the memorandum signed on Monday by A and
B"), as the subject after "noted that", "said that", or as those congratulated "on the
accord they signed". It is never an agreement of the issuer with each of them. Where
the issuer or its people sign, or the signatories sign "with our ministry", the
issuer's reading stands (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("France welcomes the memorandum signed on Monday by Rwanda and Burundi in Geneva.",
     event("agreement", "RWA", "BDI", "2024-06-10")),
    ("An accord signed yesterday by Ghana and Togo was welcomed by France.",
     event("agreement", "GHA", "TGO", "2024-06-09")),
    ("France welcomes the agreement signed in Doha on 8 June by the foreign ministers of "
     "Rwanda and Burundi.", event("agreement", "RWA", "BDI", "2024-06-08")),
    ("The truce was signed by Ethiopia and Eritrea, France's Foreign Ministry noted on "
     "8 June.", event("agreement", "ETH", "ERI", "2024-06-08")),
])
def test_a_signing_by_two_others_in_the_passive_is_theirs(text: str, expected: tuple) -> None:
    assert records(text, "FRA", CORE, date="2024-06-10") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Spokesperson: France has noted that Serbia and Montenegro signed an agreement in "
     "Brussels on 7 June.", event("agreement", "SRB", "MNE", "2024-06-07")),
    ("The Foreign Ministry of France said that Armenia and Azerbaijan have signed a peace "
     "treaty on 8 June.", event("agreement", "ARM", "AZE", "2024-06-08")),
    ("France is pleased that Chile and Peru signed a protocol on fisheries on 8 June.",
     event("agreement", "CHL", "PER", "2024-06-08")),
    ("France congratulates the governments of Ethiopia and Eritrea on the agreement they "
     "signed on Sunday.", event("agreement", "ETH", "ERI", "2024-06-09")),
    ("Paris congratulated Kenya and Tanzania for the border accord they signed on 8 June.",
     event("agreement", "KEN", "TZA", "2024-06-08")),
])
def test_a_signing_after_a_comment_of_the_issuers_is_theirs(text: str,
                                                             expected: tuple) -> None:
    assert records(text, "FRA", CORE, date="2024-06-10") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The memorandum was signed on 8 June by Kazakhstan and Uzbekistan in Tashkent.",
     [event("agreement", "KAZ", "UZB", "2024-06-08")]),
    ("Agreements on trade were signed by the Minister and his counterparts of Peru and "
     "Chile on 8 June.", [event("agreement", "KAZ", "CHL", "2024-06-08"),
                          event("agreement", "KAZ", "PER", "2024-06-08")]),
    ("The documents signed on 8 June by the delegations of Kyrgyzstan and Tajikistan with "
     "our ministry cover transit.", [event("agreement", "KAZ", "KGZ", "2024-06-08"),
                                     event("agreement", "KAZ", "TJK", "2024-06-08")]),
])
def test_a_signing_of_the_issuer_stays_the_issuers(text: str, expected: list) -> None:
    assert records(text, "KAZ", CORE, date="2024-06-10") == expected
