"""A named official called for a purpose told after the name and any aside ("A has
called B, newly named to the post, to congratulate him") is a call (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Rosa Diaz has called Lena Holm, who took office in Stockholm "
    "this week, to congratulate her on her appointment.",
    "On Monday Rosa Diaz of Chile called Lena Holm, Sweden's new foreign minister, to "
    "offer her condolences.",
    "Foreign Minister Rosa Diaz of Chile called Lena Holm of Sweden to discuss the Arctic "
    "council.",
])
def test_a_call_for_a_purpose(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call"])
    assert len(got) == 1 and set(got[0][1] + got[0][2]) == {"CHL", "SWE"}


def test_a_thing_called_by_a_name_is_no_call(ex):
    text = "Swedish Foreign Minister Lena Holm called Monday's talks useful in Santiago."
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call"]) == []


@pytest.mark.parametrize("text", [
    "Holm calls Chile's Rosa Diaz to discuss Arctic cooperation",
    "Prime Minister Holm telephoned President Carlos Vega of Chile to thank him for his "
    "support.",
    "Prime Minister Holm phones Carlos Vega, Chile's new President, to congratulate him",
])
def test_a_headlines_present_and_other_verbs_of_calling(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call"])
    assert len(got) == 1 and set(got[0][1] + got[0][2]) == {"CHL", "SWE"}


def test_a_report_calling_someone_to_account_is_no_call(ex):
    text = "The report calls Carlos Vega to account for the delay."
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call"]) == []
