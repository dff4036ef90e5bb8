"""`--report FILE.html`: one self-contained page for people reviewing a cleaned corpus.

The page has a summary rendered here (figures and CSS bar charts: paragraphs by status,
findings per rule and per file, bytes removed, mojibake repaired, unattributed claims) and
every document, paragraph by paragraph, rendered in the browser from the provenance records.

Scraped text is hostile input, so it reaches the page by two routes that cannot execute it:
what this module writes into the HTML goes through `html.escape`, and the documents travel
as JSON in a `<script type="application/json">` block (with `<`, `>` and `&` escaped, so no
`</script>` can close it) that the page's script reads with `textContent` and `JSON.parse`
and renders with `textContent` only. A Content-Security-Policy allows no network access and
no script but the page's own (by hash), in case either route ever failed.

Memory: each file is reduced to one compact JSON string when it is added (its records and
file-level findings), plus a few counters; nothing else of the run is kept. The page renders
documents lazily (collapsed, 50 to a page), so a corpus of thousands of files stays usable.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from seedlint import __version__
from seedlint.rule import Rule
from seedlint.runner import FileReport

STATUSES = ("kept", "fixed", "flagged", "dropped")  # the colours of the page, in chart order
CLAIMS = ("attributed", "inherited", "unattributed")  # attribution statuses that are claims
MOJIBAKE = "SL101"
TOP_FILES = 10
_SLOT = re.compile(r"<!--@(\w+)@-->")


def view_status(record: dict[str, Any]) -> str:
    """The one status a paragraph is coloured by: a remaining finding outranks kept and fixed."""
    metadata = record["metadata"]
    if metadata["status"] != "dropped" and metadata["findings"]:
        return "flagged"
    return str(metadata["status"])


def script_json(value: Any) -> str:
    """JSON that is safe inside `<script type="application/json">`: no `<`, `>` or `&`."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass
class _Totals:
    files: int = 0
    findings: int = 0
    errors: int = 0
    paragraphs: int = 0
    source_bytes: int = 0
    bytes_removed: int = 0
    mojibake: int = 0


class ReviewReport:
    """Collects the reports of a run (in output order) and writes the review page."""

    def __init__(self, rules: Sequence[type[Rule]]) -> None:
        self.rules = {rule.code: (rule.name, rule.summary, rule.severity.value) for rule in rules}
        self.totals = _Totals()
        self.statuses: Counter[str] = Counter()
        self.attribution: Counter[str] = Counter()
        self.per_rule: Counter[str] = Counter()
        self.per_file: list[tuple[int, int, str]] = []  # (findings, index, path)
        self._files: list[str] = []  # one JSON object per file, ready for the page

    def add(self, report: FileReport) -> None:
        records = report.records or []
        codes = Counter(item.finding.code for item in report.located)
        in_records = {
            item["code"]
            for record in records
            for key in ("changes", "findings")
            for item in record["metadata"][key]
        }
        # Findings about the file as a whole (its encoding, unreadable content) are at its very
        # start and zero-width; a file without records has nothing else to show them on.
        file_findings = [
            [
                item.row,
                item.column,
                item.finding.code,
                item.finding.severity.value,
                item.finding.message,
            ]
            for item in report.located
            if not records
            or (item.finding.start == item.finding.end == 0 and item.finding.code not in in_records)
        ]
        statuses = Counter(view_status(record) for record in records)
        index = len(self._files)
        self._count(records, report)
        self.statuses.update(statuses)
        self.per_rule.update(codes)
        self.per_file.append((len(report.located), index, report.display))
        entry = {
            "path": report.display,
            "encoding": records[0]["metadata"]["encoding"] if records else None,
            "findings": len(report.located),
            "codes": dict(codes),
            "statuses": [statuses[status] for status in STATUSES],
            "fileFindings": file_findings,
            "errors": report.errors,
            "records": records,
        }
        self._files.append(script_json(entry))

    def _count(self, records: Iterable[dict[str, Any]], report: FileReport) -> None:
        totals = self.totals
        totals.files += 1
        totals.findings += len(report.located)
        totals.errors += len(report.errors)
        seen: set[tuple[int, int, str]] = set()  # a change spanning two paragraphs is in both
        for record in records:
            metadata = record["metadata"]
            totals.paragraphs += 1
            totals.source_bytes += metadata["bytes"][1] - metadata["bytes"][0]
            if metadata["status"] != "dropped":
                self.attribution[metadata.get("attribution", {}).get("status", "")] += 1
            for change in metadata["changes"]:
                key = (change["chars"][0], change["chars"][1], change["code"])
                if key in seen:
                    continue
                seen.add(key)
                removed = len(change["before"].encode()) - len(change["after"].encode())
                totals.bytes_removed += max(removed, 0)
                totals.mojibake += change["code"] == MOJIBAKE

    def render(self) -> str:
        """The whole page, as one string."""
        template = _resource("template.html")
        script = _resource("report.js")
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        data = (
            '{"version":'
            + json.dumps(__version__)
            + ',"rules":'
            + script_json(self.rules)
            + ',"statuses":'
            + json.dumps(STATUSES)
            + ',"files":['
            + ",".join(self._files)
            + "]}"
        )
        slots = {
            "CSP": f"sha256-{digest}",
            "TITLE": html.escape(self._title()),
            "STYLE": _resource("report.css"),
            "SUMMARY": self._summary(),
            "DATA": data,
            "SCRIPT": script,
        }
        return _SLOT.sub(lambda match: slots[match.group(1)], template)

    def write(self, path: Path) -> None:
        # A lone surrogate cannot come from decoded bytes; should one appear, it must not
        # lose the whole page.
        Path(path).write_text(self.render(), encoding="utf-8", errors="replace")

    def _title(self) -> str:
        files_ = self.totals.files
        return f"seedlint review: {files_} file{'s' if files_ != 1 else ''}"

    def _summary(self) -> str:
        totals = self.totals
        claims = sum(self.attribution[status] for status in CLAIMS)
        unattributed = self.attribution["unattributed"]
        share = f"{unattributed / claims:.0%}" if claims else "–"
        removed_share = (
            f" ({totals.bytes_removed / totals.source_bytes:.1%})" if totals.source_bytes else ""
        )
        figures = [
            (f"{totals.files:,}", "files", ""),
            (f"{totals.paragraphs:,}", "paragraphs", ""),
            (f"{totals.findings:,}", "findings", ""),
            (f"{self.statuses['dropped']:,}", "paragraphs removed", "dropped"),
            (f"{_bytes(totals.bytes_removed)}", "bytes removed" + removed_share, "dropped"),
            (f"{totals.mojibake:,}", "mojibake spans repaired", "fixed"),
            (share, f"of claims unattributed ({unattributed:,} of {claims:,})", "flagged"),
        ]
        if totals.errors:
            figures.append((f"{totals.errors:,}", "errors", "error"))
        cards = "".join(
            f'<div class="figure {kind}"><b>{html.escape(value)}</b>'
            f"<span>{html.escape(label)}</span></div>"
            for value, label, kind in figures
        )
        return (
            f'<div class="figures">{cards}</div><div class="charts">'
            + _panel("Paragraphs by status", self._status_chart())
            + _panel("Attribution of claims", self._attribution_chart(claims))
            + _panel("Findings per rule", self._rule_chart(), "wide")
            + _panel(f"Files with the most findings (top {TOP_FILES})", self._file_chart(), "wide")
            + "</div>"
        )

    def _status_chart(self) -> str:
        total = sum(self.statuses.values())
        return _stacked(
            [(status, status, self.statuses[status]) for status in STATUSES], total, "status"
        )

    def _attribution_chart(self, claims: int) -> str:
        if not claims:
            return '<p class="empty">No claims found.</p>'
        parts = [(status, status, self.attribution[status]) for status in CLAIMS]
        return _stacked(parts, claims, None)

    def _rule_chart(self) -> str:
        if not self.per_rule:
            return '<p class="empty">No findings.</p>'
        most = max(self.per_rule.values())
        rows = []
        for code, count in sorted(self.per_rule.items(), key=lambda item: (-item[1], item[0])):
            name, summary, severity = self.rules.get(code, ("", "", "error"))
            rows.append(
                _bar_row(
                    f'<button type="button" class="link" data-rule="{html.escape(code)}" '
                    f'title="{html.escape(summary)}"><code>{html.escape(code)}</code> '
                    f"{html.escape(name)}</button>",
                    count,
                    most,
                    f"sev-{html.escape(severity)}",
                )
            )
        return '<div class="bars">' + "".join(rows) + "</div>"

    def _file_chart(self) -> str:
        top = sorted(self.per_file, key=lambda item: (-item[0], item[1]))[:TOP_FILES]
        top = [item for item in top if item[0]]
        if not top:
            return '<p class="empty">No findings.</p>'
        most = top[0][0]
        rows = [
            _bar_row(
                f'<button type="button" class="link path" data-file="{index}" '
                f'title="{html.escape(path)}">{html.escape(path)}</button>',
                count,
                most,
                "file",
            )
            for count, index, path in top
        ]
        return '<div class="bars">' + "".join(rows) + "</div>"


def _panel(title: str, body: str, kind: str = "") -> str:
    return f'<section class="panel {kind}"><h3>{html.escape(title)}</h3>{body}</section>'


def _bar_row(label: str, count: int, most: int, kind: str) -> str:
    width = 100 * count / most if most else 0
    return (
        f'<div class="bar-row"><div class="bar-label">{label}</div>'
        f'<div class="bar-track"><div class="bar {kind}" style="width:{width:.1f}%"></div></div>'
        f'<div class="bar-value">{count:,}</div></div>'
    )


def _stacked(parts: list[tuple[str, str, int]], total: int, filter_key: str | None) -> str:
    """One horizontal bar split by share, with a legend that doubles as a filter."""
    segments, legend = [], []
    for kind, label, count in parts:
        share = count / total if total else 0
        if count:
            segments.append(
                f'<div class="seg {kind}" style="width:{100 * share:.2f}%" '
                f'title="{html.escape(label)}: {count:,}"></div>'
            )
        attribute = f' data-status="{kind}"' if filter_key else ""
        tag = "button" if filter_key else "span"
        kind_attr = ' type="button"' if filter_key else ""
        legend.append(
            f'<{tag}{kind_attr} class="key"{attribute}><i class="swatch {kind}"></i>'
            f"{html.escape(label)} <b>{count:,}</b> <small>{share:.0%}</small></{tag}>"
        )
    return (
        f'<div class="stacked">{"".join(segments)}</div><div class="legend">{"".join(legend)}</div>'
    )


def _bytes(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{count} bytes"


def _resource(name: str) -> str:
    return files("seedlint.report").joinpath(name).read_text(encoding="utf-8")
