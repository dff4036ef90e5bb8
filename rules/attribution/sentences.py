"""Where sentences are: prose units of a paragraph and the sentences inside them.

Scraped text usually keeps one paragraph a line, but wrapped prose breaks lines mid-sentence. A
line therefore joins the next one only when it ends without terminal punctuation and the next
line starts in lower case; otherwise each line is read on its own, so a headline never merges
into the paragraph under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seedlint.document import Document, Paragraph
from seedlint.rules.attribution.lexicon import words

# Terminal punctuation, possibly followed by closing quotes or brackets.
TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*$")
# Opening with one character class (not `[.!?…]+`) lets `re` skip in C to the next candidate.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’'»)\]]*\s+")
_OPENERS = "\"“‘'«([¿¡"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


@dataclass(frozen=True)
class Span:
    """A piece of the document text: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str


def units(document: Document, paragraph: Paragraph) -> list[Span]:
    """The runs of lines of a paragraph that read as one piece of prose."""
    lines = document.lines[paragraph.first_line : paragraph.last_line + 1]
    groups: list[list[int]] = []
    for position, line in enumerate(lines):
        previous = lines[position - 1].text.rstrip() if position else ""
        joins = previous and not TERMINAL.search(previous) and line.text.lstrip()[:1].islower()
        if joins:
            groups[-1].append(position)
        else:
            groups.append([position])
    spans = []
    for group in groups:
        start, end = lines[group[0]].start, lines[group[-1]].end
        spans.append(_trimmed(document.text, start, end))
    return [span for span in spans if span.text]


def split(unit: Span) -> list[Span]:
    """The sentences of a prose unit, skipping periods of abbreviations, initials and acronyms."""
    text, sentences, begin = unit.text, [], 0
    for match in _BOUNDARY.finditer(text):
        following = _first_after_openers(text, match.end())
        if not (following.isupper() or following.isdigit()):
            continue
        if match.group().startswith(".") and _is_abbreviation(
            _last_token(text, begin, match.start())
        ):
            continue
        end = match.start() + len(match.group().rstrip())
        sentences.append(Span(unit.start + begin, unit.start + end, text[begin:end]))
        begin = match.end()
    if begin < len(text):
        sentences.append(Span(unit.start + begin, unit.end, text[begin:]))
    return sentences


def _first_after_openers(text: str, position: int) -> str:
    """`text[position:].lstrip(_OPENERS)[:1]` without copying the rest of the text (which
    made long lines quadratic)."""
    while position < len(text) and text[position] in _OPENERS:
        position += 1
    return text[position : position + 1]


def _last_token(text: str, begin: int, end: int) -> str:
    """The last whitespace-separated token of `text[begin:end]`, or "" (no copy of it)."""
    while end > begin and text[end - 1].isspace():
        end -= 1
    start = end
    while start > begin and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_abbreviation(last_token: str) -> bool:
    token = last_token.lstrip(_OPENERS)
    if len(token) == 1 and token.isalpha():  # an initial: `Carissa F. Etienne`
        return True
    return token.lower() in words("abbreviations") or bool(_ACRONYM.fullmatch(token))


def _trimmed(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Span(start + left, start + right, piece[left:right])
