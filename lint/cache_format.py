"""How a cached report is stored: plain tuples in `marshal`, not pickled objects.

A cached re-run loads one entry per file, and unpickling a report's dataclasses and enums
costs several times more than reading plain tuples: on 10,000 files that difference is most
of the run. `marshal` reads only built-in types and never runs code. A report holding
something else (a rule's details that are not plain data) is simply not cached.
"""

from __future__ import annotations

import marshal
from typing import Any, TypeVar

from seedlint.output import Located, LocatedEdit
from seedlint.rule import Applicability, Edit, Finding, Fix, Severity
from seedlint.runner import FileReport

T = TypeVar("T")

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


# Frozen dataclasses set each field through `object.__setattr__` in `__init__`: restoring
# 75,000 findings that way was a third of a cached re-run. Setting the instance dict at once
# gives the very same objects (fields, equality, hash, repr), as `Document` does for lines.
_new_object = object.__new__
_set_attribute = object.__setattr__


def _build(cls: type[T], fields: dict[str, Any]) -> T:
    instance = _new_object(cls)
    _set_attribute(instance, "__dict__", fields)
    return instance


def _restore(plain: tuple[Any, ...]) -> Located:
    filename, finding, position, edits, fingerprint = plain
    code, name, message, start, end, severity, plain_fix, details = finding
    fix = None
    if plain_fix is not None:
        fix_edits, fix_message, applicability, encoding = plain_fix
        fix = _build(
            Fix,
            {
                "edits": tuple(
                    _build(Edit, {"start": a, "end": b, "content": c}) for a, b, c in fix_edits
                ),
                "message": fix_message,
                "applicability": _APPLICABILITIES[applicability],
                "encoding": encoding,
            },
        )
    row, column, end_row, end_column = position
    return _build(
        Located,
        {
            "filename": filename,
            "finding": _build(
                Finding,
                {
                    "code": code,
                    "name": name,
                    "message": message,
                    "start": start,
                    "end": end,
                    "severity": _SEVERITIES[severity],
                    "fix": fix,
                    "details": details,
                },
            ),
            "row": row,
            "column": column,
            "end_row": end_row,
            "end_column": end_column,
            "edits": tuple(
                _build(LocatedEdit, {"content": content, "start": tuple(first), "end": tuple(last)})
                for content, first, last in edits
            ),
            "fingerprint": fingerprint,
        },
    )
