"""A credentials ceremony that counts its envoys, then a lead line of any wording ending
with a colon and the envoys one a line, each item closed by ";" or "," (which the
segmenter keeps as one sentence with the lead line): one meeting with each envoy's
country, on the ceremony's day. A country the lead line itself names is no envoy's;
lines that are no envoys (lower case) stay none (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CEREMONY = "On 12 March President Ana Costa accepted the credentials of three new envoys.\n"
_THREE = (event("meeting", "URY", "CHE", "2024-03-12"),
          event("meeting", "URY", "KEN", "2024-03-12"),
          event("meeting", "URY", "VNM", "2024-03-12"))

_CASES = [
    probe((_CEREMONY + "From today the diplomats of these nations are accredited here:\n"
           "- Hans Keller, from Switzerland;\n- Mary Wanjiru, from Kenya;\n"
           "- Tran Van Minh, from Vietnam.", "URY"), _THREE),
    probe((_CEREMONY + "The list of the new heads of mission:\n"
           "* Mary Wanjiru, Ambassador of Kenya;\n* Hans Keller, Ambassador of Switzerland;"
           " and\n* Tran Van Minh, Ambassador of Vietnam.", "URY"), _THREE),
    # (a sentence about the ceremony told between it and its list)
    (probe((_CEREMONY + "The short ceremonies were held one after another at the palace.\n"
            "They may now represent their governments in the following order:\n"
            "1. Tran Van Minh (Vietnam),\n2. Mary Wanjiru (Kenya),\n"
            "3. Hans Keller (Switzerland).", "URY"), _THREE)),
    probe(("Credentials of two ambassadors were received by the King on Friday 8 March.\n"
           "Received were:\n- Ms Lena Berg, from Norway;\n- Mr Kofi Mensah, from Ghana.",
           "ESP"), (event("meeting", "ESP", "GHA", "2024-03-08"),
                    event("meeting", "ESP", "NOR", "2024-03-08"))),
    # the lead line's own country is no envoy's
    probe((_CEREMONY + "As in Argentina, they may now begin their work:\n"
           "- Mary Wanjiru, from Kenya;\n- Hans Keller, from Switzerland.", "URY"),
          (event("meeting", "URY", "CHE", "2024-03-12"),
           event("meeting", "URY", "KEN", "2024-03-12"))),
    # lines that are no envoys
    probe((_CEREMONY + "The President then spoke about:\n- relations with Kenya;\n"
           "- trade with Vietnam.", "URY"), ()),
    # no ceremony before the list
    probe(("The Minister spoke at the forum on 12 March. The speakers were:\n"
           "- Mary Wanjiru, from Kenya;\n- Hans Keller, from Switzerland.", "URY"), ()),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_envoys_listed_with_items_closed_by_semicolons(text: str, issuer: str,
                                                       expected: list[tuple]) -> None:
    assert records(text, issuer, {"meeting"}, date="2024-03-14") == expected
