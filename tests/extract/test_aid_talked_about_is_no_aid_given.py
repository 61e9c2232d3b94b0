"""Aid named as what the sides talked about ("The ministers discussed the humanitarian
aid shipments to Haiti", "analysed the situation in Haiti, focusing on the humanitarian
assistance deliveries in the Dominican town of Dajabon") is a topic, no aid given.
Aid given in the same sentence after the talk ("After the ministers discussed trade,
Uruguay handed over humanitarian aid to Bolivia") and aid sent stay aid."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["aid"]

_CASES = [
    case("discussed-shipments", "The ministers discussed the humanitarian aid shipments to "
                                "Haiti.", "URY", "2021-06-09", _TYPES, []),
    case("analysed-focusing", "The deputy ministers analysed the situation in Haiti, "
                              "especially focusing on the humanitarian assistance deliveries "
                              "in the Dominican town of Dajabon.", "URY", "2021-06-09",
         _TYPES, []),
    case("press-service-exchanged", "Baku, March 28 (AZERTAC). The sides exchanged views on "
                                    "emergency assistance to Turkiye, the ministry's press "
                                    "service said.", "AZE", "2023-03-28", _TYPES, []),
    case("talked-about", "DUSHANBE, 12.04.2023 /Khovar/. The two ministers talked about "
                         "medical supplies for Afghanistan.", "TJK", "2023-04-12", _TYPES, []),
    case("handed-after-talk", "After the ministers discussed trade, Uruguay handed over "
                              "humanitarian aid to Bolivia.", "URY", "2021-06-09", _TYPES,
         [("aid", ("URY",), ("BOL",), "2021-06-09")]),
    case("sent", "Uruguay sent humanitarian assistance to Bolivia on Tuesday.", "URY",
         "2021-06-09", _TYPES, [("aid", ("URY",), ("BOL",), "2021-06-08")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_aid_talked_about_is_no_aid_given(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
