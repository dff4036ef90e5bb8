"""Find mojibake: UTF-8 text that was read as a single-byte codepage, and its exact repair.

Two passes, both on the text as decoded, before any quote or width normalisation:

1. **Strict round trip**, for every codepage in rules/data/encoding/codepages.json. Mojibake
   of a UTF-8 character is a run of non-ASCII characters (every byte of a multi-byte UTF-8
   sequence is >= 0x80, and all these codepages keep ASCII as is), so only runs of two or
   more non-ASCII characters are looked at. In a run, one regex per codepage finds each
   sequence "lead character + continuation characters" that maps back to a well-formed
   UTF-8 sequence; the bytes are decoded strictly. A repair is kept only when it is
   *plausible*: every character it yields lies in a common Unicode block, and the text reads
   better after it than before (fewer letters glued to symbols, mixed scripts, controls).
   Correct text in any language almost never forms such sequences, and when a word does by
   accident (Thai `โชค`, Russian `В` + no-break space, KOI8-R `её`) it reads well already,
   so it is left alone.
2. **ftfy**, for what the round trip cannot do: ftfy's `fix_encoding` (never `fix_text`,
   which also rewrites quotes and destroys the evidence) repairs lossy mojibake (a no-break
   space turned into a space, bytes dropped by a decoder) for the codepages it knows. It runs
   per line, on lines the first pass left alone, and its result is kept as ftfy gives it.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from seedlint.document import Document
from seedlint.rules.encoding import _data

MEMO_KEY = "encoding.mojibake"

# Two or more non-ASCII characters in a row: the smallest possible mojibake of one character.
# Written to open with a character class, so that `re` skips in C to the next non-ASCII
# character instead of trying the pattern at every position of a mostly ASCII text.
_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]+")
_BEFORE_SPACE = re.compile(r"[^\x00-\x7f] ")


@dataclass(frozen=True)
class Repair:
    """One span of mojibake and the text it stands for."""

    start: int
    end: int
    before: str
    after: str
    read_as: str  # human name of the codepage the UTF-8 bytes were read as
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        return f"mojibake: {self.read_as}"


def repairs(document: Document) -> tuple[Repair, ...]:
    """All mojibake repairs in a document, by position (shared by SL101 and SL103)."""
    return document.memo(MEMO_KEY, lambda: _find(document))


def covered(document: Document, offset: int) -> bool:
    """True when `offset` lies inside a span SL101 repairs."""
    found = repairs(document)
    starts = document.memo(MEMO_KEY + ".starts", lambda: [r.start for r in found])
    index = bisect_right(starts, offset) - 1
    return index >= 0 and found[index].start <= offset < found[index].end


def _find(document: Document) -> tuple[Repair, ...]:
    if document.text.isascii():
        return ()
    own = _group(document.text, list(_round_trip(document)))
    ftfy = _group(document.text, list(_ftfy(document, own)))
    return tuple(sorted(own + ftfy, key=lambda r: r.start))


# --- pass 1: strict round trip -------------------------------------------------------------


def _round_trip(document: Document) -> Iterator[Repair]:
    """Strict round-trip repairs of each run of non-ASCII characters.

    Each codepage maps the whole text back to bytes once (mojibake never crosses a line: line
    breaks are ASCII). When several codepages explain a run equally well (`Ć€` is `ƀ`
    through Windows-1250 and `À` through Windows-1257), the one that explains most of the
    document wins. A repair that makes the text read better stands on its own; one after
    which the text reads no worse (`ЩЃЩЉ` -> `في`, plain letters both) is kept only when
    the same line holds a repair through the same codepage: the mix-up is then established.
    """
    text = document.text
    runs = [match.span() for match in _RUN.finditer(text)]
    starts = [start for start, _ in runs]
    # Only the runs matter: codepages scan them joined by line breaks (ASCII, so no UTF-8
    # sequence spans two runs), a few percent of a mostly-English text.
    compact = "\n".join(text[start:end] for start, end in runs)
    compact_starts = list(itertools.accumulate((end - start + 1 for start, end in runs), initial=0))
    per_run: dict[int, dict[str, tuple[list[Repair], list[Repair]]]] = {}
    for page, encoding_map in _encoding_maps():
        key = f"UTF-8 read as {page.name}"
        for c_start, c_end, decoded in _segments(compact, encoding_map):
            index = bisect_right(compact_starts, c_start) - 1
            shift = starts[index] - compact_starts[index]
            repair = _repair(text, c_start + shift, c_end + shift, decoded, page)
            verdict = _verdict(text, repair)
            if verdict is None:
                continue
            strong, weak = per_run.setdefault(index, {}).setdefault(key, ([], []))
            (strong if verdict else weak).append(repair)
    totals: dict[str, int] = {}
    for candidates in per_run.values():
        for key, (strong, _weak) in candidates.items():
            totals[key] = totals.get(key, 0) + _coverage(strong)[0]

    def rank(item: tuple[str, list[Repair]]) -> tuple[int, int, int]:
        size, oddness = _coverage(item[1])
        return size, totals.get(item[0], 0), oddness

    runs = sorted(per_run.items())
    chosen: dict[int, list[Repair]] = {}
    established: dict[int, set[str]] = {}
    for run, candidates in runs:
        strong = [(key, c[0]) for key, c in candidates.items() if c[0]]
        key, best = max(strong, key=rank, default=("", []))
        chosen[run] = best
        if best:
            established.setdefault(document.line_at(starts[run]).index, set()).add(key)
    for run, candidates in runs:
        best = chosen[run]
        if not best:
            usable = established.get(document.line_at(starts[run]).index, set())
            weak = [(key, c[1]) for key, c in candidates.items() if key in usable and c[1]]
            best = max(weak, key=rank, default=("", []))[1]
        yield from best


def _coverage(found: list[Repair]) -> tuple[int, int]:
    """How much of a run a codepage explains, and how well the result reads."""
    size = sum(r.end - r.start for r in found)
    return size, -sum(r.details["oddness"] for r in found)


# UTF-8 multi-byte sequences, matched on the bytes a codepage turns the text back into;
# _CANDIDATE is a looser first pass that the regex engine scans several times faster.
_CANDIDATE = re.compile(rb"(?:[\xc2-\xf4][\x80-\xbf]+)+")
_UTF8 = re.compile(
    rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+"
)
_UTF8_ONE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@cache
def _encoding_maps() -> tuple[tuple[_data.Codepage, Any], ...]:
    """Per codepage, a C-level map from characters back to bytes (codecs.charmap_build)."""
    maps = []
    for page in _data.codepages():
        table = "".join(chr(b) if b < 0x80 else page.chars[b] for b in range(256))
        maps.append((page, codecs.charmap_build(table.replace("\ufffd", "\ufffe"))))
    return tuple(maps)


def _segments(text: str, encoding_map: Any) -> Iterator[tuple[int, int, str]]:
    """Maximal stretches of consecutive sequences that decode as UTF-8 strictly.

    The text is mapped back to the codepage's bytes in one C call, characters the codepage
    lacks becoming `?`, so byte offsets are character offsets. A stretch holding a character
    no repair may produce is dropped whole, before any plausibility check: that is what
    correct text in the codepage's own script yields.
    """
    data = codecs.charmap_encode(text, "replace", encoding_map)[0]
    for match in _CANDIDATE.finditer(data):
        for start, end, decoded in _valid_stretches(data, *match.span()):
            if all(_plausible_char(c) for c in decoded):
                yield start, end, decoded


def _valid_stretches(data: bytes, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for match in _UTF8.finditer(data, start, end):
        try:
            yield match.start(), match.end(), match.group().decode("utf-8")
            continue
        except UnicodeDecodeError:  # an overlong, surrogate or out-of-range sequence inside
            pass
        seg_start, decoded = match.start(), []
        for one in _UTF8_ONE.finditer(data, match.start(), match.end()):
            try:
                decoded.append(one.group().decode("utf-8"))
                continue
            except UnicodeDecodeError:
                pass
            if decoded:
                yield seg_start, one.start(), "".join(decoded)
            seg_start, decoded = one.end(), []
        if decoded:
            yield seg_start, match.end(), "".join(decoded)


def _repair(text: str, start: int, end: int, after: str, page: _data.Codepage) -> Repair:
    before = text[start:end]
    details = {"encoded_as": page.codec, "decoded_as": "utf-8", "method": "round-trip"}
    return Repair(start, end, before, after, f"UTF-8 read as {page.name}", details)


# --- plausibility ----------------------------------------------------------------------------

# Characters that sit between two letters in correct text of some language.
_BETWEEN_LETTERS = frozenset("’'ʼ‐‑–—…·・׳״־‧")
# Signs that may follow a word directly (trademarks, degrees, primes).
_AFTER_LETTER = frozenset("™®©℠°′″")
# Signs that may precede a word directly (`°C`, `•Item`).
_BEFORE_LETTER = frozenset("°•")
# Punctuation by category, signs by use: nobody writes them inside a word.
_SIGNS = frozenset("§¶†‡•‰‱※⁂")
_CJK = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH"})


@cache
def _kind(char: str) -> tuple[str, str]:
    """A coarse class of a character, and for letters its script (first word of its name).

    Classes: L letter, M mark, N number, Z space, S symbol, O opening punctuation,
    P other punctuation, F format character, X control or unassigned.
    """
    category = unicodedata.category(char)
    major = category[0]
    if major == "L":
        script = unicodedata.name(char, "?").split(" ", 1)[0]
        return "L", "CJK" if script in _CJK else script
    if major == "S" or char in _SIGNS or "FRACTION" in unicodedata.name(char, ""):
        return "S", ""  # fractions and section signs too: `¼`, `§` glued to a letter
    if major in "MNZ":
        return major, ""
    if category in ("Ps", "Pi") or char in "¿¡":
        return "O", ""
    if major == "P":
        return "P", ""
    if category == "Cf":
        return "F", ""
    if char in "\t\n\r":
        return "Z", ""
    return "X", ""


def _oddness(text: str) -> int:
    """How many signs of mojibake a short stretch of text shows (0 for ordinary text)."""
    kinds = [_kind(c) for c in text]
    odd = 0
    for i in range(1, len(kinds)):
        kind, script = kinds[i]
        if kinds[i - 1][0] == "M" and kinds[i - 2 if i > 1 else 0][0] == "L":
            kinds[i - 1] = kinds[i - 2]  # a mark belongs to the letter it sits on
        prev_kind, prev_script = kinds[i - 1]
        if kind == "X":
            odd += 2
        if prev_kind == "S" and kind == "L" and text[i - 1] not in _BEFORE_LETTER:
            odd += 1  # a letter glued after a sign: `◊ú`, `™t`
        if prev_kind != "L":
            continue
        if kind == "M":
            name = unicodedata.name(text[i], "")
            if not name.startswith(("COMBINING", prev_script)):
                odd += 1  # a Hebrew point on a Latin letter: `fֳ©`
        elif kind == "L":
            if script != prev_script:
                odd += 1  # letters of two scripts glued together: `staffโ`
            elif text[i - 1].islower() and text[i].isupper() and not text[i].isascii():
                odd += 1  # `cafÃ`, `Ñ€Ð`
        elif kind in "SO" and not (
            text[i] in _AFTER_LETTER and (i + 1 == len(text) or kinds[i + 1][0] != "L")
        ):
            odd += 1  # a sign glued to a letter: `â€`, `Ã©`, `ط§`
        elif (
            kind in "PF"
            and i + 1 < len(kinds)
            and kinds[i + 1][0] == "L"
            and text[i] not in _BETWEEN_LETTERS
            and not (prev_script == "CJK" or kinds[i + 1][1] == "CJK")
        ):
            odd += 1  # punctuation inside a word: `ธ”เ`, `ط­ط`
    return odd + (2 if kinds and kinds[0][0] == "X" else 0)


@cache
def _plausible_char(char: str) -> bool:
    if unicodedata.category(char) == "Cn":  # unassigned, even inside a common block
        return False
    ranges = _data.plausible_ranges()
    point = ord(char)
    index = bisect_right(ranges, (point, 0x10FFFF)) - 1
    return index >= 0 and ranges[index][0] <= point <= ranges[index][1]


def _marks_attach(before: str, after: str) -> bool:
    """Combining marks in a repair must sit on a letter of a script they belong to."""
    previous = before
    for char in after:
        if _kind(char)[0] == "M":
            base_kind, base_script = _kind(previous)
            name = unicodedata.name(char, "")
            if base_kind != "L" or not (
                name.startswith("COMBINING") or name.startswith(base_script)
            ):
                return False
        else:
            previous = char
    return True


def _verdict(text: str, repair: Repair) -> bool | None:
    """True: a plausible repair; False: plausible only where the mix-up is established; None.

    The repair must yield common characters, with marks on letters they belong to. Then it
    is plausible when the text reads better after it than before; when it yields general
    punctuation or currency signs; or when it yields three or more letters of one script
    (correct text does not form three well-formed UTF-8 sequences in a row by chance).
    Records the oddness left after the repair in the details.
    """
    after = repair.after
    if not all(_plausible_char(c) for c in after):
        return None
    before_char = text[repair.start - 1] if repair.start else " "
    after_char = text[repair.end] if repair.end < len(text) else " "
    if not _marks_attach(before_char, after):
        return None
    old = _oddness(before_char + repair.before + after_char)
    # A bare combining mark is a poorer reading than a letter (`Ã©` is `é` through
    # Windows-1252 and `f` + U+0329 through MacRoman): each costs one.
    new = _oddness(before_char + after + after_char) + sum("\u0300" <= c <= "\u036f" for c in after)
    repair.details["oddness"] = new
    if old > new:
        return True
    if new <= old and all("\u2000" <= c <= "\u214f" for c in after):
        # Punctuation, currency and letterlike signs (`—`, `’`, `€`, `™`) are three UTF-8
        # bytes E2 80..85 xx: in every codepage three characters (`â€”`, `ÔÇö`, `‚Äî`) no
        # language writes.
        return True
    scripts = {_kind(c) for c in after if _kind(c)[0] != "M"}
    if new == 0 and len(after) >= 3 and len(scripts) == 1 and next(iter(scripts))[0] == "L":
        return True
    if old == new and _words(repair.before, after):
        return False
    return None


def _words(before: str, after: str) -> bool:
    """The shape of a weak repair worth trusting where the mix-up is established.

    Letters and punctuation only, with a letter among them, never a lone symbol, mark,
    digit or space, which is what correct text (Thai `ยง`, `อก`) turns into by accident;
    and when it yields a single letter, one of another script than the span's letters, or
    from a span that held a non-letter: correct letters turn into one letter of their own
    script by accident (`сё` in `всё` is `ӣ` through KOI8-R); `ЩЃЩЉ` -> `في`, `ГЂ` -> `À`
    and `√Ä` -> `À` are mojibake.
    """
    kinds = {_kind(c)[0] for c in after}
    if "L" not in kinds or not kinds <= {"L", "P", "O"}:
        return False
    if len(after) >= 2 or any(_kind(c)[0] != "L" for c in before):
        return True
    return _kind(after)[1] not in {_kind(c)[1] for c in before}


# --- pass 2: ftfy ----------------------------------------------------------------------------


def _ftfy(document: Document, own: tuple[Repair, ...]) -> Iterator[Repair]:
    """ftfy's repairs of each line as it reads after pass 1, mapped back to the source."""
    alphabet = _data.ftfy_alphabet()
    text = document.text
    done: dict[int, list[Repair]] = {}
    for repair in own:
        done.setdefault(document.line_at(repair.start).index, []).append(repair)
    for line in document.lines:
        if line.text.isascii():
            continue
        pieces = _pieces(text, line.start, line.end, done.get(line.index, []))
        current = "".join(piece[2] for piece in pieces)
        if not _may_hold_mojibake(current, alphabet):
            continue
        fixed = _ftfy_line(current)
        if fixed is None:
            continue
        fixed_text, steps = fixed
        for i1, i2, replacement in _changes(current, fixed_text):
            start = _source_offset(pieces, i1, i2)
            if start is not None:  # else it rewrites a pass-1 repair: the next round sees it
                yield _ftfy_repair(text, start, start + i2 - i1, replacement, steps)


def _may_hold_mojibake(line: str, alphabet: frozenset[str]) -> bool:
    """Whether ftfy could find mojibake in a line, by a test that needs no ftfy.

    UTF-8 read through a codepage turns each character of two to four bytes into as many
    characters of the codepage's upper half (`ftfy_alphabet`): mojibake is a run of two or
    more of them, or one before a space where a no-break space was lost (`Ã ` for `à`). A
    line whose accents and dashes stand alone (`café`, `staff—a`, `“quoted”`) has none, and
    ftfy is not even imported for it: its import is 40 ms of a one-file run.

    >>> alphabet = frozenset("ÃâÂ€™©")
    >>> [_may_hold_mojibake(line, alphabet) for line in ("donâ€™t", "Ã la", "“Quoted” café")]
    [True, True, False]
    """
    if alphabet.isdisjoint(line):
        return False
    return _RUN.search(line) is not None or _BEFORE_SPACE.search(line) is not None


@lru_cache(maxsize=16384)
def _ftfy_line(current: str) -> tuple[str, list[Any]] | None:
    """ftfy's repair of one line and its plan, or None when it finds nothing to repair.

    Cached by text: the engine lints a document again after fixing it, and unchanged lines
    come back identical. Callers must not mutate the plan.
    """
    # Imported here: ftfy costs ~40 ms to import, and most lines never need it.
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(current):
        return None
    result = ftfy.fix_encoding_and_explain(current)
    if result.text == current:
        return None
    return result.text, [tuple(step) for step in result.explanation or []]


def _pieces(text: str, start: int, end: int, repaired: list[Repair]) -> list[tuple[int, bool, str]]:
    """A line after pass 1 as (source offset, repaired?, text) pieces."""
    pieces: list[tuple[int, bool, str]] = []
    position = start
    for repair in sorted(repaired, key=lambda r: r.start):
        pieces.append((position, False, text[position : repair.start]))
        pieces.append((repair.start, True, repair.after))
        position = repair.end
    pieces.append((position, False, text[position:end]))
    return pieces


def _source_offset(pieces: list[tuple[int, bool, str]], i1: int, i2: int) -> int | None:
    """Source offset of span i1..i2 of the repaired line, if it lies in untouched text."""
    position = 0
    for source, repaired, piece in pieces:
        if position <= i1 and i2 <= position + len(piece):
            return None if repaired else source + i1 - position
        position += len(piece)
    return None


def _changes(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """The smallest spans of `old` that differ in `new`, with their replacements."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:  # a pure insertion: anchor it on the character before
            i1, j1 = i1 - 1, j1 - 1
        yield i1, i2, new[j1:j2]


def _ftfy_repair(text: str, start: int, end: int, after: str, steps: list[Any]) -> Repair:
    details = {
        "encoded_as": _encoded_as(steps),
        "decoded_as": _decoded_as(steps),
        "method": "ftfy",
        "plan": [list(step) for step in steps],
    }
    return Repair(start, end, text[start:end], after, _describe(steps), details)


def _encoded_as(steps: list[Any]) -> str:
    return next((name for kind, name in steps if kind == "encode"), "sloppy-windows-1252")


def _decoded_as(steps: list[Any]) -> str:
    return next((name for kind, name in steps if kind == "decode"), "utf-8")


def _describe(steps: list[Any]) -> str:
    """ftfy's plan in words: `UTF-8 read as Windows-1252`."""
    names = _data.ftfy_names()
    parts: list[str] = []
    encoded: str | None = None
    for kind, name in steps:
        if kind == "encode":
            encoded = names.get(name, name)
        elif kind == "decode" and encoded:
            decoded = "UTF-8" if name.startswith("utf-8") else names.get(name, name.upper())
            parts.append(f"{decoded} read as {encoded}")
            encoded = None
        elif name == "decode_inconsistent_utf8":
            parts.append(f"UTF-8 read as {names[name]}")
        elif name == "fix_c1_controls":
            parts.append(f"Windows-1252 read as {names[name]}")
    return ", then ".join(dict.fromkeys(parts)) or "UTF-8 read as a single-byte codepage"


# --- grouping ------------------------------------------------------------------------------


def _group(text: str, found: list[Repair]) -> tuple[Repair, ...]:
    """Join repairs of one mix-up that only spaces or punctuation separate on a line.

    A mis-decoded sentence in Russian or Arabic is one finding, not one per word.
    """
    grouped: list[Repair] = []
    for repair in sorted(found, key=lambda r: r.start):
        if grouped:
            last = grouped[-1]
            gap = text[last.end : repair.start]
            if (
                last.read_as == repair.read_as
                and len(gap) <= 3
                and not any(c.isalnum() or c in "\r\n" for c in gap)
            ):
                details = dict(last.details)
                merged = Repair(
                    last.start,
                    repair.end,
                    text[last.start : repair.end],
                    last.after + gap + repair.after,
                    last.read_as,
                    details,
                )
                grouped[-1] = merged
                continue
        grouped.append(repair)
    return tuple(grouped)
