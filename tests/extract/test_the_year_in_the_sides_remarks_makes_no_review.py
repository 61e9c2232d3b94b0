"""A readout whose sides praise or note something "throughout the year" or "during
the year" ("Both ministers praised the close dialogue between Ecuador and Colombia
throughout the year") is still a readout: its undated events go on with the day told
before, not the year alone as in a review. A text that frames itself by the year
("In a recap of its diplomacy throughout the year, the Ministry said ...", "During the
year, the Ministry ...") stays a review."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review
from tests.extract.audit_support import case, check

_TYPES = ["meeting"]
_LEAD = ("Quito, Oct. 5.\n\nEcuador's Foreign Minister Juan Holguin on Tuesday met with "
         "Colombian counterpart Alvaro Leyva in Quito.\n\n")
_NEXT = ("\n\nForeign Minister Holguin and Brazilian Foreign Minister Carlos Franca "
         "stressed the importance of trade.")
_BOTH = [("meeting", ("ECU",), ("COL",), "2022-10-04"),
         ("meeting", ("ECU",), ("BRA",), "2022-10-04")]

_CASES = [
    case("praised-throughout", _LEAD + "Both ministers praised the close dialogue between "
                                       "Ecuador and Colombia throughout the year." + _NEXT,
         "ECU", "2022-10-05", _TYPES, _BOTH),
    case("highlighted-during", _LEAD + "At the meeting, the officials highlighted the "
                                       "frequent contacts during the year." + _NEXT,
         "ECU", "2022-10-05", _TYPES, _BOTH),
    case("noted-over", "Yerevan, May 3. ARMENPRESS. Foreign Minister Ararat Mirzoyan met "
                       "the Foreign Minister of Chile on Tuesday.\n\nThey noted the growth "
                       "of trade over the year.\n\nMirzoyan and the Foreign Minister of "
                       "Peru also discussed regional issues.", "ARM", "2022-05-03", _TYPES,
         [("meeting", ("ARM",), ("CHL",), "2022-05-03"),
          ("meeting", ("ARM",), ("PER",), "2022-05-03")]),
    case("welcomed-in-the-course", "Baku, March 28 (AZERTAC). Foreign Minister Jeyhun "
                                   "Bayramov on Monday received the Ambassador of Peru. "
                                   "The sides welcomed the exchanges held in the course of "
                                   "the year. Bayramov also received the Ambassador of Chile.",
         "AZE", "2023-03-28", _TYPES,
         [("meeting", ("AZE",), ("PER",), "2023-03-27"),
          ("meeting", ("AZE",), ("CHL",), "2023-03-27")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_year_in_the_sides_remarks_makes_no_review(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)


@pytest.mark.parametrize("text", [
    "Minister met 30 officials in 2022\n\nIn a recap report on its diplomacy throughout "
    "the year, the Ministry said the Minister made nine visits.",
    "Results of the Ministry\n\nDuring the year, the Ministry opened two embassies.",
    "The Minister paid visits to Asia. Over the year, the Ministry held 40 rounds of talks.",
])
def test_a_text_framed_by_the_year_stays_a_review(text):
    assert is_review(text, 2022)
