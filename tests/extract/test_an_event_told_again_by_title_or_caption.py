"""An event told twice by the layout of a page is one occasion: a title that names it
("Press Statement: Foreign Minister A's meeting with the Head of ... of Vietnam, B, 4 May
2022") above the text that tells it, and a photo caption ("Photo:", "Photo caption:",
"Caption:") below the text that told it. A caption or title of an event the text does
not tell with the same sides and day, or one told as another ("also", a President after
a delegation), stays a record of its own."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_M = ["meeting", "visit"]

_CASES = [
    case("title-then-body", "Press Statement: Foreign Minister Dr Ana Lind's meeting with Head "
                            "of the External Relations Commission of the Communist Party of "
                            "Vietnam, Le Hoai Trung, 4 May 2022\n\n4 May 2022\n\nHead of the "
                            "External Relations Commission of the Communist Party of Vietnam Le "
                            "Hoai Trung called on and was hosted to dinner by Foreign Minister Dr "
                            "Ana Lind today. Mr Le is visiting Norway at the invitation of "
                            "Minister Lind.", "NOR", "2022-05-04", _M,
         [("meeting", ("NOR",), ("VNM",), "2022-05-04"),
          ("visit", ("VNM",), ("NOR",), "2022-05-04")]),
    case("photo-caption", "Minister Ito received a delegation of Vietnamese parliamentarians in "
                          "Tokyo on 3 March 2021.\n\nPhoto: Minister Ito meets the Vietnamese "
                          "delegation in Tokyo, 3 March 2021.", "JPN", "2021-03-03", _M,
         [("meeting", ("JPN",), ("VNM",), "2021-03-03")]),
    case("photo-caption-named", "Photo caption: Minister Ito meets Foreign Minister Son of "
                                "Vietnam in Tokyo on 3 March 2021."
                                , "JPN", "2021-03-03", _M,
         [("meeting", ("JPN",), ("VNM",), "2021-03-03")]),
    case("two-captions", "A parliamentary delegation from Chile called on Foreign Minister Lind "
                         "in Oslo on 12 June 2023. The delegation discussed trade.\n\nPhoto "
                         "caption: Call on Foreign Minister Lind by the Chilean parliamentary "
                         "delegation at the Ministry, 12 June 2023.\n\nPhoto caption: Lunch "
                         "hosted by Foreign Minister Lind for the Chilean delegation, 12 June "
                         "2023.", "NOR", "2023-06-12", _M,
         [("meeting", ("NOR",), ("CHL",), "2023-06-12")]),
    # a title above two meetings with two officials of one side: both stay
    case("title-two-below", "Minister Ito in Hanoi\n\nMinister Ito met a delegation of "
                            "Vietnamese parliamentarians in Hanoi on 3 March 2021. He later met "
                            "the Vietnamese President on 3 March 2021.", "JPN", "2021-03-05", _M,
         [("meeting", ("JPN",), ("VNM",), "2021-03-03"),
          ("meeting", ("JPN",), ("VNM",), "2021-03-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_an_event_told_again_by_title_or_caption(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
