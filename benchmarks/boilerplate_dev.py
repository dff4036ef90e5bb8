"""Measure the SL3 boilerplate rules on the real pages of the development set.

Runs the real engine (`seedlint.engine.lint`, SL3 rules only; safe fixes, then safe and
unsafe) over every page of `shared/dev/boilerplate/` and scores it as that folder's README
says: after normalising whitespace, a `with` snippet must still be a (case-sensitive)
substring of the output and a `without` snippet must not. Prints pooled figures for all
pages, the English pages, and the odd- (tuning) and even-numbered (held-out) pages, next to
a C4-style line filter on the same pages. `--misses` lists the `with` snippets the rules
destroyed, for inspection; `--leftovers` prints, for the odd (tuning) pages only, every
`without` snippet the safe fixes left in place with the lines around it in the output, so
the remaining boilerplate can be sorted by kind without looking at held-out pages; `--where`
counts where the snippets left sit (before, inside or after the article) and what a perfect
cut at the article's two ends would reach.

    .venv/bin/python benchmarks/boilerplate_dev.py [--dev DIR] [--misses] [--leftovers] [--where]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from seedlint.document import Document
from seedlint.engine import FixMode, lint
from seedlint.rules.boilerplate import RULES

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "boilerplate"
_SPACE = re.compile(r"\s+")
_TERMINAL = (".", "?", "!", '"', "'")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def seedlint_sl3(text: str) -> str:
    """`seedlint --fix --select SL3`: safe fixes only."""
    return _fixed(text, FixMode.SAFE)


def seedlint_sl3_unsafe(text: str) -> str:
    """`seedlint --fix --unsafe-fixes --select SL3`."""
    return _fixed(text, FixMode.UNSAFE)


def _fixed(text: str, mode: FixMode) -> str:
    result = lint(Document("page.txt", text), [rule() for rule in RULES], mode)
    if result.failures:  # a crashed rule removes nothing: its score would mislead
        raise SystemExit(f"rule failure: {result.failures[0].code}\n{result.failures[0].error}")
    return result.final.text


def c4_filter(text: str) -> str:
    """Drop lines with fewer than 3 words or not ending in terminal punctuation."""
    kept = [
        line
        for line in text.splitlines()
        if len(line.split()) >= 3 and line.rstrip().endswith(_TERMINAL)
    ]
    return "\n".join(kept)


class Score:
    def __init__(self) -> None:
        self.with_kept = self.with_total = self.without_gone = self.without_total = 0

    def add(self, output: str, keep: list[str], drop: list[str]) -> list[str]:
        lost = [s for s in keep if normalise(s) not in output]
        self.with_total += len(keep)
        self.with_kept += len(keep) - len(lost)
        self.without_total += len(drop)
        self.without_gone += sum(normalise(s) not in output for s in drop)
        return lost

    def __str__(self) -> str:
        recall = 100 * self.with_kept / max(self.with_total, 1)
        removal = 100 * self.without_gone / max(self.without_total, 1)
        return (
            f"with recall {recall:5.1f}% ({self.with_kept}/{self.with_total})  "
            f"without removal {removal:5.1f}% ({self.without_gone}/{self.without_total})"
        )


def evaluate(dev: Path, cleaner: Callable[[str], str], misses: bool) -> dict[str, Score]:
    groups = {name: Score() for name in ("all", "english", "odd (tuning)", "even (held out)")}
    for meta_path in sorted(dev.glob("[0-9]*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        output = normalise(cleaner(text))
        number = int(meta_path.stem)
        names = ["all", "odd (tuning)" if number % 2 else "even (held out)"]
        if meta.get("lang") == "en":
            names.append("english")
        lost: list[str] = []
        for name in names:
            lost = groups[name].add(output, meta["with"], meta["without"])
        if misses:
            for snippet in lost:
                print(f"  lost {meta_path.stem}: {snippet[:90]!r}")
    return groups


def leftovers(dev: Path, context: int = 2) -> None:
    """Print each `without` snippet still in the safe output of an odd page, in context."""
    for meta_path in sorted(dev.glob("[0-9]*.json")):
        if int(meta_path.stem) % 2 == 0:
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        output = seedlint_sl3(meta_path.with_suffix(".txt").read_text(encoding="utf-8"))
        lines = output.splitlines()
        flat = [normalise(line) for line in lines]
        for snippet in meta["without"]:
            wanted = normalise(snippet)
            if wanted not in normalise(output):
                continue
            hits = [i for i, line in enumerate(flat) if (line and line in wanted) or wanted in line]
            at = hits[0] if hits else 0
            print(f"=== {meta_path.stem} [{meta.get('lang')}] {wanted[:100]!r}")
            for i in range(max(0, at - context), min(len(lines), at + context + 1)):
                mark = ">" if i == at else " "
                print(f"  {mark} {lines[i][:110]}")


def where_left(dev: Path) -> None:
    """Where the `without` snippets the safe fixes leave sit: before the article, inside it
    or after it (the article spans the first to the last `with` snippet of the page).

    A cut that found exactly where each article begins and ends would remove every snippet
    before and after it: this prints that ceiling next to the measured figure, for all pages
    and for the held-out ones.
    """
    counts = {
        group: dict.fromkeys(("removed", "before", "inside", "after"), 0)
        for group in ("all", "even (held out)")
    }
    for meta_path in sorted(dev.glob("[0-9]*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        output = normalise(seedlint_sl3(meta_path.with_suffix(".txt").read_text(encoding="utf-8")))
        spans = [(output.find(s), output.find(s) + len(s)) for s in map(normalise, meta["with"])]
        spans = [span for span in spans if span[0] >= 0]
        first = min((start for start, _ in spans), default=0)
        last = max((end for _, end in spans), default=len(output))
        groups = ["all"] + ([] if int(meta_path.stem) % 2 else ["even (held out)"])
        for snippet in map(normalise, meta["without"]):
            at = output.find(snippet)
            place = (
                "removed"
                if at < 0
                else "before"
                if at < first
                else "after"
                if at >= last
                else "inside"
            )
            for group in groups:
                counts[group][place] += 1
    for group, count in counts.items():
        total = sum(count.values())
        reachable = count["removed"] + count["before"] + count["after"]
        print(
            f"  {group:16} removed {count['removed']}/{total} "
            f"({100 * count['removed'] / total:.1f}%); left before the article {count['before']}, "
            f"inside it {count['inside']}, after it {count['after']}; with a perfect cut at "
            f"both ends: {100 * reachable / total:.1f}%"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--misses", action="store_true", help="list lost `with` snippets")
    parser.add_argument(
        "--leftovers", action="store_true", help="odd pages: `without` snippets still present"
    )
    parser.add_argument(
        "--where", action="store_true", help="where the snippets left sit, and the ceiling"
    )
    args = parser.parse_args()
    if args.leftovers:
        leftovers(args.dev)
        return
    if args.where:
        where_left(args.dev)
        return
    cleaners = (
        ("seedlint SL3 --fix", seedlint_sl3),
        ("seedlint SL3 --fix --unsafe-fixes", seedlint_sl3_unsafe),
        ("C4 line filter", c4_filter),
    )
    for label, cleaner in cleaners:
        started = time.perf_counter()
        groups = evaluate(args.dev, cleaner, args.misses and cleaner is not c4_filter)
        print(f"{label}  ({time.perf_counter() - started:.1f} s)")
        for name, score in groups.items():
            print(f"  {name:16} {score}")


if __name__ == "__main__":
    main()
