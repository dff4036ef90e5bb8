"""Output formats: one module each, all fed the same sorted list of located findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from seedlint.document import Document
from seedlint.rule import Finding


@dataclass(frozen=True)
class Located:
    """A finding with the path and 1-based positions every format prints."""

    filename: str
    finding: Finding
    row: int
    column: int
    end_row: int
    end_column: int
    document: Document | None

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.filename, self.row, self.column, self.finding.code)


def locate(filename: str, document: Document | None, findings: Iterable[Finding]) -> list[Located]:
    located = []
    for finding in findings:
        if document is None:
            row = column = end_row = end_column = 1
        else:
            row, column = document.position(finding.start)
            end_row, end_column = document.position(finding.end)
        located.append(Located(filename, finding, row, column, end_row, end_column, document))
    return located
