"""A document's memory of the persons it has tied to a side.

A release introduces a foreign official once with their side ("the Lithuanian
Foreign Minister Jonas Petraitis", "the Foreign Minister of Finland, Aino
Virtanen") and later names them alone ("talks with Petraitis", "Virtanen
thanked ..."). The office-holders table (:mod:`._holders`) knows only the
names it lists; this memory knows every person the document has introduced.

As the sentences are recognised, in the order of the text, each titled person
:func:`._persons.find_titles` ties to a country or an organisation other than
the issuer is remembered by full name and by surname. A later sentence that
names them (full name, or the surname alone) gets their side as an entity, by
the same path as a named office-holder (:func:`._holders.add_found`). Left
out: a surname that the text also writes in lower case (a common word), a
surname two persons share, a name of one of the issuer's own people, a name
before its introduction, and a name the gazetteer already reads as a place or
a body (the entities it overlaps win).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._holders import _handle_key, _Term, add_found, name_forms
from ._persons import _INSTITUTION, _NOT_NAME, TitleMention, clean_name, find_titles
from ._recognise import ISSUER, Sentence

__all__ = ["KnownPersons"]

#: a surname shorter than this is no name alone ("Li", "Le")
_MIN_SURNAME = 3
#: particles and suffixes that are no surname ("bin", "Jr")
_NOT_SURNAME = frozenset("bin al el ibn van von de da di der den del la le dos jr jr. sr sr. "
                         "ii iii iv".split())


@dataclass
class KnownPersons:
    """The persons a document has introduced so far (see the module)."""

    #: a name form -> the sides it stands for, (code, kind) -> the role first given
    #: (more than one side: ambiguous, none)
    sides: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)
    #: a surname form -> the first names of the persons it shortens, folded (more
    #: than one: two persons, neither)
    owners: dict[str, set[str]] = field(default_factory=dict)
    #: names and surnames of the issuer's own people (never a partner)
    own: set[str] = field(default_factory=set)
    _rx: re.Pattern[str] | None = None
    _dirty: bool = False

    def complete(self, s: Sentence, issuer: str | None) -> None:
        """Give ``s`` the sides of the persons introduced before it, then
        remember the persons it introduces."""
        if self.sides:
            self._add(s, issuer)
        self._note(s, issuer)

    # --- reading ----------------------------------------------------------------

    def _add(self, s: Sentence, issuer: str | None) -> None:
        rx = self._pattern()
        if rx is None:
            return
        found = []
        for m in rx.finditer(s.text, s.start, s.end):
            sides = self.sides.get(m.group())
            if not sides or len(sides) > 1 or m.group() in self.own:
                continue
            if len(self.owners.get(m.group(), ())) > 1:
                continue  # two persons of one surname: neither
            (code, kind), role = next(iter(sides.items()))
            found.append((m.start(), m.end(), _Term(code, kind, role, "", None)))
        if found:
            add_found(s, found, issuer)

    def _pattern(self) -> re.Pattern[str] | None:
        if self._dirty:
            forms = sorted((f for f, v in self.sides.items() if len(v) == 1
                            and f not in self.own), key=len, reverse=True)
            self._rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms))
                                  + r")(?![\w-])") if forms else None
            self._dirty = False
        return self._rx

    # --- remembering ------------------------------------------------------------

    def _note(self, s: Sentence, issuer: str | None) -> None:
        for t in find_titles(s, issuer) + _staff(s, issuer):
            name = clean_name(t.name)
            if not name or " " not in name:
                continue
            words = name.split()
            if set(words) & (_NOT_NAME | _INSTITUTION | _FUNCTION_WORDS):
                continue
            code = t.country
            if code is None:
                continue
            if t.inferred or code in (ISSUER, issuer):
                self.own |= _names(name, s.text)  # the issuer's own: never a partner
                self._dirty = True
                continue
            if words[0] in _ROLE_WORDS or _OF_BEFORE.search(s.text, s.start, t.start) \
                    or not _tied(s, t.start, t.end, name, code):
                continue  # "the Envoy of the President of X, A B": not the President
            kind = "org" if any(e.code == code and e.kind == "org" for e in s.ents) else "adj"
            for form in _names(name, s.text):
                self.sides.setdefault(form, {}).setdefault((code, kind), t.role)
                if form not in name_forms(name):
                    self.owners.setdefault(form, set()).add(_handle_key(words[0]))
            self._dirty = True


#: "of the US", "to the French": the office an aide serves, its side right after
_SERVES = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?$")
#: "A B, the counselor", "C D, a senior adviser": the aide named before the post
_AIDE_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s*(?:the|an?)\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}$")


def _staff(s: Sentence, issuer: str | None) -> list[TitleMention]:
    """Aides named before their post ("A B, the counselor of the US Defence
    Secretary", "C D, an adviser to the French President"): the side of the office
    they serve, told right after their post, is theirs."""
    titles = find_titles(s, issuer)
    out = []
    for t in find_titles(s, issuer, officials=True):
        if t.role != "official" or t.country not in (None, ISSUER, issuer) and not t.inferred:
            if t.role == "official" and t.name:
                out.append(t)  # "A B, the counselor of the US ...": tied by "of"
            continue
        before = _AIDE_BEFORE.search(s.text, max(s.start, t.start - 80), t.start)
        name = t.name or (before.group(1) if before else None)
        served = next((u for u in titles if u.start > t.end and u.country not in (
            None, ISSUER, issuer) and not u.inferred), None)
        if name is None or served is None:
            continue
        side = next((e for e in s.ents if e.code == served.country and not e.place
                     and e.kind in ("country", "adj") and t.end < e.start <= served.start),
                    None)
        if side is not None and _SERVES.search(s.text, t.end, side.start) \
                and s.text[side.end:served.start].strip() in ("", "'s", "’s"):
            out.append(TitleMention(side.start, side.end, t.role, served.country, name))
    return out


#: words of a post that a title may leave before the name ("FM Spokesman A B")
_ROLE_WORDS = frozenset("Spokesman Spokeswoman Spokesperson Envoy Representative Director "
                        "Commissioner Chief Adviser Advisor Counsellor Consul Senator Governor "
                        "Mayor Chancellor Crown Special Permanent Acting Director-General "
                        "Undersecretary Under-Secretary Assistant Executive".split())
#: words of a title-case headline, never of a name ("Ministers Agree To Boost ...")
_FUNCTION_WORDS = frozenset("To And Or Between With For From On In At By As Into Over After "
                            "Before About Against Amid Is Are Was Were Will Be".split())
#: a title that is itself another's ("the Special Envoy of the President of ...")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
#: how a side joins a title or a name: "Lithuanian Foreign Minister", "Finland's",
#: "the Foreign Minister of Finland", "A B of Finland"
_JOIN_BEFORE = re.compile(r"\s?|\s*['’]s?\s")
_JOIN_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def _tied(s: Sentence, a: int, b: int, name: str, code: str) -> bool:
    """Whether the sentence ties the title at ``a``:``b`` (or the name after or
    before it) to ``code`` closely: in the title, an adjective or possessive
    right before it, "of" right after it or the name, or the office-holders table.
    A side in a list before ("Kyrgyzstan, FM ...") or a destination after ("to
    the summit") is no tie."""
    text = s.text
    at = text.find(name, max(s.start, a - 80), min(s.end, b + 80 + len(name)))
    ends = [b] + ([at + len(name)] if at >= 0 else [])
    for e in s.ents:
        if e.code != code or e.place:
            continue
        if e.person and at >= 0 and e.start < at + len(name) and at < e.end:
            return True
        if a <= e.start and e.end <= b or a < e.start < b:
            return True
        if e.end <= a and _JOIN_BEFORE.fullmatch(text, e.end, a):
            return True
        if any(x <= e.start and _JOIN_AFTER.fullmatch(text, x, e.start) for x in ends):
            return True
    return False


def _names(name: str, text: str) -> set[str]:
    """The forms a later sentence may name ``name`` by: in full, and by its surname
    unless that is short, a particle, or a word the text also writes in lower case."""
    out = set(name_forms(name))
    surname = name.split()[-1]
    if len(surname) >= _MIN_SURNAME and surname.lower() not in _NOT_SURNAME \
            and surname[0].isupper() and not _written_alone(surname.lower(), text):
        out |= name_forms(surname)
    return out


def _written_alone(word: str, text: str) -> bool:
    r"""Whether ``text`` holds ``word`` with no word character or hyphen on either
    side: ``re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)``
    without compiling a pattern per word (``\w`` of a str pattern is what
    ``str.isalnum()`` or "_" is)."""
    n, at = len(text), text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _wordish(text[at - 1])) and (end == n or not _wordish(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"
