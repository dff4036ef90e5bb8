"""The contract between the engine and the rules: Rule, Finding, Fix, Edit.

A rule is one class. It has a code (`SL101`), a name that describes the pattern
(`mojibake-sequence`), a one-line summary, and a docstring in ruff's sections
(*What it does / Why is this bad? / Example / Fix safety*), which `seedlint --explain CODE`
prints. It looks at a `Document` and yields `Finding`s; a finding may carry a `Fix`, which is
a list of `Edit`s with an applicability. The engine never imports a rule: it receives them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from seedlint.document import Document, Line

# How many distinct texts (lines, sentences, paragraphs) a rule's per-text cache remembers.
# The engine lints a document again after each fix round, and most of its texts come back
# unchanged, so a cache must hold a long document's texts; a site's chrome lines also repeat
# across documents. Far larger caches hurt: over a 100 MB corpus, caches of 65,536 entries
# held hundreds of megabytes and, thrashing, saved no time; at 4,096 a 10 MB run is as fast
# as at 8,192, and the 100 MB run peaks at 258 MB instead of 302.
TEXT_CACHE_SIZE = 4096


class Applicability(str, enum.Enum):
    """How sure a fix is, as in ruff: `--fix` applies safe fixes, `--unsafe-fixes` the rest."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


class Severity(str, enum.Enum):
    """How bad a finding is; `--fail-on` sets which severities fail the run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class FixAvailability(str, enum.Enum):
    ALWAYS = "always"
    SOMETIMES = "sometimes"
    NONE = "none"


@dataclass(frozen=True, order=True)
class Edit:
    """Replace text[start:end] (code-point offsets, end-exclusive) with `content`."""

    start: int
    end: int
    content: str = ""


@dataclass(frozen=True)
class Fix:
    """Edits that together repair one finding.

    `encoding`, when set, asks for the file to be written in that encoding (SL102 uses it to
    turn a legacy-encoded file into UTF-8); a fix may have no edits then.
    """

    edits: tuple[Edit, ...]
    message: str
    applicability: Applicability = Applicability.SAFE
    encoding: str | None = None

    @property
    def start(self) -> int:
        return min((edit.start for edit in self.edits), default=0)

    @property
    def end(self) -> int:
        return max((edit.end for edit in self.edits), default=0)


@dataclass(frozen=True)
class Finding:
    """One problem at one span of a document's text (code-point offsets, end-exclusive).

    `details` carries what provenance and tools may want beyond the message (the codec plan
    of a mojibake repair, the language of a line); it never affects the output for people.
    """

    code: str
    name: str
    message: str
    start: int
    end: int
    severity: Severity = Severity.ERROR
    fix: Fix | None = None
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.code, self.message)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement `check`.

    Rules that take options name a `config_section` (`[tool.seedlint.<section>]`) and the
    keys they accept; the configuration layer validates keys and passes the section's values
    to the constructor.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NONE
    severity: ClassVar[Severity] = Severity.ERROR
    config_section: ClassVar[str | None] = None
    config_keys: ClassVar[frozenset[str]] = frozenset()
    # Whether the engine drops this rule's findings on front matter, fenced code and pipe
    # tables (`seedlint.markup`): true for rules that read lines as prose, chrome or claims;
    # the encoding rules read characters, which code holds as well.
    skips_literal_lines: ClassVar[bool] = True

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        self.options: Mapping[str, Any] = dict(options or {})

    def check(self, document: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        fix: Fix | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> Finding:
        """A finding of this rule, with its code, name and default severity filled in."""
        return Finding(
            code=self.code,
            name=self.name,
            message=message,
            start=start,
            end=end,
            severity=self.severity,
            fix=fix,
            details=dict(details or {}),
        )


def remove_lines(
    document: Document,
    first: Line,
    last: Line | None = None,
    message: str = "Remove the line",
    applicability: Applicability = Applicability.SAFE,
) -> Fix:
    """A fix that deletes lines `first`..`last` and leaves the paragraph structure tidy.

    Deleting a line between two blank lines would leave a double blank line at the seam, so the
    blank lines after the deleted run go too when a blank line (or the start of the file) is
    already before it; at the end of the file, the blank lines before it go instead. Only
    blank lines are ever taken beyond the flagged lines.
    """
    last = last or first
    lines = document.lines
    start, end = first.start, last.next_start
    before_is_blank = first.index == 0 or lines[first.index - 1].is_blank
    after = last.index + 1
    while after < len(lines) and lines[after].is_blank:
        after += 1
    if after == len(lines):
        # Nothing follows: take the blank lines before the run and the trailing ones.
        end = len(document.text)
        before = first.index
        while before > 0 and lines[before - 1].is_blank:
            before -= 1
        if before > 0:
            # Keep the terminator of the last kept line, so the file still ends with one.
            start = lines[before - 1].next_start
            if not lines[before - 1].terminator:
                start = lines[before - 1].end
        else:
            start = 0
    elif before_is_blank:
        end = lines[after].start
    return Fix((Edit(start, end, ""),), message, applicability)


def excerpt(text: str, limit: int = 60) -> str:
    """Text short enough to quote in a message, cut at a word boundary with an ellipsis.

    >>> excerpt("Your email address will not be published. Required fields are marked *")
    'Your email address will not be published. Required fields…'
    >>> excerpt("  Leave a Reply ")
    'Leave a Reply'
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def quote_block(first: Line, last: Line) -> str:
    """A block of lines in a message: its first line quoted, and how many lines follow it.

    Lines are counted as an editor shows them, blank ones included.
    """
    more = last.number - first.number
    return f"`{excerpt(first.text)}`" + (f" and {more} more lines" if more else "")
