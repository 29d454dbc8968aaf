"""Direct speech and quoted writing (GUIDELINES: quotes) and the people who speak (speakers).

Three steps, each a pure function over the text:

1. :func:`scan_quotes` finds the spans between quotation marks in one left-to-right pass over
   the marks (linear in the text, also on unbalanced marks); nested quotes stay inside, a quote
   still open at the end runs to the end.
2. :func:`classify` tells speech from titles, names, scare quotes and heading lines, and finds
   each quote's cue: a speech verb after it ("…“, sagte X"), a colon introduction before it
   ("X: „…“"), "laut X", "Das sagte X", or a quote in a row with the last speaker's.
3. The speaker is the person the cue points at (a name, "der Landrat", "sie"), resolved to the
   full name the text gives that person (see :mod:`pressextract.people`).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..datepatterns import REGEX_TIMEOUT
from ..facts import set_facts
from ..german import ARTICLES, DEFINITE_ARTICLES
from ..lexicons import lexicon_alternation, lexicon_set, load_lexicon
from ..people import (
    CharMarks,
    PersonMention,
    find_person_mentions,
    first_names,
    role_head,
    surname_mentions,
    tokenize,
)
from ..records import Quote, Speaker
from .guard import degrade_on_timeout

__all__ = [
    "QuoteCandidate",
    "QuoteExtractor",
    "QuoteSpan",
    "find_quotes",
    "make_quotes",
    "scan_quotes",
]

# Opening mark -> the marks that close it. German „…“ (also closed by ” or a straight "), English
# “…”, guillemets both ways, single forms, straight double and single marks.
CLOSERS: dict[str, str] = {
    "„": '“”"',
    "“": "”“",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'",
}
NEWLINE = regex.compile(r"\n", regex.V1)
QUOTE_MARK = regex.compile(r"[\"'„“”»«‚‘’›‹]", regex.V1)
# What may stand before an opening mark that also serves as an apostrophe or a closing mark.
OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{/–—-:;,>") | frozenset("„“”»«‚‘’›‹\"'")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The marks of one quote: ``open`` is the opening mark's offset, ``close`` the closing
    mark's (None where the quote runs to the end); the words are ``text[start:end]``."""

    open: int
    close: int | None
    start: int
    end: int


def _can_open(text: str, i: int) -> bool:
    mark = text[i]
    if mark not in CLOSERS or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    if mark in ("„", "‚") and text[i + 1] not in "“”":
        return True
    prev = text[i - 1] if i > 0 else " "
    if mark in ("'", "‘") and not (text[i + 1].isalnum() or text[i + 1] in '„“»«"'):
        return False
    if mark == '"' and prev in ".!?" and text[i + 1].isupper():
        return True  # 'zu diesem Erfolg."Die alte …': a new sentence that lacks its space
    return prev in OPEN_BEFORE


def _can_close(text: str, i: int) -> bool:
    mark = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if mark in ("'", "’", "‘"):
        # an apostrophe inside or after a word ("geht's", "Max' Rad") is no closing mark
        return not prev.isspace() and not nxt.isalnum()
    if mark == '"':
        return not (prev.isspace() and nxt.isalnum())
    return True


def _closing_position(text: str, i: int) -> bool:
    """A mark right after a word or punctuation and before no word: "…stehen,“ – würdigt"."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def _paragraph_start(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] == "\n"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def scan_quotes(text: str) -> list[QuoteSpan]:
    """The top-level quotes of ``text`` in one pass over its quotation marks."""
    marks = [m.start() for m in QUOTE_MARK.finditer(text, timeout=REGEX_TIMEOUT)]
    newlines = [m.start() for m in NEWLINE.finditer(text, timeout=REGEX_TIMEOUT)]
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    inner: list[str] = []  # opening marks of quotes inside the open one, innermost last

    def emit(close: int | None, end: int) -> None:
        assert open_at is not None
        start, stop = _trimmed(text, open_at + 1, end)
        if stop > start:
            spans.append(QuoteSpan(open_at, close, start, stop))

    for i in marks:
        mark = text[i]
        if open_at is None:
            if _can_open(text, i):
                open_at, inner = i, []
            continue
        outer = text[open_at]
        if inner and mark in CLOSERS[inner[-1]] and _can_close(text, i):
            inner.pop()
            continue
        if (
            mark in CLOSERS[outer]
            and _can_close(text, i)
            and not (mark == outer and _can_open(text, i) and mark not in "\"'")
        ) or (
            # '"Sehr gern …,“ – würdigt X': a straight opening mark closed by a typographic one;
            # „Beste Kleine Städte„. / „… von Prof. X, „ stellt Y fest: a low mark that cannot
            # open a word closes the open quote
            (outer == '"' and mark in "“”" and _closing_position(text, i))
            or (outer == "„" and mark == "„" and (i + 1 >= len(text) or not text[i + 1].isalnum()))
        ):
            emit(i, i)
            open_at, inner = None, []
            continue
        if mark == outer and _can_open(text, i):
            if _paragraph_start(text, i):
                continue  # a quote over several paragraphs reopens each one: „… ¶ „… “
            last_newline = (
                newlines[bisect.bisect_left(newlines, i) - 1] if newlines and newlines[0] < i else -1
            )
            if last_newline > open_at:
                # a quote left open in an earlier paragraph ends there; a new one begins
                emit(None, last_newline)
                open_at, inner = i, []
                continue
            # the same marks nested: „… wie „Brücke offen“ …“
            if len(inner) < 3:
                inner.append(mark)
            continue
        # a nested quote opens: another style, or a straight mark in an opening position
        # inside „…“ ('„Sie nennen es "Zukunft" hier“')
        if (
            mark in CLOSERS
            and (mark not in CLOSERS[outer] or mark in "\"'")
            and _can_open(text, i)
            and len(inner) < 3
        ):
            inner.append(mark)
    if open_at is not None:
        emit(None, len(text))
    return spans


# ---------------------------------------------------------------------------------------------
# Classification and attribution


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return lexicon_set("speech_verbs", casefold=True)


@lru_cache(maxsize=1)
def _fragment_verb_pattern() -> regex.Pattern[str]:
    alternation = lexicon_alternation("quote_fragment_verbs")
    return regex.compile(rf"\b(?:{alternation})\b", regex.V1 | regex.IGNORECASE)


@lru_cache(maxsize=1)
def _naming_nouns() -> tuple[str, ...]:
    return tuple(e.casefold() for e in load_lexicon("quote_naming_nouns"))


WORD = regex.compile(r"\w+", regex.V1)
SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}")
CAPITALIZED_WORD_INSIDE = regex.compile(r"\s\p{Lu}")
LAUT = regex.compile(r"\b(?:[Ll]aut|[Zz]ufolge|[Nn]ach Angaben)\b")
SENTENCE_ABBREVIATIONS = frozenset(
    ["Mio", "Mrd", "Nr", "ca", "bzw", "St", "Str", "Tel", "Abs", "Art", "vgl", "ggf", "inkl", "evtl", "Jh", "geb", "Co", "Hrsg", "usw", "etc", "z", "u", "d", "v", "o", "a", "s"]
)
NON_VERB_OPENERS = ARTICLES | frozenset(
    ["und", "oder", "aber", "sondern", "denn", "dass", "weil", "wenn", "ob", "wie", "als", "wo", "was", "wer", "welche", "welcher", "welches", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "vor", "um", "durch", "gegen", "sowie", "bis", "seit", "sich", "noch", "auch", "nur", "schon"]
)
PREPOSITIONS_BEFORE_PERSON = frozenset(
    ["mit", "von", "vom", "an", "bei", "für", "gegenüber", "um", "neben", "ohne", "gemeinsam", "zusammen", "dem", "den"]
)
MIN_SPEECH_WORDS = 6
# Fewer words than this, no sentence mark and nobody saying them: a term, not a quote.
SHORT_TERM_WORDS = 3
POSSESSIVES = frozenset({"sein", "seine", "seiner", "seinem", "ihr", "ihre", "ihrer", "ihrem"})
# How far (in characters) a cue may stand from its quote; also bounds the work per quote.
CLAUSE_WINDOW = 400


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    """A quote judged as speech, with its cue and the mention that names its speaker."""

    span: QuoteSpan
    cue: str
    speaker: PersonMention | None


def _naming_word(word: str) -> bool:
    folded = word.casefold()
    for ending in ("", "es", "s", "en", "e", "n", "er"):
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if stem.endswith(_naming_nouns()) or stem in ("sogenannt", "sog"):
            return True
    return False


def _word_before(text: str, pos: int) -> str:
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    end = k + 1
    while k >= 0 and (text[k].isalnum() or text[k] in "-."):
        k -= 1
    return text[k + 1 : end]


def _is_heading(ctx: _Context, q: QuoteSpan) -> bool:
    """A line that holds nothing but a short quote, with no attribution after it."""
    text = ctx.text
    line_start = ctx.line_start(q.open)
    if text[line_start : q.open].strip():
        return False
    close = q.close if q.close is not None else q.end
    line_end = ctx.line_end(close)
    rest = text[close + 1 : line_end].strip(" .!?\t")
    # "„Fachkräfte sichern!“ / Kampagne startet": a headline's parts split by "/" or "|"
    if rest and not rest.startswith(("/", "|")):
        return False
    following = text[line_end : line_end + 20].lstrip()
    if following[:1] in (",", "–", "-") or following[:1].islower():
        return False
    before = text[max(0, line_start - 20) : line_start].rstrip()
    if before.endswith(":"):
        return False
    inner = text[q.start : q.end]
    if inner.endswith(".") or text[close + 1 : close + 2] == ".":
        return False  # a full sentence of speech standing as its own paragraph, not a headline
    words = WORD.findall(inner)
    return len(words) <= 12 and not SENTENCE_INSIDE.search(inner, timeout=REGEX_TIMEOUT)


def _sentence_breaks(text: str) -> list[int]:
    """Offsets where a new sentence starts (after . ! ? and at line breaks)."""
    breaks = [0]
    tokens = tokenize(text)
    for k, tok in enumerate(tokens):
        if tok.text in (".", "!", "?"):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            prev = tokens[k - 1].text if k > 0 else ""
            if nxt is None:
                continue
            if tok.text == "." and (
                prev in SENTENCE_ABBREVIATIONS
                or prev.isdigit()
                and len(prev) <= 2
                and "\n" not in text[tok.end : nxt.start]
            ):
                continue
            if nxt.text[:1].isupper() or nxt.text[:1] in '„“"»«‚' or "\n" in text[tok.end : nxt.start]:
                breaks.append(nxt.start)
    pos = text.find("\n")
    while pos >= 0:
        breaks.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return sorted(set(breaks))


def _inside_phrase(text: str, q: QuoteSpan) -> bool:
    if q.close is None:
        return False
    after = text[q.close + 1 : q.close + 3]
    if after[:1] == "-" and after[1:].isalpha():
        return True
    one_word = " " not in text[q.start : q.end] and q.end - q.start < 30
    return one_word and after[:1] == " " and after[1:].isupper()


class _Context:
    """The text with its quotes, sentence breaks and person mentions, for the attribution rules."""

    def __init__(
        self,
        text: str,
        spans: Sequence[QuoteSpan],
        person_spans: Iterable[tuple[int, int]],
        other_entity_spans: Sequence[tuple[int, int]] = (),
    ):
        self.text = text
        self.spans = list(spans)
        # a quote left open ends with its paragraph, where the scanner ended it
        self.quote_regions = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in spans]
        self.breaks = _sentence_breaks(text)
        mentions = find_person_mentions(
            text,
            person_spans=person_spans,
            skip_spans=self.quote_regions,
            other_entity_spans=other_entity_spans,
        )
        surnames = {m.last_name for m in mentions if m.kind == "name" and m.name and len(m.name.split()) > 1}
        covered = [(m.start, m.end) for m in mentions]
        extra = surname_mentions(
            text, {s for s in surnames if s}, skip_spans=self.quote_regions, covered=covered
        )
        self.mentions = sorted(mentions + extra, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.quoted = CharMarks(len(text), self.quote_regions)
        # "„kompakt“-Chefredakteur", "der eingeladene „Chefjuror“ Tim Roth": a quoted name joined by
        # a hyphen, or one word in quotes before a name, is part of the phrase; it does not end
        # the clause that names the speaker
        self.quote_opens = [q.open for q in self.spans if not _inside_phrase(text, q)]
        self.newlines = [m.start() for m in NEWLINE.finditer(text, timeout=REGEX_TIMEOUT)]

    def sentence_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.breaks, pos) - 1
        return self.breaks[k] if k >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        k = bisect.bisect_right(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else len(self.text)

    def line_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.newlines, pos) - 1
        return self.newlines[k] + 1 if k >= 0 else 0

    def line_end(self, pos: int) -> int:
        k = bisect.bisect_left(self.newlines, pos)
        return self.newlines[k] if k < len(self.newlines) else len(self.text)

    def in_quote(self, pos: int) -> bool:
        return pos in self.quoted

    def next_quote_open(self, after: int) -> int:
        k = bisect.bisect_left(self.quote_opens, after)
        return self.quote_opens[k] if k < len(self.quote_opens) else len(self.text)

    def mentions_between(self, start: int, end: int) -> list[PersonMention]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def last_mention_before(self, pos: int, *, kinds: tuple[str, ...] = ("name",)) -> PersonMention | None:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        while k >= 0:
            if self.mentions[k].kind in kinds:
                return self.mentions[k]
            k -= 1
        return None


AGE_NOUN = regex.compile(r"\s+\d{1,3}-[Jj]ährige\b", regex.V1)


def _pronoun_at(ctx: _Context, start: int, end: int, *, limit: int = 4) -> int | None:
    """Offset of "er"/"sie"/"dieser" among the first words of ``text[start:end]``."""
    for n, m in enumerate(WORD.finditer(ctx.text, start, end, timeout=REGEX_TIMEOUT)):
        if n >= limit:
            break
        w = m.group().casefold()
        # "meinte die 37-Jährige", "erklärte der 52-Jährige": the person just named, by age
        if w in ("der", "die") and AGE_NOUN.match(ctx.text, m.end(), timeout=REGEX_TIMEOUT):
            return m.start()
        if w in ("er", "sie", "dieser", "diese", "jener", "jene"):
            if w == "sie" and m.group() == "Sie" and n > 0:
                continue  # polite "Sie" is the reader
            return m.start()
    return None


def _after_clause(ctx: _Context, q: QuoteSpan) -> tuple[str, PersonMention | None] | None:
    """ ", sagte X" / ", so der Landrat" / "“ Das sagte X": the cue after the quote and its person."""
    text = ctx.text
    if q.close is None:
        return None
    k = q.close + 1
    n = len(text)
    while k < n and text[k].isspace():
        k += 1
    separated = k < n and text[k] in ",–—"
    if separated:
        k += 1
        while k < n and text[k].isspace():
            k += 1
    if k < n and (separated or text[k].islower()):
        end = min(ctx.sentence_end(k), ctx.next_quote_open(k), k + CLAUSE_WINDOW)
        words = list(WORD.finditer(text, k, end, timeout=REGEX_TIMEOUT))
        if not words:
            return None
        first = words[0].group()
        mentions = [m for m in ctx.mentions_between(k, end) if m.kind in ("name", "role")]
        near_mention = bool(mentions) and len(WORD.findall(text[k : mentions[0].start])) <= 3
        second = words[1].group() if len(words) > 1 else ""
        if (
            first.casefold() in ("so", "laut")
            and not near_mention
            and not (second[:1].isupper() or second.casefold() in ARTICLES)
        ):
            return None  # "…“, so man einen Platz bekommt": "so" as a conjunction
        words_ahead = " ".join(w.group().casefold() for w in words[:3])
        if first.casefold() in _speech_verbs():
            cue = first
        elif words_ahead.startswith(("mit diesen worten", "mit den worten")) and mentions:
            cue = "mit diesen Worten"  # "„…“ – mit diesen Worten eröffnete X die Tagung"
        elif separated and text[k - 2 : k].strip() in ("–", "—") and mentions and mentions[0].start == k:
            cue = "–"  # "„Wir sind stolz“ – Bürgermeister Jan Roth zum Ergebnis"
        elif (
            separated
            and first[:1].islower()
            and first.casefold() not in NON_VERB_OPENERS
            and mentions
            and len(WORD.findall(text[k : mentions[0].start])) <= 3
        ):
            cue = first
        else:
            return None
        return cue, _speaker_in(ctx, mentions, k, end)
    # „…“ (Anna Roth, Geschäftsführerin): the speaker in brackets right after the quote
    if k < n and text[k] == "(":
        close_bracket = text.find(")", k, k + 200)
        if close_bracket > k:
            mentions = [m for m in ctx.mentions_between(k, close_bracket) if m.kind == "name"]
            if mentions and len(WORD.findall(text[k : mentions[0].start])) == 0:
                return "(", mentions[0]
    # "„…“ Das sagte Innenminister X." — the next sentence names the speaker.
    sent = ctx.sentence_start(k) if k < n else n
    if k < n and sent >= q.close:
        words = list(WORD.finditer(text, k, min(n, k + 80), timeout=REGEX_TIMEOUT))
        opening = " ".join(w.group() for w in words[:3])
        if (
            len(words) >= 2
            and words[0].group() in ("Das", "Dies", "Dieses", "So")
            and words[1].group().casefold() in _speech_verbs()
            or opening in ("Mit diesen Worten", "Mit den Worten")
        ):
            end = min(ctx.sentence_end(k), k + CLAUSE_WINDOW)
            mentions = [m for m in ctx.mentions_between(k, end) if m.kind in ("name", "role")]
            cue = opening if opening.startswith("Mit ") else f"{words[0].group()} {words[1].group()}"
            return cue, _speaker_in(ctx, mentions, k, end)
        # "„…“ ¶ So Bürgermeister Jan Roth." — "So" and the speaker's name
        if words and words[0].group() == "So":
            end = min(ctx.sentence_end(k), k + CLAUSE_WINDOW)
            mentions = [m for m in ctx.mentions_between(k, end) if m.kind in ("name", "role")]
            if mentions and len(WORD.findall(text[k : mentions[0].start])) <= 2:
                return "So", mentions[0]
    return None


def _speaker_in(
    ctx: _Context, mentions: Sequence[PersonMention], start: int, end: int
) -> PersonMention | None:
    pronoun = _pronoun_at(ctx, start, end)
    if mentions and (pronoun is None or mentions[0].start < pronoun):
        return mentions[0]
    if pronoun is not None:
        return _pronoun_ref(pronoun, WORD.match(ctx.text, pronoun).group())  # type: ignore[union-attr]
    return None


def _pronoun_ref(pos: int, word: str | None = None) -> PersonMention:
    """A pronoun, resolved later to the person last named before it (``name`` holds the word)."""
    return PersonMention(pos, pos, "pronoun", word, None, None, None, "people:pronoun")


def _colon_clause(ctx: _Context, q: QuoteSpan) -> tuple[str, PersonMention | None] | None:
    """ "Landrat X betonte: „…“", "Minister Adlers Diagnose: „…“": the clause before a colon."""
    text = ctx.text
    k = q.open - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != ":":
        return None
    colon = k
    start = max(ctx.sentence_start(colon), colon - CLAUSE_WINDOW)
    if _naming_word(_word_before(text, colon)):
        return None
    # the clause may hold a quote ("… „mit Freude aufgenommen“: „…“"); a pronoun or
    # possessive opens the part after the last one ("„…“, betonte sie und fügte hinzu: „…“")
    words_from = start
    k_quote = bisect.bisect_left(ctx.quote_opens, colon) - 1
    if k_quote >= 0:
        last = ctx.spans[k_quote]
        if last.close is not None and start <= last.close < colon:
            words_from = last.close + 1
    mentions = [
        m
        for m in ctx.mentions_between(start, colon)
        if m.kind in ("name", "role") and not ctx.in_quote(m.start)
    ]
    chosen = _subject_of(ctx, mentions, start)
    if chosen is None:
        pronoun = _pronoun_at(ctx, words_from, colon, limit=3)
        last_words = list(WORD.finditer(text, max(words_from, colon - 40), colon, timeout=REGEX_TIMEOUT))[-2:]
        if (
            pronoun is None
            and len(last_words) == 2
            and last_words[0].group().casefold() in _speech_verbs()
            and last_words[1].group() in ("er", "sie")
        ):
            pronoun = last_words[1].start()  # "Mit Blick auf Adorf sagte er: „…“"
        first = WORD.search(text, words_from, colon, timeout=REGEX_TIMEOUT) if words_from < colon else None
        if pronoun is not None:
            chosen = _pronoun_ref(pronoun, WORD.match(text, pronoun).group())  # type: ignore[union-attr]
        elif first is not None and first.group().casefold() in POSSESSIVES:
            chosen = _pronoun_ref(first.start(), first.group())  # "Sein Fazit: „…“"
        elif len(WORD.findall(text[words_from:colon])) <= 2 and not CAPITALIZED_WORD_INSIDE.search(
            text[words_from:colon].strip(), timeout=REGEX_TIMEOUT
        ):
            return ":continued", None  # "„…“, sagte Roth. Und weiter: „…“"
    return ":", chosen


def _subject_of(ctx: _Context, mentions: Sequence[PersonMention], start: int) -> PersonMention | None:
    """The mention most likely the subject: one right after a speech verb, else the first one
    not governed by a preposition ("gemeinsam mit X überreichte Y" gives Y)."""
    if not mentions:
        return None
    for m in mentions:
        before = _word_before(ctx.text, m.start)
        if before.casefold() in ARTICLES:  # "so der Landrat", "sagte die Ministerin"
            before = _word_before(ctx.text, m.start - len(before) - 1)
        if before.casefold() in _speech_verbs():
            return m
    for m in mentions:
        before = _word_before(ctx.text, m.start).casefold()
        if before not in PREPOSITIONS_BEFORE_PERSON:
            return m
    return mentions[-1]


def _laut_clause(ctx: _Context, q: QuoteSpan) -> tuple[str, PersonMention | None] | None:
    """ "laut X …" or "X zufolge" in the quote's sentence before it."""
    text = ctx.text
    start = max(ctx.sentence_start(q.open), q.open - CLAUSE_WINDOW)
    m = LAUT.search(text[start : q.open], timeout=REGEX_TIMEOUT)
    if not m:
        return None
    mentions = [x for x in ctx.mentions_between(start, q.open) if x.kind in ("name", "role")]
    return m.group(), (mentions[0] if mentions else None)


def classify(ctx: _Context) -> list[QuoteCandidate]:
    """The quotes of the text that are speech or quoted writing, each with cue and speaker mention."""
    text = ctx.text
    out: list[QuoteCandidate] = []
    for q in ctx.spans:
        inner = text[q.start : q.end]
        words = WORD.findall(inner)
        if not words:
            continue
        close = q.close if q.close is not None else q.end
        after = text[close + 1 : close + 2] if q.close is not None else ""
        before_char = text[q.open - 1 : q.open]
        # „Lupe“-Liste: part of a compound; („schwach“): a gloss in brackets.
        if after in ("-", "‐") or (before_char == "(" and text[close + 1 : close + 2] == ")"):
            continue
        attributed = _after_clause(ctx, q)
        if attributed is None or attributed[1] is None:
            # "wie X erklärt: „…“, meint der zuständige Prorektor": where the words after the quote
            # name nobody the rules can read, the clause before its colon may
            colon = _colon_clause(ctx, q)
            if attributed is None or (colon is not None and colon[1] is not None and colon[1].kind == "name"):
                attributed = colon
        if attributed is not None and attributed[1] is None and attributed[0] not in (":", ":continued"):
            # "Der 17-Jährige hat „…“, sah aber …": the verb after the quote goes on with
            # the subject that opens the sentence, a pronoun or "der N-Jährige"
            sentence = ctx.sentence_start(q.open)
            pronoun = _pronoun_at(ctx, sentence, q.open, limit=2)
            if pronoun is not None:
                word = WORD.match(text, pronoun).group()  # type: ignore[union-attr]
                attributed = (attributed[0], _pronoun_ref(pronoun, word))
        if attributed is None and _is_heading(ctx, q):
            continue
        word_before = _word_before(text, q.open)
        start = max(ctx.sentence_start(q.open), q.open - CLAUSE_WINDOW)
        verb_before = bool(_fragment_verb_pattern().search(text, start, q.open, timeout=REGEX_TIMEOUT))
        # "ausgezeichnet als „Beste Stadt für junge Familien“", "zum „Arbeitgeber des Jahres“
        # gekürt": a capitalized quote after "als"/"zum"/"zur" is a title or award, unless a
        # verb of saying comes first ("bezeichnete es als „Glücksfall“")
        naming = _naming_word(word_before) or (
            word_before.casefold() in ("als", "zum", "zur") and inner[:1].isupper() and not verb_before
        )
        # "wie zuletzt die „Sächsische Zeitung“ berichtete": a definite article before a quote of
        # capitalized words makes it a name (a paper, a title); a fragment of speech after an
        # article is lower-case or indefinite ("sprach von einem „überfälligen Schritt“")
        name_like = _name_like(inner)
        if word_before in DEFINITE_ARTICLES and len(words) <= 8 and name_like:
            naming = True
        # "Wachstumschampions 2016", "Jahresbericht 2016": capitalized words with a year are a title
        if len(words) <= 8 and name_like and YEAR_AT_END.search(inner, timeout=REGEX_TIMEOUT):
            naming = True
        if (
            attributed is not None
            and attributed[0] == ":"
            and (attributed[1] is None or attributed[1].kind in ("role", "pronoun"))
            and len(words) < 4
            and name_like
        ):
            # "Die Wertung: „Note 2,3“", "Gewinner: „Grüne Höfe“", "Schlusslicht ist sie nicht:
            # „Muster Energie“", "Die Sieger: „Bäcker der Saison“" are no speech
            attributed = None
        if (
            attributed is not None
            and attributed[1] is None
            and verb_before
            and not naming
            and word_before[:1].islower()
            and q.close is not None
        ):
            # "X sprach von einem „…“, mahnte aber …": the verb after the quote goes on with the
            # sentence's subject, who also says the fragment; it is no "„…“, sagte Y" inversion.
            speaker = _fragment_speaker(ctx, start, q.close, verb_before)
            if speaker is not None:
                attributed = ("fragment", speaker)
        if attributed is not None and not naming:
            out.append(QuoteCandidate(q, attributed[0], attributed[1]))
            continue
        if naming:
            continue
        # a whole short sentence in quotes is speech too: "„Das war knapp.“" (a motto ends in "!")
        if len(words) >= MIN_SPEECH_WORDS or (
            len(words) >= 3 and inner[:1].isupper() and inner.rstrip()[-1:] == "."
        ):
            laut = _laut_clause(ctx, q)
            if laut is not None:
                out.append(QuoteCandidate(q, laut[0], laut[1]))
            else:
                out.append(QuoteCandidate(q, "", None))
            continue
        # A short fragment given to a speaker: "nannte das Ergebnis „respektabel“", "sprach von
        # einem „Meilenstein“"; a capitalized one only after such a verb (else it is a term).
        if inner[:1].islower() or verb_before:
            speaker = _fragment_speaker(ctx, start, close, verb_before)
            if speaker is None and inner[:1].islower():
                # "Danach will er eine Lehre beginnen „und später studieren“": the sentence's
                # subject is a pronoun for the person named before
                pronoun = _pronoun_at(ctx, ctx.sentence_start(q.open), q.open, limit=3)
                if pronoun is not None:
                    speaker = _pronoun_ref(pronoun, WORD.match(text, pronoun).group())  # type: ignore[union-attr]
            if speaker is not None:
                out.append(QuoteCandidate(q, "fragment", speaker))
                continue
        # "Vom „Rad-statt-Auto-Boom“ hat nicht jeder etwas, so X.": a speech cue that
        # ends the sentence gives it the fragments inside it
        closing_cue = _sentence_closing_speaker(ctx, q)
        if closing_cue is not None:
            out.append(QuoteCandidate(q, "fragment", closing_cue))
            continue
        # "Der Preis sei „eine schöne Anerkennung“": a fragment in reported speech
        # (Konjunktiv) goes on with the words of the person quoted just before
        if not name_like and _reported_speech(ctx, q):
            # the sentence may name its speaker after the quote ("…, lässt sich Senatorin X zitieren")
            sentence_end = min(ctx.sentence_end(close), close + CLAUSE_WINDOW)
            later = [
                m
                for m in ctx.mentions_between(close, sentence_end)
                if m.kind in ("name", "role") and not ctx.in_quote(m.start)
            ]
            named_later = [m for m in later if m.kind == "name"] or later
            out.append(
                QuoteCandidate(q, "fragment", named_later[0]) if later else QuoteCandidate(q, "reported", None)
            )
    return out


def _sentence_closing_speaker(ctx: _Context, q: QuoteSpan) -> PersonMention | None:
    """The person of ", so X." / ", sagte X." closing the sentence that holds quote ``q``."""
    if q.close is None:
        return None
    text = ctx.text
    end = min(ctx.sentence_end(q.close), q.close + CLAUSE_WINDOW)
    mentions = [
        m for m in ctx.mentions_between(q.close, end) if m.kind in ("name", "role") and not ctx.in_quote(m.start)
    ]
    if not mentions:
        return None
    last = mentions[-1]
    if WORD.search(text, last.end, end, timeout=REGEX_TIMEOUT):
        return None  # the sentence goes on after the person
    before = _word_before(text, last.start)
    if before.casefold() in ARTICLES:
        before = _word_before(text, last.start - len(before) - 1)
    comma = text.rfind(",", q.close, last.start)
    if comma < 0 or len(WORD.findall(text[comma:last.start])) > 3:
        return None
    if before.casefold() == "so" or before.casefold() in _speech_verbs():
        return last
    return None


def _reported_speech(ctx: _Context, q: QuoteSpan) -> bool:
    """Whether the sentence of quote ``q`` has a verb of reported speech outside the quote."""
    text = ctx.text
    start = max(ctx.sentence_start(q.open), q.open - CLAUSE_WINDOW)
    end = min(ctx.sentence_end(q.end), q.end + CLAUSE_WINDOW)
    verbs = lexicon_set("quote_reported_speech", casefold=True)
    return any(
        m.group().casefold() in verbs and not ctx.in_quote(m.start())
        for m in WORD.finditer(text, start, end, timeout=REGEX_TIMEOUT)
    )


NAME_FUNCTION_WORDS = frozenset(
    {"und", "&", "für", "der", "die", "das", "des", "den", "dem", "von", "vom", "im", "am", "in", "of", "the", "and", "for"}
)
YEAR_AT_END = regex.compile(r"(?<!\d)(?:19|20)\d\d$", regex.V1)


def _name_like(inner: str) -> bool:
    """Words of a name or title: each capitalized, a number, or a function word ("Koch des Jahres")."""
    parts = inner.split()
    return bool(parts) and all(
        w[:1].isupper() or w[:1].isdigit() or w in NAME_FUNCTION_WORDS or not any(c.isalnum() for c in w)
        for w in parts
    ) and parts[0][:1].isupper()


def _fragment_speaker(ctx: _Context, start: int, close: int, verb_before: bool) -> PersonMention | None:
    """The person who says a fragment quoted inside the sentence from ``start``, if any."""
    text = ctx.text
    end = min(ctx.sentence_end(close), close + CLAUSE_WINDOW)
    mentions = [
        m for m in ctx.mentions_between(start, end) if m.kind in ("name", "role") and not ctx.in_quote(m.start)
    ]
    if not verb_before:
        # without a verb of saying, the person must be the sentence's subject, at its start
        mentions = [
            m
            for m in mentions
            if len(WORD.findall(text[start : m.start])) <= 3
            and _word_before(text, m.start).casefold() not in PREPOSITIONS_BEFORE_PERSON
        ]
    return _subject_of(ctx, mentions, start) if mentions else None


# ---------------------------------------------------------------------------------------------
# People: mentions resolved to persons


@dataclass
class _Person:
    names: list[tuple[str, int]]  # (name as written, offset)
    mentions: list[PersonMention]
    given_names: set[str]

    @property
    def surname(self) -> str:
        return self.names[0][0].split()[-1]

    def add(self, mention: PersonMention, name: str) -> None:
        self.names.append((name, mention.start))
        self.mentions.append(mention)
        parts = name.split()
        if len(parts) > 1:
            self.given_names.add(parts[0])

    def given(self) -> set[str]:
        return self.given_names


def _same_body(a: str, b: str) -> bool:
    """ "NORDLICHT" and "NORDLICHT-Gruppe", "Stadt Adorf" and "Adorf": one name starts or holds the other."""
    a, b = a.casefold(), b.casefold()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short == long_ or long_.startswith((short + "-", short + " ")) or long_.endswith((" " + short, "-" + short))


def _close_spelling(a: str, b: str) -> bool:
    """Given names written alike: equal, an initial of the other, or one letter apart."""
    a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


class _People:
    """Persons from the name mentions; surname-only mentions join the person named in full."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self._canonical: dict[int, str] = {}
        self.persons: list[_Person] = []
        self.of_mention: dict[int, _Person] = {}
        for m in ctx.mentions:
            if m.kind != "name" or not m.name:
                continue
            person = self._find(m.name)
            if person is None:
                person = _Person([], [], set())
                self.persons.append(person)
            person.add(m, m.name)
            self.of_mention[m.start] = person
        # A surname alone that matches a person named in full belongs to that person.
        merged: list[_Person] = []
        for p in self.persons:
            if all(len(n.split()) == 1 for n, _ in p.names):
                target = next(
                    (o for o in self.persons if o is not p and o.surname == p.surname and o.given()), None
                )
                if target is None and p.surname in first_names():
                    # "sagt Felix" after "Felix Brenner": young people are often named by the given
                    # name; the nearest person before with that given name
                    first_at = min(offset for _, offset in p.names)
                    before = [
                        o
                        for o in self.persons
                        if o is not p and p.surname in o.given() and min(off for _, off in o.names) < first_at
                    ]
                    if before:
                        target = max(before, key=lambda o: max(off for _, off in o.names if off < first_at))
                if target is not None:
                    for m, (n, _) in zip(p.mentions, p.names):
                        target.add(m, n)
                    for m in p.mentions:
                        self.of_mention[m.start] = target
                    continue
            merged.append(p)
        self.persons = merged

    def _find(self, name: str) -> _Person | None:
        parts = name.split()
        surname, given = parts[-1], parts[0] if len(parts) > 1 else None
        for p in reversed(self.persons):
            if p.surname != surname:
                continue
            others = p.given()
            if given is None or not others or any(_close_spelling(given, o) for o in others):
                return p
        return None

    def canonical_name(self, person: _Person) -> str:
        """The fullest spelling, preferring the body's over a headline's, then the most frequent."""
        key = id(person)
        if key not in self._canonical:
            first_line_end = self.ctx.line_end(0)
            counts = Counter(n for n, _ in person.names)

            def rank(item: tuple[str, int]) -> tuple[int, int, int, int]:
                name, offset = item
                return (len(name.split()), int(offset > first_line_end), counts[name], -offset)

            self._canonical[key] = max(person.names, key=rank)[0]
        return self._canonical[key]

    def resolve(self, mention: PersonMention | None, at: int) -> _Person | None:
        if mention is None:
            return None
        if mention.kind == "name":
            return self.of_mention.get(mention.start)
        if mention.kind == "pronoun":
            personal = (mention.name or "").casefold() in ("er", "sie")
            found = self._last_named_before(mention.start, _pronoun_gender(mention.name), personal=personal)
            if (mention.name or "").casefold() in ("der", "die") and found is not None and not self.well_attested(found):
                return None  # "die 41-Jährige" points to a person the text shows as one
            return found
        # a role alone: the person last introduced with that role ("ein Sprecher": nobody named)
        if mention.found_by.endswith("_indefinite"):
            return None
        ref_head = role_head(mention.role.split()[-1]) if mention.role else None
        if ref_head is None:
            return None
        best = None
        for p in self.persons:
            for m in p.mentions:
                if m.start >= at or not m.role:
                    continue
                head = m.role.split()[-1].casefold() if m.role else ""
                roles = [w.casefold() for w in m.role.replace("-", " ").split()]
                if any(w.endswith(ref_head) for w in roles) or head.endswith(ref_head):
                    if (
                        mention.organization
                        and m.organization
                        and not _same_body(mention.organization, m.organization)
                    ):
                        continue
                    if best is None or m.start > best[0]:
                        best = (m.start, p)
        if best is None:
            return self._described_before(mention, ref_head)
        return best[1] if best else None

    def _described_before(self, mention: PersonMention, ref_head: str) -> _Person | None:
        """ "…“, erklärt der Delegierte und Geschäftsführer" after "Tim Roth ist zufrieden": a
        definite role no one had yet describes the person named last before, one without a role,
        or any one where the role only describes ("der Grünen-Politiker")."""
        article = _word_before(self.ctx.text, mention.start).casefold()
        head_word = (mention.role or "").split()[-1] if mention.role else ""
        feminine = head_word.endswith(("in", "e"))
        # "der Politiker" and "die Politikerin" name one person; "die Mitarbeiter" are many
        if not (article == "der" and not head_word.endswith("in") or article == "die" and feminine):
            return None
        found = self._last_named_before(mention.start, "m" if article == "der" else "f")
        if found is None or not self.well_attested(found):
            return None
        last = max(m.start for m in found.mentions if m.start < mention.start)
        if mention.start - last > 2 * CLAUSE_WINDOW:
            return None
        has_role = any(m.role for m in found.mentions)
        if has_role and ref_head not in lexicon_set("speaker_descriptive_roles", casefold=True):
            return None
        return found

    def well_attested(self, person: _Person) -> bool:
        """A person the text shows as one: with a role or title, a known given name, or named twice."""
        return (
            len(person.mentions) > 1
            or any(m.role or m.title for m in person.mentions)
            or any(n.split()[0] in first_names() for n, _ in person.names if len(n.split()) > 1)
        )

    def best_recent(self, mentions: Sequence[PersonMention]) -> PersonMention:
        """The last of ``mentions`` whose person is well attested, else the last one."""
        for m in reversed(mentions):
            person = self.of_mention.get(m.start)
            if person is not None and self.well_attested(person):
                return m
        return mentions[-1]

    def _last_named_before(
        self, pos: int, gender: str | None = None, *, personal: bool = False
    ) -> _Person | None:
        """The person named last before ``pos`` whose role does not contradict the pronoun's
        gender ("sagte sie" skips "Bürgermeister Max Roth" for "Ministerin Eva Klein"). A
        personal pronoun ("er", "sie") takes the subject of that sentence ("Minister X überreichte
        Bürgermeister Y den Preis. Er sagte: …" gives X); "dieser" takes the last one named."""
        nearest = compatible = None
        chosen: PersonMention | None = None
        k = bisect.bisect_left(self.ctx.mention_starts, pos) - 1
        while k >= 0 and pos - self.ctx.mentions[k].start <= 6 * CLAUSE_WINDOW:
            m = self.ctx.mentions[k]
            k -= 1
            person = self.of_mention.get(m.start) if m.kind == "name" else None
            if person is None:
                continue
            nearest = nearest or person
            if gender is None or _person_gender(person) in (None, gender):
                compatible = compatible or person
                if self.well_attested(person):
                    chosen = m
                    break
        if chosen is None:
            return compatible or nearest
        if personal:
            sentence = self.ctx.sentence_start(chosen.start)
            in_sentence = [
                m
                for m in self.ctx.mentions_between(sentence, chosen.end)
                if m.kind == "name"
                and self.of_mention.get(m.start) is not None
                and (gender is None or _person_gender(self.of_mention[m.start]) in (None, gender))
            ]
            subject = _subject_of(self.ctx, in_sentence, sentence)
            if subject is not None:
                return self.of_mention[subject.start]
        return self.of_mention[chosen.start]

    def speaker_record(self, person: _Person, name: str, component: str = "pressextract_quotes") -> Speaker:
        """The speaker's record: the title found, the first role given (with the full name where
        there is one), the body tied to the person; the evidence is the first mention in the chosen spelling."""
        ordered = sorted(person.mentions, key=lambda m: m.start)
        title = max((m.title for m in ordered if m.title), key=len, default=None)
        # the role given with the full name ("Nico Roth, Geschäftsführer von X") before one given
        # with the surname alone (a headline's "X-Chef Roth")
        with_role = sorted(
            (m for m in ordered if m.role), key=lambda m: (len((m.name or "").split()) < 2, m.start)
        )
        role = with_role[0].role if with_role else None
        org = next((m.organization for m in with_role if m.organization), None) or next(
            (m.organization for m in ordered if m.organization), None
        )
        evidence = next((m for m in ordered if m.name == name), ordered[0])
        pattern = evidence.found_by.partition(":")[2] or evidence.found_by
        return Speaker(name, title, role, org, evidence.start, evidence.end, f"{component}:{pattern}")


def _pronoun_gender(word: str | None) -> str | None:
    if not word:
        return None
    folded = word.casefold()
    if folded in ("er", "dieser", "jener", "sein", "seine", "seiner", "seinem", "der"):
        return "m"
    if folded in ("sie", "diese", "jene", "ihr", "ihre", "ihrer", "ihrem", "die"):
        return "f"
    return None


def _person_gender(person: _Person) -> str | None:
    """From the role: "Ministerin" is a woman, "Minister" a man; roles like "Vorsitzende" or
    "CEO" tell nothing."""
    for m in person.mentions:
        if not m.role:
            continue
        head = role_head(m.role.split()[-1])
        if head is None:
            continue
        if head.endswith("in") and role_head(m.role.split()[-1][:-2]) is not None:
            return "f"
        if not head.endswith(("e", "in")) and head.isalpha() and not head.isupper():
            return "m"
    return None


def find_quotes(
    text: str,
    *,
    person_spans: Iterable[tuple[int, int]] = (),
    other_entity_spans: Sequence[tuple[int, int]] = (),
    component: str = "pressextract_quotes",
) -> tuple[list[Quote], list[Speaker]]:
    """The quotes of ``text`` with their speakers' names, and the speakers' records.

    ``person_spans`` / ``other_entity_spans``: PER and other entities of an NER model, if any.
    """
    spans = scan_quotes(text)
    ctx = _Context(text, spans, person_spans, other_entity_spans)
    people = _People(ctx)
    candidates = classify(ctx)
    quotes: list[Quote] = []
    speaking: list[_Person] = []
    previous: tuple[QuoteCandidate, _Person | None] | None = None
    for cand in candidates:
        person = people.resolve(cand.speaker, cand.span.open)
        cue = cand.cue
        if cue == "reported":
            # the person quoted just before, close by and with nobody else named in between
            person = None
            if previous is not None and previous[1] is not None:
                prev_end = previous[0].span.end
                between = [m for m in ctx.mentions_between(prev_end, cand.span.open) if m.kind == "name"]
                if cand.span.open - prev_end <= 2 * CLAUSE_WINDOW and all(
                    people.of_mention.get(m.start) is previous[1] for m in between
                ):
                    person = previous[1]
            cue = "fragment"
        if cue == "fragment" and person is None:
            continue  # a short fragment is speech only where a named person says it
        if cand.speaker is None and cue in ("", ":continued"):
            person, cue = _continuation(ctx, people, cand, previous)
            cue = cue or ":"
        words = WORD.findall(text, cand.span.start, cand.span.end)
        if person is None and len(words) < SHORT_TERM_WORDS and text[cand.span.end - 1] not in ".!?":
            continue  # "über den Extrapreis für „Inklusion“ freuen": a short term no one says
        if person is not None and person not in speaking:
            speaking.append(person)
        name = people.canonical_name(person) if person else None
        found_by = f"{component}:{_cue_kind(cue)}" + (
            f":{cue}" if cue and cue not in (":", "fragment", "continued", "nearby", "(", "–") else ""
        )
        quotes.append(
            Quote(
                text[cand.span.start : cand.span.end], name, cand.span.start, cand.span.end, found_by,
                cue=cue if cue and cue not in ("fragment", "continued", ":continued", "nearby") else None,
            )
        )
        previous = (cand, person)
    speakers = [people.speaker_record(p, people.canonical_name(p), component) for p in speaking]
    speakers.sort(key=lambda s: s.start)
    return quotes, speakers


def _cue_kind(cue: str) -> str:
    if cue == ":":
        return "colon"
    if cue == "fragment":
        return "fragment"
    if cue.casefold() in ("laut", "zufolge", "nach angaben"):
        return "laut"
    if cue.startswith(("Das ", "Dies", "So")):
        return "sentence_after"
    if cue == "continued":
        return "continued"
    if cue.startswith("near"):
        return "nearby"
    if cue == "(":
        return "brackets"
    if cue == "–":
        return "dash"
    if cue.casefold().startswith("mit d"):
        return "with_words"
    return "verb" if cue else "unattributed"


def _governed(text: str, pos: int) -> bool:
    """Whether a preposition (after an optional article) governs the mention at ``pos``."""
    before = _word_before(text, pos)
    if before.casefold() in ARTICLES:
        before = _word_before(text, pos - len(before) - 1)
    # "Für Landrätin X ist die Wertung ein Gewinn. „…“": "für" gives the person's view
    return before.casefold() in PREPOSITIONS_BEFORE_PERSON and before.casefold() != "für"


def _continuation(
    ctx: _Context,
    people: _People,
    cand: QuoteCandidate,
    previous: tuple[QuoteCandidate, _Person | None] | None,
) -> tuple[_Person | None, str]:
    """A quote without a cue: the person named in its paragraph just before it, or the speaker
    of the quote right before it where nobody else is named in between."""
    text = ctx.text
    para_start = max(ctx.line_start(cand.span.open), cand.span.open - CLAUSE_WINDOW)
    named = [m for m in ctx.mentions_between(para_start, cand.span.open) if m.kind == "name"]
    if previous is not None and previous[1] is not None:
        prev_end = previous[0].span.close if previous[0].span.close is not None else previous[0].span.end
        between = [m for m in ctx.mentions_between(prev_end, cand.span.open) if m.kind == "name"]
        near = (
            cand.span.open - prev_end <= CLAUSE_WINDOW
            and "\n\n" not in text[prev_end : cand.span.open].strip()
        )
        if near and all(people.of_mention.get(m.start) is previous[1] for m in between):
            return previous[1], "continued"
    # "Bei der Übergabe des Pokals an die Gründerin X wurde „…“ gelobt": a person governed by a
    # preposition receives or accompanies, they do not speak
    named = [m for m in named if not _governed(text, m.start)]
    if named:
        nearest = people.of_mention.get(people.best_recent(named).start)
        # without a cue, a person the text shows as one only: a lone word a model read as a
        # name ("Koch", a place) says nothing
        if nearest is not None and people.well_attested(nearest):
            return nearest, "nearby"
    # a quote opening a paragraph after a sentence about a person: "X freut sich über …\n„…“"
    prev_start = max(ctx.sentence_start(max(0, para_start - 1)), para_start - CLAUSE_WINDOW)
    before = [
        m
        for m in ctx.mentions_between(prev_start, para_start)
        if m.kind == "name" and not ctx.in_quote(m.start)
    ]
    if before and para_start > 0:
        subject = _subject_of(ctx, before, prev_start)
        person = people.of_mention.get(subject.start) if subject is not None else None
        if person is not None and people.well_attested(person):
            return person, "nearby"
    return None, ""


class QuoteExtractor:
    """Quotes with their speakers, and the speakers' records (name, title, role, organization)."""

    def __init__(self, nlp: Language, name: str, use_entities: bool = True) -> None:
        self.name = name
        self.use_entities = use_entities

    def match(self, doc: Doc) -> tuple[list[Quote], list[Speaker]]:
        ents = list(doc.ents) if self.use_entities else []
        person_spans = [(e.start_char, e.end_char) for e in ents if e.label_ in ("PER", "PERSON")]
        other_spans = [(e.start_char, e.end_char) for e in ents if e.label_ not in ("PER", "PERSON")]
        return find_quotes(
            doc.text, person_spans=person_spans, other_entity_spans=other_spans, component=self.name
        )

    def set_annotations(self, doc: Doc, found: tuple[list[Quote], list[Speaker]]) -> None:
        quotes, speakers = found
        set_facts(doc, "quotes", quotes)
        set_facts(doc, "speakers", speakers)

    @degrade_on_timeout("quotes", "speakers")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_quotes",
    assigns=["doc._.pressextract_quotes", "doc._.pressextract_speakers"],
    default_config={"use_entities": True},
)
def make_quotes(nlp: Language, name: str, use_entities: bool) -> QuoteExtractor:
    return QuoteExtractor(nlp, name, use_entities)
