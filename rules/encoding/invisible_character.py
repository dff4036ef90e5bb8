"""SL103 invisible-character."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from seedlint.document import Document, Line
from seedlint.rule import Applicability, Edit, Finding, Fix, FixAvailability, Rule, Severity
from seedlint.rules.encoding import _mojibake
from seedlint.rules.encoding._data import invisibles
from seedlint.rules.encoding._names import describe_characters

# Variation selectors, emoji skin tones and tags: the company a ZWJ keeps in emoji sequences.
_EMOJI_PARTS = re.compile("[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


@cache
def _pattern() -> re.Pattern[str]:
    """C0 controls but TAB/LF/CR, DEL, C1 controls, and the format characters in the data."""
    listed = "".join(re.escape(c) for c in sorted(invisibles()))
    char = f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{listed}]"
    # `xx*`, not `x+`: opening with a character class lets `re` skip in C to the next such
    # character, instead of trying the pattern at every position of the document.
    return re.compile(f"{char}{char}*")


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _joins_something(text: str, position: int) -> bool:
    """A ZWJ/ZWNJ between letters (Persian, Indic, ligature control), after a virama (Indic
    half forms and chillus end words that way) or in an emoji sequence."""
    before = text[position - 1] if position else ""
    after = text[position + 1] if position + 1 < len(text) else ""
    if before and after and _is_letter(before) and _is_letter(after):
        return True
    if before and unicodedata.category(before) in ("Mn", "Mc"):
        return True
    if text[position] != "\u200d":
        return False
    return any(
        c and (unicodedata.category(c) in ("So", "Sk") or _EMOJI_PARTS.match(c))
        for c in (before, after)
    )


def _has_rtl(line: Line) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in line.text if ord(c) >= 0x590)


class InvisibleCharacter(Rule):
    """Zero-width, control and stray format characters inside the text.

    ## What it does
    Reports characters that show nothing but are there: C0 control characters other than
    TAB, LF and CR; DEL and the C1 controls (U+0080-U+009F); zero-width spaces, word joiners,
    soft hyphens, and a byte-order mark U+FEFF inside the text (the one at the start of a
    file is kept by the file model, not reported). Joiners are reported only where they join
    nothing: ZWJ and ZWNJ between two letters (Persian `می‌خواهد`, Indic conjuncts) or inside
    an emoji sequence are kept. Bidi marks (LRM, RLM, ALM) are reported only on lines with no
    right-to-left letters; bidi embeddings, overrides and isolates are always reported.
    Characters on a line that holds nothing else are left to SL104, C1 controls that belong
    to mojibake to SL101.

    ## Why is this bad?
    Invisible characters split words for tokenizers and search (`co\\u200boperate` does not
    match `cooperate`), break deduplication, and smuggle content past reviewers; bidi
    overrides can make text display differently from what it says ("Trojan Source").

    ## Example
    ```text
    The talks\\u200b resumed in\\u00adIstanbul\\x07.
    ```
    Use instead:
    ```text
    The talks resumed inIstanbul.
    ```
    (A soft hyphen shows nothing unless a line breaks there: `in\\u00adIstanbul` already read
    `inIstanbul`.)

    ## Fix safety
    Safe for everything but bidi embeddings, overrides and isolates: the fix deletes the
    characters, and since they display nothing, the text reads exactly as before. Controls
    that act as whitespace (line tabulation, form feed, the file/group/record/unit
    separators, NEXT LINE) become a space when they stand between two visible characters, so
    no two words are glued together. Deleting a bidi embedding, override or isolate can
    change the order in which text displays, so that fix is unsafe.
    """

    code = "SL103"
    skips_literal_lines = False  # characters are wrong in code too
    name = "invisible-character"
    summary = "Zero-width, control or stray format character in the text"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        table = invisibles()
        for match in _pattern().finditer(text):
            line = document.line_at(match.start())
            if line.is_blank:  # SL104 reports the whole line
                continue
            run: list[int] = []
            unsafe = False
            for position in range(match.start(), match.end()):
                char = text[position]
                policy = table[char].policy if char in table else "control"
                if policy == "joiner" and _joins_something(text, position):
                    continue
                if policy == "mark" and _has_rtl(line):
                    continue
                if policy == "control" and _mojibake.covered(document, position):
                    continue
                unsafe = unsafe or policy == "bidi"
                if run and run[-1] != position - 1:
                    yield self._finding(text, run, unsafe)
                    run, unsafe = [], policy == "bidi"
                run.append(position)
            if run:
                yield self._finding(text, run, unsafe)

    def _finding(self, text: str, run: list[int], unsafe: bool) -> Finding:
        start, end = run[0], run[-1] + 1
        chars = text[start:end]
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        spaced = any(c.isspace() for c in chars) and (
            before and after and not before.isspace() and not after.isspace()
        )
        replacement = " " if spaced else ""
        applicability = Applicability.UNSAFE if unsafe else Applicability.SAFE
        action = "Replace with a space" if spaced else "Delete"
        what = describe_characters(chars)
        kind = "stray byte-order mark" if chars == "\ufeff" else "invisible character"
        fix = Fix((Edit(start, end, replacement),), f"{action}: {what}", applicability)
        return self.finding(start, end, f"{kind}: {what}", fix, {"characters": what})
