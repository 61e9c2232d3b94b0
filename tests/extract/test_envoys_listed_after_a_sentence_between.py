"""The envoys of a credentials ceremony that only counted them may be named a
sentence or up to four later, and in reported speech ("A spokesman said the new envoys
are A from X, ...", "According to the Protocol Department, the ambassadors are
..."): one meeting with each country named, on the ceremony's day; a sentence
between that names a foreign country or tells a meeting of its own ends the wait
(sentences of our own)."""

from __future__ import annotations

import pytest

_CEREMONY = ("President Mahama on Monday received four new ambassadors at Jubilee House "
             "to present their letters of credence.")


@pytest.mark.parametrize(("between", "listing", "partners"), [
    (["The ceremony was followed by talks between the envoys and the head of state on "
      "trade and investment."],
     "A spokesman for the Presidency, Kofi Mensah, said the new envoys are Ana Ruiz from "
     "Chile, Lars Berg from Sweden, Ito Ken from Japan and Maria Costa from Brazil.",
     ["BRA", "CHL", "JPN", "SWE"]),
    (["He urged them to promote trade."],
     "According to the Protocol Department, the ambassadors are Ana Ruiz of Chile, Lars "
     "Berg of Sweden and Ito Ken of Japan.", ["CHL", "JPN", "SWE"]),
    (["The ceremony was the first of the year.", "The four envoys will reside in Accra."],
     "The Chief of Staff said the envoys are Ana Ruiz from Chile and Lars Berg from "
     "Sweden.", ["CHL", "SWE"]),
    ([], "The presidential spokesman said that the new ambassadors are Ana Ruiz from Chile "
     "and Lars Berg from Sweden.", ["CHL", "SWE"]),
])
def test_the_list_told_later_names_the_envoys(ex, between, listing, partners):
    text = "\n\n".join([_CEREMONY, *between, listing])
    got = ex(text, issuer="GHA", date="2024-05-08", types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners
    assert {g[3] for g in got} == {"2024-05-06"}


@pytest.mark.parametrize("between", [
    "He spoke of the country's long ties with Nigeria.",
    "He later met the Foreign Minister of Togo.",
])
def test_a_sentence_of_another_partner_ends_the_wait(ex, between):
    text = "\n\n".join([_CEREMONY, between, "The spokesman said the new envoys are Ana "
                        "Ruiz from Chile and Lars Berg from Sweden."])
    got = ex(text, issuer="GHA", date="2024-05-08", types=["meeting"])
    assert not {g[2][0] for g in got} & {"CHL", "SWE"}


def test_five_sentences_between_end_the_wait(ex):
    # (up to four, naming no foreign country, keep it: the ceremony told on)
    text = "\n\n".join([_CEREMONY, "The ceremony was the first of the year.",
                        "It was held in the garden.", "It lasted an hour.",
                        "A band played.", "Guests were served tea.",
                        "The spokesman said the envoys are Ana Ruiz from Chile and Lars "
                        "Berg from Sweden."])
    assert ex(text, issuer="GHA", date="2024-05-08", types=["meeting"]) == []


def test_after_a_wait_only_the_envoys_named_as_such_open_the_list(ex):
    text = "\n\n".join([_CEREMONY, "He urged them to promote trade.",
                        "They are Ana Ruiz from Chile and Lars Berg from Sweden."])
    assert ex(text, issuer="GHA", date="2024-05-08", types=["meeting"]) == []
