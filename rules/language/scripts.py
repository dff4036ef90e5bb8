"""Which script each letter of a line is written in, and the words of a line.

Script is the cheap, certain signal: Arabic letters are Arabic script whatever a statistical
model thinks. The code-point ranges live in `rules/data/language/scripts.json`; this module
turns them into one compiled regular expression whose named groups are the scripts, so a line
is profiled in one C-level pass. Pure-ASCII lines, the bulk of English text, skip even that.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from seedlint.rule import TEXT_CACHE_SIZE

# ASCII bytes that are not letters: deleting them from an ASCII line leaves its letters.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
# Runs of ASCII: deleting them from a line leaves the few letters that need the script regex.
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")

# Combining marks that belong to words (Arabic harakat, Indic vowel signs, Thai vowels...):
# Python's \w does not match them, so a word would break at every vowel sign without them.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0980-\u09e3\u0a00-\u0a63\u0a80-\u0ae3\u0b00-\u0b63\u0b80-\u0be3"
    "\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d81-\u0df4\u0e31-\u0e4e\u0eb1-\u0ecd"
    "\u0f18-\u0fbc\u102b-\u103e\u1056-\u109d\u17b4-\u17d3\u3099\u309a\u200c\u200d"
)
# A word is a run of letters and marks; a number is a run of digits. Digits glued to letters
# ("8كيلو", "45-47th") split off, so the interface word and the count are seen apart.
TOKEN = re.compile(rf"(?P<word>(?:[^\W\d_]|[{_MARKS}])+)|(?P<number>\d+)")

# Characters dropped before matching interface phrases: ZWNJ (Persian writes it inside
# words, or not), the Arabic tatweel, and the dot that casefold() adds to Turkish İ.
_IGNORED = str.maketrans("", "", "\u200c\u0640\u0307")


@dataclass(frozen=True)
class ScriptTable:
    """The script data: one regex over all scripts, default languages, weights, markers."""

    pattern: re.Pattern[str]
    language: Mapping[str, str | None]
    weight: Mapping[str, int]
    unspaced: frozenset[str]
    markers: Mapping[str, Mapping[str, frozenset[str]]]


def data_text(name: str) -> str:
    """A data file of the language family, read from the installed package."""
    return files("seedlint.rules").joinpath("data", "language", name).read_text(encoding="utf-8")


@cache
def script_table() -> ScriptTable:
    raw = json.loads(data_text("scripts.json"))
    groups = []
    for name, spec in raw["scripts"].items():
        ranges = "".join(
            f"\\U{int(low, 16):08x}-\\U{int(high, 16):08x}" for low, high in spec["ranges"]
        )
        groups.append(f"(?P<{name}>[{ranges}]+)")
    return ScriptTable(
        pattern=re.compile("|".join(groups)),
        language={name: spec["language"] for name, spec in raw["scripts"].items()},
        weight={name: spec["weight"] for name, spec in raw["scripts"].items()},
        unspaced=frozenset(raw["unspaced"]),
        markers={
            script: {lang: frozenset(letters) for lang, letters in table.items()}
            for script, table in raw["markers"].items()
        },
    )


def letters_by_script(text: str) -> dict[str, int]:
    """Count the letters of `text` per script; digits, punctuation and symbols count nowhere.

    >>> letters_by_script("بواسطة Bob 2023")
    {'Arabic': 6, 'Latin': 3}
    """
    if text.isascii():
        count = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        return {"Latin": count} if count else {}
    # Mostly-ASCII lines (accented Latin, curly quotes): ASCII letters are all Latin and no
    # script claims another ASCII character, so only the non-ASCII rest needs the regex.
    # With a second script the dict's first-seen order needs the whole line: fall through.
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    rest = _count_scripts(_ASCII_RUN.sub("", text))
    if not rest:
        return {"Latin": ascii_letters} if ascii_letters else {}
    if not ascii_letters:
        return rest
    if len(rest) == 1 and "Latin" in rest:
        return {"Latin": ascii_letters + rest["Latin"]}
    return _count_scripts(text)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def line_letters(text: str) -> Mapping[str, int]:
    """`letters_by_script`, remembered per line text; callers must not modify the result."""
    return letters_by_script(text)


def _count_scripts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in script_table().pattern.finditer(text):
        script = match.lastgroup
        assert script is not None
        counts[script] = counts.get(script, 0) + match.end() - match.start()
    return counts


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def script_of(text: str) -> str | None:
    """The script holding most of the (weighted) letters of `text`, or None without letters.

    Remembered per text: the phrase matcher asks it of every word, and words repeat.
    """
    counts = letters_by_script(text)
    return dominant(counts)


def dominant(counts: Mapping[str, int]) -> str | None:
    weights = script_table().weight
    if len(counts) == 1:  # most lines: one script, no sorting
        (script,) = counts
        return script if counts[script] * weights[script] > 0 else None
    best, best_weight = None, 0
    for script in sorted(counts):
        weighted = counts[script] * weights[script]
        if weighted > best_weight:
            best, best_weight = script, weighted
    return best


def weighted(counts: Mapping[str, int], scripts: frozenset[str] | None = None) -> int:
    """Weighted letter count, over all scripts or only over `scripts`."""
    weights = script_table().weight
    return sum(
        count * weights[script]
        for script, count in counts.items()
        if scripts is None or script in scripts
    )


def normalize(text: str) -> str:
    """The form interface phrases are matched in: NFC, casefolded, invisible joiners dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.casefold().translate(_IGNORED).replace("’", "'")


def marker_language(script: str, counts: Mapping[str, int]) -> tuple[str | None, float]:
    """The language that a script's marker letters point to, and the share of markers it has.

    `counts` maps each marker letter to how often it occurs. None when markers are too few.
    """
    table = script_table().markers.get(script)
    if not table:
        return None, 0.0
    per_language = {
        lang: sum(counts.get(ch, 0) for ch in letters) for lang, letters in table.items()
    }
    total = sum(per_language.values())
    if total < 3:
        return None, 0.0
    best = max(sorted(per_language), key=per_language.__getitem__)
    return best, per_language[best] / total


def language_of_script(script: str, text: str) -> tuple[str | None, float]:
    """The language a run of one script implies: markers when they decide, else the default."""
    table = script_table()
    markers = table.markers.get(script)
    if markers:
        letters = frozenset().union(*markers.values())
        counts: dict[str, int] = {}
        for ch in text:
            if ch in letters:
                counts[ch] = counts.get(ch, 0) + 1
        language, share = marker_language(script, counts)
        if language is not None and share >= 0.8:
            return language, share
    return table.language.get(script), 0.5 if markers else 1.0
