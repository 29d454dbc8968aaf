"""Placements in rankings, competitions and lists (GUIDELINES: rankings).

Candidates come from patterns over the sentence text ("8. Platz", "Platz 8", "den elften Rang",
"Platz eins", "(28.)", "Nummer 3", winner words, "zweitplatzierte", numbered tables, "Die ersten
Plätze belegen A, B und C", "gefolgt von", "vor"); a validation step finds the placed entity in
the clause (``ranking_common.entity_for``) and fills year, ranking name, category and field size.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import german
from .. import ranking_common as rc
from ..datepatterns import REGEX_TIMEOUT
from ..facts import set_facts
from ..lexicons import lexicon_alternation, load_lexicon
from ..records import Ranking
from .guard import degrade_on_timeout

_ORD_WORD = r"[a-zäöüß]{3,16}(?:te|ten|ter|tes|tem)"
_NUM_WORD = r"[a-zäöüß]{3,16}"
# "Erster", "Zweite", "Elfter", "Zwanzigster": a capitalized ordinal (checked by ordinal_value)
_CAP_ORDINAL = r"(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte|Elfte|Zwölfte|[A-ZÄÖÜ][a-zäöüß]{3,14}(?:zehnte|zigste|ßigste))r?"


# Up to two adverbs between a linking verb and what it says of the subject: "wurde auch dort
# Erster", "ist damit Landessieger", "sind damit erneut Landessieger".
LINKING_ADVERBS = r"(?:\s(?:auch|dort|hier|erneut|wieder|damit|somit|dabei|diesmal|nun|jetzt|sogar)){0,2}"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern[str]]:
    place = lexicon_alternation("ranking_place_nouns")
    winner = lexicon_alternation("ranking_winner_words")
    flags = regex.V1
    return {
        # "den 8. Platz", "den elften Rang", "(19. Platz)", "des 6. Platzes"
        "ordinal_place": regex.compile(
            # "auf dem dritten und letzten Platz": the ordinal before "und letzten"
            # "Der mit 500 Euro belohnte Dritte Platz": an ordinal may be capitalized before its noun
            rf"(?<![\w.,])(?P<ord>\d{{1,4}}\.|{_ORD_WORD}|{_CAP_ORDINAL}n?)\s(?:(?:und\s)?[a-zäöüß]+(?:en|e)\s)?(?P<noun>{place})(?!\w)",
            flags,
        ),
        # "Platz 8", "Rang 33 von 393", "Platz eins"
        "place_number": regex.compile(
            rf"(?<![\w-])(?P<noun>{place})\s(?P<num>\d{{1,4}}|{_NUM_WORD})(?![\w]|[,.]\d|\s?%|\s?[–-]\s?\d)"
            r"(?:\s(?:von|unter)\s(?:insgesamt\s)?(?P<of>\d{1,4})(?!\d))?",
            flags,
        ),
        # "Plätze 4 und 5", "Platz zwei und drei", "auf Platz 2 und 3"
        "place_list": regex.compile(
            rf"(?<![\w-])(?:Plätze|Plätzen|Platz|Ränge|Rängen|Rang)\s(?P<nums>(?:(?:\d{{1,4}}|{_NUM_WORD})(?:,\s|\sund\s|\sbis\s|\sbzw\.\s|\sbeziehungsweise\s)){{1,5}}(?:\d{{1,4}}|{_NUM_WORD}))(?!\w)",
            flags,
        ),
        # "Die ersten Plätze belegen", "die ersten drei Plätze"
        "first_places": regex.compile(r"(?i:die)\sersten\s(?:(?P<n>\w+)\s)?Plätze(?!\w)", flags),
        # "Adorf (41. Gesamtrang)", "Bedorf (17.)", "Cedorf (6. mit 68,2 Punkten)"
        # "Adorf (61,5 Punkte/7.)": the place after the points
        "paren_ordinal": regex.compile(
            r"(?<=\(\s?|\([^()\n/]{1,30}/\s?)(?P<ord>\d{1,3}\.)(?=\s?\)|\smit\s\d)", flags
        ),
        # "das 8. mit 64,9 Punkten wurde"
        "ordinal_with_points": regex.compile(
            r"(?<=\s)(?P<ord>\d{1,3}\.)(?=\smit\s\d{1,4}(?:[,.]\d{1,3})?\sPunkt)", flags
        ),
        # "rutschte von Platz 44 auf 51": the place moved to, written without its noun
        "moved_to": regex.compile(
            r"(?<=(?<!\w)von\s(?:Platz|Rang)\s\d{1,4}(?:\s[^,;.()]{0,30}?)?\s(?:bis\s)?auf\s)(?P<num>\d{1,4})(?![\d]|[,.]\d|\s?%|\s[A-ZÄÖÜ])",
            flags,
        ),
        # "vom 23. auf den 15. Platz vorgerückt": the place left
        "moved_from": regex.compile(
            rf"(?<!\w)vom\s(?P<ord>\d{{1,4}}\.)(?=\s(?:bis\s)?auf\s(?:den\s)?\d{{1,4}}\.\s(?:{place}))", flags
        ),
        "number_n": regex.compile(rf"(?<!\w)Nummer\s(?P<num>\d{{1,3}}|{_NUM_WORD})(?!\w)", flags),
        "winner": regex.compile(
            rf"(?<![\w-])(?P<w>{winner}|[A-ZÄÖÜ][a-zäöüß]{{2,20}}sieger(?:in)?|[A-ZÄÖÜ][a-zäöüß]{{2,20}}bester?"
            # "Meister ist der FC", "Landesmeisterin wurde Anna Berg": a title said of someone
            r"|(?:(?:Landes|Kreis|Bezirks|Stadt|Staffel|Hallen|Bundes)meister|Meister)(?:in)?"
            # "Vizemeister wurde X", "X ist Vize-Europameisterin": the runner-up, rank 2
            r"|Vize-?[A-ZÄÖÜ]?[a-zäöü]{0,20}meister(?:in)?)(?![\w-])",
            flags,
        ),
        "ordinal_adjective": rc.ORDINAL_ADJECTIVE,
        "predicate_ordinal": regex.compile(
            # "wurde Erster", "wurde auch dort Erster", "ist damit erneut Zweiter"
            rf"(?<!\w)(?:wurde|wird|ist|war|als|wurden){LINKING_ADVERBS}"
            rf"\s(?P<w>{_CAP_ORDINAL})(?!\w)(?!\s[A-ZÄÖÜ])",
            flags,
        ),
        "ordinal_ellipsis": regex.compile(
            rf"(?<=\w,\s)(?P<w>{_CAP_ORDINAL})\s(?=(?:de[rmn]|die|das)\s[A-ZÄÖÜ]|[A-ZÄÖÜ])", flags
        ),
        # "als der TuS noch Elfter wurde": the ordinal before a clause-final verb
        "ordinal_verb_final": regex.compile(
            rf"(?<=[a-zäöüß]\s)(?P<w>{_CAP_ORDINAL})\s(?:wurde|wird|war|ist)(?=\s?[,.;:)]|\s(?:und|oder)\s)",
            flags,
        ),
        # "Sie führt somit auch die Liste der gefragtesten Arbeitgeber an."
        "leads": regex.compile(
            # "führt die Bestenliste der Gemeinden an": compounds of the list nouns too
            r"(?<!\w)(?:führt|führte|führen)\s(?:\w+\s){0,4}?(?:das|die|den)\s(?:[\w-]*(?:Ranking|[Rr]angliste|[Tt]abelle|[Ll]iste|[Ww]ertung)|Feld|Klassement)(?:\s[\w-]+){0,5}?\san(?!\w)",
            flags,
        ),
        # "Das stärkste Resultat erzielte X", "Hessens bester Ausbildungsbetrieb", "Der beste nordhessische Ausbildungsbetrieb ist X"
        "best": regex.compile(
            r"(?<!\w)(?:[Dd]as|[Dd]er|[Dd]ie|[A-ZÄÖÜ]\w+s)\s(?:[a-zäöü]+\s)?(?:beste|bester|bestes)\s(?:[a-zäöü]+e[rns]?\s)?(?P<noun>[A-ZÄÖÜ][\w-]+)",
            flags,
        ),
        # "Adorf (14), Bedorf (36) und Cedorf (52)": bare places in parentheses, two or more in a row
        "paren_number": regex.compile(r"(?<=[A-Za-zäöüß]\s)\((?P<num>\d{1,3})\)", flags),
        # "Adorf (Platz 64), Bedorf (71) und Cedorf (88)", "Muster GmbH (Rang neun), Beispiel AG
        # (elf)": a list goes on with bare numbers in parentheses once the first names its noun
        "paren_list": regex.compile(
            rf"(?<=\((?:Platz|Rang)\s(?:\d{{1,4}}|{_NUM_WORD})\))"
            rf"(?:(?:,\s|\s(?:und|sowie)\s)[^(),.;:]{{2,100}}?\s\((?:\d{{1,4}}|{_NUM_WORD})\)){{1,12}}",
            flags,
        ),
        # "Adorf kommt auf Platz 31, Bedorf auf 47 und Cedorf weit abgeschlagen auf 80": the place
        # noun left out in the clauses after the first
        "elided_on": regex.compile(
            r"(?<=[,\s](?:und|sowie)?\s?[^\s,.;:()]+(?:\s[a-zäöüß]+)?\s)(?:auf\s(?P<num>\d{1,4})|den\s(?P<num>\d{1,4})\.)(?=\s?(?:[,.;)]|und\s|sowie\s|$))",
            flags,
        ),
        # "Die Hochschule A rutscht von Rang 33 auf 38, die Hochschule B von 35 auf 44": the noun left out after the first
        "elided_from_to": regex.compile(
            r"(?<=(?<!\w)von\s(?:Platz|Rang)\s\d{1,4}\s(?:bis\s)?auf\s[^.;:]{1,200}?)(?<=\w\s)von\s(?P<a>\d{1,4})\s(?:bis\s)?auf\s(?P<b>\d{1,4})(?=\s?(?:[,.;)]|und\s|sowie\s|$))",
            flags,
        ),
        # "Adorf kam um drei Plätze nach vorn (12)": the place reached after a move
        "moved_paren": regex.compile(
            r"(?<=(?<!\w)(?:Plätze|Plätzen|Platz|Ränge|Rängen|Rang)\s(?:(?:nach\s(?:vorn|vorne|oben|unten|hinten)|auf|ab|zurück|vor)\s)?)\((?P<num>\d{1,4})\.?\)",
            flags,
        ),
        # "auf Rang 58 (Vorjahr 63)", "Rang 212 (2019: Rang 230)": the place of an earlier edition
        "earlier_place": regex.compile(
            r"\((?:(?:im\s)?Vorjahr(?:es)?|(?P<y>(?:19|20)\d\d))\s?:?\s(?:(?:Platz|Rang)\s)?(?P<num>\d{1,4})\.?\)",
            flags,
        ),
        # "Adorf löst Bedorf auf Rang 2 ab": the holder of the place before
        "replaces": regex.compile(
            r"(?<!\w)(?:löst|löste|lösen)\s(?:[^\s,.;]+\s){1,4}?(?:auf|von)\s(?:Platz|Rang)\s(?P<num>\d{1,3}|[a-zäöü]+)\sab(?!\w)",
            flags,
        ),
        # "Zweiter wurde Bedorf"
        "ordinal_predicate_first": regex.compile(
            rf"(?<![\w-])(?P<w>{_CAP_ORDINAL})\s(?:wurde|wird|ist|war|bleibt|blieb)\s(?=[A-ZÄÖÜ]|de[rmn]\s|die\s|das\s)",
            flags,
        ),
        # "sicherte sich Tim Berg den Titel", "verteidigte ihren Titel"
        "title_won": regex.compile(
            r"(?<!\w)(?:sichert|sicherte|holt|holte|verteidigt|verteidigte|errang|erringt)\s(?:sich\s)?(?:(?:[^,.;:]{0,60}?\s)?(?:den|seinen|ihren)\s(?:[a-zäöü]+en\s)?)?(?:Titel|Meistertitel|Gesamtsieg|Sieg)(?!\w)",
            flags,
        ),
        # "Der Sieg ging an Mira Holt", "Bei den Frauen ging der Sieg an Eva Sommer", "Der Gesamtsieg
        # im Einzel geht an X": the one the victory goes to is rank 1 (after "an")
        "victory_to": regex.compile(
            r"(?<![\w-])(?:(?:[Dd]er\s(?:Gesamt|Tages)?[Ss]ieg\s(?:(?:im|in|bei|beim)\s(?:[^\s,.;:]+\s){1,4}?)?"
            r"(?:geht|ging|gingen|gehen))|(?:geht|ging)\sder\s(?:Gesamt|Tages)?[Ss]ieg(?:\s(?:im|in|bei|beim)\s(?:[^\s,.;:]+\s){1,4}?|\s))"
            r"\s?an(?=\s)",
            flags,
        ),
        # "Ganz oben auf der Liste steht X", "ganz oben auf dem Siegertreppchen stand X": the top of a
        # list or podium is rank 1 (with a verb of standing, as "an der Spitze")
        "top_of": regex.compile(
            r"(?<!\w)(?:[Gg]anz\s)?[Oo]ben\sauf\s(?:der|dem)\s[\w-]*(?:[Ll]iste|[Tt]reppchen|[Pp]odest|[Pp]odium|[Tt]abelle)(?!\w)",
            flags,
        ),
        # "komplettiert das Podium", "macht das Podest komplett"
        "podium": regex.compile(
            r"(?i:das\s)?(?:Podium|Podest)\skomplettier\w*|komplettier\w*\sdas\s(?:Podium|Podest)"
            r"|(?:macht|machte|machen|machten)\sdas\s(?:Podium|Podest|Treppchen)\skomplett(?!\w)",
            flags,
        ),
        "followed_by": regex.compile(
            r"(?<!\w)(?:gefolgt\svon|Ihr\sfolgen|Ihm\sfolgen|Es\sfolgen|folgen\s)(?!auf\s(?:den\s|dem\s)?(?:Platz|Plätzen|Rang|Rängen))",
            flags,
        ),
        "behind": regex.compile(
            r"(?<!\w)(?:liegen|liegt|folgen|folgt|landen|landet)\s(?:\w+\s)?dahinter(?!\w)", flags
        ),
        # "Knapp dahinter liegt Adorf", "Dahinter folgen Bedorf und Cedorf"
        "behind_first": regex.compile(
            r"(?<!\w)(?:(?:[Kk]napp|[Dd]icht|[Dd]irekt|[Kk]urz)\s)?[Dd]ahinter\s(?:liegt|liegen|folgt|folgen|landet|landen|rangiert|rangieren|kommt|kommen)(?!\w)",
            flags,
        ),
        # "belegt den Spitzenplatz", "auf dem Spitzenplatz": the first place of one entity
        "top_place": regex.compile(r"(?<!\w)(?<!kein\w{0,2}\s)(?:den|dem)\sSpitzenplatz(?!\w)", flags),
        "ahead_of": regex.compile(
            r"(?<=\w[\s)]|\w\s-\s|\w\s–\s|\w,\s)(?:(?:knapp|dicht|deutlich)\s)?vor\s(?=(?:de[rmn]\s|die\s|das\s)?[A-ZÄÖÜ])",
            flags,
        ),
    }


@lru_cache(maxsize=1)
def _required_words() -> dict[str, tuple[str, ...]]:
    """Per pattern, lowercase strings of which a sentence must hold one for the pattern to match:
    a cheap test that spares the scan of most sentences."""
    places = ("platz", "plätze", "rang", "ränge", "stelle")
    ordinals = (
        "erste",
        "zweite",
        "dritte",
        "vierte",
        "fünfte",
        "sechste",
        "siebte",
        "achte",
        "neunte",
        "zehnte",
        "elfte",
        "zwölfte",
        "zigste",
        "ßigste",
    )
    winners = tuple({w.lower() for w in load_lexicon("ranking_winner_words")} | {"sieger", "beste"})
    return {
        "ordinal_place": places,
        "place_number": places,
        "place_list": places,
        "first_places": ("ersten",),
        "paren_ordinal": ("(",),
        "ordinal_with_points": ("punkt",),
        "moved_to": ("von ",),
        "moved_from": ("vom ",),
        "number_n": ("nummer",),
        "winner": winners + ("meister",),
        "ordinal_adjective": ("platziert", "best", "letzt"),
        "predicate_ordinal": ordinals,
        "leads": ("führ",),
        "best": ("beste",),
        "paren_number": ("(",),
        "replaces": ("lös",),
        "paren_list": ("(platz", "(rang"),
        "earlier_place": ("(",),
        "moved_paren": ("plätze (", "ränge (", "nach vorn", "nach oben", "nach unten", "nach hinten"),
        "elided_from_to": ("von platz", "von rang"),
        "elided_on": ("auf ", "den "),
        "ordinal_predicate_first": ordinals,
        "ordinal_verb_final": ordinals,
        "ordinal_ellipsis": ordinals,
        "title_won": ("titel", "sieg"),
        "podium": ("podium", "podest", "treppchen"),
        "victory_to": ("sieg",),
        "top_of": ("oben auf",),
        "followed_by": ("folg",),
        "behind": ("dahinter",),
        "behind_first": ("dahinter",),
        "top_place": ("spitzenplatz",),
        "ahead_of": ("vor",),
    }


TOP_HEADING = regex.compile(r"(?m)^[^\n]{0,40}(?<!\w)Top[\s-](?P<n>\d{1,2})(?!\d)[^\n]{0,80}\n", regex.V1)
BULLET_LINE = regex.compile(r"[ \t]*[-–•*][ \t]+(?P<body>[^\n]{2,120})(?:\n|$)", regex.V1)
# "1. SV Adorf", "2) Muster GmbH, Talheim", "3 | Hessen | 10 | 4 |" (a table row whose first cell is the place)
LIST_LINE = regex.compile(
    r"(?m)^[ \t]*(?:\|[ \t]*)?(?P<n>\d{1,3})(?:\.|\)|[ \t]*\|)[ \t]+(?P<body>[^\n]{2,200})$", regex.V1
)
# "3 Kalmstadt 12 7 4 23": a table row set in plain text, the place, a name, two or more number columns
SPACED_ROW = regex.compile(
    r"(?m)^[ \t]*(?P<n>\d{1,3})[ \t]+(?P<body>\p{Lu}[\w./&-]*(?:[ \t]\p{Lu}[\w./&-]*){0,4})(?:[ \t]+\d[\d.,]*){2,}[ \t]*$",
    regex.V1,
)
# "Die Wertung: 1. Adorf, 2. Bedorf, 3. Cedorf": an enumeration within a line
ENUM_ITEM = regex.compile(r"(?:(?<=[:;,][ \t]{1,3})|(?<=^)|(?<=\n))(?P<n>\d{1,2})\.[ \t]{1,3}(?=[A-ZÄÖÜ])", regex.V1)
# "Weitere Platzierungen: 5. A, 6. B, 7. C": a label of places before the colon lets an enumeration
# start further down the ranking
ENUM_PLACES_LABEL = regex.compile(
    r"(?i:platzierungen|plätze|ränge|rangliste|wertung|ergebnisse?)[ \t]?:[ \t]{1,3}$", regex.V1
)
# "Platz 7: Ulm" as a line of its own (a countdown of places with text between them)
# "■ Platz 2: Talheim, Österreich ■ Platz 3: …": the same after a bullet within a line
PLACE_LINE = regex.compile(
    # "Platz 1: Adorf, Platz 2: Bedorf; Platz 3: Cedorf": also after a comma or semicolon
    r"(?m)(?:(?:^|\s[–-]\s|[,;]\s)[ \t]*(?:Platz|Rang)[ \t](?P<n>\d{1,4}|[A-Za-zäöüß]{3,12})[ \t]?:"
    # after a bullet the colon may be left out: "■ Platz 6 Bergdorf, Schweiz"
    r"|[■•▪|][ \t]*(?:Platz|Rang)[ \t](?P<n>\d{1,4}|[A-Za-zäöüß]{3,12})[ \t]?:?)[ \t]?(?P<body>[^\n■•▪|,;]{2,120})",
    regex.V1,
)
NOT_A_PLACE_BEFORE = regex.compile(r"\d[.:]\s?$", regex.V1)


# "Die Muster GmbH dominiert mit 71 Punkten vor Beispiel AG und Adorf AG", "Adorf liegt klar vorn vor …": a verb of leading
# "Führend ist X, gefolgt von …", "weltweit führend bleibt X, gefolgt von …": the one who leads
LEADING_WORD = regex.compile(r"(?<!\w)[Ff]ührend(?!\w)", regex.V1)
LEADS_BEFORE = regex.compile(
    r"(?<!\w)(?:dominier\w{0,3}|vorn|vorne"
    # "Bei den kleinen Städten liegt A vor B und C": the order of a sub-table's first three
    r"|(?:[Bb]ei|[Uu]nter|[Ii]n)\s(?:de[nmr]|die)\s(?:[^,.;:]|[.,](?=\d)){0,60}?\s(?:liegt|lag|landet|landete|rangiert|rangierte)\s[^,.;:\s]+(?:\s[^,.;:\s]+)?\s$)(?!\w)",
    regex.V1,
)


# "hat vor A und B das Rennen gemacht", "hat vor A und B die Nase vorn": idioms of winning
WON_RACE = regex.compile(
    r"(?<!\w)(?:das\sRennen\s(?:\w+\s){0,4}?(?:gemacht|macht|machte)|die\sNase\svorn)(?!\w)", regex.V1
)


# Prepositions of a phrase after a listed name, skipped to the next joiner: "A mit 8,66 und B",
# "A im Landkreis X mit 380 Litern und B", "A aus Talheim, B aus Bergdorf"
AFTER_NAME_PHRASE = frozenset({"mit", "auf", "im", "in", "aus", "bei", "vom"})


# "Schnellster Mann war", "die beste Kantine", "Hessens bester Ausbildungsbetrieb": a superlative (a
# lowercase adjective in -ste/-ster/-stes, or one that opens a noun phrase)
# "die Stadt mit den meisten Gästen", "am häufigsten genannt": the -sten form after "den"/"die"/"am"
# (not the ordinals and times "den ersten", "den letzten", "den nächsten", "den jüngsten")
SUPERLATIVE_BEFORE = regex.compile(
    r"(?<![\w-])(?:[a-zäöü]\w{2,20}(?:ste|ster|stes)|[A-ZÄÖÜ][a-zäöü]\w{2,20}(?:ste|ster|stes)(?=\s[A-ZÄÖÜ])"
    r"|(?<=(?<!\w)(?:[Dd]en|[Dd]ie|[Aa]m)\s)(?!(?:ersten|letzten|nächsten|jüngsten)(?!\w))[a-zäöü]\w{1,20}sten)(?!\w)",
    regex.V1,
)


# "den 4. Platz unter 120 bewerteten Versorgern", "Rang 33 von 393 Kreisen"
FIELD_AFTER = regex.compile(
    r"\s(?:(?:im\sVergleich\s)?(?:mit|von|unter))\s(?:den\s)?(?:insgesamt\s)?(?P<n>\d{1,3}(?:\.\d{3})?|\d{1,5})(?![\d,]|\.\d)\s(?:[a-zäöüß-]+\s){0,2}[A-ZÄÖÜ]\w*(?:en|n|e|er)(?!\w)",
    regex.V1,
)


@lru_cache(maxsize=1)
def _count_pattern() -> regex.Pattern[str]:
    nouns = lexicon_alternation("ranking_count_nouns")
    # "der 64 hessischen Gemeinden", "Von 290 Kreisen", "aller 650 geprüften Betriebe",
    # "Unter den 930 untersuchten Kliniken", "von 87 verglichenen Fachhochschulen" (a compound
    # of a counted noun)
    return regex.compile(
        r"(?:(?<=(?<!\w)(?i:der|den|die|von|mit|unter|insgesamt|aller|alle)\s)|(?<=^|\n)|(?<=(?:Index|Ranking|Test|Liste)\s))"
        rf"(?P<n>\d{{2,5}}|\d{{1,3}}\.\d{{3}})(?![\d.,])\s(?:[a-zäöüß]+(?:en|e)\s){{0,3}}(?:[A-ZÄÖÜ][a-zäöüß]{{2,20}}(?i:{nouns})|{nouns})(?!\w)",
        regex.V1,
    )


@dataclass
class _Cand:
    entity: str
    rank: int
    start: int
    end: int
    kind: str
    year: int | None = None
    year_explicit: bool = False
    category: str | None = None
    of: int | None = None
    sent_start: int = 0


# tags of the words that open a common noun's phrase: article, determiner, attributive adjective
_NOUN_MARKERS = frozenset({"ART", "APPRART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA"})


def before_text(text: str, st: int, s: int) -> str:
    return text[max(st, s - 40) : s]


def _cardinal_or_digit(word: str) -> int | None:
    return int(word) if word.isdigit() else rc.cardinal_value(word)


class RankingExtractor:
    """Placements by pattern, validated by the entity, year and ranking found around them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _tok(doc: Doc, char: int) -> int:
        return rc.token_index_at(doc, char)

    # ------------------------------------------------------------------ candidates
    def match(self, doc: Doc) -> list[Ranking]:
        ctx = rc.build_context(doc)
        _, main, edition = rc.doc_ranking_names(doc)
        discourse = rc.Discourse(fallback=rc.main_entity_fallback(ctx))
        required = _required_words()
        doc_lower = rc.doc_text(doc).lower()
        # patterns whose keywords the doc never writes are not tried on any sentence
        pats = {k: p for k, p in _patterns().items() if any(w in doc_lower for w in required[k])}
        cands: list[_Cand] = []
        consumed: list[tuple[int, int]] = []

        def taken(s: int, e: int) -> bool:
            # mentions come in text order: only the spans consumed last can overlap
            return any(a < e and s < b for a, b in consumed[-12:])

        def add(
            entity: str | None,
            rank: int | None,
            s: int,
            e: int,
            kind: str,
            sent: Span,
            of: int | None = None,
            category: str | None = None,
        ) -> None:
            if not entity or rank is None or not 0 < rank <= 5000:
                return
            year, explicit = rc.clause_year(doc, sent, s, e, edition)
            if of is None:
                field_size = FIELD_AFTER.match(text, e, timeout=REGEX_TIMEOUT)
                if field_size:
                    of = int(field_size["n"].replace(".", ""))
            cand = _Cand(
                entity,
                rank,
                s,
                e,
                kind,
                year,
                explicit,
                rc.clause_category(doc, sent, s) or category,
                of,
                sent.start_char,
            )
            cands.append(cand)
            discourse.last = entity

        def add_undated(entity: str, rank: int, s: int, e: int, kind: str, sent: Span) -> None:
            """A place of an earlier edition whose year the text leaves open (no year, no field size)."""
            cands.append(
                _Cand(entity, rank, s, e, kind, None, True, rc.clause_category(doc, sent, s), None, sent.start_char)
            )

        def category_before(st: int) -> str | None:
            """The category of the last placement in this paragraph: what "Kategoriesieger" or
            "Zweiter" in a list of a sub-table's places belong to."""
            para_start = text.rfind("\n", 0, st) + 1
            for c in reversed(cands):
                if c.start < para_start:
                    return None
                if c.category:
                    return c.category
            return None

        list_lines = self._numbered_lines(doc) + self._top_list(doc)
        for sent in rc.sentences(doc):
            st, en = sent.start_char, sent.end_char
            text = rc.doc_text(doc)
            events: list[tuple[int, int, str, regex.Match[str]]] = []
            sent_lower = doc_lower[st:en] if len(doc_lower) == len(text) else text[st:en].lower()
            for kind, pat in pats.items():
                if not any(w in sent_lower for w in required[kind]):
                    continue
                for m in pat.finditer(text, st, en, timeout=REGEX_TIMEOUT):
                    events.append((m.start(), m.end(), kind, m))
            events.sort(key=lambda ev: (ev[0], -ev[1]))
            sent_cands_before = len(cands)
            for s, e, kind, m in events:
                if taken(s, e) or any(c.start <= s and e <= c.end for c in list_lines):
                    continue  # a line of a table was read as such
                e_text = s + len(m.group(0).rstrip())
                ms, me = self._tok(doc, s), self._tok(doc, max(s, e_text - 1)) + 1
                if kind == "ordinal_place":
                    # "an erster Stelle", "an 37. Stelle": "Stelle" is a place only after "an"
                    # ("die dritte Stelle nach dem Komma" is a digit)
                    if m["noun"].startswith("Stelle") and text[max(st, s - 3) : s].lower() != "an ":
                        continue
                    rank = rc.ordinal_value(m["ord"])
                    if rank is None:
                        rank = self._from_last(text, m["ord"], e)
                    if rank is None or NOT_A_PLACE_BEFORE.search(
                        text[max(st, s - 6) : s], timeout=REGEX_TIMEOUT
                    ):
                        continue
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    self._ahead(ctx, doc, sent, ms, rank, s, e, add)
                    for entity in self._ties(ctx, doc, sent, found, me):
                        add(entity, rank, s, e, kind, sent)
                    self._stays(text, st, s, found[0] if found else None, rank, e, cands, doc, sent)
                elif kind == "place_number":
                    rank = _cardinal_or_digit(m["num"])
                    if rank is None:
                        continue
                    of = int(m["of"]) if m["of"] else None
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    self._ahead(ctx, doc, sent, ms, rank, s, e, add, me=me)
                    for entity in self._ties(ctx, doc, sent, found, me):
                        add(entity, rank, s, e, kind, sent, of)
                    self._stays(text, st, s, found[0] if found else None, rank, e, cands, doc, sent)
                elif kind == "place_list":
                    # "auf Platz 8 bzw. 13": one place each, in the order the names came
                    parts = rc.re_split(r",\s|\sund\s|\sbis\s|\sbzw\.\s|\sbeziehungsweise\s", m["nums"])
                    nums = [
                        _cardinal_or_digit(x) if x.lower() not in {"ein", "eine", "einen", "einem"} else None
                        for x in parts
                    ]
                    # "Rang 5 und ein zusätzliches Jahr" is one place; a list of places rises
                    if (
                        any(n is None for n in nums)
                        or len(nums) < 2
                        or any(b is None or a is None or b <= a for a, b in itertools.pairwise(nums))
                    ):
                        continue
                    ranks = [n for n in nums if n is not None]
                    if " bis " in m["nums"] and len(ranks) == 2:
                        ranks = list(range(ranks[0], ranks[1] + 1))
                    entities = self._list_entities(ctx, doc, sent, ms, me, len(ranks))
                    consumed.append((s, e))
                    if entities:
                        for ent, rank in zip(entities, ranks):
                            add(ent, rank, s, e, kind, sent)
                elif kind == "first_places":
                    entities = self._entities_after_verb(ctx, doc, sent, me)
                    n = _cardinal_or_digit(m["n"]) if m["n"] else None
                    if n is not None and entities:
                        entities = entities[:n]
                    consumed.append((s, e))
                    for k, ent in enumerate(entities, start=1):
                        add(ent, k, s, e, kind, sent)
                elif kind in {"paren_ordinal", "ordinal_with_points"}:
                    rank = rc.ordinal_value(m["ord"])
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    add(found[0] if found else None, rank, s, e, kind, sent)
                elif kind == "moved_from":
                    rank = rc.ordinal_value(m["ord"])
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    if found is not None and rank is not None:
                        # the place before the move belongs to an earlier edition the text does not date
                        add_undated(found[0], rank, s, e, kind, sent)
                elif kind == "moved_to":
                    rank = int(m["num"])
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    add(found[0] if found else None, rank, s, e, kind, sent)
                elif kind == "number_n":
                    rank = _cardinal_or_digit(m["num"])
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    consumed.append((s, e))
                    if rank is not None:
                        self._ahead(ctx, doc, sent, ms, rank, s, e, add, me=me)
                    add(found[0] if found else None, rank, s, e, kind, sent)
                elif kind in {"winner", "predicate_ordinal", "ordinal_predicate_first", "ordinal_verb_final"}:
                    if kind == "winner" and self._plural_winner(text, st, s, m["w"]):
                        continue
                    # "gewann den ersten Preis", "gewinnt Gold": a prize level, not a place
                    if (
                        kind == "winner"
                        and m["w"].lower().startswith(("gew", "sieg", "gesieg"))
                        and m["w"][:1].islower()
                    ):
                        won = rc.re_search(
                            r"(?<!\w)(?:(?P<prize>[\w-]*[Pp]reis(?:es)?|Gold|Silber|Bronze|Medaille|Auszeichnung)"
                            r"|[\w-]*(?:Wettbewerb|Titel|Ranking|Test|Vergleich|Meisterschaft|Turnier|Pokal|Cup|Finale|Rennen|Wahl))(?!\w)",
                            text[e : min(en, e + 70)],
                            timeout=REGEX_TIMEOUT,
                        )
                        if won is not None and won["prize"]:
                            continue
                        if not self._won_a_ranking(text, st, en, s, e, m["w"]):
                            continue
                    rank = (2 if m["w"].startswith("Vize") else 1) if kind == "winner" else rc.ordinal_value(m["w"])
                    if kind == "winner" and m["w"].lower() == "an der spitze" and not self._heads_a_ranking(text, st, en, s, e):
                        continue
                    # "A, B und C zweite Sieger": an ordinal before the winner word gives the place
                    ordinal_before = rc.re_search(r"(?<!\w)(?P<o>[A-Za-zäöüß]+)\s$", text[max(st, s - 20) : s], timeout=REGEX_TIMEOUT)
                    if kind == "winner" and ordinal_before is not None:
                        rank = rc.ordinal_value(ordinal_before["o"]) or rank
                    if rank is None:
                        continue
                    # "Meister der Innung" is a craft title: only victors' nouns take an apposition
                    victor = kind == "winner" and m["w"][:1].isupper() and ("ieger" in m["w"] or "ewinner" in m["w"])
                    found = self._apposition_after(ctx, doc, sent, me) if victor else None
                    # "Testsieger: Muster AG", "Kategoriesieger: Chor X – 24 Punkte": a result line
                    # labelled by the winner's noun names the winner after the colon
                    if victor and me + 1 < sent.end and rc.doc_words(doc)[me] == ":":
                        labelled = ctx.chunk_at(me + 1)
                        if labelled is not None and labelled.start == me + 1 and not labelled.prepositional:
                            found = (labelled.text, labelled.start)
                    found = found or rc.entity_for(
                        ctx,
                        sent,
                        ms,
                        me,
                        discourse,
                        allow_anaphor=kind != "winner",
                        allow_before=kind != "ordinal_predicate_first",
                    )
                    if found is None:
                        continue
                    consumed.append((s, e))
                    # "Kategoriesieger wurde X": the winner of the sub-table just named
                    inherited = (
                        category_before(st)
                        if kind == "winner"
                        and m["w"].startswith(("Kategorie", "Klassen", "Gruppen", "Sparten"))
                        else None
                    )
                    for entity in self._ties(ctx, doc, sent, found, me):
                        add(entity, rank, s, e, kind, sent, category=inherited)
                elif kind == "ordinal_ellipsis":
                    # "Kategoriesieger wurde A mit 91 Punkten, Zweiter die B": the verb left out
                    rank = rc.ordinal_value(m["w"])
                    previous = cands[-1] if cands and cands[-1].sent_start == st else None
                    if rank is None or previous is None or rank <= previous.rank:
                        continue
                    found = rc.entity_for(
                        ctx, sent, ms, me, discourse, allow_before=False, allow_anaphor=False
                    )
                    if found is None:
                        continue
                    consumed.append((s, e))
                    add(found[0], rank, s, e, kind, sent, category=previous.category)
                elif kind == "ordinal_adjective":
                    value = rc.ordinal_prefix_value(m["w"])
                    if value is None or value[1] == "letzt":
                        continue
                    rank, sort = value
                    if sort == "platziert" and m["w"][:1].isupper() and rc.re_search(
                        r"(?<!\w)als\s(?:de[rmn]\s|die\s)?$", text[max(st, s - 10) : s], timeout=REGEX_TIMEOUT
                    ):
                        # "Brenntal fällt als Zweitplatzierter auf": the noun said of the name before "als"
                        found = rc.entity_for(
                            ctx, sent, ms, me, discourse, allow_after=False, allow_anaphor=False
                        )
                        if found is None:
                            continue
                        entity = found[0]
                    elif sort == "platziert" and m["w"][:1].isupper() and me + 1 < sent.end and rc.doc_words(doc)[me] == ",":
                        # "des Drittplatzierten, der Volksbank X, …": the name in apposition after the noun
                        k = me + 1
                        while k < sent.end and rc.doc_words(doc)[k].lower() in rc.ARTICLES:
                            k += 1
                        chunk = ctx.chunk_at(k)
                        if chunk is None or chunk.start != k or (chunk.end < sent.end and rc.doc_words(doc)[chunk.end] not in {",", ")"}):
                            continue
                        entity = chunk.text
                    elif sort == "platziert":
                        # "das vor einem Jahr drittplatzierte Adorf": the name follows the adjective.
                        chunk = ctx.chunk_at(me)
                        if chunk is None:
                            continue
                        entity = chunk.text
                    else:
                        # "Zweitbester Ausbildungsbetrieb ist die Muster GmbH": the name follows; "bedeutet das die
                        # zweitbeste Platzierung" names no one.
                        found = rc.entity_for(
                            ctx, sent, ms, me, discourse, allow_anaphor=False, allow_before=False
                        )
                        if found is None:
                            continue
                        entity = found[0]
                    consumed.append((s, e))
                    add(entity, rank, s, e, kind, sent)
                elif kind in {"leads", "title_won"}:
                    # the subject stands before the verb or right after it: "führt X die Tabelle an"
                    found = rc.entity_for(ctx, sent, ms, ms + 1, discourse)
                    if found is not None:
                        consumed.append((s, e))
                        add(found[0], 1, s, e, kind, sent)
                elif kind == "best":
                    if m["noun"].lower() in {"platz", "platzierung", "ergebnisse", "noten"}:
                        continue
                    # "den Preis für die beste Kantine", "sich für das beste Angebot entscheiden":
                    # what a prize or a choice is for, no placement
                    if rc.re_search(r"(?<!\w)(?:für|keine?|kein\w+\s\w+)\s$", text[max(st, s - 20) : s], timeout=REGEX_TIMEOUT):
                        continue
                    # "erreichte sie das stärkste Resultat": a pronoun may stand for the winner
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    if found is None:
                        continue
                    consumed.append((s, s + 1))
                    add(found[0], 1, s, e, kind, sent)
                elif kind == "paren_number":
                    in_sentence = [
                        int(p["num"]) for p in pats["paren_number"].finditer(text, st, en, timeout=REGEX_TIMEOUT)
                    ]
                    if len(in_sentence) < 2 or not (main or cands):
                        continue
                    # "gefolgt von A (900), B (800) und C (700)": places written out rise in the
                    # order of the names; numbers that fall are the values ranked by
                    if any(b < a for a, b in itertools.pairwise(in_sentence)):
                        continue
                    # "Der SV (38) und der FC (35) folgen auf den Rängen zwei und drei": points, not places
                    previous_sentence = text[max(0, st - 300) : st]
                    if rc.re_search(
                        r"(?<!\w)(?:Platz|Plätze|Plätzen|Rang|Ränge|Rängen)(?!\w)",
                        text[st:en],
                        timeout=REGEX_TIMEOUT,
                    ) or rc.re_search(
                        r"(?<!\w)(?:Punkte|Punkten|Zähler|Tore|Stimmen)(?!\w)",
                        previous_sentence + text[st:en],
                        timeout=REGEX_TIMEOUT,
                    ):
                        continue
                    chunk = ctx.chunk_at(ms - 1)
                    if chunk is None or chunk.prepositional:
                        continue
                    consumed.append((s, e))
                    add(chunk.text, _cardinal_or_digit(m["num"]), s, e, kind, sent)
                elif kind == "paren_list":
                    for inner in rc.re_finditer(
                        rf"\((?P<num>\d{{1,4}}|{_NUM_WORD})\)", m.group(0), timeout=REGEX_TIMEOUT
                    ):
                        rank = _cardinal_or_digit(inner["num"])
                        chunk = ctx.chunk_at(self._tok(doc, s + inner.start()) - 1)
                        if rank is None or chunk is None:
                            continue
                        chunk = rc.owner_of_location(ctx, sent, chunk)
                        add(chunk.text, rank, s + inner.start(), s + inner.end(), kind, sent)
                    consumed.append((s, e))
                elif kind == "moved_paren":
                    found = rc.entity_for(ctx, sent, ms, me, discourse, allow_after=False)
                    if found is None:
                        continue
                    consumed.append((s, e))
                    add(found[0], int(m["num"]), s, e, kind, sent)
                elif kind == "earlier_place":
                    # the entity of the place this parenthesis follows in its sentence
                    previous = cands[-1] if cands and cands[-1].sent_start == st else None
                    if previous is None:
                        continue
                    consumed.append((s, e))
                    if m["y"]:
                        year: int | None = int(m["y"])
                        if previous.year == year:
                            # the year in the parenthesis dates the earlier place, not this one
                            previous.year = edition if edition != year else None
                    else:
                        year = previous.year - 1 if previous.year is not None else None
                    cands.append(
                        _Cand(
                            previous.entity,
                            int(m["num"]),
                            s,
                            e,
                            kind,
                            year,
                            True,
                            previous.category,
                            None,
                            st,
                        )
                    )
                elif kind == "elided_from_to":
                    chunk = ctx.chunk_at(ms - 1)
                    if chunk is None or chunk.end != ms:
                        continue
                    if not self._opens_list_item(doc, sent, chunk.start):
                        continue
                    consumed.append((s, e))
                    # the place left belongs to an earlier edition the text does not date
                    add_undated(chunk.text, int(m["a"]), s, e, kind, sent)
                    add(chunk.text, int(m["b"]), s, e, kind, sent)
                elif kind == "elided_on":
                    # only after a place written with its noun in this sentence, and only for a
                    # name that opens its clause: "…, Bedorf auf 47"
                    if not cands or cands[-1].sent_start != st:
                        continue
                    k = ms - 1
                    if k > st and rc.doc_words(doc)[k][:1].islower() and ctx.chunk_at(k) is None:
                        k -= 1  # "weit abgeschlagen auf 80"
                    chunk = ctx.chunk_at(k)
                    if chunk is None or chunk.end != k + 1:
                        continue
                    if not self._opens_list_item(doc, sent, chunk.start):
                        continue
                    consumed.append((s, e))
                    add(chunk.text, int(m["num"]), s, e, kind, sent)
                elif kind == "replaces":
                    rank = _cardinal_or_digit(m["num"])
                    found = rc.entity_for(ctx, sent, ms, me, discourse, allow_after=False)
                    holder = ctx.chunk_at(ms + 1)
                    consumed.append((s, e))
                    if found is not None:
                        add(found[0], rank, s, e, kind, sent)
                    if holder is not None and rank is not None:
                        # the holder's place belongs to the edition before, whose year the text leaves open
                        add_undated(holder.text, rank, s, e, kind, sent)
                elif kind == "podium":
                    found = rc.entity_for(ctx, sent, ms, me, discourse, allow_anaphor=False)
                    if found is not None:
                        consumed.append((s, e))
                        add(found[0], 3, s, e, kind, sent)
                elif kind == "victory_to":
                    k = me
                    while k < sent.end and rc.doc_words(doc)[k].lower() in rc.ARTICLES:
                        k += 1
                    chunk = ctx.chunk_at(k)
                    found = (chunk.text, chunk.start) if chunk is not None else None
                    if found is not None:
                        consumed.append((s, e))
                        for entity in self._ties(ctx, doc, sent, found, me):
                            add(entity, 1, s, e, kind, sent)
                elif kind == "top_of":
                    if not self._heads_a_ranking(text, st, en, s, e):
                        continue
                    found = rc.entity_for(ctx, sent, ms, me, discourse, allow_anaphor=False)
                    if found is not None:
                        consumed.append((s, e))
                        add(found[0], 1, s, e, kind, sent)
                elif kind == "top_place":
                    found = rc.entity_for(ctx, sent, ms, me, discourse)
                    if found is not None:
                        consumed.append((s, e))
                        add(found[0], 1, s, e, kind, sent)
                elif kind in {"followed_by", "behind", "ahead_of", "behind_first"}:
                    previous = self._previous_rank(cands, sent_cands_before, st)
                    # "X ist die familienfreundlichste Gemeinde, gefolgt von A und B": a superlative
                    # before "gefolgt von" in a sentence that placed no one yet starts the order
                    superlative_first = (
                        kind == "followed_by"
                        and (not cands or cands[-1].sent_start != st)
                        and (
                            SUPERLATIVE_BEFORE.search(text, st, s, timeout=REGEX_TIMEOUT) is not None
                            # "Weltweit führend ist X, gefolgt von Y": a word of leading likewise
                            or LEADING_WORD.search(text, st, s, timeout=REGEX_TIMEOUT) is not None
                        )
                    )
                    if superlative_first:
                        winner = rc.entity_for(ctx, sent, ms, ms, discourse, allow_after=False)
                        if winner is None:
                            continue
                        add(winner[0], 1, s, e, kind, sent)
                        previous = cands[-1]
                    if previous is None and kind != "ahead_of":
                        continue
                    # "dahinter folgen Adorf (5.), Bedorf (8.)": the places are written out and read as such
                    # ("gefolgt von A (900), B (800)": falling numbers are values, no places)
                    written = [
                        int(w["n"])
                        for w in rc.re_finditer(
                            r"\((?:(?:Platz|Rang)\s)?(?P<n>\d{1,4})\.?\)", text[e:en], timeout=REGEX_TIMEOUT
                        )
                    ]
                    if written and not any(b < a for a, b in itertools.pairwise(written)):
                        continue
                    if kind == "behind":
                        entities = self._list_entities(ctx, doc, sent, ms, me, 3, before_only=True)
                    elif kind == "behind_first":
                        found_after = rc.entity_for(
                            ctx, sent, me, me, discourse, allow_before=False, allow_anaphor=False
                        )
                        entities = self._ties(ctx, doc, sent, found_after, me) if found_after else []
                    else:
                        entities = self._entities_after(ctx, doc, sent, me)
                    base = previous.rank if previous is not None else 0
                    if kind == "ahead_of":
                        # "A vor B und C": A's rank is the one just found in this clause;
                        # "setzte sich A vor B und C durch": A won
                        if not cands or cands[-1].sent_start != st:
                            if rc.re_search(
                                r"(?<!\w)setz\w*\ssich\s.*\sdurch(?!\w)", text[st:en], timeout=REGEX_TIMEOUT
                            ):
                                verb = rc.re_search(r"(?<!\w)setz\w*\ssich", text[st:en], timeout=REGEX_TIMEOUT)
                                assert verb is not None
                                vs = self._tok(doc, st + verb.start())
                                winner = rc.entity_for(ctx, sent, vs, vs + 2, discourse)
                                if winner is None:
                                    continue
                                add(winner[0], 1, st + verb.start(), st + verb.end(), kind, sent)
                            elif len(entities) >= 2 and (
                                SUPERLATIVE_BEFORE.search(text, st, s, timeout=REGEX_TIMEOUT)
                                or LEADS_BEFORE.search(text, st, s, timeout=REGEX_TIMEOUT)
                                or WON_RACE.search(text, st, en, timeout=REGEX_TIMEOUT)
                            ):
                                # "Schnellster Mann war A in 2:51 Stunden vor B und C", "Hessens
                                # bester Ausbildungsbetrieb – vor D und E": a superlative set before an
                                # order of others is rank 1 (GUIDELINES)
                                winner = rc.entity_for(ctx, sent, ms, ms, discourse, allow_after=False)
                                if winner is not None:
                                    add(winner[0], 1, s, e, kind, sent)
                                else:
                                    # the winner unnamed here ("Es hat vor A und B das Rennen
                                    # gemacht"): the others still follow it
                                    for k, ent in enumerate(entities, start=2):
                                        add(ent, k, s, e, kind, sent)
                                    continue
                            else:
                                continue
                        base = cands[-1].rank
                    for k, ent in enumerate(entities, start=1):
                        if any(c.entity == ent and c.sent_start == st for c in cands):
                            continue
                        add(ent, base + k, s, e, kind, sent)
            del sent_cands_before
        cands.extend(list_lines)
        return self._finish(doc, cands, main, edition)

    # ------------------------------------------------------------------ pattern helpers
    @staticmethod
    def _ahead(
        ctx: rc.DocContext,
        doc: Doc,
        sent: Span,
        ms: int,
        rank: int,
        s: int,
        e: int,
        add: Callable[..., None],
        me: int | None = None,
    ) -> None:
        """ "nach dem Landkreis Adorf den zweiten Rang", "hinter Bedorf und Cedorf auf dem dritten
        Platz": the names after "nach"/"hinter" hold the places just ahead, in the order written."""
        lo = max(sent.start, ms - 25)
        # "belegt den zweiten Platz hinter Adorf": the name right after the place
        if me is None:
            me = ms + 1
            while me < sent.end and rc.doc_words(doc)[me] in {"Platz", "Rang", "Platzes", "Ranges"}:
                me += 1
        ahead: list[str] = []
        if me + 1 < sent.end and rc.doc_words(doc)[me] == "hinter":
            k = me + 1
            # "auf Rang drei hinter Adorf und Bedorf": both are ahead, in the order written
            while k < sent.end:
                while k < sent.end and rc.doc_words(doc)[k].lower() in rc.ARTICLES:
                    k += 1
                after = ctx.chunk_at(k)
                if after is None:
                    break
                ahead.append(after.text)
                k = after.end
                if k + 1 < sent.end and rc.doc_words(doc)[k] in {"und", ","}:
                    k += 1
                    continue
                break
        if ahead and rank > len(ahead):
            for offset, name in enumerate(ahead):
                add(name, rank - len(ahead) + offset, s, e, "ahead", sent)
        for chunk in ctx.chunks:
            if not (lo <= chunk.start < ms) or chunk.preposition not in {"nach", "hinter"}:
                continue
            names = [chunk.text]
            k = chunk.end
            while k + 1 < ms and rc.doc_words(doc)[k] in {"und", ","}:
                nxt = ctx.chunk_at(k + 1) or (
                    ctx.chunk_at(k + 2) if rc.doc_words(doc)[k + 1].lower() in rc.ARTICLES else None
                )
                if nxt is None:
                    break
                names.append(nxt.text)
                k = nxt.end
            gap = {t.text.lower() for t in doc[k:ms]}
            # "Hinter A, B und C belegt X den vierten Rang": a list that opens the sentence holds
            # the places before the one its clause names, whatever stands between
            # (not "Hinter Adorf, das auf Rang sechs kam, …": the relative clause places the name)
            opens = (
                chunk.start - 1 == sent.start
                and rc.doc_words(doc)[sent.start].lower() == "hinter"
                and rc.doc_words(doc)[k] != ","
            )
            if (not opens and not gap <= {"den", "dem", "auf", "sogar", "nur", "knapp"}) or rank <= len(names):
                continue
            for offset, name in enumerate(names):
                add(name, rank - len(names) + offset, s, e, "ahead", sent)

    @staticmethod
    def _stays(
        text: str,
        st: int,
        s: int,
        entity: str | None,
        rank: int,
        e: int,
        cands: list[_Cand],
        doc: Doc,
        sent: Span,
    ) -> None:
        """ "bleibt auf Platz 1", "verteidigt Platz 1": the place was the same in the edition before."""
        if entity is None:
            return
        clause = text[max(st, s - 40) : s]
        if rc.re_search(
            r"(?i)(?<!\w)(?:bleibt|blieb|bleiben|behauptet|behauptete|verteidigt|verteidigte)\s(?:\w+\s){0,2}$",
            clause,
            timeout=REGEX_TIMEOUT,
        ):
            cands.append(
                _Cand(entity, rank, s, e, "stays", None, True, rc.clause_category(doc, sent, s), None, st)
            )

    def _ties(
        self, ctx: rc.DocContext, doc: Doc, sent: Span, found: tuple[str, int] | None, me: int
    ) -> list[str]:
        """ "kamen die Schülerinnen A und B": names joined by "und" share the place; so does the one
        "gemeinsam mit" or "punktgleich mit" the holder."""
        if found is None:
            return []
        shared = self._shared_with(ctx, doc, sent, me)
        names = self._tied_names(ctx, doc, sent, found, me)
        return names + [n for n in shared if n not in names]

    @staticmethod
    def _shared_with(ctx: rc.DocContext, doc: Doc, sent: Span, me: int) -> list[str]:
        """ "belegt den zweiten Platz – diesmal gemeinsam mit Bedorf": the name after
        "gemeinsam/zusammen/punktgleich mit" in the clause of the place shares it."""
        words = rc.doc_words(doc)
        for k in range(me, min(sent.end - 2, me + 10)):
            if words[k] in {",", ";", ":", "."}:
                return []
            if words[k].lower() in {"gemeinsam", "zusammen", "punktgleich"} and words[k + 1] == "mit":
                j = k + 2
                if j < sent.end and words[j].lower() in rc.ARTICLES:
                    j += 1
                chunk = ctx.chunk_at(j)
                return [chunk.text] if chunk is not None and chunk.start == j else []
        return []

    def _tied_names(
        self, ctx: rc.DocContext, doc: Doc, sent: Span, found: tuple[str, int], me: int
    ) -> list[str]:
        entity, at = found
        chunk = ctx.chunk_at(at)
        if chunk is None or chunk.text != entity:
            return [entity]
        if at >= me:
            names = self._entities_after(ctx, doc, sent, at)
            return names or [entity]
        # "A und B haben die Höchstpunktzahl erreicht"
        if chunk.start >= 2 and rc.doc_words(doc)[chunk.start - 1] == "und":
            before = ctx.chunk_at(chunk.start - 2)
            if before is not None and not before.prepositional and " " in before.text and " " in entity:
                return [before.text, entity]
        return [entity]

    @staticmethod
    def _from_last(text: str, word: str, e: int) -> int | None:
        """ "den drittletzten Platz unter den 24 Gemeinden" is 22: counted from the end of a field the text sizes."""
        low = word.lower()
        if rc.re_fullmatch(r"letzte[nrms]?", low, timeout=REGEX_TIMEOUT):
            from_end = 1
        else:
            value = rc.ordinal_prefix_value(low)
            if value is None or value[1] != "letzt":
                return None
            from_end = value[0]
        field_size = FIELD_AFTER.match(text, e, timeout=REGEX_TIMEOUT)
        if field_size is None:
            return None
        size = int(field_size["n"].replace(".", ""))
        return size - from_end + 1 if size >= from_end else None

    @staticmethod
    def _won_a_ranking(text: str, st: int, en: int, s: int, e: int, verb: str) -> bool:
        """ "gewinnt" alone or with a competition ("den Wettbewerb", "den Landesentscheid"); not a
        match ("das Spitzenspiel mit 2:1 gewonnen") or anything else won."""
        clause = text[st:en]
        # a match result ("mit 2:1"), not a time ("in 16:32 Minuten")
        if rc.re_search(
            r"\d\s?:\s?\d+(?!\d)(?!\s?(?:Min|Std|Uhr|Stunden|Sek|h\b))", clause, timeout=REGEX_TIMEOUT
        ):
            return False
        if verb.lower() in {"gewonnen", "gesiegt"}:
            obj = rc.re_search(
                r"(?:den|das|die|einen|ein)\s(?:[a-zäöü]+\s)?(?P<noun>[A-ZÄÖÜ][\w-]+)\s$",
                text[max(st, s - 60) : s],
                timeout=REGEX_TIMEOUT,
            )
        else:
            obj = rc.re_match(
                r"\s(?:[^\s,.;]+\s){0,6}?(?:den|das|die|einen|ein)\s(?:[a-zäöü]+\s)?(?P<noun>[A-ZÄÖÜ][\w-]+)",
                text[e : min(en, e + 80)],
                timeout=REGEX_TIMEOUT,
            )
            if rc.re_match(r"\s?(?:[,.;:]|und\s|$)", text[e : e + 5], timeout=REGEX_TIMEOUT):
                obj = None
        if obj is None:
            return True
        return bool(
            rc.re_search(
                r"(?i)(?:(?:wettbewerb|entscheid|titel|ranking|test|vergleich|meisterschaft|turnier|pokal|cup|finale|rennen|wahl|award|rating|wertung|runde|ausscheid|contest|challenge|index)s?"
                # "siegt in den Kategorien A und B", "gewinnt in der Klasse der Junioren": a
                # section of a competition is won like the competition
                r"|(?:kategorie|klasse|disziplin|sparte)n?|disziplinen)$",
                obj["noun"],
                timeout=REGEX_TIMEOUT,
            )
        )

    @staticmethod
    def _opens_list_item(doc: Doc, sent: Span, start: int) -> bool:
        """Whether the name at ``start`` (after its article) follows a comma, "und" or "sowie" within
        its sentence: "…, Bedorf auf 47", "und die Stadt Cedorf von 12 auf 9" go on a list."""
        j = start - 1
        while j > sent.start and rc.doc_words(doc)[j].lower() in rc.ARTICLES:
            j -= 1
        return j > sent.start and rc.doc_words(doc)[j] in {",", "und", "sowie"}

    @staticmethod
    def _apposition_after(ctx: rc.DocContext, doc: Doc, sent: Span, me: int) -> tuple[str, int] | None:
        """ "Neben dem Sieger der Auswertung, Kalmstadt, …": a name set off by commas right after the
        title (and a genitive of the competition) is the one who holds it."""
        words = rc.doc_words(doc)
        k = me
        if k + 1 < sent.end and words[k] in {"der", "des"}:
            k += 2  # "der Auswertung", "des Wettbewerbs"
        if k + 1 >= sent.end or words[k] != ",":
            return None
        chunk = ctx.chunk_at(k + 1)
        if chunk is None or chunk.start != k + 1 or chunk.end >= sent.end or words[chunk.end] != ",":
            return None
        return chunk.text, chunk.start

    @staticmethod
    def _heads_a_ranking(text: str, st: int, en: int, s: int, e: int) -> bool:
        """ "X steht an der Spitze", "An der Spitze liegt X": a place at the top needs a verb of
        standing; "mit Bürgermeister X an der Spitze" (headed by) and "Wechsel an der Spitze" (of
        an office) are none."""
        before = text[max(st, s - 60) : s]
        if rc.re_search(r"(?<!\w)mit\s[^,.;:]{1,50}$", before, timeout=REGEX_TIMEOUT):
            return False
        near = text[max(st, s - 70) : min(en, e + 40)]
        return bool(
            rc.re_search(
                r"(?<!\w)(?:steht|stehen|stand|standen|liegt|liegen|lag|lagen|ist|sind|war|waren|bleibt|blieb|"
                r"thront|thronte|rangiert|rangierte|landet|landete|landen|behauptet|verteidigt)(?!\w)",
                near,
                timeout=REGEX_TIMEOUT,
            )
        )

    @staticmethod
    def _plural_winner(text: str, st: int, s: int, word: str) -> bool:
        """ "die Sieger", "Die Adorfer Sieger", "den Gewinnern": plural, no single rank 1."""
        if word[:1].islower() or word.endswith("in"):
            return False
        before = text[max(st, s - 40) : s]
        after = text[s + len(word) : s + len(word) + 12]
        plural = bool(
            rc.re_search(
                r"(?:^|\s)(?:[Dd]ie|[Dd]en|[Aa]lle|[Ii]hre|\d+)\s(?:(?:[\d.]+|[a-zäöüß-]+)\s){0,3}$",
                before,
                timeout=REGEX_TIMEOUT,
            )
            or rc.re_search(r"[A-ZÄÖÜ]\w+er\s$", before, timeout=REGEX_TIMEOUT)
            # "die Siegerinnen und Sieger": the pair form of a plural
            or rc.re_search(r"\w+innen\s(?:und|&)\s$", before, timeout=REGEX_TIMEOUT)
            # "zum Finale der Kreissieger": a genitive plural after a noun
            or rc.re_search(r"[A-ZÄÖÜ]\w+\sder\s$", before, timeout=REGEX_TIMEOUT)
        )
        if word.endswith(("bester", "beste")):
            # "Jahrgangsbester wurde Max Lehmann"; "ehrt die Landesbesten" and "und Landesbeste" are many
            return not (
                rc.re_search(
                    r"(?:^|\s)(?:ist|wurde|wird|war|als)\s$", before_text(text, st, s), timeout=REGEX_TIMEOUT
                )
                or rc.re_match(
                    r"\s(?:ist|wurde|wird|war|bleibt)\s",
                    text[s + len(word) : s + len(word) + 12],
                    timeout=REGEX_TIMEOUT,
                )
            )
        if not word.endswith("er"):
            return False  # "die Höchstpunktzahl": "die" is the singular article here
        if plural or word in load_lexicon("ranking_winner_words"):
            return plural
        # a compound ("Branchensieger") counts where it is said of someone: "X ist Branchensieger",
        # "Branchensieger wurde X", "der Kategoriesieger"
        # "X ist damit Landessieger", "X und Y sind damit Landessieger" (the names share the place)
        # ("Adorfer Realschüler sind Landessieger" names no one: a plural verb needs the names
        # joined by "und" before it)
        said_of = bool(
            rc.re_search(
                rf"(?:^|\s)(?:(?:ist|wurde|wird|war){LINKING_ADVERBS}|als|zum|zur|der|neuer|neue|Der)\s$",
                before,
                timeout=REGEX_TIMEOUT,
            )
            or rc.re_match(r"\s(?:ist|wurde|wird|wurden|war|bleibt)\s", after, timeout=REGEX_TIMEOUT)
            # "Kategoriesieger: Chor X": a result line labelled by the winner's noun
            or rc.re_match(r":\s", after, timeout=REGEX_TIMEOUT)
            # "Spitzenreiter in der Wertung war Adorf": a phrase of the ranking before the verb
            or rc.re_match(
                # "Sieger des Wettbewerbs wurde X": a genitive of the competition likewise
                r"\s(?:in|im|bei|beim|unter|der|des)\s(?:[^\s,.;:]+\s){1,5}?(?:ist|wurde|wird|war|bleibt|blieb)\s",
                text[s + len(word) : s + len(word) + 70],
                timeout=REGEX_TIMEOUT,
            )
            or rc.re_search(
                r"\s\p{Lu}\w+\sund\s\p{Lu}\w+(?:\s\p{Lu}\w+)?\s[^.;:]{0,120}?"
                rf"(?:sind|wurden|waren){LINKING_ADVERBS}\s$",
                text[max(st, s - 200) : s],
                timeout=REGEX_TIMEOUT,
            )
        )
        # "Meister und damit Aufsteiger in die Oberliga ist der FC": a second title between
        if not said_of and "eister" in word:
            said_of = bool(
                rc.re_match(
                    r"\sund\s(?:damit\s|somit\s)?[A-ZÄÖÜ]\w+(?:\s[^,.;]{0,30}?)?\s(?:ist|wurde|wird|war)\s",
                    text[s + len(word) : s + len(word) + 70],
                    timeout=REGEX_TIMEOUT,
                )
            )
        return not said_of

    def _list_entities(
        self, ctx: rc.DocContext, doc: Doc, sent: Span, ms: int, me: int, n: int, before_only: bool = False
    ) -> list[str]:
        """The names a list of places belongs to: after "belegen" that follows, else the last n before."""
        if not before_only:
            after = self._entities_after_verb(ctx, doc, sent, me)
            if after:
                return after[:n]
        names: list[str] = []
        i = ms - 1
        depth = 0
        while i >= sent.start and len(names) < n:
            t = rc.doc_words(doc)[i]
            if t == ")":
                depth += 1
            elif t == "(":
                depth -= 1
            elif depth == 0:
                if t in rc.CLAUSE_STOP:
                    break
                if (
                    t == ","
                    and i > sent.start
                    and ctx.chunk_at(i - 1) is None
                    and rc.doc_words(doc)[i - 1] != ")"
                ):
                    break  # "holt den ersten Platz, Bedorf und Cedorf liegen dahinter"
                chunk = ctx.chunk_at(i)
                if chunk is not None:
                    if not chunk.prepositional and chunk.text not in names:
                        names.append(chunk.text)
                    i = chunk.start
            i -= 1
        names.reverse()
        return names if len(names) == n or (before_only and names) else []

    def _entities_after_verb(self, ctx: rc.DocContext, doc: Doc, sent: Span, me: int) -> list[str]:
        for k in range(me, min(sent.end, me + 12)):
            if rc.doc_words(doc)[k].lower() in {
                "belegen",
                "belegten",
                "belegt",
                "gehen",
                "gingen",
                "erreichen",
                "erreichten",
                "sind",
                "waren",
                "folgen",
                "folgten",
                "landen",
                "landeten",
                "kommen",
                "kamen",
                "liegen",
                "lagen",
                "rangieren",
                "rangierten",
                # "Auf den Plätzen sechs bis zehn rangiert A …": a range opening a passage
                # takes a singular verb with the first of its names
                "liegt",
                "lag",
                "rangiert",
                "landet",
                "landete",
                "kommt",
                "kam",
                "folgt",
                "folgte",
            }:
                return self._entities_after(ctx, doc, sent, k + 1)
        return []

    @staticmethod
    def _entities_after(ctx: rc.DocContext, doc: Doc, sent: Span, start: int) -> list[str]:
        """ "Muster GmbH (Adorf) und Beispiel AG (ebenfalls Talheim)": names joined by commas, und, sowie."""
        names: list[str] = []
        i = start
        depth = 0
        expecting = True
        while i < sent.end:
            t = rc.doc_words(doc)[i]
            if t == "(":
                depth += 1
            elif t == ")":
                depth -= 1
            elif depth == 0:
                chunk = ctx.chunk_at(i)
                if chunk is not None and expecting:
                    names.append(chunk.text)
                    expecting = False
                    i = chunk.end
                    continue
                if (
                    chunk is None
                    and expecting
                    and (names or (i + 1 < sent.end and rc.doc_words(doc)[i + 1] in {",", "und", "sowie"}))
                    and i > start
                    and rc.doc_words(doc)[i - 1].lower() in rc.ARTICLES
                    and rc.is_name_word(t)
                ):
                    # "..., die Bank Ost sowie die Stadtbank": a one-word name the text only writes
                    # after an article is still a name where it goes on a list of names
                    names.append(t)
                    expecting = False
                    i += 1
                    continue
                low = t.lower()
                if t in {"–", "-"} and names and i + 1 < sent.end and ctx.chunk_at(i + 1) is not None:
                    # "die HfT – Hochschule für Technik Adorf": the spelled-out name
                    nxt = ctx.chunk_at(i + 1)
                    assert nxt is not None
                    names[-1] = nxt.text
                    i = nxt.end
                    continue
                if low in {"und", "sowie", ","}:
                    # ", die seit Jahren ..." opens a relative clause; ", die Musterbank" (an
                    # article before a name) goes on with the list
                    if (
                        low == ","
                        and i + 1 < sent.end
                        and rc.doc_words(doc)[i + 1].lower() in rc.RELATIVE_PRONOUNS
                        and ctx.chunk_at(i + 2) is None
                        # ", die niederländische Hochschule X": an adjective before the name
                        and not (
                            i + 3 < sent.end
                            and rc.doc_words(doc)[i + 2].islower()
                            and rc.doc_words(doc)[i + 2].endswith(("e", "en"))
                            and rc.ordinal_prefix_value(rc.doc_words(doc)[i + 2]) is None  # "der zweitplatzierte X"
                            and ctx.chunk_at(i + 3) is not None
                        )
                    ):
                        break
                    # ", ein Familienbetrieb": an apposition, no further name
                    if low == "," and i + 1 < sent.end and rc.doc_words(doc)[i + 1].lower() in german.INDEFINITE_ARTICLES:
                        break
                    expecting = True
                elif (
                    not expecting
                    and low == "den"
                    and i + 1 < sent.end
                    and rc.re_fullmatch(r"\d{1,4}\.", rc.doc_words(doc)[i + 1], timeout=REGEX_TIMEOUT)
                ):
                    # "…, die AOK den 25.": the last name has a place of its own
                    return names[:-1]
                elif low in rc.ARTICLES or (t[:1].isupper() and not expecting) or low in AFTER_NAME_PHRASE:
                    if low in AFTER_NAME_PHRASE and not expecting:
                        # "A mit 8,66 und B mit 8,58 Punkten": skip the phrase to the next joiner;
                        # "A auf Platz 2 und B auf Platz 3": each has a place of its own, no list
                        k = i
                        while k < sent.end and rc.doc_words(doc)[k].lower() not in {",", "und", "sowie"}:
                            if rc.doc_words(doc)[k] in {"Platz", "Rang"}:
                                return names[:-1] if len(names) > 1 else []
                            if rc.doc_words(doc)[k].lower() in {"vor", "hinter", "gefolgt", "als"}:
                                return names  # "siegte A in 16:32 Minuten vor B und C": an order, no list
                            k += 1
                        i = k
                        continue
                elif t[:1].isupper() and expecting:
                    if names:
                        break  # "Zweiter wurde Bedorf, Dritter Cedorf": a new clause
                elif (
                    expecting
                    and names
                    and t[:1].islower()
                    and rc.doc_words(doc)[i - 1].lower() in rc.ARTICLES
                    and low.endswith(("e", "en", "er", "es", "em"))
                    and rc.ordinal_prefix_value(low) is None
                ):
                    pass  # "…, die niederländische Hochschule X": an adjective between article and name
                elif expecting and names and t[:1].islower():
                    break  # "Adorf, gefolgt von ...": the list has ended
                elif not expecting and low not in {"ebenfalls", "jeweils"}:
                    break
            i += 1
        return names

    @staticmethod
    def _previous_rank(cands: list[_Cand], first_in_sent: int, st: int) -> _Cand | None:
        return cands[-1] if cands else None

    def _numbered_lines(self, doc: Doc) -> list[_Cand]:
        """A table: "1. SV Adorf (48 Punkte)", "2. ..." on consecutive lines, numbered 1, 2, 3."""
        text = rc.doc_text(doc)
        lines = list(LIST_LINE.finditer(text, timeout=REGEX_TIMEOUT))
        out: list[_Cand] = []
        runs: list[list[regex.Match[str]]] = []
        for m in lines:
            if runs and int(m["n"]) == int(runs[-1][-1]["n"]) + 1:
                runs[-1].append(m)
            else:
                runs.append([m])
        ctx = rc.build_context(doc)
        for run in runs:
            if len(run) < 3:
                continue
            for m in run:
                body_start = m.start("body")
                ti = self._tok(doc, body_start)
                chunk = ctx.chunk_at(ti)
                # "1. Hessens grünste Gemeinden": a numbered heading, no placement
                if chunk is None or rc.is_region_genitive(rc.doc_words(doc)[chunk.start]):
                    continue
                out.append(_Cand(chunk.text, int(m["n"]), m.start(), m.end(), "table"))
        # rows of a table set in plain text: three or more, numbered on from one line to the next
        rows: list[list[regex.Match[str]]] = []
        for m in SPACED_ROW.finditer(text, timeout=REGEX_TIMEOUT):
            if rows and int(m["n"]) == int(rows[-1][-1]["n"]) + 1:
                rows[-1].append(m)
            else:
                rows.append([m])
        for run in rows:
            if len(run) >= 3:
                out.extend(_Cand(m["body"], int(m["n"]), m.start(), m.end(), "table") for m in run)
        # enumerations "1. A, 2. B, 3. C" within a line: from 1 up (or from any place after a label
        # of places), items close to each other
        items = list(ENUM_ITEM.finditer(text, timeout=REGEX_TIMEOUT))
        enum_runs: list[list[regex.Match[str]]] = []
        for m in items:
            if (
                enum_runs
                and int(m["n"]) == int(enum_runs[-1][-1]["n"]) + 1
                and m.start() - enum_runs[-1][-1].end() <= 150
                and "\n" not in text[enum_runs[-1][-1].end() : m.start()]
            ):
                enum_runs[-1].append(m)
            elif int(m["n"]) == 1 or ENUM_PLACES_LABEL.search(
                text, max(0, m.start() - 30), m.start(), timeout=REGEX_TIMEOUT
            ):
                enum_runs.append([m])
        for run in enum_runs:
            if len(run) < 3:
                continue
            for m in run:
                chunk = ctx.chunk_at(self._tok(doc, m.end()))
                first = doc[self._tok(doc, m.end())]
                if chunk is None and first.text in {"Die", "Der", "Das"} and first.idx == m.end():
                    # "7. Die Nachtfalter": a name (a band's, a team's) that opens with its article
                    after = ctx.chunk_at(first.i + 1)
                    if after is not None and after.start == first.i + 1:
                        out.append(_Cand(f"{first.text} {after.text}", int(m["n"]), m.start(), m.end(), "table"))
                    continue
                if chunk is None or chunk.char_start not in (m.start(), m.end()):
                    continue
                # a model entity may take the number in: "2. Lübeck"
                name = chunk.text[len(m.group(0)) :] if chunk.char_start == m.start() else chunk.text
                if name:
                    out.append(_Cand(name, int(m["n"]), m.start(), m.end(), "table"))
        for m in PLACE_LINE.finditer(text, timeout=REGEX_TIMEOUT):
            rank = _cardinal_or_digit(m["n"].lower())
            chunk = ctx.chunk_at(self._tok(doc, m.start("body")))
            if rank is not None and chunk is not None and chunk.char_start == m.start("body"):
                out.append(_Cand(chunk.text, rank, m.start(), m.end(), "table"))
        return out

    def _top_list(self, doc: Doc) -> list[_Cand]:
        """ "Top 5 der Fahrradstädte" and the bulleted lines under it: places 1, 2, 3 in the order written."""
        text = rc.doc_text(doc)
        ctx = rc.build_context(doc)
        out: list[_Cand] = []
        for head in TOP_HEADING.finditer(text, timeout=REGEX_TIMEOUT):
            size = int(head["n"])
            pos = head.end()
            for rank, line in enumerate(BULLET_LINE.finditer(text, pos, timeout=REGEX_TIMEOUT), start=1):
                if line.start() != pos or rank > size:
                    break
                chunk = ctx.chunk_at(self._tok(doc, line.start("body")))
                if chunk is not None:
                    out.append(_Cand(chunk.text, rank, line.start("body"), line.end("body"), "top_list"))
                pos = line.end()
        return out

    # ------------------------------------------------------------------ validation
    def _finish(
        self, doc: Doc, cands: list[_Cand], main: rc.RankingName | None, edition: int | None
    ) -> list[Ranking]:
        doc_of = self._doc_of(doc)
        ctx = rc.build_context(doc)
        ranking_name = main.name if main else None
        out: list[Ranking] = []
        for c in cands:
            if c.kind == "table":
                c = replace(c, year=edition)
            of = c.of
            if of is None and c.category is None and c.year == edition:
                of = doc_of
            if of is not None and c.rank > of:
                of = None
            entity = rc.full_name(ctx, c.entity.strip(" ,."), c.start)
            # "das Adorfer Klinikum Platz 41": the place read into the name is no part of it
            entity = rc.re_sub(r"\s(?:Platz|Rang|Position)\s\d{1,4}$", "", entity)
            if not any(ch.isalpha() for ch in entity):
                continue  # "landet die Hansestadt auf Rang 8" with no town named before: a number is no one
            if entity in _winner_nouns():
                continue  # "Spitzenreiter im Gesamtranking ist X": the title, not who holds it
            if COMPETITION_NAME.search(entity.rsplit(" ", 1)[-1], timeout=REGEX_TIMEOUT):
                continue  # "im Gesamtranking auf Platz 8", "beim Netztest": the ranking, not who is placed
            if self._common_noun(doc, entity, c.sent_start):
                continue
            entity = self._without_role_noun(doc, entity, c.sent_start)
            same = [
                k
                for k, r in enumerate(out)
                if r.rank == c.rank
                and r.year == c.year
                and (r.category or "").casefold() == (c.category or "").casefold()
                and rc.same_entity(r.entity, entity)
            ]
            if same:
                # the headline's "X ist Testsieger" and the body's "Testsieger unter 24": one placement
                if out[same[0]].of is None and of is not None:
                    out[same[0]] = replace(out[same[0]], of=of)
                continue
            out.append(
                Ranking(
                    entity,
                    c.rank,
                    c.year,
                    ranking_name,
                    c.category,
                    of,
                    c.start,
                    c.end,
                    f"{self.name}:{c.kind}",
                )
            )
        out.sort(key=lambda r: r.start)
        return _share_field_size(out)

    @staticmethod
    def _common_noun(doc: Doc, entity: str, sent_start: int) -> bool:
        """A one-word entity the tagger reads as a common noun wherever its sentence writes it.

        What is placed is a name: "Im Vergleich landete die Auswahl auf Platz 3" places no one,
        "Kalmstadt landete auf Platz 3" does. Only with a tagger; untagged docs keep every word.
        """
        if " " in entity or not doc.has_annotation("TAG"):
            return False
        sent = doc[rc.token_index_at(doc, sent_start)].sent
        words = [t for t in sent if t.text == entity]
        # "Die Auswahl überzeugt. Auf Platz 5 steht sie": a name carried from an earlier sentence is
        # judged by how the doc writes it there
        words = words or [t for t in doc if t.text == entity]
        # "Glaubt man …", "Dazu …", "Bezogen auf …": a capitalized verb, adverb or pronoun at a
        # sentence start is no name whatever follows it
        if words and all(
            not t.ent_type_ and (t.tag_.startswith("V") or t.tag_ in _NEVER_NAME_TAGS) for t in words
        ):
            return True
        if not words or any(t.tag_ != "NN" or t.ent_type_ or "-" in t.text for t in words):
            return False
        # a common noun takes an article or a modifier; a town's name goes bare ("Kalmstadt liegt …")
        if any(t.i > t.sent.start and doc[t.i - 1].tag_ in _NOUN_MARKERS for t in words):
            return True
        return _bare_common_noun(doc, entity)

    @staticmethod
    def _without_role_noun(doc: Doc, entity: str, sent_start: int) -> str:
        """ "Sängerin Mira Holt", "Brillenhändler Kalmor": a common noun before the name the model
        tags is an apposition of role or kind, no part of the name ("Sparkasse Kalmstadt", which the
        model tags whole, keeps it). Only with a tagger."""
        words = entity.split(" ")
        if len(words) < 2 or not doc.has_annotation("TAG") or not doc.has_annotation("ENT_IOB"):
            return entity
        # "FH Kalmstadt", "Uni Brenndorf": a short form of a kind of body is part of the name;
        # "Landkreis Brenndorf" names another unit than the town
        if len(words[0]) <= 3 or not words[0][1:].islower() or words[0] in load_lexicon("org_place_heads"):
            return entity
        sent = doc[rc.token_index_at(doc, sent_start)].sent
        for t in sent:
            if t.i + len(words) > sent.end or t.text != words[0] or doc[t.i + 1].text != words[1]:
                continue
            last = doc[t.i + len(words) - 1]
            if last.text != words[-1]:
                continue
            nxt = doc[t.i + 1]
            if t.tag_ == "NN" and not t.ent_type_ and nxt.ent_iob_ == "B" and nxt.ent_type_:
                ent = next((x for x in doc.ents if x.start == nxt.i), None)
                if ent is not None and ent.end == last.i + 1:
                    return " ".join(words[1:])
        return entity

    @staticmethod
    def _doc_of(doc: Doc) -> int | None:
        for m in _count_pattern().finditer(rc.doc_text(doc), timeout=REGEX_TIMEOUT):
            before = rc.doc_text(doc)[max(0, m.start() - 12) : m.start()]
            if rc.re_search(r"(?i)(?:mehr\sals|über|rund|knapp|fast)\s$", before, timeout=REGEX_TIMEOUT):
                continue
            # "alle 57 kreisfreien Städte ... sowie zwei Stadtstaaten": one part of the field
            if rc.re_match(
                r"(?:[^.;:]|\.(?=\d)){0,80}?\s(?:sowie|plus|und)\s(?:weitere\s)?(?:\d{1,5}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s",
                rc.doc_text(doc)[m.end() : m.end() + 120],
                timeout=REGEX_TIMEOUT,
            ):
                continue
            return int(m["n"].replace(".", ""))
        return None

    def set_annotations(self, doc: Doc, rankings: list[Ranking]) -> None:
        set_facts(doc, "rankings", rankings)

    @degrade_on_timeout("rankings")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


# The last word of a ranking's or a competition's own name ("Gesamtranking", "Netztest",
# "Stadtmarathon", "Song Contest"): such a name is what places, never the one placed
COMPETITION_NAME = regex.compile(
    r"(?i:ranking|rangliste|wettbewerb|contest|marathon|turnier|meisterschaft|netztest|städtetest)$", regex.V1
)


# STTS tags of words that are never names: adverbs, pronominal adverbs, adjectives ("Stolze
# Zweite wurde …" opening a sentence), conjunctions, prepositions, pronouns
_NEVER_NAME_TAGS = frozenset(
    {"ADV", "PROAV", "PAV", "ADJD", "ADJA", "KOUS", "KON", "KOKOM", "APPR", "APPRART", "PPER", "PDS", "PIS", "PRELS", "PWS", "PWAV"}
)


@lru_cache(maxsize=1)
def _winner_nouns() -> frozenset[str]:
    """The capitalized one-word titles of the winner lexicon ("Spitzenreiter", "Testsieger")."""
    return frozenset(w for w in load_lexicon("ranking_winner_words") if w[:1].isupper() and " " not in w)


def _share_field_size(rankings: list[Ranking]) -> list[Ranking]:
    """GUIDELINES: a field size stated once holds for every placement of the same ranking, year
    and category ("Testsieger unter 24 Paketdienstleistern … vor A und B": A and B of 24 too)."""
    def edition(r: Ranking) -> tuple[str, int | None, str]:
        return (r.ranking or "").casefold(), r.year, (r.category or "").casefold()

    sizes: dict[tuple[str, int | None, str], set[int]] = {}
    for r in rankings:
        if r.of is not None:
            sizes.setdefault(edition(r), set()).add(r.of)
    out = []
    for r in rankings:
        known = sizes.get(edition(r), set())
        if r.of is None and len(known) == 1 and r.rank <= min(known):
            r = replace(r, of=min(known))
        out.append(r)
    return out


@Language.factory(
    "pressextract_rankings",
    assigns=["doc._.pressextract_rankings"],
    requires=["doc._.pressextract_published"],
    default_config={},
)
def make_rankings(nlp: Language, name: str) -> RankingExtractor:
    return RankingExtractor(nlp, name)


def _bare_common_noun(doc: Doc, entity: str) -> bool:
    """A bare one-word entity that the tagger reads, wherever the doc writes it, as an inflected
    common noun outside any model entity ("Platz 1 für Weine aus …", "auf Rang 3 bei Hotels"): a
    noun the lemmatizer knows in another form is no name. Names in "-en" ("Kalmhofen", "Brenden")
    are left alone: the lemmatizer cuts their ending like a plural's."""
    hits = [t for t in doc if t.text == entity]
    return (
        bool(hits)
        and not entity.endswith("en")
        and all(t.tag_ == "NN" and not t.ent_type_ and t.lemma_ != t.text for t in hits)
    )
