"""Output formats: one module each, all fed the same sorted list of located findings.

A `Located` finding is self-contained (positions, fix edit positions, content fingerprint),
so it can be computed where the file was linted (a worker process, or the cache) and printed
anywhere without the document it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from seedlint.document import Document
from seedlint.fingerprint import fingerprint
from seedlint.rule import Finding

Point = tuple[int, int]  # 1-based (row, column)


@dataclass(frozen=True)
class LocatedEdit:
    content: str
    start: Point
    end: Point


@dataclass(frozen=True)
class Located:
    """A finding with the path and 1-based positions every format prints."""

    filename: str
    finding: Finding
    row: int
    column: int
    end_row: int
    end_column: int
    edits: tuple[LocatedEdit, ...] = ()
    fingerprint: str | None = None  # None for file-level findings (no text to hash)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.filename, self.row, self.column, self.finding.code)


def locate(filename: str, document: Document | None, findings: Iterable[Finding]) -> list[Located]:
    """Findings with their positions, sorted by position then code."""
    located = []
    for finding in findings:
        if document is None:
            located.append(Located(filename, finding, 1, 1, 1, 1))
            continue
        row, column = document.position(finding.start)
        end_row, end_column = document.position(finding.end)
        edits = tuple(
            LocatedEdit(edit.content, document.position(edit.start), document.position(edit.end))
            for edit in (finding.fix.edits if finding.fix else ())
        )
        located.append(
            Located(
                filename,
                finding,
                row,
                column,
                end_row,
                end_column,
                edits,
                fingerprint(document, finding),
            )
        )
    located.sort(key=lambda item: item.sort_key)
    return located
