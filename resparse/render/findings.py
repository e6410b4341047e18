"""Renderings of linter findings: text (like ruff's), JSON, GitHub Actions commands and SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from resparse.model import Diagnostic, Findings
from resparse.render import Report, View
from resparse.render.console import captured
from resparse.rules import RULES
from resparse.version import __version__

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def finding_dict(f: Diagnostic) -> dict[str, Any]:
    span = f.span
    return {
        "code": f.code,
        "name": f.name,
        "level": f.level,
        "message": f.message,
        "file": f.file,
        "line": span.start.line if span else None,
        "column": span.start.column if span else None,
        "end_line": span.end.line if span else None,
        "end_column": span.end.column if span else None,
        "paragraph": f.paragraph,
        "fix": None if f.fix is None else {"replacement": f.fix},
        **({"source_line": f.source_line} if f.source_line is not None else {}),
    }


def _all(report: Report[Findings]) -> list[Diagnostic]:
    return [finding for result in report.results for finding in result.findings]


def findings_record(result: Findings, view: View) -> str:
    """``check --format jsonl``: one line per file."""
    data = {"file": result.file, "findings": [finding_dict(f) for f in result.findings]}
    return json.dumps(data, ensure_ascii=False)


def as_json(report: Report[Findings]) -> str:
    if report.view.statistics:
        return _statistics(report, as_json=True)
    return json.dumps([finding_dict(f) for f in _all(report)], ensure_ascii=False, indent=2) + "\n"


def _where(f: Diagnostic) -> str:
    return f"{f.file}:{f.span.start.line}:{f.span.start.column}" if f.span else f"{f.file}"


def summary(findings: Sequence[Diagnostic], files: int, unreadable: int = 0) -> str:
    checked = files - unreadable
    if unreadable:
        errors = sum(1 for f in findings if f.level == "error")
        return (
            f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({errors} error"
            f"{'s' if errors != 1 else ''}) in {checked} file{'s' if checked != 1 else ''}; "
            f"{unreadable} file{'s' if unreadable != 1 else ''} could not be read."
        )
    if not findings:
        return f"All checks passed ({files} file{'s' if files != 1 else ''})."
    counts = Counter(f.level for f in findings)
    parts = [
        f"{counts[level]} {level}{'s' if counts[level] != 1 else ''}"
        for level in ("error", "warning", "note")
    ]
    noun = "finding" if len(findings) == 1 else "findings"
    return f"Found {len(findings)} {noun} ({', '.join(parts)}) in {files} file{'s' if files != 1 else ''}."


def as_text(report: Report[Findings]) -> str:
    """``path:line:col: RS101 [error] message``, one per line, then a summary (on a terminal: in place)."""
    if report.view.statistics:
        return _statistics(report, as_json=False)
    findings, files, unreadable = _all(report), report.files, len(report.failures)
    if report.view.terminal:
        with captured() as console:
            print_rich(findings, report.sources, files, console, unreadable)
        return console.text
    lines = []
    for f in findings:
        line = f"{_where(f)}: {f.code} [{f.level}] {f.message}"
        if f.source_line is not None:
            line += f" (file line {f.source_line})"
        if f.fix is not None:
            line += f" (fix: {f.fix})"
        lines.append(line)
    lines.append(summary(findings, files, unreadable))
    return "\n".join(lines) + "\n"


def print_rich(
    findings: Sequence[Diagnostic],
    sources: Mapping[str, list[str]],
    files: int,
    console: Any,
    unreadable: int = 0,
) -> None:
    """On a terminal: each finding with its source line and the span underlined."""
    from rich.text import Text

    styles = {"error": "bold red", "warning": "bold yellow", "note": "bold cyan"}
    for f in findings:
        head = Text()
        head.append(_where(f), style="bold")
        head.append(": ")
        head.append(f.code, style=styles[f.level])
        head.append(f" [{f.level}] {f.message}")
        console.print(head)
        lines = sources.get(f.file or "", [])
        if f.span and 0 < f.span.start.line <= len(lines):
            source = lines[f.span.start.line - 1]
            start = f.span.start.column - 1
            end = f.span.end.column - 1 if f.span.end.line == f.span.start.line else len(source)
            number = f"{f.span.start.line:>5} | "
            console.print(Text(number, style="dim") + Text(source), soft_wrap=True)
            width = sum(2 if _wide(c) else 1 for c in source[start : max(end, start + 1)])
            pad = sum(2 if _wide(c) else 1 for c in source[:start])
            console.print(Text(" " * len(number) + " " * pad + "^" * max(width, 1), style=styles[f.level]))
        if f.fix is not None:
            console.print(Text(f"      fix: replace with {f.fix}", style="green"))
    console.print(summary(findings, files, unreadable))


def _wide(char: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(char) in ("W", "F")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(report: Report[Findings]) -> str:
    """GitHub Actions workflow commands, escaped as the Actions toolkit escapes them."""
    if report.view.statistics:
        return _statistics(report, as_json=False)
    out = []
    for f in _all(report):
        props = [f"file={_escape_property(f.file or '')}"]
        if f.source_line is not None:
            props.append(f"line={f.source_line}")  # a rich format: the paragraph's line in the file
        elif f.span:
            props += [
                f"line={f.span.start.line}",
                f"col={f.span.start.column}",
                f"endLine={f.span.end.line}",
                f"endColumn={f.span.end.column}",
            ]
        props.append(f"title={_escape_property(f'{f.code} {f.name}')}")
        out.append(f"::{_GITHUB_LEVEL[f.level]} {','.join(props)}::{_escape_data(f.message)}")
    return "".join(line + "\n" for line in out)


def as_sarif(report: Report[Findings]) -> str:
    """SARIF 2.1.0 with ``columnKind: unicodeCodePoints`` and a rule entry per code."""
    if report.view.statistics:
        return _statistics(report, as_json=True)
    findings, failures = _all(report), report.failures
    codes = list(RULES)
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.summary},
            "defaultConfiguration": {"level": rule.level},
            "helpUri": f"https://github.com/resparse/resparse#{rule.code.lower()}",
        }
        for rule in RULES.values()
    ]
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": f.level,
            "message": {"text": f.message},
        }
        region: dict[str, int] | None = None
        if f.source_line is not None:
            region = {"startLine": f.source_line}  # a rich format: the paragraph's line in the file
        elif f.span:
            region = {
                "startLine": f.span.start.line,
                "startColumn": f.span.start.column,
                "endLine": f.span.end.line,
                "endColumn": f.span.end.column,
            }
        if region is not None:
            location: dict[str, Any] = {
                "physicalLocation": {"artifactLocation": {"uri": _uri(f.file)}, "region": region}
            }
            if f.paragraph:
                location["logicalLocations"] = [{"name": f.paragraph, "kind": "paragraph"}]
            result["locations"] = [location]
        if region is not None and f.source_line is None and f.fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": f"replace with {f.fix}"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(f.file)},
                            "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix}}],
                        }
                    ],
                }
            ]
        results.append(result)
    log = {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "resparse",
                        "version": __version__,
                        "informationUri": "https://github.com/resparse/resparse",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not failures,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": failure}} for failure in failures
                        ],
                    }
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str | None) -> str:
    """A relative URI reference for a file path (SARIF wants URIs: spaces and ``#`` are escaped)."""
    from urllib.parse import quote

    return quote((path or "").replace("\\", "/"), safe="/:")


def _statistics(report: Report[Findings], as_json: bool) -> str:
    text = statistics(_all(report), as_json)
    return text + "\n" if text else ""


def statistics(findings: Sequence[Diagnostic], as_json: bool = False) -> str:
    """A count per code, most frequent first (``--statistics``)."""
    counts = Counter(f.code for f in findings)
    if as_json:
        rows = [
            {"code": c, "name": RULES[c].name, "level": RULES[c].level, "count": n}
            for c, n in counts.most_common()
        ]
        return json.dumps(rows, indent=2)
    return "\n".join(
        f"{n:>5}\t{code}\t[{RULES[code].level}] {RULES[code].name}" for code, n in counts.most_common()
    )
