"""Show whether derivation's cost per document stays flat as the corpus grows, on real files.

Reads the first N files of a benchmark corpus (default 4,000 of `benchmarks/corpus/100MB`,
sorted by path), splits each into paragraphs on blank lines, runs `prepare()` on all of them
(timed apart: workers do it in a real run), then `add_document()` on each in order, and prints
the CPU time of every block of 800 documents with the sentences indexed in it.

With `--save FILE` the links are written to a pickle; with `--compare FILE` they are checked
against such a file (typically made by an older implementation, loaded with `--module`):
paragraph links kept, old links lost (all, and with similarity >= 0.6), and sentence
counterparts kept.

    .venv/bin/python benchmarks/derivation_growth.py --module /tmp/derivation_old.py --save old.pkl
    .venv/bin/python benchmarks/derivation_growth.py --compare old.pkl
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from pathlib import Path
from types import ModuleType

CORPUS = Path(__file__).resolve().parent / "corpus" / "100MB"
BLOCK = 800

# Per document: per paragraph (links as (file, paragraph, similarity), sentence counterparts
# as (file, paragraph) or None).
Results = list[list[tuple[list[tuple[str, int, float]], list[tuple[str, int] | None]]]]


def load_module(path: Path | None) -> ModuleType:
    if path is None:
        import seedlint.derivation

        return seedlint.derivation
    spec = importlib.util.spec_from_file_location("derivation_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def documents(corpus: Path, count: int) -> list[tuple[str, list[str]]]:
    files = sorted(p for p in corpus.rglob("*") if p.is_file())[:count]
    return [
        (str(p.relative_to(corpus)), p.read_text(encoding="utf-8", errors="replace").split("\n\n"))
        for p in files
    ]


def run(module: ModuleType, docs: list[tuple[str, list[str]]], options: dict[str, int]) -> Results:
    started = time.process_time()
    prepared = [module.prepare(paragraphs) for _, paragraphs in docs]
    print(f"prepare: {time.process_time() - started:.1f} s CPU for {len(docs)} documents")
    index = module.DerivationIndex(**options)
    results: Results = []
    block_time = total = 0.0
    block_start_sentences = 0
    for number, ((key, paragraphs), ready) in enumerate(zip(docs, prepared, strict=True), 1):
        started = time.process_time()
        derivations = index.add_document(key, paragraphs, ready)
        block_time += time.process_time() - started
        results.append(
            [
                (
                    [(link.file, link.paragraph, link.similarity) for link in d.derived_from],
                    [
                        (s.counterpart.file, s.counterpart.paragraph) if s.counterpart else None
                        for s in d.sentences
                    ],
                )
                for d in derivations
            ]
        )
        if number % BLOCK == 0 or number == len(docs):
            sentences = index.sentence_count - block_start_sentences
            first = number - (number - 1) % BLOCK
            print(
                f"docs {first:>5}-{number:<5} add_document {block_time:6.1f} s CPU  "
                f"({sentences / 1000:.0f}k sentences indexed, "
                f"{index.sentence_count / 1000:.0f}k total)"
            )
            total += block_time
            block_time = 0.0
            block_start_sentences = index.sentence_count
    print(f"add_document total: {total:.1f} s CPU")
    return results


def compare(old: Results, new: Results) -> None:
    def links(results: Results) -> dict[tuple[int, int, str, int], float]:
        return {
            (d, p, file, target): similarity
            for d, document in enumerate(results)
            for p, (paragraph_links, _) in enumerate(document)
            for file, target, similarity in paragraph_links
        }

    old_links, new_links = links(old), links(new)
    kept = old_links.keys() & new_links.keys()
    strong = {k for k, s in old_links.items() if s >= 0.6}
    lost_strong = strong - new_links.keys()
    print(
        f"paragraph links: old {len(old_links)}, new {len(new_links)}, old kept {len(kept)} "
        f"({100 * len(kept) / max(len(old_links), 1):.2f}%), lost {len(old_links) - len(kept)}; "
        f"old with similarity >= 0.6: {len(strong)}, lost {len(lost_strong)} "
        f"(kept {100 * (1 - len(lost_strong) / max(len(strong), 1)):.2f}%)"
    )
    linked_old = sum(1 for d in old for links_, _ in d if links_)
    linked_kept = sum(
        1
        for do, dn in zip(old, new, strict=True)
        for (lo, _), (ln, _) in zip(do, dn, strict=True)
        if lo and ln
    )
    print(f"paragraphs with a link: old {linked_old}, still linked {linked_kept}")
    counterparts = same = anywhere = added = 0
    for do, dn in zip(old, new, strict=True):
        for (_, so), (_, sn) in zip(do, dn, strict=True):
            for a, b in zip(so, sn, strict=True):
                if a is not None:
                    counterparts += 1
                    anywhere += b is not None
                    same += a == b
                elif b is not None:
                    added += 1
    print(
        f"sentence counterparts: old {counterparts}, still supported {anywhere} "
        f"({100 * anywhere / max(counterparts, 1):.2f}%), same paragraph {same} "
        f"({100 * same / max(counterparts, 1):.2f}%); new counterparts where old had none {added}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--module", type=Path, help="a derivation.py to load instead")
    parser.add_argument("--set", nargs="*", default=[], help="DerivationIndex options: NAME=INT")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    docs = documents(args.corpus, args.files)
    options = {name: int(value) for name, value in (item.split("=") for item in args.set)}
    results = run(load_module(args.module), docs, options)
    if args.save:
        args.save.write_bytes(pickle.dumps(results))
    if args.compare:
        compare(pickle.loads(args.compare.read_bytes()), results)


if __name__ == "__main__":
    main()
