"""Which of a trigger's records are new to its sentence (see
:func:`communique.extract._frames.frame_sentence`): a record that an earlier trigger
already made is dropped unless the official met is another ("called on President A
and held talks with Foreign Minister B": two officials, two meetings). A list of
officials after a second verb is met besides the first verb's official ("called on
General Secretary A and met with Prime Minister B and Speaker C": three meetings),
where the first verb has an official of its own between the two, and unless the
list's partner was named between the two verbs ("held a meeting with Ukraine's
Foreign Minister and had an exchange with the US Secretary of State": the second
verb's region reaches back to Ukraine, met once; "Bilateral meetings were held on the
fringes of the Leaders' meetings with A, B and C": one list, met once)."""

from __future__ import annotations

from ..model import Record
from ._persons import find_titles
from ._recognise import Sentence
from ._sentence_keys import Who, another_official, sentence_key
from ._triggers import Trigger

__all__ = ["new_records"]


def new_records(s: Sentence, t: Trigger, made: list[Record],
                seen: dict[tuple[object, ...], set[Who]], who: Who, listed: bool,
                before: list[Trigger],
                issuer: str | None) -> list[Record]:
    """The records of ``made`` (trigger ``t``'s) that no earlier trigger of the sentence
    made: new by their key, or another official (``who``) met; with ``listed`` (a list
    of officials after ``t``), also those whose partner is not named between the
    trigger before and ``t``."""
    prev = before[-1].end if before else s.start
    titles = find_titles(s, issuer, officials=True) if listed else []
    listed = listed and any(prev <= m.start < t.start for m in titles)
    # (an official's name read as his country, "President Ruto", is no partner named)
    named = {m.end for m in titles}
    between = [e for e in s.ents if prev <= e.start < t.start and e.kind in ("country", "adj")
               and not any(s.text[a:e.start].strip() == "" for a in named if a <= e.start)]
    out = []
    for r in made:
        key = sentence_key(r)
        if key not in seen or another_official(r.type, who, seen[key]):
            out.append(r)
        elif listed and r.type == "meeting" and before \
                and not any(e.code in r.to for e in between):
            out.append(r)
    return out
