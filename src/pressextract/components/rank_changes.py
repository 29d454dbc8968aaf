"""Stated moves up or down in a ranking (GUIDELINES: rank_changes).

Candidates: a number of places ("um 27 Plätze", "weitere 9 Plätze", "drei Ränge", "um einen
Platz") with a direction word in the clause (``data/ranking_change_up.txt``/``_down.txt``), and
a move between two placements of one entity in one sentence ("rutschte von Platz 44 auf 51",
"das vor einem Jahr drittplatzierte Adorf rutscht auf Platz 6"). Validation finds the entity (the
rankings found before, pronouns and "der Landkreis" resolved) and the year compared with.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import ranking_common as rc
from ..datepatterns import REGEX_TIMEOUT
from ..facts import get_facts, set_facts
from ..lexicons import load_lexicon
from ..records import RankChange, Ranking
from .guard import degrade_on_timeout

CHANGE = regex.compile(
    r"(?<!\w)(?P<nums>(?:\d{1,4}\.?|[a-zäöüß]{3,12})(?:\s(?:beziehungsweise|bzw\.|oder|und)\s(?:\d{1,4}\.?|[a-zäöüß]{3,12}))?)"
    r"\s(?:Plätze|Platz|Ränge|Rang|Positionen|Position|Tabellenplätze|Plätzen|Stufen|Stufe)(?!\w)",
    regex.V1,
)
SINCE = (
    regex.compile(r"(?i)(?<!\w)seit\s(?:[\w-]+\s){0,3}?(?P<y>(?:19|20)\d\d)(?!\d)", regex.V1),
    regex.compile(
        r"(?i)(?<!\w)im\sVergleich\s(?:zu|zum|mit)\s(?:dem\s)?(?:Jahr\s)?(?P<y>(?:19|20)\d\d)(?!\d)", regex.V1
    ),
    regex.compile(r"(?i)(?<!\w)gegenüber\s(?:[\w-]+\s){0,4}?(?P<y>(?:19|20)\d\d)(?!\d)", regex.V1),
    regex.compile(r"(?i)(?<!\w)von\s(?P<y>(?:19|20)\d\d)\sbis\s", regex.V1),
    # "von Rang 31 (2023) auf Rang 18", "von Platz 40 im Jahr 2019 auf", "von Rang 12 in 2020 auf"
    regex.compile(
        r"(?i)(?<!\w)von\s(?:Platz|Rang)\s\d{1,4}\s(?:\(|im\sJahr\s|in\s)(?P<y>(?:19|20)\d\d)(?!\d)", regex.V1
    ),
)
# "gegenüber der Vorsaison 2022/23": a season names no single year compared with
SEASON_AFTER = regex.compile(r"\s?/\s?\d\d(?!\d)", regex.V1)
# "im Vergleich zum Vorjahr", "gegenüber dem Vorjahresranking", "im Vergleich zum letzten Jahr",
# "(Vorjahr: 48)", "von Platz drei im Vorjahr auf": the edition before the one the move leads to
SINCE_LAST_YEAR = regex.compile(
    r"(?i)(?:(?:gegenüber|im\sVergleich\szu[mr]?|verglichen\smit)\s(?:dem\s|der\s)?"
    r"(?:Vorjahr\w*|(?:letzten|vergangenen|vorigen)\sJahr(?:es)?\w*)"
    r"|\(Vorjahr\w*\s?:?\s?(?:Platz\s|Rang\s)?\d{1,4}\.?\)"
    r"|(?<!\w)im\sVorjahr(?!\w))",
    regex.V1,
)
# "zwischen 2011 und 2014 um 108 Plätze": the first year of the span is the one compared with
SINCE_BETWEEN = regex.compile(
    r"(?i)(?<!\w)zwischen\s(?P<y>(?:19|20)\d\d)\sund\s(?:19|20)\d\d(?!\d)", regex.V1
)
# "innerhalb von drei Jahren", "in den letzten fünf Jahren": counted back from the current edition
SINCE_YEARS_BACK = regex.compile(
    r"(?i)(?<!\w)(?:innerhalb\s(?:von\s)?|in\sden\s(?:letzten|vergangenen)\s)(?P<n>\d{1,2}|[a-zäöüß]{3,8})\sJahren(?!\w)",
    regex.V1,
)
# "Für beide Konkurrenten", "Für diese vier Gemeinden": the last two or three entities named.
GROUP = regex.compile(
    r"(?i)(?<!\w)(?:für\s)?(?:(?P<both>beide[n]?)|diese[n]?\s(?P<n>\w+)\s[A-ZÄÖÜ]\w+)(?!\w)", regex.V1
)
# "rutschte von Platz 44 auf 51", "kletterte von Rang 30 auf Rang 21"
# "von Platz drei im Vorjahr auf Platz 11", "von Rang 40 jetzt auf den neunten Platz":
# "von Platz 43 auf die 17. Position", "vom zuvor 8. auf den 6. Platz";
# the places may be written as words; the words between are as few as can be ("von Platz 61 auf 70
# und die FH von 33 auf 47" is 61 to 70)
FROM_TO = regex.compile(
    r"(?<!\w)(?:von\s(?:Platz|Rang)\s(?P<a>\d{1,4}|[a-zäöüß]{3,16})(?![\w])(?:\s[^,;.()]{0,30}?)??\s(?:bis\s)?auf\s"
    r"(?:(?:(?:den\s)?(?:Platz|Rang)\s)?(?P<b>\d{1,4})(?![\d,.]\d|\d)|(?:den\s)?(?P<b>[a-zäöüß]{3,16}ten)\s(?:Platz|Rang)(?!\w)"
    r"|(?:Platz|Rang)\s(?P<b>[a-zäöüß]{3,8})(?!\w)|(?:den|die)\s(?P<b>\d{1,4})\.\s?(?:Platz|Rang|Position|Stelle)(?!\w))"
    r"|vom\s(?:[a-zäöüß]{3,12}\s)?(?P<a>\d{1,4})\.\s(?:bis\s)?auf\s(?:den\s)?(?P<b>\d{1,4})\.\s?(?:Platz|Rang))",
    regex.V1,
)
# "Auf Platz 67 (von Platz 69)", "Rang 12 (zuvor: Rang 15)", "Rang 76 (Vorjahr 84)": the earlier place
# in parentheses after the current one
PAREN_FROM = regex.compile(
    r"(?<!\w)(?:Platz|Rang|Position)\s(?P<b>\d{1,4})\s?\((?P<w>von|vorher|zuvor|davor|Vorjahr\w*)\s?:?\s?"
    r"(?:(?:Platz|Rang|Position)\s)?(?P<a>\d{1,4})\.?\)",
    regex.V1,
)
# "B (2021: 52 / 2022: 57)": two dated places of one entity side by side
PAREN_YEARS = regex.compile(
    r"\((?P<y1>(?:19|20)\d\d):\s?(?:Platz\s|Rang\s)?(?P<a>\d{1,4})\.?\s?[/;,]\s?(?P<y2>(?:19|20)\d\d):\s?"
    r"(?:Platz\s|Rang\s)?(?P<b>\d{1,4})\.?\)",
    regex.V1,
)
# "(+96 Ränge)" once, then "X (+42), Y (+21)": signed moves in parentheses after names
SIGNED_UNIT = regex.compile(r"\((?:[+−–-])\d{1,4}\s(?:Plätze|Ränge|Positionen)\)", regex.V1)
SIGNED_PAREN = regex.compile(r"(?<=\w\s)\((?P<sign>[+−–-])(?P<n>\d{1,4})\)", regex.V1)
MOVE_VERB = regex.compile(
    r"(?i)(?<!\w)(?:fiel|fällt|fallen|sinkt|sank|sinken|sanken|gesunken|stieg|steigt|steigen|kletter\w*|rutsch\w*|verbessert\w*|verschlechtert\w*|zurück)(?!\w)",
    regex.V1,
)


@lru_cache(maxsize=2)
def _words(name: str) -> regex.Pattern[str]:
    words = sorted(load_lexicon(name), key=len, reverse=True)
    return regex.compile(
        r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)", regex.V1 | regex.I
    )


def direction(clause: str) -> int:
    """+1 for a move up, -1 for a move down, 0 where the clause says neither."""
    # "steigt gegenüber 2019 drei Ränge ab": the particle at the clause end turns "steigt" down
    if rc.re_search(
        r"(?i)(?<!\w)(?:steigt|stieg|steigen|stiegen)\s[^.;:!?]*?\sab(?=\s?(?:[.,;:!?]|$))",
        clause,
        timeout=REGEX_TIMEOUT,
    ):
        return -1
    up = _words("ranking_change_up").search(clause, timeout=REGEX_TIMEOUT)
    down = _words("ranking_change_down").search(clause, timeout=REGEX_TIMEOUT)
    if up and not down:
        return 1
    if down and not up:
        return -1
    if up and down:
        # "rutscht ... um sechs Ränge nach vorn": an explicit "nach vorn/oben" decides.
        if rc.re_search(r"(?i)nach\s(?:vorn|vorne|oben)", clause, timeout=REGEX_TIMEOUT):
            return 1
        if rc.re_search(r"(?i)nach\s(?:unten|hinten)", clause, timeout=REGEX_TIMEOUT):
            return -1
        return 1 if up.start() > down.start() else -1
    return 0


def since_year(clause: str, current: int | None, release: int | None = None) -> int | None:
    """The year a move is counted from, as the clause states it; ``current`` is the year of the
    edition the move leads to (for "im Vergleich zum Vorjahr", "innerhalb von drei Jahren"), else
    the release's year."""
    if current is None:
        current = release
    for pattern in (*SINCE, SINCE_BETWEEN):
        m = pattern.search(clause, timeout=REGEX_TIMEOUT)
        if m and not SEASON_AFTER.match(clause, m.end("y"), timeout=REGEX_TIMEOUT):
            return int(m["y"])
    if current is None:
        return None
    if SINCE_LAST_YEAR.search(clause, timeout=REGEX_TIMEOUT):
        return current - 1
    back = SINCE_YEARS_BACK.search(clause, timeout=REGEX_TIMEOUT)
    if back:
        n = _number(back["n"])
        if n:
            return current - n
    return None


def _number(word: str) -> int | None:
    w = word.rstrip(".")
    return int(w) if w.isdigit() else rc.cardinal_value(w)


class RankChangeExtractor:
    """Moves by pattern, validated by a direction word and the entity of the clause."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[RankChange]:
        ctx = rc.build_context(doc)
        rankings = get_facts(doc, "rankings")
        _, _, edition = rc.doc_ranking_names(doc)
        release = rc.release_year(doc)
        out: list[RankChange] = []

        def current_year(sent: Span) -> int | None:
            # the edition the move leads to: the text's edition, else the latest placement of the sentence
            if edition:
                return edition
            years = [r.year for r in rankings if sent.start_char <= r.start < sent.end_char and r.year]
            return max(years) if years else release

        def add(entity: str | None, delta: int, since: int | None, s: int, e: int, kind: str) -> None:
            if not entity or delta == 0:
                return
            entity = self._defined_name(ctx, rc.full_name(ctx, entity, s))
            if any(rc.same_entity(r.entity, entity) and r.delta == delta for r in out):
                return
            out.append(RankChange(entity, delta, since, s, e, f"{self.name}:{kind}"))

        for sent in rc.sentences(doc):
            st, en = sent.start_char, sent.end_char
            text = rc.doc_text(doc)
            for m in CHANGE.finditer(text, st, en, timeout=REGEX_TIMEOUT):
                before = text[max(st, m.start() - 12) : m.start()]
                # "auf Platz 2", "den 8. Platz": a place, not a move ("um 5 Plätze", "11 Plätze")
                if (
                    rc.re_search(
                        r"(?i)(?:auf|den|dem|der|zum|vom|von)\s(?:dem\s)?$", before, timeout=REGEX_TIMEOUT
                    )
                    and not m["nums"].rstrip(".").isalpha()
                    and "Plätze" not in m.group(0)
                    and "Ränge" not in m.group(0)
                ):
                    continue
                # "um drei bis sechs Ränge": a range of moves, none of them stated
                if rc.re_search(r"(?<!\w)bis\s$", before, timeout=REGEX_TIMEOUT):
                    continue
                parts = rc.re_split(r"\s(?:beziehungsweise|bzw\.|oder|und)\s", m["nums"])
                values = [_number(p) for p in parts]
                if any(v is None for v in values):
                    continue
                if m.group(0).split()[-1] in {"Platz", "Rang", "Position", "Stufe"} and values != [1]:
                    continue  # "Platz 8" reads the other way round; singular only for "einen Platz"
                clause = self._clause(text, st, en, m.start(), m.end())
                # "(+96 Ränge)", "(−3 Plätze)": the sign says the direction
                signed = text[max(st, m.start() - 1) : m.start()]
                sign = 1 if signed == "+" else -1 if signed in {"-", "−", "–"} else direction(clause)
                if sign == 0:
                    continue
                since = since_year(text[st:en], current_year(sent))
                entities = self._group(text, st, m.start(), rankings, len(values))
                if entities is None:
                    found = self._entity(ctx, doc, sent, m.start(), m.end(), rankings)
                    entities = [found] * len(values) if found else []
                if len(values) == 1 and len(entities) > 1:
                    values = values * len(entities)
                for entity, value in zip(entities, values):
                    add(entity, sign * int(value or 0), since, m.start(), m.end(), "places")
            for m in FROM_TO.finditer(text, st, en, timeout=REGEX_TIMEOUT):
                # "Muster GmbH (von Rang 71 auf 64)": in parentheses after a name the pair alone is the move
                in_parens = text[max(st, m.start() - 2) : m.start()].rstrip().endswith("(")
                if (
                    not in_parens
                    and not MOVE_VERB.search(rc.span_text(sent), timeout=REGEX_TIMEOUT)
                    and not direction(rc.span_text(sent))
                ):
                    continue
                found = self._entity(ctx, doc, sent, m.start(), m.end(), rankings)
                after_a = rc.re_match(
                    r"\s?(?:im\sJahr\s|in\s|\()((?:19|20)\d\d)(?!\d)",
                    text[m.end("a") : m.end("a") + 16],
                    timeout=REGEX_TIMEOUT,
                )
                since = int(after_a.group(1)) if after_a else since_year(text[st:en], current_year(sent))
                a, b = _number(m["a"]), _number(m["b"])
                if b is None:
                    b = rc.ordinal_value(m["b"])
                if a is None or b is None:
                    continue
                add(found, a - b, since, m.start(), m.end(), "from_to")
            for m in PAREN_FROM.finditer(text, st, en, timeout=REGEX_TIMEOUT):
                found = self._entity(ctx, doc, sent, m.start(), m.end(), rankings)
                since = current_year(sent) if m["w"].startswith("Vorjahr") else None
                add(
                    found,
                    int(m["a"]) - int(m["b"]),
                    since - 1 if since else None,
                    m.start(),
                    m.end(),
                    "paren_from",
                )
            for m in PAREN_YEARS.finditer(text, st, en, timeout=REGEX_TIMEOUT):
                y1, y2 = int(m["y1"]), int(m["y2"])
                chunk = ctx.chunk_at(rc.token_index_at(doc, m.start()) - 1)
                if chunk is None or y1 == y2:
                    continue
                a, b = (int(m["a"]), int(m["b"])) if y1 < y2 else (int(m["b"]), int(m["a"]))
                add(chunk.text, a - b, min(y1, y2), m.start(), m.end(), "paren_years")
            self._moves(doc, sent, rankings, edition, add)
        self._elided_moves(rankings, add)
        text = rc.doc_text(doc)
        if SIGNED_UNIT.search(text, timeout=REGEX_TIMEOUT):
            # the unit stated once holds for the bare signed numbers of the same text
            for m in SIGNED_PAREN.finditer(text, timeout=REGEX_TIMEOUT):
                chunk = ctx.chunk_at(rc.token_index_at(doc, m.start()) - 1)
                if chunk is None:
                    # "die Universität B (Land) macht das Podest komplett (+54)": the name that opens
                    # the clause the sign closes
                    left = max(
                        text.rfind(",", 0, m.start()),
                        text.rfind(".", 0, m.start()),
                        text.rfind(":", 0, m.start()),
                    )
                    chunk = next(
                        (
                            c
                            for c in ctx.chunks
                            if left < c.char_start < m.start() and not rc.is_person_chunk(c)
                        ),
                        None,
                    )
                if chunk is None:
                    continue
                sign = 1 if m["sign"] == "+" else -1
                add(chunk.text, sign * int(m["n"]), None, m.start(), m.end(), "signed")
        out = self._since_from_placements(out, rankings)
        # a line break alone is no sentence between two
        bounds = [(x.start_char, x.end_char) for x in rc.sentences(doc) if x.text.strip()]
        return self._since_carried(out, bounds)

    @staticmethod
    def _since_carried(out: list[RankChange], bounds: list[tuple[int, int]]) -> list[RankChange]:
        """ "Zwischen 2016 und 2020 um 40 Plätze nach vorne gearbeitet. B kommt auf Rang 2 (+30
        Ränge), C auf Rang 3 (+12).": moves listed in a run of sentences, with no year of their own,
        are counted from the year of the move just before, in the same or the previous sentence."""

        def sentence_of(pos: int) -> int:
            return next((i for i, (a, b) in enumerate(bounds) if a <= pos < b), -1)

        result: list[RankChange] = []
        for c in sorted(out, key=lambda c: c.start):
            if c.since is None and result:
                prev = result[-1]
                gap = sentence_of(c.start) - sentence_of(prev.start)
                if prev.since is not None and 0 <= gap <= 1:
                    c = dataclasses.replace(c, since=prev.since)
            result.append(c)
        return result

    @staticmethod
    def _defined_name(ctx: rc.DocContext, entity: str) -> str:
        """ "Die Universitätsmedizin Adorf (UMA) … Die UMA rutschte": a short form in capitals
        stands for the name it was given after in parentheses."""
        if not (2 <= len(entity) <= 6 and entity.isupper() and entity.isalpha()):
            return entity
        text = rc.doc_text(ctx.doc)
        for c in ctx.chunks:
            if text.startswith(f" ({entity})", c.char_end) or text.startswith(f"({entity})", c.char_end):
                return c.text
        return entity

    @staticmethod
    def _since_from_placements(out: list[RankChange], rankings: list[Ranking]) -> list[RankChange]:
        """ "um 17 Plätze verbessert … belegt Rang 301 (2013: Rang 318)": where the text places the
        entity in an earlier and a later edition and the two differ by the move, the move is counted
        from the earlier one (one such year only)."""
        result: list[RankChange] = []
        for c in out:
            if c.since is None:
                years = {
                    old.year
                    for old in rankings
                    for new in rankings
                    if old.year is not None
                    # a placement without a year is one of the current edition
                    and (new.year is None or old.year < new.year)
                    and old.rank - new.rank == c.delta
                    and rc.same_entity(old.entity, c.entity)
                    and rc.same_entity(new.entity, c.entity)
                    and (old.category or "") == (new.category or "")
                }
                if len(years) == 1:
                    c = dataclasses.replace(c, since=years.pop())
            result.append(c)
        return result

    @staticmethod
    def _elided_moves(rankings: list[Ranking], add: object) -> None:
        """ "…, die Hochschule B von 35 auf 44": the rankings component reads both places of a move whose
        noun was left out from one span; the earlier one comes first."""
        by_span: dict[tuple[int, int], list[Ranking]] = {}
        for r in rankings:
            if r.found_by.endswith(":elided_from_to"):
                by_span.setdefault((r.start, r.end), []).append(r)
        for (s, e), pair in by_span.items():
            if len(pair) == 2 and rc.same_entity(pair[0].entity, pair[1].entity):
                add(pair[1].entity, pair[0].rank - pair[1].rank, None, s, e, "from_to")  # type: ignore[operator]

    @staticmethod
    def _clause(text: str, st: int, en: int, s: int, e: int) -> str:
        left = max(text.rfind(";", st, s), st)
        right_candidates = [i for i in (text.find(";", e, en),) if i != -1]
        right = min(right_candidates) if right_candidates else en
        return text[left:right]

    @staticmethod
    def _group(text: str, st: int, start: int, rankings: list[Ranking], n_values: int) -> list[str] | None:
        m = None
        for m in GROUP.finditer(text, st, start, timeout=REGEX_TIMEOUT):
            pass
        if m is None:
            return None
        if m["both"]:
            count = 2
        else:
            value = rc.cardinal_value(m["n"] or "")
            if value is None:
                return None
            count = value
        previous: list[str] = []
        for r in sorted(rankings, key=lambda r: r.start, reverse=True):
            # "der beiden Hochschulen A (Rang 14) und B (Rang 19), die drei
            # bzw. sechs Ränge gutmachten": also those placed earlier in the sentence
            if r.start >= start:
                continue
            if not any(rc.same_entity(r.entity, p) for p in previous):
                previous.append(r.entity)
            if len(previous) == count:
                break
        if len(previous) < count:
            return None
        previous.reverse()
        return previous

    @staticmethod
    def _entity(
        ctx: rc.DocContext, doc: Doc, sent: Span, s: int, e: int, rankings: list[Ranking]
    ) -> str | None:
        ms = rc.token_index_at(doc, s)
        me = rc.token_index_at(doc, max(s, e - 1)) + 1
        before = [r for r in rankings if r.start < s]
        # "Für Adorf ging es einen Rang nach oben": the one it went up for.
        if rc.re_search(
            r"(?i)(?<!\w)(?:geht|ging|gehe)\ses\s",
            rc.doc_text(doc)[sent.start_char : s],
            timeout=REGEX_TIMEOUT,
        ):
            for chunk in ctx.chunks:
                if chunk.preposition == "für" and sent.start <= chunk.start < ms:
                    return chunk.text
        discourse = rc.Discourse(
            last=before[-1].entity if before else None, fallback=rc.main_entity_fallback(ctx)
        )
        found = rc.entity_for(ctx, sent, ms, me, discourse)
        if found is None and before and before[-1].start >= sent.start_char - 300:
            # "freut sich über den Satz um 17 Plätze": the move of the entity just placed
            return before[-1].entity
        return found[0] if found else None

    @staticmethod
    def _moves(doc: Doc, sent: Span, rankings: list[Ranking], edition: int | None, add: object) -> None:
        """Two placements of one entity in a sentence with a verb of moving: the change between them."""
        inside = [r for r in rankings if sent.start_char <= r.start < sent.end_char]
        # "fällt auf Platz 4", "Rang 12 (Vorjahr: Rang 15)": a move is stated or set beside the year before
        if len(inside) < 2 or not (
            MOVE_VERB.search(rc.span_text(sent), timeout=REGEX_TIMEOUT)
            or rc.re_search(r"\(\s?Vorjahr", rc.span_text(sent), timeout=REGEX_TIMEOUT)
        ):
            return
        for i, first in enumerate(inside):
            for second in inside[i + 1 :]:
                if not rc.same_entity(first.entity, second.entity) or (first.category or "") != (
                    second.category or ""
                ):
                    continue
                if first.year is None or second.year is None or first.year == second.year:
                    continue
                old, new = (first, second) if first.year < second.year else (second, first)
                add(
                    new.entity,
                    old.rank - new.rank,
                    old.year,
                    min(old.start, new.start),
                    max(old.end, new.end),
                    "move",
                )  # type: ignore[operator]

    def set_annotations(self, doc: Doc, changes: list[RankChange]) -> None:
        set_facts(doc, "rank_changes", changes)

    @degrade_on_timeout("rank_changes")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_rank_changes",
    assigns=["doc._.pressextract_rank_changes"],
    requires=["doc._.pressextract_rankings"],
    default_config={},
)
def make_rank_changes(nlp: Language, name: str) -> RankChangeExtractor:
    return RankChangeExtractor(nlp, name)
