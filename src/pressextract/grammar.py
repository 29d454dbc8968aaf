"""Grammar helpers shared by the extraction components: decisions on the part of speech, the
lemma and the model's entities of a Doc's tokens rather than on capitalization alone.

German capitalizes every noun, so a capital letter does not tell a name ("Rendmark") from a
common noun ("Filialen", "Bibliothek", "Kür"). The tagger does: STTS ``NE`` (UPOS ``PROPN``) for
proper nouns, ``NN`` (``NOUN``) for common nouns. Every helper here falls back to "yes, may be a
name" on a pipeline without a tagger (``doc.has_annotation("TAG")`` is False), so the components
behave as they did before part of speech was available.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

# STTS tags of words that can be (part of) a name: proper nouns, and foreign-language words,
# which in German text are mostly names of firms, products and programmes ("Sea Cloud Spirit",
# "Group") rather than German common nouns.
NAME_TAGS = frozenset({"NE", "FM"})
NAME_POS = frozenset({"PROPN", "X"})


def has_tags(doc: Doc) -> bool:
    """Whether the pipeline tagged part of speech (STTS in ``tag_`` or UPOS in ``pos_``)."""
    return bool(doc.has_annotation("TAG") or doc.has_annotation("POS"))


def is_acronym_like(token: Token) -> bool:
    """Acronyms and spellings no common noun has: two capitals in one part of a word ("DVB",
    "TARGOBANK", "KölnBonn") or a digit inside a word ("1822direkt", "O2"). A German common
    noun has one capital, first; a hyphenated compound one per part ("Online-Marketing-Team")."""
    text = token.text
    if not any(c.isalpha() for c in text):
        return False
    if any(c.isdigit() for c in text):
        return True
    return any(sum(1 for c in part if c.isupper()) >= 2 for part in text.split("-"))


def is_name_token(token: Token, *, entities: bool = True) -> bool:
    """A token that makes the phrase it stands in a name: tagged a proper noun or a foreign word,
    spelled as an acronym, or (``entities``) inside one of the model's named entities. A caller
    that judges a model entity itself passes ``entities=False``: the model reads capitalized
    common nouns as names too ("in der Rushhour")."""
    return (
        token.tag_ in NAME_TAGS
        or token.pos_ in NAME_POS
        or (entities and bool(token.ent_type_))
        or is_acronym_like(token)
    )


# Words before a noun that make it a common noun in use: articles, demonstratives, possessives
# and prepositions fused with an article ("die Kür", "ihrer Kür", "im Abitur"). A place or a
# firm's brand stands without one ("Rendmark", "Zalpo"); where a name takes an article, its own
# head noun says so ("die Sparkasse") and the caller passes that test as ``head``.
# "deren"/"dessen" before a noun work as a possessive; the tagger often reads them as
# pronouns (PDS, PRELS).
DETERMINER_TAGS = frozenset(
    {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT", "PRELAT", "APPRART", "PDS", "PRELS"}
)


def is_place_adjective(token: Token) -> bool:
    """ "Bonner", "Rendmarker", "Schweizer": an adjective made from a place name ends in "-er",
    keeps its capital and is never inflected (its lemma is itself), so it names ("Bonner
    Jazzchor"). An ordinary adjective is inflected ("Größter" -> "groß")."""
    return (
        token.pos_ == "ADJ"
        and token.text[:1].isupper()
        and token.text.endswith("er")
        and token.lemma_ == token.text
    )


def is_inflected_noun(token: Token) -> bool:
    """A common noun in an inflected form the lemmatizer undoes: a plural ("Filialen" ->
    "Filiale", "Fortschritte" -> "Fortschritt") or a dative "-n". Names are not inflected in
    German beyond the genitive "-s" ("Rendmarks"), so that ending alone does not count."""
    if token.pos_ != "NOUN" or not token.lemma_:
        return False
    text, lemma = token.text.casefold(), token.lemma_.casefold()
    return text != lemma and text not in {lemma + "s", lemma + "es"}


def is_common_noun_phrase(
    span: Span, head: Callable[[str], bool] | None = None, *, entities: bool = True
) -> bool:
    """Whether ``span`` is a description made of common nouns, not a name.

    German capitalizes every noun, so "deren Filialen" or "ihre Kür" look like names to a rule
    that reads capitals. With part of speech: no proper noun, foreign word, model entity, acronym
    or place adjective in it; an article, demonstrative or possessive before it; and either its
    last noun is plural or inflected ("die Filialen", "seine Fortschritte") or it is that one
    noun ("die Kür"). Not where the last noun is an organization's head noun (``head``: "die
    Sparkasse", "die Stadtwerke" name a body). The tagger often tags a rare place or firm NN,
    and the lemmatizer reads a place in "-en" as a plural ("Rendmarken"), so a noun without an
    article is given the benefit of the doubt. Without a tagger nothing is a common noun phrase."""
    doc = span.doc
    if not has_tags(doc):
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or any(is_name_token(t, entities=entities) or is_place_adjective(t) for t in words):
        return False
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not nouns or (head is not None and (head(nouns[-1].text) or head(nouns[-1].lemma_))):
        return False
    last = nouns[-1]
    # German writes a compound of common nouns as one word ("Umweltstiftung"), so two nouns side
    # by side ("die Rendmark Kliniken", "der Zalpo Umweltstiftung") hold a name the tagger missed
    following = doc[span.end] if span.end < len(doc) else None
    if any(a.pos_ == "NOUN" and b.pos_ == "NOUN" for a, b in pairwise(words)) or (
        following is not None and following.pos_ in {"NOUN", "PROPN"}
    ):
        return False
    if span.start == 0 or doc[span.start - 1].tag_ not in DETERMINER_TAGS:
        return False
    return is_inflected_noun(last) or len(words) == 1


def is_name_phrase(span: Span, head: Callable[[str], bool] | None = None, *, entities: bool = True) -> bool:
    """Whether ``span`` may name someone (see :func:`is_common_noun_phrase`)."""
    return not is_common_noun_phrase(span, head, entities=entities)
