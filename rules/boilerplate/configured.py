"""SL306: a line matching a site-specific phrase or pattern from the configuration."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, excerpt, remove_lines
from seedlint.rules.boilerplate._analysis import analyse
from seedlint.rules.boilerplate._safe_regex import SafePattern, UnsafePatternError
from seedlint.rules.boilerplate._tables import normalise


def _strings(options: Mapping[str, Any], key: str) -> list[str]:
    value = options.get(key, [])
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"boilerplate.{key} must be a list of strings")
    return list(value)


class ConfiguredBoilerplate(Rule):
    """A line the user's configuration names as boilerplate of their sites.

    ## What it does
    Flags lines that equal one of `extra-phrases` (whole line, compared after the same
    normalisation as the built-in tables: case, spacing and decoration such as `*`, `:`,
    `…` do not matter) or in which one of `extra-patterns` (regular expressions, Python
    syntax) matches anywhere; anchor a pattern with `^` and `$` to match whole lines.

    ```toml
    [tool.seedlint.boilerplate]
    extra-phrases = ["Sign up for The Daily Brief"]
    extra-patterns = ['^Photo: .{0,80}/ Getty Images$']
    ```

    Patterns run on an automaton that never backtracks, so a pattern like `(a+)+$` costs
    time linear in the line's length instead of hanging the linter; backreferences and
    lookarounds, which need backtracking, are rejected when the configuration is read.

    ## Why is this bad?
    Every site has chrome of its own that no built-in table can know: a newsletter's name,
    a sponsor line, a photo-credit format. Users name it once, and every file is cleaned.

    ## Example
    With `extra-phrases = ["Sign up for The Daily Brief"]`:
    ```text
    The ministry confirmed the figures on Monday.

    Sign up for The Daily Brief
    ```
    The last line is removed.

    ## Fix safety
    Safe: the user asked for exactly these lines to go; the rule removes nothing else.
    """

    code = "SL306"
    name = "configured-boilerplate"
    summary = "Line matching a site-specific boilerplate phrase or pattern from the config"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR
    config_section = "boilerplate"
    config_keys = frozenset({"extra-phrases", "extra-patterns"})

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(options)
        self._phrases = frozenset(
            filter(None, (normalise(p) for p in _strings(self.options, "extra-phrases")))
        )
        try:
            self._patterns = [SafePattern(p) for p in _strings(self.options, "extra-patterns")]
        except UnsafePatternError as error:
            raise ValueError(f"boilerplate.extra-patterns: {error}") from None

    def check(self, document: Document) -> Iterator[Finding]:
        if not self._phrases and not self._patterns:
            return
        analysis = analyse(document)
        for index, info in analysis.infos.items():
            line = document.lines[index]
            if info.norm in self._phrases:
                why = "a configured phrase"
            else:
                pattern = next((p for p in self._patterns if p.search(line.text)), None)
                if pattern is None:
                    continue
                why = f"configured pattern `{pattern.pattern}`"
            yield self.finding(
                line.start,
                line.end,
                f"Site boilerplate ({why}): `{excerpt(info.text)}`",
                remove_lines(document, line, message="Remove the configured boilerplate line"),
            )
