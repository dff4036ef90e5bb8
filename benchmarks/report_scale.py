"""How the `--report` page scales: write the report of N small documents and open it in Chromium.

Generates N small scraped-looking documents (default 1,000; a title, prose paragraphs with a
claim or a weasel phrase, a mojibake span, a blank-looking NBSP line, comment-form and page
chrome lines), runs `seedlint --report` on them in-process, and prints the time to lint and
write the page, the page's size, and the time Chromium takes to open it (navigation until
the page's script has rendered the first page of documents), to open one document, and to
filter all documents by a rule.

    .venv/bin/python benchmarks/report_scale.py [--files 1000] [--chromium /usr/bin/chromium]

Needs Playwright (the `dev` extra) and Debian's Chromium for the browser figures.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

SUBJECTS = ["The council", "The ministry", "Local traders", "The committee", "Researchers"]
VERBS = ["approved", "reviewed", "postponed", "debated", "announced"]
OBJECTS = ["a new budget", "the harbour plan", "a water tariff", "the school reform", "a bridge"]


def document(index: int) -> str:
    """One small document with the noise the rules look for; deterministic per index."""
    pick = random.Random(index)
    subject, verb, thing = pick.choice(SUBJECTS), pick.choice(VERBS), pick.choice(OBJECTS)
    paragraphs = [
        f"{subject} {verb} {thing} in district {index}",
        f"{subject} {verb} {thing} on Tuesday after a long session, the town's record shows. "
        f"The vote was {pick.randint(5, 20)} to {pick.randint(0, 4)}.",
        "Observers say the decision is expected to change how the district works, "
        "and it was the most important vote of the year.",
        "Residents said they didn\u00e2\u20ac\u2122t expect the plan to pass so quickly.",
        "\u00a0",
        f"Work on {thing} starts next spring, according to the district office.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back To Top",
    ]
    return "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"doc_{index:05d}.txt").write_text(document(index), encoding="utf-8")
    return folder


def write_report(folder: Path, page: Path) -> float:
    """Lint the folder with `--report`; the seconds it took."""
    from click.testing import CliRunner

    from seedlint.cli import main

    start = time.perf_counter()
    result = CliRunner().invoke(main, [str(folder), "--report", str(page), "--exit-zero", "-q"])
    if result.exit_code != 0:
        raise RuntimeError(f"seedlint failed ({result.exit_code}):\n{result.output}")
    return time.perf_counter() - start


def browser_times(page_file: Path, chromium: str) -> dict[str, float]:
    """Seconds to open the page, to open its first document, and to filter by a rule."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_selector("html[data-ready='1']")
            loaded = time.perf_counter() - start
            start = time.perf_counter()
            page.click("#doc-list details.doc > summary")
            page.wait_for_selector("#doc-list article.para")
            opened = time.perf_counter() - start
            start = time.perf_counter()
            page.select_option("#rule-filter", "SL101")
            page.wait_for_function("document.querySelector('#doc-count').textContent")
            filtered = time.perf_counter() - start
        finally:
            browser.close()
    return {"load": loaded, "open_document": opened, "filter_by_rule": filtered}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = generate(Path(temporary) / "corpus", args.files)
        page = Path(temporary) / "report.html"
        seconds = write_report(folder, page)
        print(f"files: {args.files:,}")
        print(f"lint + write report: {seconds:.2f} s")
        print(f"page size: {page.stat().st_size / 1e6:.2f} MB")
        if not Path(args.chromium).exists():
            print(f"browser: skipped ({args.chromium} not found)")
            return
        for name, value in browser_times(page, args.chromium).items():
            print(f"browser {name.replace('_', ' ')}: {value:.2f} s")


if __name__ == "__main__":
    main()
