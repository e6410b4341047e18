"""Rules on hyperlinks: dangling, mismatched, missing and malformed links (RS301–RS304)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from resparse.checks.context import Context
from resparse.citations.resolve import document_key, keys_of, language_of_url, symbol_of_url, within_parts
from resparse.model import Diagnostic
from resparse.rules import Term

_LANGUAGE_SEGMENTS = {"zh": {"ch", "zh"}, "en": {"en"}}
#: The share of a page's other citations that must be linked before an unlinked one is worth a note.
_LINKED_SHARE = 0.75


def check(ctx: Context) -> Iterator[Diagnostic]:
    document = ctx.document
    for link in ctx.references.unmatched_links:
        target = symbol_of_url(link.url)
        if target is None:
            continue  # a link to a web page, not to a document: RS304 says so
        place = Term("paragraph" if link.paragraph else "page")
        yield ctx.finding("RS301", link.span, link.paragraph, target=target, place=place)
    for c in ctx.citations:
        if c.link is None:
            continue
        if c.symbol is None:
            continue  # what the text cites cannot be named: no link can be said to point elsewhere
        target = symbol_of_url(c.link.url)
        if target is not None and document_key(target) not in keys_of(c) and not within_parts(target, c):
            yield ctx.finding("RS302", c.span, c.paragraph, text=c.text, target=target, symbol=c.symbol)
    for link in document.links:
        if symbol_of_url(link.url) is None:
            yield ctx.finding("RS304", link.span, link.paragraph, variant="not-a-document-link", url=link.url)
            continue
        segment = language_of_url(link.url)
        if segment is not None and segment not in _LANGUAGE_SEGMENTS.get(
            document.language, {document.language}
        ):
            yield ctx.finding(
                "RS304",
                link.span,
                link.paragraph,
                variant="language",
                url=link.url,
                segment=segment,
                language=document.language,
            )
    yield from _unlinked(ctx)


def _unlinked(ctx: Context) -> Iterator[Diagnostic]:
    if not ctx.document.links:
        return
    # Links read from HTML or XML know their paragraph; PDF links only their page.
    by_paragraph = any(link.paragraph is not None for link in ctx.document.links)
    by_place = defaultdict(list)
    for c in ctx.citations:
        if c.form == "committee-name":
            continue
        key = (
            ("paragraph", c.paragraph) if by_paragraph else ("page", ctx.document.page_at(c.span.start.line))
        )
        by_place[key].append(c)
    for (kind, _), citations in by_place.items():
        # For an unlinked citation, the others are all the place's citations but itself, and as many
        # of them are linked as in the whole place.
        others = len(citations) - 1
        linked = sum(1 for c in citations if c.link is not None)
        if not others or linked / others < _LINKED_SHARE:
            continue
        for c in citations:
            if c.link is None:
                yield ctx.finding("RS303", c.span, c.paragraph, symbol=c.symbol, place=Term(kind))
