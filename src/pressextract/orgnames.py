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
    return len(acronym) >= 3 and letters.casefold() == acronym.casefold()


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
    order = sorted(candidates, key=lambda c: (-len(c.words), -len(c.name), c.start))
    kept: list[OrgName] = []
    first_start: dict[int, int] = {}
    for cand in order:
        target = None
        cand_key = cand.name.casefold()
        for i, other in enumerate(kept):
            if (
                contains(other.words, cand.words)
                or cand_key in {a.casefold() for a in other.aliases}
                or other.name.casefold() in {a.casefold() for a in cand.aliases}
            ):
                target = i
                break
        if target is None:
            kept.append(OrgName(cand.name, cand.start, cand.end, cand.pattern, set(cand.aliases)))
            first_start[len(kept) - 1] = cand.start
        else:
            kept[target].aliases |= cand.aliases
            first_start[target] = min(first_start[target], cand.start)
    return [k for _, k in sorted(zip((first_start[i] for i in range(len(kept))), kept), key=lambda p: p[0])]
