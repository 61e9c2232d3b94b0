"""A review lists a kind of event under a heading ("Visits abroad:", "Incoming
visits", "Telephone conversations:", "Agreements signed:"), an item a line or
after the heading's colon: each country an item names is one record of that kind,
its direction from the heading (our visits out, guests' visits in), dated by the
item's own days. A heading of no event kind, or of what is to come, lists none."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("dashes", "Visits abroad:\n- Brazil (March)\n- Chile (April)\n- Spain (May)",
         "PER", "2023", CORE,
         [("visit", ("PER",), ("BRA",), "2023-03"), ("visit", ("PER",), ("CHL",), "2023-04"),
          ("visit", ("PER",), ("ESP",), "2023-05")]),
    case("bullets-days", "The Minister's visits abroad in 2023:\n• Turkey, 12-13 March\n"
                         "• Germany, 5 May", "PER", "2023", CORE,
         [("visit", ("PER",), ("TUR",), "2023-03-12"),
          ("visit", ("PER",), ("DEU",), "2023-05-05")]),
    case("numbered", "Official visits of the Minister:\n1. Japan (January)\n2. Korea (February)",
         "PER", "2023", CORE,
         [("visit", ("PER",), ("JPN",), "2023-01"), ("visit", ("PER",), ("KOR",), "2023-02")]),
    case("incoming-no-colon", "Incoming visits\n- Foreign Minister of Italy (June)\n"
                              "- President of Finland (September)", "KEN", "2022", CORE,
         [("visit", ("ITA",), ("KEN",), "2022-06"), ("visit", ("FIN",), ("KEN",), "2022-09")]),
    case("calls", "Telephone conversations:\n- Prime Minister of Japan (4 March)\n"
                  "- President of Ghana, 12 May", "KEN", "2022", CORE,
         [("call", ("KEN",), ("JPN",), "2022-03-04"), ("call", ("KEN",), ("GHA",), "2022-05-12")]),
    case("meetings", "Bilateral meetings held by the Cabinet Secretary:\n"
                     "• Foreign Minister of Egypt, 3 February\n• Foreign Minister of Oman, 9 March",
         "KEN", "2022", CORE,
         [("meeting", ("KEN",), ("EGY",), "2022-02-03"),
          ("meeting", ("KEN",), ("OMN",), "2022-03-09")]),
    case("inline", "Visits abroad: Brazil (March), Chile (April) and Spain (May).",
         "PER", "2023", CORE,
         [("visit", ("PER",), ("BRA",), "2023-03"), ("visit", ("PER",), ("CHL",), "2023-04"),
          ("visit", ("PER",), ("ESP",), "2023-05")]),
    case("one-sentence", "The Minister visited:\n- Brazil (March);\n- Chile (April);\n"
                         "- Spain (May).", "PER", "2023", CORE,
         [("visit", ("PER",), ("BRA",), "2023-03"), ("visit", ("PER",), ("CHL",), "2023-04"),
          ("visit", ("PER",), ("ESP",), "2023-05")]),
    # the list ends at the first line that is no item
    case("closed", "Visits abroad:\n- Brazil (March)\n\nThe Minister also thanked Japan and "
                   "Chile for their support.", "KEN", "2022", CORE,
         [("visit", ("KEN",), ("BRA",), "2022-03")]),
    # near misses: no event kind, or what is to come
    case("participants", "Participants:\n- Ministry of Foreign Affairs of Kenya\n"
                         "- Embassy of Japan", "KEN", "2022", CORE, []),
    case("upcoming", "Upcoming visits:\n- Brazil (March)\n- Chile (April)", "KEN", "2022",
         CORE, []),
    case("contact", "Contact:\nEmbassy of Kenya in Tokyo, Japan\nPress office: +254 20 000",
         "KEN", "2022", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_events_listed_under_a_heading(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
