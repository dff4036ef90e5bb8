"""How a cached report is stored: plain tuples in `marshal`, not pickled objects.

A cached re-run loads one entry per file, and unpickling a report's dataclasses and enums
costs several times more than reading plain tuples: on 10,000 files that difference is most
of the run. `marshal` reads only built-in types and never runs code. A report holding
something else (a rule's details that are not plain data) is simply not cached.
"""

from __future__ import annotations

import marshal
from typing import Any

from seedlint.output import Located, LocatedEdit
from seedlint.rule import Applicability, Edit, Finding, Fix, Severity
from seedlint.runner import FileReport

_SEVERITIES = {severity.value: severity for severity in Severity}
_APPLICABILITIES = {applicability.value: applicability for applicability in Applicability}


def dumps(report: FileReport) -> bytes:
    """Raises ValueError when the report holds something marshal cannot store."""
    located = [_located(item) for item in report.located]
    plain = (
        report.display,
        report.fixed_count,
        report.errors,
        report.diff,
        report.content_sha256,
        located,
    )
    return marshal.dumps(plain)


def loads(data: bytes) -> FileReport:
    display, fixed_count, errors, diff, content_sha256, located = marshal.loads(data)
    report = FileReport(display, fixed_count=fixed_count, errors=list(errors), diff=diff)
    report.content_sha256 = content_sha256
    report.located = [_restore(item) for item in located]
    return report


def _located(item: Located) -> tuple[Any, ...]:
    finding = item.finding
    fix = finding.fix
    plain_fix = None
    if fix is not None:
        edits = tuple((edit.start, edit.end, edit.content) for edit in fix.edits)
        plain_fix = (edits, fix.message, fix.applicability.value, fix.encoding)
    return (
        item.filename,
        (
            finding.code,
            finding.name,
            finding.message,
            finding.start,
            finding.end,
            finding.severity.value,
            plain_fix,
            dict(finding.details),
        ),
        (item.row, item.column, item.end_row, item.end_column),
        tuple((edit.content, edit.start, edit.end) for edit in item.edits),
        item.fingerprint,
    )


def _restore(plain: tuple[Any, ...]) -> Located:
    filename, finding, position, edits, fingerprint = plain
    code, name, message, start, end, severity, plain_fix, details = finding
    fix = None
    if plain_fix is not None:
        fix_edits, fix_message, applicability, encoding = plain_fix
        fix = Fix(
            tuple(Edit(*edit) for edit in fix_edits),
            fix_message,
            _APPLICABILITIES[applicability],
            encoding,
        )
    return Located(
        filename,
        Finding(code, name, message, start, end, _SEVERITIES[severity], fix, details),
        *position,
        tuple(LocatedEdit(content, tuple(first), tuple(last)) for content, first, last in edits),
        fingerprint,
    )
