"""How messages name characters people cannot see: `NO-BREAK SPACE (U+00A0)`."""

from __future__ import annotations

import unicodedata
from collections import Counter

# Control characters have no Unicode name; these are the ones scraped text carries.
_CONTROL_NAMES = {
    "\x00": "NULL",
    "\x07": "BELL",
    "\x08": "BACKSPACE",
    "\t": "CHARACTER TABULATION",
    "\x0b": "LINE TABULATION",
    "\x0c": "FORM FEED",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
}


def label(char: str) -> str:
    """`ZERO WIDTH SPACE (U+200B)`; `control character (U+0093)` when it has no name."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
    return f"{name} (U+{ord(char):04X})"


def describe_characters(text: str) -> str:
    """Each distinct character of `text` with its count: `2 × SPACE (U+0020), TAB ...`."""
    counts = Counter(text)
    parts = []
    for char in dict.fromkeys(text):
        count = counts[char]
        parts.append(f"{count} × {label(char)}" if count > 1 else label(char))
    return ", ".join(parts)
