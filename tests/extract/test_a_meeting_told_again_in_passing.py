"""A meeting told before and named again in passing is no second meeting: after
a participle ("Speaking after meeting the President, ..."), as the speaker's own
meeting said or described ("said her meeting with A on Tuesday was useful"), as
the occasion of what was said at it ("Discussions at the bilateral meeting
between ... centred on"), by a demonstrative ("to hold this working session
with ..."), with its partners as a pronoun ("had meetings with them"), or with
several partners met one by one before (sentences of our own)."""

from __future__ import annotations

import pytest

_MET = ("Foreign Minister Ana Silva met her Spanish counterpart Jose Albares on Tuesday "
        "in Madrid.\n\n")


@pytest.mark.parametrize("again", [
    "Writing on Wednesday on her official account, Foreign Minister Silva said her meeting "
    "with Spanish Foreign Minister Jose Albares on Tuesday was a useful step.",
    "The Minister described her talks with the Spanish Foreign Minister on Tuesday as "
    "very useful.",
    "Speaking after meeting the Minister on Tuesday, the Spanish Foreign Minister said that "
    "fisheries would be a priority.",
    "Discussions at the bilateral meeting on Tuesday between Minister Silva and Jose "
    "Albares centred on fisheries.",
    "The tight agenda on Tuesday allowed her to hold this working session with Spain's "
    "top diplomat.",
    "On Tuesday the Minister therefore had a meeting with him to discuss shipping.",
])
def test_the_meeting_named_again_is_told_once(ex, again):
    got = ex(_MET + again, issuer="PRT", date="2024-03-08", types=["meeting"])
    assert got == [("meeting", ("PRT",), ("ESP",), "2024-03-05")]


def test_meetings_with_each_named_again_together_are_told_once(ex):
    text = ("The Minister of Foreign Affairs, Ana Silva, was on 4 May 2023 received by the "
            "Greek Minister of Foreign Affairs Nikos Dendias. Minister Silva also had a "
            "bilateral meeting with the Maltese Minister of Foreign Affairs, Ian Borg.\n\n"
            "Discussions at the bilateral meeting between Minister Silva and her counterparts "
            "of Greece and Malta centred on tourism. Portugal's Minister therefore had "
            "bilateral meetings with them to discuss shipping.")
    got = ex(text, issuer="PRT", date="2023-05-06", types=["meeting"])
    assert got == [("meeting", ("PRT",), ("GRC",), "2023-05-04"),
                   ("meeting", ("PRT",), ("MLT",), "2023-05-04")]


@pytest.mark.parametrize(("again", "day"), [
    # (another day: another meeting)
    ("The Minister said her meeting with the Spanish King on Wednesday would follow.",
     "2024-03-06"),
    # (a meeting of its own after the participle, with another side)
    ("Speaking after meeting the Portuguese President on Wednesday, the Italian Ambassador "
     "said that trade would grow.", None),
])
def test_another_meeting_is_kept(ex, again, day):
    got = ex(_MET + again, issuer="PRT", date="2024-03-08", types=["meeting"])
    assert ("meeting", ("PRT",), ("ESP",), "2024-03-05") in got
    if day:
        assert ("meeting", ("PRT",), ("ESP",), day) in got


def test_a_pronoun_after_a_partner_named_anew_keeps_the_meeting(ex):
    text = ("The Minister met the Ambassador of Chile on Tuesday.\n\nOn Tuesday the Minister "
            "also met the Chilean Minister of Mining, Rosa Vidal, and discussed with her the "
            "copper trade.")
    got = ex(text, issuer="PRT", date="2024-03-08", types=["meeting"])
    assert got == [("meeting", ("PRT",), ("CHL",), "2024-03-05")] * 2
