"""A line that leads in to a list below it ("The following agreements were signed
during the visit:", "The ambassadors are:", "Credentials were presented by:") is a
sentence, not a heading, and so is each item of that list set out a line each ("-
Jean Dupont, Ambassador of France", "1. Ana Soto, Ambassador of Chile"): its items
tell who or what the lead-in means (see
:func:`communique.extract._document.is_heading`). A bare colon line ("Agreements
signed:", "Participants:") stays a heading, and so do its items numbered or set out
under it alone; a bulleted line among other bulleted lines is a list's entry
(:func:`item_among_bullets`: a visit's programme, "• Main events" / "• An audience
with the King")."""

from __future__ import annotations

import re

__all__ = ["ITEM_MARK", "is_lead_in", "item_of_lead_in", "item_among_bullets"]

#: a clause that leads in to a list below it, its verb told ("were signed", "have been
#: adopted", "included", "The ambassadors are:"), opened by "The following ...", or
#: agreeing on the points below ("met in Lima and agreed to:")
_LEAD_IN = re.compile(r"\b(?:was|were|are|is|has been|have been|had been|included?|"
                      r"includes)(?:\s+[^:]*)?:\s*$|"
                      r"\b(?:was|were|are|is)\s+(?:as follows|the following)|"
                      r"^\s*(?i:the|these)\s+following\s[^:]*:\s*$|"
                      # a clause whose subject agreed or decided the points below: "The
                      # ministers met in Lima on 3 May and agreed to:", "They committed to:"
                      # (not a bare "Agreed:", no subject before it)
                      r"\S\s+(?:agreed|decided|committed(?:\s+themselves)?|pledged|undertook|"
                      r"resolved|reaffirmed|stressed|underlined|emphasi[sz]ed|called|"
                      r"expressed)(?:\s+(?:to|on|upon|that|for|their|the\s+following|"
                      r"as\s+follows))*\s*:\s*$|"
                      # a verb a label also ends with ("Issues discussed:", "Agreements
                      # signed:") after a subject or "and": "met ... and discussed:"
                      r"\b(?i:and|they|we|who|sides|parties|ministers|leaders|delegations)"
                      r"\s+(?:also\s+)?(?:discussed|reviewed|welcomed|noted|adopted|signed|"
                      r"considered|addressed|examined)(?:\s+(?:on|that|the\s+following|"
                      r"as\s+follows))*\s*:\s*$|"
                      # "..., covering the following topics:", "signed the following
                      # documents:", "issued a statement in which they:"
                      r"\S\s+the\s+following(?:\s+[\w-]+){0,3}\s*:\s*$|"
                      r"\S\s+(?:in\s+which|whereby|by\s+which)\s+they\s*:\s*$")
#: what opens a list's item: a bullet or a number ("- ", "• ", "1. ", "2) ")
ITEM_MARK = r"(?:[-–—•·*▪]|\d{1,2}[.)])"
#: a line opened as an item
_ITEM_LINE = re.compile(r"[ \t]*" + ITEM_MARK + r"[ \t]+\S")
#: how many lines above an item its lead-in may stand (the items between)
_REACH = 40


def is_lead_in(line: str) -> bool:
    """Whether ``line`` (ending with a colon) leads in to a list: its verb is told."""
    return _LEAD_IN.search(line) is not None


def item_of_lead_in(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is an item of a list set out a line each
    below a lead-in (blank lines and other items may stand between)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM_LINE.match(text, line_start):
        return False
    pos = line_start
    for _ in range(_REACH):
        if pos <= 0:
            return False
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start:pos - 1].strip()
        pos = prev_start
        if not prev or _ITEM_LINE.match(prev):
            continue
        return prev.endswith(":") and is_lead_in(prev)
    return False


#: a line opened by a bullet (not a number: "1. Outcomes of ..." numbers sections)
_BULLET_LINE = re.compile(r"[ \t]*[-–—•·*▪][ \t]+\S")


def item_among_bullets(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is an item of a bulleted list: opened by a
    bullet, with the line above or below it (blank lines passed over) opened by one
    too ("• Main events" / "• A meeting with the Speaker of the Senate" / "• Results"):
    a list's entry, which tells its event as a sentence does, not a heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_LINE.match(text, line_start):
        return False
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] in " \t\r\n":
        prev_end -= 1
    if prev_end > 0 and _BULLET_LINE.match(text, text.rfind("\n", 0, prev_end) + 1):
        return True
    nxt = text.find("\n", start)
    while 0 <= nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    return 0 <= nxt < len(text) and _BULLET_LINE.match(text, text.rfind("\n", 0, nxt) + 1) \
        is not None
