"""A counterpart named by name after "his/her <adjective> counterpart" ("met his Danish
counterpart, Mette Holm, in Lisbon") is a person of the meeting: the subject's office
in the adjective's country. A lead that names her so, then a sentence that tells the
meeting again naming the same official by her title ("met Danish Foreign Minister
Mette Holm in Lisbon on Tuesday"), is one meeting, also when the text gives only its
year; another official of that side ("also met the Prime Minister") is a meeting of
its own (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from tests.extract.probe_support import records


def _meetings(text: str) -> list[tuple]:
    return records(text, "PRT", {"meeting"}, date="2025")


_ONE = [("meeting", ("PRT",), ("DNK",), "2025")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Rui Costa has met his Danish counterpart, Mette Holm, in Lisbon. Their "
    "talks centred on fisheries. Foreign Minister Rui Costa met Danish Foreign Minister Mette "
    "Holm in Lisbon on Tuesday for a working lunch.",
    "Foreign Minister Rui Costa received his Danish counterpart Mette Holm in Lisbon. "
    "Fisheries topped the agenda. On Tuesday, Foreign Minister Rui Costa and Danish Foreign "
    "Minister Mette Holm met at the Necessidades Palace.",
    "Minister Rui Costa held talks with her Danish counterpart, Mette Holm. The talks dealt "
    "with energy. Minister Costa met Danish Foreign Minister Mette Holm on Tuesday.",
    "Foreign Minister Rui Costa met with his Danish counterpart Ms Mette Holm in Lisbon on "
    "Tuesday. Foreign Minister Costa met Mette Holm, the Danish Foreign Minister, to discuss "
    "the Arctic.",
])
def test_the_counterpart_named_again_is_one_meeting(text: str) -> None:
    assert _meetings(text) == _ONE


def test_the_counterpart_is_a_person_of_the_meeting() -> None:
    res = records("Foreign Minister Rui Costa met his Danish counterpart, Mette Holm, in "
                  "Lisbon.", "PRT", {"meeting"}, date="2025")
    assert res == _ONE
    rec = extract_text("Foreign Minister Rui Costa met his Danish counterpart, Mette Holm, in "
                       "Lisbon.", issuer="PRT", date="2025").records[0]
    assert ("Mette Holm", "foreign_minister", "DNK") in [(p.name, p.role, p.country)
                                                         for p in rec.persons]


def test_another_official_of_that_side_is_another_meeting() -> None:
    text = ("Foreign Minister Rui Costa met his Danish counterpart, Mette Holm, in Lisbon. "
            "Foreign Minister Rui Costa also met Danish Prime Minister Karen Lund in Lisbon.")
    assert _meetings(text) == _ONE * 2


def test_an_official_met_before_the_counterpart_gives_no_office() -> None:
    # ("met President A and his Danish counterpart B": the President is the one met, no
    # office of the subject's, so B's office is not told)
    rec = extract_text("In Copenhagen he met President Lars Vang and his Danish counterpart "
                       "Mette Holm.", issuer="PRT", date="2025").records
    assert all(p.name != "Mette Holm" for r in rec for p in r.persons)
