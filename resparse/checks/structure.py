"""Rules on the structure: numbering, internal references, punctuation, the formula (RS401–RS404)."""

from __future__ import annotations

from collections.abc import Iterator

from resparse.checks.context import Context
from resparse.grammar.chars import ends_terminal
from resparse.grammar.labels import SEQUENCES, core, follows_letter, relabel, sequence_of
from resparse.grammar.structure import HEADING_MAX
from resparse.model import Diagnostic, Paragraph, Span
from resparse.rules import Term

_CHINESE_MARKS = {"preambular": "，", "operative": "；", "final": "。", "lead-in": "："}
_ENGLISH_MARKS = {"preambular": ",", "operative": ";", "final": ".", "lead-in": ":"}


def check(ctx: Context) -> Iterator[Diagnostic]:
    paragraphs = ctx.document.paragraphs
    yield from _operative_numbers(ctx, paragraphs)
    yield from _sub_labels(ctx, paragraphs)
    yield from _internal_refs(ctx)
    yield from _punctuation(ctx, paragraphs)
    first_pp = next((p for p in paragraphs if p.kind == "preambular"), None)
    if first_pp is not None and any(note.code == "no-formula" for note in ctx.document.diagnostics):
        yield ctx.finding("RS404", first_pp.span, first_pp.id)


def _operative_numbers(ctx: Context, paragraphs: tuple[Paragraph, ...]) -> Iterator[Diagnostic]:
    """Operative numbers run 1, 2, 3 … in each part of a resolution; a section (under its heading) may
    start again at 1."""
    previous = position = 0
    part = None
    heading = False
    for p in paragraphs:
        if p.kind == "heading" or _reads_as_heading(p):
            heading = True
            continue
        if p.kind != "operative" or p.number is None:
            continue
        n = int(p.number or 0)
        if _part(p.id) != part or (heading and n == 1):
            part, previous, position = _part(p.id), 0, 0
        heading = False
        position += 1
        # A number is wrong when it follows neither the one before nor its place in the list: after a
        # repeat or a gap is reported, the paragraphs that carry on correctly are not reported again.
        if n != previous + 1 and n != position:
            yield _numbering(ctx, p, str(n), str(previous) if previous else None, str(previous + 1))
        previous = n


def _reads_as_heading(p: Paragraph) -> bool:
    """A short line without end punctuation, whatever the segmenter made of it (a section's title
    read as an item of the paragraph above): the numbering may start again under it."""
    return p.kind != "operative" and len(p.text) <= HEADING_MAX and not ends_terminal(p.text)


def _part(pid: str) -> str:
    """The part a paragraph id belongs to (``B.OP3`` → ``B.``), empty for a resolution in one part."""
    head, dot, _ = pid.partition(".")
    return head + dot if dot and head.isalpha() and head.isupper() else ""


def _sub_labels(ctx: Context, paragraphs: tuple[Paragraph, ...]) -> Iterator[Diagnostic]:
    siblings: dict[tuple[str, str], list[tuple[int, Paragraph]]] = {}
    restarts: set[str] = set()  # items whose list starts again under a heading (a quoted article)
    # and under an unnumbered lead-in of its own
    last_heading = False
    for p in paragraphs:
        if p.kind == "heading" or (p.kind == "subparagraph" and not p.number and p.text.endswith("：")):
            last_heading = True  # a heading, or an unnumbered lead-in within the list ("委员会应订立：")
            continue
        if last_heading and p.kind == "subparagraph" and p.number and sequence_of(p.number) == ("letter", 0):
            restarts.add(p.id)
        if p.kind != "subparagraph":
            last_heading = False
        if p.kind == "subparagraph" and p.number and p.parent and (found := sequence_of(p.number)):
            kind, index = found
            # "(i)" is roman when it opens a list, a letter when it follows "(h)".
            if kind == "letter" and p.number.strip("().") in SEQUENCES["roman"]:
                letters = siblings.get((p.parent, "letter"), [])
                letter_before = core(letters[-1][1].number or "") if letters else None
                if not follows_letter(letter_before, core(p.number)):
                    kind, index = "roman", SEQUENCES["roman"].index(p.number.strip("()."))
            siblings.setdefault((p.parent, kind), []).append((index, p))
    parents = {p.id: p.parent for p in paragraphs}
    carried: dict[tuple[str | None, str], int] = {}  # last index of a family under each grandparent
    for (parent, family), indexed in siblings.items():
        sequence = SEQUENCES[family]
        previous: tuple[int, Paragraph] | None = None
        # Lettering may run on across sections: (a)…(f) under ㈠, then (g)… under ㈡.
        run_on = carried.get((parents.get(parent), family), -1) + 1
        for position, (index, p) in enumerate(indexed):
            expected = previous[0] + 1 if previous else 0
            if position == 0 and index == run_on:
                expected = index
            if p.id in restarts:
                expected = 0
            if index != expected and index != position:
                wanted = sequence[expected] if expected < len(sequence) else "?"
                yield _numbering(
                    ctx,
                    p,
                    p.number or "",
                    previous[1].number if previous else None,
                    relabel(p.number or "", wanted),
                )
            previous = (index, p)
        if previous is not None:
            carried[(parents.get(parent), family)] = previous[0]


def _numbering(ctx: Context, p: Paragraph, got: str, previous: str | None, expected: str) -> Diagnostic:
    if previous is not None and _order(got) == _order(previous):
        variant = "repeat"
    elif previous is not None and _order(got) < _order(previous):
        variant = "order"
    else:
        variant = "gap"
    return ctx.finding(
        "RS401",
        p.span,
        p.id,
        variant=variant,
        got=got,
        previous=previous if previous is not None else Term("the start"),
        expected=expected,
    )


def _order(label: str) -> int:
    found = sequence_of(label)
    if found:
        return found[1]
    return int(label) if label.isdigit() else 0


def _internal_refs(ctx: Context) -> Iterator[Diagnostic]:
    """``上文第 40 段`` must name a paragraph of this resolution — of the same part, in a resolution
    adopted in parts; in a resolution whose sections number anew, any paragraph with that number."""
    ids = {p.id for p in ctx.document.paragraphs}
    ids |= {pid.split("~")[0] for pid in ids if "~" in pid}
    for ref in ctx.references.internal_refs:
        target = _part(ref.paragraph or "") + ref.target
        if target not in ids:
            number = ref.target[2:].split("(")[0]
            yield ctx.finding("RS402", ref.span, ref.paragraph, target=target, number=number)


def _punctuation(ctx: Context, paragraphs: tuple[Paragraph, ...]) -> Iterator[Diagnostic]:
    marks = _ENGLISH_MARKS if ctx.document.language == "en" else _CHINESE_MARKS
    # The last operative paragraph of each part ends in "。".
    lasts: dict[str, Paragraph] = {}
    for part in {_part(p.id) for p in paragraphs if p.kind == "operative"}:
        mine = [p for p in paragraphs if p.kind == "operative" and _part(p.id) == part]
        lasts[part] = ([p for p in mine if p.number] or mine)[-1]
    has_items = {p.parent for p in paragraphs if p.kind == "subparagraph"}
    for p in paragraphs:
        text = p.text.rstrip()
        if not text:
            continue
        if p.kind == "preambular":
            expected = marks["preambular"]
        elif p.kind == "operative" and (p.number or p is lasts[_part(p.id)]):
            last_one = p is lasts[_part(p.id)]
            expected = marks["final"] if last_one and p.id not in has_items else marks["operative"]
            if p.id in has_items or text.endswith(marks["lead-in"]):
                expected = marks["lead-in"]
        else:
            continue
        last = text[-1]
        if last != expected and not (p.kind == "preambular" and last == marks["lead-in"]):
            fix = expected if last in "，；。：,;.:" else None
            yield ctx.finding(
                "RS403", _last_char(ctx, p), p.id, fix=fix, kind=Term(p.kind), id=p.id, expected=expected
            )


def _last_char(ctx: Context, p: Paragraph) -> Span:
    end = p.offset + len(p.text.rstrip())
    return ctx.document.span_of(end - 1, end)
