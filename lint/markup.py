"""The lines of a document that are literal markup, not prose: front matter, code, tables.

People keep notes, posts and docs as Markdown or reStructuredText, and pages converted to
Markdown keep its syntax. Some of their blocks are unambiguous and hold no page chrome
however they look:

- YAML (or TOML) front matter at the top of a file (`---` / `date: 2024-03-01` / `tags: [a,
  b]` / `---`), reStructuredText field lists (`:Author: Jane Roe` / `:Date: 2024-03-01`) and
  an email's headers (`From: ...` / `Date: Thu, 13 Mar 2025 16:42:07 +0000` / `Subject:
  ...`): the document's own metadata, whose date line reads like a CMS date line;
- fenced code blocks (```` ``` ```` or `~~~`) and reStructuredText literal blocks (the
  indented lines after a paragraph ending in `::`, or under `.. code-block::`), whose lines
  are code: `jobs:` in a workflow, `git tag -a v1.0`, a REPL's output;
- pipe tables (`| Shortcut | Action |` over `|---|---|`) and the rows of grid tables: data,
  however short their rows;
- the underline (or overline) of a title (`========` under `Installation`), in Markdown's
  setext style or reStructuredText's.

The rules that read lines as prose or chrome (language, boilerplate, attribution) leave these
lines alone: the engine drops their findings there (`Rule.skips_literal_lines`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from seedlint.document import Document

_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# Front matter is a few dozen keys; a `---` rule far down is a thematic break, not its end.
MAX_FRONT_MATTER_LINES = 100
_KEY_LINE = re.compile(r"^[\w.-]+\s*[:=]")
_CODE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_GRID_BORDER = re.compile(r"^\s*\+[-=+:]{3,}\+\s*$")


def literal_lines(document: Document) -> frozenset[int]:
    """Indices of the lines of the blocks above: metadata, code, tables, title underlines."""
    return document.memo("markup.literal", lambda: _literal_lines(document))


# A line that may open or belong to a block; plain text has none, and three searches in C
# say so (a paragraph ending in `::` is found by `"::" in text`).
_BLOCK_MARK = re.compile(
    r"^[ \t]*(?:---|\+\+\+|```|~~~|\||:-|:[^\s:][^:]*:(?:\s|$)|([=\-~^\"'`#+:.])\1\1+\s*$)",
    re.MULTILINE,
)
# An email's sender header (see `_SENDERS`), capitalised or not.
_SENDER_MARK = re.compile(
    r"^(?:[Ff]rom|[Vv]on|[Dd][ea]|[Oo]d|[Vv]an|[Оо]т|差出人|发件人|[Gg]önderen) ?: \S", re.MULTILINE
)
# An email's header line, in the mail programs' languages (`From:`, `Von:`, `De :`, `От:`).
_HEADER = re.compile(r"^([^\W\d_][\w-]{0,20}(?: [^\W\d_]{1,12})?) ?: \S")
_SENDERS = frozenset({"from", "von", "de", "da", "od", "van", "от", "差出人", "发件人", "gönderen"})
_ADDRESSED = frozenset(
    {"to", "subject", "an", "betreff", "à", "objet", "para", "asunto", "a", "oggetto", "do",
     "temat", "aan", "onderwerp", "кому", "тема", "宛先", "件名", "收件人", "主题", "kime", "konu"}
)  # fmt: skip
MIN_HEADER_LINES = 3
_FIELD = re.compile(r"^:[^\s:][^:]*:(?:\s|$)")
MIN_FIELD_LINES = 2
_LITERAL_INTRO = re.compile(r"::\s*$")
_CODE_DIRECTIVE = re.compile(r"^\s*\.\. (?:code-block|code|sourcecode)::")
_DIRECTIVE = re.compile(r"^\s*\.\. ")
# A title's underline or overline: one punctuation character, three times or more (not `_`
# or `*`, which scraped pages use as separators: `_________________` between menu items).
_ADORNMENT = re.compile(r"^([=\-~^\"'`#+:.])\1{2,}\s*$")


def _literal_lines(document: Document) -> frozenset[int]:
    text = document.text
    if not (_BLOCK_MARK.search(text) or "::" in text or _SENDER_MARK.search(text)):
        return frozenset()  # the common case: plain text
    texts = [line.text for line in document.lines]
    return frozenset(
        _front_matter(texts)
        | _field_lists(texts)
        | _email_headers(texts)
        | _code_blocks(texts)
        | _literal_blocks(texts)
        | _tables(texts)
        | _adornments(texts)
    )


def _front_matter(texts: list[str]) -> set[int]:
    """`---` on the first line, `key: value` lines, and the closing `---` (or `...`)."""
    closers = _FRONT_MATTER_FENCES.get(texts[0].strip()) if texts else None
    if closers is None:
        return set()
    for index in range(1, min(len(texts), MAX_FRONT_MATTER_LINES)):
        if texts[index].strip() in closers:
            keys = any(_KEY_LINE.match(text) for text in texts[1:index])
            return set(range(index + 1)) if keys else set()
    return set()


def _field_lists(texts: list[str]) -> set[int]:
    """Runs of `MIN_FIELD_LINES` or more reStructuredText fields (`:Date: 2024-03-01`)."""
    lines: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if _FIELD.match(text):
            run.append(index)
            continue
        if len(run) >= MIN_FIELD_LINES:
            lines.update(run)
        run = []
    return lines


def _email_headers(texts: list[str]) -> set[int]:
    """Runs of `Name: value` lines with a sender and a subject or recipient among them."""
    lines: set[int] = set()
    run: list[int] = []
    names: set[str] = set()
    for index, text in enumerate([*texts, ""]):
        header = _HEADER.match(text)
        if header:
            run.append(index)
            names.add(header.group(1).casefold())
            continue
        if len(run) >= MIN_HEADER_LINES and names & _SENDERS and names & _ADDRESSED:
            lines.update(run)
        run, names = [], set()
    return lines


def _literal_blocks(texts: list[str]) -> set[int]:
    """The indented block after a paragraph ending in `::` or a code directive (reST)."""
    lines: set[int] = set()
    for index, text in enumerate(texts):
        opens = _CODE_DIRECTIVE.match(text) or (
            _LITERAL_INTRO.search(text) and not _DIRECTIVE.match(text)
        )
        if not opens:
            continue
        indent = len(text) - len(text.lstrip())
        following = index + 1
        while following < len(texts):
            line = texts[following]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            if line.strip():
                lines.add(following)
            following += 1
    return lines


def _adornments(texts: list[str]) -> set[int]:
    """Title underlines and overlines: an adornment line next to a title no longer than it
    (reStructuredText's rule; a lone `...` under a word is an ellipsis)."""
    lines: set[int] = set()
    for index, text in enumerate(texts):
        if not _ADORNMENT.match(text):
            continue
        width = len(text.strip())
        for other in (index - 1, index + 1):
            title = texts[other].strip() if 0 <= other < len(texts) else ""
            if title and not _ADORNMENT.match(title) and len(title) <= width:
                lines.add(index)
    return lines


def _code_blocks(texts: list[str]) -> set[int]:
    """Fenced code blocks, fences included; an unclosed fence runs to the end (CommonMark)."""
    lines: set[int] = set()
    opening: str | None = None
    for index, text in enumerate(texts):
        fence = _CODE_FENCE.match(text)
        if opening is None:
            if fence:
                opening = fence.group(1)
                lines.add(index)
            continue
        lines.add(index)
        closing = fence is not None and not text[fence.end() :].strip()
        if closing and fence.group(1)[0] == opening[0] and len(fence.group(1)) >= len(opening):
            opening = None
    return lines


def _tables(texts: list[str]) -> set[int]:
    """Runs of lines holding `|` around a delimiter row, and rows framed by `|` on both sides."""
    lines: set[int] = set()
    for index, text in enumerate(texts):
        if (_TABLE_ROW.match(text) and text.count("|") >= 3) or _GRID_BORDER.match(text):
            lines.add(index)
        if not _TABLE_DELIMITER.match(text):
            continue
        first = index
        while first > 0 and "|" in texts[first - 1]:
            first -= 1
        last = index
        while last + 1 < len(texts) and "|" in texts[last + 1]:
            last += 1
        lines.update(range(first, last + 1))
    return lines


def overlaps_literal(document: Document, start: int, end: int) -> bool:
    """Whether the text span [start, end) touches a literal line (a point span: holds it)."""
    spans = document.memo("markup.literal_spans", lambda: _spans(document))
    if not spans:
        return False
    end = max(end, start + 1)
    position = bisect_right(spans, (end, -1)) - 1  # the last span starting before `end`
    return position >= 0 and spans[position][1] > start


def _spans(document: Document) -> list[tuple[int, int]]:
    """The literal lines as merged, sorted spans of text, line terminators included."""
    spans: list[tuple[int, int]] = []
    for index in sorted(literal_lines(document)):
        line = document.lines[index]
        end = line.end + len(line.terminator)
        if spans and spans[-1][1] >= line.start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((line.start, end))
    return spans
