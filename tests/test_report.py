"""`--report FILE.html`: the review page, opened in a real headless browser (Debian's Chromium).

The browser tests are skipped only on a machine without /usr/bin/chromium and outside CI; in
CI (`CI` set) they always run (`.ci/run` installs Chromium where it is missing). Timing is
asserted only generously here; the figure belongs to `benchmarks/report_scale.py`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from seedlint.cli import all_rules, main
from seedlint.config import load_settings
from seedlint.engine import FixMode
from seedlint.report import ReviewReport
from seedlint.runner import Job, RuleSet, process_file

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # the browser tests skip (outside CI) or fail (in CI) on their own
    expect = sync_playwright = None

sys.path.insert(0, str(ROOT / "benchmarks"))
import report_scale

CHROMIUM = Path("/usr/bin/chromium")
NEEDS_BROWSER = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason="Debian's Chromium is not installed (CI installs it and never skips)",
)

PAYLOADS = [
    "<script>window.pwned = 1; document.title = 'pwned'; alert('script')</script>",
    "<img src=x onerror=\"window.pwned = 2; document.title = 'pwned'; alert('img')\">",
    "</script><script>window.pwned = 3; alert('breakout')</script>",
    '<svg onload="window.pwned = 4"></svg> <iframe src="javascript:alert(\'frame\')"></iframe>',
]
HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"


def write_report(folder: Path, page: Path, *extra: str) -> None:
    result = CliRunner().invoke(
        main, [str(folder), "--report", str(page), "--exit-zero", "-q", "--no-cache", *extra]
    )
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=report_scale.CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@dataclasses.dataclass
class Opened:
    page: Any
    problems: list[str]  # console errors, uncaught exceptions, dialogs, requests


def open_page(browser: Any, path: Path) -> Opened:
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda error: problems.append(f"exception: {error}"))
    page.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    page.on("request", lambda r: r.url != path.as_uri() and problems.append(f"request: {r.url}"))
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-ready='1']")
    return Opened(page, problems)


def visible_paragraphs(page: Any) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "#doc-list article.para",
        """nodes => nodes.filter(n => n.offsetParent !== null).map(n => ({
            id: n.dataset.id, status: n.dataset.status, codes: n.dataset.codes}))""",
    )


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """The report of seeds/ and the provenance records of the same run."""
    folder = tmp_path_factory.mktemp("seeds-report")
    page, records = folder / "report.html", folder / "records.jsonl"
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        write_report(Path("seeds"), page, "--provenance", str(records))
    finally:
        os.chdir(cwd)
    lines = records.read_text(encoding="utf-8").splitlines()
    return page, [json.loads(line) for line in lines]


def test_page_is_self_contained_and_holds_data_as_json(seeds_report) -> None:
    page, records = seeds_report
    html = page.read_text(encoding="utf-8")
    assert html.count("<script") == 2 and html.count("</script>") == 2  # data and code
    assert "<link" not in html and " src=" not in html and "@import" not in html
    assert "default-src 'none'" in html  # the CSP: no network, no foreign script
    start = html.index('id="seedlint-data">') + len('id="seedlint-data">')
    data = json.loads(html[start : html.index("</script>", start)])
    assert [r["id"] for f in data["files"] for r in f["records"]] == [r["id"] for r in records]


@NEEDS_BROWSER
def test_seeds_report_shows_every_paragraph_with_its_status(browser, seeds_report) -> None:
    page_file, records = seeds_report
    opened = open_page(browser, page_file)
    page = opened.page
    page.click("#expand-all")
    shown = {p["id"]: p["status"] for p in visible_paragraphs(page)}
    assert shown == {r["id"]: r["metadata"]["status"] for r in records}
    assert {"kept", "fixed", "dropped"} <= set(shown.values())
    # Each change is shown with its before and after; the record opens on demand.
    dropped = next(r for r in records if r["metadata"]["status"] == "dropped")
    article = page.locator(f'article.para[data-id="{dropped["id"]}"]')
    befores = article.locator(".before code").all_inner_texts()
    assert len(befores) == len(dropped["metadata"]["changes"])
    article.locator("details.prov > summary").click()
    record = article.locator("details.prov pre")
    expect(record).to_contain_text('"metadata"')  # filled when opened, after the event
    assert json.loads(record.inner_text()) == dropped
    # The summary's figures come from the same run.
    summary = page.inner_text("#summary")
    assert f"{len(records)}\nparagraphs" in summary
    dropped_count = sum(r["metadata"]["status"] == "dropped" for r in records)
    assert f"{dropped_count}\nparagraphs removed" in summary
    assert opened.problems == []


@NEEDS_BROWSER
def test_filters_by_rule_and_by_status_hide_the_others(browser, seeds_report) -> None:
    page_file, records = seeds_report
    page = open_page(browser, page_file).page
    with_mojibake = {
        r["id"] for r in records if any(c["code"] == "SL101" for c in r["metadata"]["changes"])
    }
    assert with_mojibake
    page.select_option("#rule-filter", "SL101")
    page.click("#expand-all")
    assert {p["id"] for p in visible_paragraphs(page)} == with_mojibake
    assert page.locator("#doc-list details.doc").count() == 1  # the other file is hidden
    assert page.locator("#doc-list article.para[hidden]").count() > 0
    page.select_option("#rule-filter", "")
    page.click("#status-filter button[data-value='dropped']")
    page.click("#expand-all")
    shown = visible_paragraphs(page)
    assert {p["id"] for p in shown} == {
        r["id"] for r in records if r["metadata"]["status"] == "dropped"
    }
    # A rule chip in the summary chart filters too.
    page.click("#status-filter button[data-value='']")
    page.click("#summary button[data-rule='SL305']")
    page.click("#expand-all")
    assert [p["codes"] for p in visible_paragraphs(page)] == ["SL305"]


@NEEDS_BROWSER
def test_scraped_markup_is_shown_as_text_and_never_runs(browser, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    text = (
        "Hostile page\n\n"
        + "\n\n".join(f"The page said {payload} and went on." for payload in PAYLOADS)
        + "\n\nLeave a Reply\n\n"
        + PAYLOADS[0]
        + "\n"
    )
    (folder / HOSTILE_NAME).write_text(text, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    page_file = tmp_path / "report.html"
    write_report(folder, page_file)
    opened = open_page(browser, page_file)
    page = opened.page
    page.click("#expand-all")
    for summary in page.locator("details.prov > summary").all():
        summary.click()
    filter_paths(page, "<img")
    texts = page.locator("#doc-list .text").all_inner_texts()
    for payload in PAYLOADS:
        assert any(payload in shown for shown in texts), payload
    assert page.evaluate("window.pwned") is None
    assert page.title().startswith("seedlint review")
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    paths = page.locator("#doc-list details.doc .path").all_inner_texts()
    assert len(paths) == 1 and paths[0].endswith("/" + HOSTILE_NAME)
    filter_paths(page, "binary")
    page.click("#expand-all")
    assert "SL001" in page.inner_text("#doc-list")
    assert opened.problems == []


def filter_paths(page: Any, query: str) -> None:
    page.fill("#path-filter", query)  # applied after a short pause in typing
    page.wait_for_function(
        """query => [...document.querySelectorAll('#doc-list details.doc')]
            .every(d => d.dataset.path.includes(query))""",
        arg=query,
    )


def thousand_file_page(folder: Path) -> Path:
    """The page of 1,000 small documents: 20 linted for real, each reported 50 times under
    distinct paths (linting 1,000 files would time the linter, not the page)."""
    corpus = report_scale.generate(folder / "corpus", 20)
    rules = all_rules()
    job = Job(
        RuleSet(rules, load_settings(None, rules, folder)),
        FixMode.SAFE,
        write=False,
        want_diff=False,
        report_final=False,
        provenance=True,
    )
    reports = [process_file(path, path.name, job) for path in sorted(corpus.iterdir())]
    review = ReviewReport(rules)
    for copy in range(50):
        for report in reports:
            display = f"part{copy:02d}/{report.display}"
            records = [
                {**record, "id": f"{display}#{record['metadata']['paragraph']}", "source": display}
                for record in report.records or []
            ]
            review.add(dataclasses.replace(report, display=display, records=records))
    page = folder / "report.html"
    review.write(page)
    return page


@NEEDS_BROWSER
def test_the_page_of_a_thousand_files_opens_in_seconds(browser, tmp_path: Path) -> None:
    page_file = thousand_file_page(tmp_path)
    start = time.perf_counter()
    opened = open_page(browser, page_file)
    seconds = time.perf_counter() - start
    assert seconds < 15, f"the page took {seconds:.1f} s to open"
    page = opened.page
    assert "of 1,000 documents" in page.inner_text("#doc-count")
    assert page.locator("#doc-list details.doc").count() == 50  # one page, collapsed
    assert page.locator("#doc-list article.para").count() == 0  # rendered on demand
    page.click("#pager button:has-text('Next')")
    assert page.locator("#doc-list details.doc").first.get_attribute("data-index") == "50"
    page.locator("#doc-list details.doc > summary").first.click()
    page.wait_for_selector("#doc-list article.para")
    assert opened.problems == []
