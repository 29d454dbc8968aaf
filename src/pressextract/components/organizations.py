"""Named organizations (GUIDELINES: organizations): companies, authorities, associations,
universities, parties, clubs and media, in the nominative, one entry per organization.

Candidates come from the NER model's ORG entities where a trained model is loaded, and from
rules that work without one:

- legal forms: "Volkswagen AG", "Morgen & Morgen GmbH";
- organization heads with an adjective, a name or a complement: "Deutscher Sparkassen- und
  Giroverband", "Universität Regensburg", "Bundesagentur für Arbeit", "Robert-Bosch-Krankenhaus";
- appositions after a type noun: "der Digitalverband Bitkom", "die Automobilhersteller BMW und Daimler";
- roles and sources: "Bitkom-Präsident", "Präsident des LandesSportBundes", "laut BFV";
- municipal bodies where they act: "Die Stadt Wolfsburg berichtet", "Hansestadt Lübeck";
- sports clubs, parties and media by their usual name forms.

Each candidate is validated (no department, no generic noun, no project or ranking name), put
into the nominative and merged with the other mentions of the same organization.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import grammar
from ..datepatterns import MONTHS, REGEX_TIMEOUT, WEEKDAYS
from ..facts import get_facts, set_facts
from ..german import ADJECTIVE_ENDING, ARTICLES, CAMELCASE
from ..lexicons import lexicon_set, load_lexicon
from ..orgnames import (
    NAME_ADJECTIVE,
    OrgName,
    is_initialism,
    merge_names,
    name_words,
    nominative_adjective,
    strip_genitive,
)
from ..people import role_head
from ..records import OrganizationMention, Speaker
from .guard import degrade_on_timeout

TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,5}(?=\s)|[\p{L}\d]+(?:[&][\p{L}\d]+)*(?:[-–][\p{L}\d]+)*(?:-(?=\s))?|\S",
    regex.V1,
)
ACRONYM_NAME = regex.compile(r"^(?P<acr>\p{Lu}{2,6})-(?P<rest>\p{Lu}\p{Ll}{2,})$", regex.V1)
ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}\d&]{1,6}$", regex.V1)
PLACE_ADJECTIVE = regex.compile(r"^\p{Lu}\p{Ll}+er$", regex.V1)
INITIALS = regex.compile(r"^(?:\p{Lu}\.){2,5}$", regex.V1)
DIGITS = regex.compile(r"^\d{2,4}$", regex.V1)
CAPITALIZED_HYPHEN_COMPOUND = regex.compile(r"^\p{Lu}\p{Ll}+-\p{Lu}")
GENITIVE_END = regex.compile(r"e?s$")
GENITIVE_AFTER_LOWER = regex.compile(r"(?<=\p{Ll}{2})e?s$")
# Abbreviations that keep their dot inside a name: "St. Josef", "Staatl. Leibniz-Gymnasium".
NAME_ABBREVIATIONS = frozenset({"St", "Staatl", "Städt", "Ev", "Kath", "Co", "Dr", "Bad"})
# German function words: never part of a name by themselves.
FUNCTION_WORDS = ARTICLES | frozenset(
    [
        "und",
        "oder",
        "sowie",
        "aber",
        "auch",
        "als",
        "wie",
        "so",
        "dass",
        "daß",
        "doch",
        "noch",
        "nur",
        "schon",
        "sehr",
        "mit",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "bei",
        "beim",
        "für",
        "auf",
        "aus",
        "in",
        "im",
        "an",
        "am",
        "nach",
        "vor",
        "über",
        "unter",
        "durch",
        "gegen",
        "ohne",
        "bis",
        "seit",
        "um",
        "es",
        "er",
        "sie",
        "wir",
        "ich",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihres",
        "sein",
        "seine",
        "seinem",
        "seines",
        "unser",
        "unsere",
        "unserem",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "jede",
        "jeder",
        "jedes",
        "alle",
        "hier",
        "dort",
        "da",
        "dann",
        "jetzt",
        "heute",
        "damit",
        "dabei",
        "dazu",
        "darin",
        "davon",
        "zudem",
        "außerdem",
        "insgesamt",
        "bereits",
        "erstmals",
        "erneut",
        "laut",
        "zufolge",
        "kurz",
        "etwa",
        "rund",
        "mehr",
        "weitere",
        "weiteren",
        "neue",
        "neuen",
        "man",
        "was",
        "wer",
        "wo",
        "wann",
        "warum",
        "nicht",
        "kein",
        "keine",
        "denn",
        "weil",
        "wenn",
        "ob",
        "sich",
    ]
)
QUOTE_OPEN = "„“”»«‚\"'"
QUOTE_CLOSE = "“”«»‘’\"'"
CLAUSE_BREAK = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "-"})
ENGLISH_NAME_WORDS = frozenset({"of", "to", "for", "and", "the", "on", "at"})
NAME_PREPOSITIONS = frozenset({"Zum", "Zur", "Am", "Im", "An", "Auf", "Unter", "Zu", "Von", "Vom"})
# Genitive places after a type noun: "der größte Dienstleister Nordeuropas" names no organization.
GENITIVE_PLACE = regex.compile(
    r"(?:lands|reichs|europas|amerikas|afrikas|asiens|bayerns|hessens|sachsens|thüringens|frankens|schwabens|preußens)$",
    regex.V1 | regex.I,
)
GENITIVE_POLITIES = frozenset(
    {"Bundes", "Landes", "Innern", "Freistaates", "Staates", "Reiches", "Kantons", "Volkes"}
)
NATIONAL_ADJECTIVE = regex.compile(
    r"^(?:deutsch|europäisch|österreichisch|schweizerisch|bayerisch|sächsisch)en$", regex.V1
)
# Modifiers that make a compound with a place name one name: "Landesverband Bayern".
REGIONAL_PREFIXES = (
    "landes",
    "bezirks",
    "kreis",
    "orts",
    "stadt",
    "bundes",
    "regional",
    "diözesan",
    "stadtteil",
)
# Heads too general to name an organization with just a following word ("Untergruppe der …",
# "Ortsgruppe Amberg"): they need a hyphenated name or a name adjective.
WEAK_HEADS = frozenset({"gruppe", "zentrale", "konferenz"})
BARE_NAME_OPENERS = frozenset(
    {"Verband", "Verein", "Stiftung", "Gesellschaft", "Bund", "Institut", "Förderverein", "Genossenschaft"}
)
BODY_WORDS = frozenset(
    {
        "Initiative",
        "Aktion",
        "Bündnis",
        "Allianz",
        "Forum",
        "Netzwerk",
        "Kommission",
        "Rat",
        "Arbeitsgemeinschaft",
    }
)
# Plural type nouns before a list of names: "Organisationen wie WWF, BUND und Germanwatch".
PLURAL_TYPE_NOUNS = frozenset(
    {"organisationen", "unternehmen", "firmen", "verbände", "vereine", "konzerne", "partner"}
)
COORDINATION = frozenset({"und", "sowie", "oder"})
# "die TH", "die BK": two capitals after an article name a body too.
MIN_ARTICLE_ACRONYM = 2
# Words before a municipality that cite it as the source of a text or picture: "Pressestelle
# Stadt Celle", "Foto: Landkreis Harburg", "laut Angaben der Stadt".
PLACE_AS_SOURCE = frozenset({"Pressemitteilung", "Mitteilung", "Angaben", "Pressestelle", "Foto", "Quelle", "Bild"})
ROLE_GENITIVE_REJECT = ("amt", "amts", "amtes", "abteilung", "referat", "dezernat", "stelle", "verwaltung")


@cache
def _lex(name: str) -> frozenset[str]:
    """A lexicon as a set, read once (lexicon_set builds a new set on every call)."""
    return lexicon_set(name)


class Tok(NamedTuple):
    """A token with its offsets, the whitespace before it and its casefolded form (computed once:
    the patterns compare lowercase forms many times per token); a named tuple, made cheaply."""

    text: str
    start: int
    end: int
    ws_before: str
    lower: str


def tokenize(text: str) -> list[Tok]:
    """Words, hyphen compounds ("Sparkassen-"), initials ("E.T.A.") and punctuation, with offsets."""
    toks: list[Tok] = []
    prev_end = 0
    for m in TOKEN.finditer(text, timeout=REGEX_TIMEOUT):
        word = m.group()
        start, end = m.span()
        ws_before = text[prev_end:start]
        prev_end = end
        # "St." and "Staatl." keep their dot.
        if word == "." and not ws_before and toks and toks[-1].text in NAME_ABBREVIATIONS:
            last = toks.pop()
            toks.append(Tok(last.text + ".", last.start, end, last.ws_before, last.lower + "."))
        else:
            toks.append(Tok(word, start, end, ws_before, word.casefold()))
    return toks


@lru_cache(maxsize=1)
def _legal_form_pattern() -> regex.Pattern[str]:
    forms = sorted(load_lexicon("org_legal_forms"), key=len, reverse=True)
    alternation = "|".join(regex.escape(f) for f in forms)
    return regex.compile(rf"(?<![\w.])(?:[\p{{L}}]+-)?(?:{alternation})(?![\w])", regex.V1)


# Party and media names this long are matched in any case ("Wirtschaftswoche"), shorter ones as
# written ("BR", "taz").
IGNORE_CASE_FROM = 6


@lru_cache(maxsize=4)
def _lexicon_name_pattern(lexicon: str) -> regex.Pattern[str]:
    entries = sorted(load_lexicon(lexicon), key=len, reverse=True)
    alternation = "|".join(
        regex.escape(e) if len(e) < IGNORE_CASE_FROM else f"(?i:{regex.escape(e)})" for e in entries
    )
    return regex.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")


@lru_cache(maxsize=4)
def _lexicon_probes(lexicon: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entries of a name lexicon as its pattern matches them: as written, or casefolded where
    the pattern ignores case (a case-insensitive match is also a match of the casefolded forms)."""
    entries = load_lexicon(lexicon)
    if lexicon == "org_legal_forms":
        return tuple(entries), ()
    exact = tuple(e for e in entries if len(e) < IGNORE_CASE_FROM)
    folded = tuple(e.casefold() for e in entries if len(e) >= IGNORE_CASE_FROM)
    return exact, folded


PRIZE_AFTER = regex.compile(r"-(?:Preis|Award)", regex.V1)
PRIZE_BEFORE = regex.compile(r"(?i:preis|award)(?=\s+(\w+))", regex.V1)


def _acronym_prize_names(text: str) -> set[str]:
    """Acronyms (3 to 7 letters) that the text uses as prize names: "ADAC-Preis", "Award BVDW".
    One pass over the text instead of a search per acronym."""
    names: set[str] = set()
    for m in PRIZE_AFTER.finditer(text, timeout=REGEX_TIMEOUT):
        pos = m.start()
        names.update(text[pos - n : pos] for n in range(3, 8) if pos >= n)
    for m in PRIZE_BEFORE.finditer(text, timeout=REGEX_TIMEOUT):
        names.add(m.group(1))
    return names


@cache
def _suffixes(name: str) -> tuple[str, ...]:
    return tuple(sorted((e.casefold() for e in load_lexicon(name)), key=len, reverse=True))


def _common(word: str) -> bool:
    return word in _lex("org_common_nouns")


def _calendar(word: str) -> bool:
    return word in MONTHS or word in WEEKDAYS


def is_function(tok: Tok) -> bool:
    return tok.lower in FUNCTION_WORDS


def is_cap(tok: Tok) -> bool:
    return tok.text[:1].isupper()


def is_proper(tok: Tok) -> bool:
    """A capitalized word that is no common noun: a name part ("Regensburg", "Bitkom", "TenneT")."""
    text = tok.text.rstrip("-")
    if not text[:1].isupper() or is_function(tok) or _calendar(text):
        return False
    if ACRONYM.match(text) or CAMELCASE.match(text):
        return text not in _lex("org_non_org_acronyms")
    if text in _lex("org_role_nouns"):
        return False
    return not _common(text)


@lru_cache(maxsize=65536)
def head_of(word: str, lexicon: str, *, genitive: bool = True) -> str | None:
    """The head noun of a compound from ``lexicon`` ("Sparkassenstiftung" -> "stiftung")."""
    lower = word.casefold().rstrip("-")
    endings = ("", "s", "es") if genitive else ("",)
    for head in _suffixes(lexicon):
        for ending in endings:
            if lower.endswith(head + ending):
                return head
    return None


class Finder:
    """Rule-based organization candidates over the tokens of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self._tok_starts = [t.start for t in self.toks]
        self._folded_text: str | None = None
        # The patterns that start at a capitalized word visit just those tokens.
        self._capitalized = [(i, t) for i, t in enumerate(self.toks) if t.text[:1].isupper()]
        self.found: list[OrgName] = []

    # -- helpers -------------------------------------------------------------------------
    # A pattern that starts at given words selects their tokens first (one quick comprehension)
    # instead of running its checks on every token.
    def with_text(self, words: Iterable[str]) -> list[tuple[int, Tok]]:
        """(index, token) of the tokens written as one of ``words``, in text order."""
        wanted = frozenset(words)
        return [(i, t) for i, t in enumerate(self.toks) if t.text in wanted]

    def with_lower(self, words: Iterable[str]) -> list[tuple[int, Tok]]:
        """(index, token) of the tokens whose casefolded form is one of ``words``, in text order."""
        wanted = frozenset(words)
        return [(i, t) for i, t in enumerate(self.toks) if t.lower in wanted]

    def capitalized(self) -> list[tuple[int, Tok]]:
        return self._capitalized

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def render(self, i: int, j: int, *, head: int | None = None, head_word: str | None = None) -> str:
        """The name of tokens i..j-1 in the nominative: adjectives before the head in their
        form after der/die/das, the head without its genitive ending."""
        parts: list[str] = []
        for k in range(i, j):
            t = self.toks[k]
            word = t.text
            if head is not None and k < head and (word.endswith(("en", "em")) or self._oblique_before(i)):
                word = nominative_adjective(word)
            if head is not None and k == head and head_word:
                word = strip_genitive(word, head_word)
            parts.append((t.ws_before if k > i else "") + word)
        return "".join(parts).strip()

    def _oblique_before(self, i: int) -> bool:
        """An article or preposition that inflects the name after it: "des", "dem", "vom", "laut"."""
        p = self.tok(i - 1)
        return p is not None and p.lower in {
            "des",
            "der",
            "dem",
            "den",
            "eines",
            "einer",
            "einem",
            "vom",
            "zum",
            "zur",
            "beim",
            "im",
            "am",
            "laut",
        }

    def add(self, name: str, i: int, j: int, pattern: str, aliases: set[str] | None = None) -> None:
        name = " ".join(name.split()).strip(" ,;:-–")
        # Media brands may be written in lowercase ("taz", "dpa"), so may quoted brands.
        if len(name) >= 2 and (name[:1].isupper() or name[:1].isdigit() or pattern in {"media", "quoted_brand"}):
            self.found.append(
                OrgName(name, self.toks[i].start, self.toks[j - 1].end, pattern, aliases or set())
            )

    def acronym_in_parens(self, j: int) -> str | None:
        """ "… (ADFC)" right after token j-1: the short form of the name before it."""
        a, b, c = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        # "Statistisches Bundesamt (Destatis)": a short name in parentheses, not a place ("(Oder)").
        if (
            a
            and b
            and c
            and a.text == "("
            and c.text == ")"
            and (
                ACRONYM.match(b.text)
                or CAMELCASE.match(b.text)
                or is_proper(b)
                and len(b.text) >= 5
                and not _ends_like_place(b.text)
            )
        ):
            return b.text
        return None

    def name_run(self, k: int, *, max_len: int = 4, allow_common_inside: bool = True) -> int:
        """End index of a run of name words from k: "Regensburg", "Zittau/Görlitz", "St. Josef",
        "Zukunft Kreis Ahrweiler", "Umwelt + Natur", "Frankfurt (Oder)". k itself when none."""
        # a name does not begin on the next line ("… des Landesmuseums\nNeue Bilder …")
        if k < len(self.toks) and "\n" in self.toks[k].ws_before:
            return k
        j = k
        last_good = k
        count = 0
        named_phrase = False
        while j < len(self.toks) and count < max_len:
            t = self.toks[j]
            if (
                t.text in {"/", "+", "&"}
                and j > k
                and (nxt := self.tok(j + 1))
                and is_cap(nxt)
                and "\n" not in nxt.ws_before
            ):
                j += 1
                continue
            if t.text == "(" and j > k:
                inner, close = self.tok(j + 1), self.tok(j + 2)
                if (
                    inner
                    and close
                    and close.text == ")"
                    and is_cap(inner)
                    and len(inner.text) >= 3
                    and not ACRONYM.match(inner.text)
                ):
                    j += 3
                    last_good = j
                    break
                break
            if "\n" in t.ws_before and j > k:
                break
            # A capitalized preposition inside a sentence opens a name: "Krankenhaus Zum Guten Hirten".
            if (
                t.text in NAME_PREPOSITIONS
                and not is_sentence_start(self.toks, j)
                and (n := self.tok(j + 1))
                and is_cap(n)
            ):
                named_phrase = True
                j += 1
                continue
            if named_phrase and is_cap(t) and not is_function(t) and t.text not in CLAUSE_BREAK:
                j += 1
                count += 1
                last_good = j
                continue
            # English names keep their small words: "Voice of Customers", "Institute for Advanced Study".
            if (
                t.text in ENGLISH_NAME_WORDS
                and j > k
                and (n := self.tok(j + 1))
                and is_cap(n)
                and not is_function(n)
                and "\n" not in n.ws_before
            ):
                j += 1
                continue
            if not is_cap(t) or is_function(t) or t.text in CLAUSE_BREAK:
                break
            if t.text.rstrip(".") in NAME_ABBREVIATIONS and (nxt := self.tok(j + 1)) and is_cap(nxt):
                j += 1
                count += 1
                continue
            if is_proper(t):
                j += 1
                count += 1
                if not NAME_ADJECTIVE.match(t.text):
                    last_good = j
                if j - 2 >= k and self.toks[j - 2].text in {"+", "&"}:
                    last_good = j
                continue
            if allow_common_inside and _common(t.text.rstrip("-")) and t.text[:1].isupper():
                j += 1
                count += 1
                if j - 2 >= k and self.toks[j - 2].text in {"+", "&"}:
                    last_good = j
                continue
            break
        return last_good

    def complement(self, k: int, *, genitive_ok: bool) -> int:
        """End index of a complement from k: "für Arbeit", "für Bildung, Wissenschaft und Kultur",
        "des Innern, für Bau und Heimat", "der Medien Stuttgart", "des deutschen Volkes"."""
        t = self.tok(k)
        if t is None:
            return k
        if t.lower == "zu" and (n := self.tok(k + 1)) and is_proper(n):
            # "Universität zu Köln", "Stiftung zu Berlin".
            return self.name_run(k + 1, max_len=2, allow_common_inside=False)
        if t.lower == "für":
            end = self._noun_list(k + 1)
        elif genitive_ok and t.lower in {"des", "der"}:
            end = self._noun_phrase(k + 1, allow_article=False)
            # "des Bundes", "des Innern", "der Medien Stuttgart", "des deutschen Volkes" name a
            # body's sponsor or remit; "des südamerikanischen Landes" only describes it.
            if (
                end > k + 1
                and _common(self.toks[end - 1].text)
                and not is_proper(self.toks[min(end, len(self.toks) - 1)])
            ):
                phrase = self.toks[k + 1 : end]
                polity = len(phrase) == 1 and phrase[0].text in GENITIVE_POLITIES
                national = len(phrase) == 2 and NATIONAL_ADJECTIVE.match(phrase[0].text)
                remit = len(phrase) == 1 and self.toks[k - 1].lower.endswith(("ministerium", "ministeriums"))
                if not (polity or national or remit):
                    return k
        else:
            return k
        if end == k + 1 or end <= k:
            return k
        # ", für Bau und Heimat" continues a ministry's remit.
        a, b = self.tok(end), self.tok(end + 1)
        if a and b and a.text == "," and b.lower == "für":
            more = self._noun_list(end + 2)
            if more > end + 2:
                end = more
        run = self.name_run(end, max_len=2, allow_common_inside=False)
        return max(end, run)

    def _noun_phrase(self, k: int, *, allow_article: bool = True) -> int:
        """(Article) (adjectives) Noun: "die Wirtschaft", "gesundheitliche Aufklärung", "Niederbronner Schwestern"."""
        j = k
        t = self.tok(j)
        if t and allow_article and t.lower in {"die", "den", "das", "der", "dem"}:
            j += 1
        start = j
        while (t := self.tok(j)) and j - start < 4:
            if (
                t.text[:1].islower()
                and ADJECTIVE_ENDING.search(t.text, timeout=REGEX_TIMEOUT)
                and not is_function(t)
            ):
                j += 1
                continue
            if is_cap(t) and not is_function(t) and t.text not in CLAUSE_BREAK and "\n" not in t.ws_before:
                j += 1
                nxt = self.tok(j)
                # A capitalized adjective or place adjective before the noun: "Guten Hirten".
                if (
                    nxt
                    and is_cap(nxt)
                    and not is_function(nxt)
                    and nxt.text not in CLAUSE_BREAK
                    and (
                        NAME_ADJECTIVE.match(t.text) or PLACE_ADJECTIVE.match(t.text) or t.text.endswith("-")
                    )
                ):
                    continue
                return j
            if t.lower == "und" and j > start and self.toks[j - 1].text.endswith("-"):
                j += 1
                continue
            break
        return k

    def _noun_list(self, k: int) -> int:
        """Noun phrases joined by commas and und: "Bildung, Wissenschaft und Kultur"."""
        end = self._noun_phrase(k)
        if end == k:
            return k
        while True:
            a = self.tok(end)
            b = self.tok(end + 1)
            if a and a.lower in COORDINATION and b and head_of(b.text, "org_heads", genitive=False):
                return end  # "Ministerium für Kultus und Stiftung X": a second body, not a remit
            if a and (a.text == "," or a.lower in COORDINATION):
                nxt = self._noun_phrase(end + 1)
                if nxt > end + 1 and (a.lower in COORDINATION or self._list_goes_on(nxt)):
                    end = nxt
                    if a.lower in COORDINATION:
                        return end
                    continue
            return end

    def _list_goes_on(self, k: int) -> bool:
        """After "Bildung, Wissenschaft" a list of remits goes on with "und …" or another comma."""
        for j in range(k, min(k + 8, len(self.toks))):
            t = self.toks[j]
            if t.lower in COORDINATION:
                return True
            if t.text in {".", ";", ":", "!", "?"} or (
                t.text[:1].islower() and not ADJECTIVE_ENDING.search(t.text, timeout=REGEX_TIMEOUT)
            ):
                return False
        return False

    # -- patterns ------------------------------------------------------------------------
    def _may_hold(self, lexicon: str) -> bool:
        """Whether any entry of a name lexicon stands in the text at all: most releases hold
        none, and a few substring tests are much cheaper than the pattern's scan."""
        exact, folded = _lexicon_probes(lexicon)
        if any(e in self.text for e in exact):
            return True
        if folded:
            if self._folded_text is None:
                self._folded_text = self.text.casefold()
            return any(e in self._folded_text for e in folded)
        return False

    def legal_forms(self) -> None:
        if not self._may_hold("org_legal_forms"):
            return
        for m in _legal_form_pattern().finditer(self.text, timeout=REGEX_TIMEOUT):
            first = self._index_at(m.start())
            if first is None:
                continue
            last = self._index_at(m.end() - 1)
            if last is None:
                continue
            i = first
            # The words before the form: "Morgen & Morgen", "PROJECT Beteiligungen", "Lidl".
            while i - 1 >= 0 and first - i < 5:
                t = self.toks[i - 1]
                if t.text in {"&", "+"} or (
                    is_cap(t)
                    and not is_function(t)
                    and t.text not in CLAUSE_BREAK
                    and not head_of(t.text, "org_type_nouns")
                    and "\n" not in self.toks[i].ws_before
                ):
                    i -= 1
                    continue
                break
            while i < first and self.toks[i].text in {"&", "+"}:
                i += 1
            # "Volksbank Reutlingen eG": an institution compound opens the registered name.
            if i - 1 >= 0 and i < first:
                prev = self.toks[i - 1]
                org_head = (
                    head_of(prev.text, "org_heads") if is_cap(prev) and not ACRONYM.match(prev.text) else None
                )
                if (
                    org_head
                    and org_head not in {"gesellschaft", "institut", "konzern", "gruppe"}
                    and "\n" not in self.toks[i].ws_before
                ):
                    i -= 1
            # "Verband Digitale Kommunen e.V.": a bare type noun opens the registered name.
            if i - 1 >= 0 and i < first and self.toks[i - 1].text in BARE_NAME_OPENERS:
                i -= 1
            form_token = self.toks[first].text
            if i == first and "-" not in form_token:
                continue
            head = i if i < first else None
            name = self.render(i, last + 1, head=head)
            self.add(name, i, last + 1, "legal_form", self._aliases(i, last + 1))

    def _index_at(self, char: int) -> int | None:
        # tokens do not overlap and are sorted: only the last one starting at or before char can hold it
        idx = bisect.bisect_right(self._tok_starts, char) - 1
        if idx >= 0 and char < self.toks[idx].end:
            return idx
        return None

    def _aliases(self, i: int, j: int) -> set[str]:
        aliases: set[str] = set()
        acr = self.acronym_in_parens(j)
        if acr:
            aliases.add(acr)
        # ", kurz ADFC"
        a, b, c = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        if a and b and c and a.text == "," and b.lower == "kurz" and ACRONYM.match(c.text):
            aliases.add(c.text)
        # "HdM – Hochschule der Medien"
        p, q = self.tok(i - 1), self.tok(i - 2)
        if p and q and p.text in {"–", "-"} and (ACRONYM.match(q.text) or CAMELCASE.match(q.text)):
            aliases.add(q.text)
        return aliases

    def heads(self) -> None:
        departments = _lex("org_departments")
        legal_forms = _lex("org_legal_forms")
        for h, t in self.capitalized():
            if not is_cap(t):
                continue
            head = head_of(t.text, "org_heads") if not ACRONYM.match(t.text) else None
            if head is None:
                continue
            if t.text.rstrip("-") in departments:
                continue
            # An apposition that describes a name just given ("Bildung & Begabung, das
            # Talentförderzentrum des Bundes") is no name of its own; one with a name of its
            # own is a body in a list (", die Uniklinik Kiel").
            p1, p2, n1 = self.tok(h - 1), self.tok(h - 2), self.tok(h + 1)
            if (
                p1
                and p2
                and p1.lower in {"das", "der", "die"}
                and p2.text == ","
                and not (n1 and is_proper(n1) and "\n" not in n1.ws_before)
            ):
                continue
            i, has_left_adj, has_left_name = self._left_of_head(h)
            word = t.text.casefold().rstrip("-")
            bare_head = word in {head, head + "s", head + "es"}
            # Right: "(IHK)" may stand inside the name; then a complement or a name.
            j = h + 1
            aliases: set[str] = set()
            acr = self.acronym_in_parens(j)
            if acr:
                aliases.add(acr)
                j += 3
            comp = self.complement(j, genitive_ok=head not in WEAK_HEADS)
            # "die Hochschule der Medien Stuttgart" is a name, "der Verband der Kommunen" is not:
            # a bare head with a genitive needs a place name after it.
            if (
                comp > j
                and self.toks[j].lower in {"des", "der"}
                and bare_head
                and not has_left_adj
                and (not is_proper(self.toks[comp - 1]) or comp - 1 == j + 1)
            ):
                comp = j
            if comp == j and head not in WEAK_HEADS:
                comp = self.name_run(j, max_len=3, allow_common_inside=True)
                if comp > j and _all_common(self.toks[j:comp]):
                    comp = j
                # "beliebteste Universität Deutschlands", "größte Bank Bayerns": a genitive place
                # after a superlative or a state is no name part ("Stadtwerke Neuss" is).
                if (
                    comp == j + 1
                    and not has_left_adj
                    and self.toks[j].text.endswith("s")
                    and not ACRONYM.match(self.toks[j].text)
                    and (GENITIVE_PLACE.search(self.toks[j].text) or self._superlative_before(i))
                ):
                    comp = j
                # "Wirtschaftsprüfungsgesellschaft PW AG": the legal form pattern takes the name.
                after = self.tok(comp)
                if comp > j and after and after.text in legal_forms:
                    continue
            # "Arbeiterwohlfahrt (AWO)": a compound with its short form is a name by itself.
            spelled_out = bool(acr) and comp == j and not bare_head
            if comp == j and acr:
                j -= 3
                comp = j
                acr = None
            # "die beste deutsche Privathochschule für …", "die größte Stiftung des Landes": a
            # superlative describes a body, it does not name it.
            q = self.tok(i - 1)
            if self._superlative_before(i) or (
                q is not None
                and q.text[:1].islower()
                and not is_function(q)
                and ADJECTIVE_ENDING.search(q.text, timeout=REGEX_TIMEOUT)
                and self._superlative_before(i - 1)
            ):
                continue
            hyphen_name = "-" in t.text.rstrip("-") and not bare_head and _hyphen_prefix_is_name(t.text)
            # "Gewinner-Verein" standing alone: a common noun before the hyphen names no body
            # ("Kinder-Stiftung der Diakonie" goes on with its name).
            nxt = self.tok(h + 1)
            prefix = t.text.split("-")[0]
            if hyphen_name and _common(prefix) and not (nxt and nxt.lower in {"der", "des"}):
                hyphen_name = False
            # "das US-Beratungsinstitut": a country code before a kind of body describes it
            # ("EU-Kommission" names one)
            if hyphen_name and prefix in _lex("org_non_org_acronyms") and head_of(t.text, "org_type_nouns"):
                hyphen_name = False
            camel = bool(CAMELCASE.match(t.text)) and not bare_head
            named_school = comp == j and i == h and _named_school(t.text, head)
            if not (
                has_left_adj
                or has_left_name
                or comp > j
                or hyphen_name
                or camel
                or spelled_out
                or named_school
            ):
                continue
            end = max(comp, h + 1)
            # "das Marktforschungsinstitut Datavista", "der Digitalverband Bitkom": a compound type
            # noun before a brand name describes it; the brand is the name ("Landesverband Bayern" is one).
            if (
                i == h
                and not bare_head
                and comp > j
                and not acr
                and head_of(t.text, "org_type_nouns")
                and all(
                    is_proper(x) and not NAME_ADJECTIVE.match(x.text) or x.text in ENGLISH_NAME_WORDS
                    for x in self.toks[j:comp]
                )
                and _brand_like(self.toks[j].text)
                and not word.startswith(REGIONAL_PREFIXES)
            ):
                continue
            genitive = self._genitive_context(i)
            head_word = head if genitive or t.text.casefold().endswith(head + "es") else None
            name = self.render(i, h + 1, head=h, head_word=head_word)
            if end > h + 1:
                name += " " + self.render(j, end)
            self.add(name, i, end, "head", aliases | self._aliases(i, end))

    def _superlative_before(self, i: int) -> bool:
        """ "die beliebteste", "der größten": a superlative before the name's first word."""
        p = self.tok(i - 1)
        return (
            p is not None
            and p.text[:1].islower()
            and p.lower.endswith(("ste", "sten", "ster", "stes"))
            and p.lower not in {"zugunsten", "zuungunsten"}
        )

    def _left_of_head(self, h: int) -> tuple[int, bool, bool]:
        """Start of the name before a head token: name adjectives ("Deutschen"), "Staatl.",
        hyphen pieces ("Sparkassen- und"), initials ("E.T.A. Hoffmann-Gymnasium") and names
        ("Baden-Württemberg Stiftung", "PROJECT Life Stiftung", "Sankt Vincentius Krankenhaus")."""
        t = self.toks[h]
        i = h
        has_left_adj = False
        name_start: int | None = None
        while i - 1 >= 0:
            p = self.toks[i - 1]
            if "\n" in self.toks[i].ws_before:
                break
            if NAME_ADJECTIVE.match(p.text) or p.text in {"Staatl.", "Städt."}:
                i -= 1
                has_left_adj = True
                continue
            # "die Kieler Sparkasse", "die Mainzer Stadtwerke": a place adjective names the body.
            if (
                i == h
                and PLACE_ADJECTIVE.match(p.text)
                and is_proper(p)
                and not is_sentence_start(self.toks, i - 1)
                and head_of(t.text, "org_place_adjective_heads")
            ):
                i -= 1
                has_left_adj = True
                continue
            if p.lower == "und" and i - 2 >= 0 and self.toks[i - 2].text.endswith("-"):
                i -= 2
                continue
            if INITIALS.match(p.text) and "-" in t.text:
                i -= 1
                has_left_adj = True
                continue
            if p.text in {"Sankt", "St."} or (
                is_proper(p)
                # "Lindner Gruppe": a surname in -er, not a place adjective, before a group head;
                # "Karl Brenner Stiftung": after a given name it is a surname too
                and (
                    not PLACE_ADJECTIVE.match(p.text)
                    or head_of(t.text, "org_group_heads", genitive=False)
                    or (i >= 2 and self.toks[i - 2].text in _first_names())
                )
                and not head_of(p.text, "org_type_nouns")
                and not is_sentence_start(self.toks, i - 1)
            ):
                i -= 1
                name_start = i
                continue
            break
        has_left_name = False
        if name_start is not None:
            left = self.toks[name_start:h]
            # Only what is clearly a name: an acronym, a hyphenated place, "Sankt …", a given name.
            if any(
                ACRONYM.match(x.text)
                or CAMELCASE.match(x.text)
                or x.text in {"Sankt", "St."}
                or CAPITALIZED_HYPHEN_COMPOUND.match(x.text, timeout=REGEX_TIMEOUT)
                or x.text in _first_names()
                for x in left
            ) or (
                # "Lindner Gruppe", "Berger Unternehmensgruppe": a company group carries its
                # owner's or brand name before it.
                head_of(t.text, "org_group_heads", genitive=False) is not None
                and len(left) == 1
            ):
                has_left_name = True
            else:
                return h, False, False
        return i, has_left_adj, has_left_name

    def _genitive_context(self, i: int) -> bool:
        for back in (1, 2, 3):
            p = self.tok(i - back)
            if p is None:
                return False
            if p.lower in {"des", "eines", "dieses"}:
                return True
            if not (is_cap(p) or p.text[:1].islower() and p.lower.endswith(("en", "er"))):
                return False
        return False

    def type_appositions(self) -> None:
        """ "der Digitalverband Bitkom", "das Magazin „Focus“", "die Automobilhersteller BMW und Daimler"."""
        for h, t in self.capitalized():
            if not is_cap(t):
                continue
            if head_of(t.text, "org_type_nouns", genitive=True) is None and t.lower not in PLURAL_TYPE_NOUNS:
                continue
            j = h + 1
            nxt = self.tok(j)
            if nxt is None or "\n" in nxt.ws_before:
                continue
            if nxt.lower == "wie":
                self._name_list(j + 1, "type_list")
                continue
            self._apposition_names(j)

    def _apposition_names(self, j: int) -> None:
        while True:
            end = self._one_name(j)
            if end == j:
                return
            c = self.tok(end)
            if c and c.lower in COORDINATION and (d := self.tok(end + 1)) and is_cap(d) and is_proper(d):
                # "der Onlinehändler Zalpo und Drogeriemarkt Korvix": a kind of firm after "und"
                # starts an apposition of its own (type_appositions reads it), it is no name
                if head_of(d.text, "org_type_nouns", genitive=True) is not None:
                    return
                j = end + 1
                continue
            return

    def _one_name(self, j: int) -> int:
        """A quoted name or a run of name words at j; adds it and returns its end (j where none)."""
        t = self.tok(j)
        if t is None:
            return j
        if t.text in QUOTE_OPEN:
            k = j + 1
            while k < len(self.toks) and k - j <= 6 and self.toks[k].text not in QUOTE_CLOSE:
                k += 1
            # a quoted brand may be written in lowercase: "das Wirtschaftsmagazin „wohnwelt“"
            one_word = k == j + 2 and self.toks[j + 1].text.isalpha()
            if (
                k < len(self.toks)
                and k > j + 1
                and self.toks[k].text in QUOTE_CLOSE
                and (is_cap(self.toks[j + 1]) or one_word)
            ):
                self.add(self.render(j + 1, k), j + 1, k, "quoted_brand" if one_word else "type_apposition")
                return k + 1
            return j
        # "dem Deutschen Klimakonsortium": a name with an adjective is the head pattern's.
        if not is_proper(t) or NAME_ADJECTIVE.match(t.text) or GENITIVE_PLACE.search(t.text):
            return j
        end = j
        k = j
        while k < len(self.toks) and k - j < 4:
            cur = self.toks[k]
            if k > j and "\n" in cur.ws_before:
                break
            if (cur.text in {"&", "+"} or k > j and cur.text in ENGLISH_NAME_WORDS) and (
                (n := self.tok(k + 1)) and is_cap(n) and not is_function(n)
            ):
                k += 1
                continue
            if is_proper(cur) or (k > j and self.toks[k - 1].text in {"&", "+"} and is_cap(cur)):
                # Two acronyms in a row are two names: "WWF BUND".
                if k > j and ACRONYM.match(cur.text) and ACRONYM.match(self.toks[k - 1].text):
                    break
                k += 1
                end = k
                continue
            break
        # "das Magazin FOCUS Gesundheit hat": a brand may carry one plain noun before the verb.
        last, extra, after = self.toks[end - 1] if end > j else None, self.tok(end), self.tok(end + 1)
        if (
            last
            and extra
            and (ACRONYM.match(last.text) or CAMELCASE.match(last.text))
            and is_cap(extra)
            and not is_function(extra)
            and _common(extra.text)
            and "\n" not in extra.ws_before
            and (after is None or not is_cap(after))
        ):
            end += 1
        # "der Zweckverband Abfallwirtschaft": a German abstract noun is no brand name by itself.
        single = self.toks[j].text
        if (
            end == j + 1
            and not (ACRONYM.match(single) or CAMELCASE.match(single))
            and single.casefold().endswith(GERMAN_NOUN_SUFFIXES)
        ):
            return end
        if end > j:
            self.add(self.render(j, end), j, end, "type_apposition")
        return end

    def _name_list(self, j: int, pattern: str) -> None:
        """ "wie WWF, Germanwatch, dem … oder der …": names separated by commas and und/oder."""
        k = j
        for _ in range(8):
            t = self.tok(k)
            if t is None:
                return
            if t.lower in {"dem", "der", "die", "den", "das"}:
                k += 1
                continue
            end = self._one_name(k)
            if end == k:
                # A name found by another pattern ("dem Deutschen Klimakonsortium"): skip over it.
                while (t2 := self.tok(end)) and is_cap(t2) and end - k < 5:
                    end += 1
                if end == k:
                    return
            # "WWF BUND": a second acronym right after the first.
            nxt = self.tok(end)
            if nxt and ACRONYM.match(nxt.text) and is_proper(nxt):
                self.add(nxt.text, end, end + 1, pattern)
                end += 1
            sep = self.tok(end)
            if sep and (sep.text == "," or sep.lower in COORDINATION):
                k = end + 1
                continue
            return

    def places_acting(self) -> None:
        """ "Die Stadt Wolfsburg berichtet", "vom Landkreis Esslingen betriebenen", "Hansestadt Lübeck"."""
        place_heads = _lex("org_place_heads")
        titles = _lex("org_official_place_titles")
        agents = _lex("org_agent_verbs")
        ranked = _lex("org_ranking_verbs")
        for h, t in enumerate(self.toks):
            base = t.text
            for ending in ("es", "s"):
                if base.endswith(ending) and base[: -len(ending)] in place_heads:
                    base = base[: -len(ending)]
            if base not in place_heads and base not in titles:
                continue
            end = self.name_run(h + 1, max_len=3, allow_common_inside=False)
            # "Klimaschutzmanager des Landkreises Lukas Braun": a person follows, no place name.
            if end == h + 1 or self.toks[h + 1].text in _first_names():
                continue
            start = h
            if base in titles:
                p, q = self.tok(h - 1), self.tok(h - 2)
                if p and q and p.lower == "und" and q.text == "Freie":
                    start = h - 2
                self.add(self.render(start, end).replace(t.text, base, 1), start, end, "official_place")
                continue
            clause = self._clause(h)
            words = {self.toks[k].text for k in clause}
            context = {self.toks[k].text for k in range(max(0, h - 3), h)}
            acting = (
                bool(words & agents)
                or bool(context & PLACE_AS_SOURCE)
                or self._staff_of(h)
            )
            if acting and not words & ranked:
                self.add(self.render(start, end).replace(t.text, base, 1), start, end, "place_acting")

    def _staff_of(self, h: int) -> bool:
        """ "die Mitarbeitenden der Stadt Ulm", "Bürgermeister der Gemeinde Au": a role or the
        staff of a municipality make it a body (a place has no staff)."""
        p, q = self.tok(h - 1), self.tok(h - 2)
        if not (p and q and p.lower in {"der", "des"} and is_cap(q)):
            return False
        return q.text in _lex("org_role_nouns") or role_head(q.text) is not None

    def _clause(self, h: int) -> range:
        a = h
        while (
            a - 1 >= 0
            and self.toks[a - 1].text not in {".", ",", ";", ":", "!", "?"}
            and "\n" not in self.toks[a].ws_before
        ):
            a -= 1
        b = h
        while (
            b + 1 < len(self.toks)
            and self.toks[b + 1].text not in {".", ",", ";", ":", "!", "?"}
            and "\n" not in self.toks[b + 1].ws_before
        ):
            b += 1
        return range(a, b + 1)

    def roles(self) -> None:
        """ "Bitkom-Präsident", "IHK-Hauptgeschäftsführerin", "Präsident des LandesSportBundes"."""
        roles = _lex("org_role_nouns")
        first_names = _first_names()
        for i, t in enumerate(self.toks):
            if "-" in t.text and not t.text.endswith("-"):
                prefix, _, role = t.text.rpartition("-")
                if role in roles and _role_compound_org(prefix, first_names):
                    self.found.append(OrgName(prefix, t.start, t.start + len(prefix), "role_compound"))
            if t.text in roles:
                a, b = self.tok(i + 1), self.tok(i + 2)
                if not (a and b and a.lower in {"des", "der"}):
                    continue
                word = b.text
                if not is_proper(b) or PLACE_ADJECTIVE.match(word) or NAME_ADJECTIVE.match(word):
                    continue
                if GENITIVE_END.sub("", word, timeout=REGEX_TIMEOUT) in roles:
                    continue
                nxt = self.tok(i + 3)
                if nxt and is_cap(nxt) and not is_function(nxt) and "\n" not in nxt.ws_before:
                    continue
                lower = word.casefold()
                if any(lower.endswith(x) for x in ROLE_GENITIVE_REJECT):
                    continue
                # "Präsident des LandesSportBundes", "Vizepräsident der Kultusministerkonferenz"; a short
                # compound ("Vorsitzende des Fördervereins") names a generic body.
                if not (
                    ACRONYM.match(word)
                    or CAMELCASE.match(word)
                    or head_of(word, "org_heads")
                    and len(word) >= 16
                    # "Leiter des Umfrageinstituts X": a kind of body before its name
                    and not head_of(word, "org_type_nouns")
                ):
                    continue
                for lex in ("org_heads", "org_type_nouns", "org_place_heads"):
                    hd = head_of(word, lex)
                    if hd and lower in {hd, hd + "s", hd + "es"}:
                        break
                else:
                    name = word
                    if a.lower == "des" and (ACRONYM.match(word) is None):
                        name = (
                            GENITIVE_AFTER_LOWER.sub("", word, timeout=REGEX_TIMEOUT)
                            if word.endswith("s")
                            else word
                        )
                    self.found.append(OrgName(name, b.start, b.end, "role_genitive"))

    def sources(self) -> None:
        """ "laut BFV", "Prognos zufolge", "Quelle: Prognos", "© FuPa"."""
        persons = self._person_words()
        for i, t in enumerate(self.toks):
            target: int | None = None
            if t.lower == "laut" or t.text == "©" or t.text == "Quelle":
                target = i + 1
                if (n := self.tok(target)) and n.text == ":":
                    target += 1
            elif (
                t.lower == "zufolge"
                and i > 0
                and (ACRONYM.match(self.toks[i - 1].text) or CAMELCASE.match(self.toks[i - 1].text))
            ):
                # "Heidegger zufolge" cites a person; only a short name is surely an organization.
                target = i - 1
            if target is None or not (n := self.tok(target)):
                continue
            if not is_proper(n) or n.text in persons or n.text in _first_names():
                continue
            nxt = self.tok(target + 1)
            if (
                t.lower != "zufolge"
                and nxt
                and is_cap(nxt)
                and not is_function(nxt)
                and "\n" not in nxt.ws_before
            ):
                continue
            self.found.append(OrgName(n.text, n.start, n.end, "source"))

    def _person_words(self) -> set[str]:
        """Surnames in the text: words after a given name, title or role ("Jan Lindenau", "Dr. Ivens")."""
        names = _first_names()
        roles = _lex("org_role_nouns")
        out: set[str] = set()
        for a, b in zip(self.toks, self.toks[1:]):
            if a.text in names or a.text in {"Dr.", "Prof.", "Herr", "Frau", "Dr", "Prof"} or a.text in roles:
                out.add(b.text)
        return out

    def parties_media_clubs(self) -> None:
        for lexicon, pattern_name in (("org_parties", "party"), ("org_media", "media")):
            if not self._may_hold(lexicon):
                continue
            for m in _lexicon_name_pattern(lexicon).finditer(self.text, timeout=REGEX_TIMEOUT):
                i, j = self._index_at(m.start()), self._index_at(m.end() - 1)
                if i is not None and j is not None:
                    self.add(m.group(), i, j + 1, pattern_name)
        prefixes = _lex("org_club_prefixes")
        suffixes = _lex("org_club_suffixes")
        for i, t in self.with_text(prefixes | suffixes):
            if t.text in suffixes and i > 0 and PLACE_ADJECTIVE.match(self.toks[i - 1].text):
                self.add(self.render(i - 1, i + 1), i - 1, i + 1, "club")
            elif t.text in prefixes and not (
                i > 0
                and is_cap(self.toks[i - 1])
                and not is_function(self.toks[i - 1])
                and not is_sentence_start(self.toks, i - 1)
                and self.toks[i - 1].text not in CLAUSE_BREAK
            ):
                j = i + 1
                if (n := self.tok(j)) and DIGITS.match(n.text):
                    j += 1
                end = self.name_run(j, max_len=3, allow_common_inside=True)
                if end > j or (end == j and j > i + 1 and (n2 := self.tok(j)) and is_cap(n2)):
                    start = i
                    p, q = self.tok(i - 1), self.tok(i - 2)
                    if (
                        p
                        and p.text == "."
                        and q
                        and q.text == "1"
                        and not p.ws_before
                        and t.text in {"FC", "FSV", "FFC", "SC", "SV"}
                    ):
                        start = i - 2
                    self.add(self.render(start, end), start, end, "club")

    def unique_bodies(self) -> None:
        """ "ein Beschluss der Bundesregierung", "des Bundestages": nouns that name one body."""
        forms = _unique_body_forms()
        for t in self.toks:
            base = forms.get(t.text)
            if base is not None:
                self.found.append(OrgName(base, t.start, t.end, "unique_body"))

    def ampersand_names(self) -> None:
        """ "Bildung & Begabung, das Talentförderzentrum …": a name joined by & with an apposition."""
        for i, t in self.with_text(["&"]):
            if t.text != "&" or i == 0:
                continue
            a, b = self.toks[i - 1], self.tok(i + 1)
            if not (b and is_cap(a) and is_cap(b) and not is_function(a) and not is_function(b)):
                continue
            c, d = self.tok(i + 2), self.tok(i + 3)
            if c and d and c.text == "," and d.lower in {"das", "der", "die"}:
                self.add(self.render(i - 1, i + 2), i - 1, i + 2, "ampersand_apposition")

    def universities(self) -> None:
        """ "TU München", "Uni Mannheim", "KU Eichstätt-Ingolstadt"."""
        prefixes = _lex("org_university_prefixes")
        for i, t in self.with_text(prefixes):
            if t.text in prefixes:
                end = self.name_run(i + 1, max_len=2, allow_common_inside=False)
                if end > i + 1:
                    self.add(self.render(i, end), i, end, "university")

    def article_acronyms(self) -> None:
        """ "der ADAC", "beim BFV": an acronym with an article, not used as a prize name."""
        non_org = _lex("org_non_org_acronyms")
        prize_names: set[str] | None = None
        articles = {"der", "die", "das", "des", "dem", "den", "beim", "vom", "zum", "zur"}
        for i, t in self.with_lower(articles):
            if t.lower not in articles:
                continue
            a, b = self.tok(i + 1), self.tok(i + 2)
            # "die NVK-Talheim": a short form joined to a name (not to a common
            # noun: "der NVBV-Test") is one name
            if a and (m := ACRONYM_NAME.match(a.text)) and m["acr"] not in non_org:
                rest = m["rest"]
                if (
                    _ends_like_place(rest) or not _ends_in_common_noun(rest)
                ) and not any(
                    head_of(rest, lex) for lex in ("org_event_heads", "org_heads", "org_type_nouns")
                ) and role_head(rest) is None:
                    self.add(a.text, i + 1, i + 2, "article_acronym")
                continue
            if (
                not a
                or not ACRONYM.match(a.text)
                or len(a.text) < MIN_ARTICLE_ACRONYM
                or a.text in non_org
                or not a.text.isalpha()
            ):
                continue
            # "die TOP 20", "der NVBV-…": a list or a compound, no name by itself
            if b and (is_cap(b) and not is_function(b) or b.text.startswith("-") or b.text[:1].isdigit()):
                continue
            # "das IWBF (Institut für Wohnen …)": the spelled-out name in brackets is the
            # entry; brackets that spell out no body ("die GBU (Gefährdungsbeurteilung)") none.
            if b and b.text == "(":
                self._spelled_out_after(i + 1)
                continue
            # "die BK – Betriebskrankenkasse Kiel": the short form, a dash, the name it spells
            if b and b.text in {"–", "-"} and (c := self.tok(i + 3)) and is_cap(c):
                end = i + 3
                while end < min(i + 8, len(self.toks)) and is_cap(self.toks[end]) and not is_function(
                    self.toks[end]
                ):
                    end += 1
                if end > i + 3 and a.text.casefold() in _initials(self.render(i + 3, end)):
                    self.add(self.render(i + 3, end), i + 3, end, "spelled_out", {a.text})
                    continue
            if prize_names is None:
                prize_names = _acronym_prize_names(self.text)
            if a.text not in prize_names:
                self.add(a.text, i + 1, i + 2, "article_acronym")

    def _spelled_out_after(self, a: int) -> None:
        """The name in brackets after the short form at token ``a``, where it names a body."""
        close = next((k for k in range(a + 2, min(a + 14, len(self.toks))) if self.toks[k].text == ")"), None)
        if close is None or close == a + 2:
            return
        words = self.toks[a + 2 : close]
        if not is_cap(words[0]) or not any(
            head_of(w.text, "org_heads") or head_of(w.text, "org_type_nouns") or w.text in BODY_WORDS
            for w in words
        ):
            return
        self.add(self.render(a + 2, close), a + 2, close, "spelled_out", {self.toks[a].text})

    def person_affiliations(self) -> None:
        """ "Anna Fleck vom Marianum Fulda": a person "vom" an institution."""
        first_names = _first_names()
        for i, t in self.with_lower(["vom"]):
            if t.lower != "vom" or i < 2:
                continue
            if self.toks[i - 2].text not in first_names or not is_cap(self.toks[i - 1]):
                continue
            end = self.name_run(i + 1, max_len=3, allow_common_inside=False)
            if (
                end > i + 1
                and is_proper(self.toks[i + 1])
                and not NAME_ADJECTIVE.match(self.toks[i + 1].text)
            ):
                self.add(self.render(i + 1, end), i + 1, end, "person_affiliation")

    def person_brackets(self) -> None:
        """ "Lena Brantel (TSV Talheim, 2:51:07)", "Tom Korvix (Hochschule Rendmark)": in results
        lists and reports a person's club, school or employer stands in brackets after the full
        name, before a comma or slash with the result. A name of two words or more, capitalized,
        with a proper noun in it; a single word there is as often the person's town ("(Talheim)")
        and is left to the other rules, as are places opened by "Bad" or "St.", ages, school
        years and picture captions ("(links)", "(Jahrgang 2008)")."""
        first_names = _first_names()
        n = len(self.toks)
        for i, t in enumerate(self.toks):
            if t.text != "(" or i < 2:
                continue
            given, surname = self.toks[i - 2], self.toks[i - 1]
            if given.text not in first_names or not is_proper(surname):
                continue
            j = i + 1
            while j < n and j - i <= 6 and self.toks[j].text not in {",", "/", ")", ";"}:
                j += 1
            if j >= n or self.toks[j].text not in {",", "/", ")"} or j - i < 3:
                continue
            seg = self.toks[i + 1 : j]
            if (
                not all(is_cap(x) or DIGITS.match(x.text) for x in seg)
                or DIGITS.match(seg[0].text)
                or seg[0].text in NAME_ABBREVIATIONS
                or not any(is_proper(x) for x in seg)
                or any("\n" in x.ws_before for x in seg)
            ):
                continue
            self.add(self.render(i + 1, j), i + 1, j, "person_bracket")

    def acronym_remits(self) -> None:
        """ "die IHK für München und Oberbayern": a short name with its remit."""
        # the token before each "für"
        for i, t in [(j - 1, self.toks[j - 1]) for j, _ in self.with_lower(["für"]) if j > 0]:
            if ACRONYM.match(t.text) and t.text not in _lex("org_non_org_acronyms"):
                nxt = self.tok(i + 1)
                if nxt and nxt.lower == "für":
                    end = self.complement(i + 1, genitive_ok=False)
                    if end > i + 2:
                        self.add(self.render(i, end), i, end, "acronym_remit", {t.text})

    def initialisms(self) -> None:
        """ "Initiative Neue Soziale Marktwirtschaft (INSM)": capitalized words spelled by the
        short form in parentheses after them are a name."""
        for i, t in self.with_text(["("]):
            if t.text != "(" or i == 0:
                continue
            acr, close = self.tok(i + 1), self.tok(i + 2)
            if not (acr and close and close.text == ")" and ACRONYM.match(acr.text)):
                continue
            for start in range(i - 1, max(-1, i - 7), -1):
                words = self.toks[start:i]
                if not is_cap(words[0]) or is_function(words[0]):
                    continue
                name = self.render(start, i)
                # "Master of Business Administration (MBA)" is a degree: the name must say it is a body.
                if is_initialism(acr.text, name) and any(
                    head_of(w.text, "org_heads") or head_of(w.text, "org_type_nouns") or w.text in BODY_WORDS
                    for w in words
                ):
                    self.add(name, start, i, "initialism", {acr.text})
                    break

    def run(self) -> list[OrgName]:
        self.legal_forms()
        self.heads()
        self.type_appositions()
        self.places_acting()
        self.roles()
        self.sources()
        self.parties_media_clubs()
        self.ampersand_names()
        self.unique_bodies()
        self.universities()
        self.article_acronyms()
        self.person_affiliations()
        self.person_brackets()
        self.initialisms()
        self.acronym_remits()
        return self.found


# Plurals of German abstract nouns ("Entwicklungen", "Leistungen"): topics, not names.
ABSTRACT_PLURALS = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten", "ismen")
GERMAN_NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "ik",
    "ismus",
    "nis",
    "tum",
    "wesen",
    "politik",
    "ei",
)


def _brand_like(word: str) -> bool:
    """ "Bitkom", "Datavista", "NQT", "TenneT" read as brand names; "Abfallwirtschaft" (a German
    noun) and "Baden-Württemberg" (a place) do not."""
    if ACRONYM.match(word) or CAMELCASE.match(word):
        return True
    if CAPITALIZED_HYPHEN_COMPOUND.match(word, timeout=REGEX_TIMEOUT):
        return False
    return not word.casefold().endswith(GERMAN_NOUN_SUFFIXES) and not _ends_like_place(word)


@cache
def _common_noun_endings() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in _lex("org_common_nouns") if len(w) >= 4}, key=len, reverse=True))


def _ends_in_common_noun(word: str) -> bool:
    """ "Gütesiegel", "Endwertung": a compound ending in a common noun (or one itself)."""
    lower = word.casefold()
    return lower.endswith(_common_noun_endings()) or any(
        lower.endswith(e) and lower[: -len(e)].endswith(_common_noun_endings()) for e in ("s", "es", "n", "en")
    )


def _ends_like_place(word: str) -> bool:
    """German place names end like this often enough to keep them out of short names."""
    return word.casefold().endswith(
        (
            "burg",
            "berg",
            "dorf",
            "stadt",
            "heim",
            "hausen",
            "feld",
            "furt",
            "au",
            "bach",
            "hagen",
            "ingen",
            "oder",
            "main",
            "rhein",
            "see",
        )
    )


def is_sentence_start(toks: list[Tok], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in {".", "!", "?", ":", '"', "„", "“"} or "\n" in toks[i].ws_before


def _all_common(toks: list[Tok]) -> bool:
    if any(t.text in {"+", "&"} for t in toks):
        return False
    return all(_common(t.text.rstrip("-")) or t.text in {"+", "&", "/"} for t in toks)


def _named_school(word: str, head: str) -> bool:
    """ "Humboldtschule", "Goethegymnasium": a school compound whose first part is a name, not a
    kind of school ("Realschule", "Musikschule")."""
    if head not in {"schule", "gymnasium"} or "-" in word:
        return False
    lower = word.casefold()
    if not lower.endswith(head):
        return False
    prefix = word[: len(word) - len(head)]
    generic = {p.casefold() for p in _lex("org_school_generic_prefixes")}
    bare = prefix.removesuffix("s")
    if len(prefix) < 4 or prefix.casefold() in generic or bare.casefold() in generic:
        return False
    if any(prefix.casefold().endswith(g) for g in ("hoch", "fachhoch")):
        return False
    return not _common(prefix) and not _common(bare)


def _role_compound_org(prefix: str, first_names: frozenset[str]) -> bool:
    """ "Bitkom" in "Bitkom-Präsident": a name before a role, not "Vize-" or a given name."""
    if "-" in prefix or len(prefix) < 3 or prefix in first_names or prefix in _lex("org_non_org_acronyms"):
        return False
    if ACRONYM.match(prefix) or CAMELCASE.match(prefix):
        return True
    return prefix[:1].isupper() and not _common(prefix) and prefix not in {"Vize", "Ex", "Ober", "Haupt"}


def _hyphen_prefix_is_name(word: str) -> bool:
    """ "Robert-Bosch-Krankenhaus", "Sparkassen-Finanzgruppe", "L-Bank": a capitalized first part
    (one letter will do, except "E-" for "elektronisch": "E-Akademie" names no body)."""
    first = word.split("-")[0]
    return first[:1].isupper() and (len(first) >= 2 or first != "E")


@cache
def _unique_body_forms() -> dict[str, str]:
    """Each unique body noun and its genitives ("Bundestages", "Bundesrats") -> the noun."""
    return {b + e: b for b in _lex("org_unique_bodies") for e in ("", "s", "es")}


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    try:
        return _lex("first_names")
    except KeyError:
        return frozenset()


def find_organizations(text: str) -> list[OrgName]:
    """Rule-based organization candidates (before validation and merging)."""
    return Finder(text).run()


@lru_cache(maxsize=1)
def _ranking_heads() -> tuple[str, ...]:
    try:
        return tuple(h.casefold() for h in load_lexicon("ranking_name_heads"))
    except KeyError:
        return ()


def validate(cand: OrgName, excluded_names: set[str]) -> bool:
    words = cand.name.split()
    if not words or len(words) > 12:
        return False
    if cand.name.casefold() in excluded_names:
        return False
    if words[0] in _lex("org_departments"):
        return False
    last = name_words(cand.name)[-1] if name_words(cand.name) else ""
    # "Smart City Index", "StudyCheck Award": names of rankings and prizes.
    if any(
        last == h
        or (
            len(last) > len(h) + 2
            and last.endswith(h)
            and h in {"index", "ranking", "atlas", "award", "preis"}
        )
        for h in _ranking_heads()
    ):
        return False
    return not (cand.name in _lex("org_non_org_acronyms"))


class _SpanContainment:
    """Whether a span lies inside one of many spans, by bisect over the starts and the running
    maximum of the ends (a check per candidate must not scan every span)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._max_end: list[int] = []
        for _, e in spans:
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._starts, start) - 1
        return k >= 0 and self._max_end[k] >= end


AWARD_OPENERS = frozenset({"beste", "besten", "bester", "bestes", "best", "top"})
ROAD_OR_TYPE_CODE = regex.compile(r"^\p{Lu}\d{2,}$", regex.V1)
PRIZE_WORDS = frozenset({"preis", "preises", "award", "awards"})
PROGRAMME_NOUNS = ("programm", "projekt", "kampagne", "wettbewerb", "fonds")
YEAR_WORD = regex.compile(r"^(?:19|20)\d\d$")


def ner_name_is_plausible(text: str, start: int, end: int, words: list[str]) -> bool:
    """Validation of a model ORG entity against what press releases get wrong most often."""
    media = _lex("org_media")
    name = " ".join(words)
    if name in media:
        return True
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if all(_common(w) or w.casefold() in FUNCTION_WORDS or w in {"&", "+"} for w in words):
        return False
    # "Steuern & digitale Dienste", "Entwicklungen & Neuheiten": headings of
    # topics joined by "&", not a firm ("Brandt & Söhne").
    if "&" in words and (
        any(a == "&" and b[:1].islower() for a, b in zip(words, words[1:]))
        or any(w.casefold().endswith(ABSTRACT_PLURALS) for w in words)
    ):
        return False
    # Titles ("PD Dr."), given names alone ("Nadia"), datelines ("VILSBIBURG.").
    if any(w in _titles() for w in words) or (len(words) == 1 and words[0] in _first_names()):
        return False
    # Model slips seen in press text: a stray table bar ("Kiel |"), a year or place number glued
    # on ("DAVID 2022", "Krankenhaus Platz 53"), a given name and a surname ("Sofia Zotova").
    # "&" and "+" join names ("Brandt & Söhne").
    if any(not any(c.isalnum() for c in w) and w not in {"&", "+"} for w in words):
        return False
    if any(YEAR_WORD.match(w) for w in words) or any(w in {"Platz", "Rang"} for w in words):
        return False
    if len(words) == 2 and words[0] in _first_names() and not ACRONYM.match(words[1]):
        return False
    # "Förderprogramm für digitale Schulen": a programme is a project, not a body.
    if words[0].casefold().endswith(PROGRAMME_NOUNS):
        return False
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and words[0].isupper() and text[end : end + 1] in {".", ","}:
        return False
    # A prize named with its own words ("Großer Preis des Handwerks").
    if any(w.casefold() in PRIZE_WORDS for w in words):
        return False
    # Events and prizes ("ChemieOlympiade", "Bundesfinale", "Norddeutsche Meisterschaften",
    # "des Umweltpreises"), genitive places ("Universität Deutschlands").
    last = words[-1].casefold()
    events = tuple(load_lexicon("org_event_heads"))
    if any(
        last.endswith(events) or (last.endswith(ending) and last[: -len(ending)].endswith(events))
        for ending in ("en", "es", "s")
    ) or GENITIVE_PLACE.search(words[-1]):
        return False
    # "die Metropolen Talheim und …", "der Fränkische Wald": places named with their kind or a
    # region with its landscape are no bodies
    if len(words) > 1 and any(words[0].casefold().endswith(p) for p in _lex("org_place_plurals")):
        return False
    if len(words) == 2 and words[0][-1:] in {"e", "n", "r"} and words[1].casefold() in _lex("org_landscape_heads"):
        return False
    # "die Hessische Wirtschaft", "der Bayerischen Bäcker": a sector or a trade, not its body
    if len(words) == 2 and words[0][-1:] in {"e", "n"} and words[1] in _lex("org_sector_nouns"):
        return False
    # Titles awarded ("Beste Bank der Region", "Best Green Firms"), codes of roads and planes ("A320").
    if words[0].casefold() in AWARD_OPENERS or (len(words) == 1 and ROAD_OR_TYPE_CODE.match(words[0])):
        return False
    # "Karlsruher Kongresszentrum": a place adjective and one noun describe a building or body.
    if (
        len(words) == 2
        and PLACE_ADJECTIVE.match(words[0])
        and not ACRONYM.match(words[1])
        and not head_of(words[1], "org_place_adjective_heads")
    ):
        return False
    # A capitalized word used as a prize ("mit dem DAVID ausgezeichnet", "DAVID-Preisträger").
    return not (len(words) == 1 and _used_as_prize(words[0], text))


def _used_as_prize(word: str, text: str) -> bool:
    pattern = rf"{regex.escape(word)}-(?:Preis|Award)|(?i:preis|award)\s+{regex.escape(word)}(?!\w)"
    return regex.search(pattern, text, timeout=REGEX_TIMEOUT) is not None


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    try:
        return frozenset(t for entry in load_lexicon("titles") for t in entry.split())
    except KeyError:
        return frozenset({"Dr.", "Prof.", "PD"})


PARENTHESIZED_ACRONYM = regex.compile(r"\s?\((?P<acr>\p{Lu}[\p{Lu}\d&-]{1,8})\)", regex.V1)
QUOTE_MARKS = frozenset("„“”\"»«›‹‚‘’")
NAME_TAIL_WORDS = frozenset({"für", "und", "mit", "von", "zum", "zur", "im", "in", "der", "des"})


# Lowercase words that stand inside German and English names ("Ministerium für Kultus",
# "Universität zu Köln", "Institute for Advanced Study", "Gesellschaft mbH").
NAME_INSIDE_WORDS = frozenset(
    {"für", "und", "der", "des", "dem", "den", "die", "das", "von", "vom", "zu", "zur", "zum",
     "am", "im", "in", "an", "auf", "bei", "e.V.", "mbH", "gGmbH", "eG",
     # particles of Romance and Dutch names: "Agua con Vida", "Banco de España"
     "con", "de", "del", "la", "le", "les", "di", "da", "y", "van"}
) | ENGLISH_NAME_WORDS


def _trim_run_on(toks: list[Token]) -> list[Token]:
    """A model entity that runs into the sentence: "inklusive [Seabird Cruises]", "[Talmarkt]
    ist Marktführer …", "[Nordtel], das von …", "[Stiftung Gute Arbeit] und der"."""
    while toks and toks[0].is_alpha and toks[0].text[:1].islower():
        toks = toks[1:]
    for k in range(1, len(toks)):
        t = toks[k]
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].text[:1].islower():
            toks = toks[:k]
            break
        if t.is_alpha and t.text[:1].islower() and t.text not in NAME_INSIDE_WORDS:
            # "Steuern & digitale Dienste": cut after "&", the rest is no name either
            toks = [] if toks[k - 1].text in {"&", "+"} else toks[:k]
            break
    while len(toks) > 1 and toks[-1].text.casefold() in NAME_TAIL_WORDS:
        toks = toks[:-1]
    # "(LG Nordwald/3:01,44)": a slash before a result ends the name ("Osterode/Harz" keeps it)
    while len(toks) > 1 and toks[-1].text == "/":
        toks = toks[:-1]
    return toks


def _person_by_context(doc: Doc, ent: Span, person_ends: set[int]) -> bool:
    """A model ORG that its context shows to be a person: after a role ("Karlsfeld-Trainer Ugur
    Alkan"), or joined to a person by "und" or a comma ("Leon Bannöhr und Sofia Zotova")."""
    if ent.start == 0:
        return False
    # A short form ("DVkB", "NVBV", "TenneT") is no person's name.
    if len(ent) == 1 and (
        ACRONYM.match(ent.text)
        or CAMELCASE.match(ent.text)
        or len(ent.text) <= 8 and sum(c.isupper() for c in ent.text) >= 2
    ):
        return False
    before = doc[ent.start - 1].text
    if before[:1].isupper() and role_head(before) is not None:
        # "Veranstalter", "Generalunternehmer": roles that companies hold as well.
        return head_of(before, "org_body_roles", genitive=False) is None
    return before in ("und", ",") and ent.start - 1 in person_ends


def ner_candidates(doc: Doc, doc_text: str | None = None) -> list[OrgName]:
    """Candidates from the model's ORG entities; ``doc_text`` is ``doc.text`` where the caller
    has it already (spaCy joins all tokens for every ``Doc.text``)."""
    out: list[OrgName] = []
    # A word the model also reads as part of a person's name elsewhere ("Nadia Iturri") is a person.
    ents = doc.ents
    if doc_text is None:
        doc_text = doc.text
    person_words = {t.text for ent in ents if ent.label_ == "PER" for t in ent}
    person_ends = {ent.end for ent in ents if ent.label_ == "PER"}
    place_words = {ent.text for ent in ents if ent.label_ == "LOC"}
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if t.text.casefold() not in {"der", "die", "das", "des", "dem", "den"}]
        # a quoted title glued on ("Martin-Luther-Schule Zwickau für „Mikroplastik …") is no part
        # of the name, nor is a sentence's final stop ("Lausitzer Energiespeicher GmbH.")
        quote = next((k for k, t in enumerate(toks) if t.text in QUOTE_MARKS), None)
        if quote is not None:
            toks = toks[:quote]
            while toks and toks[-1].text.casefold() in NAME_TAIL_WORDS:
                toks = toks[:-1]
        if toks and toks[-1].text == "." and len(toks) > 1:
            toks = toks[:-1]
        toks = _trim_run_on(toks)
        # "belegt die Leibniz Allianz [Platz 2]": a placement read into the name is cut off
        place_at = next((k for k in range(1, len(toks)) if toks[k].text in {"Platz", "Rang"}), None)
        if place_at is not None:
            toks = toks[:place_at]
        # "Ostdeutscher Sparkassenverband und Vorsitzender des Vorstandes …": a role after "und"
        # starts a description of a person, not more of the name
        role_at = next(
            (k for k in range(1, len(toks)) if toks[k - 1].text == "und" and role_head(toks[k].text) is not None),
            None,
        )
        if role_at is not None:
            toks = toks[: role_at - 1]
        if not toks or _person_by_context(doc, ent, person_ends):
            continue
        if _short_form_in_brackets(doc, ent, person_ends) or _place_by_context(doc, ent, place_words):
            continue
        # "Annas Projekt", "Davids Team": a given name in the genitive before its noun is a person
        if len(toks) == 1 and toks[0].text.endswith("s") and toks[0].text[:-1] in _first_names():
            continue
        toks = toks + _region_after_short_form(doc, ent, toks)
        for group in _joined_bodies(toks):
            # "in der Rushhour", "hinter dem Komma", "die Bundesliga-Saison": the model reads a
            # capitalized common noun as a body; with part of speech, a phrase of common nouns
            # after an article is no name unless its noun names a kind of body ("die Sparkasse")
            if grammar.is_common_noun_phrase(
                doc[group[0].i : group[-1].i + 1], _names_a_body, entities=False
            ):
                continue
            candidate = _ner_candidate(doc, doc_text, group, person_words)
            if candidate is not None:
                out.append(candidate)
    out.extend(_brands_read_as_persons(doc, doc_text))
    return out


def _region_after_short_form(doc: Doc, ent: Span, toks: list[Token]) -> list[Token]:
    """ "die AOK Talheim", "der SFG Rendmark": a short form with a place right after it, with
    no preposition between, names the body's regional branch or a club, and the place belongs
    to the name; the model often reads the two as an organization and a place."""
    if not toks or toks[-1].i != ent.end - 1 or not ACRONYM.match(toks[-1].text):
        return []
    if toks[-1].text in _lex("org_non_org_acronyms") or ent.end >= len(doc):
        return []
    nxt = doc[ent.end]
    if nxt.ent_type_ != "LOC" or nxt.ent_iob_ != "B" or "\n" in doc[ent.end - 1].whitespace_:
        return []
    place = next(e for e in doc.ents if e.start == ent.end)
    return [t for t in place if not t.is_space]


def _brands_read_as_persons(doc: Doc, doc_text: str) -> list[OrgName]:
    """ "Auch Zalpo legte zu", "vor Brantel": the model reads many one-word brands as persons.
    A German press release introduces a person with given name and surname (or a title) before
    it uses the surname alone, so a one-word proper noun the model reads as a person, which no
    longer person name in the text holds and no title, role or given name goes with, is a brand.
    Needs part of speech (a proper noun, STTS NE); without a tagger none is taken."""
    if not grammar.has_tags(doc):
        return []
    ents = doc.ents
    in_full_names = {t.text for e in ents if e.label_ == "PER" and len(e) > 1 for t in e}
    places = {t.text for e in ents if e.label_ == "LOC" for t in e}
    # a word that stands anywhere beside another proper noun ("Lena Brantel") is part of a
    # person's name the model split
    paired = {t.text for a, b in pairwise(doc) if a.tag_ == "NE" and b.tag_ == "NE" for t in (a, b)}
    words = {t.text for t in doc}
    first_names = _first_names()
    # a word that one mention shows to be a person's or a place's name is that in every mention,
    # also where the model reads a given name before it but not the surname ("[Lena] Brantel")
    not_brands: set[str] = {
        b.text for a, b in pairwise(doc) if a.ent_type_ == "PER" or a.text in first_names
    }
    taken: list[Token] = []
    for ent in ents:
        if ent.label_ != "PER" or len(ent) != 1:
            continue
        tok = ent[0]
        if (
            tok.tag_ != "NE"
            or not tok.is_alpha
            or tok.text in in_full_names | places | paired
            or tok.text in first_names
            # "Rendmarks": a genitive of a name the text also gives bare is a place's or person's
            or (tok.text.endswith("s") and tok.text[:-1] in words)
        ):
            continue
        if _person_or_place_mention(doc, ent, first_names):
            not_brands.add(tok.text)
            continue
        taken.append(tok)
    out: list[OrgName] = []
    for tok in taken:
        if tok.text in not_brands:
            continue
        candidate = _ner_candidate(doc, doc_text, [tok], set())
        if candidate is not None:
            candidate.pattern = "ner_person_brand"
            out.append(candidate)
    return out


# Prepositions of cause, concession and time span: what follows is a circumstance ("trotz Regen",
# "wegen Umbau", "während Ostern"), so a one-word person entity after them is no brand.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"trotz", "wegen", "aufgrund", "infolge", "angesichts", "während"})


def _person_or_place_mention(doc: Doc, ent: Span, first_names: frozenset[str]) -> bool:
    """A one-word person entity that its neighbours show to be a person's or a place's name, not
    a brand: after a locative preposition ("in Rendmark"), a title, "Herr/Frau", a role or a
    person; before a person's name or another capitalized word on the same line (the tagger
    reads many surnames as common nouns: "Mira Kessler", "Ilka Brunnert"); joined by "und" to a
    given name ("Lena und Mia"); or before a comma and a place, as a place with its
    country or region ("Kaldora, Chile")."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and (
        before.lower_ in LOCATIVE_PREPOSITIONS
        or before.text in _titles()
        or before.text in {"Herr", "Herrn", "Frau"}
        or role_head(before.text) is not None
        or before.ent_type_ == "PER"
    ):
        return True
    # "trotz Lockdowns", "aufgrund Corona": these prepositions take a circumstance, not a brand
    if before is not None and before.lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return True
    # "der Ortsbürgermeister von Talheim": an office only a municipality has names its place
    if (
        before is not None
        and before.lower_ == "von"
        and ent.start > 1
        and any(doc[ent.start - 2].lower_.endswith(o) for o in _lex("org_place_offices"))
    ):
        return True
    if after is None:
        return False
    if after.ent_type_ == "PER" or after.tag_ == "NE":
        return True
    if after.is_alpha and after.is_title and not _names_a_body(after.text):
        return True
    nxt = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    prev = doc[ent.start - 2] if ent.start > 1 else None
    # a pair, not the end of a list: in a list of brands one may be spelled like a given name
    # ("Zalpo, Douglas und Korvix")
    if (
        after.text == "und"
        and nxt is not None
        and nxt.text in first_names
        and (before is None or before.text != ",")
    ):
        return True
    if (
        before is not None
        and before.text == "und"
        and prev is not None
        and prev.text in first_names
        and (ent.start < 3 or doc[ent.start - 3].text != ",")
    ):
        return True
    return after.text == "," and nxt is not None and nxt.ent_type_ == "LOC"


def _names_a_body(word: str) -> bool:
    """A noun that names a kind of organization, so that "die Sparkasse", "das Handelsblatt" or
    "der Bundesverband" with an article are still a body."""
    return bool(
        word in _lex("org_media")
        or head_of(word, "org_heads")
        or head_of(word, "org_type_nouns")
        or head_of(word, "org_group_heads")
        or head_of(word, "org_article_heads")
        or head_of(word, "org_unique_bodies")
    )


LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "aus", "nach", "bei"})


def _short_form_in_brackets(doc: Doc, ent: Span, person_ends: set[int]) -> bool:
    """ "Stadtwerke Talheim (SWT)", "Kiel (XYZ)", "Fachhandel (FHV)": a short form in
    brackets after a name or term stands for it; where that is an organization, its spelled-out
    name is the entry (GUIDELINES: the fullest name), so the short form alone is none. After a
    person ("Lisa Maier (ADFC)") it names the person's organization."""
    if len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    # after a number ("mit 48 (Nordfunk)") the brackets name a body of their own
    return ent.start >= 2 and doc[ent.start - 2].is_alpha and ent.start - 1 not in person_ends


def _place_by_context(doc: Doc, ent: Span, place_words: set[str]) -> bool:
    """A one-word model ORG that the model reads as a place elsewhere in the text, or that
    follows "in"/"aus"/"nach" ("die Nordwind GmbH aus Talheim", "Talheim" alone in a list); or
    a firm's seat after its name ("Nordwind GmbH, Talheim", "die Korvix Kliniken (Bad Talheim)").
    A line break the model reads into the entity is no word of it."""
    words = [t for t in ent if not t.is_space]
    if not words or any(ACRONYM.match(t.text) for t in words):
        return False
    if _seat_after_name(doc, ent, words):
        return True
    if len(words) != 1:
        return False
    if words[0].text in place_words:
        return True
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ in LOCATIVE_PREPOSITIONS
        or _listed_as_place(doc, ent)
        or _located_place(doc, ent)
    )


# "im Ausland" and "im Inland" say where something happens, not where a town lies
NO_REGION = frozenset({"ausland", "inland"})


def _located_place(doc: Doc, ent: Span) -> bool:
    """ "Talheim im Zelmerland", "Talheim bei Oberbrantel": a name placed in its region or next
    to a larger town right after it is a town; a firm is placed with "aus" or "in", which other
    rules read."""
    after = ent.end
    if after + 1 >= len(doc) or doc[after].lower_ not in {"im", "bei"}:
        return False
    where = doc[after + 1]
    if where.ent_type_ == "LOC" and where.ent_iob_ == "B":
        return True
    return (
        doc[after].lower_ == "im"
        and where.text[:1].isupper()
        and where.lower_.endswith("land")
        and where.lower_ not in NO_REGION
    )


# how far back from a listed name "wie" may stand ("wie Talheim, Zelmsdorf, Oberbrantel und …")
PLACE_LIST_REACH = 8


def _listed_as_place(doc: Doc, ent: Span) -> bool:
    """ "Großstädte wie Talheim, Oberbrantel und Zelmsdorf": names listed with "wie" after a
    plural for a kind of place are places (data/org_place_plurals.txt)."""
    k = ent.start - 1
    while k >= 0 and ent.start - k <= PLACE_LIST_REACH:
        word = doc[k]
        if word.lower_ == "wie":
            if k == 0:
                return False
            before = doc[k - 1].text.casefold()
            return any(before.endswith(p) for p in _lex("org_place_plurals"))
        if not (word.text == "," or word.lower_ in {"und", "oder", "sowie"} or word.text[:1].isupper()):
            return False
        k -= 1
    return False


def _seat_after_name(doc: Doc, ent: Span, words: list[Token]) -> bool:
    """ "1) Nordwind GmbH, Talheim", "Korvix Kliniken (Bad Talheim)": lists of firms give each
    one's seat after a comma that follows its legal form, or in brackets right after its name.
    Up to three proper nouns, none naming a kind of body."""
    if len(words) > 3 or ent.start < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    if any(_names_a_body(t.text) for t in words):
        return False
    after = words[-1].i + 1
    # "3) Nordwind GmbH & Co. KG, Talheim" closing its line: the tagger reads many small towns as
    # common nouns, but a capitalized word that ends a list line after the legal form and a comma
    # is the firm's seat, whatever its tag.
    line_end = after >= len(doc) or "\n" in doc[after].text
    if any(
        grammar.has_tags(doc)
        and t.tag_ not in grammar.NAME_TAGS
        and not (line_end and t.tag_ == "NN" and not _common(t.text))
        for t in words
    ):
        return False
    before, name_end = doc[ent.start - 1], doc[ent.start - 2]
    if before.text == ",":
        return name_end.text in _lex("org_legal_forms")
    return (
        before.text == "("
        and after < len(doc)
        and doc[after].text == ")"
        and (name_end.ent_type_ == "ORG" or name_end.text in _lex("org_legal_forms"))
    )


def _joined_bodies(toks: list[Token]) -> list[list[Token]]:
    """ "Sächsisches Staatsministerium für Kultus und Stiftung Technikbildung e.V.": two bodies
    the model read as one, split where "und" is followed by an organization head and one came
    before it ("Ministerium für Wirtschaft und Arbeit" stays one)."""
    for k in range(1, len(toks) - 1):
        if (
            toks[k].text == "und"
            and head_of(toks[k + 1].text, "org_heads", genitive=False)
            and any(head_of(t.text, "org_heads") for t in toks[:k])
        ):
            return [toks[:k], *_joined_bodies(toks[k + 1 :])]
    return [toks]


def _ner_candidate(doc: Doc, doc_text: str, toks: list[Token], person_words: set[str]) -> OrgName | None:
    """One model ORG entity's tokens as a validated candidate in the nominative, or None."""
    text = doc_text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    if text.endswith(".") and text.rsplit(" ", 1)[-1] not in _lex("org_legal_forms") and not INITIALS.match(
        text.rsplit(" ", 1)[-1]
    ):
        text = text[:-1]  # "Lausitzer Energiespeicher GmbH." at the end of a sentence
    words = text.split()
    if not ner_name_is_plausible(doc_text, toks[0].idx, toks[-1].idx + len(toks[-1].text), words):
        return None
    if len(words) == 1 and words[0] in person_words:
        return None
    first = toks[0]
    genitive = first.i > 0 and doc[first.i - 1].text.casefold() in {"des", "eines"}
    parts = [nominative_adjective(w) for w in words]
    if genitive and len(parts) >= 1:
        for lex in ("org_heads", "org_type_nouns"):
            for k, w in enumerate(parts):
                hd = head_of(w, lex)
                if hd:
                    parts[k] = strip_genitive(w, hd)
    end = toks[0].idx + len(text)
    # "Deutsche Forschungsgemeinschaft (DFG)": the short form in brackets names it too
    short = PARENTHESIZED_ACRONYM.match(doc_text, end, min(len(doc_text), end + 14), timeout=REGEX_TIMEOUT)
    aliases = {short["acr"]} if short else set()
    return OrgName(" ".join(parts), toks[0].idx, end, "ner", aliases)


def speaker_candidates(doc_text: str, speakers: Sequence[Speaker]) -> list[OrgName]:
    """Organizations a speaker's role belongs to ("Geschäftsführerin der Stiftung Lesen").

    The role grammar reads such a name after "der"/"des" with confidence; the head rules above
    must leave a head followed by common nouns alone ("die Stiftung Lesen" reads like "…, dass
    die Stiftung Projekte fördert"). Only names of two words or more with an organization head
    are taken, with their evidence found in the text near the speaker.
    """
    out: list[OrgName] = []
    for speaker in speakers:
        org = speaker.organization
        words = org.split() if org else []
        has_head = any(head_of(w, "org_heads") or head_of(w, "org_type_nouns") for w in words)
        if org is None or len(words) < 2 or not has_head:
            continue
        # a short form in brackets or a place adjective ("Esslinger Klinikum") is the rules' business
        if "(" in org or PLACE_ADJECTIVE.match(words[0]):
            continue
        # The text may inflect the head ("des Gemeindetags"): look for its stem.
        first_stem = words[0][: max(3, len(words[0]) - 2)]
        low, high = max(0, speaker.start - 300), min(len(doc_text), speaker.end + 300)
        start = doc_text.find(first_stem, low, high)
        last = doc_text.find(words[-1], start, high) if start >= 0 else -1
        if last < 0:
            continue
        end = last + len(words[-1])
        if end - start <= len(org) + 6:
            out.append(OrgName(org, start, end, "speaker"))
    return out


# Two names joined by "und" are too often a place and a body ("die Stadt Ulm und Neu-Ulm").
MIN_LIST_ITEMS = 3


def _list_items(toks: list[Tok]) -> list[list[tuple[int, int]]]:
    """Lists of names in the text: runs of capitalized words (token index ranges) joined by
    commas and und/sowie/oder, three items or more ("Corvanto, Meltrix, Zalpo und Nordtel")."""
    lists: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        j = i
        while (
            j < n
            and j - i < 4
            and (is_cap(toks[j]) and not is_function(toks[j]) and toks[j].text not in CLAUSE_BREAK
                 or j > i and toks[j].text in {"&", "+"})
            and (j == i or "\n" not in toks[j].ws_before)
        ):
            j += 1
        if j == i:
            if len(current) >= MIN_LIST_ITEMS:
                lists.append(current)
            current = []
            i += 1
            continue
        current.append((i, j))
        # one separator (or ", und") to the next item; anything else ends the list
        k = j
        if k < n and toks[k].text == "," and k + 1 < n and toks[k + 1].lower in COORDINATION:
            k += 2
        elif k < n and (toks[k].text == "," or toks[k].lower in COORDINATION):
            k += 1
        if k == j or k < n and "\n" in toks[k].ws_before:
            if len(current) >= MIN_LIST_ITEMS:
                lists.append(current)
            current = []
            i = j
            if i < n and not is_cap(toks[i]):
                i += 1
            continue
        i = k
    if len(current) >= MIN_LIST_ITEMS:
        lists.append(current)
    return lists


def _plural_head(word: str) -> bool:
    lower = word.casefold()
    return any(lower.endswith(e) and head_of(word[: -len(e)], "org_heads", genitive=False) for e in ("en", "n", "e"))


def list_siblings(text: str, found: list[OrgName], not_orgs: set[str]) -> list[OrgName]:
    """Names listed with organizations are organizations of the same kind: "bei Corvanto,
    Meltrix, Zalpo und Nordtel" where one of them is known as a company. Words the model reads as
    places, common nouns and given names stay out."""
    if not found:
        return []
    toks = tokenize(text)
    spans = [(c.start, c.end) for c in found]
    out: list[OrgName] = []
    first_names = _first_names()
    for items in _list_items(toks):
        known = [
            any(s <= toks[a].start and toks[b - 1].end <= e for s, e in spans) for a, b in items
        ]
        if not any(known):
            continue
        for (a, b), is_known in zip(items, known):
            words = toks[a:b]
            if is_known or not all(is_proper(w) or w.text in {"&", "+"} for w in words):
                continue
            if any(w.text in not_orgs or w.text in first_names for w in words):
                continue
            if is_sentence_start(toks, a) and b - a == 1:
                continue
            # "Schützenverein", "Volksbanken": a kind of body, no name
            one = words[0].text
            if (
                b - a == 1
                and not (ACRONYM.match(one) or CAMELCASE.match(one) or "-" in one)
                and (head_of(one, "org_heads") or head_of(one, "org_type_nouns") or _plural_head(one))
            ):
                continue
            out.append(OrgName(text[toks[a].start : toks[b - 1].end], toks[a].start, toks[b - 1].end, "listed_with"))
    return out


def _initials(name: str) -> set[str]:
    """The short forms a name may be spelled with: the initials of its capitalized words
    ("Technische Hochschule Lübeck": THL), a compound with an organization head giving two
    ("Universitätsklinikum Kassel": UKK), a short form inside the name giving all its letters
    ("SV Talheim": SVT, "Talheimer SC": TSC). A place adjective before the head also stands
    last, as the place would ("Talheimer Universitätsklinik": UKT, as "Universitätsklinik
    Talheim")."""
    words = name.split()
    orders = [words]
    if len(words) > 1 and PLACE_ADJECTIVE.match(words[0]):
        orders.append(words[1:] + words[:1])
    out: set[str] = set()
    for order in orders:
        variants = [""]
        for word in order:
            for part in word.split("-"):
                if not part[:1].isupper():
                    continue
                letters = [part[0]]
                if ACRONYM.match(part) and part.isalpha():
                    letters.append(part)
                # every head the compound ends in: "Stadtwerke" gives S, and SW from "werke"
                lower = part.casefold()
                for head in _suffixes("org_heads"):
                    if lower.endswith((head, head + "s", head + "es")) and len(part) > len(head) + 2:
                        letters.append(part[0] + head[0])
                variants = [v + x for v in variants for x in dict.fromkeys(letters)][:16]
        out |= {v.casefold() for v in variants if len(v) >= 2}
    return out


def _spell_short_forms(cands: list[OrgName]) -> None:
    """A short form ("die THL") that spells a longer name in the text ("Technische Hochschule
    Lübeck") becomes that name's alias, so the two merge (GUIDELINES: the fullest name)."""
    shorts = {c.name.casefold() for c in cands if ACRONYM.match(c.name)}
    if not shorts:
        return
    for c in cands:
        if " " in c.name or "-" in c.name:
            for short in shorts & _initials(c.name):
                c.aliases.add(short.upper())


class OrganizationExtractor:
    """Organizations from NER entities and rules, validated, nominative, one per organization."""

    def __init__(self, nlp: Language, name: str, use_entities: bool = True) -> None:
        self.name = name
        self.use_entities = use_entities

    def match(self, doc: Doc) -> list[OrganizationMention]:
        text = doc.text
        cands = find_organizations(text)
        if self.use_entities and doc.has_annotation("ENT_IOB"):
            rule_spans = [(c.start, c.end) for c in cands]
            # A model entity that cuts into a name the rules found ("… Bildung und [Kultur des
            # Saarlandes]") is a worse reading of that name.
            cands.extend(
                c for c in ner_candidates(doc, text)
                if not any(s < c.start < e < c.end or c.start < s < c.end < e for s, e in rule_spans)
            )
        # where the rules or the model read the same words, their reading stands
        taken = [(c.start, c.end) for c in cands]
        cands.extend(
            c for c in speaker_candidates(text, get_facts(doc, "speakers"))
            if not any(s < c.end and c.start < e for s, e in taken)
        )
        projects = get_facts(doc, "projects")
        excluded = {p.name.casefold() for p in projects}
        excluded |= {r.ranking.casefold() for r in get_facts(doc, "rankings") if r.ranking}
        inside_project = _SpanContainment([(p.start, p.end) for p in projects])
        valid = [c for c in cands if validate(c, excluded) and not inside_project(c.start, c.end)]
        if self.use_entities and doc.has_annotation("ENT_IOB"):
            # the model reads many brand names as persons ("Zalpo", "Corvanto"); in a list with a
            # company only its places are kept out, given names keep out persons
            not_orgs = {t.text for e in doc.ents if e.label_ == "LOC" for t in e}
        else:
            not_orgs = set()
        valid.extend(
            c
            for c in list_siblings(text, valid, not_orgs)
            if validate(c, excluded) and not inside_project(c.start, c.end)
        )
        _spell_short_forms(valid)
        return [
            OrganizationMention(o.name, o.start, o.end, f"{self.name}:{o.pattern}")
            for o in merge_names(valid)
        ]

    def set_annotations(self, doc: Doc, orgs: list[OrganizationMention]) -> None:
        set_facts(doc, "organizations", orgs)

    @degrade_on_timeout("organizations")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_organizations",
    assigns=["doc._.pressextract_organizations"],
    default_config={"use_entities": True},
)
def make_organizations(nlp: Language, name: str, use_entities: bool) -> OrganizationExtractor:
    return OrganizationExtractor(nlp, name, use_entities)
