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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="resparse")
def main() -> None:
    """Split, cite-check and lint the Chinese text of United Nations resolutions."""


def _each(files: Iterable[str], encoding: str | None, work: Callable[[Any], None]) -> int:
    """Parse each file and hand it to ``work``; report unreadable files on one line and go on."""
    status = 0
    for name in files:
        try:
            work(api.parse_source(api.read_text(name, encoding)))
        except InputError as exc:
            click.echo(f"resparse: error: {exc}", err=True)
            status = 2
    return status


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_ENCODING
def split(files: tuple[str, ...], fmt: str, encoding: str | None) -> None:
    """Split FILE(s) into formula, preambular and operative paragraphs (``-`` reads stdin)."""
    documents = []
    status = _each(files, encoding, documents.append)
    if fmt == "json":
        from resparse.render.json import document_dict, dumps

        if documents or not status:
            click.echo(dumps([document_dict(d) for d in documents]))
    else:
        _print_split(documents)
    sys.exit(status)


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
@click.option("--lang", default=None, help="Language segment of links (default: the document's language).")
@_ENCODING
def refs(
    files: tuple[str, ...],
    fmt: str,
    distinct: bool,
    kind: str,
    register_path: str | None,
    link_style: str,
    lang: str | None,
    encoding: str | None,
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


if __name__ == "__main__":  # pragma: no cover
    main()
