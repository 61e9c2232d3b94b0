"""A call told again from the other side ("In reply, Minister B said that, receiving
a phone call at such a sad moment, her country felt ...") is the call told before
between the same two sides on the same day, not a second one the other way; a call
told as a second one ("called back later that day") stays (texts of our own)."""

from __future__ import annotations

_CALL = ("On 5 June, Foreign Minister Lindqvist held telephone talks with Foreign Minister "
         "Ana Ruiz of Spain about the floods.\n\n"
         "Minister Lindqvist offered his sympathy and proposed assistance from Sweden.\n\n")


def test_a_call_told_back_is_the_same_call(ex):
    text = _CALL + ("In reply, Foreign Minister Ruiz said that, receiving a phone call at "
                    "such a sad moment, Spain felt the solidarity of Sweden.")
    assert ex(text, issuer="SWE", date="2022-06-05", types=["call"]) == [
        ("call", ("SWE",), ("ESP",), "2022-06-05")]


def test_a_call_told_back_with_the_other_first_is_the_same_call(ex):
    text = _CALL + ("Taking the call in Madrid, Foreign Minister Ruiz thanked Sweden for its "
                    "offer.")
    assert ex(text, issuer="SWE", date="2022-06-05", types=["call"]) == [
        ("call", ("SWE",), ("ESP",), "2022-06-05")]


def test_a_call_returned_later_is_a_second_call(ex):
    text = ("On 5 June, Foreign Minister Lindqvist held a telephone conversation with Foreign "
            "Minister Ana Ruiz of Spain about the floods.\n\nLater that day, Foreign Minister "
            "Ruiz called Minister Lindqvist back to report on the rescue work.")
    assert ex(text, issuer="SWE", date="2022-06-05", types=["call"]) == [
        ("call", ("ESP",), ("SWE",), "2022-06-05"), ("call", ("SWE",), ("ESP",), "2022-06-05")]


def test_calls_on_two_days_stay_two(ex):
    text = ("On 5 June, Foreign Minister Lindqvist held a telephone conversation with Foreign "
            "Minister Ana Ruiz of Spain.\n\nOn 7 June, Foreign Minister Ruiz phoned Minister "
            "Lindqvist.")
    assert len(ex(text, issuer="SWE", date="2022-06-07", types=["call"])) == 2
