"""SL402 weasel-source."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity
from seedlint.rules.attribution.analysis import analyse


class WeaselSource(Rule):
    """A sentence whose only source is too vague to check.

    ## What it does
    Flags a prose sentence that credits an unnamed group (`observers say`, `many believe`,
    `critics argue`, `experts say`, `sources said`, `global stakeholders are watching`), an
    agentless passive (`it is expected`, `is believed to`), or a hedge (`reportedly`), and
    names no checkable source anywhere else in the sentence, its paragraph or its section.

    ## Why is this bad?
    A weasel source looks like attribution but gives the reader nobody to check: it lends a
    claim authority it has not earned. Downstream, such sentences read as consensus.

    ## Example
    ```text
    This process is expected to facilitate smoother operations.
    ```
    Use instead:
    ```text
    The State Department said it expects the process to facilitate smoother operations.
    ```

    ## Fix safety
    No fix: only the author knows the source. The finding is reported, and recorded as
    `unattributed` in the paragraph's provenance.
    """

    code = "SL402"
    name = "weasel-source"
    summary = "A source too vague to check (observers say, it is expected, many believe)"
    fix_availability = FixAvailability.NONE
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence in analyse(document):
            if sentence.status == "weasel":
                yield self.finding(
                    sentence.start,
                    sentence.end,
                    f"Weasel phrase `{sentence.weasel}`: the source is too vague to check",
                    details={"phrase": sentence.weasel},
                )
