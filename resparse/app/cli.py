"""The ``resparse`` command line: click wiring over :mod:`resparse.app.tasks` and :mod:`resparse.render`.

Exit codes: 0 success, 1 findings at error level (``check``), 2 bad input, options or configuration.
Every command takes files, directories and glob patterns; ``--jobs`` spreads them over processes and
the results come out in input order (``--format jsonl`` streams one JSON object per file per line).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, NoReturn

import click

from resparse import api
from resparse.app import files as discovery
from resparse.app.run import Runner, collect, echo, run_check, source_lines, write
from resparse.app.settings import CheckSettings, GraphSettings, Reading, RefsSettings, SplitSettings
from resparse.app.tasks import graph_task, refs_task, split_task
from resparse.model import CITATION_KINDS
from resparse.render import FORMAT_NAMES, Report, View, formats
from resparse.rules import UnknownCodes, parse_codes

Command = Callable[..., Any]

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


class ByteSize(click.ParamType):
    """A size in bytes, with an optional K, M or G (binary multiples): ``64M``."""

    name = "size"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B").removesuffix("I")
        unit = text[-1:] if text[-1:] in self._UNITS else ""
        number = text[: len(text) - len(unit)]
        if not number.isdigit() or int(number) <= 0:
            self.fail(f"{value!r} is not a size such as 65536, 512K or 64M", param, ctx)
        return int(number) * self._UNITS[unit]


_MAX_SIZE = click.option(
    "--max-size",
    type=ByteSize(),
    default=None,
    help="Refuse any input larger than this (bytes, or with K, M, G; default: 64M).",
)


def _inputs(command: Command) -> Command:
    return _ENCODING(_INPUT_FORMAT(_MAX_SIZE(_JOBS(_QUIET(command)))))


def _format(command: str, default: str, help: str | None = None) -> Callable[[Command], Command]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(FORMAT_NAMES[command])),
        default=default,
        show_default=True,
        help=help,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="resparse")
def main() -> None:
    """Split, cite-check and lint the Chinese text of United Nations resolutions."""


def _runner(paths: tuple[str, ...], quiet: bool) -> Runner:
    """The files of this command line; the summary is printed after the results."""
    if "-" in paths and sys.stdin.isatty():
        echo("resparse: reading the text from the terminal; end it with Ctrl-D (or pipe a file in)", err=True)
    runner = Runner(paths, quiet)
    click.get_current_context().call_on_close(runner.close)
    return runner


def _fail(message: str) -> NoReturn:
    """A problem with the command line that is not about its syntax: one line, exit 2."""
    echo(f"resparse: error: {message}", err=True)
    sys.exit(2)


def _register_or_fail(path: str | None) -> None:
    """A register given with ``--register`` is read before any file is: a bad one stops the run."""
    if path:
        from resparse.citations.register import load_register
        from resparse.errors import InputError

        try:
            load_register(path)
        except InputError as exc:
            _fail(str(exc))


# -- split -------------------------------------------------------------------------------------------
@main.command(short_help="Split resolutions into their paragraphs.")
@click.argument("files", nargs=-1, required=True)
@_format("split", "text", "akn: Akoma Ntoso 3.0 XML (one file, or --output-dir for several).")
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
    max_size: int | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Split FILE(s) into formula, preambular and operative paragraphs ('-' reads standard input)."""
    if output_dir and fmt != "akn":
        raise click.UsageError("--output-dir writes Akoma Ntoso files: use it with --format akn")
    if fmt == "akn" and len(discovery.expand(files)) > 1 and not output_dir:
        raise click.UsageError("--format akn writes one document: give one FILE, or --output-dir for several")
    settings = SplitSettings(Reading(input_format, encoding, max_size), fmt, output_dir)
    view = View(terminal=sys.stdout.isatty())
    results, failures = collect(_runner(files, quiet), split_task, settings, jobs)
    emit = formats("split")[fmt].emit
    if fmt == "akn" and output_dir is not None:
        _write_akn(results, Path(output_dir))
    elif emit is not None:
        write(emit(Report(results, view, len(files), failures)))
    sys.exit(2 if failures else 0)


def _write_akn(results: list[Any], folder: Path) -> None:
    from resparse.render.akn import to_akn

    written: set[Path] = set()
    for references in results:
        document = references.document
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(document.file).stem if document.file != "<stdin>" else "stdin"
        target, copies = folder / f"{stem}.akn.xml", 1
        while target in written:  # two inputs with one name (a/draft.txt, b/draft.txt) keep both outputs
            copies += 1
            target = folder / f"{stem}-{copies}.akn.xml"
        written.add(target)
        target.write_bytes(to_akn(references))


# -- refs --------------------------------------------------------------------------------------------
@main.command(short_help="List the documents resolutions cite.")
@click.argument("files", nargs=-1, required=True)
@_format("refs", "table")
@click.option(
    "--unique", "distinct", is_flag=True, help="One row per cited document, with count and paragraphs."
)
@click.option("--type", "kind", type=click.Choice(list(CITATION_KINDS)), default="all", show_default=True)
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
    max_size: int | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """List every document FILE(s) cite, resolved to its symbol and link."""
    _register_or_fail(register_path)
    view = View(kind=kind, distinct=distinct, terminal=sys.stdout.isatty())
    settings = RefsSettings(
        Reading(input_format, encoding, max_size), fmt, view, register_path, link_style, lang
    )
    results, failures = collect(_runner(files, quiet), refs_task, settings, jobs)
    emit = formats("refs")[fmt].emit
    if emit is not None:
        write(emit(Report(results, view, len(files), failures)))
    sys.exit(2 if failures else 0)


# -- check -------------------------------------------------------------------------------------------
def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return parse_codes(values)
    except UnknownCodes as exc:
        raise click.BadParameter(str(exc)) from None


@main.command(short_help="Lint resolutions (exit 1 on errors).")
@click.argument("paths", nargs=-1, required=True)
@_format("check", "text")
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
    max_size: int | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Lint FILE(s) or DIR(s) for broken references and structure (exit 1 on errors)."""
    from resparse.render.findings import STATISTICS_FORMATS

    if statistics and fmt not in STATISTICS_FORMATS:
        raise click.UsageError(
            f"--statistics is a count per rule: use it with --format text or json, not {fmt}"
        )
    _register_or_fail(register_path)
    view = View(statistics=statistics, terminal=sys.stdout.isatty(), lang=message_lang or "en")
    settings = CheckSettings(
        Reading(input_format, encoding, max_size),
        fmt,
        view,
        select=_codes(select),
        ignore=_codes(ignore),
        min_level=min_level,
        message_lang=message_lang,
        register=register_path,
        config=config_path,
        exit_zero=exit_zero,
    )
    sys.exit(run_check(_runner(paths, quiet), settings, jobs))


# -- graph -------------------------------------------------------------------------------------------
@main.command(short_help="The citation network of a corpus.")
@click.argument("paths", nargs=-1, required=True)
@_format("graph", "csv")
@click.option("--type", "kind", type=click.Choice(list(CITATION_KINDS)), default="all", show_default=True)
@_inputs
def graph(
    paths: tuple[str, ...],
    fmt: str,
    kind: str,
    encoding: str | None,
    input_format: str | None,
    max_size: int | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """The citation network of a corpus: documents as nodes, citations as edges (with counts)."""
    from resparse.citations.network import NetworkBuilder

    settings = GraphSettings(Reading(input_format, encoding, max_size), fmt, kind)
    network, failures = NetworkBuilder(kind), []
    for outcome in _runner(paths, quiet).outcomes(graph_task, settings, jobs):
        if outcome.error:
            failures.append(outcome.error)
        elif outcome.result is not None:
            network.add(outcome.result)  # added as it comes: a corpus is never held whole
    emit = formats("graph")[fmt].emit
    assert emit is not None
    write(emit(Report([network.network()], View(kind=kind), len(paths), failures)))
    sys.exit(2 if failures else 0)


# -- compare -----------------------------------------------------------------------------------------
@main.command(short_help="Compare a Chinese text with its English original.")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--pairs",
    is_flag=True,
    help="PATHS are folders (or files) of both languages: each Chinese file is compared with the "
    "English one of the same symbol.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
)
def compare(paths: tuple[str, ...], pairs: bool, fmt: str) -> None:
    """Align a CHINESE text with its ENGLISH original (``compare ZH EN``) and report what did not
    survive the translation: a paragraph missing or added or numbered differently, a citation missing
    or added, a year, date, sum or paragraph reference written differently, an enumeration reordered
    (exit 1 on errors, 2 when a file cannot be read)."""
    from resparse.errors import InputError
    from resparse.model import Findings

    if not pairs and len(paths) != 2:
        raise click.UsageError("compare takes a Chinese file and its English original (or --pairs FOLDERS)")
    results: list[Findings] = []
    try:
        if pairs:
            matched, alone = api.pair_translations(discovery.expand(paths))
            for document in alone:
                echo(
                    f"resparse: note: {document.file}: no file of the other language has its symbol", err=True
                )
            for chinese, english in matched:
                results.append(Findings(chinese.file, tuple(api.compare(chinese, english))))
        else:
            results.append(Findings(paths[0], tuple(api.compare(paths[0], paths[1]))))
    except InputError as exc:
        _fail(str(exc))
    emit = formats("check")[fmt].emit
    assert emit is not None
    view = View(terminal=sys.stdout.isatty())
    # On a terminal each finding shows this text and the original's side by side.
    sources = source_lines(results, Reading()) if view.terminal else {}
    write(emit(Report(results, view, len(results), [], sources)))
    errors = any(f.level == "error" for result in results for f in result.findings)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
