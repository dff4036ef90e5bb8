"""How much the script gate saves: SL2xx cost per MB with it, and langdetect on every line.

The language rules decide by Unicode script first and call langdetect only on Latin-script
text long enough to judge (the document's body sample, and long lines whose function words
point elsewhere). This script reports, for the seeds and for a larger corpus:

- the share of lines (with letters) that reached langdetect, and the number of calls;
- the cost per MB of the SL2xx analysis as shipped (script gate on);
- the cost per MB of the naive alternative: langdetect (seeded) on every line with letters,
  measured on every `--every`-th file, since it takes minutes on the whole corpus;
- ftfy.fix_text's cost per MB on the same text, the throughput the whole tool must beat.

Usage: python benchmarks/language_gate.py [--corpus DIR] [--every N]
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import time
from pathlib import Path

from seedlint.document import Document
from seedlint.rules.language.detect import analyze
from seedlint.rules.language.foreign_interface_line import ForeignInterfaceLine
from seedlint.rules.language.foreign_language_paragraph import ForeignLanguageParagraph

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = "/work/shared/dev/boilerplate"


def _texts(paths: list[str]) -> list[tuple[str, str]]:
    return [(path, Path(path).read_text(encoding="utf-8")) for path in paths]


def _megabytes(texts: list[tuple[str, str]]) -> float:
    return sum(len(text.encode("utf-8")) for _, text in texts) / 1e6


def gated(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Run SL201 and SL202 as shipped; count what reached langdetect."""
    rules = [ForeignInterfaceLine(), ForeignLanguageParagraph()]
    calls = reached = lines = 0
    start = time.perf_counter()
    for path, text in texts:
        document = Document(path, text)
        for rule in rules:
            list(rule.check(document))
        analysis = analyze(document)
        calls += analysis.langdetect_calls
        reached += analysis.langdetect_lines
        lines += analysis.lines_with_letters
    elapsed = time.perf_counter() - start
    return {
        "seconds_per_mb": elapsed / _megabytes(texts),
        "langdetect_calls": calls,
        "lines_reaching_langdetect": reached,
        "lines_with_letters": lines,
        "share": reached / lines if lines else 0.0,
    }


def ungated(texts: list[tuple[str, str]]) -> float:
    """Seconds per MB of calling seeded langdetect on every line that has letters."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    start = time.perf_counter()
    for _, text in texts:
        for line in text.splitlines():
            if any(ch.isalpha() for ch in line):
                with contextlib.suppress(LangDetectException):
                    detect_langs(line)
    return (time.perf_counter() - start) / _megabytes(texts)


def ftfy_cost(texts: list[tuple[str, str]]) -> float:
    import ftfy

    start = time.perf_counter()
    for _, text in texts:
        ftfy.fix_text(text)
    return (time.perf_counter() - start) / _megabytes(texts)


def _warm_up() -> None:
    """Load langdetect's profiles and the rule data once, outside every timing."""
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    detect_langs("warming up the language profiles")
    list(ForeignInterfaceLine().check(Document("warm.txt", "Search\nالبحث\n")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=10, help="sample for the ungated run")
    args = parser.parse_args()
    _warm_up()
    seeds = _texts(sorted(glob.glob(str(ROOT / "seeds" / "*.txt"))))
    corpus = _texts(sorted(glob.glob(os.path.join(args.corpus, "*.txt"))))
    sample = corpus[:: args.every]
    for name, texts in (("seeds", seeds), ("corpus", corpus)):
        result = gated(texts)
        print(
            f"{name}: {len(texts)} files, {_megabytes(texts):.2f} MB; "
            f"langdetect reached {result['lines_reaching_langdetect']} of "
            f"{result['lines_with_letters']} lines with letters ({result['share']:.2%}) "
            f"in {result['langdetect_calls']} calls; "
            f"SL2xx with the script gate: {result['seconds_per_mb']:.3f} s/MB"
        )
    print(
        f"corpus sample (every {args.every}th file, {_megabytes(sample):.2f} MB): "
        f"SL2xx gated {gated(sample)['seconds_per_mb']:.3f} s/MB; "
        f"langdetect on every line {ungated(sample):.3f} s/MB; "
        f"ftfy.fix_text {ftfy_cost(sample):.3f} s/MB"
    )


if __name__ == "__main__":
    main()
