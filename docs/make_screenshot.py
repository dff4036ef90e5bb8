"""Regenerate docs/report.png, the README's screenshot of the review report of `seeds/`.

    .venv/bin/python docs/make_screenshot.py

Needs Playwright (the `dev` extra) and Debian's Chromium at /usr/bin/chromium (or the path in
$CHROMIUM); it never downloads a browser.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from seedlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def screenshot(output: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "report.html"
        cwd = Path.cwd()
        os.chdir(ROOT)  # paths in the page read `seeds/...`, as in the README
        try:
            result = CliRunner().invoke(
                main, ["seeds/", "--report", str(page_file), "--exit-zero", "-q", "--no-cache"]
            )
        finally:
            os.chdir(cwd)
        if result.exit_code != 0:
            sys.exit(f"seedlint failed:\n{result.output}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                args=CHROMIUM_ARGS,
            )
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.goto(page_file.as_uri())
            page.wait_for_selector("html[data-ready='1']")
            page.screenshot(path=str(output))
            browser.close()


if __name__ == "__main__":
    screenshot(ROOT / "docs" / "report.png")
    print(f"wrote {ROOT / 'docs' / 'report.png'}")
