"""A review dates two trips of one sentence by months told before each: "In November, the
Minister paid a visit to Japan, and in December, to the Republic of Korea", "In March the
President travelled to Chile, and in May to Peru". The second month is the second stop's;
the first stop takes the month that opens the sentence (before, both took the second
month, the one told right after the first stop). A month told after each stop stays its
own, and one month opening a list dates all its stops (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_VISIT = ["visit"]

_CASES = [
    case("comma-to",
         "Review 2022\n\nIn November, the Minister paid a visit to Japan, and in December, to the "
         "Republic of Korea.", "POL", "2022", _VISIT,
         [("visit", ("POL",), ("JPN",), "2022-11"), ("visit", ("POL",), ("KOR",), "2022-12")]),
    case("no-comma",
         "Review 2022\n\nIn March the President travelled to Chile, and in May to Peru.",
         "POL", "2022", _VISIT,
         [("visit", ("POL",), ("CHL",), "2022-03"), ("visit", ("POL",), ("PER",), "2022-05")]),
    case("working-visit",
         "Review 2023\n\nIn February the Prime Minister made a working visit to Latvia, and in "
         "October to Lithuania.", "EST", "2023", _VISIT,
         [("visit", ("EST",), ("LVA",), "2023-02"), ("visit", ("EST",), ("LTU",), "2023-10")]),
    case("days",
         "Review 2023\n\nOn 4 May the Minister went to Oslo, and on 9 June, to Stockholm.",
         "FIN", "2023", _VISIT,
         [("visit", ("FIN",), ("NOR",), "2023-05-04"),
          ("visit", ("FIN",), ("SWE",), "2023-06-09")]),
    # near misses: months told after each stop; one month opening the list
    case("months-after",
         "Review 2022\n\nThe Minister went to Japan in November, and to Korea in December.",
         "POL", "2022", _VISIT,
         [("visit", ("POL",), ("JPN",), "2022-11"), ("visit", ("POL",), ("KOR",), "2022-12")]),
    case("one-month",
         "Review 2022\n\nIn March the Minister visited Kenya and Ghana.", "POL", "2022", _VISIT,
         [("visit", ("POL",), ("KEN",), "2022-03"), ("visit", ("POL",), ("GHA",), "2022-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_month_told_before_each_stop(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
