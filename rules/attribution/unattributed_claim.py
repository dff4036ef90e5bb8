"""SL401 unattributed-claim."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity
from seedlint.rules.attribution.analysis import analyse, is_report

_KIND_WORDS = {
    "figure": "a figure",
    "judgement": "a judgement",
    "prediction": "a prediction",
    "contested": "a contested fact",
}


class UnattributedClaim(Rule):
    """A sentence that asserts a figure, a judgement, a prediction or a contested fact, and that
    nobody is said to have made.

    ## What it does
    Flags a prose sentence that gives a statistic, passes judgement (`critical`, `remarkable`,
    `Importantly, ...`), predicts (`will`, `could`, `likely`) or states a contested fact as true
    (`legally owned by`, `caused`), when no source is given in the sentence (a reporting verb
    with its subject, `according to`, a quotation with its speaker), in the sentences before it
    in its paragraph, or by a section heading that names a speaker (`Statements by Darchiev`).
    Neutral narration (who met whom, when, where), sentences addressed to the reader (`you`),
    headings, titles, questions and short lines are not claims. Only documents that report what
    others say (two sentences or more credit a source, or a heading attributes a section) are
    checked: a recipe or a manual speaks in its writer's voice throughout.

    ## Why is this bad?
    Text that goes downstream should say who claims what. A rewrite of a news report often
    drops its sources and adds judgements of its own; a model or an index fed with it takes the
    rewriter's opinion for established fact.

    ## Example
    ```text
    Both sides agreed on the return of six properties, assets that are legally owned by Russia.
    ```
    Use instead:
    ```text
    Both sides agreed on the return of six properties, which Russia says it legally owns.
    ```

    ## Fix safety
    No fix: only the author knows who made the claim. The finding is reported, and recorded as
    `unattributed` in the paragraph's provenance.
    """

    code = "SL401"
    name = "unattributed-claim"
    summary = "A claim (figure, judgement, prediction, contested fact) with no source"
    fix_availability = FixAvailability.NONE
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterator[Finding]:
        if not is_report(document):
            return
        for sentence in analyse(document):
            if sentence.status == "unattributed":
                kinds = ", ".join(_KIND_WORDS[kind] for kind in sentence.claim)
                yield self.finding(
                    sentence.start,
                    sentence.end,
                    f"Unattributed claim ({kinds}): no source in the sentence, its paragraph "
                    "or its section heading",
                    details={"claim": list(sentence.claim)},
                )
