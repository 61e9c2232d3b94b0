"""The envoys of a credentials ceremony listed one a line after a lead line that
opens the list ("Credentials were presented by:", "The ambassadors are:", "Letters of
credence were handed over by the following ambassadors:"), with "*" or "-" bullets
or numbers ("1.", "2)"), on lines of their own with no closing stop: one meeting
with each envoy's country, on the ceremony's day (sentences of our own)."""

from __future__ import annotations

import pytest

_COUNTED = "On 12 March the President received the credentials of three ambassadors.\n"
_ENVOYS = [("Ambassador of France, Jean Dupont", "Jean Dupont, Ambassador of France"),
           ("Ambassador of Chile, Ana Soto", "Ana Soto, Ambassador of Chile"),
           ("Ambassador of Jordan, Omar Haddad", "Omar Haddad, Ambassador of Jordan")]


def _meetings(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    return sorted((g[2][0], g[3]) for g in got)


_ALL = [("CHL", "2024-03-12"), ("FRA", "2024-03-12"), ("JOR", "2024-03-12")]


@pytest.mark.parametrize(("lead", "bullet", "order", "gap"), [
    ("Credentials were presented by:", "* ", 0, "\n"),
    ("The ambassadors are:", "{n}. ", 1, "\n"),
    ("The ambassadors are:", "{n}. ", 1, "\n\n"),
    ("Credentials were presented by:", "- ", 1, "\n"),
    ("Letters of credence were handed over by the following ambassadors:", "{n}) ", 0,
     "\n"),
    ("The new envoys who presented their credentials were:", "• ", 1, "\n"),
])
def test_each_envoy_listed_after_the_lead_line_is_a_meeting(ex, lead, bullet, order, gap):
    items = gap.join(bullet.format(n=i) + e[order] for i, e in enumerate(_ENVOYS, 1))
    text = _COUNTED + lead + gap + items
    assert _meetings(ex, text) == _ALL


@pytest.mark.parametrize("lead", [
    "On 12 March, credentials were presented to the President by:",
    "The following ambassadors presented their credentials to the President on 12 March:",
])
def test_a_lead_line_that_is_the_ceremony_opens_the_list(ex, lead):
    items = "\n".join("- " + e[1] for e in _ENVOYS)
    assert _meetings(ex, lead + "\n" + items + "\n\nThe President wished them success.") \
        == _ALL


def test_a_list_of_other_lines_after_a_ceremony_is_no_envoy(ex):
    text = (_COUNTED + "The President spoke of:\n- relations with France\n- trade\n\n"
            "He wished the envoys success.")
    assert _meetings(ex, text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("On 12 March, credentials were presented to the President by the Ambassador of "
     "France and the Ambassador of Chile.", ["CHL", "FRA"]),
    ("Letters of credence were handed over to the President on 12 March by the new "
     "Ambassador of Jordan.", ["JOR"]),
])
def test_credentials_presented_in_the_passive_with_the_envoys_named(ex, text, sides):
    assert _meetings(ex, text) == [(c, "2024-03-12") for c in sides]
