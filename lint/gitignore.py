"""Honour `.gitignore` when walking folders, as ruff, ripgrep and pre-commit users expect.

`seedlint .` in a repository should lint what the repository holds, not the build output,
virtual environments or downloaded corpora its `.gitignore` keeps out of it. Like ripgrep,
ignore files count only inside a git work tree (a folder with `.git` at or above it): the
`.gitignore` of every folder from the work tree's root down, then `.git/info/exclude`. Not
the user's global excludes file: what a run lints must not depend on whose machine it is.

The patterns follow gitignore(5): `#` comments, `!` negation (the last matching pattern
wins, and a deeper file's patterns come after its parents'), a trailing `/` for folders
only, a slash anywhere else anchoring the pattern to its file's folder, `*`, `?`, `[...]`
and `**`. An ignored folder is not entered, so nothing inside it can be re-included, as in
git. Paths named on the command line are never ignored, only what a walk finds under them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["IgnoreRules", "work_tree_rules"]


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]  # full match against the path relative to the pattern's folder
    negated: bool
    folders_only: bool


@dataclass(frozen=True, eq=False)
class _IgnoreFile:
    folder: Path
    patterns: tuple[_Pattern, ...]

    @functools.cached_property
    def any_file(self) -> re.Pattern[str]:
        """One alternation of the patterns for files: most paths match none, tested at once."""
        return _any(p for p in self.patterns if not p.folders_only)

    @functools.cached_property
    def any_folder(self) -> re.Pattern[str]:
        return _any(self.patterns)

    def decides(self, path: str, is_folder: bool) -> bool | None:
        """Ignored (True), re-included (False), or no pattern matches the path (None)."""
        if not (self.any_folder if is_folder else self.any_file).fullmatch(path):
            return None
        for pattern in reversed(self.patterns):  # the last matching pattern wins
            if (is_folder or not pattern.folders_only) and pattern.regex.fullmatch(path):
                return not pattern.negated
        return None


def _any(patterns: Iterable[_Pattern]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.regex.pattern})" for p in patterns) or "(?!)")


def parse(text: str) -> tuple[_Pattern, ...]:
    r"""The patterns of one ignore file, in file order.

    >>> [p.regex.pattern for p in parse("# build output\n*.egg-info/\n/dist\n!keep.txt\n")]
    ['(?:.*/)?[^/]*\\.egg\\-info', 'dist', '(?:.*/)?keep\\.txt']
    """
    patterns = []
    for raw in text.splitlines():
        line = raw.rstrip(" \t\r")
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        if negated or line.startswith(("\\#", "\\!")):
            line = line[1:]
        folders_only = line.endswith("/")
        if folders_only:
            line = line[:-1]  # one slash only: `**//` is `**/` for folders
        if not line:
            continue
        anchored = "/" in line
        body = _translate(line[1:] if line.startswith("/") else line)
        regex = body if anchored else f"(?:.*/)?{body}"
        patterns.append(_Pattern(re.compile(regex), negated, folders_only))
    return tuple(patterns)


def _translate(glob: str) -> str:
    """A gitignore glob as a regular expression over `/`-separated paths, safe to match.

    A plain translation (`*` -> `[^/]*`) backtracks: `*a*a*a*a*b` against a long name of `a`s
    takes time to the power of the stars, and a `.gitignore` is someone else's input. Within
    a path segment, only the last star may backtrack: each earlier star takes the shortest
    text before its piece and commits to it (an atomic group, written as a lookahead and a
    back-reference for Python 3.10). That is exact for globs, where a star's piece is best
    matched at its leftmost place, as fnmatch's classic algorithm does.

    >>> _translate("a*b*c")  # doctest: +ELLIPSIS
    'a(?=(?P<g...>[^/]*?b))(?P=g...)[^/]*c'
    """
    tokens = _tokens(glob)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token != _STAR:
            out.append(token)
            continue
        end = i
        while end < len(tokens) and tokens[end] not in (_STAR, "/", _ANY_FOLDERS, _ANYTHING):
            end += 1
        if end < len(tokens) and tokens[end] == _STAR and end > i:
            # A middle piece: the shortest run of the segment before it, committed.
            name = f"g{next(_GROUP_NUMBERS)}"
            piece = "".join(tokens[i:end])
            out.append(f"(?=(?P<{name}>[^/]*?{piece}))(?P={name})")
            i = end
        else:
            out.append("[^/]*")
    return "".join(out)


_STAR = "\0star"  # placeholders no atom can equal (atoms are escaped regex text)
_ANY_FOLDERS = "(?:.*/)?"  # `**/`: any number of folders, none included
_ANYTHING = ".*"  # a trailing `/**`: everything inside
_GROUP_NUMBERS = itertools.count()


def _tokens(glob: str) -> list[str]:
    """The glob as regex atoms, `/`, and the placeholders above; runs of stars become one."""
    tokens: list[str] = []
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i) and (i == 0 or glob[i - 1] == "/"):
            tokens.append(_ANY_FOLDERS)
            i += 3
        elif glob.startswith("**", i) and i + 2 == len(glob) and (i == 0 or glob[i - 1] == "/"):
            tokens.append(_ANYTHING)
            i += 2
        elif glob[i] == "*":
            if not tokens or tokens[-1] != _STAR:
                tokens.append(_STAR)
            i += 1
        elif glob[i] == "?":
            tokens.append("[^/]")
            i += 1
        elif glob[i] == "[" and (end := glob.find("]", i + 2)) != -1:
            members = glob[i + 1 : end]
            if members.startswith("!"):
                members = "^/" + members[1:]  # no class matches a slash
            tokens.append(f"[{members.replace(chr(92), chr(92) * 2)}]")
            i = end + 1
        else:
            if glob[i] == "\\" and i + 1 < len(glob):
                i += 1  # an escaped character stands for itself
            tokens.append("/" if glob[i] == "/" else re.escape(glob[i]))
            i += 1
    return tokens


def _read(path: Path) -> tuple[_Pattern, ...]:
    try:
        return parse(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:  # unreadable or gone: it ignores nothing
        return ()


class IgnoreRules:
    """The ignore files of one git work tree, read once per folder as a walk meets them."""

    def __init__(self, root: Path) -> None:
        self._root = root
        exclude = _IgnoreFile(root, _read(root / ".git" / "info" / "exclude"))
        self._base = (exclude,) if exclude.patterns else ()
        self._by_folder: dict[Path, tuple[_IgnoreFile, ...]] = {}
        # folder -> (its path relative to each ignore file's folder, the file), innermost first
        self._scopes: dict[Path, tuple[tuple[str, _IgnoreFile], ...]] = {}

    def _files(self, folder: Path) -> tuple[_IgnoreFile, ...]:
        """The ignore files that apply in `folder`, outermost first."""
        found = self._by_folder.get(folder)
        if found is None:
            if folder == self._root:
                found = self._base
            elif self._root in folder.parents:
                found = self._files(folder.parent)
            else:  # not in this work tree: nothing of it applies
                return ()
            own = _read(folder / ".gitignore")
            if own:
                found = (*found, _IgnoreFile(folder, own))
            self._by_folder[folder] = found
        return found

    def ignored(self, folder: Path, name: str, is_folder: bool) -> bool:
        """Whether the entry `name` of `folder` (a folder inside the work tree) is ignored."""
        scopes = self._scopes.get(folder)
        if scopes is None:
            scopes = self._scopes[folder] = tuple(
                (_prefix(folder, ignore_file.folder), ignore_file)
                for ignore_file in reversed(self._files(folder))
            )
        for prefix, ignore_file in scopes:
            decision = ignore_file.decides(prefix + name, is_folder)
            if decision is not None:
                return decision
        return False


def _prefix(folder: Path, base: Path) -> str:
    relative = folder.relative_to(base).as_posix()
    return "" if relative == "." else relative + "/"


def work_tree_rules(top: Path) -> IgnoreRules | None:
    """The ignore rules for a walk from `top`, or None when `top` is in no git work tree."""
    top = top.absolute()
    for folder in (top, *top.parents):
        if (folder / ".git").exists():
            return IgnoreRules(folder)
    return None
