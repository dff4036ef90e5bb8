"""The boilerplate phrase tables and the one normalisation both they and lines go through.

The tables live in `rules/data/boilerplate/` as plain text (see the README there). They are
read once per process, normalised like lines are, and kept as frozen sets, so matching a
line is one set lookup; prefix tables are filed by first word (`PrefixTable`), and tables
searched anywhere in a line become one compiled alternation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from seedlint.rules._trie import alternation

# Decoration a CMS puts around a label: bullets, arrows, separators, counts' brackets,
# required-field stars, ellipses. Stripped from both ends before a lookup.
_DECORATION = " \t*:：·•|»«›‹→←↑↓><-–—…_.!?¿¡()[]{}#/\\,;\"'“”‘’„+=~^▼▲►◄❯❮✓✔✕×"
_TRAILING_COUNT = re.compile(r"\s*[(\[]\s*\d[\d.,]*\s*[)\]]$")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """A line as the tables are keyed: NFKC, case-folded, collapsed, undecorated.

    >>> normalise("  Leave a Reply  "), normalise("Comments (3)"), normalise("← Older posts")
    ('leave a reply', 'comments', 'older posts')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u200c", " ").replace("\u200d", "")
    text = _SPACE.sub(" ", text).casefold().strip()
    if text.endswith((")", "]")):
        text = _TRAILING_COUNT.sub("", text)
    return text.strip(_DECORATION)


def _entries(name: str, labels: bool = False) -> list[str]:
    """A table's entries, normalised as lines are.

    With `labels`, an entry written with a closing colon keeps it (`next:`, `catégories :`,
    in both spacings): in a prefix table the colon is what makes `Next: How to ...` a link
    to another post, and without it the entry would take every line that opens with the
    word (`Next, edit the file ...`, `Previous studies found ...`).
    """
    source = files("seedlint.rules").joinpath("data", "boilerplate", name)
    entries: list[str] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        entry = normalise(raw)
        if not entry:
            continue
        if labels and raw.rstrip().endswith((":", "：")):
            entries.extend((f"{entry}:", f"{entry} :"))
        else:
            entries.append(entry)
    return entries


@cache
def phrases(name: str) -> frozenset[str]:
    """A whole-line table, e.g. `phrases("chrome.txt")`."""
    return frozenset(_entries(name))


_WORD_RUN = re.compile(r"\w*")


def _unspaced(character: str, thai: bool = True) -> bool:
    """A character of a script written without spaces (CJK, Hangul, and Thai with `thai`).

    A line's first word there runs to the end of the phrase, so entries in these scripts are
    filed under their first character; and an entry ending in CJK or Hangul may be followed
    by anything (`版权所有©2020`, `延伸阅读：...`). Compared by code point: a regex class of
    these ranges takes 4 ms to compile, in every process.
    """
    return (
        "\u3000" <= character <= "\u9fff"
        or "\uac00" <= character <= "\ud7af"
        or (thai and "\u0e00" <= character <= "\u0e7f")
    )


class PrefixMatch(NamedTuple):
    """An entry of a prefix table found at the start of a line."""

    entry: str
    end: int  # offset in the line just past the entry


class PrefixTable:
    """The entries of a prefix table, found at the start of a normalised line.

    Entries are filed under their first word, so a line is looked up by its own first word
    and compared with the few entries filed there. An alternation regex of the same tables
    found the same entries, but compiling it cost about 40 ms of every process's start, most
    of a one-file run's budget; the lookup costs nothing to build and no more per line.

    An entry must end at a word boundary (`share on` does not start `share onions`), unless
    it ends in punctuation or in a script written without spaces; the longest entry that
    fits is the match.

    >>> table = PrefixTable(["share on", "powered by", "版权所有"])
    >>> table.match("share on facebook"), table.match("share onions")
    (PrefixMatch(entry='share on', end=8), None)
    >>> table.match("powered by wordpress").entry, table.match("版权所有2020").entry
    ('powered by', '版权所有')
    """

    def __init__(self, entries: Iterable[str]) -> None:
        self._filed: dict[str, list[str]] = {}
        for entry in sorted(set(entries), key=lambda entry: (-len(entry), entry)):
            self._filed.setdefault(_first_word(entry, 0), []).append(entry)

    def match(self, line: str, start: int = 0) -> PrefixMatch | None:
        """The longest entry `line[start:]` begins with, or None."""
        for entry in self._filed.get(_first_word(line, start), ()):
            if not line.startswith(entry, start):
                continue
            end = start + len(entry)
            last, following = entry[-1], line[end : end + 1]
            if (
                not (last.isalnum() or last == "_")
                or not (following.isalnum() or following == "_")
                or _unspaced(last, thai=False)
            ):
                return PrefixMatch(entry, end)
        return None


def _first_word(text: str, start: int) -> str:
    """The word a line or an entry opens with: its first character in a script written
    without spaces, else its leading run of word characters (empty before punctuation)."""
    if _unspaced(text[start : start + 1]):
        return text[start]
    run = _WORD_RUN.match(text, start)
    return run.group() if run else ""


@cache
def prefix_table(name: str) -> PrefixTable:
    """The prefix table `name` (`chrome_prefixes.txt`), ready to match lines' beginnings."""
    return PrefixTable(_entries(name, labels=True))


@cache
def word_pattern(name: str) -> re.Pattern[str]:
    """One alternation finding an entry of the table anywhere in a normalised line.

    Entries match as whole words (`our` is not found in `hours`): for sentences a site prints
    after its own name, and for the cue words of a structural test.
    """
    return re.compile(rf"(?<!\w)(?:{alternation(_entries(name), space=' ')})(?!\w)")
