"""Organization names: German nominative forms and one entry per organization.

German inflects a name after an article: "des Deutschen Sparkassen- und Giroverbandes" is
"der Deutsche Sparkassen- und Giroverband" (GUIDELINES: the form after der/die/das will do).
A text also names one organization several times, short and long ("Naturschutzbund
Deutschland (NABU)", "NABU", "der Naturschutzbund"): the fullest name stands for all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from .datepatterns import REGEX_TIMEOUT

# Capitalized adjectives that belong to a name ("Deutscher", "Allgemeine", "Städtisches",
# "Technische", "Freie"): the -isch/-lich derivations and the few plain adjectives that
# open German organization names. Place adjectives in -er ("Hamburger") are not among them.
NAME_ADJECTIVE = regex.compile(
    r"^(?=\p{Lu})(?i:\p{L}*(?:isch|lich|deutsch|gemein|neu|frei|evangel|kathol|vereinigt|ober|nieder|"
    r"mittel|nord|süd|west|ost|rot))(?:e|en|er|es|em)$",
    regex.V1,
)
WORD = regex.compile(r"\w+", regex.V1)
ENDINGS = ("ern", "en", "er", "es", "em", "e", "s", "n")


def name_words(name: str) -> list[str]:
    return WORD.findall(name.casefold(), timeout=REGEX_TIMEOUT)


def stem(word: str) -> str:
    """A word without its German inflection ending, to compare "Lübecks" with "Lübeck"."""
    if len(word) > 4:
        for ending in ENDINGS:
            if word.endswith(ending):
                return word[: -len(ending)]
    return word


def contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """True where the word list ``shorter`` stands inside ``longer`` as whole words."""
    n = len(shorter)
    return n > 0 and any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def is_initialism(acronym: str, name: str) -> bool:
    """ "INSM" for "Initiative Neue Soziale Marktwirtschaft", "ADFC" for "Allgemeiner Deutscher
    Fahrrad-Club": the acronym spells the initials of the capitalized words and hyphen parts."""
    parts = [p for w in name.split() for p in w.split("-") if p[:1].isupper()]
    letters = "".join(p[0] for p in parts)
    # Two letters spell a two-word name only ("Deutsche Bahn (DB)"): shorter
    # spellings match too many word pairs by chance.
    long_enough = len(acronym) >= 3 or len(parts) == 2
    return long_enough and len(acronym) >= 2 and letters.casefold() == acronym.casefold()


def nominative_adjective(word: str) -> str:
    """ "Deutschen" / "Deutschem" / "Deutscher" -> "Deutsche" (the form after der/die/das)."""
    if NAME_ADJECTIVE.match(word):
        for ending in ("en", "em", "er", "es"):
            if word.endswith(ending):
                return word[: -len(ending)] + "e"
    return word


def strip_genitive(word: str, head: str) -> str:
    """ "Giroverbandes" -> "Giroverband", "Klinikums" -> "Klinikum" where ``head`` ends the word."""
    lower = word.casefold()
    for ending in ("es", "s"):
        if lower.endswith(head + ending):
            return word[: -len(ending)]
    return word


@dataclass
class OrgName:
    """One organization candidate: its nominative name, evidence span and short forms."""

    name: str
    start: int
    end: int
    pattern: str
    aliases: set[str] = field(default_factory=set)

    @property
    def words(self) -> list[str]:
        return [stem(w) for w in name_words(self.name)]


def merge_names(candidates: Sequence[OrgName]) -> list[OrgName]:
    """One entry per organization, its fullest name; in order of first mention.

    A name that stands inside a longer one ("Europa-Universität" in "Europa-Universität Viadrina
    Frankfurt (Oder)") or is the short form of one ("NABU") joins it.
    """
    # Indexes over the kept names (by word, by alias, by name) keep this linear in the number
    # of candidates for texts that name hundreds of bodies; the first kept match still wins.
    cand_words = [tuple(c.words) for c in candidates]
    order = sorted(
        range(len(candidates)),
        key=lambda k: (-len(cand_words[k]), -len(candidates[k].name), candidates[k].start),
    )
    kept: list[OrgName] = []
    kept_words: list[tuple[str, ...]] = []
    first_start: list[int] = []
    by_word: dict[str, list[int]] = {}
    by_alias: dict[str, set[int]] = {}
    by_name: dict[str, list[int]] = {}

    def add_aliases(i: int, aliases: set[str]) -> None:
        for alias in aliases:
            by_alias.setdefault(alias.casefold(), set()).add(i)

    for k in order:
        cand, words = candidates[k], cand_words[k]
        target: int | None = None
        if words:
            # every name that holds the words holds the rarest of them
            holders = min((by_word.get(w, []) for w in set(words)), key=len)
            for i in holders:
                if contains(kept_words[i], words):
                    target = i
                    break
        for i in by_alias.get(cand.name.casefold(), ()):
            if target is None or i < target:
                target = i
        for alias in cand.aliases:
            for i in by_name.get(alias.casefold(), []):
                if target is None or i < target:
                    target = i
        if target is None:
            i = len(kept)
            kept.append(OrgName(cand.name, cand.start, cand.end, cand.pattern, set(cand.aliases)))
            kept_words.append(words)
            first_start.append(cand.start)
            for w in set(words):
                by_word.setdefault(w, []).append(i)
            by_name.setdefault(cand.name.casefold(), []).append(i)
            add_aliases(i, cand.aliases)
        else:
            kept[target].aliases |= cand.aliases
            add_aliases(target, cand.aliases)
            first_start[target] = min(first_start[target], cand.start)
    return [k for _, k in sorted(zip(first_start, kept), key=lambda p: p[0])]
