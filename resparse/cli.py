"""The ``resparse`` command line: a thin layer over :mod:`resparse.api`.

Exit codes: 0 success, 1 findings at error level (``check``), 2 bad input, options or configuration.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from resparse import api
from resparse.errors import InputError

_ENCODING = click.option("--encoding", default=None, help="Force the input encoding (default: detect).")
_INPUT_FORMAT = click.option(
    "--input-format",
    type=click.Choice(list(api.INPUT_FORMATS)),
    default=None,
    help="Read FILE as this format (default: by extension; .docx, .html, .xml/.akn, else text).",
)


def _inputs(command):
    return _ENCODING(_INPUT_FORMAT(command))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="resparse")
def main() -> None:
    """Split, cite-check and lint the Chinese text of United Nations resolutions."""


def _each(
    files: Iterable[str], encoding: str | None, input_format: str | None, work: Callable[[Any], None]
) -> int:
    """Parse each file and hand it to ``work``; report unreadable files on one line and go on."""
    status = 0
    for name in files:
        try:
            work(api.load(name, input_format=input_format, encoding=encoding))
        except InputError as exc:
            click.echo(f"resparse: error: {exc}", err=True)
            status = 2
    return status


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "akn"]),
    default="text",
    show_default=True,
    help="akn: Akoma Ntoso 3.0 XML (one file, or --output-dir for several).",
)
@click.option(
    "--output-dir", type=click.Path(file_okay=False), help="With --format akn: write NAME.akn.xml here."
)
@_inputs
def split(
    files: tuple[str, ...], fmt: str, output_dir: str | None, encoding: str | None, input_format: str | None
) -> None:
    """Split FILE(s) into formula, preambular and operative paragraphs (``-`` reads stdin)."""
    if fmt == "akn" and len(files) > 1 and not output_dir:
        raise click.UsageError("--format akn writes one document: give one FILE, or --output-dir for several")
    documents = []
    status = _each(files, encoding, input_format, documents.append)
    if fmt == "json":
        from resparse.render.json import document_dict, dumps

        if documents or not status:
            click.echo(dumps([document_dict(d) for d in documents]))
    elif fmt == "akn":
        _write_akn(documents, output_dir)
    else:
        _print_split(documents)
    sys.exit(status)


def _write_akn(documents: list, output_dir: str | None) -> None:
    from pathlib import Path

    from resparse.render.akn import to_akn

    for document in documents:
        xml = to_akn(api.refs(document))
        if output_dir is None:
            sys.stdout.buffer.write(xml)
            continue
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(document.file).stem if document.file != "<stdin>" else "stdin"
        (folder / f"{stem}.akn.xml").write_bytes(xml)


def _print_split(documents: list) -> None:
    from resparse.render.text import split_plain

    if sys.stdout.isatty():
        from rich.console import Console

        from resparse.render.text import split_rich

        console = Console()
        for document in documents:
            split_rich(document, console)
        return
    for document in documents:
        click.echo(split_plain(document))


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@click.option(
    "--unique", "distinct", is_flag=True, help="One row per cited document, with count and paragraphs."
)
@click.option(
    "--type", "kind", type=click.Choice(["sc", "ga", "document", "all"]), default="all", show_default=True
)
@click.option(
    "--register", "register_path", type=click.Path(dir_okay=False), help="Full register CSV (dates, titles)."
)
@click.option("--link-style", type=click.Choice(["undocs", "docs"]), default="undocs", show_default=True)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en", "fr", "es", "ru", "ar"]),
    default=None,
    help="Language of the links (default: the document's language).",
)
@_inputs
def refs(
    files: tuple[str, ...],
    fmt: str,
    distinct: bool,
    kind: str,
    register_path: str | None,
    link_style: str,
    lang: str | None,
    encoding: str | None,
    input_format: str | None,
) -> None:
    """List every document FILE(s) cite, resolved to its symbol and link."""
    from resparse.citations.register import default_register

    try:
        register = default_register().with_csv(register_path) if register_path else None
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    results = []
    status = _each(
        files,
        encoding,
        input_format,
        lambda d: results.append(api.refs(d, register=register, link_style=link_style, lang=lang)),
    )
    from resparse.render import refs as render

    if fmt == "json":
        from resparse.render.json import dumps

        click.echo(dumps([render.refs_dict(r, kind, distinct) for r in results]))
    elif fmt == "csv":
        click.echo(render.refs_csv(results, kind, distinct), nl=False)
    else:
        from rich.console import Console

        console = Console(soft_wrap=not sys.stdout.isatty())
        for result in results:
            render.refs_table(result, console, kind, distinct)
    sys.exit(status)


CHECKED_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".xml", ".akn")


def expand(paths: Iterable[str]) -> list[str]:
    """Files named, and the checkable files below each directory named (sorted, hidden ones skipped)."""
    from pathlib import Path

    out: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in CHECKED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            out.extend(str(p) for p in found)
        else:
            out.append(name)
    return out


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    from resparse.checks.rules import validate_patterns

    codes = tuple(c.strip().upper() for value in values for c in value.split(",") if c.strip())
    unknown = validate_patterns(codes)
    if unknown:
        raise click.BadParameter(f"no rule is selected by {', '.join(unknown)}")
    return codes


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
)
@click.option(
    "--select", multiple=True, help="Rule codes or prefixes to check (e.g. RS1,RS201). Default: all."
)
@click.option("--ignore", multiple=True, help="Rule codes or prefixes not to check.")
@click.option(
    "--min-level",
    type=click.Choice(["note", "warning", "error"]),
    default=None,
    help="Hide findings below this level (default: note, or the configuration's).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option(
    "--statistics", is_flag=True, help="Show the number of findings per rule instead of the findings."
)
@click.option(
    "--message-lang", type=click.Choice(["en", "zh"]), default=None, help="Language of the messages."
)
@click.option("--register", "register_path", type=click.Path(dir_okay=False), help="Full register CSV.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@_inputs
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    min_level: str | None,
    exit_zero: bool,
    statistics: bool,
    message_lang: str | None,
    register_path: str | None,
    config_path: str | None,
    encoding: str | None,
    input_format: str | None,
) -> None:
    """Lint FILE(s) or DIR(s) for broken references and structure (exit 1 on errors)."""
    from resparse import config as configuration
    from resparse.checks import Selection
    from resparse.checks import check as run_checks
    from resparse.citations.register import default_register

    selected, ignored = _codes(select), _codes(ignore)
    registers: dict[object, object] = {}
    findings = []
    sources: dict[str, list[str]] = {}
    failures: list[str] = []
    status = 0
    files = expand(paths)
    for name in files:
        try:
            settings = configuration.for_file(name, config_path)
            register_file = register_path or settings.register
            if register_file not in registers:
                registers[register_file] = (
                    default_register().with_csv(register_file) if register_file else default_register()
                )
            document = api.load(name, input_format=input_format, encoding=encoding)
        except configuration.ConfigError as exc:
            click.echo(f"resparse: error: {exc}", err=True)
            sys.exit(2)
        except InputError as exc:
            click.echo(f"resparse: error: {exc}", err=True)
            failures.append(str(exc))
            status = 2
            continue
        if fmt == "text" and sys.stdout.isatty():
            # The source lines, to show each finding in place (a rich format shows its text view).
            view = document.text if document.format != "text" else api.read_text(name, encoding).text
            sources[document.file] = view.split("\n")
        selection = Selection(
            select=selected or settings.select or ("ALL",),
            ignore=(*settings.ignore, *ignored),
            min_level=min_level or settings.min_level or "note",
        )
        findings.extend(
            run_checks(
                api.refs(document, register=registers[register_file]),
                register=registers[register_file],
                lang=message_lang or settings.message_lang or "en",
                selection=selection,
                file_ignores=settings.ignores_for(name),
            )
        )
    _print_findings(findings, fmt, statistics, sources, len(files), failures)
    if status == 0 and not exit_zero and any(f.level == "error" for f in findings):
        status = 1
    sys.exit(status)


def _print_findings(
    findings: list, fmt: str, statistics: bool, sources: dict[str, list[str]], files: int, failures: list[str]
) -> None:
    from resparse.render import findings as render

    if statistics:
        table = render.statistics(findings, as_json=fmt in ("json", "sarif"))
        if table:
            click.echo(table)
    elif fmt == "json":
        click.echo(render.as_json(findings))
    elif fmt == "github":
        if findings:
            click.echo(render.as_github(findings))
    elif fmt == "sarif":
        click.echo(render.as_sarif(findings, failures))
    elif sys.stdout.isatty():
        from rich.console import Console

        render.print_rich(findings, sources, files, Console(), len(failures))
    else:
        click.echo(render.as_text(findings, files, len(failures)))


if __name__ == "__main__":  # pragma: no cover
    main()
