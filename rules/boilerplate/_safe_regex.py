"""Regular expressions from configuration, matched in time linear in the line's length.

Python's `re` backtracks: a pattern like `(a+)+$` takes exponential time on a long run of
`a`s, and there is no timeout to stop it. Patterns a user writes in a config file are
therefore parsed with Python's own regex parser (same syntax, same error messages) and run
on a Thompson automaton: the set of states is advanced one character at a time, so a search
costs at most (line length x pattern size) steps, whatever the pattern. Constructs that no
automaton can run (backreferences, lookarounds, conditionals, atomic groups) are rejected
when the pattern is compiled, with a message saying which.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parse

MAX_STATES = 20_000  # bounded repeats are expanded: `a{1000}{1000}` must not eat memory

_EPS, _CHAR, _ASSERT, _MATCH = range(4)
_UNSUPPORTED = {
    _c.GROUPREF: "backreferences",
    _c.GROUPREF_EXISTS: "conditional groups",
    _c.ASSERT: "lookarounds",
    _c.ASSERT_NOT: "lookarounds",
}
for _name in ("GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE", "ATOMIC_GROUP"):
    if hasattr(_c, _name):
        _UNSUPPORTED[getattr(_c, _name)] = "backreferences or atomic groups"
_CATEGORIES: dict[object, Callable[[str], bool]] = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}


class UnsafePatternError(ValueError):
    """A pattern that cannot be matched in linear time, or is not a valid regex."""


def _is_word(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and (text[pos].isalnum() or text[pos] == "_")


class SafePattern:
    """A compiled pattern whose `search` never backtracks."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        try:
            parsed = _parse.parse(pattern, 0)
        except re.error as error:
            raise UnsafePatternError(f"invalid pattern {pattern!r}: {error}") from None
        flags = parsed.state.flags
        self._ignore_case = bool(flags & re.IGNORECASE)
        self._dotall = bool(flags & re.DOTALL)
        self._kind: list[int] = []
        self._arg: list[object] = []
        self._next: list[list[int]] = []
        self._start = self._new(_EPS)
        end = self._emit(list(parsed), self._start)
        self._next[end].append(self._new(_MATCH))

    def _new(self, kind: int, arg: object = None) -> int:
        if len(self._kind) >= MAX_STATES:
            raise UnsafePatternError(f"pattern {self.pattern!r} is too large once expanded")
        self._kind.append(kind)
        self._arg.append(arg)
        self._next.append([])
        return len(self._kind) - 1

    def _step(self, current: int, kind: int, arg: object) -> int:
        state = self._new(kind, arg)
        self._next[current].append(state)
        after = self._new(_EPS)
        self._next[state].append(after)
        return after

    def _emit(self, items: list, current: int) -> int:
        for op, av in items:
            if op in _UNSUPPORTED:
                raise UnsafePatternError(
                    f"pattern {self.pattern!r} uses {_UNSUPPORTED[op]}, which cannot be "
                    "matched safely"
                )
            if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
                current = self._step(current, _CHAR, self._predicate(op, av))
            elif op is _c.AT:
                current = self._step(current, _ASSERT, av)
            elif op is _c.BRANCH:
                end = self._new(_EPS)
                for alternative in av[1]:
                    entry = self._new(_EPS)
                    self._next[current].append(entry)
                    self._next[self._emit(list(alternative), entry)].append(end)
                current = end
            elif op is _c.SUBPATTERN:
                current = self._emit(list(av[-1]), current)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
                current = self._repeat(av, current)
            else:
                raise UnsafePatternError(f"pattern {self.pattern!r} uses unsupported {op}")
        return current

    def _repeat(self, av: tuple, current: int) -> int:
        low, high, item = av
        body = list(item)
        for _ in range(low):
            current = self._emit(body, current)
        if high is _c.MAXREPEAT:
            loop = self._new(_EPS)
            self._next[current].append(loop)
            self._next[self._emit(body, loop)].append(loop)
            return loop
        for _ in range(high - low):
            entry = self._new(_EPS)
            self._next[current].append(entry)
            end = self._new(_EPS)
            self._next[entry].append(end)
            self._next[self._emit(body, entry)].append(end)
            current = end
        return current

    def _predicate(self, op: object, av: object) -> Callable[[str], bool]:
        if op is _c.ANY:
            return (lambda ch: True) if self._dotall else (lambda ch: ch != "\n")
        negate = op is _c.NOT_LITERAL
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            test: Callable[[str], bool] = chr(av).__eq__  # type: ignore[arg-type]
        else:
            test, negate = self._class(av)  # type: ignore[arg-type]
        if self._ignore_case:
            exact = test

            def test(ch: str) -> bool:
                return exact(ch) or exact(ch.lower()) or exact(ch.upper())

        if negate:
            positive = test
            return lambda ch: not positive(ch)
        return test

    def _class(self, items: list) -> tuple[Callable[[str], bool], bool]:
        """A set's membership test (before negation) and whether the set is negated."""
        negate = False
        tests: list[Callable[[str], bool]] = []
        for op, av in items:
            if op is _c.NEGATE:
                negate = True
            elif op is _c.LITERAL:
                tests.append(chr(av).__eq__)
            elif op is _c.RANGE:
                low, high = chr(av[0]), chr(av[1])
                tests.append(lambda ch, low=low, high=high: low <= ch <= high)
            elif op is _c.CATEGORY and av in _CATEGORIES:
                tests.append(_CATEGORIES[av])
            else:
                raise UnsafePatternError(f"pattern {self.pattern!r}: unsupported class {op}")
        return (lambda ch: any(test(ch) for test in tests)), negate

    def _holds(self, at: object, text: str, pos: int) -> bool:
        if at in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE):
            return pos == 0
        if at in (_c.AT_END, _c.AT_END_STRING, _c.AT_END_LINE):
            return pos == len(text)
        boundary = _is_word(text, pos - 1) != _is_word(text, pos)
        return boundary if at is _c.AT_BOUNDARY else not boundary

    def _closure(self, states: list[int], text: str, pos: int, into: set[int]) -> None:
        stack = [s for s in states if s not in into]
        into.update(stack)
        while stack:
            state = stack.pop()
            kind = self._kind[state]
            if kind == _ASSERT and not self._holds(self._arg[state], text, pos):
                continue
            if kind in (_EPS, _ASSERT):
                for nxt in self._next[state]:
                    if nxt not in into:
                        into.add(nxt)
                        stack.append(nxt)

    def search(self, text: str) -> bool:
        """True when the pattern matches anywhere in `text` (as `re.search` would)."""
        kind, arg, nexts = self._kind, self._arg, self._next
        current: set[int] = set()
        for pos in range(len(text) + 1):
            self._closure([self._start], text, pos, current)
            if any(kind[s] == _MATCH for s in current):
                return True
            if pos == len(text):
                break
            ch = text[pos]
            advanced = [
                nexts[s][0]
                for s in current
                if kind[s] == _CHAR and arg[s](ch)  # type: ignore[operator]
            ]
            current = set()
            self._closure(advanced, text, pos + 1, current)
        return False
