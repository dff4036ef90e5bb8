"""Helpers the tests share: run the real engine on text, as the command line would."""

from __future__ import annotations

from collections.abc import Iterable

from seedlint.document import Document
from seedlint.engine import FixMode, LintResult, lint
from seedlint.rule import Finding
from seedlint.rules import ALL_RULES


def rules_for(select: Iterable[str] = ("SL",)):
    """Instances of every registered rule whose code starts with one of `select`."""
    prefixes = tuple(select)
    return [rule() for rule in ALL_RULES if rule.code.startswith(prefixes)]


def run(
    text: str, select: Iterable[str] = ("SL",), mode: FixMode = FixMode.NONE, path: str = "doc.txt"
) -> LintResult:
    return lint(Document(path, text), rules_for(select), mode)


def findings(text: str, select: Iterable[str] = ("SL",)) -> list[Finding]:
    return run(text, select).findings


def fixed(text: str, select: Iterable[str] = ("SL",), unsafe: bool = False) -> str:
    """The text after `--fix` (or `--fix --unsafe-fixes`) with the selected rules."""
    mode = FixMode.UNSAFE if unsafe else FixMode.SAFE
    return run(text, select, mode).final.text


def lines_of(result: LintResult, code: str) -> list[int]:
    """1-based line numbers where findings of one code start."""
    return sorted({result.final.position(f.start)[0] for f in result.findings if f.code == code})
