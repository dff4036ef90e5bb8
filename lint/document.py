"""The one model of a file that every rule reads.

A `Document` is built once from the bytes of a file: decoded text, lines and paragraphs, each
carrying end-exclusive code-point offsets into the decoded text and byte offsets into the
original file. Rules never split or decode text themselves, so every rule agrees on what
"line 9, column 178" means, and provenance can point at the exact source bytes.

Decoding keeps everything needed to write the file back unchanged: the encoding, a UTF-8
byte-order mark, and each line's own terminator (LF, CRLF or CR). A document that no fix
touches serialises to the very bytes it was read from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

T = TypeVar("T")

UTF8 = "utf-8"
UTF8_BOM = b"\xef\xbb\xbf"

# UTF-16/32 files carry NUL bytes by nature; their BOM tells them apart from binary data.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Only CR, LF and CRLF end a line. str.splitlines() would also split on form feeds, U+2028 and
# other separators, which would move every offset after them and hide them from SL103.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Characters that make a line look blank without being empty: spaces of every width, the
# zero-width family and the BOM. A line holding only these separates paragraphs.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


class UndecodableError(ValueError):
    """The bytes are not text: binary data, or no encoding could be found for them."""


def is_blank(text: str) -> bool:
    """True for text that shows nothing: empty, whitespace, or zero-width characters only.

    >>> is_blank("\\u00a0 "), is_blank(""), is_blank("0")
    (True, True, False)
    """
    first = text[:1]
    if first and not first.isspace() and first not in _INVISIBLE:
        return False  # the common case, decided without copying the line three times
    return not text.strip().strip(_INVISIBLE).strip()


@dataclass(frozen=True)
class Line:
    """One line of a document, without its terminator."""

    index: int  # 0-based position among the document's lines
    start: int  # code-point offset of the first character
    end: int  # code-point offset just past the last character, before the terminator
    text: str
    terminator: str  # "\n", "\r\n", "\r", or "" for a last line with no line break
    byte_start: int  # byte offset in the source file (BOM included)
    byte_end: int

    @property
    def number(self) -> int:
        """1-based line number, as editors and every output format show it."""
        return self.index + 1

    @property
    def next_start(self) -> int:
        """Offset where the next line begins (after this line's terminator)."""
        return self.end + len(self.terminator)

    @cached_property
    def is_blank(self) -> bool:
        """Computed once: rules and the engine ask it of every line, several times a round
        (`Document.lines` fills it in as it builds the line)."""
        return is_blank(self.text)


_new_object = object.__new__
_set_attribute = object.__setattr__


def _line(
    index: int, start: int, end: int, text: str, terminator: str, byte_start: int, byte_end: int
) -> Line:
    """`Line(...)` without the frozen dataclass's __init__, one setattr call per field.

    A 10 MB corpus has 300,000 lines per lint round; this builds each at a third of the cost
    and gives the very same object (same fields, equality, hash and repr), with its
    `is_blank` already known.
    """
    line = _new_object(Line)
    _set_attribute(
        line,
        "__dict__",
        {
            "index": index,
            "start": start,
            "end": end,
            "text": text,
            "terminator": terminator,
            "byte_start": byte_start,
            "byte_end": byte_end,
            "is_blank": is_blank(text),
        },
    )
    return line


@dataclass(frozen=True)
class Paragraph:
    """A maximal run of non-blank lines. Blank and whitespace-only lines separate paragraphs."""

    index: int
    first_line: int  # index of its first line
    last_line: int  # index of its last line (inclusive)
    start: int
    end: int
    text: str  # the source text of the span, inner line breaks included
    byte_start: int
    byte_end: int


def _paragraph(
    index: int,
    first_line: int,
    last_line: int,
    start: int,
    end: int,
    text: str,
    byte_start: int,
    byte_end: int,
) -> Paragraph:
    """`Paragraph(...)` without the frozen dataclass's __init__, as `_line` builds lines:
    every lint round builds the paragraphs of its document anew (56,000 in 10 MB)."""
    paragraph = _new_object(Paragraph)
    _set_attribute(
        paragraph,
        "__dict__",
        {
            "index": index,
            "first_line": first_line,
            "last_line": last_line,
            "start": start,
            "end": end,
            "text": text,
            "byte_start": byte_start,
            "byte_end": byte_end,
        },
    )
    return paragraph


@dataclass(frozen=True)
class Encoding:
    """How the bytes of a file became text, and how to turn text back into those bytes."""

    name: str  # a Python codec name
    bom: bytes = b""  # the byte-order mark the file starts with, kept on write
    detected: bool = False  # True when the file was not UTF-8 and the name was guessed

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.name)


def decode(data: bytes) -> tuple[str, Encoding]:
    """Decode file bytes: a BOM-marked UTF-16/32, else UTF-8, else detection.

    Valid UTF-8 is never re-decoded as anything else, whatever a detector would say. A NUL
    byte outside UTF-16/32 means binary data, as git decides.

    >>> decode("naïve".encode())
    ('naïve', Encoding(name='utf-8', bom=b'', detected=False))
    >>> decode(b"\\xef\\xbb\\xbfhi")
    ('hi', Encoding(name='utf-8', bom=b'\\xef\\xbb\\xbf', detected=False))
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), Encoding(codec, bom, detected=True)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:  # as git decides: a NUL byte means binary, whatever else decodes
        raise UndecodableError("binary file (contains NUL bytes)")
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode(UTF8), Encoding(UTF8, UTF8_BOM)
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode(UTF8), Encoding(UTF8)
        except UnicodeDecodeError:
            pass
    return _detect(data)


def _detect(data: bytes) -> tuple[str, Encoding]:
    """The detector's best guess among the encodings that give the bytes back unchanged.

    A guess that does not round-trip (some codecs map two byte sequences to one character)
    would make an unchanged file come back different, so it is passed over.
    """
    # Imported here: charset-normalizer costs ~25 ms to import, and most files are UTF-8.
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        codec = match.encoding
        try:
            text = data.decode(codec)
            if text.encode(codec) == data:
                return text, Encoding(codec, detected=True)
        except (UnicodeError, LookupError):
            continue
    raise UndecodableError("not text in any encoding seedlint could detect")


@dataclass(eq=False)
class Document:
    """A decoded file: text, lines, paragraphs and offsets, plus how to write it back.

    `memo` lets rules share an expensive analysis of the same document (its language, say)
    without recomputing it or coupling to each other.
    """

    path: str
    text: str
    encoding: Encoding = field(default_factory=lambda: Encoding(UTF8))
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> Document:
        text, encoding = decode(data)
        return cls(path, text, encoding)

    def with_text(self, text: str, encoding: Encoding | None = None) -> Document:
        """The same file with new text: what the engine builds after applying fixes."""
        return Document(self.path, text, encoding or self.encoding)

    def to_bytes(self) -> bytes:
        return self.encoding.encode(self.text)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute an analysis once per document and share it between rules."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        text = self.text
        if "\r" not in text:  # LF only, as most files: split in C instead of a regex loop
            contents = text.split("\n")
            terminators = ["\n"] * (len(contents) - 1)
            if contents[-1] or len(contents) == 1:
                terminators.append("")
            else:
                contents.pop()
        else:
            contents, terminators = [], []
            position = 0
            for match in _LINE_BREAK.finditer(text):
                contents.append(text[position : match.start()])
                terminators.append(match.group())
                position = match.end()
            if position < len(text) or not contents:
                contents.append(text[position:])
                terminators.append("")
        codec = self.encoding.name
        # One byte per ASCII character, except in UTF-16/32 (two or four).
        ascii_only = text.isascii() and "a".encode(codec) == b"a"
        same_width = ascii_only or codec == UTF8  # terminators are one byte per code point
        lines: list[Line] = []
        append = lines.append
        byte_pos = len(self.encoding.bom)
        pos = 0
        for index, (content, terminator) in enumerate(zip(contents, terminators, strict=True)):
            end = pos + len(content)
            if ascii_only:
                byte_end = byte_pos + len(content)
            else:
                byte_end = byte_pos + len(content.encode(codec, "surrogatepass"))
            append(_line(index, pos, end, content, terminator, byte_pos, byte_end))
            byte_pos = byte_end + (len(terminator) if same_width else len(terminator.encode(codec)))
            pos = end + len(terminator)
        return tuple(lines)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return tuple(line.start for line in self.lines)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        paragraphs: list[Paragraph] = []
        run: list[Line] = []
        for line in (*self.lines, None):
            if line is not None and not line.is_blank:
                run.append(line)
                continue
            if run:
                first, last = run[0], run[-1]
                paragraphs.append(
                    _paragraph(
                        len(paragraphs),
                        first.index,
                        last.index,
                        first.start,
                        last.end,
                        self.text[first.start : last.end],
                        first.byte_start,
                        last.byte_end,
                    )
                )
                run = []
        return tuple(paragraphs)

    @cached_property
    def newline(self) -> str:
        """The file's most common line terminator, for lines that fixes create."""
        counts: dict[str, int] = {}
        for line in self.lines:
            if line.terminator:
                counts[line.terminator] = counts.get(line.terminator, 0) + 1
        return max(sorted(counts), key=counts.__getitem__) if counts else "\n"

    def line_at(self, offset: int) -> Line:
        """The line holding a code-point offset (an offset at a terminator belongs to its line)."""
        return self.lines[max(bisect_right(self.line_starts, offset) - 1, 0)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (row, column) of an offset; columns count code points, as ruff's do."""
        line = self.line_at(offset)
        return line.number, offset - line.start + 1

    def byte_offset(self, offset: int) -> int:
        """Byte offset in the source file of a code-point offset into the text."""
        line = self.line_at(offset)
        head = self.text[line.start : offset]
        return line.byte_start + len(head.encode(self.encoding.name, "surrogatepass"))

    @cached_property
    def _paragraph_first_lines(self) -> tuple[int, ...]:
        return tuple(paragraph.first_line for paragraph in self.paragraphs)

    def paragraph_of_line(self, line_index: int) -> Paragraph | None:
        """The paragraph holding a line, or None for a blank line."""
        position = bisect_right(self._paragraph_first_lines, line_index) - 1
        if position >= 0 and line_index <= self.paragraphs[position].last_line:
            return self.paragraphs[position]
        return None

    def paragraph_near_line(self, line_index: int) -> Paragraph | None:
        """The first paragraph after a line, else the last one; None without paragraphs."""
        position = bisect_right(self._paragraph_first_lines, line_index)
        if position < len(self.paragraphs):
            return self.paragraphs[position]
        return self.paragraphs[-1] if self.paragraphs else None
