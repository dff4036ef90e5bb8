"""`--format json`: one JSON array, with the field names of ruff's JSON output.

Tools that read ruff's JSON (editors, CI annotators, code-review bots) read ours unchanged;
`name` and `severity` are added, as seedlint has severities where ruff has none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from seedlint.output import Located


def _point(row: int, column: int) -> dict[str, int]:
    return {"row": row, "column": column}


def to_dict(item: Located) -> dict[str, Any]:
    finding = item.finding
    fix = None
    if finding.fix is not None:
        edits = [
            {
                "content": edit.content,
                "location": _point(*edit.start),
                "end_location": _point(*edit.end),
            }
            for edit in item.edits
        ]
        fix = {
            "applicability": finding.fix.applicability.value,
            "message": finding.fix.message,
            "edits": edits,
        }
    return {
        "code": finding.code,
        "name": finding.name,
        "message": finding.message,
        "severity": finding.severity.value,
        "filename": item.filename,
        "location": _point(item.row, item.column),
        "end_location": _point(item.end_row, item.end_column),
        "fix": fix,
        "url": None,
    }


class JsonArrayWriter:
    """Writes one JSON array item by item, so a large run never holds all findings."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._count = 0

    def add(self, located: Sequence[Located]) -> None:
        for item in located:
            prefix = "[\n" if self._count == 0 else ",\n"
            body = json.dumps(to_dict(item), ensure_ascii=False, indent=2)
            self._write(prefix + "\n".join("  " + line for line in body.splitlines()))
            self._count += 1

    def close(self) -> None:
        self._write("\n]\n" if self._count else "[]\n")
