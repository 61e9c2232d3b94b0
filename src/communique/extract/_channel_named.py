"""A body named alone as the channel or frame that ties run through, after a verb
of their development or order: "cooperation advanced through a joint working
group", "ties were strengthened through the joint commission", "relations are
organised around a joint steering committee", "the partnership rests on a joint
commission". It says how relations go on, not that the body met (read by
:func:`communique.extract._means_listed.means_listed`, beside a list of such means).

A body that acts ("through the joint commission, which met in May"), or a sitting
of one ("through the fifth session of the joint commission") still met."""

from __future__ import annotations

import re

__all__ = ["channel_named"]

#: a verb of ties developing or being ordered, then "through" (or "around", "on") and
#: the body's article and words, up to the body
_CHANNEL_BEFORE = re.compile(
    r"\b(?:advanc(?:ed|es|ing)|progress(?:ed|es|ing)|develop(?:ed|s|ing)|gr[eo]w(?:n|s|ing)?|"
    r"strengthen(?:ed|s|ing)|deepen(?:ed|s|ing)|enhanc(?:ed|es|ing)|expand(?:ed|s|ing)|"
    r"pursu(?:ed|es|ing)|promot(?:ed|es|ing)|coordinat(?:ed|es|ing)|manag(?:ed|es|ing)|"
    r"channel(?:l?ed|s|l?ing)|run(?:s|ning)?|ran|conduct(?:ed|s|ing)|implement(?:ed|s|ing)|"
    r"organi[sz](?:ed|es|ing)|structur(?:ed|es|ing)|buil[dt](?:s|ing)?|rest(?:ed|s|ing)?|"
    r"based|anchor(?:ed|s|ing)|institutionali[sz](?:ed|es|ing)|carried\s+out|"
    r"taken\s+forward|moved\s+forward|move\s+forward)\s+"
    r"(?:(?:mainly|largely|chiefly|primarily|notably|above\s+all|also|further|well|"
    r"steadily|successfully|in\s+particular)\s+)?"
    r"(?:through|via|by\s+means\s+of|by\s+way\s+of|around|on|upon)\s+"
    r"(?:(?:the|a|an|its|their|our|this|that)\s+)?(?P<words>(?:[\w-]+\s+){0,3})$", re.I)
#: a sitting of the body, not the body: "the fifth session of", "its 3rd meeting"
_SITTING = re.compile(r"\b(?:sessions?|meetings?|sittings?|rounds?|plenary|\d+(?:st|nd|rd|th)?|"
                      r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"inaugural|latest|last|next)\b", re.I)
#: the body acting after it: a verb of its own, or a relative clause telling it met
_ACTS_AFTER = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:(?:also|then|first)\s+)?(?:was|were|is|are|has|have|had|held|"
    r"met|meets|convened|opened|will|shall|took|takes)\b|"
    r"\s*,?\s*(?:which|that|who)\s+(?:(?:also|then|first|last|recently|had|has)\s+){0,2}"
    r"(?:met|meets|convened|sat|gathered|held\s+(?:its|a|the)|was\s+held|took\s+place)\b",
    re.I)
#: how far before the body the verb may stand
_REACH = 120


def channel_named(text: str, start: int, at: int, end: int, stop: int) -> bool:
    """Whether the body named at ``at``-``end`` (its clause from ``start`` to
    ``stop``) is the channel ties run through (see above)."""
    lead = text[max(start, at - _REACH):at]
    m = _CHANNEL_BEFORE.search(lead)
    if m is None or _SITTING.search(text, at, end) or _SITTING.search(m.group("words")):
        return False
    return not _ACTS_AFTER.match(text, end, stop)
