"""Show that cross-document derivation scales linearly, and what the index costs in memory.

Builds synthetic corpora of N documents (default 1k, 5k and 20k) from the sentences of the
pages of `shared/dev/boilerplate/`: each paragraph joins 1-4 random sentences, a third of
whose words are swapped for random words of the pool, so that paragraphs are as unique as
real ones. One document in ten is a rewrite of an earlier one: three of its paragraphs
are near-duplicates (15% of the words dropped) of paragraphs of 8 words or more of that
document. Documents are generated one at a time and not kept, so the process's memory growth
is the index's.

Prints, per N: wall time, time per paragraph (flat when growth is linear), the bytes the
index holds (per paragraph and per sentence) and the process's resident memory growth, and
the share of planted near-duplicates found (`derived_from` names the paragraph they were made
from).

    .venv/bin/python benchmarks/derivation_scale.py [--sizes 1000 5000 20000] [--dev DIR]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from seedlint.derivation import DerivationIndex, split_sentences
from seedlint.document import Document

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "boilerplate"
_WORD = re.compile(r"\S+")


def sentence_pool(dev: Path) -> list[str]:
    """Every sentence of 5 words or more of the development pages."""
    pool: list[str] = []
    for path in sorted(dev.glob("*.txt")):
        document = Document.from_bytes(path.name, path.read_bytes())
        for paragraph in document.paragraphs:
            for start, end in split_sentences(paragraph.text):
                sentence = paragraph.text[start:end]
                if len(sentence.split()) >= 5:
                    pool.append(sentence)
    return pool


def perturb(text: str, rng: random.Random, words: list[str], swap: float, drop: float) -> str:
    out = []
    for word in _WORD.findall(text):
        roll = rng.random()
        if roll < drop:
            continue
        out.append(rng.choice(words) if roll < drop + swap else word)
    return " ".join(out)


def corpus(
    size: int, pool: list[str], seed: int = 0
) -> Iterator[tuple[str, list[str], dict[int, int] | None]]:
    """Documents (key, paragraphs, planted {paragraph: source paragraph} or None).

    Rewrites copy from one of the 50 originals before them, regenerated from their seed:
    nothing but the index remembers earlier documents.
    """
    words = [w for s in pool[:5000] for w in s.split()]

    def make(number: int) -> list[str]:
        rng = random.Random(seed * 1_000_003 + number)
        return [
            perturb(" ".join(rng.sample(pool, rng.randint(1, 4))), rng, words, 0.33, 0.0)
            for _ in range(rng.randint(4, 16))
        ]

    def rewrite(number: int) -> random.Random | None:
        """The generator of a rewrite's choices, or None when the document is an original."""
        rng = random.Random(-number - 1)
        return rng if number >= 50 and rng.random() < 0.1 else None

    for number in range(size):
        paragraphs = make(number)
        planted = None
        rng = rewrite(number)
        if rng is not None:
            source = number - rng.randint(1, 50)
            while rewrite(source) is not None:  # copy from an original: its text is make()'s
                source -= 1
            original = make(source)
            planted = {}
            for target in rng.sample(range(len(paragraphs)), min(3, len(paragraphs))):
                origin = rng.randrange(len(original))
                if len(original[origin].split()) < 8:
                    continue  # too short to count as derived (see `min_stems`)
                paragraphs[target] = perturb(original[origin], rng, words, 0.0, 0.15)
                planted[target] = (f"doc{source:06d}", origin)
        yield f"doc{number:06d}", paragraphs, planted


def rss() -> int:
    """Resident set size of this process, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


def index_bytes(index: DerivationIndex) -> int:
    """What the index's own structures hold, counted object by object (no allocator slack)."""
    total = 0
    for value in vars(index).values():
        total += sys.getsizeof(value)
        if isinstance(value, dict):
            total += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in value.items())
        elif isinstance(value, list):
            total += sum(sys.getsizeof(item) for item in value)
    return total


def measure(size: int, pool: list[str]) -> None:
    gc.collect()
    before = rss()
    index = DerivationIndex()
    paragraphs = planted_total = found = links = 0
    started = time.perf_counter()
    for key, texts, planted in corpus(size, pool):
        results = index.add_document(key, texts)
        paragraphs += len(texts)
        links += sum(len(r.derived_from) for r in results)
        for target, origin in (planted or {}).items():
            planted_total += 1
            found += origin in [
                (link.file, link.paragraph) for link in results[target].derived_from
            ]
    elapsed = time.perf_counter() - started
    gc.collect()
    grown = rss() - before
    held = index_bytes(index)
    sentences = index.sentence_count
    print(
        f"{size:>6} docs {paragraphs:>7} paragraphs {sentences:>8} sentences | "
        f"{elapsed:7.1f} s  {1e6 * elapsed / paragraphs:5.0f} µs/paragraph | "
        f"index {held / 2**20:6.1f} MiB = {held / paragraphs:4.0f} B/paragraph "
        f"{held / sentences:4.0f} B/sentence (RSS +{grown / 2**20:.0f} MiB) | "
        f"near-duplicates found {found}/{planted_total}  links/paragraph {links / paragraphs:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    pool = sentence_pool(args.dev)
    print(f"sentence pool: {len(pool)} sentences from {args.dev}")
    for size in args.sizes:
        measure(size, pool)


if __name__ == "__main__":
    main()
