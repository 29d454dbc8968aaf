"""Entity keys: one normal form per body and per person in a release, for joins across releases.

A release names the same body in several ways: "die Hansestadt Lübeck", "Lübeck", "Lübecks";
"der Deutschen Forschungsgemeinschaft (DFG)", later "die DFG". Every fact that names an entity
gets a ``key`` that is the same for all of them: the nominative, without article, without
genitive ending, without an official title where the release also uses the bare name, and the
full name where the release introduces a short form for it.

Everything here reads one release only: two names get one key only where that release itself
says they are the same (an inflected form of the other, the bare place beside its titled form,
a short form in brackets after the full name). Nothing is guessed across releases, so two
different bodies are never merged because their names look alike.

Morphology comes from the pipeline's lemmas where it has a lemmatizer (``lemma``, a word →
lemma look-up); without one, from German inflection endings checked against the other mentions
of the release: "Lübecks" loses its -s only where the release also writes "Lübeck", so "Paris"
and "Mainz" stay as they are.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from spacy.lang.de.stop_words import STOP_WORDS

from .lexicons import load_lexicon
from .records import PressRelease

__all__ = ["Lemmatize", "ReleaseKeys", "assign_keys", "clean_name"]

# A word → its lemma, or None where the pipeline has none.
Lemmatize = Callable[[str], "str | None"]

_TIMEOUT = 1.0
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
# Endings a word may carry in an inflected name: before the head noun the adjective endings,
# on the head the genitive ones ("des Bundestages", "Lübecks"). Longest first.
_INNER_ENDINGS = ("en", "em", "er", "es", "e", "s")
_FINAL_ENDINGS = ("es", "s")
# How far a form is from the nominative, per ending stripped: a strong nominative adjective ending
# (-e, -er, -es) is nearer than -en/-em, which follow articles in the other cases.
_ENDING_COST = {"": 0, "e": 1, "er": 1, "es": 1, "s": 2, "en": 2, "em": 2}
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&.'’-]*", regex.V1)
# "Deutsche Forschungsgemeinschaft (DFG)": a short form in brackets right after a name.
_SHORT_FORM = regex.compile(r"\(\s*([\p{Lu}][\p{L}\p{N}&./-]{1,11})\s*\)", regex.V1)
# Lowercase words that may stand inside an institution's name ("Ministerium für Bildung und Kultur").
_NAME_CONNECTORS = frozenset({"für", "und", "der", "des", "von", "vom", "zur", "zum", "im", "in", "am", "an", "auf", "e.V."})
_MAX_FULL_WORDS = 10


def _words(name: str) -> list[str]:
    return name.split()


def clean_name(name: str) -> str:
    """The name without surrounding quotes, a leading article, a closing bracket of one word (a
    short form "(DFG)" or a place "(Erkrath)": a qualifier, not the name) or a genitive
    apostrophe ("Klaus'"), with single spaces."""
    name = " ".join(name.replace("\u00a0", " ").split()).strip("„“”\"'‚‘’«»,;:")
    name = _SHORT_FORM.sub("", name, timeout=_TIMEOUT).strip() if name.endswith(")") else name
    words = _words(name)
    # "DIE ZEIT": an article in capitals is part of a title, not grammar.
    if len(words) > 1 and words[0].casefold() in _ARTICLES and not words[0].isupper() and words[1][:1].isupper():
        words = words[1:]
    if words and words[-1].endswith(("'", "’")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lexicon("key_official_prefixes"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _feminine() -> tuple[str, ...]:
    return load_lexicon("key_feminine_heads")


@lru_cache(maxsize=1)
def _neuter() -> tuple[str, ...]:
    return load_lexicon("key_neuter_heads")


def _split_ending(word: str, endings: tuple[str, ...]) -> tuple[str, str]:
    """(stem, ending) of a capitalized word; lowercase words ("für") and short ones stay whole."""
    if not word[:1].isupper() or word.isupper():
        return word, ""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)], ending
    return word, ""


def _head_index(words: list[str]) -> int:
    """The head noun: the last capitalized word before a lowercase connector ("Ministerium für
    Bildung" → "Ministerium"), else the last word."""
    for i, word in enumerate(words):
        if i and not word[:1].isupper():
            return i - 1
    return len(words) - 1


@dataclass
class _Group:
    """The forms of one name in a release, and what points to it."""

    forms: Counter[str] = field(default_factory=Counter)
    cost: dict[str, int] = field(default_factory=dict)
    preferred: set[str] = field(default_factory=set)

    def add(self, form: str, cost: int, count: int = 1, preferred: bool = False) -> None:
        self.forms[form] += count
        self.cost[form] = min(cost, self.cost.get(form, cost))
        if preferred:
            self.preferred.add(form)

    def best(self) -> str:
        # Nearest the nominative; then a form the extraction gave as a nominative name; then the
        # commonest; then the shortest; then alphabetical, so that the choice never depends on order.
        return min(self.forms, key=lambda f: (self.cost[f], f not in self.preferred, -self.forms[f], len(f), f))


class ReleaseKeys:
    """The keys of the names of one release (``text``); :meth:`key` answers for a name."""

    def __init__(self, text: str, names: Iterable[str], *, preferred: Iterable[str] = (), lemma: Lemmatize | None = None) -> None:
        self.text = text
        self.lemma = lemma
        self.groups: dict[str, _Group] = {}
        self.alias: dict[str, str] = {}
        preferred_clean = {clean_name(n) for n in preferred}
        cleaned = [clean_name(n) for n in names if n and n.strip()]
        for name in cleaned:
            self._add(name, preferred=name in preferred_clean)
            self._add_attested_bare_form(name)
        self._add_short_forms()
        self._drop_official_prefixes()

    # -- signatures -------------------------------------------------------------------------
    def _signature(self, name: str) -> tuple[str, int]:
        """The name with its inflection endings off (casefolded), and how far it is from the nominative."""
        words = _words(name)
        head = _head_index(words)
        out, cost = [], 0
        for i, word in enumerate(words):
            lemma = self.lemma(word) if self.lemma else None
            # Adjective endings before the head noun, genitive endings on it, none after it
            # ("Ministerium für Bildung und Forschung").
            endings = _INNER_ENDINGS if i < head else _FINAL_ENDINGS if i == head else ()
            if lemma and lemma[:1].isupper():
                stem, ending = _split_ending(lemma, endings)
                cost += 0 if lemma == word else 1
            else:
                stem, ending = _split_ending(word, endings)
                cost += _ENDING_COST.get(ending, 2)
            out.append(stem.casefold())
        return " ".join(out), cost

    def _add(self, name: str, *, count: int = 1, preferred: bool = False) -> str:
        sig, cost = self._signature(name)
        self.groups.setdefault(sig, _Group()).add(name, cost, count, preferred)
        if self.lemma:
            lemma_form = " ".join(self.lemma(w) or w if w[:1].isupper() else w for w in _words(name))
            if lemma_form != name:
                self.groups[sig].add(lemma_form, 0, 0)
        return sig

    def _bare_in_text(self, name: str) -> bool:
        """Whether the text names ``name`` on its own: not inside a longer capitalized name (nor
        after an official title), not in a hyphenated compound."""
        pattern = _bounded_name(name)
        for match in pattern.finditer(self.text, timeout=_TIMEOUT):
            # A window, not the whole text before: a name named often in a long text stays linear.
            before = self.text[max(0, match.start() - 60) : match.start()].rstrip(" ")
            if match.start() == 0 or before.endswith(("\n", ".", ":", "„", "(", "–", "-")):
                return True
            previous = _WORD.findall(before[-40:], timeout=_TIMEOUT)
            # "in Felsburg", "In Felsburg": a function word (German stop words) before the name;
            # "Universität Felsburg", "Hansestadt Felsburg": a longer name.
            if previous and (not previous[-1][:1].isupper() or previous[-1].casefold() in STOP_WORDS):
                return True
        return False

    def _add_attested_bare_form(self, name: str) -> None:
        """"Lübecks" where the text also writes "Lübeck": the form without the genitive ending."""
        words = _words(name)
        stem, ending = _split_ending(words[-1], _FINAL_ENDINGS)
        if ending and stem[-1:] not in {"s", "ß", "x", "z"}:
            bare = " ".join([*words[:-1], stem])
            if self._bare_in_text(bare):
                self._add(bare, count=0)

    # -- short forms --------------------------------------------------------------------------
    def _nominative_from_text(self, words: list[str], article: str | None) -> str:
        """A name as the text has it after ``article`` ("der Deutschen Forschungsgemeinschaft"),
        in the nominative: the adjectives' -en and a genitive head's ending follow the head's gender."""
        head = _head_index(words)
        head_word = words[head].casefold()
        if article in {"der", "dem", "den", "des"}:
            gender = (
                "f" if head_word.endswith(_feminine()) else "n" if head_word.endswith(_neuter()) else "m"
            )
            if article == "der" and gender != "f":
                return " ".join(words)  # "der Deutsche Wetterdienst": already nominative
            words = list(words)
            for i in range(head):
                if words[i][:1].isupper() and words[i].endswith("en") and not words[i].isupper():
                    words[i] = words[i][:-2] + {"f": "e", "n": "es", "m": "er"}[gender]
            if article == "des" and gender != "f":
                words[head] = _split_ending(words[head], _FINAL_ENDINGS)[0]
        return " ".join(words)

    def _add_short_forms(self) -> None:
        for match in _SHORT_FORM.finditer(self.text, timeout=_TIMEOUT):
            short = match.group(1)
            if sum(c.isupper() for c in short) < 2:
                continue  # "(Note 1,9)", "(Foto)": not a short form
            # The full name stands in the same line and sentence as its short form.
            span = self.text[max(0, match.start() - 200) : match.start()]
            before = _WORD.findall(span[span.rfind("\n") + 1 :], timeout=_TIMEOUT)
            ends = [i for i, w in enumerate(before) if _ends_sentence(w)]
            window = before[ends[-1] + 1 :] if ends else before
            window = window[-_MAX_FULL_WORDS:]
            full: list[str] | None = None
            for i in range(len(window)):
                words = window[i:]
                if any(not w[:1].isupper() and w not in _NAME_CONNECTORS for w in words):
                    continue
                if words[0][:1].isupper() and words[-1][:1].isupper() and _abbreviates(short, words):
                    full = words
                    break  # the longest that fits
            if not full:
                continue
            start = len(window) - len(full)
            article = window[start - 1].casefold() if start > 0 and window[start - 1].casefold() in _ARTICLES else None
            full_name = self._nominative_from_text(full, article)
            full_sig = self._add(full_name, count=0)
            short_sig = self._signature(short)[0]
            if short_sig != full_sig:
                self.alias[short_sig] = full_sig

    # -- official prefixes --------------------------------------------------------------------
    def _drop_official_prefixes(self) -> None:
        for sig, group in list(self.groups.items()):
            best = group.best()
            for prefix in _prefixes():
                if not best.startswith(prefix + " "):
                    continue
                rest = best[len(prefix) + 1 :]
                rest_sig = self._signature(rest)[0]
                if (rest_sig in self.groups and rest_sig != sig) or self._bare_in_text(rest):
                    if rest_sig not in self.groups:
                        self._add(rest, count=0)
                    self.alias[sig] = rest_sig
                break

    # -- answers ------------------------------------------------------------------------------
    def key(self, name: str | None) -> str | None:
        """The key of ``name`` (None for None or an empty name)."""
        if not name or not name.strip():
            return None
        cleaned = clean_name(name)
        sig = self._signature(cleaned)[0]
        seen = {sig}
        while sig in self.alias and self.alias[sig] not in seen:
            sig = self.alias[sig]
            seen.add(sig)
        group = self.groups.get(sig)
        return group.best() if group else cleaned


@lru_cache(maxsize=1024)
def _bounded_name(name: str) -> regex.Pattern[str]:
    """``name`` as whole words: no letter, digit or hyphen on either side."""
    return regex.compile(r"(?<![\p{L}\p{N}-])" + regex.escape(name) + r"(?![\p{L}\p{N}-])", regex.V1)


def _ends_sentence(word: str) -> bool:
    """A word that closes a sentence ("Bericht.", "so:"), not an abbreviation ("Co.", "e.V.", "St.")."""
    if word.endswith(("!", "?", ":")):
        return True
    return word.endswith(".") and len(word) > 4 and "." not in word[:-1]


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` can be the initials of ``words``: the same first letter, and its capitals in
    order among the letters of the name ("DFG" in "Deutsche Forschungsgemeinschaft", "BMBF" in
    "Bundesministerium für Bildung und Forschung")."""
    letters = "".join(w for w in words if w[:1].isupper()).casefold()
    if not letters or letters[0] != short[0].casefold():
        return False
    capitals = [c.casefold() for c in short if c.isupper()]
    # Each capital after the first begins a word or a compound part: look for it in order.
    position = 1
    for c in capitals[1:]:
        position = letters.find(c, position)
        if position < 0:
            return False
        position += 1
    # Every capitalized word of the name (but the first) must be covered by a capital: no long
    # run of words the short form leaves out ("Sprecher Max Muster (DFG)").
    return len([w for w in words if w[:1].isupper()]) <= len(capitals) + 1


def _person_key(name: str, persons: set[str], text: str) -> str:
    """A speaker's name without a genitive ending ("Anna Schmidts" where "Anna Schmidt" is named too)."""
    cleaned = clean_name(name)
    words = _words(cleaned)
    stem, ending = _split_ending(words[-1], ("s",))
    if ending:
        bare = " ".join([*words[:-1], stem])
        if bare in persons or regex.search(
            r"(?<![\p{L}-])" + regex.escape(stem) + r"(?![\p{L}-])", text, regex.V1, timeout=_TIMEOUT
        ):
            return bare
    return cleaned


def _dateline_place(record: PressRelease, text: str) -> str | None:
    """The dateline's place as the body text writes it: "SAARBRÜCKEN." is "Saarbrücken" where the
    text has that form (capitals are the dateline's typography, not the name)."""
    if record.dateline is None or not record.dateline.place:
        return None
    place = record.dateline.place
    if place.isupper():
        pattern = r"(?<![\p{L}-])" + regex.escape(place) + r"(?![\p{L}-])"
        for match in regex.finditer(pattern, text, regex.V1 | regex.I, timeout=_TIMEOUT):
            form: str = match.group(0)
            if not form.isupper():
                return form
    return place


def assign_keys(record: PressRelease, lemma: Lemmatize | None = None, *, text: str | None = None) -> PressRelease:
    """``record`` with a ``key`` on every fact that names an entity, on every speaker and on the
    dateline's place. ``text``: the release's text as the pipeline read it (without soft hyphens
    and the like, as the names are), where that differs from ``record.text``."""
    text = record.text if text is None else text
    place = _dateline_place(record, text)
    bodies = [
        *([place] if place else []),
        *(r.entity for r in record.rankings),
        *(r.entity for r in record.rank_changes),
        *(s.entity for s in record.scores if s.entity),
        *(o.name for o in record.organizations),
        *(s.organization for s in record.speakers if s.organization),
    ]
    keys = ReleaseKeys(text, bodies, preferred=[o.name for o in record.organizations], lemma=lemma)
    persons = {clean_name(s.name) for s in record.speakers}
    return dataclasses.replace(
        record,
        dateline=dataclasses.replace(record.dateline, key=keys.key(place)) if record.dateline else None,
        rankings=[dataclasses.replace(r, key=keys.key(r.entity)) for r in record.rankings],
        rank_changes=[dataclasses.replace(r, key=keys.key(r.entity)) for r in record.rank_changes],
        scores=[dataclasses.replace(s, key=keys.key(s.entity)) for s in record.scores],
        organizations=[dataclasses.replace(o, key=keys.key(o.name)) for o in record.organizations],
        speakers=[
            dataclasses.replace(
                s, key=_person_key(s.name, persons, text), organization_key=keys.key(s.organization)
            )
            for s in record.speakers
        ],
    )
