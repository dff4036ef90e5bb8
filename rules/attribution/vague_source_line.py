"""SL403 vague-source-line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity
from seedlint.rules.attribution.lexicon import words

MAX_WORDS = 15  # a credit line is short; a longer line is prose that happens to say "Source"
_WORD = re.compile(r"\w[\w’'.&-]*")


@cache
def _credit() -> re.Pattern[str]:
    labels = "|".join(
        re.escape(label) for label in sorted(words("credit_labels"), key=len, reverse=True)
    )
    return re.compile(rf"^\s*(?:{labels})\s*[:：\-–—]\s*(?P<credit>\S.*?)\s*$", re.IGNORECASE)


class VagueSourceLine(Rule):
    """A document-level credit line that names no source a reader could check.

    ## What it does
    Flags a line such as `Sources: News Agency - officials` or `Credit: media reports`: a credit
    label followed only by generic words (agency, officials, media, reports, internet...). A
    credit naming anything specific (`Source: Reuters`, a URL) is left alone.

    ## Why is this bad?
    A credit line is where a reader, or a provenance record, looks for where the text came from.
    A generic one gives the appearance of sourcing and no way to verify it.

    ## Example
    ```text
    Sources: News Agency - officials
    ```
    Use instead:
    ```text
    Sources: TASS; US State Department statement of 10 April 2025
    ```

    ## Fix safety
    No fix: only the author knows the sources. The finding is reported.
    """

    code = "SL403"
    name = "vague-source-line"
    summary = "A credit line that names no checkable source"
    fix_availability = FixAvailability.NONE
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterator[Finding]:
        pattern, generic = _credit(), words("generic_credit_words")
        for line in document.lines:
            match = pattern.match(line.text)
            if match is None:
                continue
            tokens = [token.lower() for token in _WORD.findall(match.group("credit"))]
            if not tokens or len(tokens) > MAX_WORDS or any(t not in generic for t in tokens):
                continue
            start = line.start + len(line.text) - len(line.text.lstrip())
            end = line.start + len(line.text.rstrip())
            yield self.finding(
                start,
                end,
                f"Vague credit `{match.group('credit')}`: it names no source a reader could check",
            )
