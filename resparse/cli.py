"""The ``resparse`` command line: a thin layer over :mod:`resparse.api` and :mod:`resparse.corpus`.

Exit codes: 0 success, 1 findings at error level (``check``), 2 bad input, options or configuration.
Every command takes files, directories and glob patterns; ``--jobs`` spreads them over processes and
the results come out in input order (``--format jsonl`` streams one JSON object per file per line).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import click

from resparse import api, corpus

_ENCODING = click.option("--encoding", default=None, help="Force the input encoding (default: detect).")
_INPUT_FORMAT = click.option(
    "--input-format",
    type=click.Choice(list(api.INPUT_FORMATS)),
    default=None,
    help="Read FILE as this format (default: by extension; .docx, .html, .xml/.akn, else text).",
)
_JOBS = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores)."
)
_QUIET = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on the terminal.")


def _inputs(command):
    return _ENCODING(_INPUT_FORMAT(_JOBS(_QUIET(command))))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="resparse")
def main() -> None:
    """Split, cite-check and lint the Chinese text of United Nations resolutions."""


def _outcomes(
    paths: tuple[str, ...], work: Callable, options: corpus.Options, jobs: int | None, quiet: bool
) -> Iterator[corpus.Outcome]:
    """Run ``work`` over every file; report each unreadable one on a line of its own and go on."""
    total = sum(1 for _ in corpus.iter_files(paths))  # counted, not listed: the walk is repeated lazily
    if not total:
        click.echo(
            f"resparse: error: {', '.join(paths)}: no files to read ({', '.join(corpus.SUFFIXES)})", err=True
        )
        sys.exit(2)
    jobs = 1 if "-" in paths else jobs or corpus.default_jobs()
    progress = corpus.Progress(total, quiet)
    click.get_current_context().call_on_close(progress.close)  # the summary comes after the results
    try:
        for outcome in corpus.run(corpus.iter_files(paths), work, options, jobs, total):
            progress.advance(outcome)
            if outcome.error:
                if progress.bar is not None:
                    progress.bar.console.print(
                        f"resparse: error: {outcome.error}", markup=False, highlight=False
                    )
                else:
                    click.echo(f"resparse: error: {outcome.error}", err=True)
            yield outcome
    finally:
        progress.stop()


# -- split -------------------------------------------------------------------------------------------
@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl", "akn"]),
    default="text",
    show_default=True,
    help="akn: Akoma Ntoso 3.0 XML (one file, or --output-dir for several).",
)
@click.option(
    "--output-dir", type=click.Path(file_okay=False), help="With --format akn: write NAME.akn.xml here."
)
@_inputs
def split(
    files: tuple[str, ...],
    fmt: str,
    output_dir: str | None,
    encoding: str | None,
    input_format: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Split FILE(s) into formula, preambular and operative paragraphs (``-`` reads stdin)."""
    if fmt == "akn" and len(corpus.expand(files)) > 1 and not output_dir:
        raise click.UsageError("--format akn writes one document: give one FILE, or --output-dir for several")
    options = corpus.Options(input_format=input_format, encoding=encoding, output=fmt)
    status, documents = 0, []
    for outcome in _outcomes(files, corpus.split_one, options, jobs, quiet):
        if outcome.error:
            status = 2
        elif fmt == "jsonl":
            click.echo(outcome.result)
        else:
            documents.append(outcome.result)
    if fmt == "json" and (documents or not status):
        from resparse.render.json import dumps

        click.echo(dumps([_document_dict(d) for d in documents]))
    elif fmt == "akn":
        _write_akn(documents, output_dir)
    elif fmt == "text":
        _print_split(documents)
    sys.exit(status)


def _document_dict(document) -> dict:
    from resparse.render.json import document_dict

    return document_dict(document)


def _jsonl(data) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False))


def _write_akn(documents: list, output_dir: str | None) -> None:
    from pathlib import Path

    from resparse.render.akn import to_akn

    written: set[Path] = set()
    for document in documents:
        xml = to_akn(api.refs(document))
        if output_dir is None:
            sys.stdout.buffer.write(xml)
            continue
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(document.file).stem if document.file != "<stdin>" else "stdin"
        target, copies = folder / f"{stem}.akn.xml", 1
        while target in written:  # two inputs with one name (a/draft.txt, b/draft.txt) keep both outputs
            copies += 1
            target = folder / f"{stem}-{copies}.akn.xml"
        written.add(target)
        target.write_bytes(xml)


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


# -- refs --------------------------------------------------------------------------------------------
@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
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
    jobs: int | None,
    quiet: bool,
) -> None:
    """List every document FILE(s) cite, resolved to its symbol and link."""
    from resparse.errors import InputError
    from resparse.render import refs as render

    if register_path:
        try:
            corpus._register(register_path)
        except InputError as exc:
            raise click.UsageError(str(exc)) from None
    options = corpus.Options(
        input_format=input_format,
        encoding=encoding,
        register=register_path,
        link_style=link_style,
        lang=lang,
        output=fmt,
        kind=kind,
        distinct=distinct,
    )
    status, results = 0, []
    for outcome in _outcomes(files, corpus.refs_one, options, jobs, quiet):
        if outcome.error:
            status = 2
        elif fmt == "jsonl":
            click.echo(outcome.result)
        else:
            results.append(outcome.result)
    if fmt == "json":
        from resparse.render.json import dumps

        click.echo(dumps([render.refs_dict(r, kind, distinct) for r in results]))
    elif fmt == "csv":
        click.echo(render.refs_csv(results, kind, distinct), nl=False)
    elif fmt == "table":
        from rich.console import Console

        console = Console(soft_wrap=not sys.stdout.isatty())
        for result in results:
            render.refs_table(result, console, kind, distinct)
    sys.exit(status)


# -- check -------------------------------------------------------------------------------------------
CHECKED_SUFFIXES = corpus.SUFFIXES


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
    type=click.Choice(["text", "json", "jsonl", "github", "sarif"]),
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
    jobs: int | None,
    quiet: bool,
) -> None:
    """Lint FILE(s) or DIR(s) for broken references and structure (exit 1 on errors)."""
    from resparse.render import findings as render

    options = corpus.Options(
        input_format=input_format,
        encoding=encoding,
        register=register_path,
        config=config_path,
        select=_codes(select),
        ignore=_codes(ignore),
        min_level=min_level,
        message_lang=message_lang,
    )
    findings, failures, files, errors = [], [], 0, False
    for outcome in _outcomes(paths, corpus.check_one, options, jobs, quiet):
        files += 1
        if outcome.fatal:
            sys.exit(2)  # a configuration that cannot be used: nothing is checked against a wrong one
        if outcome.error:
            failures.append(outcome.error)
            continue
        errors = errors or any(f.level == "error" for f in outcome.result)
        if fmt == "jsonl":
            _jsonl({"file": outcome.file, "findings": [render.finding_dict(f) for f in outcome.result]})
        else:
            findings.extend(outcome.result)
    if fmt != "jsonl":
        _print_findings(findings, fmt, statistics, files, failures, encoding, input_format)
    status = 2 if failures else 0
    if status == 0 and not exit_zero and errors:
        status = 1
    sys.exit(status)


def _print_findings(
    findings: list,
    fmt: str,
    statistics: bool,
    files: int,
    failures: list[str],
    encoding: str | None,
    input_format: str | None,
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

        lines = _source_lines(findings, encoding, input_format)
        render.print_rich(findings, lines, files, Console(), len(failures))
    else:
        click.echo(render.as_text(findings, files, len(failures)))


def _source_lines(findings: list, encoding: str | None, input_format: str | None) -> dict[str, list[str]]:
    """The lines of each file with findings, to show them in place (a rich format: its text view)."""
    lines: dict[str, list[str]] = {}
    for name in {f.file for f in findings if f.file and f.file != "<stdin>"}:
        try:
            if (input_format or api.input_format_of(name)) == "text":
                view = api.read_text(name, encoding).text  # read, not parsed again
            else:
                view = api.load(name, input_format=input_format, encoding=encoding).text
            lines[name] = view.split("\n")
        except Exception:  # the lines are a courtesy; the findings stand without them
            continue
    return lines


# -- graph -------------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "graphml", "json"]), default="csv", show_default=True
)
@click.option(
    "--type", "kind", type=click.Choice(["sc", "ga", "document", "all"]), default="all", show_default=True
)
@_inputs
def graph(
    paths: tuple[str, ...],
    fmt: str,
    kind: str,
    encoding: str | None,
    input_format: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """The citation network of a corpus: documents as nodes, citations as edges (with counts)."""
    from resparse.graph import Graph

    options = corpus.Options(input_format=input_format, encoding=encoding)
    network, status = Graph(kind), 0
    for outcome in _outcomes(paths, corpus.refs_one, options, jobs, quiet):
        if outcome.error:
            status = 2
        else:
            network.add(outcome.result)
    output = {"csv": network.to_csv, "graphml": network.to_graphml, "json": network.to_json}[fmt]()
    click.echo(output, nl=not output.endswith("\n"))
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    main()
