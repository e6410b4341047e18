"""Renderings of linter findings: text (like ruff's), JSON, GitHub Actions commands and SARIF 2.1.0.

Formats an editor or CI reads (text, GitHub, SARIF) point at the finding's place in the file itself:
for a rich format read with positions (Akoma Ntoso XML) that is its line and column in the XML, not
in the text view; JSON gives both.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from resparse.model import Diagnostic, Findings, Span
from resparse.render import Report, View
from resparse.render.console import captured
from resparse.render.json import Lazy, pretty
from resparse.rules import RULES, count, word
from resparse.version import __version__

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The formats ``--statistics`` writes (a count per rule is text or JSON, nothing an editor opens).
STATISTICS_FORMATS = ("text", "json")


def finding_dict(f: Diagnostic) -> dict[str, Any]:
    """A finding as JSON: ``line``/``column`` count the text view of a rich format; ``source`` is its
    place in the file itself, when that is known."""
    span = f.span
    data: dict[str, Any] = {
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
    }
    if f.page is not None:
        data["page"] = f.page
    if f.rect is not None:
        data["rect"] = list(f.rect)
    if f.source_line is not None:
        data["source_line"] = f.source_line
    if f.source_span is not None:
        where = f.source_span
        data["source"] = {
            "line": where.start.line,
            "column": where.start.column,
            "end_line": where.end.line,
            "end_column": where.end.column,
        }
    if f.counterpart is not None:  # compare: the place in the original the finding is about
        there = f.counterpart
        data["counterpart"] = {
            "file": there.file,
            "line": there.span.start.line,
            "column": there.span.start.column,
            "end_line": there.span.end.line,
            "end_column": there.span.end.column,
            "excerpt": there.excerpt,
        }
    return data


def _all(report: Report[Findings]) -> list[Diagnostic]:
    return [finding for result in report.results for finding in result.findings]


def _lang(report: Report[Findings]) -> str:
    """The language of the run's own words: that of the messages (command line or configuration)."""
    return report.results[0].lang if report.results else report.view.lang


def _place(f: Diagnostic) -> Span | None:
    """Where an editor should go: the finding's place in the file (a rich format's, when known)."""
    return f.source_span if f.source_span is not None else f.span


def findings_record(result: Findings, view: View) -> str:
    """``check --format jsonl``: one line per file."""
    data = {"file": result.file, "findings": [finding_dict(f) for f in result.findings]}
    return json.dumps(data, ensure_ascii=False)


def as_json(report: Report[Findings]) -> Iterator[str]:
    if report.view.statistics:
        yield _statistics(report, as_json=True)
        return
    yield from pretty(Lazy(finding_dict(f) for result in report.results for f in result.findings))
    yield "\n"


def _where(f: Diagnostic) -> str:
    """``file:line:column``; in a PDF ``file:pPAGE:line:column`` (the line of its text view)."""
    place = _place(f)
    if place is None:
        return f"{f.file}"
    page = f"p{f.page}:" if f.page is not None else ""
    return f"{f.file}:{page}{place.start.line}:{place.start.column}"


def summary(findings: Sequence[Diagnostic], files: int, unreadable: int = 0, lang: str = "en") -> str:
    """The closing line: how many findings of each level, in how many files."""
    checked = files - unreadable
    found = count(lang, len(findings), "finding")
    if unreadable and not checked:
        return word(lang, "none-read", unreadable=count(lang, unreadable, "file"))
    if unreadable:
        errors = count(lang, sum(1 for f in findings if f.level == "error"), "error")
        return word(
            lang,
            "found-unreadable",
            findings=found,
            errors=errors,
            files=count(lang, checked, "file"),
            unreadable=count(lang, unreadable, "file"),
        )
    if not findings:
        return word(lang, "passed", files=count(lang, files, "file"))
    levels = Counter(f.level for f in findings)
    parts = [count(lang, levels[level], level) for level in ("error", "warning", "note")]
    separator = "，" if lang == "zh" else ", "
    return word(lang, "found", findings=found, levels=separator.join(parts), files=count(lang, files, "file"))


def as_text(report: Report[Findings]) -> Iterator[str]:
    """``path:line:col: RS101 [error] message``, one per line, then a summary (on a terminal: in place)."""
    if report.view.statistics:
        yield _statistics(report, as_json=False)
        return
    lang = _lang(report)
    if report.view.terminal:
        with captured() as console:
            print_rich(_all(report), report.sources, report.files, console, len(report.failures), lang)
        yield console.text
        return
    for result in report.results:
        for f in result.findings:
            line = f"{_where(f)}: {f.code} [{word(lang, f.level)}] {f.message}"
            if f.fix is not None:
                line += f" ({word(lang, 'fix', fix=f.fix)})"
            yield line + "\n"
    yield summary(_all(report), report.files, len(report.failures), lang) + "\n"


def print_rich(
    findings: Sequence[Diagnostic],
    sources: Mapping[str, list[str]],
    files: int,
    console: Any,
    unreadable: int = 0,
    lang: str = "en",
) -> None:
    """On a terminal: each finding with an excerpt of its line cut to the terminal, the span underlined.

    As ruff shows it: a paragraph of a resolution is much wider than a terminal, so the excerpt is the
    stretch of the line around the span, and the carets sit under the cited text however wide the
    characters are (CJK characters take two columns).
    """
    from rich.text import Text

    styles = {"error": "bold red", "warning": "bold yellow", "note": "bold cyan"}
    for f in findings:
        head = Text()
        head.append(_where(f), style="bold")
        head.append(": ")
        head.append(f.code, style=styles[f.level])
        head.append(f" [{word(lang, f.level)}] {f.message}")
        console.print(head, soft_wrap=True)
        place = _place(f)
        lines = sources.get(f.file or "", [])
        here = ""  # the words of this file the finding is about, beside the original's in a comparison
        if place and 0 < place.start.line <= len(lines):
            source = lines[place.start.line - 1]
            start = place.start.column - 1
            end = place.end.column - 1 if place.end.line == place.start.line else len(source)
            gutter = f"{place.start.line:>5} | "
            shown, pad, width = excerpt(source, start, end, max(console.width - len(gutter), 20))
            console.print(Text(gutter, style="dim") + Text(shown), soft_wrap=True)
            carets = " " * (len(gutter) + pad) + "^" * max(width, 1)
            console.print(Text(carets, style=styles[f.level]), soft_wrap=True)
            here = source[max(0, start - _AROUND_BEFORE) : end + _AROUND_AFTER].strip()
        if f.counterpart is not None:
            _print_counterpart(f, here, console)
        if f.fix is not None:
            console.print(
                Text(f"      {word(lang, 'fix-replace', fix=f.fix)}", style="green"), soft_wrap=True
            )
    console.print(summary(findings, files, unreadable, lang), soft_wrap=True)


def _print_counterpart(f: Diagnostic, here: str, console: Any) -> None:
    """A comparison's finding: the two texts side by side on a wide terminal, one above the other on
    a narrow one."""
    from rich.table import Table

    there = f.counterpart
    assert there is not None
    label = f"{Path(there.file).name}:{there.span.start.line}:{there.span.start.column}"
    if console.width >= _SIDE_BY_SIDE:
        table = Table(show_header=True, header_style="dim", box=None, padding=(0, 2), expand=True)
        table.add_column("here", ratio=1, overflow="fold")
        table.add_column(label, ratio=1, overflow="fold")
        table.add_row(here, there.excerpt)
        console.print(table)
    else:
        console.print(f"      {label}: {there.excerpt}", style="dim", soft_wrap=True)


#: The terminal width from which a comparison's two texts are shown side by side.
_SIDE_BY_SIDE = 100
#: How many characters of this file are shown beside the original, before and after the span.
_AROUND_BEFORE = 10
_AROUND_AFTER = 20


def excerpt(line: str, start: int, end: int, columns: int) -> tuple[str, int, int]:
    """The stretch of ``line`` around ``[start, end)`` that fits in ``columns``, as it is shown.

    Returns the text to show (``…`` where the line was cut), the columns before the span in it, and
    the columns the span takes in it (cut, too, when it is wider than the room).
    """
    line = line.expandtabs(1)
    start = min(max(start, 0), len(line))
    end = max(min(end, len(line)), start + 1)
    widths = [display_width(c) for c in line]
    room = columns - 2  # the two ellipses
    # Up to a third of the room for what comes before the span, then the span and what follows it.
    first, before = start, 0
    while first > 0 and before + widths[first - 1] <= room // 3:
        first -= 1
        before += widths[first]
    last, used = start, before
    while last < len(line) and used + widths[last] <= room:
        used += widths[last]
        last += 1
    while first > 0 and used + widths[first - 1] <= room:  # the end of the line is near: show more before
        first -= 1
        used += widths[first]
    shown = ("…" if first > 0 else "") + line[first:last] + ("…" if last < len(line) else "")
    pad = (1 if first > 0 else 0) + sum(widths[first:start])
    return shown, pad, sum(widths[start : min(end, last)])


def display_width(char: str) -> int:
    """The columns a character takes on a terminal: two for the wide and full-width (CJK) ones."""
    import unicodedata

    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(report: Report[Findings]) -> str:
    """GitHub Actions workflow commands, escaped as the Actions toolkit escapes them.

    An annotation per finding at its place in the file, and one per file that could not be read.
    """
    out = []
    for f in _all(report):
        props = [f"file={_escape_property(f.file or '')}"]
        place = _place(f)
        if f.source_span is None and f.source_line is not None:
            props.append(f"line={f.source_line}")  # a rich format without positions: the element's line
        elif place is not None:
            props += [
                f"line={place.start.line}",
                f"col={place.start.column}",
                f"endLine={place.end.line}",
                f"endColumn={place.end.column}",
            ]
        props.append(f"title={_escape_property(f'{f.code} {f.name}')}")
        out.append(f"::{_GITHUB_LEVEL[f.level]} {','.join(props)}::{_escape_data(f.message)}")
    title = _escape_property(word(_lang(report), "unreadable"))
    for failure in report.failures:
        name = failure.split(": ", 1)[0]
        out.append(f"::error file={_escape_property(name)},title={title}::{_escape_data(failure)}")
    return "".join(line + "\n" for line in out)


def _region(f: Diagnostic) -> dict[str, int] | None:
    """The SARIF region of a finding: in the file itself; a rich format without positions, its line."""
    if f.source_span is None and f.source_line is not None:
        return {"startLine": f.source_line}
    place = _place(f)
    if place is None:
        return None
    return {
        "startLine": place.start.line,
        "startColumn": place.start.column,
        "endLine": place.end.line,
        "endColumn": place.end.column,
    }


def as_sarif(report: Report[Findings]) -> str:
    """SARIF 2.1.0 with ``columnKind: unicodeCodePoints`` and a rule entry per code."""
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
        region = _region(f)
        if region is not None:
            location: dict[str, Any] = {
                "physicalLocation": {"artifactLocation": {"uri": _uri(f.file)}, "region": region}
            }
            if f.paragraph:
                location["logicalLocations"] = [{"name": f.paragraph, "kind": "paragraph"}]
            result["locations"] = [location]
        if f.page is not None:
            result["properties"] = {"page": f.page}
        if f.counterpart is not None:
            there = f.counterpart
            result["relatedLocations"] = [
                {
                    "id": 1,
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(there.file)},
                        "region": {
                            "startLine": there.span.start.line,
                            "startColumn": there.span.start.column,
                            "endLine": there.span.end.line,
                            "endColumn": there.span.end.column,
                        },
                    },
                    "message": {"text": there.excerpt},
                }
            ]
        if region is not None and "startColumn" in region and f.fix is not None:
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
