"""Lint one file from disk to report: read, decode, lint (and fix), write or diff.

Everything that can go wrong with one file ends up in its `FileReport`, so one bad file never
stops the run: I/O errors become `errors` (the run exits 2), binary content becomes an SL001
finding, and a rule that crashes becomes an internal error naming the rule.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from seedlint.config import Settings, is_enabled, matches
from seedlint.diagnostics import UnreadableContent
from seedlint.document import Document, UndecodableError
from seedlint.engine import FixMode, LintResult, lint
from seedlint.files import relative_to_root, read, write_atomic
from seedlint.rule import Finding, Rule


@dataclass
class FileReport:
    path: Path
    display: str  # the path as printed
    document: Document | None = None  # what the findings' offsets refer to
    result: LintResult | None = None
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    written: bool = False
    diff: str = ""
    source_bytes: bytes = b""

    @property
    def fixed_count(self) -> int:
        return self.result.fixed_count if self.result else 0


class RuleSet:
    """Rule instances for each distinct selection, built once and reused across files."""

    def __init__(self, rules: Sequence[type[Rule]], settings: Settings) -> None:
        self._rules = rules
        self._settings = settings
        self._instances: dict[frozenset[str], list[Rule]] = {}

    def codes_for(self, path: Path) -> frozenset[str]:
        relative = relative_to_root(path, self._settings) or path.name
        ignore = list(self._settings.ignore)
        for pattern, codes in self._settings.per_file_ignores:
            if matches(relative, [pattern]):
                ignore.extend(codes)
        return frozenset(
            rule.code for rule in self._rules if is_enabled(rule.code, self._settings.select, ignore)
        )

    def for_codes(self, codes: frozenset[str]) -> list[Rule]:
        if codes not in self._instances:
            options = self._settings.rule_options
            self._instances[codes] = [
                rule(options.get(rule.config_section or "", {}))
                for rule in self._rules
                if rule.code in codes
            ]
        return self._instances[codes]


def process_file(
    path: Path,
    display: str,
    rules: RuleSet,
    mode: FixMode,
    write: bool,
    want_diff: bool,
    report_final: bool = True,
) -> FileReport:
    """Lint one file. With a fix mode the fixes are computed; `write` puts them on disk.

    `report_final` chooses what is left to report: the findings after fixing (`--fix`,
    `--diff`), or those of the text as it is (fixes computed for provenance only).
    """
    report = FileReport(path, display)
    try:
        snapshot = read(path)
    except OSError as error:
        report.errors.append(f"{display}: cannot read: {error.strerror or error}")
        return report
    codes = rules.codes_for(path)
    try:
        document = Document.from_bytes(display, snapshot.data)
    except UndecodableError as error:
        if UnreadableContent.code in codes:
            finding = UnreadableContent().finding(0, 0, f"{error}; skipped")
            report.findings.append(finding)
        return report
    result = lint(document, rules.for_codes(codes), mode)
    report.source_bytes, report.result = snapshot.data, result
    if report_final:
        report.document, report.findings = result.final, result.findings
    else:
        report.document, report.findings = result.source, result.initial_findings
    for failure in result.failures:
        report.errors.append(f"{display}: internal error in rule {failure.code}:\n{failure.error}")
    for finding, reason in result.refused:
        report.errors.append(f"{display}: refused a fix of {finding.code}: {reason}")
    if not result.converged:
        report.errors.append(f"{display}: fixes did not converge; the last result was kept")
    if not result.changed:
        return report
    if want_diff:
        report.diff = unified_diff(result, display)
    if write:
        try:
            write_atomic(path, result.final.to_bytes(), snapshot)
            report.written = True
        except OSError as error:
            report.errors.append(f"{display}: not written: {error.strerror or error}")
    return report


def unified_diff(result: LintResult, display: str) -> str:
    before = [line.text + line.terminator for line in result.source.lines]
    after = [line.text + line.terminator for line in result.final.lines]
    lines = list(difflib.unified_diff(before, after, f"a/{display}", f"b/{display}"))
    lines = [line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
             for line in lines]
    source, final = result.source.encoding, result.final.encoding
    if (source.name, source.bom) != (final.name, final.bom):
        header = f"# {display}: re-encoded from {source.name} to {final.name}\n"
        lines.insert(0, header)
    return "".join(lines)
