"""Points, stars and school grades given in an evaluation (GUIDELINES: scores).

Candidates: a value before a unit ("mit 77,8 Punkten", "62,5 von 100 möglichen Punkten",
"(8.40 Punkte)", "vier Sterne", "mit 7,45 und 7,30 Punkten") and a grade after its noun
("Note 2,5", "Gesamtnote eins", and the bare "(2,7)" that continues a "(Note 2,4)" list).
Validation drops differences, thresholds and scales ("Vorsprung von 0,3 Punkten", "trennen vier
Punkte", "maximal 20 erreichbare Punkte", "weniger als 45 Punkte"), takes the scale stated once as
the ``max`` of the values on it, and finds the entity in the clause (or the names listed after a
colon or in the next sentence).

Lists and tables go on without their unit: a value in parentheses, after a list item's colon, after
"mit"/"bei"/"auf"/an article, or before "erzielt" takes the unit of a score next to it, checked
against that score's scale ("Adorf (64,0 Punkte) vor Bedorf (61,7)", "die Kreisbank mit 2,84 auf
Rang drei"); a "|" table takes the unit its header names. A fact told twice is kept once.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import ranking_common as rc
from ..datepatterns import REGEX_TIMEOUT
from ..facts import get_facts, set_facts
from ..lexicons import lexicon_alternation, lexicon_set, load_lexicon
from ..records import Ranking, Score
from .guard import degrade_on_timeout

_VALUE = r"(?:\d{1,4}(?:[,.]\d{1,3})?|null|ein|eins|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)"
_GRADE_VALUE = r"(?:[1-6](?:,\d{1,2})?|eins|zwei|drei|vier|fünf|sechs)"
# A compound whose head is a grade noun: "Traumnote", "Top-Note", "Qualitätsurteil"
# ("Abitur-Durchschnittsnote"), never a footnote or a banknote
_GRADE_COMPOUND = (
    r"(?:(?!(?:Fuß|Bank|Rand)note)[A-ZÄÖÜ](?:[a-zäöüß]{2,20}|[\wäöüß]{1,20}-[A-ZÄÖÜ][a-zäöüß]{0,20})(?:note|urteil)"
    r"|[A-ZÄÖÜ][\wäöüß]{1,20}-(?:Note|Urteil))"
)


# Nouns that name the top of a scale: "die Bestnote von vier Sternen", "vier Sterne, die Bestnote".
TOP_OF_SCALE = ("Bestnote", "Höchstwertung", "Maximum", "Höchstpunktzahl")


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in load_lexicon("score_units"):
        written, _, base = line.partition("\t")
        out[written.strip()] = base.strip()
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern[str]]:
    units = "|".join(regex.escape(u) for u in sorted(_units(), key=len, reverse=True))
    grades = lexicon_alternation("score_grade_nouns")
    return {
        "points": regex.compile(
            # "(einer von vier Punkten)": the article counts one only before its scale
            rf"(?<![\w.,-])(?P<values>(?:einer|eine)(?=\svon\s)|{_VALUE}(?:\s(?:und|bzw\.|beziehungsweise|sowie)\s{_VALUE}){{0,3}})"
            r"(?:\s(?:von|aus)\s(?:insgesamt\s)?(?:maximal\s)?(?:möglichen\s)?(?P<max>"
            + _VALUE
            + r")(?:\s(?:möglichen|erreichbaren|maximal\smöglichen))?)?"
            # "mit 81,7 erreichten Punkten": a participle between the value and its unit
            rf"(?:\s(?:{lexicon_alternation('score_unit_participles')}))?"
            rf"\s(?P<unit>{units})(?![\w-])",
            regex.V1,
        ),
        "grade": regex.compile(
            # "Note: 2,2", "Gesamturteil von 1,93", "Top-Note 1,58", "(Note 2,7 bzw. 2,9)"
            rf"(?<![\w-])(?P<noun>{grades}|{_GRADE_COMPOUND}):?\s+(?:von\s|(?:(?:lag|liegt|betrug|beträgt)\s+)?(?:bei\s|mit\s)?)?"
            rf"(?P<values>{_GRADE_VALUE}(?:\s(?:und|bzw\.|beziehungsweise)\s{_GRADE_VALUE})?)(?![\d\w]|,\d)",
            regex.V1,
        ),
        # "die Note „gut“ (2,2)", "Gesamtnote „sehr gut“ (1,4)": the verbal grade with its number
        "worded_grade": regex.compile(
            rf"(?<![\w-])(?P<noun>{grades}|{_GRADE_COMPOUND})\s(?:[„“\"»][a-zäöüß ]{{2,20}}[“”\"«]|(?:sehr\s)?(?:{lexicon_alternation('score_grade_words')}))"
            rf"\s\((?P<values>[1-6](?:,\d{{1,2}})?)\)",
            regex.V1,
        ),
        # "schneidet mit „gut“ (2,3) ab": a quoted grade word with its number, without the noun
        "quoted_grade": regex.compile(
            rf"[„“\"»](?:sehr\s)?(?:{lexicon_alternation('score_grade_words')})[“”\"«]\s\((?P<values>[1-6](?:,\d{{1,2}})?)\)",
            regex.V1,
        ),
        # "wird mit 1,95 benotet": a value given as a grade by its verb
        "graded": regex.compile(
            rf"(?<![\w-])mit\s(?:der\s|einer\s)?(?P<values>[1-6],\d{{1,2}})\s(?:{lexicon_alternation('score_grade_verbs')})(?!\w)",
            regex.V1,
        ),
        # "(Gesamtwertung 87,4)", "eine Gesamtpunktzahl von 61,5", "Score 78,6": a value after a
        # noun of points; never a year or an ordinal ("Gesamtwertung 2021", "in der Gesamtwertung 5.")
        "point_noun": regex.compile(
            rf"(?<![\w-])(?P<noun>{lexicon_alternation('score_point_nouns')}|[A-ZÄÖÜ][a-zäöüß]{{2,20}}(?:punktzahl|wertung))"
            rf":?\s(?:von\s)?(?P<values>{_CARRIED_NUM})(?![\w-])(?!\s(?:{units}|Prozent|%)(?!\w))",
            regex.V1,
        ),
        "bare_grade": regex.compile(
            r"\((?:ebenfalls\s|auch\s|jeweils\s)?(?P<values>[1-6],\d{1,2})\)", regex.V1
        ),
        "scale": regex.compile(
            rf"(?:(?i:von\s(?:den\s)?(?:insgesamt\s)?(?:zu\serreichenden|möglichen|maximal)\s)(?P<max>{_VALUE})\s(?P<unit>{units})"
            rf"|(?i:maximal)\s(?P<max>{_VALUE})\s(?:erreichbare|mögliche)\s(?P<unit>{units})"
            # "18 oder mehr von 20 möglichen Punkten"
            rf"|(?i:von)\s(?:insgesamt\s)?(?P<max>{_VALUE})\s(?:möglichen|erreichbaren|zu\serreichenden)\s(?P<unit>{units})"
            # "Punkteskala von 1 bis 50"
            rf"|(?P<unit>Punkte)-?(?i:skala)\s(?:von\s)?\d{{1,3}}\s(?:bis|-|–)\s(?P<max>\d{{1,4}})"
            # "Je Betrieb können 40 Umweltpunkte erreicht werden": what can be reached is the top
            rf"|(?P<max>{_VALUE})\s(?P<unit>{units}|[A-ZÄÖÜ][a-zäöüß]{{2,20}}punkte)\s(?:können|kann)\s"
            r"(?:[a-zäöüß]+\s){0,3}(?:erreicht|erzielt|vergeben|gesammelt)\swerden"
            rf"|(?<=(?:können|kann)\s(?:[A-Za-zäöüß]+\s){{0,3}})(?P<max>{_VALUE})\s"
            rf"(?P<unit>{units}|[A-ZÄÖÜ][a-zäöüß]{{2,20}}punkte)\s(?:erreicht|erzielt|vergeben|gesammelt)\swerden"
            rf"|(?:{'|'.join(TOP_OF_SCALE)})\s(?:von\s)?(?P<max>{_VALUE})\s(?P<unit>{units})"
            # "bekam vier Sterne, die Bestnote": the value given is the scale's top
            rf"|(?P<max>{_VALUE})\s(?P<unit>{units}),?\s(?:und\s(?:damit\s)?)?(?:die|das)\s"
            rf"(?:{'|'.join(TOP_OF_SCALE)})"
            rf"|(?i:bis\szu)\s(?P<max>{_VALUE})\s(?P<unit>{units})"
            # "nach einer Sechs-Punkte-Skala", "die 7-Sterne-Skala"
            rf"|(?<![\w-])(?P<max>(?i:{_VALUE}))-(?P<unit>{units})-Skala)(?![\w-])",
            regex.V1,
        ),
    }


# A value whose unit is carried over from a score next to it: only German decimals and whole numbers,
# never a thousands group or an ordinal ("14.").
_CARRIED_NUM = r"(?:\d{1,4},\d{1,3}|\d{1,4}(?!\.))(?![\d]|[,.]\d)"


@lru_cache(maxsize=1)
def _carried_patterns() -> tuple[regex.Pattern[str], ...]:
    """Values written without their unit in a list or table of scores: the unit (and the scale) of
    the score next to them is theirs ("Adorf (64,0 Punkte) vor Bedorf (61,7) und Talheim (59,2)")."""
    fillers = lexicon_alternation("score_carried_fillers")
    return (
        # "Bedorf (61,7)", "(TSV Talheim/48,65)", "(Adorfien, 6)", "(58,3/5.)", "(beide 9,85)",
        # "(2,10; Vorjahr: 1,95)": a parenthesis that holds the value, a label before it at most
        regex.compile(
            rf"(?<![\n]|^|\n\s)\((?:[^()\d\n]{{0,40}}?[/,:]\s?|(?:{fillers})\s)?(?P<v>{_CARRIED_NUM})(?:\s?/\s?\d{{1,3}}\.)?"
            rf"(?:;\s?[^()\d\n;]{{0,20}}:\s?(?P<v2>{_CARRIED_NUM})|\svon\s(?P<max>{_CARRIED_NUM}))?\)",
            regex.V1,
        ),
        # "MV Talheim: 87,35 Punkte, … ⏎ MK Adorf (Tirol): 88,10, …": a list item's value after a colon
        regex.compile(rf"(?<=[\w)]):\s(?P<v>{_CARRIED_NUM})(?=\s?[,;\n]|\s?$)", regex.V1),
        # "die Kreisbank Adorf mit 2,84 auf Rang drei", "liegen bei 2,48", "bloß eine 3,15", "mit einer
        # sehr guten 1,62", "auf einen Wert von 2,17": a value after a preposition or an article, followed
        # by no noun (a noun after it is its own unit: "mit 25 Teilnehmern", "mit 25 weiteren Teams")
        regex.compile(
            rf"(?<![\w-])(?i:mit|bei|auf|eine|einer|einem|einen|Wert\svon)\s"
            # a whole number right after the preposition may end the sentence ("B auf 53."); after an
            # article it is an ordinal ("auf den 4. Rang")
            rf"(?:(?:[a-zäöüß]+\s){{0,4}}?(?P<v>{_CARRIED_NUM})|(?P<v>\d{{1,4}})(?=\.(?:\s|$)))"
            r"(?=\s?[.,;)](?!\d)|\s\(|\s(?!zu\s)(?:"
            + "|".join(
                sorted(rc.PREPOSITIONS | rc.ARTICLES | {"und", "sowie", "bzw."}, key=len, reverse=True)
            )
            + r")\s|\s(?!zu\s)[a-zäöüß]+(?:\s[a-zäöüß(]|[.,;)]|$))",
            regex.V1,
        ),
        # "1,84 erzielt die Bahn Adorf", "1,6 vergibt der Verein für Heimatpflege": a decimal that opens its
        # clause, before the verb that gives or earns it
        regex.compile(
            r"(?:^|(?<=[:;,.]\s|\n))(?P<v>\d{1,4},\d{1,3})\s"
            rf"(?:{lexicon_alternation('score_value_verbs')})(?!\w)",
            regex.V1,
        ),
    )


# Fewer characters between two equal values make them a tie in one list, not a fact told twice.
_TWIN_DISTANCE = 150

# Prepositions before a name that still make it a competitor scored ("gemeinsam mit X (6,5)").
_COMPETITOR_PREPOSITIONS = frozenset({"mit", "vor", "hinter", "nach", "gegen"})

# Most characters between a carried value and the score whose unit it takes.
# A grade (a decimal from 1 to 6 after "eine", "mit", "bei") is told apart from other numbers by
# its form, so a text of grades carries its unit further than one of points: over a few paragraphs
# ("Die Note 1,7 … Im Bereich Beratung bekam sie eine 1,3").
_CARRY_GAP = {"Note": 1200}


@lru_cache(maxsize=1)
def _rater_nouns() -> frozenset[str]:
    return lexicon_set("score_rater_nouns")


@lru_cache(maxsize=1)
def _grade_nouns() -> frozenset[str]:
    return lexicon_set("score_grade_nouns")


@lru_cache(maxsize=1)
def _not_score_cues() -> frozenset[str]:
    return lexicon_set("score_not_score_cues", casefold=True) | {"zwischen"}


def parse_value(text: str) -> float | None:
    """ "72,6" -> 72.6, "8.35" -> 8.35, "1.000" -> 1000.0 (three digits after a point group thousands), "fünf" -> 5."""
    t = text.strip()
    if t.casefold() == "null":  # "mit null Punkten"
        return 0.0
    if rc.re_fullmatch(r"\d{1,3}\.\d{3}", t):
        return float(t.replace(".", ""))
    return rc.decimal_value(t)


@dataclass
class _Cand:
    values: list[float]
    max: float | None
    unit: str
    start: int
    end: int
    kind: str


class ScoreExtractor:
    """Scores by pattern, validated against differences, thresholds and scales."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def _is_difference(
        self, text: str, st: int, en: int, s: int, e: int, scale_spans: list[tuple[int, int]]
    ) -> bool:
        clause_start = max(
            text.rfind(",", st, s), text.rfind(";", st, s), st, *(b for a, b in scale_spans if st <= b <= s)
        )
        # "Zwischen Rang 3 und Rang 8 liegen 2,7 Punkte": a span between two places is a difference
        if rc.re_search(r"(?i)(?<!\w)zwischen\s", text[clause_start:s], timeout=REGEX_TIMEOUT):
            return True
        left_bound = max(clause_start, text.rfind(" und ", st, s))
        before = text[max(left_bound, s - 60) : s]
        after = text[e : min(en, e + 15)]
        # "legte um vier Punkte auf 2,71 zu": a change, not a score
        if rc.re_search(
            r"(?<!\w)um\s(?:rund\s|knapp\s|etwa\s|gut\s|fast\s)?$",
            text[max(st, s - 20) : s],
            timeout=REGEX_TIMEOUT,
        ):
            return True
        # "zwei Punkte vor Beispielhausen", "vier Punkte hinter dem Zweiten": a gap between two
        if rc.re_match(r"\s(?:Vorsprung|Rückstand|Abstand)(?!\w)", after, timeout=REGEX_TIMEOUT):
            return True
        # "mit 47,35 Punkten vor dem Team X" is the winner's score; "zwei Punkte vor X" is a gap
        if rc.re_match(r"\s(?:vor|hinter)(?!\w)", after, timeout=REGEX_TIMEOUT) and not rc.re_search(
            r"(?<!\w)mit\s(?:jeweils\s|nur\s|genau\s)?$", text[max(st, s - 20) : s], timeout=REGEX_TIMEOUT
        ):
            return True
        # "143 Punkte mehr als", "weniger als 45 Punkte", "mit 92 Punkten oder höher", "ab 92 Punkten":
        # a difference or a threshold
        comparative = lexicon_alternation("score_comparatives")
        if rc.re_match(
            rf"\s(?:oder\s)?(?:{comparative})(?!\w)", after, timeout=REGEX_TIMEOUT
        ) or rc.re_search(
            rf"(?<!\w)(?:(?:{comparative})\sals|mindestens|ab)\s$", before, timeout=REGEX_TIMEOUT
        ):
            return True
        words = {
            w.casefold()
            for w in rc.re_findall(r"\w+", before + " " + after.split(",")[0], timeout=REGEX_TIMEOUT)
        }
        heads = tuple(lexicon_set("score_not_score_heads", casefold=True))
        return bool(words & _not_score_cues()) or any(w.endswith(heads) for w in words)

    def match(self, doc: Doc) -> list[Score]:
        text = rc.doc_text(doc)
        ctx = rc.build_context(doc)
        rankings = get_facts(doc, "rankings")
        _, _, edition = rc.doc_ranking_names(doc)
        pats = _patterns()
        units_alt = "|".join(regex.escape(u) for u in sorted(_units(), key=len, reverse=True))
        scales: dict[str, float] = {}
        scale_spans: list[tuple[int, int]] = []
        # a scale stated next to a list gives the list its unit ("nach einer Sechs-Punkte-Skala: … A (5,2)")
        scale_anchors: list[tuple[int, int, str, float]] = []
        for m in pats["scale"].finditer(text, timeout=REGEX_TIMEOUT):
            value = parse_value(m["max"])
            if value is not None:
                unit = _units().get(m["unit"], "Punkte")  # a compound "-punkte" counts points
                scales.setdefault(unit, value)
                # "bekommt die Bestnote von vier Sternen", "vier Sterne, die Bestnote": the scale's
                # top, given to someone
                if not any(top.casefold() in m.group(0).casefold() for top in TOP_OF_SCALE):
                    scale_spans.append((m.start(), m.end()))
                    scale_anchors.append((m.start(), m.end(), unit, value))
        # the scales stated on their own, before single values add their "von N" to them
        stated = dict(scales)
        out: list[Score] = []
        grade_list = False
        prev_end = 0
        for sent in rc.sentences(doc):
            st, en = sent.start_char, sent.end_char
            cands: list[_Cand] = []
            # "Adorf (Note 2,4) liegt vorn ... Rang 3. Bedorf (2,8) folgt ...": a list of grades
            # goes on over the sentences of its paragraph
            if "\n" in text[prev_end:st]:
                grade_list = False
            prev_end = en
            for kind in (
                "points",
                "grade",
                "worded_grade",
                "quoted_grade",
                "graded",
                "point_noun",
                "bare_grade",
            ):
                for m in pats[kind].finditer(text, st, en, timeout=REGEX_TIMEOUT):
                    if any(
                        (a <= m.start() < b or a < m.end() <= b)
                        # "712 von möglichen 800 Punkten": the scale read as this value's max
                        and not (kind == "points" and m["max"] and m.start("max") < b <= m.end())
                        for a, b in scale_spans
                    ):
                        continue
                    if kind == "bare_grade" and not grade_list:
                        continue
                    if any(c.start < m.end() and m.start() < c.end for c in cands):
                        continue  # "Note „gut“ (2,2)" was read already
                    raw_values = rc.re_split(r"\s(?:und|bzw\.|beziehungsweise|sowie)\s", m["values"])
                    values = [parse_value(v) for v in raw_values]
                    if any(v is None for v in values):
                        continue
                    if kind == "points":
                        unit = _units()[m["unit"]]
                        if self._is_difference(text, st, en, m.start(), m.end(), scale_spans):
                            continue
                        maximum = parse_value(m["max"]) if m["max"] else None
                        if maximum is not None:
                            scales.setdefault(unit, maximum)
                    elif kind == "point_noun":
                        unit, maximum = "Punkte", None
                        if "," not in m["values"] and 1900 <= (values[0] or 0) <= 2100:
                            continue
                    else:
                        unit = "Note"
                        maximum = None
                        # "die Bestnote von vier Sternen" is a scale's top; "die Bestnote von 1,2" a grade
                        if (
                            kind in {"grade", "worded_grade"}
                            and m["noun"] == "Bestnote"
                            and rc.re_match(
                                rf"\s(?:{units_alt})(?!\w)", text[m.end() : en], timeout=REGEX_TIMEOUT
                            )
                        ):
                            continue
                        grade_list = True
                    start, end = (
                        (m.start("values"), m.end("values")) if kind == "bare_grade" else (m.start(), m.end())
                    )
                    cands.append(_Cand([v for v in values if v is not None], maximum, unit, start, end, kind))
            cands.sort(key=lambda c: c.start)
            for cand in cands:
                # "Talheim (6,8 Punkte)", "MV Adorf: 87,35 Punkte, sehr gut": the name before the
                # parenthesis or the colon that opens the value
                opens = text[max(0, cand.start - 2) : cand.start]
                named = self._named_before(ctx, text, cand.start) if opens.endswith(("(", ": ")) else None
                self._emit(doc, ctx, sent, cand, rankings, edition, out, named)
        out = self._carried(doc, ctx, text, out, stated, scale_anchors, rankings, edition)
        out = self._table(doc, ctx, text, out, rankings, edition)
        # A scale stated once is the max of every value on it ("von 50 möglichen Punkten").
        final: list[Score] = []
        for score in out:
            if (
                score.max is None
                and score.unit in scales
                and score.value <= scales[score.unit]
                and score.unit != "Note"
            ):
                score = Score(
                    score.entity,
                    score.value,
                    scales[score.unit],
                    score.unit,
                    score.category,
                    score.year,
                    score.start,
                    score.end,
                    score.found_by,
                )
            final.append(score)
        return self._once(self._tied(ctx, text, final))

    @staticmethod
    def _tied(ctx: rc.DocContext, text: str, scores: list[Score]) -> list[Score]:
        """ "kam auf eine Note von 2,61, gleichauf mit der Kreisbank Adorf": the name tied with
        the scored one has the same score."""
        out: list[Score] = []
        for score in scores:
            out.append(score)
            tie = rc.re_match(
                r"[^.;:!?]{0,40}?(?<!\w)(?:gleichauf|punktgleich|gleichauf\sliegend)\smit\s(?:(?:der|dem|den)\s)?",
                text[score.end : score.end + 80],
                timeout=REGEX_TIMEOUT,
            )
            if tie is None:
                continue
            first = score.end + tie.end()
            other = next((c for c in ctx.chunks if c.char_start == first), None)
            if other is not None and (score.entity is None or not rc.same_entity(score.entity, other.text)):
                out.append(replace(score, entity=rc.full_name(ctx, other.text, first)))
        return out

    @staticmethod
    def _once(scores: list[Score]) -> list[Score]:
        """A fact told twice (in the headline and the text, "die Note 2,1 … mit ihrer 2,1") is one
        score: the same value and unit of the same entity (or of none named) in the same category."""
        kept: list[Score] = []
        for score in scores:
            twin = next(
                (
                    i
                    for i, k in enumerate(kept)
                    if (k.value, k.unit, k.max) == (score.value, score.unit, score.max)
                    and k.category == score.category
                    # "A (2,85) und B (2,85)": a tie within a list is two facts
                    and abs(score.start - k.start) > _TWIN_DISTANCE
                    and (k.entity is None or score.entity is None or rc.same_entity(k.entity, score.entity))
                ),
                None,
            )
            if twin is None:
                kept.append(score)
            elif kept[twin].entity is None and score.entity is not None:
                kept[twin] = score
        return kept

    def _carried(
        self,
        doc: Doc,
        ctx: rc.DocContext,
        text: str,
        out: list[Score],
        scales: dict[str, float],
        scale_anchors: list[tuple[int, int, str, float]],
        rankings: list[Ranking],
        edition: int | None,
    ) -> list[Score]:
        """Values that take the unit of a score next to them (a list or table goes on without
        repeating its unit); a chain of them may go on from one to the next."""
        taken = [(sc.start, sc.end) for sc in out] + [(a, b) for a, b, _, _ in scale_anchors]
        sents = rc.sentences(doc)
        starts = [sn.start_char for sn in sents]
        pending: list[tuple[_Cand, bool, bool]] = []
        for kind, pat in enumerate(_carried_patterns()):
            for m in pat.finditer(text, timeout=REGEX_TIMEOUT):
                groups = m.groupdict()
                raw = [m["v"]] + ([groups["v2"]] if groups.get("v2") else [])
                start, end = m.start("v"), m.end("v2") if groups.get("v2") else m.end("v")
                if any(a < end and start < b for a, b in taken) or any(
                    c.start < end and start < c.end for c, _, _ in pending
                ):
                    continue
                if kind == 0 and "," not in m["v"] and not groups.get("max"):
                    # "Trainer Max Kurz (58)": a whole number after a person's name is the age
                    person = self._chunk_before(ctx, text, start)
                    if person is not None and rc.is_person_chunk(person):
                        continue
                values = [parse_value(v) for v in raw]
                maximum = parse_value(groups["max"]) if groups.get("max") else None
                if any(v is None for v in values):
                    continue
                cand = _Cand([v for v in values if v is not None], maximum, "", start, end, "carried")
                if kind == 3:
                    # "1,84 erzielt die Bahn Adorf": the subject after the verb is scored
                    cand = _Cand(cand.values, None, "", start, m.end(), "carried_verb")
                pending.append((cand, all("," in r for r in raw), kind == 2))
        anchors = [(sc.start, sc.end, sc.unit, sc.value) for sc in out] + scale_anchors
        accepted: list[_Cand] = []
        changed = True
        while changed and pending:
            changed = False
            for item in list(pending):
                cand, decimal, after_word = item
                near = min(anchors, key=lambda a: max(cand.start - a[1], a[0] - cand.end), default=None)
                # a decimal alone in parentheses or after a list item's colon ("A (TSV Adorf/48,65)")
                # is a score in a text of decimal scores, a paragraph away from the last one
                if near is None:
                    continue
                gap = _CARRY_GAP.get(near[2], 600 if decimal and not after_word else 200)
                if max(cand.start - near[1], near[0] - cand.end) > gap:
                    continue
                # "A kommt auf 57 Punkte, B auf 53": points after a preposition take the unit of a
                # score in their own sentence only ("Die Zahl wuchs von 80 auf 110." counts)
                if (
                    after_word
                    and near[2] != "Note"
                    and bisect_right(starts, near[0]) != bisect_right(starts, cand.start)
                ):
                    continue
                unit = near[2]
                top = cand.max if cand.max is not None else scales.get(unit)
                if not all(self._plausible(v, decimal, unit, near[3], top) for v in cand.values):
                    continue
                pending.remove(item)
                cand.unit = unit
                accepted.append(cand)
                anchors.append((cand.start, cand.end, unit, cand.values[0]))
                changed = True
        if not accepted:
            return out
        carried: list[Score] = []
        for cand in accepted:
            sent = sents[max(0, bisect_right(starts, cand.start) - 1)]
            if cand.kind == "carried_verb":
                named = self._named_after(ctx, text, cand.end)
                cand.kind = "carried"
            else:
                named = self._named_before(ctx, text, cand.start)
            self._emit(doc, ctx, sent, cand, rankings, edition, carried, named)
        return sorted(out + carried, key=lambda sc: sc.start)

    def _table(
        self,
        doc: Doc,
        ctx: rc.DocContext,
        text: str,
        out: list[Score],
        rankings: list[Ranking],
        edition: int | None,
    ) -> list[Score]:
        """A table written with "|" whose header names a unit ("Verein | Punkte |"): each row's number
        in that column is a score of the row's name next to it."""
        sents = rc.sentences(doc)
        starts = [sn.start_char for sn in sents]
        found: list[Score] = []
        column: int | None = None
        unit = ""
        pos = 0
        for line in text.split("\n"):
            line_start, pos = pos, pos + len(line) + 1
            if line.count("|") < 2:
                column = None
                continue
            cells = line.split("|")
            if column is None:
                heads = [
                    _units().get(c.strip()) or ("Note" if c.strip() in _grade_nouns() else None)
                    for c in cells
                ]
                column = next((i for i, h in enumerate(heads) if h), None)
                unit = next((h for h in heads if h), "")
                continue
            if column >= len(cells) or column == 0:
                continue
            cell = cells[column]
            number = rc.re_search(rf"^\s*(?P<v>{_CARRIED_NUM})\s*$", cell, timeout=REGEX_TIMEOUT)
            value = parse_value(number["v"]) if number else None
            name = cells[column - 1].strip()
            if number is None or value is None or not name or name[:1].isdigit():
                continue
            start = line_start + sum(len(c) + 1 for c in cells[:column]) + number.start("v")
            end = start + len(number["v"])
            if any(sc.start < end and start < sc.end for sc in out):
                continue
            sent = sents[max(0, bisect_right(starts, start) - 1)]
            # "Land | Verein | Punkte": a text column before the name groups the rows
            group = next(
                (c.strip() for c in cells[: column - 1] if c.strip() and not c.strip()[:1].isdigit()), None
            )
            cand = _Cand([value], None, unit, start, end, "table")
            self._emit(doc, ctx, sent, cand, rankings, edition, found, name, group)
        return sorted(out + found, key=lambda sc: sc.start) if found else out

    @classmethod
    def _named_before(cls, ctx: rc.DocContext, text: str, start: int) -> str | None:
        """ "Bedorf (Hessen, 38)", "MK Bedorf (Tirol): 88,10": the name right before the parenthesis
        or the colon that holds the value."""
        chunk = cls._chunk_before(ctx, text, start)
        if (
            chunk is not None
            and chunk.prepositional
            and (chunk.preposition or "").casefold() in {"in", "aus"}
        ):
            # "der Kreis Adorf in Sachsen (79,6 Punkte)": the name before its place
            owner = next(
                (
                    c
                    for c in ctx.chunks
                    if c.char_end < chunk.char_start
                    and rc.re_fullmatch(
                        r"\s(?:in|aus)\s", text[c.char_end : chunk.char_start], timeout=REGEX_TIMEOUT
                    )
                ),
                None,
            )
            if owner is not None and not owner.prepositional:
                return owner.text
        # "beim Lärmschutz (0 von 2)", "im Bereich Beratung (3,5)": a field, not who is scored;
        # "gemeinsam mit X (6,5)", "hinter X (6)" name a competitor
        if chunk is None or (
            chunk.prepositional and (chunk.preposition or "").casefold() not in _COMPETITOR_PREPOSITIONS
        ):
            return None
        return chunk.text

    @staticmethod
    def _named_after(ctx: rc.DocContext, text: str, end: int) -> str | None:
        """ "erzielt die Bahn Adorf": the name after the verb and its article."""
        article = rc.re_match(
            r"\s+(?:(?:der|die|das|den|dem)\s+)?", text[end : end + 10], timeout=REGEX_TIMEOUT
        )
        first = end + (article.end() if article else 0)
        return next((c.text for c in ctx.chunks if c.char_start == first and not c.prepositional), None)

    @staticmethod
    def _chunk_before(ctx: rc.DocContext, text: str, start: int) -> rc.NameChunk | None:
        """The name chunk that ends right before the parenthesis or colon holding ``start``."""
        colon = rc.re_search(
            r"(?:\s?\([^()\n]{1,30}\))?:\s?$", text[max(0, start - 40) : start], timeout=REGEX_TIMEOUT
        )
        if colon is not None:
            before = max(0, start - 40) + colon.start()
        else:
            paren = text.rfind("(", max(0, start - 45), start)
            if paren < 0 or ")" in text[paren:start]:
                return None
            before = paren
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        chunk = next((c for c in ctx.chunks if c.char_end == before), None)
        # "Kammerchor Adorf / Bayern (21,8)": the name before the slash, the region after it
        slash = (
            rc.re_search(
                r"\s?/\s?$", text[max(0, chunk.char_start - 3) : chunk.char_start], timeout=REGEX_TIMEOUT
            )
            if chunk
            else None
        )
        if chunk is not None and slash is not None:
            end = max(0, chunk.char_start - 3) + slash.start()
            chunk = next((c for c in ctx.chunks if c.char_end == end), chunk)
        return chunk

    @staticmethod
    def _plausible(value: float, decimal: bool, unit: str, near: float, top: float | None) -> bool:
        """A carried value on the scale of the score it follows: a school grade from 1 to 6, points
        up to the scale's top (or one order of magnitude around the neighbour's value), never a year."""
        if unit == "Note":
            # "mit einer 2 vor dem Komma": a whole number alone is no grade
            return 1.0 <= value <= 6.0 and decimal
        if not decimal and 1900 <= value <= 2100:
            return False
        if top is not None:
            return 0.0 <= value <= top
        if unit == "Sterne":
            return 0.0 <= value <= 5.0
        return 0.0 <= value <= max(10.0 * near, 10.0) and value >= near / 20.0

    def _emit(
        self,
        doc: Doc,
        ctx: rc.DocContext,
        sent: Span,
        cand: _Cand,
        rankings: list[Ranking],
        edition: int | None,
        out: list[Score],
        named: str | None = None,
        group: str | None = None,
    ) -> None:
        text = rc.doc_text(doc)
        year, _ = rc.clause_year(doc, sent, cand.start, cand.end, edition)
        category = group or rc.clause_category(doc, sent, cand.start)
        entities = [named] if named is not None else self._entities(doc, ctx, sent, cand, rankings)
        pairs: list[tuple[str | None, float]]
        if len(cand.values) > 1 and len(entities) == len(cand.values):
            pairs = list(zip(entities, cand.values))
        elif len(cand.values) == 1 and len(entities) > 1:
            pairs = [(e, cand.values[0]) for e in entities]
        else:
            entity = entities[0] if len(entities) == 1 else None
            pairs = [(entity, v) for v in cand.values]
        for entity, value in pairs:
            if entity is not None:
                entity = rc.full_name(ctx, entity, cand.start)
                # "an das Gymnasium Adorf 86 Punkte": the value read into the name is cut off
                entity = rc.re_sub(r"\s\d[\d,.]*$", "", entity, timeout=REGEX_TIMEOUT) or None
            if entity is not None and self._not_scored(entity):
                entity = None
            score_category = category
            if score_category is None and entity is not None:
                # "Kategoriesieger wurde X mit 88 Punkten": the category of X's placement here
                score_category = next(
                    (
                        r.category
                        for r in rankings
                        if r.category
                        and sent.start_char <= r.start < sent.end_char
                        and rc.same_entity(r.entity, entity)
                    ),
                    None,
                )
            out.append(
                Score(
                    entity,
                    value,
                    cand.max,
                    cand.unit,
                    score_category,
                    year,
                    cand.start,
                    cand.end,
                    f"{self.name}:{cand.kind}",
                )
            )
        del text

    @staticmethod
    def _not_scored(entity: str) -> bool:
        """ "beurteilten die Nutzer mit 2,1", "Autor des Berichts", "die Produkttester": who gives the
        score; "der Wert betrug 4,4", "Digital Score", "Außerdem": no name at all."""
        words = entity.split()
        first, last = words[0].casefold(), words[-1].casefold()
        raters = tuple(r.casefold() for r in _rater_nouns())
        return (
            first.endswith(raters)
            or last in raters
            or last in lexicon_set("score_not_entities", casefold=True)
            or (len(words) == 1 and first in lexicon_set("score_not_entities", casefold=True))
        )

    def _entities(
        self, doc: Doc, ctx: rc.DocContext, sent: Span, cand: _Cand, rankings: list[Ranking]
    ) -> list[str]:
        text = rc.doc_text(doc)
        st = sent.start_char
        # "Drei davon bekamen bloß einen Stern („mangelhaft“): A, B und C."
        colon = rc.re_match(
            r"[^:.;]{0,60}:\s(?P<list>[^.;:]{3,300})", text[cand.end : sent.end_char], timeout=REGEX_TIMEOUT
        )
        if colon:
            list_start = cand.end + colon.start("list")
            listed = self._names_in(ctx, doc, list_start, cand.end + colon.end("list"))
            if listed:
                return listed
        # "14 Anbieter bekamen vier Sterne": a counted subject names no one.
        # "Drei Runden vor dem Ende steht fest: Der SV A, B und C …": the clause after a colon
        head = text[st : cand.start].rsplit(": ", 1)[-1]
        counted = rc.re_match(
            r"\s*(?P<n>\d{1,6}|[A-ZÄÖÜ]?[a-zäöü]+zig|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf)\s(?:davon\s|[A-ZÄÖÜ]\w+\s)",
            head,
            timeout=REGEX_TIMEOUT,
        )
        if counted:
            # "Drei Winzerinnen erhielten 18,5 Punkte. Darunter sind A von X, B vom Y und C.": the names
            # the next sentence lists, as many as counted
            return self._listed_next(ctx, doc, sent, rc.cardinal_value(counted["n"]))
        ms = rc.token_index_at(doc, cand.start)
        me = rc.token_index_at(doc, max(cand.start, cand.end - 1)) + 1
        if len(cand.values) > 1:
            inside = [r for r in rankings if st <= r.start < sent.end_char]
            if len(inside) == len(cand.values):
                return [r.entity for r in sorted(inside, key=lambda r: r.rank)]
        # "5. Rang mit 84,5 Punkten", "(9. Platz mit 71,2 Punkten)": the placement's entity.
        for r in rankings:
            if (
                r.end <= cand.start
                and cand.start - r.end <= 6
                and rc.re_fullmatch(r"\s(?:mit|und)\s?", text[r.end : cand.start], timeout=REGEX_TIMEOUT)
            ):
                return [r.entity]
        # "7,4 von 10 Punkten gaben die Befragten an die Hochschule X": the recipient after "an"
        giving = r"(?:vergaben|vergab|vergibt|vergeben|verliehen|verlieh|verleihen|gaben|gab|geben)"
        recipient = rc.re_match(
            rf"[^,;.]{{0,30}}?\s{giving}\s[^,;.]{{0,60}}?\san\s(?:die|den|das|dem|der)?\s?",
            text[cand.end : sent.end_char],
            timeout=REGEX_TIMEOUT,
        )
        if recipient is None and rc.re_search(
            rf"(?<!\w){giving}\s[^,;.]{{0,40}}$", text[st : cand.start], timeout=REGEX_TIMEOUT
        ):
            # "Die Jury vergab 87 Punkte an das Gymnasium X"
            recipient = rc.re_match(
                r"[^,;.]{0,20}?\san\s(?:die|den|das|dem|der)?\s?",
                text[cand.end : sent.end_char],
                timeout=REGEX_TIMEOUT,
            )
        if recipient is not None:
            chunk = ctx.chunk_at(rc.token_index_at(doc, cand.end + recipient.end()))
            if chunk is not None:
                return [chunk.text]
        before = [r for r in rankings if r.start < cand.start]
        discourse = rc.Discourse(
            last=before[-1].entity if before else None, fallback=rc.main_entity_fallback(ctx)
        )
        found = rc.entity_for(ctx, sent, ms, me, discourse)
        if found is None:
            return []
        # "Vier Sterne bekamen die A AG, die B AG und die C AG": all the names listed after it
        listed = self._listed_after(ctx, doc, sent, found)
        if found[1] < ms:
            # "Die A AG, die B AG und die C AG bekamen jeweils vier Sterne"
            listed = self._listed_before(ctx, doc, sent, found)
        if len(listed) > 1 and len(cand.values) == 1:
            return listed
        # "Adorf Leben und Bedorf Vorsorge bekamen jeweils drei Sterne"
        chunk = ctx.chunk_at(found[1])
        if (
            chunk is not None
            and chunk.text == found[0]
            and chunk.start >= 2
            and rc.doc_words(doc)[chunk.start - 1] == "und"
        ):
            first = ctx.chunk_at(chunk.start - 2)
            if (
                first is not None
                and not first.prepositional
                and rc.re_search(r"(?i)\bjeweils\b", text[chunk.char_end : cand.start], timeout=REGEX_TIMEOUT)
            ):
                return [first.text, found[0]]
        return [found[0]]

    @staticmethod
    def _listed_next(ctx: rc.DocContext, doc: Doc, sent: Span, count: int | None) -> list[str]:
        sents = rc.sentences(doc)
        following = next((sn for sn in sents if sn.start_char >= sent.end_char), None)
        if following is None or count is None or count < 2:
            return []
        text = rc.doc_text(doc)
        cue = rc.re_match(
            r"\s*(?:(?:Dazu|Darunter|Hierzu)\s(?:zählen|gehören|sind)|(?:Das|Dies|Es)\ssind)\s",
            text[following.start_char : following.end_char],
            timeout=REGEX_TIMEOUT,
        )
        if cue is None:
            return []
        first = following.start_char + cue.end()
        # the list may run over lines the sentence splitter took for sentences: up to its full stop
        stop = rc.re_search(r"\.(?:\s|$)", text[first : first + 500], timeout=REGEX_TIMEOUT)
        last = first + stop.start() if stop else following.end_char
        # the names that open the list's items: after the cue, a comma or "und" (the places named
        # with "von", "in" after each are not listed)
        names = [
            c.text
            for c in ctx.chunks
            if first <= c.char_start
            and c.char_end <= last
            and (
                c.char_start == first
                or rc.re_search(
                    r"(?:,|(?<!\w)und|(?<!\w)sowie)\s*$", text[first : c.char_start], timeout=REGEX_TIMEOUT
                )
            )
        ]
        return names if len(names) == count else []

    @staticmethod
    def _listed_after(ctx: rc.DocContext, doc: Doc, sent: Span, found: tuple[str, int]) -> list[str]:
        chunk = ctx.chunk_at(found[1])
        if chunk is None or chunk.text != found[0]:
            return [found[0]]
        words = rc.doc_words(doc)
        names = [chunk.text]
        k = chunk.end
        while k < sent.end and len(names) < 20:
            joined = False
            while k < sent.end and (words[k] in {",", "und", "sowie"} or words[k].lower() in rc.ARTICLES):
                joined = joined or words[k] in {",", "und", "sowie"}
                k += 1
            nxt = ctx.chunk_at(k) if joined and k < sent.end else None
            if nxt is None or nxt.start != k:
                break
            names.append(nxt.text)
            k = nxt.end
        return names

    @staticmethod
    def _listed_before(ctx: rc.DocContext, doc: Doc, sent: Span, found: tuple[str, int]) -> list[str]:
        chunk = ctx.chunk_at(found[1])
        if chunk is None or chunk.text != found[0] or chunk.prepositional:
            return [found[0]]
        words = rc.doc_words(doc)
        names = [chunk.text]
        k = chunk.start - 1
        saw_und = False
        while k >= sent.start and len(names) < 20:
            joiner = False
            while k >= sent.start and (words[k] in {",", "und", "sowie"} or words[k].lower() in rc.ARTICLES):
                joiner = joiner or words[k] in {",", "und", "sowie"}
                saw_und = saw_und or words[k] in {"und", "sowie"}
                k -= 1
            prev = ctx.chunk_at(k) if joiner and k >= sent.start else None
            if prev is None or prev.end != k + 1 or prev.prepositional:
                break
            names.append(prev.text)
            k = prev.start - 1
        # a list ends in "und": "A, B und C"; "A, B" alone may be an apposition
        return list(reversed(names)) if saw_und else [found[0]]

    @staticmethod
    def _names_in(ctx: rc.DocContext, doc: Doc, start: int, end: int) -> list[str]:
        names: list[str] = []
        for chunk in ctx.chunks:
            if start <= chunk.char_start and chunk.char_end <= end:
                names.append(chunk.text)
        # the list must be only names joined by commas and "und"
        rest = rc.doc_text(doc)[start:end]
        for n in names:
            rest = rest.replace(n, "", 1)
        if (
            # "die A und die B": articles before the names
            rc.re_fullmatch(
                r"[\s,]*(?:(?:und|sowie|der|die|das|den|dem|,)[\s,]*)*", rest, timeout=REGEX_TIMEOUT
            )
            and len(names) >= 2
        ):
            return names
        return []

    def set_annotations(self, doc: Doc, scores: list[Score]) -> None:
        set_facts(doc, "scores", scores)

    @degrade_on_timeout("scores")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_scores",
    assigns=["doc._.pressextract_scores"],
    requires=["doc._.pressextract_rankings"],
    default_config={},
)
def make_scores(nlp: Language, name: str) -> ScoreExtractor:
    return ScoreExtractor(nlp, name)
