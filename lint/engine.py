"""Run rules over a document, apply their fixes, and repeat until nothing changes.

The engine knows no rule by name: it receives rule instances and treats them alike. Fixing
works as in ruff: collect the fixes allowed by the requested applicability, apply the ones
that do not overlap (earliest first, ties broken by code so the choice is deterministic),
re-lint the new text, and loop to a fixed point, at most `MAX_ROUNDS` times.

The guard: a fix whose edits reach outside the span its finding flagged (beyond blank lines
that a line removal tidies away) is refused, and so is a round that would leave the document
without its text encodable; refused fixes are reported, never applied.
"""

from __future__ import annotations

import enum
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from seedlint.document import Document, Encoding, is_blank
from seedlint.rule import Applicability, Edit, Finding, Fix, Rule

MAX_ROUNDS = 100


class FixMode(enum.Enum):
    NONE = "none"
    SAFE = "safe"
    UNSAFE = "unsafe"

    def allows(self, applicability: Applicability) -> bool:
        if self is FixMode.NONE or applicability is Applicability.DISPLAY_ONLY:
            return False
        return self is FixMode.UNSAFE or applicability is Applicability.SAFE


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised: reported to the user as an internal error, the run goes on."""

    code: str
    error: str


@dataclass
class Round:
    """The fixes applied in one pass, with offsets into the text that pass started from."""

    text_before: str
    applied: list[Finding]


@dataclass
class LintResult:
    source: Document
    final: Document
    findings: list[Finding]  # what remains, with offsets into `final.text`
    rounds: list[Round] = field(default_factory=list)
    refused: list[tuple[Finding, str]] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)
    converged: bool = True

    @property
    def changed(self) -> bool:
        return self.final.to_bytes() != self.source.to_bytes()

    @property
    def fixed_count(self) -> int:
        return sum(len(round_.applied) for round_ in self.rounds)


def check(document: Document, rules: Sequence[Rule]) -> tuple[list[Finding], list[RuleFailure]]:
    """All findings of all rules on one document, sorted by position, then code."""
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    for rule in rules:
        try:
            findings.extend(rule.check(document))
        except Exception:  # a broken rule must not take the user's whole run down
            failures.append(RuleFailure(rule.code, traceback.format_exc(limit=-3)))
    findings.sort(key=lambda finding: finding.sort_key)
    return _drop_reports_on_deleted_text(_dedupe(findings)), failures


def _dedupe(findings: list[Finding]) -> list[Finding]:
    unique: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    for finding in findings:
        key = (*finding.sort_key, finding.fix)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _drop_reports_on_deleted_text(findings: list[Finding]) -> list[Finding]:
    """Drop report-only findings on text that another finding's fix deletes.

    An unattributed "claim" in a related-posts headline is noise when the widget holding it
    is itself flagged for removal: the user should see the widget, once.
    """
    deleted = sorted(
        (edit.start, edit.end)
        for finding in findings
        if finding.fix is not None and finding.fix.applicability is not Applicability.DISPLAY_ONLY
        for edit in finding.fix.edits
        if not edit.content and edit.end > edit.start
    )
    if not deleted:
        return findings
    return [
        finding
        for finding in findings
        if finding.fix is not None
        or not any(start <= finding.start and finding.end <= end for start, end in deleted)
    ]


def lint(document: Document, rules: Sequence[Rule], mode: FixMode = FixMode.NONE) -> LintResult:
    """Lint one document; with a fix mode, fix it to a fixed point and lint the result."""
    findings, failures = check(document, rules)
    result = LintResult(document, document, findings, failures=failures)
    if mode is FixMode.NONE:
        return result
    current = document
    for _ in range(MAX_ROUNDS):
        chosen = _choose_fixes(current, findings, mode, result.refused)
        if not chosen:
            break
        fixed = _apply(current, chosen)
        if fixed is None:  # the round would produce text that cannot be written
            for finding in chosen:
                result.refused.append((finding, "the fixed text could not be encoded"))
            break
        result.rounds.append(Round(current.text, chosen))
        current = fixed
        findings, failures = check(current, rules)
        result.failures.extend(failures)
    else:
        result.converged = False
    result.final = current
    result.findings = findings
    return result


def _choose_fixes(
    document: Document,
    findings: Iterable[Finding],
    mode: FixMode,
    refused: list[tuple[Finding, str]],
) -> list[Finding]:
    candidates = [f for f in findings if f.fix is not None and mode.allows(f.fix.applicability)]
    candidates.sort(key=lambda f: (f.fix.start, f.fix.end, f.code, f.start))  # type: ignore[union-attr]
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    applied_fixes: set[Fix] = set()
    for finding in candidates:
        fix = finding.fix
        assert fix is not None
        if fix in applied_fixes:
            continue
        problem = _outside_span(document, finding)
        if problem:
            if all(r[0] is not finding for r in refused):
                refused.append((finding, problem))
            continue
        if any(_overlaps(edit, span) for edit in fix.edits for span in taken):
            continue  # applied in a later round, if it still applies then
        chosen.append(finding)
        applied_fixes.add(fix)
        taken.extend((edit.start, edit.end) for edit in fix.edits)
    return chosen


def _overlaps(edit: Edit, span: tuple[int, int]) -> bool:
    start, end = span
    if edit.start == edit.end or start == end:  # an insertion conflicts with what touches it
        return edit.start <= end and start <= edit.end
    return edit.start < end and start < edit.end


def _outside_span(document: Document, finding: Finding) -> str | None:
    """Why a fix reaches outside its finding's span, or None when it stays inside."""
    assert finding.fix is not None
    for edit in finding.fix.edits:
        if not 0 <= edit.start <= edit.end <= len(document.text):
            return f"edit {edit.start}..{edit.end} lies outside the document"
        head = document.text[edit.start : min(edit.end, finding.start)]
        tail = document.text[max(edit.start, finding.end) : edit.end]
        if not is_blank(head) or not is_blank(tail):
            return "its edits reach outside the flagged span"
    return None


def _apply(document: Document, chosen: list[Finding]) -> Document | None:
    edits = sorted(edit for finding in chosen for edit in finding.fix.edits)  # type: ignore[union-attr]
    pieces: list[str] = []
    position = 0
    for edit in edits:
        pieces.append(document.text[position : edit.start])
        pieces.append(edit.content)
        position = edit.end
    pieces.append(document.text[position:])
    text = "".join(pieces)
    encoding = document.encoding
    for finding in chosen:
        if finding.fix and finding.fix.encoding:
            encoding = Encoding(finding.fix.encoding)
    try:
        encoding.encode(text)
    except UnicodeEncodeError:
        if encoding.name != "utf-8":  # text the legacy codec cannot hold: fall back to UTF-8
            encoding = Encoding("utf-8")
            try:
                encoding.encode(text)
            except UnicodeEncodeError:
                return None
        else:
            return None
    return document.with_text(text, encoding)
