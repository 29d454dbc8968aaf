"""Named projects, programmes, initiatives, campaigns and funding schemes (GUIDELINES: projects).

A German release names a project through a head noun: "das Projekt „Kreuzung frei“",
"das Förderprogramm IMPULS 2030 II", "Projekte, wie „A“, „B“ und „C“", "eine App namens
„Bürgerstimme“", or through a compound that is itself the name ("aus dem
Krankenhauszukunftsfonds"). Candidates are found by those patterns and then validated:
a name is short, ends in a noun or number, is not a sentence, not an organization and not a
ranking or a staged competition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..datepatterns import MONTHS, REGEX_TIMEOUT, WEEKDAYS
from ..facts import get_facts, set_facts
from ..german import ADJECTIVE_ENDING, CAMELCASE, DEFINITE_ARTICLES
from ..lexicons import lexicon_alternation, lexicon_set, load_lexicon
from ..orgnames import is_initialism
from ..records import ProjectMention
from .guard import degrade_on_timeout

# A name in quotation marks, one line at most. Opening mark -> the closing marks it pairs with.
QUOTE_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": "”“",
    "”": "”",
    "»": "«",
    "«": "»",
    # single guillemets: the inner marks of »…« quotes ("»Wir setzen das Projekt ›Klinik 2030‹ fort.«")
    "›": "‹",
    "‹": "›",
    "‚": "‘’'",
    '"': '"“”',
    "'": "'",
}
QUOTED = regex.compile(r"""(?P<o>[„“”»«›‹‚"'])(?P<q>[^„“”»«›‹‚‘’"\n]{1,150}?)(?P<c>[“”«»›‹‘’"'])""", regex.V1)
WORD = regex.compile(r"(?<![\w-])\p{Lu}[\p{L}-]{1,60}(?!\w)", regex.V1)
# Who an item of a list belongs to, between the item and the next: "(Husum)", "des
# Kulturvereins Tal", "der Grundschule Berg".
ITEM_OWNER = regex.compile(
    r"\s*\([^()\n„“”»«\"]{1,60}\)|\s+(?:des|der|vom)\s+\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,4}",
    regex.V1,
)
# Items of a list of quoted names: „A“, „B“ und „C“.
LIST_SEPARATOR = regex.compile(r"\s*(?:,\s*(?:(?:und|sowie|oder)\s+)?|\s+(?:und|sowie|oder)\s+)", regex.V1)
# Determiners that make "das Projekt X" refer to one named project (possessives included:
# "mit ihrem Projekt Laser Speckle").
DETERMINER_BEFORE = regex.compile(
    r"(?:^|\s)(?:das|dem|des|den|die|der|ihr|ihrem|ihres|ihren|ihre|sein|seinem|seines|seine|"
    r"seiner|ihrer|unserer|unser|unserem|unseres|unsere|dieses|diesem|diese|neue|neuen|neues)\s+$",
    regex.V1 | regex.I,
)
# An unquoted name after the cue noun runs to the end of its clause.
CLAUSE_END = regex.compile(r"[,;:\n()!?]|\.(?:\s|$)", regex.V1)
HASHTAG = regex.compile(r"[ \t]+(?P<tag>#\w{3,40})(?!\w)", regex.V1)
# Up to three capitalized words, then a bare cue noun: "Sea Breeze Konzept".
NAME_BEFORE_CUE = regex.compile(
    r"(?<![\w-])(?P<name>\p{Lu}[\p{L}\d]*(?:[ \t]+\p{Lu}[\p{L}\d]*){0,2})[ \t]+(?P<cue>\p{Lu}\p{Ll}+)(?![\w-])",
    regex.V1,
)
POST_NAME_CUES = frozenset({"projekt", "programm", "kampagne", "initiative", "konzept", "aktion"})
PLACE_ADJECTIVE_WORD = regex.compile(r"^\p{Lu}\p{Ll}+er$", regex.V1)
HYPHEN_CUE = regex.compile(r"-(?P<cue>\p{Lu}[\p{L}]{2,40})(?![\w-])", regex.V1)
QUOTED_HASHTAG = regex.compile(r"^#\w{3,40}$", regex.V1)
NAMENS = regex.compile(r"(?<=\w[ \t]+)namens\s+", regex.V1)
ACRONYM_AFTER = regex.compile(r"\s*\((?P<acr>\p{Lu}[\p{Lu}\d]{1,7})\)", regex.V1)
ROMAN = regex.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$", regex.V1)
ALLCAPS = regex.compile(r"^\p{Lu}[\p{Lu}\d&.-]+$", regex.V1)
NUMBER = regex.compile(r"^\d[\d.,]*$", regex.V1)
SLUG = regex.compile(r"^\p{Ll}+(?:-\p{Ll}+){2,6}$", regex.V1)
BLANKS = regex.compile(r"[ \t]+", regex.V1)
LETTERS = regex.compile(r"\p{L}+")
EDITION_NUMBER_END = regex.compile(r"\d+\.\s*$")
# The definite article before a scheme compound, maybe with adjectives or a year between:
# "des 2027 auslaufenden Ganztagsschulpakts", "der neue Digitalfonds".
SCHEME_ARTICLE_BEFORE = regex.compile(
    r"(?:^|\s)(?:das|dem|des|der|die|den|im|vom|zum|beim|am)\s+(?:(?:\d{4}|\p{Ll}+(?:e|en|er|es|em))\s+){0,2}$",
    regex.I | regex.V1,
)
CALENDAR_WORDS = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))
# Lowercase words that may stand inside a name: "Platin-Nanopartikel für saubere Luft".
NAME_FUNCTION_WORDS = DEFINITE_ARTICLES | frozenset(
    [
        "für",
        "aus",
        "und",
        "von",
        "vom",
        "mit",
        "gegen",
        "ohne",
        "&",
        "+",
        "–",
        "-",
        "mal",
        "statt",
    ]
)
# Prepositions that open an adverbial of the clause rather than continue a name:
# "mit dem Programm Ehrenamt 2025 an der Förderung" ends the name before "an".
CLAUSE_PREPOSITIONS = frozenset(
    ["an", "am", "auf", "im", "in", "bei", "nach", "über", "unter", "zu", "zum", "zur", "seit", "bis"]
)
SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}|[.!?]$", regex.V1)
LEGAL_FORM_END = regex.compile(r"(?:GmbH|AG|e\.\s?V\.|KG|SE|mbH|gGmbH|UG)$", regex.V1)

SINGULAR_ENDINGS: dict[str, tuple[str, ...]] = {
    "projekt": ("", "s", "es"),
    "programm": ("", "s", "es"),
    "wettbewerb": ("", "s", "es"),
    "fonds": ("",),
    "pakt": ("", "s", "es"),
    "netzwerk": ("", "s", "es"),
    "bündnis": ("", "ses"),
    "initiative": ("",),
    "kampagne": ("",),
    "offensive": ("",),
    "aktion": ("",),
    "reihe": ("",),
    "studiengang": ("", "s", "es"),
}
PLURAL_ENDINGS = ("e", "en", "n", "se", "sen")
# A compound that names one scheme by itself: long enough to be specific, not "Förderprogramm".
SCHEME_COMPOUND_HEADS = ("programm", "fonds", "initiative", "pakt")
SCHEME_COMPOUND_MIN_LENGTH = 15
# Heads whose quoted name may be a staged competition, i.e. a ranking.
COMPETITION_HEADS = frozenset({"wettbewerb"})
# Heads that name a project only with a quoted name: "der Studiengang „Pflege digital“" is a
# named programme, "der Studiengang Informatik" a subject.
QUOTED_ONLY_HEADS = frozenset({"studiengang", "studiengäng"})


@cache
def _lex(name: str) -> frozenset[str]:
    """A lexicon as a set, read once (lexicon_set builds a new set on every call)."""
    return lexicon_set(name)


@dataclass(frozen=True, slots=True)
class Cue:
    """A project head noun in the text: its span, head ("programm") and number."""

    start: int
    end: int
    head: str
    plural: bool


@dataclass(frozen=True, slots=True)
class ProjectCandidate:
    name: str
    start: int
    end: int
    pattern: str
    head: str | None = None


@lru_cache(maxsize=1)
def _cue_heads() -> tuple[str, ...]:
    return load_lexicon("project_cues")


@lru_cache(maxsize=1)
def _connector_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"\s*,?\s*(?:(?:{lexicon_alternation('project_name_connectors')})\s*)?", regex.V1)


@lru_cache(maxsize=1)
def _cue_word_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every ending a cue noun may have (head plus inflection), and the excluded stems, as tuples
    for one ``str.endswith`` each: most capitalized words are no cue and leave at the first test."""
    endings = tuple(
        head + ending
        for head in _cue_heads()
        for ending in (*SINGULAR_ENDINGS.get(head, ("",)), *PLURAL_ENDINGS)
    )
    return endings, tuple(_lex("project_cue_exclusions"))


@lru_cache(maxsize=65536)
def cue_of(word: str) -> tuple[str, bool] | None:
    """The cue head of a (compound) noun and whether it is plural: "Förderprogramms" -> ("programm", False)."""
    lower = word.casefold()
    endings, exclusions = _cue_word_endings()
    if not lower.endswith(endings):
        return None
    for head in _cue_heads():
        singular = SINGULAR_ENDINGS.get(head, ("",))
        for ending in (*singular, *PLURAL_ENDINGS):
            if lower.endswith(head + ending):
                stem = lower[: len(lower) - len(ending)] if ending else lower
                if exclusions and stem.endswith(exclusions):
                    return None
                return head, ending not in singular
    return None


def find_cues(text: str) -> Iterator[Cue]:
    for m in WORD.finditer(text, timeout=REGEX_TIMEOUT):
        found = cue_of(m.group())
        if found:
            yield Cue(m.start(), m.end(), found[0], found[1])


def quoted_at(text: str, pos: int) -> regex.Match[str] | None:
    """A well-paired quoted name starting exactly at ``pos``."""
    m = QUOTED.match(text, pos, timeout=REGEX_TIMEOUT)
    if m and m["c"] in QUOTE_PAIRS[m["o"]]:
        return m
    return None


def quoted_list_after(text: str, pos: int) -> list[regex.Match[str]]:
    """The quoted names at ``pos``: one, or a list „A“, „B“ und „C“."""
    first = quoted_at(text, pos)
    if first is None:
        return []
    return [first, *quoted_list_continuing(text, first.end())]


def quoted_list_continuing(text: str, pos: int) -> list[regex.Match[str]]:
    """Further quoted names of a list whose previous item ends at ``pos``; each item may carry
    its owner: „A“ (Husum), „B“ des Kulturvereins Tal und „C“."""
    items: list[regex.Match[str]] = []
    while len(items) < 10:
        owner = ITEM_OWNER.match(text, pos, timeout=REGEX_TIMEOUT)
        sep = LIST_SEPARATOR.match(text, owner.end() if owner else pos, timeout=REGEX_TIMEOUT)
        if not sep or sep.end() == sep.start():
            break
        item = quoted_at(text, sep.end())
        if item is None:
            break
        items.append(item)
        pos = item.end()
    return items


def _is_code_token(token: str) -> bool:
    return bool(ALLCAPS.match(token) or CAMELCASE.match(token) or ROMAN.match(token) or NUMBER.match(token))


def unquoted_name_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of an unquoted name right after a cue noun ("Projekt Laser Speckle,", "Programm IMPULS 2030 II")."""
    m = BLANKS.match(text, pos, timeout=REGEX_TIMEOUT)
    if not m:
        return None
    start = m.end()
    end_match = CLAUSE_END.search(text, start, min(len(text), start + 160), timeout=REGEX_TIMEOUT)
    clause_end = end_match.start() if end_match else min(len(text), start + 160)
    clause = text[start:clause_end].rstrip()
    tokens = clause.split()
    if not tokens:
        return None
    # "das Programm sicher-durch-die-stadt": a lower-case word joined by two or more hyphens is
    # written like a web address, a name coined for the scheme; no German phrase is spelled so.
    if SLUG.match(tokens[0]):
        return start, start + len(tokens[0])
    # A code-like name followed by more words: "IMPULS 2030 II Schulen der ..." ends at its last
    # code token, unless a dash adds a subtitle ("FleckProtec – Gelenkschutz aus Speisestärke").
    code = _code_run(tokens)
    if code and (len(code) == len(tokens) or tokens[len(code)] not in {"–", "-", "—"}):
        return start, start + len(" ".join(code))
    if _is_title_phrase(tokens):
        return start, start + len(clause)
    # A name that ends in a number ("Ehrenamt 2025") before an adverbial of the clause.
    for cut, token in enumerate(tokens):
        if token in CLAUSE_PREPOSITIONS:
            if (
                cut >= 2
                and (NUMBER.match(tokens[cut - 1]) or ROMAN.match(tokens[cut - 1]))
                and _is_title_phrase(tokens[:cut])
            ):
                return start, start + len(" ".join(tokens[:cut]))
            break
    return None


def _code_run(tokens: list[str]) -> list[str]:
    """The leading tokens of a code-like name: "IMPULS 2030 II", "DigitalPakt Schule 2.0"."""
    taken: list[str] = []
    last_code = 0
    for i, token in enumerate(tokens[:6]):
        if _is_code_token(token):
            taken.append(token)
            last_code = i + 1
        elif token[:1].isupper():
            taken.append(token)
        else:
            break
    taken = taken[:last_code]
    if not taken or all(NUMBER.match(t) or ROMAN.match(t) for t in taken):
        return []
    # It must start like a code ("IMPULS", "FleckProtec"): "Ende 2023" is a time, not a name.
    if not (ALLCAPS.match(taken[0]) or CAMELCASE.match(taken[0])):
        return []
    return taken


def _is_title_phrase(tokens: list[str]) -> bool:
    """A short phrase that reads as a name: capitalized ends, only name-internal lowercase words."""
    if not 1 <= len(tokens) <= 7:
        return False
    if not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()):
        return False
    last = tokens[-1]
    if not (last[:1].isupper() or NUMBER.match(last) or ROMAN.match(last)):
        return False
    for i, token in enumerate(tokens):
        if token.casefold().strip(".,") in CALENDAR_WORDS:
            return False
        if token[:1].isupper() or token[:1].isdigit():
            continue
        if token in NAME_FUNCTION_WORDS:
            continue
        if ADJECTIVE_ENDING.search(token) and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            continue
        return False
    return True


def _clean(name: str) -> str:
    return " ".join(name.split()).strip(" ,;:")


def _is_name(name: str, *, slogan: bool = False) -> bool:
    """Validation shared by all patterns: a short name, not speech, not a company. ``slogan``:
    the name is quoted right after its cue noun ("die Kampagne „Ausbildung jetzt!“"),
    where a campaign's slogan may exclaim or ask; a full stop at its end still marks speech."""
    words = name.split()
    if not words or len(words) > 12 or len(name) < 2:
        return False
    if slogan:
        if name.endswith("."):
            return False
    elif SENTENCE_INSIDE.search(name):
        return False
    if not (name[:1].isupper() or name[:1].isdigit() or SLUG.match(name)):
        return False
    return not LEGAL_FORM_END.search(name)


def _staged_competition(text: str) -> bool:
    stages = _lex("project_competition_stages")
    return any(w in stages for w in LETTERS.findall(text, timeout=REGEX_TIMEOUT))


def _generic_scheme(word: str, head: str) -> bool:
    """ "Förderprogramm", "Bundesinitiative": the first part only says what kind of scheme it is."""
    lower = word.casefold()
    modifier = lower[: lower.rfind(head)].rstrip("-")
    generic = _lex("project_generic_modifiers")
    return modifier in generic or modifier.removesuffix("s") in generic or modifier.removesuffix("es") in generic


def _award_title(name: str) -> bool:
    """ "Großer Preis des Handwerks", "Familienfreundlicher Betrieb": a competition named
    after the title it awards (a prize or a kind of winner) is no project."""
    words = _lex("project_award_titles")
    return any(
        w.casefold().endswith(tuple(words)) for w in LETTERS.findall(name, timeout=REGEX_TIMEOUT)
    )


def _edition_before(text: str, cue_start: int) -> bool:
    """ "des 54. Schülerwettbewerbs": a numbered edition is a recurring competition."""
    return bool(EDITION_NUMBER_END.search(text[max(0, cue_start - 6) : cue_start], timeout=REGEX_TIMEOUT))


def _nominative_compound(word: str, head: str) -> str:
    """ "Sportstättenfinanzierungsprogramms" -> "Sportstättenfinanzierungsprogramm"."""
    lower = word.casefold()
    idx = lower.rfind(head)
    return word[: idx + len(head)] if idx >= 0 else word


def _names_before_cue(text: str) -> Iterator[ProjectCandidate]:
    """ "mit dem Sea Breeze Konzept", "die Stadtwerk Kampagne": a name before a bare cue noun
    (English word order, frequent in German releases), after a determiner."""
    common = _lex("org_common_nouns")
    for m in NAME_BEFORE_CUE.finditer(text, timeout=REGEX_TIMEOUT):
        cue = m["cue"].casefold()
        if cue not in POST_NAME_CUES:
            continue
        words = m["name"].split()
        if any(PLACE_ADJECTIVE_WORD.match(w) for w in words) or all(w in common for w in words):
            continue
        if not DETERMINER_BEFORE.search(text[max(0, m.start() - 12) : m.start()], timeout=REGEX_TIMEOUT):
            continue
        yield ProjectCandidate(m["name"], m.start("name"), m.end("name"), "name_before_cue", cue)


@lru_cache(maxsize=1)
def _entry_title_pattern() -> regex.Pattern[str]:
    """ "mit seiner Arbeit zum Titel „…“": a work noun, then the title phrase before the quote."""
    heads = lexicon_alternation("project_entry_nouns")
    return regex.compile(
        rf"(?i)(?<![\w-])\p{{L}}*(?:{heads})(?:es|s)?\s+(?:zum|mit\s+dem|unter\s+dem)\s+Titel:?\s*",
        regex.V1,
    )


def _quoted_candidate(
    item: regex.Match[str], pattern: str, head: str | None = None, *, slogan: bool = False
) -> ProjectCandidate | None:
    """The candidate a quote match (group ``q``) names, where its words pass as a name."""
    name = _clean(item["q"])
    if not _is_name(name, slogan=slogan):
        return None
    return ProjectCandidate(name, item.start("q"), item.start("q") + len(item["q"]), pattern, head)


def _entry_titles(text: str) -> Iterator[ProjectCandidate]:
    """Competition entries named by their quoted title after a work noun."""
    for m in _entry_title_pattern().finditer(text, timeout=REGEX_TIMEOUT):
        item = quoted_at(text, m.end())
        if item is None:
            continue
        candidate = _quoted_candidate(item, "entry_title")
        if candidate:
            yield candidate


SENTENCE_END = regex.compile(r"[.!?](?=\s+\p{Lu})|\n", regex.V1)


def _quoted_in_sentence_after(text: str, cue: Cue) -> Iterator[ProjectCandidate]:
    """ "Die Projekte reichten vom „A“ (Verein X) über … bis hin zur „B“": where a sentence is about
    several projects, the names it quotes after the plural cue noun are theirs."""
    end_match = SENTENCE_END.search(text, cue.end, min(len(text), cue.end + 400), timeout=REGEX_TIMEOUT)
    end = end_match.start() if end_match else min(len(text), cue.end + 400)
    for m in QUOTED.finditer(text, cue.end, end, timeout=REGEX_TIMEOUT):
        if m["c"] not in QUOTE_PAIRS[m["o"]]:
            continue
        name = _clean(m["q"])
        # a name, not a sentence or a prize: "Rebi Häs für Kinder", not „Anlagen bieten Vorteile“
        if _is_name(name) and _is_title_phrase(name.split()) and not _award_title(name):
            yield ProjectCandidate(name, m.start("q"), m.start("q") + len(m["q"]), "quoted_in_plural_sentence", cue.head)


def find_project_candidates(text: str) -> list[ProjectCandidate]:
    """Every project name candidate in the text, validated, in text order (duplicates kept)."""
    found: list[ProjectCandidate] = []
    connector = _connector_pattern()
    staged = None
    for cue in find_cues(text):
        after = connector.match(text, cue.end, timeout=REGEX_TIMEOUT)
        pos = after.end() if after else cue.end
        items = quoted_list_after(text, pos)
        if items:
            if cue.head in COMPETITION_HEADS:
                staged = _staged_competition(text) if staged is None else staged
                if staged or _edition_before(text, cue.start):
                    continue
                items = [item for item in items if not _award_title(item["q"])]
            for item in items:
                candidate = _quoted_candidate(item, "quoted_after_cue", cue.head, slogan=True)
                if candidate:
                    found.append(candidate)
            continue
        if cue.plural and cue.head not in COMPETITION_HEADS:
            found.extend(_quoted_in_sentence_after(text, cue))
        if cue.plural or cue.head in COMPETITION_HEADS or cue.head in QUOTED_ONLY_HEADS:
            continue
        # "die Kampagne #WirSindDabei": a hashtag after the cue is the campaign's name.
        tag = HASHTAG.match(text, cue.end, timeout=REGEX_TIMEOUT)
        if tag:
            found.append(ProjectCandidate(tag["tag"], tag.start("tag"), tag.end("tag"), "hashtag_after_cue", cue.head))
            continue
        determined = DETERMINER_BEFORE.search(text[max(0, cue.start - 12) : cue.start], timeout=REGEX_TIMEOUT)
        span = unquoted_name_after(text, cue.end) if determined else None
        if span:
            name = _clean(text[span[0] : span[1]])
            # "die Initiative Neue Soziale Marktwirtschaft (INSM)": where the short form spells the
            # cue noun too, the cue is part of an organization's name, not a project's.
            after_name = ACRONYM_AFTER.match(text, span[1], timeout=REGEX_TIMEOUT)
            if after_name and is_initialism(after_name["acr"], f"{text[cue.start : cue.end]} {name}"):
                continue
            if _is_name(name):
                found.append(ProjectCandidate(name, span[0], span[1], "unquoted_after_cue", cue.head))
                continue
        word = text[cue.start : cue.end]
        if (
            cue.head in SCHEME_COMPOUND_HEADS
            and len(word) >= SCHEME_COMPOUND_MIN_LENGTH
            and "-" not in word
            and not CAMELCASE.match(word)
            and SCHEME_ARTICLE_BEFORE.search(text[max(0, cue.start - 40) : cue.start], timeout=REGEX_TIMEOUT)
            and not _generic_scheme(word, cue.head)
        ):
            found.append(
                ProjectCandidate(
                    _nominative_compound(word, cue.head), cue.start, cue.end, "scheme_compound", cue.head
                )
            )
    found.extend(_names_before_cue(text))
    found.extend(_entry_titles(text))
    # "eine Bürger-App namens „Bürgerstimme“": "namens" introduces a name by itself.
    for m in NAMENS.finditer(text, timeout=REGEX_TIMEOUT):
        for item in quoted_list_after(text, m.end()):
            candidate = _quoted_candidate(item, "quoted_after_namens")
            if candidate:
                found.append(candidate)
    for m in QUOTED.finditer(text, timeout=REGEX_TIMEOUT):
        if m["c"] not in QUOTE_PAIRS[m["o"]]:
            continue
        name = _clean(m["q"])
        # A quoted hashtag names a campaign by itself: der Benefizlauf „#laufenfürkunst“.
        if QUOTED_HASHTAG.match(name):
            found.append(ProjectCandidate(name, m.start("q"), m.end("q"), "quoted_hashtag"))
            continue
        # „Stadtgrün“-Projekt, "Lichtblick"-Aktion: a quoted name joined to its cue by a hyphen.
        joined = HYPHEN_CUE.match(text, m.end(), timeout=REGEX_TIMEOUT)
        joined_cue = cue_of(joined["cue"]) if joined else None
        # one named project; plural "‚Open-Space‘-Programmen" are a kind of them
        if joined_cue and not joined_cue[1] and _is_name(name):
            found.append(ProjectCandidate(name, m.start("q"), m.end("q"), "quoted_hyphen_cue"))
            continue
        # „Nachbarschaft-Kampagne“: a quoted compound ending in a cue noun is a name as a whole.
        last = name.rsplit(None, 1)[-1] if name else ""
        found_cue = cue_of(last) if "-" in last.strip("-") else None
        if found_cue and not found_cue[1] and _is_name(name) and len(name.split()) <= 4:
            found.append(ProjectCandidate(name, m.start("q"), m.end("q"), "quoted_cue_compound"))
    # A quoted name that starts with its own cue noun: „Bündnis für den Sport“, „Initiative für …“.
    for m in QUOTED.finditer(text, timeout=REGEX_TIMEOUT):
        if m["c"] not in QUOTE_PAIRS[m["o"]]:
            continue
        name = _clean(m["q"])
        first = name.split()[0] if name.split() else ""
        found_cue = cue_of(first) if first[:1].isupper() else None
        # The cue noun goes on with a preposition or a name ("Bündnis für den Sport", "Aktion
        # Sauberes Dorf"), not with a verb ("Initiative zeigen lohnt sich" is speech).
        second = name.split()[1] if len(name.split()) >= 2 else ""
        continues_name = (
            second in {"für", "gegen", "zur", "zum", "der", "des", "von", "vom", "–", "-"}
            or second[:1].isupper()
        )
        if found_cue and not found_cue[1] and continues_name and _is_name(name):
            found.append(
                ProjectCandidate(
                    name, m.start("q"), m.start("q") + len(m["q"]), "quoted_cue_name", found_cue[0]
                )
            )
            # „Initiative Lesefreunde“ (Ulm), „Kunst für alle“ (Aalen) und „Lichtblick“:
            # the quoted names listed with it are of the same kind.
            for item in quoted_list_continuing(text, m.end()):
                candidate = _quoted_candidate(item, "quoted_listed")
                if candidate:
                    found.append(candidate)
    found.sort(key=lambda c: c.start)
    return found


# Tags (STTS) of the words that make the cue noun one definite thing: "der", "ihrer", "diese",
# "beim", adjectives between them ("die alljährliche Aktion").
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "APPRART"})
NOUN_TAGS = frozenset({"NN", "NE"})
# After the name: the finite verb of a main clause ("Bei der Aktion Sommerlesen sammeln die
# Kinder ...") or a pronoun of a verb-first clause ("War die Aktion Gartenstadt ihm ...").
NAME_END_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "PPER"})
# Words that open a subordinate clause, where a noun before the final verb is an object
# ("weil das Projekt Kindern hilft").
SUBORDINATING_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})


def names_before_verb(doc: Doc) -> Iterator[ProjectCandidate]:
    """ "Bei der Aktion Sommerlesen sammeln die Kinder Punkte": one noun between a determined
    singular cue noun and the finite verb of a main clause is the scheme's name. In German
    word order nothing else can stand there: the fronted phrase is followed by the verb, and
    an object before the verb means a subordinate clause, which is excluded."""
    tokens = list(doc)
    for i, tok in enumerate(tokens[:-2]):
        if tok.tag_ != "NN":
            continue
        cue = cue_of(tok.text)
        if cue is None or cue[1] or cue[0] in COMPETITION_HEADS or cue[0] in QUOTED_ONLY_HEADS:
            continue
        name, after = tokens[i + 1], tokens[i + 2]
        if (
            name.tag_ not in NOUN_TAGS
            or not name.text[:1].isupper()
            or not name.is_alpha
            or name.text.casefold() in CALENDAR_WORDS
            or cue_of(name.text) is not None
            or after.tag_ not in NAME_END_TAGS
            or not name.whitespace_
        ):
            continue
        j = i - 1
        while j >= 0 and tokens[j].tag_ == "ADJA" and i - j <= 2:
            j -= 1
        if j < 0 or tokens[j].tag_ not in DETERMINER_TAGS:
            continue
        if any(t.tag_ in SUBORDINATING_TAGS for t in _clause_before(tokens, j)):
            continue
        yield ProjectCandidate(name.text, name.idx, name.idx + len(name.text), "noun_before_verb", cue[0])


def _clause_before(tokens: list[Token], end: int) -> list[Token]:
    """The tokens of the clause before index ``end``, back to a comma or the sentence start."""
    out: list[Token] = []
    k = end - 1
    while k >= 0 and tokens[k].tag_ not in {"$,", "$.", "$("} and not tokens[k].is_sent_end:
        out.append(tokens[k])
        k -= 1
    return out


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


class ProjectExtractor:
    """Project names after cue nouns, validated, one per name; ranking names left out."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[ProjectMention]:
        rankings = {_norm(r.ranking) for r in get_facts(doc, "rankings") if r.ranking}
        seen: set[str] = set()
        out: list[ProjectMention] = []
        candidates = sorted([*find_project_candidates(doc.text), *names_before_verb(doc)], key=lambda c: c.start)
        for cand in candidates:
            key = _norm(cand.name)
            if key in seen or key in rankings:
                continue
            seen.add(key)
            out.append(ProjectMention(cand.name, cand.start, cand.end, f"{self.name}:{cand.pattern}"))
        return out

    def set_annotations(self, doc: Doc, projects: list[ProjectMention]) -> None:
        set_facts(doc, "projects", projects)

    @degrade_on_timeout("projects")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("pressextract_projects", assigns=["doc._.pressextract_projects"], default_config={})
def make_projects(nlp: Language, name: str) -> ProjectExtractor:
    return ProjectExtractor(nlp, name)
