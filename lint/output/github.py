"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error title=seedlint (SL101),file=a.txt,line=9,col=293,endLine=9,endColumn=296::message

`col`/`endColumn` are left out when a finding spans lines (GitHub rejects them there). Data is
escaped as the runner expects (`%`, CR, LF), and property values also escape `:` and `,`.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.output import Located
from seedlint.rule import Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a message.

    >>> escape_data("100% done\\nnext")
    '100%25 done%0Anext'
    """
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value.

    >>> escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_line(item: Located) -> str:
    finding = item.finding
    properties = [
        ("title", f"seedlint ({finding.code})"),
        ("file", item.filename),
        ("line", str(item.row)),
    ]
    if item.row == item.end_row:
        properties.append(("col", str(item.column)))
    properties.append(("endLine", str(item.end_row)))
    if item.row == item.end_row:
        properties.append(("endColumn", str(item.end_column)))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return (
        f"::{_LEVEL[finding.severity]} {props}::{escape_data(f'{finding.code} {finding.message}')}"
    )


def render(located: Sequence[Located]) -> str:
    return "".join(render_line(item) + "\n" for item in located)
