"""A document named by "signed" before its noun is one signed before, not a signing.

"Signed" as an attribute of a document's noun names documents that already exist:
"to implement signed cooperation agreements", "the fulfilment of previously signed
treaties", "all the already signed memoranda", "review their signed protocols"; so does
"signed" after the noun such a verb takes ("to review some agreements signed between the
two countries"). The
sentence tells what is done with them, not a signing on its day. The verb keeps its
subject before it ("Kenya and Peru signed agreements on trade", "the ministers
recently signed two memoranda"), and the trigger pattern already leaves out a bare
"the signed agreement".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._triggers import Trigger

__all__ = ["signed_before", "without_signed_before"]

_ADVERB = (r"(?:(?:previously|already|earlier|recently|newly|formerly|duly|jointly|"
           r"bilaterally|successfully|once)\s+)?")
#: what stands before an attribute "signed": a determiner, a preposition, or a verb of
#: carrying documents out, then at most one adverb ("of previously signed")
_BEFORE = re.compile(
    r"(?:\b(?:the|all|these|those|its|their|our|his|her|such|any|every|each|various|"
    r"many|several|other|existing|of|on|under|from|within|into|to|for|with|"
    r"implement(?:s|ed|ing)?|reali[sz](?:e|es|ed|ing)|execut(?:e|es|ed|ing)|"
    r"fulfil+(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|(?:carry|carries|carried|carrying)\s+out|"
    r"review(?:s|ed|ing)?|operationali[sz](?:e|es|ed|ing)|enforc(?:e|es|ed|ing)|"
    r"apply|applies|applied|applying|ratif(?:y|ies|ied|ying)|translat(?:e|es|ed|ing)"
    r"(?:\s+into\s+\w+)?|put\s+into\s+(?:practice|effect|force))\s+" + _ADVERB + r")$",
    re.I)
#: the attribute and the document's noun, at most two words between
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:agreements?|memorand(?:um|a|ums)|MoUs?|documents?|"
    r"accords?|protocols?|treat(?:y|ies)|declarations?|conventions?|instruments?|"
    r"contracts?|deals?)\b", re.I)


#: the documents a verb of carrying out or reviewing takes, then "signed" after their
#: noun: "to review several bilateral accords signed between the two states",
#: "implement all memoranda previously signed with Peru"
_CARRIED_OUT_BEFORE = re.compile(
    r"\b(?:implement(?:s|ed|ing)?|reali[sz](?:e|es|ed|ing)|execut(?:e|es|ed|ing)|"
    r"fulfil+(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|(?:carry|carries|carried|carrying)\s+out|"
    r"review(?:s|ed|ing)?|evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|"
    # ("examine the treaties signed", "took stock of the protocols signed", "monitor",
    # "operationalise", "follow up on")
    r"examin(?:e|es|ed|ing)|monitor(?:s|ed|ing)?|operationali[sz](?:e|es|ed|ing)|"
    r"(?:follow(?:s|ed|ing)?|followed)\s+up(?:\s+on)?|(?:take|takes|took|taking)\s+stock\s+of|"
    r"(?:implementation|review|fulfil+ment|execution|evaluation|assessment|examination|"
    r"monitoring|stock-?taking)\s+of)\s+"
    # ("reviewed the status of the agreements signed", "the progress in implementing")
    r"(?:(?:the|its|their)\s+(?:status|progress|state|implementation|execution|"
    r"follow-up)\s+(?:of|on|in)\s+)?"
    r"(?:(?:the|some|all|these|those|its|their|our|existing|various|several|many|other)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:agreements?|memorand(?:um|a|ums)|MoUs?|documents?|accords?|"
    r"protocols?|treat(?:y|ies)|conventions?|instruments?)\s+" + _ADVERB + r"$", re.I)


def signed_before(text: str, lo: int, t: Trigger) -> bool:
    """Whether the trigger ``t`` is "signed" as the attribute of a document's noun
    after a determiner, a preposition or a verb of carrying it out, or after the noun
    such a verb takes (its sentence opening at ``lo``)."""
    if t.text.lower() != "signed":
        return False
    before = text[max(lo, t.start - 90):t.start]
    if _CARRIED_OUT_BEFORE.search(before) is not None:
        return True
    return (_DOCUMENT_AFTER.match(text, t.end) is not None
            and _BEFORE.search(text[max(lo, t.start - 60):t.start]) is not None)


def without_signed_before(text: str, lo: int, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` without the attributes "signed" of documents signed before."""
    return [t for t in triggers if t.type != "agreement" or not signed_before(text, lo, t)]
