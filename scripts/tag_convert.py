"""Training data for the tagger, POS and lemmatizer (issue 11) as spaCy DocBins.

- silver: ``build/tag/silver.jsonl`` from ``scripts/tag_silver.py`` (HanTa tags and lemmas),
  mapped to UD German GSD's conventions (``hanta_tag``, ``hanta_lemma``, ``STTS_UPOS``);
- gold: UD German GSD *dev* (STTS in XPOS, UPOS, LEMMA) and UD German PUD (UPOS, LEMMA; its XPOS
  column is not STTS, so its tags are left missing);
- GSD *test* is written to ``test.spacy`` for evaluation only and never enters train/dev.

UD multiword tokens (``zum`` = ``zu dem``) are read as their syntactic words, as UD scores them.
Consecutive sentences are joined into Docs of up to six sentences (see ``group_docs``).
Output: ``train.spacy`` (silver minus its tail + GSD dev + PUD minus its tail), ``dev.spacy``
(the tails: model selection), ``test.spacy`` (one sentence per Doc).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

# STTS -> UPOS as UD German GSD uses it (the majority UPOS of each XPOS in GSD dev; tags missing
# there follow the UD German guidelines). Modals and auxiliaries are AUX; separable verb particles
# ADP; 'als'/'wie' (KOKOM) ADP; 'um' before 'zu' (KOUI) ADP; truncated compounds NOUN.
STTS_UPOS: dict[str, str] = {
    "$(": "PUNCT", "$,": "PUNCT", "$.": "PUNCT",
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV",
    "APPO": "ADP", "APPR": "ADP", "APPRART": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOKOM": "ADP", "KON": "CCONJ", "KOUI": "ADP", "KOUS": "SCONJ",
    "NE": "PROPN", "NN": "NOUN", "PAV": "ADV",
    "PDAT": "DET", "PDS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PIS": "PRON",
    "PPER": "PRON", "PPOSAT": "DET", "PPOSS": "PRON", "PRELAT": "PRON", "PRELS": "PRON", "PRF": "PRON",
    "PTKA": "ADV", "PTKANT": "INTJ", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKZU": "PART",
    "PWAT": "DET", "PWAV": "ADV", "PWS": "PRON", "TRUNC": "NOUN",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "XY": "X", "_SP": "SPACE",
}

# HanTa writes TIGER's names and a few of its own; GSD writes PAV and '$(' and knows no NNA/NNI.
_TAG_RENAME = {"$": "$(", "PROAV": "PAV", "NNA": "NN", "NNI": "NN", "PIDAT": "PIAT"}

# GSD lemmatizes personal and reflexive pronouns to the nominative of their person ("mir" -> "ich",
# "uns" -> "wir"); HanTa keeps the form or writes "sich".
_PRONOUN_LEMMA = {
    "mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir", "euch": "ihr",
    "ihn": "er", "ihm": "er", "ihnen": "sie",
}
# HanTa gives determiners and quantifiers as bare stems; GSD names them by the -er/-e form.
_STEM_LEMMA = {
    "all": "alle", "ander": "anderer", "einig": "einige", "jed": "jeder", "dies": "dieser",
    "solch": "solcher", "welch": "welcher", "manch": "mancher", "jen": "jener", "selb": "selber",
}


# Separable verb particles that are also prepositions are ADP in GSD ("fängt ... an"), the others
# ADV ("stellt ... fest", "kommt ... zurück").
_PREPOSITION_PARTICLES = frozenset(
    ["ab", "an", "auf", "aus", "bei", "durch", "entgegen", "gegen", "hinter", "mit", "nach", "statt", "um", "vor", "zu", "zwischen", "über"])
# Indefinite pronouns that never stand before a noun stay PRON; GSD gives the others ("alles",
# "allem", "andere", "eine") DET like their determiner use.
_PRONOUN_ONLY = frozenset(["man", "nichts", "niemand", "etwas", "jemand", "jedermann", "nix", "was", "wer", "irgendwer"])


def hanta_tag(tag: str) -> str:
    tag = re.sub(r"[()]", "", tag)
    return _TAG_RENAME.get(tag, tag)


def silver_upos(words: list[str], tags: list[str], lemmas: list[str]) -> list[str]:
    """UPOS for HanTa's STTS in GSD's conventions, where the STTS tag alone does not decide."""
    has_participle = any(t in ("VVPP", "VAPP", "VMPP") for t in tags)
    upos = []
    for word, tag, lemma in zip(words, tags, lemmas):
        pos = STTS_UPOS[tag]
        if tag == "PTKVZ":
            pos = "ADP" if word.lower() in _PREPOSITION_PARTICLES else "ADV"
        elif tag == "PIS":
            pos = "PRON" if word.lower() in _PRONOUN_ONLY else "DET"
        elif tag.startswith("VA") and lemma == "haben" and not has_participle:
            pos = "VERB"  # "haben" without a participle in the sentence is the full verb
        upos.append(pos)
    return upos


def hanta_lemma(word: str, lemma: str, tag: str, i: int) -> str:
    low = word.lower()
    if tag in ("PPER", "PRF") and low in _PRONOUN_LEMMA:
        # "Ihnen" inside a sentence is the polite form, lemma "Sie" in GSD.
        if word == "Ihnen" and i > 0:
            return "Sie"
        return _PRONOUN_LEMMA[low]
    if tag == "PPER" and word == "Sie" and i > 0:
        return "Sie"
    if lemma in _STEM_LEMMA and tag in ("PIAT", "PIS", "PDAT", "PDS", "PWAT", "PWS", "ADJA"):
        return _STEM_LEMMA[lemma]
    if tag == "PIS" and lemma == "einer":
        return "ein"
    # HanTa title-cases what it does not know ("SPD" -> "Spd"); GSD keeps the written case
    # except for a capital that only marks the start of the sentence.
    if lemma.lower() == low and (i > 0 or tag in ("NN", "NE")):
        return word
    if i == 0 and tag not in _KEEP_CASE_TAGS and lemma[:1].isupper() and not lemma.isupper():
        return lemma[:1].lower() + lemma[1:]  # "Wir", "Aber", "Sieben" at the start of a sentence
    return lemma


_KEEP_CASE_TAGS = frozenset(("NN", "NE", "FM", "XY", "TRUNC"))


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    sent: list[list[str]] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():  # multiword-token ranges and empty nodes
            continue
        sent.append(cols)
    if sent:
        yield sent


Sentence = tuple[list[str], list[bool], list[str] | None, list[str], list[str]]  # words spaces tags pos lemmas


def conllu_sentences(path: Path, with_tags: bool) -> list[Sentence]:
    return [([c[1] for c in sent], ["SpaceAfter=No" not in c[9] for c in sent],
             [c[4] for c in sent] if with_tags else None, [c[3] for c in sent], [c[2] for c in sent])
            for sent in read_conllu(path)]


def silver_sentences(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        tags = [hanta_tag(t) for _, t in rec["hanta"]]
        if any(t not in STTS_UPOS for t in tags):
            continue  # a tag HanTa rarely writes and GSD does not use
        lemmas = [hanta_lemma(w, lem, t, i) for i, (w, (lem, _), t) in enumerate(zip(rec["words"], rec["hanta"], tags))]
        sents.append((rec["words"], rec["spaces"], tags, silver_upos(rec["words"], tags, lemmas), lemmas))
    return sents


def group_docs(nlp: spacy.Language, sents: list[Sentence], rng: random.Random, max_group: int) -> list[Doc]:
    """Consecutive sentences joined into Docs of 1..max_group sentences, as running text.

    A sentence that does not open its Doc, or that follows a line break, must be seen in training:
    trained on one-sentence Docs only, the lemmatizer kept the capital of "Der", "Wir", "Es" at every
    sentence start but the first. Sentences are separated by a space, or by a "\n" / "\n\n"
    whitespace token (tag _SP, POS SPACE) as the shipped tokenizer produces at line breaks.
    """
    docs = []
    i = 0
    while i < len(sents):
        group = sents[i: i + rng.randint(1, max_group)]
        i += len(group)
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        pos: list[str] = []
        lemmas: list[str] = []
        has_tags = all(g[2] is not None for g in group)
        for k, (w, sp, tg, ps, lm) in enumerate(group):
            if k:
                sep = rng.choices([" ", "\n", "\n\n"], weights=[6, 2, 2])[0]
                if sep == " ":
                    spaces[-1] = True
                else:
                    spaces[-1] = False
                    words.append(sep)
                    spaces.append(False)
                    tags.append("_SP")
                    pos.append("SPACE")
                    lemmas.append(sep)
            words += w
            spaces += sp
            tags += tg if tg is not None else [""] * len(w)
            pos += ps
            lemmas += lm
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags if has_tags else None,
                        pos=pos, lemmas=lemmas))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--silver", default="build/tag/silver.jsonl")
    ap.add_argument("--out", default="build/tag")
    ap.add_argument("--dev-silver", type=int, default=800, help="silver sentences held out for dev")
    ap.add_argument("--dev-pud", type=int, default=250, help="PUD sentences held out for dev")
    ap.add_argument("--gold-repeat", type=int, default=3, help="copies of the gold sentences in train")
    ap.add_argument("--max-group", type=int, default=6, help="at most this many sentences per Doc")
    args = ap.parse_args()
    nlp = spacy.blank("de")
    data = Path(args.data)
    rng = random.Random(0)
    silver = silver_sentences(Path(args.silver))
    gsd_dev = conllu_sentences(data / "ud-german-gsd" / "de_gsd-ud-dev.conllu", with_tags=True)
    pud = conllu_sentences(data / "ud-german-pud" / "de_pud-ud-test.conllu", with_tags=False)
    gsd_test = conllu_sentences(data / "ud-german-gsd" / "de_gsd-ud-test.conllu", with_tags=True)
    # The gold sentences are repeated so that GSD's own conventions (names written NN but
    # PROPN, ...) are not drowned by the silver data; each copy is grouped differently.
    train = group_docs(nlp, silver[: -args.dev_silver], rng, args.max_group)
    for _ in range(args.gold_repeat):
        train += group_docs(nlp, gsd_dev, rng, args.max_group) + group_docs(nlp, pud[: -args.dev_pud], rng, args.max_group)
    dev = group_docs(nlp, silver[-args.dev_silver:], rng, args.max_group) + group_docs(nlp, pud[-args.dev_pud:], rng, args.max_group)
    test = group_docs(nlp, gsd_test, rng, 1)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, docs in (("train", train), ("dev", dev), ("test", test)):
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
        print(f"{name}: {len(docs)} sentences, {sum(len(d) for d in docs)} tokens")
    print(f"(silver {len(silver)} sentences, GSD dev {len(gsd_dev)}, PUD {len(pud)})")


if __name__ == "__main__":
    main()
