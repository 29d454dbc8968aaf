"""People in German text: names, titles, roles and the body a role belongs to.

Pure functions over plain text (and optional person spans from an NER model). A
:class:`PersonMention` is one place where the text refers to a person: by name ("Landrat Udo
Kerner", "Jan Sommer, Bürgermeister von Adorf", "Sommer"), by role alone ("der Landrat")
or by pronoun ("sie", "Dieser"). :func:`find_person_mentions` finds them by rules over a light
tokenization; names the model tagged PER are taken in and corrected by the same rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from .datepatterns import REGEX_TIMEOUT
from .german import ARTICLES, INDEFINITE_ARTICLES
from .lexicons import lexicon_set, load_lexicon

__all__ = [
    "PersonMention",
    "Token",
    "find_person_mentions",
    "first_names",
    "is_role_word",
    "nominative",
    "place_from_adjective",
    "role_head",
    "tokenize",
]


class Token(NamedTuple):
    """A word or mark with its offsets (a named tuple: thousands are made per text)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One reference to a person; ``kind`` is "name", "role" or "pronoun"."""

    start: int
    end: int
    kind: str
    name: str | None
    title: str | None
    role: str | None
    organization: str | None
    found_by: str

    @property
    def last_name(self) -> str | None:
        if not self.name:
            return None
        return self.name.split()[-1]


# Abbreviated titles keep their dot ("Dr.", "Prof.", "Dipl.-Ing."), initials too ("R. Albers");
# words keep inner hyphens and apostrophes ("Kai-Uwe", "Abc-Präsident"), and a trailing hyphen
# of a shortened compound ("Innen- und Sportminister").
TOKEN_PATTERN = regex.compile(
    r"(?:Prof|Dr|Priv|Dipl|Kfm|Kffr|med|dent|vet|rer|nat|pol|oec|phil|jur|habil|mult|Mag)\.(?:-\w+\.?)?"
    r"|h\.\s?c\."
    r"|[A-ZÄÖÜ]\.(?=\s)"
    r"|\w+(?:[-'’*:/_]\w+)*(?:-(?=\s))?"
    r"|\S",
    regex.V1,
)


_last_tokenized: tuple[str, tuple[Token, ...]] = ("", ())


def _mention(
    tokens: Sequence[Token],
    first: int,
    end: int,
    kind: str,
    name: str | None,
    title: str | None,
    role: str | None,
    organization: str | None,
    found_by: str,
) -> PersonMention:
    """A mention whose evidence runs from token ``first`` to the token before ``end``."""
    return PersonMention(tokens[first].start, tokens[end - 1].end, kind, name, title, role, organization, found_by)


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``. Quotes, speakers and surnames all read the same text one after the
    other: the last result is kept (immutable, so sharing it is safe)."""
    global _last_tokenized
    cached_text, cached = _last_tokenized
    if text is cached_text or text == cached_text:
        return cached
    tokens = tuple(
        Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text, timeout=REGEX_TIMEOUT)
    )
    _last_tokenized = (text, tokens)
    return tokens


# Capitalized words that open sentences or name things and are never part of a person's name.
NON_NAME_WORDS = frozenset(
    """Der Die Das Des Dem Den Ein Eine Einer Eines Einem Einen Im In Am An Auf Aus Bei Mit Nach Von Vom
    Zu Zum Zur Für Über Unter Vor Hinter Neben Durch Gegen Ohne Um Und Oder Aber Auch Doch Denn Dass
    Er Sie Es Wir Ich Ihr Ihm Ihn Ihnen Uns Man Sein Seine Ihre Unser Unsere Mein Meine Dieser Diese
    Dieses Jener Jene Alle Jeder Jede Viele Einige Beide Bereits Schon Noch Nun Jetzt Heute Gestern
    Morgen Hier Dort Da Dabei Damit Dazu Daher Deshalb Denn So Wie Was Wer Wo Wann Warum Als Wenn Ob
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni
    Juli August September Oktober November Dezember Herr Frau Herrn Stadt Land Bund Gemeinde Kreis
    Landkreis Hansestadt Deutschland Europa Insgesamt Zudem Außerdem Gleichzeitig Besonders
    Laut Zufolge Gemeinsam Anlässlich Während Seit Bis Ab Weitere Weiteren Neue Neuen
    Bereits Damals Stets Anfangs Jeweils Übrigens Erstens Zweitens Drittens Abends Morgens Mittags
    Nachts Rechts Links Eines Alles Etwas Nichts Wieder Immer Außer Weder Entweder Jedoch Trotzdem
    Deshalb Dennoch Allerdings Schließlich Letztlich Zunächst Anschließend Danach Davor Vorher""".split()
)
PRONOUNS = frozenset({"er", "sie"})
DETERMINERS = ARTICLES | frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn mehrere einige viele alle keine kein diese dieser "
    "dieses diesen jede jeder jedes unser unsere ihr ihre sein seine".split()
)
DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene"})
# German nouns of these endings are abstract or collective words, never surnames.
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nahme", "ment", "ei", "tum", "nis")
DEPARTMENT_ENDINGS = (
    "führung",
    "leitung",
    "direktion",
    "verwaltung",
    "geschäftsstelle",
    "redaktion",
    "amt",
    "amts",
    "amtes",
    "abteilung",
    "referat",
    "referats",
    "dezernat",
    "dezernats",
    "bereich",
    "bereichs",
    "bereiches",
    "stelle",
    "fachbereich",
    "vorstand",
    "vorstands",
    "vorstandes",
    "aufsichtsrat",
    "aufsichtsrats",
    "lehrstuhl",
    "lehrstuhls",
    "lehrstuhles",
    "team",
    "teams",
    "verwaltungsrat",
    "verwaltungsrats",
    "verwaltungsrates",
    "beirat",
    "beirats",
    "beirates",
    "präsidium",
    "präsidiums",
    "kuratorium",
    "kuratoriums",
)
NEUTER_ENDINGS = (
    "um",
    "institut",
    "amt",
    "werk",
    "haus",
    "zentrum",
    "büro",
    "land",
    "unternehmen",
    "bündnis",
    "forum",
    "kolleg",
    "gremium",
    "komitee",
    "museum",
    "theater",
    "orchester",
    "ministerium",
    "klinikum",
    "netzwerk",
    "studio",
    "labor",
    "kontor",
    "konsortium",
    "kuratorium",
    "sekretariat",
)
GENDER_MARK = regex.compile(r"(?:[*:_/]|/-)in(?:nen)?$", regex.V1)
CAPITALIZED_NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}'’-]*$")


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    for entry in load_lexicon("roles"):
        parts = tuple(entry.split())
        if len(parts) == 1:
            single.add(entry.casefold())
        else:
            multi.append(parts)
    multi.sort(key=len, reverse=True)
    return frozenset(single), tuple(multi)


@lru_cache(maxsize=1)
def _acronym_roles() -> frozenset[str]:
    return frozenset(entry.casefold() for entry in load_lexicon("roles") if entry.isupper())


@lru_cache(maxsize=1)
def _role_suffixes() -> tuple[str, ...]:
    singles, _ = _role_words()
    return tuple(sorted(singles, key=len, reverse=True))


@lru_cache(maxsize=1)
def _modifier_stems() -> frozenset[str]:
    return frozenset(load_lexicon("role_modifiers"))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return lexicon_set("first_names")


def first_names() -> frozenset[str]:
    """Given names from the first-name lexicon (built from GermEval 2014, CC BY 4.0)."""
    return _first_names()


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return lexicon_set("speech_verbs", casefold=True)


@lru_cache(maxsize=1)
def _name_after_verbs() -> frozenset[str]:
    return lexicon_set("speech_verbs_name_follows", casefold=True)


@lru_cache(maxsize=1)
def _generic_prefixes() -> frozenset[str]:
    return lexicon_set("speaker_generic_prefixes", casefold=True)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return lexicon_set("titles")


def _strip_gender_mark(word: str) -> str:
    return GENDER_MARK.sub("", word)


@lru_cache(maxsize=1)
def _compound_role_suffixes() -> tuple[str, ...]:
    return tuple(suffix for suffix in _role_suffixes() if len(suffix) >= 4)


@lru_cache(maxsize=65536)
def role_head(word: str) -> str | None:
    """The role noun a word is or ends in ("Oberbürgermeisterin" gives "bürgermeisterin"), else None;
    an adjectival one also inflected ("Vorsitzenden" gives "vorsitzende")."""
    head = _plain_role_head(word)
    if head is None and word.endswith("en"):
        shorter = _plain_role_head(word[:-1])
        if shorter is not None and shorter.endswith("e"):
            return shorter
        # weak masculine nouns: "dem Präsidenten", "des Referenten", "den Journalisten"
        stem = _plain_role_head(word[:-2])
        if stem is not None and stem.endswith(WEAK_NOUN_ENDINGS):
            return stem
    if head is None and word.endswith("s") and len(word) > 4:
        # the genitive: "des Oberbürgermeisters", "des Landrats"
        stem = _plain_role_head(word[:-1])
        if stem is not None and not stem.endswith(("in", "e")):
            return stem
    return head


WEAK_NOUN_ENDINGS = ("ent", "ant", "ist", "oge", "at")


@lru_cache(maxsize=65536)
def _plain_role_head(word: str) -> str | None:
    """The role noun a word is or ends in as the lexicon writes it (no inflection read)."""
    if not word:
        return None
    # "Adorfia-CEO", "de-Pressesprecherin" (of "Reise.de-Pressesprecherin"): a body's name,
    # however written, joined by a hyphen to a role word is that role.
    prefix, hyphen, rest = word.rpartition("-")
    if hyphen and prefix and rest[:1].isupper() and (len(rest) <= 4 or not word[0].isupper()):
        return role_head(rest)
    if not word[0].isupper():
        return None
    folded = _strip_gender_mark(word).casefold()
    singles, _ = _role_words()
    if folded in singles:
        # "OB", "CEO" only as written: "Ob" opens a clause
        if folded in _acronym_roles() and not word.isupper():
            return None
        return folded
    # A compound ends in a role noun: "Bundesbildungsministerin", "Hauptgeschäftsführer".
    if not folded.endswith(_compound_role_suffixes()):
        return None  # one test over all suffixes first: most words end in none
    for suffix in _role_suffixes():
        if len(suffix) >= 4 and folded.endswith(suffix) and len(folded) > len(suffix) + 1:
            return suffix
    return None


def _adjectival_role(word: str) -> bool:
    """An inflected adjectival role noun: "Vorsitzenden", "Beauftragten", "Abgeordneten"."""
    return word.endswith("en") and not _plain_role_head(word) and (_plain_role_head(word[:-1]) or "").endswith("e")


def is_role_word(word: str) -> bool:
    return role_head(word) is not None


@lru_cache(maxsize=1)
def _non_modifier_stems() -> frozenset[str]:
    return frozenset(load_lexicon("role_non_modifiers"))


def _is_time_adjective(word: str) -> bool:
    """ "neue", "langjähriger", "scheidende": before a role, but not part of it."""
    return _has_stem(word, _non_modifier_stems())


def _has_stem(word: str, stems: frozenset[str]) -> bool:
    folded = word.casefold().rstrip(".")
    for ending in ("", "e", "er", "en", "es", "em"):
        if ending and not folded.endswith(ending):
            continue
        if folded[: len(folded) - len(ending)] in stems:
            return True
    return False


def _is_modifier(word: str) -> bool:
    """An adjective of a role: "Erster", "Geschäftsführende", "stellvertretender"."""
    if _is_time_adjective(word):
        return False
    return _has_stem(word, _modifier_stems())


def _is_prefix_word(word: str) -> bool:
    """ "Ex-Vize" in "Ex-Vize Präsident": prefixes of a role written apart from it."""
    parts = word.split("-")
    return word[:1].isupper() and all(p.casefold() in PREFIX_WORDS for p in parts)


PREFIX_WORDS = frozenset({"ex", "vize", "co", "interims", "noch", "alt", "mit"})


def _is_lower_adjective(word: str) -> bool:
    """A lower-case inflected adjective ("künstlerische", "medizinisch-ärztliche")."""
    return (
        word[:1].islower()
        and len(word) > 3
        and not _is_time_adjective(word)
        and word.casefold() not in ARTICLES
        and word.casefold() not in _speech_verbs()
        and ("-" in word or word.endswith(("e", "er", "en", "es")))
    )


def place_from_adjective(word: str) -> str | None:
    """The place a capitalized place adjective names: "Adorfer" gives "Adorf", "Waldinger" "Waldingen",
    "Münchner" "München"; None where the word is no such adjective."""
    if (
        len(word) < 5
        or word in NON_NAME_WORDS
        or not word[0].isupper()
        or not word.endswith("er")
        or _is_modifier(word)
        or _is_time_adjective(word)
    ):
        return None
    if word.endswith(("ischer", "licher", "iger", "ender", "ster", "ter", "erer", "eller")):
        return None
    stem = word[:-2]
    if stem.endswith("ing"):
        return stem + "en"
    if stem.endswith(("dn", "chn", "tn", "gn", "bn")):
        return stem[:-1] + "en"  # "Münchner" -> "München", "Odner" -> "Oden"
    return stem


def _genitive_place(word: str) -> str | None:
    """ "Talheims" gives "Talheim", "Sachsens" "Sachsen": a capitalized genitive before a role."""
    if len(word) < 4 or not word[0].isupper() or not word.endswith("s") or word in NON_NAME_WORDS:
        return None
    if word.endswith(("ss", "us", "is")) or role_head(word[:-1]):
        return None
    return word[:-1]


def nominative(article: str, words: Sequence[str]) -> str:
    """A genitive or dative noun phrase in the nominative: ("des", ["Deutschen", "Verbandes"])
    gives "Deutscher Verband"; ("der", ["Deutschen", "Bahn"]) gives "Deutsche Bahn"."""
    words = list(words)
    if not words:
        return ""
    article = article.casefold()
    # The head noun is the last word before a nested genitive ("Musikstiftung des Landes").
    head_index = len(words) - 1
    for k, w in enumerate(words):
        if w.casefold() in ("des", "der", "für") and k > 0:
            head_index = k - 1
            break
    if article == "des" and head_index == len(words) - 1 and not words[-1].endswith("s"):
        # A name after the genitive head: "des Gemeindetags Baden-Württemberg", "des Vereins
        # Leselust" - the head is the first noun, the one with the genitive ending.
        for k, w in enumerate(words[:-1]):
            if w.endswith("s") and w[:1].isupper() and not w.isupper() and not _is_adjective_en(w):
                head_index = k
                break
    head = words[head_index]
    if article in ("des", "vom", "dem") and head[:1].isupper() and not head.isupper():
        if article == "des":
            if head.endswith("es") and len(head) > 5 and head[-3] in "dtsßzgkh":
                head = head[:-2]
            elif head.endswith("s") and not head.endswith(("ss", "us", "is")):
                head = head[:-1]
        neuter = head.casefold().endswith(NEUTER_ENDINGS)
        for k in range(head_index):
            w = words[k]
            if _is_adjective_en(w, lower=True):
                words[k] = w[:-2] + ("es" if neuter else "er")
        words[head_index] = head
    elif article in ("der", "den"):
        for k in range(head_index):
            w = words[k]
            if _is_adjective_en(w, lower=True):
                words[k] = w[:-1]
    return _join(words)


ADJECTIVE_STEM_ENDINGS = (
    "isch",
    "lich",
    "ig",
    "sch",
    "al",
    "är",
    "ell",
    "iv",
    "ein",
    "eu",
    "ert",
    "igt",
    "int",
    "sam",
    "bar",
    "haft",
)


def _is_adjective_en(word: str, *, lower: bool = False) -> bool:
    """An inflected capitalized adjective in a name: "Deutschen", "Allgemeinen", "Bayerischen";
    with ``lower`` also one in lower case before it ("niedersächsischen", "regionalen")."""
    return (
        (word[:1].isupper() or lower)
        and word.endswith("en")
        and word[:-2].casefold().endswith(ADJECTIVE_STEM_ENDINGS)
    )


def _join(words: Sequence[str]) -> str:
    out = ""
    for w in words:
        if not out:
            out = w
        elif w in (")", ",", ".") or out.endswith("("):
            out += w
        else:
            out += " " + w
    return out


def _looks_like_name_word(tok: Token) -> bool:
    w = tok.text
    if not w[:1].isupper() or w in NON_NAME_WORDS or len(w) < 2 or w.endswith("-"):
        return False
    if not CAPITALIZED_NAME_WORD.match(w, timeout=REGEX_TIMEOUT):
        return False
    # "Jung", "Frei" are surnames; "Stiftung", "Polizei" are not
    if is_role_word(w) or len(w) >= 6 and w.casefold().endswith(NOUN_ENDINGS) and w not in _first_names():
        return False
    return not w.isupper()  # acronyms ("SPD", "VCX") are no names


def _is_initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[1] == "." and tok.text[0].isupper()


PARTICLES = frozenset({"von", "van", "de", "zu", "der", "den", "di", "da", "del", "della", "dos", "du", "ter", "ten"})
FOREIGN_PARTICLES = frozenset({"van", "de", "di", "da", "del", "della", "dos", "du", "ter", "ten"})


@dataclass(frozen=True, slots=True)
class _NameParse:
    title: str | None
    name: str
    start: int  # token index of the first title or name token
    name_start: int
    end: int  # token index after the name


HONORIFICS = frozenset({"Herr", "Herrn", "Frau"})
# Words between a speech verb and its speaker: "freut sich Anna Roth", "sagte dazu Anna Roth".
VERB_PARTICLES = frozenset({"sich", "dazu", "auch", "abschließend", "weiter", "heute", "zudem", "außerdem"})


def _parse_titles(tokens: Sequence[Token], i: int) -> tuple[list[str], int]:
    titles: list[str] = []
    # "Frau Müller", "Herrn Dr. Weber": the form of address is neither title nor name
    if i < len(tokens) and tokens[i].text in HONORIFICS:
        i += 1
    while i < len(tokens) and len(titles) < 5:
        t = tokens[i].text
        if t in _titles() or t.startswith(("Dr.", "Dipl.")):
            titles.append(t)
            i += 1
        else:
            break
    return titles, i


def _is_common_noun(word: str) -> bool:
    """A capitalized word that is a noun, not a name: in the noun list or of a noun's ending."""
    return word in lexicon_set("org_common_nouns") or (len(word) >= 6 and word.casefold().endswith(NOUN_ENDINGS))


def _opens_full_name(tokens: Sequence[Token], k: int) -> bool:
    """A known given name followed by a capitalized word on the same footing: "Ines Kaltenbach"."""
    return (
        tokens[k].text in _first_names()
        and k + 1 < len(tokens)
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 1].text not in NON_NAME_WORDS
    )


def _parse_name(tokens: Sequence[Token], i: int, text: str, *, max_words: int = 4) -> _NameParse | None:
    """Titles and a name starting at token ``i`` (the name's words capitalized, on one line)."""
    titles, j = _parse_titles(tokens, i)
    start_name = j
    words: list[Token] = []
    while j < len(tokens) and len(words) < max_words:
        tok = tokens[j]
        if words and "\n" in text[words[-1].end : tok.start]:
            break
        # After a known given name a plain role noun is a surname ("Eva Bischof", "Tim Richter"),
        # and so is a word with a noun's ending ("Horst Lorent")
        surname_role_noun = (
            len(words) == 1
            and words[0].text in _first_names()
            and tok.text.isalpha()
            and tok.text[:1].isupper()
            and tok.text not in NON_NAME_WORDS
            and (
                role_head(tok.text) == tok.text.casefold()
                or not is_role_word(tok.text)
                and tok.text.casefold().endswith(("ment", "ei", "nis"))
                and tok.text not in lexicon_set("org_common_nouns")
            )
        )
        if _is_initial(tok) or _looks_like_name_word(tok) or surname_role_noun:
            words.append(tok)
            j += 1
            # A genitive surname before its noun: "Minister Adlers Diagnose", "Jürgen Bedorfs Rede".
            # The first word of a name is read so only before a common noun: a given name that
            # ends in -s and is missing from the lexicon ("Jonas Pfleiderer", "Ines Kaltenbach")
            # is followed by a surname, which no noun list holds.
            if (
                tok.text.endswith("s")
                and not tok.text.endswith(("ss", "us", "is"))
                and tok.text not in _first_names()
                and j < len(tokens)
                and tokens[j].text[:1].isupper()
                and tokens[j].text not in _first_names()
                and "\n" not in text[tok.end : tokens[j].start]
                and (len(words) > 1 or _is_common_noun(tokens[j].text))
            ):
                words[-1] = Token(tok.text[:-1], tok.start, tok.end - 1)
                break
            continue
        if (
            (
                len(words) == 1
                or (words and words[-1].text in PARTICLES)
                # "Susanne Berg dos Santos": a second surname with a particle that is no German
                # preposition ("von Adorf" after a full name names the body)
                or (len(words) == 2 and tok.text in FOREIGN_PARTICLES)
            )
            and tok.text in PARTICLES
            and j + 1 < len(tokens)
            and (
                _looks_like_name_word(tokens[j + 1])
                or tokens[j + 1].text in PARTICLES
                and j + 2 < len(tokens)
                and _looks_like_name_word(tokens[j + 2])
            )
        ):
            words.append(tok)
            j += 1
            continue
        break
    while words and (words[-1].text in PARTICLES or _is_initial(words[-1])):
        words.pop()
        j -= 1
    if not words:
        return None
    name = text[words[0].start : words[-1].end]
    title = " ".join(titles) if titles else None
    return _NameParse(title, name, i, start_name, j)


@dataclass(frozen=True, slots=True)
class _RolePhrase:
    start: int  # token index of the phrase's first token (modifiers, place prefix)
    end: int  # token index after the phrase (complements included)
    role: str
    organization: str | None
    after_article: bool


@lru_cache(maxsize=1)
def _multiword_roles_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    _, multi = _role_words()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for parts in multi:
        by_first.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in by_first.items()}


def _multiword_role_at(tokens: Sequence[Token], i: int) -> int:
    """The number of tokens of a multi-word role ("Chief Digital Officer") at ``i``, else 0."""
    for parts in _multiword_roles_by_first().get(tokens[i].text, ()):
        n = len(parts)
        if i + n <= len(tokens) and all(tokens[i + k].text == parts[k] for k in range(n)):
            return n
    return 0


def _org_phrase(tokens: Sequence[Token], i: int, text: str) -> tuple[list[str], int]:
    """Words of an organization's name starting at ``i`` ("Deutschen Bäcker- und Konditorenverbandes
    (DBKV)", "MUSTER Beteiligungen AG", "Musikstiftung des Landes"), and the index after it."""
    words: list[str] = []
    j = i
    nested = False
    while j < len(tokens) and len(words) < 10:
        t = tokens[j].text
        if "\n" in text[tokens[j - 1].end : tokens[j].start] if j > i else False:
            break
        if t.endswith("-") and j + 2 < len(tokens) and tokens[j + 1].text == "und":
            words.extend([t, "und"])
            j += 2
            continue
        if t[:1].isupper() or t[:1].isdigit() and words:
            if is_role_word(t) and words:
                break
            if words and _opens_full_name(tokens, j):
                break  # "Leiter des Muster-Rankings Tom Adler": the person after the body
            words.append(t)
            j += 1
            continue
        if t == "für" and words and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() and not nested:
            # "Institut für Verkehrsforschung", "Deutsche Gesellschaft für Innere Medizin"
            nested = True
            words.append(t)
            j += 1
            continue
        if (
            nested
            and t in ("und", ",")
            and j + 1 < len(tokens)
            and tokens[j + 1].text[:1].isupper()
            and not is_role_word(tokens[j + 1].text)
        ):
            if t == "," and not any(x.text == "und" for x in tokens[j + 2 : j + 6]):
                break
            # "Ministerium für Wirtschaft, Arbeit und Tourismus"
            words.append(t)
            j += 1
            continue
        if t in ("&", "+") and words:
            words.append(t)
            j += 1
            continue
        if words and t[:1].islower() and any(c.isupper() for c in t[1:]) and t.isalnum():
            # a brand written in lower case with capitals inside: "Carsharing-Anbieter fahrMit";
            # a kind of body before it describes the body, the brand names it
            if len(words) == 1 and words[0].casefold().endswith(tuple(lexicon_set("org_type_nouns", casefold=True))):
                words = []
            words.append(t)
            j += 1
            continue
        if (
            t == "("
            and words
            and j + 2 < len(tokens)
            and tokens[j + 2].text == ")"
            and tokens[j + 1].text.isupper()
        ):
            # an acronym in brackets: dropped at the end ("… Konditorenverbandes (DBKV)"), kept inside
            # a name that goes on ("Industrie- und Handelskammer (IHK) Adorf-Talheim")
            if (
                j + 3 < len(tokens)
                and tokens[j + 3].text[:1].isupper()
                and "\n" not in text[tokens[j + 2].end : tokens[j + 3].start]
            ):
                words.append(f"({tokens[j + 1].text})")
            j += 3
            continue
        if (
            t in ("des", "der")
            and words
            and not nested
            and j + 1 < len(tokens)
            and tokens[j + 1].text[:1].isupper()
        ):
            if is_role_word(tokens[j + 1].text):
                break
            nested = True
            words.append(t)
            j += 1
            continue
        if t in ("e.", "e.V.") or t == "e" and j + 1 < len(tokens) and tokens[j + 1].text == ".":
            break
        break
    while words and (words[-1] in ("des", "der", "und", "&", "für", ",") or words[-1].endswith("-")):
        words.pop()
        j -= 1
    return words, j


def _adjective_org_phrase(tokens: Sequence[Token], i: int, text: str) -> tuple[list[str], int]:
    """An organization's name after up to two lower-case adjectives of it: "sächsischen
    Ministerium für Kultur" (after "im"), "regionalen Verkehrsverbund" (after "vom")."""
    k = i
    while (
        k < len(tokens)
        and k - i < 2
        and _is_adjective_en(tokens[k].text, lower=True)
        and tokens[k].text[:1].islower()
        and "\n" not in text[tokens[k].end : tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end]
    ):
        k += 1
    if k == i or k >= len(tokens) or not tokens[k].text[:1].isupper():
        return [], i
    words, end = _org_phrase(tokens, k, text)
    if len(words) == 1 and words[0][:1].islower():
        return words, end  # "regionalen Anbieter fahrMit": the brand is the name
    # "regionalen Carsharing-Anbieter" alone describes a body, it does not name one
    if len(words) < 2 or words[0] in NON_NAME_WORDS:
        return [], i
    return [t.text for t in tokens[i:k]] + words, end


def _complement(tokens: Sequence[Token], j: int, text: str) -> tuple[str | None, str | None, int]:
    """What follows a role noun: ("für Wirtschaft, Digitales und Kultur" role extension,
    organization from "des VDX"/"von Adorf"/"vom Institut für …", index after)."""
    if j >= len(tokens) or "\n" in text[tokens[j - 1].end : tokens[j].start]:
        return None, None, j
    t = tokens[j].text
    if t == "für" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        k = j + 1
        last = k
        while k < len(tokens):
            w = tokens[k].text
            if k > j + 1 and (_parse_titles(tokens, k)[1] > k or _opens_full_name(tokens, k)):
                break  # "Ministerin für Kultus Dr. Ines Kaltenbach": the name after the field
            if w[:1].isupper() and not is_role_word(w) or w.endswith("-"):
                last = k + 1
                k += 1
            elif (
                w in (",", "und")
                and k + 1 < len(tokens)
                and tokens[k + 1].text[:1].isupper()
                and not is_role_word(tokens[k + 1].text)
            ):
                k += 1
            else:
                break
        return text[tokens[j].start : tokens[last - 1].end], None, last
    if t in ("des", "der") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        words, k = _org_phrase(tokens, j + 1, text)
        if not words:
            return None, None, j
        head = [w for w in words if w not in ("des", "der")][0 if len(words) == 1 else -1]
        first_noun = next((w for w in words if not w.endswith("en") or w.isupper()), words[-1])
        if (
            first_noun.casefold().endswith(DEPARTMENT_ENDINGS)
            or head.casefold().endswith(DEPARTMENT_ENDINGS)
            and len(words) == 1
        ):
            # a department of the body is part of the role: "Leiter des Digitalisierungsamts";
            # the body it belongs to follows: "Sprecherin der Geschäftsführung der Muster GmbH"
            nested = next((x for x in range(j + 2, k) if tokens[x].text in ("des", "der")), None)
            if nested is not None and nested + 1 < k:
                org_words = [t.text for t in tokens[nested + 1 : k]]
                return (
                    text[tokens[j].start : tokens[nested - 1].end],
                    nominative(tokens[nested].text, org_words),
                    k,
                )
            return text[tokens[j].start : tokens[k - 1].end], None, k
        return None, nominative(t, words), k
    if t in ("von", "vom") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        words, k = _org_phrase(tokens, j + 1, text)
        if words:
            return None, nominative("vom" if t == "vom" else "", words), k
    # "Geschäftsführerin bei Adorfia", "Professorin an der Universität Talheim", "beim VCX",
    # "am Max-Muster-Institut" (dative)
    if (
        t in ("bei", "an")
        and j + 2 < len(tokens)
        and tokens[j + 1].text in ("der", "dem")
        and tokens[j + 2].text[:1].isupper()
    ):
        words, k = _org_phrase(tokens, j + 2, text)
        if words and words[0] not in NON_NAME_WORDS:
            return None, nominative("der" if tokens[j + 1].text == "der" else "vom", words), k
    if t in ("bei", "beim", "am") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        words, k = _org_phrase(tokens, j + 1, text)
        if words and words[0] not in NON_NAME_WORDS:
            return None, nominative("" if t == "bei" else "vom", words), k
    # "Direktor im Klinikum Adorf", "Referentin im Ministerium für …" (dative)
    if t == "im" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        words, k = _org_phrase(tokens, j + 1, text)
        if words and words[0] not in NON_NAME_WORDS:
            return None, nominative("vom", words), k
    # "Staatssekretärin im sächsischen Ministerium für …", "Sprecher beim regionalen Verkehrsverbund"
    if t in ("im", "vom", "beim") and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower():
        words, k = _adjective_org_phrase(tokens, j + 1, text)
        if words:
            return None, nominative("vom", words), k
    if (
        t in ("des", "der")
        and j + 2 < len(tokens)
        and tokens[j + 1].text[:1].islower()
        and not is_role_word(tokens[j + 2].text)
    ):
        words, k = _adjective_org_phrase(tokens, j + 1, text)
        if words:
            return None, nominative(t, words), k
        # "Leiter der für Einkauf und Vertrieb zuständigen Muster-Gruppe": an attribute
        # phrase that ends in a participle before the body's name; the name alone is the body
        for p in range(j + 2, min(len(tokens) - 1, j + 9)):
            w = tokens[p].text
            if w in (",", ".", ";", ":") or "\n" in text[tokens[p - 1].end : tokens[p].start]:
                break
            if w[:1].islower() and w.endswith("en") and tokens[p + 1].text[:1].isupper():
                if tokens[j + 1].text not in ("für", "mit", "von", "in", "im", "am", "an", "auf", "bei", "zur", "zum"):
                    break
                words, k = _org_phrase(tokens, p + 1, text)
                if words and not is_role_word(words[0]) and words[0] not in NON_NAME_WORDS:
                    return None, _join(words), k
                break
    # "von der Verbraucherzentrale Hessen", "von den Stadtwerken" (dative)
    if (
        t == "von"
        and j + 2 < len(tokens)
        and tokens[j + 1].text in ("der", "dem")
        and tokens[j + 2].text[:1].isupper()
    ):
        words, k = _org_phrase(tokens, j + 2, text)
        if words:
            return None, nominative("der" if tokens[j + 1].text == "der" else "vom", words), k
    return None, None, j


QUOTE_MARKS = "„“”\"'‚‘’»«"


def _hyphen_prefix(tokens: Sequence[Token], i: int, text: str) -> tuple[str, int, int] | None:
    """The part before the hyphen of a compound role word at token ``i``, as (prefix without
    quote marks, its start offset, the index of its first token); None where there is none or it
    is a role or lower-case word itself ("Innen-", "Vize-")."""
    role_tok = tokens[i]
    hyphen = role_tok.text.rfind("-")
    if hyphen >= 0:
        rest_start = role_tok.start + hyphen + 1
    elif role_tok.start > 0 and text[role_tok.start - 1] == "-":
        rest_start = role_tok.start
    else:
        return None
    chunk_start = rest_start - 1
    if chunk_start > 0 and text[chunk_start - 1] in QUOTE_MARKS:
        # a quoted name: back to its opening mark ("„kompakt“-Chefredakteur")
        opening = max(text.rfind(mark, max(0, chunk_start - 41), chunk_start - 1) for mark in QUOTE_MARKS)
        if opening < 0 or not (opening == 0 or text[opening - 1].isspace()):
            return None
        chunk_start = opening
    else:
        # the name's own characters back to the space: "Reise.de", "K.L.-Data", "A&B"
        while (
            chunk_start > 0
            and (text[chunk_start - 1].isalnum() or text[chunk_start - 1] in ".&+-_/")
            and rest_start - chunk_start < 60
        ):
            chunk_start -= 1
        while chunk_start < rest_start - 1 and not text[chunk_start].isalnum():
            chunk_start += 1
        if chunk_start > 0 and not text[chunk_start - 1].isspace() and text[chunk_start - 1] not in "(/" + QUOTE_MARKS:
            return None  # glued to a word: "Trainer/in", "Ex-"
    raw = text[chunk_start : rest_start - 1]
    prefix = raw.strip(QUOTE_MARKS)
    rest = text[rest_start : role_tok.end]
    if (
        not prefix
        or not rest[:1].isupper()
        or not is_role_word(rest)
        or is_role_word(prefix)
        or not (any(c.isupper() for c in prefix) or prefix != raw)  # a quoted name may be lower-case
        or prefix[:1].isdigit()
    ):
        return None
    first = i
    while first > 0 and tokens[first - 1].start >= chunk_start:
        first -= 1
    prefix_start = chunk_start + (len(raw) - len(raw.lstrip(QUOTE_MARKS)))
    return prefix, prefix_start, first


BODY_ACRONYM = regex.compile(r"^\p{Lu}[\p{L}\d&]{1,9}$", regex.V1)


def _is_body_acronym(word: str) -> bool:
    """A short name in capitals ("BVXM", "VDKi", "DGX"), not an abbreviation that names no body."""
    return (
        sum(c.isupper() for c in word) >= 2
        and bool(BODY_ACRONYM.match(word, timeout=REGEX_TIMEOUT))
        and word not in lexicon_set("org_non_org_acronyms")
        and word not in _titles()
        and role_head(word) is None
    )


def _role_phrase(tokens: Sequence[Token], i: int, n_role: int, text: str) -> _RolePhrase:
    """The role noun at ``i`` (``n_role`` tokens) with its modifiers, place prefix and complements."""
    role_tok = tokens[i]
    org: str | None = None
    role_text_start = role_tok.start
    start = i
    # "Abc-Präsident", "XYZ-Sprecherin", "Reise.de-Pressesprecherin", "„kompakt“-Chefredakteur":
    # the body before the hyphen, read back to the space before it.
    hyphen_prefix = _hyphen_prefix(tokens, i, text) if n_role == 1 else None
    if hyphen_prefix is not None:
        prefix, prefix_start, prefix_token = hyphen_prefix
        role_text_start = role_tok.start + role_tok.text.rfind("-") + 1 if "-" in role_tok.text else role_tok.start
        if prefix.casefold() not in _generic_prefixes():
            org = prefix
            # a quoted prefix is a quote span of its own: the mention starts after it
            quoted = prefix_start > 0 and text[prefix_start - 1] in QUOTE_MARKS
            start = i if quoted else prefix_token
        else:
            role_text_start = prefix_start  # "Uni-Präsidentin" stays the role as written
    k = i - 1
    # "Innen- und Sportminister": a shortened first part joined by "und".
    if k >= 1 and tokens[k].text in ("und", "oder") and tokens[k - 1].text.endswith("-"):
        start = k - 1
        role_text_start = tokens[k - 1].start
        k -= 2
    while k >= 0 and start - k <= 3:
        w = tokens[k].text
        if "\n" in text[tokens[k].end : tokens[k + 1].start]:
            break
        if _is_modifier(w) or _is_prefix_word(w) or (
            _is_lower_adjective(w) and k >= 1 and tokens[k - 1].text.casefold() in ARTICLES
        ):
            start = k
            role_text_start = tokens[k].start
            k -= 1
            continue
        break
    if org is None and k >= 0 and "\n" not in text[tokens[k].end : tokens[k + 1].start]:
        w = tokens[k].text
        place = place_from_adjective(w) or _genitive_place(w)
        if place and not (k >= 1 and tokens[k - 1].text.casefold() in ARTICLES and _genitive_place(w)):
            org = place
            start = k
            k -= 1
        elif _is_body_acronym(w):
            # "BVXM Bundesgeschäftsführer X", "VDKi Präsidentin Dr. Y": the body's short name before
            # the role, written without the hyphen
            org = w
            start = k
            k -= 1
    after_article = k >= 0 and tokens[k].text.casefold() in ARTICLES
    end = i + n_role
    role = text[role_text_start : tokens[end - 1].end]
    article = tokens[k].text.casefold() if k >= 0 else ""
    if n_role == 1 and role.endswith("en") and _adjectival_role(role_tok.text):
        # "der Vorstandsvorsitzenden X" (a woman, genitive/dative), "dem Vorsitzenden X" (a man):
        # the adjectival role noun in the nominative
        role = role[:-1] + ("r" if article in ("dem", "des", "den", "vom", "beim", "zum", "einem", "eines", "einen") else "")
    elif n_role == 1 and role.endswith("en") and _plain_role_head(role_tok.text) is None:
        role = role[:-2]  # "dem Präsidenten" gives "Präsident"
    elif n_role == 1 and role.endswith("s") and _plain_role_head(role_tok.text) is None:
        role = role[:-1]  # "des Oberbürgermeisters" gives "Oberbürgermeister"
    elif (
        article in ("der", "des", "dem", "den")
        and not role.endswith(("in", "e"))
    ):
        role = _strong_masculine(role)
    elif k >= 0 and tokens[k].text.casefold() == "der" and role.endswith(("ende", "te")):
        # "der Kreisvorsitzende" is a man (a woman would be "die"): "Kreisvorsitzender"
        role = _strong_masculine(role) + "r"
    extension, complement_org, after = _complement(tokens, end, text)
    if extension:
        role = role + " " + extension
        end = after
        if complement_org and org is None:
            org = complement_org
        # "Leiter des Amts für …" may still name the body: keep looking once more.
        _, org2, after2 = _complement(tokens, end, text)
        if org2 and org is None:
            org, end = org2, after2
    elif complement_org:
        # "NRW-Landesbeauftragter der Physik-Olympiade": a region before the hyphen is where the
        # role is held, the body after it is the one it belongs to
        if org is None or org in lexicon_set("org_non_org_acronyms"):
            org = complement_org
        end = after
    # "Bauminister und 1. Vizepräsident der Bauministerkonferenz": a second role joined by
    # "und" belongs to the same person; the first one is the role, its body comes first.
    if (
        end + 1 < len(tokens)
        and tokens[end].text == "und"
        and "\n" not in text[tokens[end - 1].end : tokens[end + 1].end]
    ):
        k2 = end + 1
        while k2 < len(tokens) and k2 - end <= 4:
            if tokens[k2].text.isdigit() and k2 + 1 < len(tokens) and tokens[k2 + 1].text == ".":
                k2 += 2  # an ordinal: "1. Vizepräsident"
            elif _is_modifier(tokens[k2].text):
                k2 += 1
            else:
                break
        n2 = _multiword_role_at(tokens, k2) or (
            1 if k2 < len(tokens) and is_role_word(tokens[k2].text) else 0
        )
        if n2:
            second = _role_phrase(tokens, k2, n2, text)
            end = second.end
            org = org or second.organization
    if org is None and start > 0 and tokens[start - 1].text.casefold() in BODY_ANAPHORS:
        org = _antecedent_body(tokens, start - 1, text)
    return _RolePhrase(start, end, role, org, after_article)


# "Dessen Präsident", "Deren Hauptgeschäftsführerin", "der Verband, dessen Sprecher": the role
# belongs to a body named just before. German marks its gender: "dessen" points back to a
# masculine or neuter noun (der/das), "deren" to a feminine or plural one (die).
BODY_ANAPHORS = {"dessen": frozenset({"der", "das"}), "deren": frozenset({"die"})}
# As a relative after a comma its antecedent may stand in any case: "vom Verein X, dessen …".
RELATIVE_ANTECEDENT_ARTICLES = {
    "dessen": frozenset({"der", "das", "dem", "des", "den", "vom", "beim", "zum", "im", "am"}),
    "deren": frozenset({"die", "der"}),
}
# Adverbs that may open the sentence before the subject: "Auch der Gemeindetag lobt …".
SUBJECT_OPENERS = frozenset({"Auch", "Zudem", "Ebenso", "Ebenfalls", "Außerdem", "Dabei"})
SENTENCE_END_TOKENS = frozenset({".", "!", "?"})


def _antecedent_body(tokens: Sequence[Token], i: int, text: str) -> str | None:
    """The body that "dessen"/"deren" at token ``i`` refers to, or None where that is unclear.

    Opening a sentence, it points to the previous sentence's subject ("Auch die IHK Adorf lobt
    das Ergebnis. Deren Hauptgeschäftsführer …"); as a relative after a comma, to the noun
    phrase just before the comma ("der Gemeindetag, dessen Präsident …").
    """
    articles = BODY_ANAPHORS[tokens[i].text.casefold()]
    if tokens[i].text[:1].isupper():
        if i == 0 or tokens[i - 1].text not in SENTENCE_END_TOKENS:
            return None
        first = i - 1
        while first > 0 and tokens[first - 1].text not in SENTENCE_END_TOKENS and i - first < 60:
            first -= 1
        j = first + 1 if tokens[first].text in SUBJECT_OPENERS else first
        if j + 1 >= i or tokens[j].text.casefold() not in articles:
            return None
        return _body_phrase(tokens, j + 1, i, text)
    if tokens[i - 1].text != ",":
        return None
    articles = RELATIVE_ANTECEDENT_ARTICLES[tokens[i].text.casefold()]
    for j in range(i - 2, max(-1, i - 12), -1):
        article = tokens[j].text
        if article in articles:
            body = _body_phrase(tokens, j + 1, i - 1, text, must_end=True)
            if body is None or article in ("der", "die", "das"):
                return body
            return nominative(article, body.split(" "))
        if article in SENTENCE_END_TOKENS or article == ",":
            break
    return None


def _body_phrase(tokens: Sequence[Token], j: int, limit: int, text: str, *, must_end: bool = False) -> str | None:
    """The organization's name from token ``j`` (before ``limit``), if it looks like a body's name."""
    if j >= limit or not tokens[j].text[:1].isupper():
        return None
    words, k = _org_phrase(tokens, j, text)
    k = min(k, limit)
    if not words or k <= j or (must_end and k != limit):
        return None
    first_word = tokens[j].text
    if is_role_word(first_word) or first_word in _first_names() or (k - j == 1 and first_word in NON_NAME_WORDS):
        return None
    return text[tokens[j].start : tokens[k - 1].end]


def _strong_masculine(role: str) -> str:
    """ "Erste Bürgermeister" after "der" in the nominative without article: "Erster Bürgermeister"."""
    words = role.split(" ")
    for k in range(len(words) - 1):
        w = words[k]
        if _is_modifier(w) or _is_lower_adjective(w):
            if w.endswith("en"):
                words[k] = w[:-1] + "r"
            elif w.endswith("e"):
                words[k] = w + "r"
    return " ".join(words)


def _field_extension(tokens: Sequence[Token], end: int, text: str) -> tuple[int, str, int] | None:
    """ "Leiter Einkauf Frische Ware bei X", "Vice President Sales Northern Europe von X": the
    field of a role, in capitalized words, before the body it belongs to. Returns (index after the
    field, body, index after the body). Only read where the name stands before the role."""
    k = end
    while k < len(tokens) and k - end < 5:
        tok = tokens[k]
        if "\n" in text[tokens[k - 1].end : tok.start]:
            return None
        w = tok.text
        if not w[:1].isupper() or w in NON_NAME_WORDS or is_role_word(w) or w in _titles() or w in _first_names():
            break
        k += 1
    if k == end or k >= len(tokens):
        return None
    extension, org, after = _complement(tokens, k, text)
    if org is None and tokens[k].text in (",", ".", ";", ")"):
        # "Tim Roth, Bereichsvorstand MUSTER Nordia Technik, sagte": the words after the role
        # are the body where they carry its marks, a short name in capitals or a legal form
        words = [t.text for t in tokens[end:k]]
        if any(sum(c.isupper() for c in w) >= 2 and w not in _titles() for w in words) or any(
            w in lexicon_set("org_legal_forms") for w in words
        ):
            return end, text[tokens[end].start : tokens[k - 1].end], k
        return None
    if org is None or extension is not None:
        return None
    return k, org, after


def _comma_name_after(tokens: Sequence[Token], j: int, text: str) -> _NameParse | None:
    """ ", Dr. Stefan Kerner" after a role phrase: the person the role belongs to."""
    if j < len(tokens) and tokens[j].text == "," and "\n" not in text[tokens[j - 1].end : tokens[j].end]:
        parse = _parse_name(tokens, j + 1, text)
        if parse and (parse.title or parse.end - parse.name_start >= 2):
            return parse
    return None


def _name_before_comma(tokens: Sequence[Token], start: int, text: str) -> _NameParse | None:
    """ "Jan Sommer, Bürgermeister von Adorf", "Max Roth (Geschäftsführer der X GmbH)",
    "Max Roth ist Geschäftsführer der X GmbH": a name right before the role phrase."""
    k = start - 1
    if k >= 0 and tokens[k].text.casefold() in ARTICLES:
        k -= 1
    # "Falk Roth, diesjähriger Sprecher des …": adjectives of time between comma and role
    while k >= 1 and start - k <= 3 and _is_lower_adjective(tokens[k].text) and tokens[k - 1].text == ",":
        k -= 1
    # "Tim Roth schreibt als Leiter Gerätetest …", "Tim Roth als Geschäftsführer": the role
    # after "als" is the one of the name before it, or before one verb
    if k >= 2 and tokens[k].text == "als" and "\n" not in text[tokens[k - 1].end : tokens[k].start]:
        if tokens[k - 1].text[:1].islower() and tokens[k - 1].text.isalpha():
            k -= 1
        if not _looks_like_name_word(tokens[k - 1]):
            return None
    # also "Max Roth ist Geschäftsführer der Muster GmbH"
    elif k < 1 or tokens[k].text not in (",", "(", "ist", "war"):
        return None
    m = k - 1
    # "Heike Roth (FDP), stellvertretende Bürgermeisterin": a party or body in brackets after the name
    if tokens[k].text == "," and m >= 2 and tokens[m].text == ")":
        opening = next((x for x in range(m - 1, max(-1, m - 8), -1) if tokens[x].text == "("), None)
        if opening is None or opening < 1:
            return None
        k = opening
        m = k - 1
    # walk back over the name's words and titles
    first = k
    while m >= 0 and k - m <= 6:
        t = tokens[m]
        if _looks_like_name_word(t) or _is_initial(t) or t.text in _titles() or t.text in PARTICLES:
            first = m
            m -= 1
            continue
        break
    if first >= k:
        return None
    parse = _parse_name(tokens, first, text)
    if parse is None or parse.end != k:
        # leading non-name words: try starting later
        for s in range(first + 1, k):
            parse = _parse_name(tokens, s, text)
            if parse and parse.end == k:
                break
        else:
            return None
    return parse if parse and parse.end == k else None


class CharMarks:
    """Which character offsets lie inside a set of spans; adding is linear in the span lengths,
    a look-up is constant (many quotes or mentions must not make the search quadratic)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        start, end = max(0, start), min(len(self._marks), end)
        if end > start:
            self._marks[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return 0 <= pos < len(self._marks) and self._marks[pos] == 1


def find_person_mentions(
    text: str,
    *,
    person_spans: Iterable[tuple[int, int]] = (),
    skip_spans: Sequence[tuple[int, int]] = (),
    other_entity_spans: Sequence[tuple[int, int]] = (),
) -> list[PersonMention]:
    """Every reference to a person in ``text`` outside ``skip_spans`` (quotes), in text order.

    ``person_spans``: (start, end) of PER entities from a model, where one ran;
    ``other_entity_spans``: its ORG/LOC/OTH entities, never taken for a person's name.
    """
    tokens = tokenize(text)
    token_starts = [t.start for t in tokens]
    person_spans_list = list(person_spans)
    in_other_entity = CharMarks(len(text), other_entity_spans)
    skipped = CharMarks(len(text), skip_spans)
    covered = CharMarks(len(text))
    mentions: list[PersonMention] = []

    def add(m: PersonMention) -> None:
        if m.start in skipped:
            return
        mentions.append(m)
        covered.add(m.start, m.end)

    # lexicons looked up once, and the cheap word tests before the position tests: these loops
    # visit every token of the text
    multiword_firsts = _multiword_roles_by_first()
    given_names, titles = _first_names(), _titles()
    name_after_verbs = _name_after_verbs()
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        n_role = (_multiword_role_at(tokens, i) if word in multiword_firsts else 0) or (
            1 if role_head(word) is not None else 0
        )
        if not n_role:
            i += 1
            continue
        phrase = _role_phrase(tokens, i, n_role, text)
        # "Landrat Udo Kerner", "Erster Bürgermeister Olaf Adler", "Direktorin PD Dr. Vera Talmann"
        parse = None
        # the name right after the role, or after a minister's field when it is a full name
        # ("Staatsministerin für Kultus Dr. Ines Kaltenbach")
        bare_role = phrase.end == i + n_role
        if bare_role or (" für " in phrase.role and phrase.end < len(tokens)):
            parse = _parse_name(tokens, phrase.end, text)
            if parse and (
                "\n" in text[tokens[phrase.end - 1].end : tokens[parse.start].start]
                or (not bare_role and parse.end - parse.name_start < 2)
            ):
                parse = None
        if (
            phrase.organization is None
            and phrase.start > 0
            and tokens[phrase.start - 1].text in (",", "als")
            and (field := _field_extension(tokens, phrase.end, text)) is not None
            and (named_before := _name_before_comma(tokens, phrase.start, text)) is not None
        ):
            # "Eva Roth, Leiter Einkauf Frische Ware bei X": the words after the role are its
            # field, not a name
            field_end, field_org, after_org = field
            phrase = _RolePhrase(
                phrase.start,
                after_org,
                phrase.role + text[tokens[phrase.end - 1].end : tokens[field_end - 1].end],
                field_org,
                phrase.after_article,
            )
            add(
                _mention(
                    tokens, named_before.start, phrase.end, "name", named_before.name, named_before.title,
                    phrase.role, phrase.organization, "people:name_comma_role",
                )
            )
            i = phrase.end
            continue
        if (
            parse is not None
            and bare_role
            and parse.title is None
            and tokens[parse.name_start].text not in given_names
            and phrase.start > 0
            and tokens[phrase.start - 1].text == ","
            and (named_before := _name_before_comma(tokens, phrase.start, text)) is not None
            and named_before.end - named_before.name_start >= 2
        ):
            # "Eva Roth, Senior Director Global Sales und …": after a full name and comma, the
            # capitalized words after the role are its field, not a second person
            role = phrase.role + text[tokens[phrase.end - 1].end : tokens[parse.end - 1].end]
            end, org = parse.end, phrase.organization
            # "… und Mitglied der Geschäftsleitung von X": a second role names the body
            if end + 1 < len(tokens) and tokens[end].text == "und":
                n2 = _multiword_role_at(tokens, end + 1) or (1 if is_role_word(tokens[end + 1].text) else 0)
                if n2:
                    second_role = _role_phrase(tokens, end + 1, n2, text)
                    org, end = org or second_role.organization, second_role.end
            add(
                _mention(
                    tokens, named_before.start, end, "name", named_before.name, named_before.title, role, org,
                    "people:name_comma_role",
                )
            )
            i = end
            continue
        if parse is None and not bare_role and phrase.end < len(tokens) and _opens_full_name(tokens, phrase.end):
            # "der Leiter des Muster-Rankings Tom Adler": a full name right after the body
            parse = _parse_name(tokens, phrase.end, text)
            if parse and "\n" in text[tokens[phrase.end - 1].end : tokens[parse.start].start]:
                parse = None
        if parse is None:
            parse = _comma_name_after(tokens, phrase.end, text)
        before = None if parse else _name_before_comma(tokens, phrase.start, text)
        if parse:
            second = None
            # "die Gründer Tom und Nils Bedorf": two given names share the surname.
            if (
                parse.end - parse.name_start == 1
                and parse.end + 1 < len(tokens)
                and tokens[parse.end].text == "und"
            ):
                second = _parse_name(tokens, parse.end + 1, text)
                if second is not None and second.end - second.name_start >= 2 and second.title is None:
                    surname = text[tokens[second.end - 1].start : tokens[second.end - 1].end]
                    parse = _NameParse(
                        parse.title, f"{parse.name} {surname}", parse.start, parse.name_start, parse.end
                    )
                else:
                    second = None
            add(
                _mention(
                    tokens, phrase.start, parse.end, "name", parse.name, parse.title, phrase.role,
                    phrase.organization, "people:role_name",
                )
            )
            if second is not None:
                add(
                    _mention(
                        tokens, second.start, second.end, "name", second.name, second.title, phrase.role,
                        phrase.organization, "people:role_names",
                    )
                )
                i = second.end
                continue
            i = parse.end
            continue
        if before:
            add(
                _mention(
                    tokens, before.start, phrase.end, "name", before.name, before.title, phrase.role,
                    phrase.organization, "people:name_comma_role",
                )
            )
            i = phrase.end
            continue
        if phrase.after_article or (
            phrase.start > 0 and tokens[phrase.start - 1].text in ("so", "Für", "für")
        ):
            add(
                PersonMention(
                    tokens[phrase.start].start,
                    tokens[phrase.end - 1].end,
                    "role",
                    None,
                    None,
                    phrase.role,
                    phrase.organization,
                    # "ein Sprecher der Stadt" is somebody the text does not name
                    "people:role_reference_indefinite"
                    if phrase.start > 0 and tokens[phrase.start - 1].text.casefold() in INDEFINITE_ARTICLES
                    else "people:role_reference",
                )
            )
        i = phrase.end

    def uncovered(start: int) -> bool:
        return start not in covered and start not in skipped

    # Names the model tagged PER, corrected: titles split off, role words and "von Adorf" cut.
    for s, e in person_spans_list:
        if not uncovered(s):
            continue
        idx = bisect.bisect_left(token_starts, s)
        if idx >= len(tokens) or tokens[idx].start >= e:
            continue
        parse = _parse_name(tokens, idx, text)
        if parse and tokens[parse.end - 1].end <= e + 1:
            add(
                _mention(
                    tokens, parse.start, parse.end, "name", parse.name, parse.title, None, None, "people:ner",
                )
            )

    # Given name from the lexicon and a surname; titles and a surname ("Prof. Dr. Kerner").
    for idx, tok in enumerate(tokens):
        if not (tok.text in given_names or tok.text in titles or tok.text.startswith("Dr.")):
            continue
        if not uncovered(tok.start):
            continue
        if idx > 0 and tokens[idx - 1].text in titles:
            continue
        parse = _parse_name(tokens, idx, text)
        if parse and (parse.title or parse.end - parse.name_start >= 2):
            add(
                PersonMention(
                    tok.start,
                    tokens[parse.end - 1].end,
                    "name",
                    parse.name,
                    parse.title,
                    None,
                    None,
                    "people:given_name",
                )
            )
    # A name right after a speech verb: "…“, sagte Kaiser." / "betonte Anna Roth:".
    for idx, tok in enumerate(tokens[:-1]):
        if tok.text.casefold() not in name_after_verbs:
            continue
        first = idx + 1
        # "freut sich Anna Roth", "sagte dazu Anna Roth"
        while first < len(tokens) - 1 and first - idx <= 2 and tokens[first].text in VERB_PARTICLES:
            first += 1
        nxt = tokens[first]
        if not uncovered(nxt.start):
            continue
        name_word = tokens[first + 1] if nxt.text in HONORIFICS and first + 1 < len(tokens) else nxt
        if not _looks_like_name_word(name_word) or "\n" in text[tok.end : name_word.start]:
            continue
        parse = _parse_name(tokens, first, text, max_words=3)
        if parse is None:
            continue
        # "so Abc": one word the model calls an organization or place is no person; a full
        # name ("freut sich Henrike Vollmers") stays one whatever the model says
        if parse.end - parse.name_start == 1 and nxt.start in in_other_entity:
            continue
        after = tokens[parse.end].text if parse.end < len(tokens) else "."
        if after in (".", ",", ";", ":", "!", "?", "(", "–") or after[:1].islower():
            add(
                PersonMention(
                    nxt.start,
                    tokens[parse.end - 1].end,
                    "name",
                    parse.name,
                    parse.title,
                    None,
                    None,
                    "people:after_speech_verb",
                )
            )

    # "Henrike Vollmers betonte: „…“": two name words opening a clause before a speech verb.
    for idx in range(len(tokens) - 2):
        a, b, verb = tokens[idx], tokens[idx + 1], tokens[idx + 2]
        if verb.text.casefold() not in name_after_verbs or not uncovered(a.start):
            continue
        opens_clause = (
            idx == 0
            or tokens[idx - 1].text in (".", ",", ":", ";", "!", "?", "und", "–")
            or "\n" in text[tokens[idx - 1].end : a.start]
        )
        if not opens_clause or a.start in in_other_entity or "\n" in text[a.start : verb.start]:
            continue
        if all(
            _looks_like_name_word(t) and t.text.isalpha() or "-" in t.text and _looks_like_name_word(t)
            for t in (a, b)
        ):
            add(
                PersonMention(
                    a.start,
                    b.end,
                    "name",
                    text[a.start : b.end],
                    None,
                    None,
                    None,
                    "people:name_before_speech_verb",
                )
            )

    # "Dr. Jörg Lenz vom Institut für Verkehrsforschung": the body after a name without a role.
    by_end = {t.end: k for k, t in enumerate(tokens)}
    for n, m in enumerate(mentions):
        if m.kind != "name" or m.organization or m.end not in by_end:
            continue
        k = by_end[m.end] + 1
        if k < len(tokens) and tokens[k].text in ("von", "vom"):
            _, org, after_org = _complement(tokens, k, text)
            if org:
                mentions[n] = PersonMention(
                    m.start, tokens[after_org - 1].end, m.kind, m.name, m.title, m.role, org, m.found_by
                )
        elif k < len(tokens) and tokens[k].text == "(":
            # "Anna Roth (SPD)", "Rektor Tim Berg (Hochschule Adorf)", "Jan Roth (LV Talheim), Sieger":
            # a body's name alone in brackets after the person's name
            words, after_org = _org_phrase(tokens, k + 1, text)
            if words and after_org < len(tokens) and tokens[after_org].text not in (")", ","):
                # "(Architekten t+p Braunschweig)": the whole short bracket up to ")" or ","
                close = next(
                    (x for x in range(k + 1, min(len(tokens), k + 8)) if tokens[x].text in (")", ",", ":", "(")),
                    None,
                )
                if close is not None and tokens[close].text in (")", ",") and "\n" not in text[tokens[k].end : tokens[close].start]:
                    words, after_org = text[tokens[k + 1].start : tokens[close - 1].end].split(), close
            if (
                words
                and after_org < len(tokens)
                and tokens[after_org].text in (")", ",")
                and not is_role_word(words[0])
                and words[0] not in NON_NAME_WORDS
                and words[0] not in _first_names()
                and not words[0][:1].isdigit()
            ):
                mentions[n] = PersonMention(
                    m.start, tokens[k].end, m.kind, m.name, m.title, m.role, " ".join(words), m.found_by
                )
    # "Präsident der Stiftung", "Kammer-Präsident": a bare kind of body points back to the body
    # the text named with that noun ("die Albert Muster Stiftung", "die Handwerkskammer Musterland")
    for n, m in enumerate(mentions):
        if m.organization and m.organization.casefold() in lexicon_set("speaker_body_nouns", casefold=True):
            named = _named_body(tokens, text, m.organization.casefold(), m.start, m.end)
            if named:
                mentions[n] = PersonMention(
                    m.start, m.end, m.kind, m.name, m.title, m.role, named, m.found_by
                )
    mentions.sort(key=lambda m: m.start)
    return mentions


def _named_body(tokens: Sequence[Token], text: str, noun: str, before: int, skip_end: int) -> str | None:
    """The nearest name of a body before offset ``before`` (else after it) that has ``noun`` as a
    word or a compound's end and at least one more word: "Albert Muster Stiftung" for "stiftung"."""
    limit = bisect.bisect_left([t.start for t in tokens], before)
    order = list(range(limit - 1, -1, -1)) + list(range(limit, len(tokens)))
    for idx in order:
        word = tokens[idx].text
        if not word[:1].isupper() or not word.casefold().endswith(noun):
            continue
        if before <= tokens[idx].start < skip_end:
            continue  # the mention's own words
        first = idx
        while (
            first > 0
            and idx - first < 3
            and "\n" not in text[tokens[first - 1].end : tokens[first].start]
            and _looks_like_name_word(tokens[first - 1])
            and not is_role_word(tokens[first - 1].text)
        ):
            first -= 1
        # a name ends in its kind ("Albert Muster Stiftung") or goes on after it ("Handwerkskammer
        # Musterland"), not both: "die Muster Stiftung Wasserqualität" is a noun after the name
        last = idx + 1 if first < idx else max(_org_phrase(tokens, idx, text)[1], idx + 1)
        if last - first < 2:
            continue
        return text[tokens[first].start : tokens[last - 1].end]
    return None


def surname_mentions(
    text: str,
    surnames: Iterable[str],
    *,
    skip_spans: Sequence[tuple[int, int]] = (),
    covered: Sequence[tuple[int, int]] = (),
) -> list[PersonMention]:
    """Later mentions by surname alone ("so Sommer", "Adlers Diagnose") of people named in full."""
    names = {s for s in surnames if s and s[0].isupper()}
    out: list[PersonMention] = []
    if not names:
        return out
    blocked = CharMarks(len(text), skip_spans)
    for start, end in covered:
        blocked.add(start, end)
    previous = ""
    for tok in tokenize(text):
        before, previous = previous, tok.text
        if tok.start in blocked:
            continue
        word = tok.text
        # "der Wolf", "zwei Teams": a determiner makes the word a noun, whatever the surname
        if before.casefold() in DETERMINERS and before[:1].islower():
            continue
        if word in names:
            out.append(PersonMention(tok.start, tok.end, "name", word, None, None, None, "people:surname"))
        elif word.endswith("s") and word[:-1] in names:
            out.append(
                PersonMention(
                    tok.start, tok.end - 1, "name", word[:-1], None, None, None, "people:surname_genitive"
                )
            )
    return out
