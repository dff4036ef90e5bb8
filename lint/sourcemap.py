"""Where each part of the fixed text came from in the source text.

Fixes are applied in rounds, each round's edits in the coordinates of the text that round
started from. Provenance needs every change in *source* coordinates, and needs to know which
source paragraph each piece of the fixed text belongs to. A piece table answers both: the
current text is a sequence of pieces, each a slice of the source or text a fix inserted (with
the source span it replaced), and each round of edits splits and replaces pieces.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from seedlint.rule import Edit


@dataclass(frozen=True)
class Piece:
    text: str
    source_start: int
    source_end: int
    inserted: bool  # True when the text is a fix's, not a slice of the source

    def cut(self, offsets: Sequence[int]) -> list[Piece]:
        """This piece cut at sorted inner offsets, each slice taken once (linear time).

        Inner positions of inserted text have no source of their own: its slices map to the
        replaced span's start (the first) and end (the others).
        """
        bounds = [0, *offsets, len(self.text)]
        pieces = []
        for number, (start, end) in enumerate(itertools.pairwise(bounds)):
            if self.inserted:
                source_start = self.source_start if number == 0 else self.source_end
                pieces.append(Piece(self.text[start:end], source_start, self.source_end, True))
            else:
                pieces.append(
                    Piece(
                        self.text[start:end],
                        self.source_start + start,
                        self.source_start + end,
                        False,
                    )
                )
        return pieces


@dataclass(frozen=True)
class SourceChange:
    """One edit, in source coordinates: source[start:end] became `after`."""

    source_start: int
    source_end: int
    after: str


class SourceMap:
    """Follows a text through rounds of edits, keeping the way back to the source.

    The removal of "def " (second call) splits the last edit's source in two:

    >>> m = SourceMap("abc def ghi")
    >>> m.apply([Edit(0, 3, "xyz!")])
    [[SourceChange(source_start=0, source_end=3, after='xyz!')]]
    >>> m.apply([Edit(5, 9, "")]), m.to_source(5), m.text
    ([[SourceChange(source_start=4, source_end=8, after='')]], 8, 'xyz! ghi')
    >>> m.apply([Edit(4, 8, "")])  # doctest: +NORMALIZE_WHITESPACE
    [[SourceChange(source_start=3, source_end=4, after=''),
      SourceChange(source_start=8, source_end=11, after='')]]
    """

    def __init__(self, source: str) -> None:
        self.pieces: list[Piece] = [Piece(source, 0, len(source), False)] if source else []

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def _split_at(self, offsets: Sequence[int]) -> None:
        wanted = sorted(set(offsets))
        result: list[Piece] = []
        position = 0
        index = 0
        for piece in self.pieces:
            end = position + len(piece.text)
            while index < len(wanted) and wanted[index] <= position:
                index += 1
            inner = []
            while index < len(wanted) and wanted[index] < end:
                inner.append(wanted[index] - position)
                index += 1
            result.extend(piece.cut(inner) if inner else (piece,))
            position = end
        self.pieces = result

    def to_source(self, offset: int) -> int:
        """Source offset of a current-text offset (the start of the piece holding it)."""
        position = 0
        for piece in self.pieces:
            end = position + len(piece.text)
            if offset < end or (offset == end and piece is self.pieces[-1]):
                if piece.inserted:
                    return piece.source_start if offset == position else piece.source_end
                return piece.source_start + (offset - position)
            position = end
        return self.pieces[-1].source_end if self.pieces else 0

    def apply(self, edits: Sequence[Edit]) -> list[list[SourceChange]]:
        """Apply non-overlapping edits (current coordinates); return each in source terms.

        An edit usually maps to one source span. When an earlier round already removed text
        inside it, the source it replaces is no longer contiguous: it maps to one change per
        contiguous source run (the first carries the new text), so that each change's span
        holds exactly the source text it stands for.
        """
        edits = sorted(edits)
        self._split_at([offset for edit in edits for offset in (edit.start, edit.end)])
        starts: list[int] = []
        position = 0
        for piece in self.pieces:
            starts.append(position)
            position += len(piece.text)
        changes: list[list[SourceChange]] = []
        result: list[Piece] = []
        index = 0
        for edit in edits:
            while index < len(self.pieces) and starts[index] < edit.start:
                result.append(self.pieces[index])
                index += 1
            replaced: list[Piece] = []
            while index < len(self.pieces) and starts[index] < edit.end:
                replaced.append(self.pieces[index])
                index += 1
            runs = _source_runs(replaced) or [(self._source_at(result, index),) * 2]
            changes.append(
                [
                    SourceChange(start, end, edit.content if number == 0 else "")
                    for number, (start, end) in enumerate(runs)
                ]
            )
            if edit.content:
                result.append(Piece(edit.content, runs[0][0], runs[-1][1], True))
        result.extend(self.pieces[index:])
        self.pieces = result
        return changes

    def _source_at(self, done: list[Piece], index: int) -> int:
        if index < len(self.pieces):
            return self.pieces[index].source_start
        return done[-1].source_end if done else 0


def _source_runs(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The contiguous source spans that a run of pieces covers, in order."""
    runs: list[tuple[int, int]] = []
    for piece in pieces:
        if runs and runs[-1][1] == piece.source_start:
            runs[-1] = (runs[-1][0], piece.source_end)
        else:
            runs.append((piece.source_start, piece.source_end))
    return runs
