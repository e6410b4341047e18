"""Attach the hyperlinks a document carries to the citations they belong to.

In PDF text the links of a page are listed, in order, under the page; they are a subsequence of the
page's citations, also in order. Links from HTML or XML know their paragraph (and often their text),
so they are aligned within the paragraph instead. The alignment is a small dynamic programme that
prefers pairs naming the same document, but also pairs a link with a citation at its place in the
order when the link points elsewhere — that is the link-mismatch a linter reports.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from resparse.citations.resolve import (
    body_of_symbol,
    citation_type,
    document_key,
    is_possible,
    keys_of,
    same_number,
    symbol_of_url,
)
from resparse.model import Citation, Document, Link

_MATCH = 4
_MISMATCH = 1
#: The largest table of links × citations aligned exactly (a page of a real resolution has a few dozen).
_TABLE_LIMIT = 250_000


class Attached(NamedTuple):
    """Citations with their links set, and the links that matched no citation."""

    citations: tuple[Citation, ...]
    unmatched: tuple[Link, ...]


def attach(document: Document, citations: Sequence[Citation]) -> Attached:
    """Pair every link of ``document`` with at most one citation."""
    if not document.links:
        return Attached(tuple(citations), ())
    paired: dict[int, Link] = {}
    unmatched: list[Link] = []
    groups = _by_place(document.links)
    at_place = _citations_by_place(document, citations, {kind for kind, _ in groups})
    for key, links in groups.items():
        # A citation that runs over a page break may carry the link of either page.
        candidates = [i for i in at_place.get(key, ()) if i not in paired]
        pairs, left = _align(links, [citations[i] for i in candidates])
        paired.update({candidates[ci]: link for li, ci in pairs for link in [links[li]]})
        unmatched.extend(links[i] for i in left)
    # A link whose citation straddles a page break is listed under the neighbouring page: retry those.
    still: list[Link] = []
    by_document: dict[str, list[int]] | None = None
    for link in unmatched:
        target = document_key(symbol_of_url(link.url))
        if link.paragraph is not None or link.page is None or target is None:
            still.append(link)
            continue
        if by_document is None:
            by_document = defaultdict(list)
            for i, c in enumerate(citations):
                for known in keys_of(c):
                    by_document[known].append(i)
        spare = next(
            (
                i
                for i in by_document.get(target, ())
                if i not in paired and abs(document.page_at(citations[i].span.start.line) - link.page) <= 1
            ),
            None,
        )
        if spare is not None:
            paired[spare] = link
        else:
            still.append(link)
    linked = tuple(_named_by_link(c, paired[i]) if i in paired else c for i, c in enumerate(citations))
    wrapped = _wrapped_twice(document.links, linked)
    return Attached(
        linked, tuple(link for link in still if link not in wrapped and not _on_a_part(link, linked))
    )


def _wrapped_twice(links: Sequence[Link], citations: Sequence[Citation]) -> set[Link]:
    """The second link of a citation that a line break cut in two (``(S/`` / ``PRST/2012/10)``): a
    PDF carries one link rectangle for each line, both listed under the page. It belongs to the
    citation that carries the first."""
    carriers = {c.link: c for c in citations if c.link is not None and c.span.start.line != c.span.end.line}
    return {
        link
        for before, link in pairwise(links)
        if before in carriers
        and link.url == before.url
        and link.page in (before.page, (before.page or 0) + 1)
    }


def _named_by_link(citation: Citation, link: Link) -> Citation:
    """The citation with its link; where the text names no body for it (``根据第34/24号决议``, read as
    the citing document's own organ's), the body the document's own hyperlink names, for that same
    number (``A/HRC/RES/34/24``). A body the text names stands, whatever the link says (RS302)."""
    linked = citation.with_link(link)
    if citation.organ_source == "text" or citation.form != "resolution":
        return linked
    target = symbol_of_url(link.url)
    body = body_of_symbol(target)
    if target is None or body is None or document_key(target) in keys_of(citation):
        return linked
    if not same_number(target, citation) or not is_possible(target):
        return linked
    kind = citation_type(target, body)
    return linked._replace(symbol=target, type=kind, organ=body, url=link.url.strip(), organ_source="link")


def _on_a_part(link: Link, citations: Sequence[Citation]) -> bool:
    """A second link on one citation of several parts (``53/243 A和<a>B</a>``): the link of that part."""
    if link.paragraph is None:
        return False
    target = document_key(symbol_of_url(link.url))
    return target is not None and any(
        c.part and c.link is not None and c.paragraph == link.paragraph and target in keys_of(c)
        for c in citations
    )


def _by_place(links: Sequence[Link]) -> dict[tuple[str, object], list[Link]]:
    groups: dict[tuple[str, object], list[Link]] = defaultdict(list)
    for link in links:
        key = ("paragraph", link.paragraph) if link.paragraph is not None else ("page", link.page)
        groups[key].append(link)
    return groups


def _citations_by_place(
    document: Document, citations: Sequence[Citation], kinds: set[str]
) -> dict[tuple[str, object], list[int]]:
    """The citations (by index, in order) at each place a link can be listed: a paragraph, a page."""
    at_place: dict[tuple[str, object], list[int]] = defaultdict(list)
    for i, citation in enumerate(citations):
        if "paragraph" in kinds:
            at_place["paragraph", citation.paragraph].append(i)
        if "page" in kinds:
            first = document.page_at(citation.span.start.line)
            last = document.page_at(citation.span.end.line)
            at_place["page", first].append(i)
            if last != first:
                at_place["page", last].append(i)
    return at_place


def _align(links: Sequence[Link], citations: Sequence[Citation]) -> tuple[list[tuple[int, int]], list[int]]:
    """In-order pairing of links with citations maximising same-document pairs."""
    n, m = len(links), len(citations)
    targets = [document_key(symbol_of_url(link.url)) for link in links]
    symbols = [keys_of(citation) for citation in citations]
    if n * m > _TABLE_LIMIT:
        return _align_greedily(links, citations, targets, symbols)

    # A committee named by its number ("1540 委员会") is rarely the hyperlinked mention.
    matched = [_MATCH - 1 if citation.form == "committee-name" else _MATCH for citation in citations]
    placed = [link.text is not None and bool(link.text.strip()) for link in links]
    # score[i][j]: how well link i fits citation j (0: it cannot be paired with it at all).
    score = [
        [
            0
            if placed[i] and not _overlaps(link, citation)
            else (_MISMATCH if target is None or target not in symbols[j] else matched[j])
            for j, citation in enumerate(citations)
        ]
        for i, (link, target) in enumerate(zip(links, targets, strict=True))
    ]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below, scores = best[i], best[i + 1], score[i]
        for j in range(m - 1, -1, -1):  # every cell of the table: no call to max() in it
            s = scores[j]
            here = below[j]
            if row[j + 1] > here:
                here = row[j + 1]
            if s and below[j + 1] + s > here:
                here = below[j + 1] + s
            row[j] = here
    pairs: list[tuple[int, int]] = []
    left: list[int] = []
    i = j = 0
    while i < n:
        if j < m and (s := score[i][j]) and best[i][j] == best[i + 1][j + 1] + s:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif j < m and best[i][j] == best[i][j + 1]:
            j += 1
        else:
            left.append(i)
            i += 1
    return pairs, left


def _align_greedily(
    links: Sequence[Link],
    citations: Sequence[Citation],
    targets: list[str | None],
    symbols: list[frozenset[str]],
) -> tuple[list[tuple[int, int]], list[int]]:
    """In order, each link with the next citation of its document (under it, when it has a place).

    For a place too large for the table of :func:`_align` (a page or paragraph of thousands of links
    and citations, which real documents do not have): linear in links and citations, never quadratic.
    """
    where: dict[str | None, list[int]] = defaultdict(list)
    for j, keys in enumerate(symbols):
        for key in keys:
            where[key].append(j)
    pairs: list[tuple[int, int]] = []
    left: list[int] = []
    after = 0  # citations before this one are behind us
    for i, (link, target) in enumerate(zip(links, targets, strict=True)):
        candidates = where.get(target, []) if target is not None else []
        k = bisect_left(candidates, after)
        placed = link.text is not None and bool(link.text.strip())
        if k < len(candidates) and (not placed or _overlaps(link, citations[candidates[k]])):
            pairs.append((i, candidates[k]))
            after = candidates[k] + 1
        else:
            left.append(i)
    return pairs, left


def _overlaps(link: Link, citation: Citation) -> bool:
    """A link that carries its own text span must overlap the citation it is paired with."""
    return not (link.span.end <= citation.span.start or citation.span.end <= link.span.start)
