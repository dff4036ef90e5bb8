"""Configuration: `[tool.seedlint]` in pyproject.toml, or a seedlint.toml, and rule selection.

The closest configuration file wins, as in ruff: from the folder of the paths being linted
upwards, the first `seedlint.toml` (top-level keys), else the first `pyproject.toml` that has
a `[tool.seedlint]` table. Globs in a configuration file are relative to its folder. Every key
is checked: a misspelt key is an error naming the key, not a silent no-op.
"""

from __future__ import annotations

import fnmatch
import functools
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from seedlint.rule import Rule, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.rst", "*.text")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "site-packages",
    "build",
    "dist",
)
_GENERAL_KEYS = frozenset(
    {
        "include",
        "exclude",
        "extend-exclude",
        "select",
        "extend-select",
        "ignore",
        "per-file-ignores",
        "fail-on",
        "respect-gitignore",
    }
)


class ConfigError(ValueError):
    """A configuration problem, worded for the user: the command exits 2 with it."""


@dataclass(frozen=True)
class Settings:
    root: Path  # folder that configured globs are relative to
    source: Path | None = None  # the configuration file, when there is one
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    select: tuple[str, ...] = ("SL",)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity = Severity.ERROR
    respect_gitignore: bool = True  # skip what .gitignore files ignore when walking folders
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def with_cli(
        self,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fail_on: str | None = None,
        respect_gitignore: bool | None = None,
    ) -> Settings:
        """Command-line options on top of the file: --select replaces, --ignore adds."""
        return replace(
            self,
            select=(*(self.select if select is None else select), *extend_select),
            ignore=(*self.ignore, *ignore),
            fail_on=Severity(fail_on) if fail_on else self.fail_on,
            respect_gitignore=(
                self.respect_gitignore if respect_gitignore is None else respect_gitignore
            ),
        )


def find_config_file(start: Path) -> Path | None:
    """The closest seedlint.toml, or pyproject.toml with [tool.seedlint], at or above `start`."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "seedlint.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "seedlint" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None


def load_settings(config_file: Path | None, rules: Iterable[type[Rule]], cwd: Path) -> Settings:
    """Settings from a configuration file (or the defaults when there is none)."""
    if config_file is None:
        return Settings(root=cwd)
    data = _read_toml(config_file)
    if config_file.name == "pyproject.toml":
        data = data.get("tool", {}).get("seedlint", {})
    return _parse(data, config_file, list(rules))


def _parse(data: Mapping[str, Any], source: Path, rules: list[type[Rule]]) -> Settings:
    sections = {rule.config_section: rule.config_keys for rule in rules if rule.config_section}
    where = f"{source}"
    for key, value in data.items():
        if key in _GENERAL_KEYS:
            continue
        if key not in sections:
            raise ConfigError(f"{where}: unknown key '{key}'")
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: '{key}' must be a table")
        for option in value:
            if option not in sections[key]:
                known = ", ".join(sorted(sections[key])) or "none"
                raise ConfigError(f"{where}: unknown key '{key}.{option}' (known: {known})")
    codes = [rule.code for rule in rules]
    select = _codes(data, "select", where, codes, default=("SL",))
    extend = _codes(data, "extend-select", where, codes, default=())
    ignores = {
        pattern: tuple(
            validate_codes(_strings(value, f"per-file-ignores.{pattern}", where), codes, where)
        )
        for pattern, value in _table(data, "per-file-ignores", where).items()
    }
    fail_on = data.get("fail-on", "error")
    if fail_on not in {s.value for s in Severity}:
        raise ConfigError(f"{where}: 'fail-on' must be one of error, warning, info")
    respect_gitignore = data.get("respect-gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise ConfigError(f"{where}: 'respect-gitignore' must be true or false")
    return Settings(
        root=source.parent,
        source=source,
        include=tuple(_strings(data.get("include", DEFAULT_INCLUDE), "include", where)),
        exclude=(
            *_strings(data.get("exclude", DEFAULT_EXCLUDE), "exclude", where),
            *_strings(data.get("extend-exclude", ()), "extend-exclude", where),
        ),
        select=(*select, *extend),
        ignore=_codes(data, "ignore", where, codes, default=()),
        per_file_ignores=tuple(sorted(ignores.items())),
        fail_on=Severity(fail_on),
        respect_gitignore=respect_gitignore,
        rule_options={key: dict(data[key]) for key in sections if key in data},
    )


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table")
    return value


def _strings(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return list(value)


def _codes(
    data: Mapping[str, Any], key: str, where: str, codes: list[str], default: tuple[str, ...]
) -> tuple[str, ...]:
    if key not in data:
        return default
    return tuple(validate_codes(_strings(data[key], key, where), codes, where))


def validate_codes(selectors: Iterable[str], codes: Iterable[str], where: str) -> list[str]:
    """Check that each selector (a code, a prefix, or ALL) names at least one rule."""
    known = list(codes)
    result = []
    for selector in selectors:
        selector = selector.strip().upper()
        if selector == "ALL":
            selector = "SL"
        if not any(code.startswith(selector) for code in known):
            raise ConfigError(f"{where}: unknown rule code or prefix '{selector}'")
        result.append(selector)
    return result


def is_enabled(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """ruff's resolution: the most specific matching selector wins; on a tie, ignore wins."""
    chosen = max((len(s) for s in select if code.startswith(s)), default=-1)
    ignored = max((len(s) for s in ignore if code.startswith(s)), default=-1)
    return chosen >= 0 and chosen > ignored


def matches(relative: str, patterns: Iterable[str]) -> bool:
    """Match a root-relative POSIX path against gitignore-like globs.

    A pattern without a slash matches the file or folder name (`*.txt`, `node_modules`); a
    pattern with one matches the whole relative path (`seeds/**`, `docs/*.md`). Folders are
    matched as the walk meets them, so a folder named on the command line is linted even when
    its name is excluded; only `--force-exclude` applies excludes to named paths.

    >>> matches("docs/a.md", ["*.md"]), matches("seeds/x.txt", ["seeds/**"])
    (True, True)
    >>> matches("src/seeds/x.txt", ["seeds/**"]), matches("a/.git", [".git"])
    (False, True)
    """
    names, paths = _compiled(tuple(patterns))
    name = relative.rstrip("/").rsplit("/", 1)[-1]
    return bool(
        (names is not None and names.match(name)) or (paths is not None and paths.match(relative))
    )


@functools.lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The name globs and the path globs, each as one regular expression (matched per file)."""
    names = [p.rstrip("/") for p in patterns if "/" not in p.rstrip("/")]
    paths = [p.rstrip("/").lstrip("/") for p in patterns if "/" in p.rstrip("/")]

    def join(globs: list[str]) -> re.Pattern[str] | None:
        if not globs:
            return None
        return re.compile("|".join(f"(?:{fnmatch.translate(glob)})" for glob in globs))

    return join(names), join(paths)
