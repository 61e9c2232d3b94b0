"""A title that is also a given name ("Sultan", "Amir", "Emir"), right before a
patronymic ("Sultan bin Ahmed Al Kuwari", "Amir bin Said"), is a name, not a
sovereign: no head of state joins the meeting, which stays one record; a sovereign's
title before his own given name ("Sultan Haitham bin Tariq") is still read
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text", [
    "Prime Minister Keith Mitchell received a courtesy call from Sultan bin Ahmed Al "
    "Kuwari, Foreign Minister of Qatar, on Monday.",
    "On Monday the Foreign Minister met Amir bin Said Al Harthi, Minister of Trade of Oman.",
    "Emir bin Khalid Al Thani, Minister of State of Qatar, paid a courtesy call on the "
    "Prime Minister on Monday.",
])
def test_a_given_name_before_bin_is_no_sovereign(text):
    recs = [r for r in extract_text(text, issuer="GRD", date="2024-05-22").records
            if r.type == "meeting"]
    assert len(recs) == 1
    assert all(p.role != "head_of_state" for p in recs[0].persons)


@pytest.mark.parametrize("text", [
    "The Foreign Minister was received by Sultan Haitham bin Tariq in Muscat on Monday.",
    "On Monday the Prime Minister met Emir Tamim bin Hamad Al Thani in Doha.",
])
def test_a_sovereigns_title_before_his_name_is_read(text):
    recs = [r for r in extract_text(text, issuer="GRD", date="2024-05-22").records
            if r.type == "meeting"]
    assert len(recs) == 1
    assert any(p.role == "head_of_state" for p in recs[0].persons)
