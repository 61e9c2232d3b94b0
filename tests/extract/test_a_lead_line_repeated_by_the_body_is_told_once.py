"""A page's lead line that the next line repeats before going on ("A met B in C, led
by D\\nA met B in C, led by D. The talks ...") is a standfirst over its body, not one
long sentence that tells the event twice: one record (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._segment import paragraphs, sentences


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-08").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs)


_LEADS = [
    ("Foreign Minister Ana Rojas on 6 May in Valparaiso met with a delegation of the "
     "Peruvian Congress, led by Senator Luis Mora and other members of its board",
     ("meeting", ("CHL",), ("PER",), "2024-05-06")),
    ("On 6 May in Valparaiso, Foreign Minister Ana Rojas received the Speaker of the "
     "National Assembly of Ecuador, Maria Ponce, who was accompanied by four deputies",
     ("meeting", ("CHL",), ("ECU",), "2024-05-06")),
    ("Foreign Minister Ana Rojas held a telephone conversation on 6 May with the Foreign "
     "Minister of Uruguay, Pablo Reyes, on trade, transport and the coming regional summit",
     ("call", ("CHL",), ("URY",), "2024-05-06")),
    ("State Secretary Tomas Vidal paid an official visit to Paraguay on 6 May at the "
     "invitation of the Deputy Foreign Minister of Paraguay, Rosa Ortiz, for consultations",
     ("visit", ("CHL",), ("PRY",), "2024-05-06")),
]


@pytest.mark.parametrize("lead, rec", _LEADS)
def test_the_event_is_told_once(lead, rec):
    text = f"Minister meets guests\n\n{lead}\n{lead}. The talks focused on trade."
    assert [r for r in _records(text) if r[0] == rec[0]] == [rec]


@pytest.mark.parametrize("lead, rec", _LEADS[:2])
def test_the_lead_line_is_read_once(lead, rec):
    text = f"{lead}\n{lead}. The talks focused on trade."
    para = next(paragraphs(text))
    spans = [text[s.start:s.end] for s in sentences(text, para)]
    assert spans == [lead + ".", "The talks focused on trade."]


def test_a_long_line_that_goes_on_in_the_next_stays_one_sentence():
    text = ("Foreign Minister Ana Rojas on 6 May in Valparaiso met with a delegation of the "
            "Peruvian Congress, led by Senator Luis Mora and two other members of its\n"
            "Foreign Affairs Committee. The talks focused on trade.")
    para = next(paragraphs(text))
    assert len(list(sentences(text, para))) == 2
