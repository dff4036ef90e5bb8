"""`--format sarif`: a SARIF 2.1.0 log for code scanning.

Rules carry their summary and full documentation (the rule docstring); results carry
repository-relative POSIX URIs, code-point columns, and a `partialFingerprints` entry from the
finding's content (code, flagged text, paragraph), so code scanning matches an alert across
runs even when lines above it move.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Sequence
from typing import Any

from seedlint import __version__
from seedlint.output import Located
from seedlint.rule import Rule, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(rule: type[Rule]) -> dict[str, Any]:
    doc = inspect.cleandoc(rule.__doc__ or rule.summary)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"fix": rule.fix_availability.value},
    }


def _result(item: Located, rule_index: dict[str, int]) -> dict[str, Any]:
    finding = item.finding
    region = {
        "startLine": item.row,
        "startColumn": item.column,
        "endLine": item.end_row,
        "endColumn": item.end_column,
    }
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": item.filename, "uriBaseId": "%SRCROOT%"},
                    "region": region,
                }
            }
        ],
    }
    if item.fingerprint is not None:
        result["partialFingerprints"] = {"seedlintContent/v1": item.fingerprint}
    return result


def render(located: Sequence[Located], rules: Sequence[type[Rule]]) -> str:
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "seedlint",
                        "version": __version__,
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(item, rule_index) for item in located],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
