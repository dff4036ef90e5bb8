"""Lint one file from disk to report: read, decode, lint (and fix), write or diff.

Everything that can go wrong with one file ends up in its `FileReport`, so one bad file never
stops the run: I/O errors become `errors` (the run exits 2), binary content becomes an SL001
finding, and a rule that crashes becomes an internal error naming the rule.

A `FileReport` is compact and picklable (located findings, counts, the diff, provenance
records), so files can be linted in worker processes or answered from the cache and printed
by the parent in path order.
"""

from __future__ import annotations

import difflib
import hashlib
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seedlint.config import Settings, is_enabled, matches
from seedlint.diagnostics import UnreadableContent
from seedlint.document import Document, UndecodableError
from seedlint.engine import FixMode, LintResult, lint
from seedlint.files import read, relative_to_root, write_atomic
from seedlint.output import Located, locate
from seedlint.rule import Rule


@dataclass
class FileReport:
    display: str  # the path as printed
    located: list[Located] = field(default_factory=list)
    fixed_count: int = 0
    errors: list[str] = field(default_factory=list)
    written: bool = False
    diff: str = ""
    records: list[dict[str, Any]] | None = None  # provenance, when asked for
    derivation_input: Any = None  # the records' sentences and stems, prepared in the worker
    content_sha256: str = ""  # of the bytes this report is about (the cache's key)

    @property
    def cacheable(self) -> bool:
        """Only clean outcomes are cached: errors are retried, and writes must happen."""
        return not self.errors and not self.written and self.records is None


class RuleSet:
    """Rule instances for each distinct selection, built once per process and reused."""

    def __init__(self, rules: Sequence[type[Rule]], settings: Settings) -> None:
        self.rules = tuple(rules)
        self.settings = settings
        self._instances: dict[frozenset[str], list[Rule]] = {}

    def __getstate__(self) -> dict[str, Any]:
        # Workers rebuild rule instances: some hold compiled tables that need not travel.
        return {"rules": self.rules, "settings": self.settings, "_instances": {}}

    def codes_for(self, path: Path) -> frozenset[str]:
        relative = relative_to_root(path, self.settings) or path.name
        ignore = list(self.settings.ignore)
        for pattern, codes in self.settings.per_file_ignores:
            if matches(relative, [pattern]):
                ignore.extend(codes)
        return frozenset(
            rule.code for rule in self.rules if is_enabled(rule.code, self.settings.select, ignore)
        )

    def for_codes(self, codes: frozenset[str]) -> list[Rule]:
        if codes not in self._instances:
            options = self.settings.rule_options
            self._instances[codes] = [
                rule(options.get(rule.config_section or "", {}))
                for rule in self.rules
                if rule.code in codes
            ]
        return self._instances[codes]


@dataclass
class Job:
    """What to do with every file of a run; sent once to each worker process."""

    rules: RuleSet
    mode: FixMode
    write: bool  # --fix: put the fixed text on disk
    want_diff: bool  # --diff
    report_final: bool  # report what is left after fixing (--fix, --diff), not the text as is
    provenance: bool


def process_file(path: Path, display: str, job: Job) -> FileReport:
    """Lint one file; a problem with it, or a bug of ours, becomes an error in the report."""
    try:
        return _process(path, display, job)
    except Exception:  # the run goes on with the other files, and exits 2
        report = FileReport(display)
        report.errors.append(f"{display}: internal error:\n{traceback.format_exc(limit=-4)}")
        return report


def _process(path: Path, display: str, job: Job) -> FileReport:
    report = FileReport(display)
    try:
        snapshot = read(path)
    except OSError as error:
        report.errors.append(f"{display}: cannot read: {error.strerror or error}")
        return report
    report.content_sha256 = hashlib.sha256(snapshot.data).hexdigest()
    codes = job.rules.codes_for(path)
    try:
        document = Document.from_bytes(display, snapshot.data)
    except UndecodableError as error:
        if UnreadableContent.code in codes:
            finding = UnreadableContent().finding(0, 0, f"{error}; skipped")
            report.located = locate(display, None, [finding])
        return report
    result = lint(document, job.rules.for_codes(codes), job.mode)
    report = report_result(report, result, job, snapshot.data)
    if not result.changed:
        return report
    if job.write:
        try:
            write_atomic(path, result.final.to_bytes(), snapshot)
            report.written = True
        except OSError as error:
            report.errors.append(f"{display}: not written: {error.strerror or error}")
    return report


def report_result(
    report: FileReport, result: LintResult, job: Job, source_bytes: bytes
) -> FileReport:
    """Fill a report from a lint result: findings, engine problems, provenance, the diff.

    Shared by files and by the documents of a JSON Lines corpus.
    """
    display = report.display
    report.fixed_count = result.fixed_count
    if job.report_final:
        report.located = locate(display, result.final, result.findings)
    else:
        report.located = locate(display, result.source, result.initial_findings)
    for failure in result.failures:
        report.errors.append(f"{display}: internal error in rule {failure.code}:\n{failure.error}")
    for finding, reason in result.refused:
        report.errors.append(f"{display}: refused a fix of {finding.code}: {reason}")
    if not result.converged:
        report.errors.append(f"{display}: fixes did not converge; the last result was kept")
    if job.provenance:
        from seedlint.provenance import build_records
        from seedlint.rules import ANNOTATORS

        report.records = list(build_records(result, source_bytes, ANNOTATORS))
        prepare_derivation(report)
    if job.want_diff and result.changed:
        report.diff = unified_diff(result, display)
    return report


def prepare_derivation(report: FileReport) -> None:
    """Do the index-free part of cross-document derivation here, where files run in parallel:
    the provenance sink links documents in order, in one process."""
    from seedlint.derivation import prepare

    report.derivation_input = prepare([record["text"] for record in report.records or ()])


def unified_diff(result: LintResult, display: str) -> str:
    before = [line.text + line.terminator for line in result.source.lines]
    after = [line.text + line.terminator for line in result.final.lines]
    # `a/tmp/x.txt` for an absolute path, as git writes it, not `a//tmp/x.txt`
    name = display.lstrip("/")
    lines = list(difflib.unified_diff(before, after, f"a/{name}", f"b/{name}"))
    lines = [
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    ]
    source, final = result.source.encoding, result.final.encoding
    if (source.name, source.bom) != (final.name, final.bom):
        lines.insert(0, f"# {display}: re-encoded from {source.name} to {final.name}\n")
    return "".join(lines)
