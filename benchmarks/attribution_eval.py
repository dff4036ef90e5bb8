"""Precision and recall of SL401 + SL402 on the labelled sentences of real news text.

Each record of `tests/data/attribution/sentences.jsonl` is a sentence with its paragraph, the
line before that paragraph (`context`), the article it comes from (`articles/NNNN.txt`, the
article part of a real page) and a label (see that folder's README for the labelling rule). Each
article is linted whole, through the real engine with the SL401 and SL402 rules; a sentence
counts as flagged when a finding of either rule overlaps it. Positives are the labels
`unattributed-claim` and `weasel`.

    .venv/bin/python benchmarks/attribution_eval.py [--errors]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from seedlint.document import Document
from seedlint.engine import lint
from seedlint.rule import Finding
from seedlint.rules.attribution import UnattributedClaim, WeaselSource

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution"
DATA = FOLDER / "sentences.jsonl"
ARTICLES = FOLDER / "articles"
POSITIVE = frozenset({"unattributed-claim", "weasel"})


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    errors: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positive + self.false_negative
        return self.true_positive / positives if positives else 1.0


@cache
def _findings(article: str) -> tuple[Document, list[Finding]]:
    document = Document(article, (ARTICLES / article).read_text(encoding="utf-8"))
    return document, lint(document, [UnattributedClaim(), WeaselSource()]).findings


def flagged(record: dict[str, str]) -> bool:
    """Whether SL401 or SL402 flags the record's sentence, read in its whole article."""
    document, findings = _findings(record["article"])
    start = document.text.index(record["paragraph"]) + record["paragraph"].index(record["text"])
    end = start + len(record["text"])
    return any(finding.start < end and start < finding.end for finding in findings)


def evaluate(path: Path = DATA) -> Score:
    score = Score()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gold, predicted = record["label"] in POSITIVE, flagged(record)
            if gold and predicted:
                score.true_positive += 1
            elif predicted:
                score.false_positive += 1
                score.errors.append(("false positive", record))
            elif gold:
                score.false_negative += 1
                score.errors.append(("false negative", record))
            else:
                score.true_negative += 1
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    arguments = parser.parse_args()
    score = evaluate()
    total = score.true_positive + score.false_positive + score.false_negative + score.true_negative
    print(
        f"{total} sentences: TP {score.true_positive}  FP {score.false_positive}  "
        f"FN {score.false_negative}  TN {score.true_negative}"
    )
    print(f"precision {score.precision:.1%}  recall {score.recall:.1%}")
    if arguments.errors:
        for kind, record in score.errors:
            print(f"{kind:15} [{record['label']}] {record['text']}")


if __name__ == "__main__":
    main()
