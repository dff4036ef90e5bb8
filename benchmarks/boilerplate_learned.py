"""How far a learned line classifier gets beyond the SL3 rules on held-out pages.

Issue #4 aims at removing 90% of the dev set's boilerplate while keeping 99% of the article.
This script asks whether a statistical model could close the gap the rules leave. It runs
the SL3 safe fixes on every page of `shared/dev/boilerplate/`, describes each remaining line
by 35 shallow features of the line and its neighbourhood (length, function-word share,
position in the page and in its prose, prose density around it, the SL3 analysis's labels,
the lines before and after), labels the lines that hold a `with` or `without` snippet, trains
a gradient-boosted classifier on the odd pages and removes, on the even pages, every line it
scores above a threshold. Printed per threshold: the snippets kept and removed on the pages
it was trained on and on the held-out ones, as `boilerplate_dev.py` counts them.

It needs scikit-learn, which seedlint does not depend on:

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/boilerplate_learned.py [--dev DIR]

Measured 2026-12-06 (see benchmarks/README.md): at the thresholds that keep 99% of the
held-out article snippets, the model removes about one point more than the rules.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any

from boilerplate_dev import DEFAULT_DEV, normalise, seedlint_sl3

from seedlint.document import Document
from seedlint.rules.boilerplate._analysis import analyse
from seedlint.rules.boilerplate._prose import SENTENCE_END, line_words, prose_lines

_SEPARATOR = re.compile(r"[|•·»›]")
_LINK = re.compile(r"https?://|www\.|@")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def features(document: Document) -> dict[int, list[float]]:
    """Per non-blank line: what it is, where it is, and what is around it."""
    lines = [line for line in document.lines if not line.is_blank]
    counted = {line.index: line_words(line.text) for line in lines}
    hits: dict[str, int] = {}
    for words in counted.values():
        for lang, count in words.hits.items():
            hits[lang] = hits.get(lang, 0) + count
    lang = max(sorted(hits), key=hits.__getitem__) if hits else None
    prose = prose_lines(document)
    ordered_prose = sorted(prose)
    analysis = analyse(document)
    prose_chars = sum(len(document.lines[i].text) for i in prose) or 1
    seen: dict[str, int] = {}
    for line in lines:
        seen[normalise(line.text)] = seen.get(normalise(line.text), 0) + 1
    paragraph_of = {
        i: paragraph
        for paragraph in document.paragraphs
        for i in range(paragraph.first_line, paragraph.last_line + 1)
    }

    def around(k: int) -> list[float]:
        if not 0 <= k < len(lines):
            return [0.0, 0.0]
        return [math.log1p(counted[lines[k].index].count), float(lines[k].index in prose)]

    table: dict[int, list[float]] = {}
    before = 0
    for k, line in enumerate(lines):
        text, words = line.text.strip(), counted[line.index]
        tokens = text.split()
        paragraph = paragraph_of[line.index]
        window = lines[max(0, k - 6) : k + 7]
        j = bisect_left(ordered_prose, line.index)
        previous = line.index - ordered_prose[j - 1] if j else 999
        n = bisect_right(ordered_prose, line.index)
        following = ordered_prose[n] - line.index if n < len(ordered_prose) else 999
        info = analysis.infos[line.index]
        own = len(line.text) if line.index in prose else 0
        table[line.index] = [
            math.log1p(words.count),
            math.log1p(len(text)),
            float(text.endswith(SENTENCE_END)),
            float(text.endswith(":")),
            float(text.endswith(("?", "!"))),
            (words.hits.get(lang, 0) if lang else 0) / max(words.count, 1),
            float(line.index in prose),
            k / len(lines),
            before / prose_chars,
            1 - (before + own) / prose_chars,
            sum(token[:1].isupper() for token in tokens) / max(len(tokens), 1),
            sum(c.isdigit() for c in text) / max(len(text), 1),
            float(bool(_SEPARATOR.search(text))),
            float(bool(_LINK.search(text))),
            float(seen[normalise(line.text)] > 1),
            math.log1p(paragraph.last_line - paragraph.first_line + 1),
            math.log1p(len(paragraph.text.split())),
            *around(k - 1),
            *around(k + 1),
            *around(k - 2),
            *around(k + 2),
            sum(other.index in prose for other in window) / len(window),
            math.log1p(min(previous, 999)),
            math.log1p(min(following, 999)),
            float(lang is None),
            float(bool(info.chrome or info.comment or info.anchor)),
            float(line.index in analysis.menu),
            math.log1p(len(prose)),
            prose_chars / max(sum(len(other.text) for other in lines), 1),
        ]
        before += own
    return table


def page(meta_path: Path) -> dict[str, Any]:
    """A page after the SL3 fixes: its line features and the lines each snippet covers."""
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    document = Document("page.txt", seedlint_sl3(meta_path.with_suffix(".txt").read_text("utf-8")))
    spans, pieces, position = [], [], 0
    for line in document.lines:
        text = normalise(line.text)
        if text:
            spans.append((position, position + len(text), line.index))
            pieces.append(text)
            position += len(text) + 1
    flat = " ".join(pieces)

    def cover(snippet: str) -> list[int] | None:
        start = flat.find(normalise(snippet))
        if start < 0:
            return None
        end = start + len(normalise(snippet))
        return [i for a, b, i in spans if a < end and start < b]

    return {
        "odd": int(meta_path.stem) % 2 == 1,
        "features": features(document),
        "keep": [cover(s) for s in meta["with"]],
        "drop": [cover(s) for s in meta["without"]],
    }


def training_data(pages: list[dict[str, Any]]) -> tuple[list[list[float]], list[int]]:
    rows, labels = [], []
    for p in pages:
        stay = {i for lines in p["keep"] if lines for i in lines}
        go = {i for lines in p["drop"] if lines for i in lines} - stay
        for index, row in p["features"].items():
            if index in stay or index in go:
                rows.append(row)
                labels.append(int(index in go))
    return rows, labels


def score(pages: list[dict[str, Any]], model: Any, threshold: float) -> str:
    kept = keep_total = gone = drop_total = 0
    for p in pages:
        indices = list(p["features"])
        removed: set[int] = set()
        if indices:
            chances = model.predict_proba([p["features"][i] for i in indices])[:, 1]
            removed = {i for i, chance in zip(indices, chances, strict=True) if chance >= threshold}
        for lines in p["keep"]:
            keep_total += 1
            kept += lines is not None and not removed.intersection(lines)
        for lines in p["drop"]:
            drop_total += 1
            gone += lines is None or bool(removed.intersection(lines))
    return (
        f"kept {100 * kept / keep_total:5.1f}% ({kept}/{keep_total}), "
        f"removed {100 * gone / drop_total:5.1f}% ({gone}/{drop_total})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        raise SystemExit("needs scikit-learn: .venv/bin/pip install scikit-learn") from None
    pages = [page(path) for path in sorted(args.dev.glob("[0-9]*.json"))]
    train = [p for p in pages if p["odd"]]
    test = [p for p in pages if not p["odd"]]
    rows, labels = training_data(train)
    model = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=0
    ).fit(rows, labels)
    print(f"trained on {len(labels)} labelled lines of the odd pages ({sum(labels)} boilerplate)")
    for threshold in (1.01, *THRESHOLDS):
        label = "rules alone" if threshold > 1 else f"score >= {threshold:.2f}"
        print(f"  {label:14} odd (trained): {score(train, model, threshold)}")
        print(f"  {'':14} even (held out): {score(test, model, threshold)}")


if __name__ == "__main__":
    main()
