"""The parts of a press release around its body: headline, dateline, press contact, boilerplate.

German press releases follow one layout: an optional label line ("Pressemitteilung", "Presse-
information Nr. 12"), a headline, a dateline that opens the first paragraph ("Lübeck, 5. Juni
2024 –", "KIEL."), the body, then closing blocks: one about the sender ("Über die Stadt …",
"Über XY GmbH:") and one with the press contact ("Pressekontakt:", "Ansprechpartner:").

The closing blocks are not news: a contact block names press officers, not speakers, and a
boilerplate block describes the sender in standing phrases. :func:`drop_facts_in_parts` is the
one place where facts are taken out of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import regex

from .cleantext import CleanText, clean
from .components.published import HEADER_CHARS, HEADER_LINES, find_published
from .datepatterns import REGEX_TIMEOUT
from .lexicons import lexicon_set
from .records import Boilerplate, Contact, Dateline, Headline, PressRelease

__all__ = ["ReleaseParts", "add_parts", "drop_facts_in_parts", "find_parts"]

# A label line above the headline, not the headline: "Pressemitteilung", "Presseinformation Nr. 12
# vom ...", "Medieninformation der Stadt ...", "PRESSEMITTEILUNG", "Sperrfrist: ...".
_LABEL = regex.compile(
    r"^\s*(?:(?:Gemeinsame\s+)?(?:Presse|Medien)[- ]?(?:mitteilung|information|info|meldung|erklärung)\w*\b"
    r"|Sperrfrist\b|Pressedienst\b|Pressestelle\b)",
    regex.V1 | regex.I,
)
# A place before the date of a dateline: "Darmstadt, ", "Frankfurt am Main (ots) ", "KIEL/BERLIN, ".
_PLACE = regex.compile(r"^\s*(\p{Lu}[\p{L}.'/-]*(?:[ -](?:am|an|der|im|in|\p{Lu}[\p{L}.'/-]*)){0,4})\s*(?:\([^()\n]{1,20}\))?\s*[,.]?\s*$", regex.V1)
# A dateline without a date: a place in capitals and a full stop or dash ("SAARBRÜCKEN.", "KIEL (dpa) –").
_CAPS_PLACE = regex.compile(r"^\s*(\p{Lu}[\p{Lu}/-]+(?: \p{Lu}[\p{Lu}/-]+){0,3})\s*(?:\([^()\n]{1,20}\))?\s*(?:[.:]|[–—-])\s", regex.V1)
# The dash after a dateline, before the first sentence.
_DASH = regex.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?[:.]?\s*[–—-]?\s*", regex.V1)
# Headings of a press contact block ("Pressekontakt:", "Kontakt für die Medien", "Ansprechpartnerin:",
# "Für Rückfragen:", "Rückfragen an").
_CONTACT_HEAD = regex.compile(
    r"^\s*(?:(?:Presse|Medien)[- ]?kontakt(?:e|person(?:en)?)?|Kontakt(?:e|person(?:en)?|daten)?"
    r"|Ansprechpartner(?:in|innen)?|Ansprechperson(?:en)?|(?:Für\s+)?(?:Presse|Medien)?[- ]?[Rr]ückfragen"
    r"|Pressestelle)\b",
    regex.V1,
)
# The heading as a heading: the word and a colon, perhaps "für die Medien" between ("Pressekontakt:",
# "Kontakt für Journalisten:", "Rückfragen an:").
_CONTACT_HEADING = regex.compile(r"^\s*\p{L}[\p{L} -]{0,25}?(?:\s+(?:für|an|bei|zu)\b[^:\n]{0,30})?\s*:", regex.V1)


def _is_contact_heading(line: str) -> bool:
    match = _CONTACT_HEADING.match(line, timeout=REGEX_TIMEOUT)
    return match is not None and len(match.group(0).split()) <= 5


# "Über die Stadt Lübeck", "Über XY GmbH:", "Über uns", "Zum Unternehmen": the sender's self-description.
_BOILERPLATE_HEAD = regex.compile(
    r"^\s*(?:Über\s+(?:(?:die|den|das|uns)\b\s*)?(?:\p{Lu}|uns\b)|Zum\s+Unternehmen\b|Zur\s+(?:Stadt|Gemeinde)\b)",
    regex.V1,
)
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.V1)
# A phone number: an optional cue, then digits with the separators German numbers are written
# with ("0451 122-1234", "+49 (0)30 123 45 67", "06151/13-2000").
_PHONE = regex.compile(
    r"(?:(?:Tel(?:efon)?|Fon|Mobil|Handy|Fax|T|M|F)\.?\s*:?\s*)?(\+?\(?\d[\d ()/.-]{4,}\d)(?!\d)", regex.V1
)
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_PERSON = regex.compile(
    rf"(?:(?:Dr|Prof)\.[ \t]+)*(?P<first>{_NAME_WORD})(?:[ \t]+{_NAME_WORD})?[ \t]+(?:(?:von|van|de)[ \t]+)?(?P<last>{_NAME_WORD})",
    regex.V1,
)
# Where a contact block's line holds a name alone: at the start of the line or after the heading's
# colon, up to a comma or the end of the line ("Anna Beispiel, Pressesprecherin").
_SEGMENT_END = regex.compile(r"^[ \t]*(?:,|\n|$)", regex.V1)
# How long a headline and a boilerplate heading may be (characters).
_MAX_HEADLINE = 250
_MAX_HEADING = 90
_MAX_CONTACT_LINE = 120


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return lexicon_set("first_names")


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    words: list[str] = []
    for name in ("org_type_nouns", "org_heads", "org_place_heads", "org_departments"):
        words.extend(w.casefold() for w in lexicon_set(name))
    return tuple(words)


def _names_a_body(word: str) -> bool:
    """Whether a word is (or ends in) a noun for an organization ("Pressestelle", "Stadtwerke")."""
    return word.endswith(_body_words()) or word in {"presse", "amt", "presseamt"}


@dataclass(frozen=True, slots=True)
class ReleaseParts:
    headline: Headline | None
    dateline: Dateline | None
    contact: list[Contact]
    boilerplate: list[Boilerplate]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its newline) for every line."""
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for offset, line in _lines(text):
        if line.strip():
            if start is None:
                start = offset
            end = offset + len(line)
        elif start is not None:
            out.append((start, end))
            start = None
    if start is not None:
        out.append((start, end))
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_dateline(text: str) -> Dateline | None:
    """The place and date that open the release ("Lübeck, 5. Juni 2024 –", "KIEL.")."""
    found = find_published(text)
    if found is not None:
        line_start = text.rfind("\n", 0, found.start) + 1
        before = text[line_start : found.start]
        place_match = _PLACE.match(before, timeout=REGEX_TIMEOUT)
        if place_match and _LABEL.match(place_match.group(1), timeout=REGEX_TIMEOUT):
            place_match = None  # "Pressemitteilung, 5. Juni 2024": a label, no place
        place = place_match.group(1) if place_match else None
        start = line_start + place_match.start(1) if place_match else found.start
        return Dateline(place=place, date=found.date, start=start, end=found.end)
    seen = 0
    for offset, line in _lines(text[:HEADER_CHARS]):
        if not line.strip():
            continue
        seen += 1
        match = _CAPS_PLACE.match(line, timeout=REGEX_TIMEOUT)
        if match:
            return Dateline(place=match.group(1), date=None, start=offset + match.start(1), end=offset + match.end(1))
        if seen >= HEADER_LINES:
            break
    return None


def _ends_like_body(line: str) -> bool:
    """A line that opens the body, not a headline: it leads on to a list (":", ","), or it is
    more than one sentence."""
    return line.endswith((":", ",")) or bool(regex.search(r"[.!?]\s+\p{Lu}", line, timeout=REGEX_TIMEOUT))


def find_headline(text: str, dateline: Dateline | None) -> Headline | None:
    """The first line that is neither a label nor body text; else the rest of a dateline's line
    where that line is a paragraph of its own ("Kiel, 5. Juni 2024 – Kiel ist Fahrradstadt")."""
    limit = dateline.start if dateline else None
    if dateline is not None:
        line_start = text.rfind("\n", 0, dateline.start) + 1
        if _LABEL.match(text[line_start : dateline.start], timeout=REGEX_TIMEOUT):
            # "Pressemitteilung vom 5. Juni 2024": a label with the date; the headline follows it.
            limit = None
    seen = 0
    for offset, line in _lines(text[:HEADER_CHARS]):
        if not line.strip() or _LABEL.match(line, timeout=REGEX_TIMEOUT):
            continue
        if limit is not None and offset + len(line) > limit:
            break
        seen += 1
        if len(line.strip()) > _MAX_HEADLINE or seen > HEADER_LINES or _ends_like_body(line.strip()):
            return None  # body text: the release has no headline line
        start, end = _strip_span(text, offset, offset + len(line))
        return Headline(text=text[start:end], start=start, end=end)
    if dateline is None or limit is None:
        return None
    line_end = text.find("\n", dateline.end)
    line_end = len(text) if line_end < 0 else line_end
    paragraph_ends = line_end == len(text) or not text[line_end + 1 : line_end + 2].strip()
    dash = _DASH.match(text, dateline.end, line_end, timeout=REGEX_TIMEOUT)
    start = dash.end() if dash else dateline.end
    start, end = _strip_span(text, start, line_end)
    rest = text[start:end]
    # A headline is one phrase: no sentence break, no full stop at its end.
    if paragraph_ends and rest and len(rest) <= _MAX_HEADLINE and not regex.search(r"[.;]\s|\.$", rest, timeout=REGEX_TIMEOUT):
        return Headline(text=rest, start=start, end=end)
    return None


def _contact_details(text: str, start: int, end: int) -> Contact:
    block = text[start:end]
    emails = [m.group(0) for m in _EMAIL.finditer(block, timeout=REGEX_TIMEOUT)]
    without_mail = _EMAIL.sub(lambda m: " " * len(m.group(0)), block, timeout=REGEX_TIMEOUT)
    phones = []
    for m in _PHONE.finditer(without_mail, timeout=REGEX_TIMEOUT):
        number = m.group(1).strip()
        if sum(c.isdigit() for c in number) >= 6:
            phones.append(number)
    names = []
    for m in _PERSON.finditer(block, timeout=REGEX_TIMEOUT):
        # A person: the first word is a known first name, or the words stand alone in their
        # segment and none of them names a body ("Presseamt", "Stadt Felsburg").
        before = block[max(0, m.start() - 20) : m.start()].rstrip(" \t")
        alone = (m.start() == 0 or before.endswith(("\n", ":")) or (not before and m.start() <= 20)) and bool(
            _SEGMENT_END.match(block[m.end() : m.end() + 20], timeout=REGEX_TIMEOUT)
        )
        words = [w.casefold() for w in m.group(0).split()]
        if m.group("first") in _first_names() or (alone and not any(_names_a_body(w) for w in words)):
            names.append(" ".join(m.group(0).split()))
    return Contact(names=names, emails=emails, phones=phones, start=start, end=end)


def _is_contact_line(line: str) -> bool:
    return len(line.strip()) <= _MAX_CONTACT_LINE and not _BOILERPLATE_HEAD.match(line, timeout=REGEX_TIMEOUT)


def find_closing_blocks(text: str, body_start: int = 0) -> tuple[list[Contact], list[Boilerplate]]:
    """The contact and boilerplate blocks after ``body_start``.

    A contact block is its heading's paragraph, and the paragraphs of short lines after a
    heading that stands alone ("Pressekontakt:" then the names). A boilerplate block runs from
    its heading to the next contact block or the end of the text: it closes the release.
    """
    paragraphs = [p for p in _paragraphs(text) if p[0] >= body_start]
    contacts: list[Contact] = []
    boilerplate: list[Boilerplate] = []
    # Boilerplate stands in the closing half of a release, never in its first paragraphs.
    boiler_from = max(body_start, len(text) // 3)
    i = 0
    while i < len(paragraphs):
        start, end = paragraphs[i]
        first_line = text[start:end].split("\n", 1)[0]
        # The heading may close a paragraph of the body ("Weitere Informationen: ...\nKontakt: ...").
        head_line = next(
            (
                (start + offset, line)
                for offset, line in _lines(text[start:end])
                if _CONTACT_HEAD.match(line, timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if head_line and all(_is_contact_line(line) for line in text[head_line[0] : end].split("\n")):
            start = head_line[0]
            j = i
            # A heading alone ("Pressekontakt:") or with a name only: the details follow in the next paragraphs.
            while j + 1 < len(paragraphs) and j - i < 3:
                nstart, nend = paragraphs[j + 1]
                lines = text[nstart:nend].split("\n")
                if not all(_is_contact_line(line) for line in lines) or _CONTACT_HEAD.match(lines[0], timeout=REGEX_TIMEOUT):
                    break
                if _EMAIL.search(text[start:end], timeout=REGEX_TIMEOUT) and _PHONE.search(text[start:end], timeout=REGEX_TIMEOUT):
                    break  # already has its details
                j += 1
                end = nend
            contact = _contact_details(text, start, end)
            # A block with a way to reach someone; a body paragraph that opens with "Kontakte"
            # or "Ansprechpartner" has neither e-mail nor phone.
            heading_line = text[start : text.find("\n", start) if "\n" in text[start:end] else end]
            if contact.emails or contact.phones or _is_contact_heading(heading_line):
                contacts.append(contact)
                i = j + 1
                continue
        head = regex.match(r"[^\n:]*", text[start:end], timeout=REGEX_TIMEOUT)
        heading = head.group(0).strip() if head else ""
        has_colon = text[start + len(head.group(0)) : start + len(head.group(0)) + 1] == ":" if head else False
        if (
            start >= boiler_from
            and _BOILERPLATE_HEAD.match(first_line, timeout=REGEX_TIMEOUT)
            and len(heading) <= _MAX_HEADING
            and (has_colon or (heading == first_line.strip() and not heading.endswith(".")))
        ):
            j = i
            while j + 1 < len(paragraphs):
                nstart, nend = paragraphs[j + 1]
                if _CONTACT_HEAD.match(text[nstart:nend], timeout=REGEX_TIMEOUT):
                    break
                j += 1
            block_end = paragraphs[j][1]
            boilerplate.append(Boilerplate(heading=heading, start=start, end=block_end))
            i = j + 1
            continue
        i += 1
    return contacts, boilerplate


def find_parts(text: str) -> ReleaseParts:
    dateline = find_dateline(text)
    headline = find_headline(text, dateline)
    body_start = max(dateline.end if dateline else 0, headline.end if headline else 0)
    contacts, boilerplate = find_closing_blocks(text, body_start)
    return ReleaseParts(headline, dateline, contacts, boilerplate)


def _inside(start: int, end: int, blocks: list[tuple[int, int]]) -> bool:
    return any(b_start <= start and end <= b_end for b_start, b_end in blocks)


def drop_facts_in_parts(record: PressRelease) -> PressRelease:
    """``record`` without the facts that a contact or boilerplate block cannot give: no speakers
    or quotes from either (contact persons are no speakers), no rankings, rank changes or scores
    from boilerplate (the sender's standing self-praise is not news). Organizations, projects,
    years and dates stay."""
    contact = [(c.start, c.end) for c in record.contact]
    closing = contact + [(b.start, b.end) for b in record.boilerplate]
    if not closing:
        return record
    return dataclasses.replace(
        record,
        speakers=[s for s in record.speakers if not _inside(s.start, s.end, closing)],
        quotes=[q for q in record.quotes if not _inside(q.start, q.end, closing)],
        rankings=[r for r in record.rankings if not _inside(r.start, r.end, closing)],
        rank_changes=[r for r in record.rank_changes if not _inside(r.start, r.end, closing)],
        scores=[s for s in record.scores if not _inside(s.start, s.end, closing)],
    )


_Part = TypeVar("_Part", Headline, Dateline, Contact, Boilerplate)


def _mapped(part: _Part, to_original: Callable[[int, int], tuple[int, int]]) -> _Part:
    start, end = to_original(part.start, part.end)
    return dataclasses.replace(part, start=start, end=end)


def add_parts(record: PressRelease, cleaned: CleanText | None = None) -> PressRelease:
    """``record`` with its parts found in its text, and the facts of its closing blocks dropped.

    The parts are read in the mended text the pipeline read (``cleaned``: without soft hyphens,
    zero-width characters, ...) and their spans mapped back to ``record.text``, as the facts' are.
    """
    cleaned = cleaned or clean(record.text)
    parts = find_parts(cleaned.text)
    if cleaned.dropped_before:
        to = cleaned.to_original
        parts = ReleaseParts(
            _mapped(parts.headline, to) if parts.headline else None,
            _mapped(parts.dateline, to) if parts.dateline else None,
            [_mapped(c, to) for c in parts.contact],
            [_mapped(b, to) for b in parts.boilerplate],
        )
    with_parts = dataclasses.replace(
        record,
        headline=parts.headline,
        dateline=parts.dateline,
        contact=parts.contact,
        boilerplate=parts.boilerplate,
    )
    return drop_facts_in_parts(with_parts)
