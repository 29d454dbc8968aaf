"""Any ``str`` is valid input: characters the pipeline cannot read are mended before it runs.

The pipeline reads a cleaned copy of the text; the record keeps the original text, and every
span is mapped back to it, so ``text[start:end]`` stays the evidence of each fact.

- A lone surrogate (a bad decode, ``"\\ud800"`` typed in) cannot be encoded as UTF-8, which
  spaCy does: it becomes U+FFFD, the replacement character, one for one.
- A control character (NUL, BEL, ESC, ...) is neither a letter nor whitespace to the tokenizer,
  so "Lübeck\\x00" stayed one token and a name with a NUL in it: it becomes a space. Vertical
  tab (Word's manual line break), form feed (a page break), U+2028 and U+2029 become a line
  break, which ends a headline or sentence as "\\n" does.
- C1 controls (U+0080 to U+009F) occur in text only where Windows-1252 bytes were decoded as
  Latin-1; there U+0084 is „ and U+0093 is “: they become the Windows-1252 character.
- An invisible character inside a word (soft hyphen, zero-width space and joiners, word joiner,
  byte order mark) is dropped: "Lin\\u00adde\\u00adnau" is read as "Lindenau", as it is shown.
  Only these change the length; their positions map spans back.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass


def _windows_1252(code: int) -> str:
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return " "  # five bytes Windows-1252 leaves undefined


_REPLACEMENTS: dict[str, str] = {
    **{chr(code): " " for code in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]},
    **{c: "\n" for c in "\x0b\x0c\x1c\x1d\x1e\u2028\u2029"},
    **{chr(code): _windows_1252(code) for code in range(0x80, 0xA0)},
}
_REPLACED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_DROPPED = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_ANY = re.compile(f"{_REPLACED.pattern}|{_DROPPED.pattern}")


@dataclass(frozen=True)
class CleanText:
    """The text the pipeline reads, and how its offsets map back to the original."""

    text: str
    # For each dropped character, in order: the cleaned offset it stood before.
    dropped_before: array[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of the cleaned span ``[start, end)``."""
        if not self.dropped_before:
            return start, end
        original_start = start + bisect_right(self.dropped_before, start)
        if end <= start:
            return original_start, original_start
        # The end is one past the span's last character, so dropped characters after it stay out.
        return original_start, end + bisect_right(self.dropped_before, end - 1)


def clean(text: str) -> CleanText:
    """The cleaned text (see the module's doc); the text itself where nothing needs mending."""
    if not _ANY.search(text):
        return CleanText(text, array("q"))
    if _REPLACED.search(text):
        text = _REPLACED.sub(lambda m: _REPLACEMENTS.get(m.group(), "\ufffd"), text)
    dropped = array("q", (m.start() - i for i, m in enumerate(_DROPPED.finditer(text))))
    if dropped:
        text = _DROPPED.sub("", text)
    return CleanText(text, dropped)
