"""Read a PDF itself (pypdfium2): its characters with their positions → lines → what each line is.

A text copied out of a PDF leaves the layout stage to guess what the PDF knew for certain. Read here
from the characters' geometry instead:

- *lines* are grouped by baseline (pdfium's own line breaks are not trusted: it breaks a line after
  every superscript), a superscript marker staying in its line;
- *page furniture* is what tagged PDFs mark as ``Artifact`` (running headers, footers), or, in an
  untagged PDF, what stands in the top or bottom band of the page;
- *footnotes* are the lines under the body set in a smaller font, each opening with its number;
  *markers* the raised, smaller digits in the body;
- a *paragraph* starts where a line does not stand where the paragraph's lines go on: indented past
  the margin (a first-line indent), or out of the text's column (a number hanging in the margin), or
  after a short line that finishes its sentence;
- *links* are the link annotations, each on the characters under its rectangle.

The result, a :class:`PdfView`, is the PDF's *text view* — one line per printed line, pages apart —
with those facts; the layout stage lays it out without guessing (:func:`resparse.layout.pdf.from_pdf`).

PDFium is fast but not safe on hostile input: it aborts the whole process when an allocation fails,
and sets no limit of its own on what a stream inflates to. So a file is read in a forked worker
process under a memory and a time limit; what goes wrong there is one line for the user.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import time
from collections import Counter
from typing import Any, NamedTuple

from resparse.errors import InputError
from resparse.grammar.chars import ends_terminal

#: The most pages read, and characters on one page (a real resolution page holds about 1,500).
MAX_PAGES = 2000
MAX_CHARS_PER_PAGE = 200_000
#: The worker's address-space limit and its time limit (a 400-page document reads in seconds).
MEMORY_LIMIT = 1 << 30
TIME_LIMIT = 120.0
#: The top and bottom bands of a page where an untagged PDF's furniture stands (share of its height).
_TOP_BAND = 0.085
_BOTTOM_BAND = 0.075


class PdfLine(NamedTuple):
    """One printed line of the text view, and what its geometry says it is."""

    text: str
    page: int
    kind: str  # "body", "note", or the page furniture it is: "header", "footer"
    starts: bool  # a body line that opens a paragraph; a note line that opens a note
    note: int | None = None  # the number a note line opens with
    #: Footnote markers in the line: (start, end) of the raised digits in ``text``.
    markers: tuple[tuple[int, int], ...] = ()
    #: Where the line is printed, in PDF points: the bottom and top of its box, and the left and right
    #: edge of each character of ``text``.
    bottom: float = 0.0
    top: float = 0.0
    lefts: tuple[float, ...] = ()
    rights: tuple[float, ...] = ()


class PdfLink(NamedTuple):
    """A link annotation, on the characters ``text[start:end]`` of line ``line`` under its rectangle."""

    url: str
    line: int
    start: int
    end: int


class PdfView(NamedTuple):
    name: str
    lines: tuple[PdfLine, ...]
    links: tuple[PdfLink, ...]
    pages: int


def read_pdf(data: bytes, name: str) -> PdfView:
    """The text view of a PDF's bytes, read in a worker process with limits (see the module)."""
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise InputError(f"{name}: not a PDF file (no %PDF- header)")
    return _in_worker(_read, data, name)


# -- the worker ----------------------------------------------------------------------------------------


def _in_worker(function: Any, data: bytes, name: str) -> PdfView:
    """``function(data, name)`` in a forked child under :data:`MEMORY_LIMIT` and :data:`TIME_LIMIT`.

    Where ``fork`` is not available (Windows), the file is read in this process, without the limits.
    """
    if not hasattr(os, "fork"):
        return function(data, name)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, send the result or the error, and leave without cleaning up
        status = 1
        try:
            os.close(read_end)
            _limit_child()
            try:
                payload = pickle.dumps(("ok", function(data, name)))
            except InputError as error:
                payload = pickle.dumps(("error", str(error)))
            except Exception as error:  # a corrupt file: whatever pdfium said, in one line
                payload = pickle.dumps(("error", f"{name}: cannot read this PDF ({_one_line(error)})"))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    return _wait_for(pid, read_end, name)


def _limit_child() -> None:
    """At most :data:`MEMORY_LIMIT` more address space than the child inherited from its parent (a
    large parent, a Dask worker say, must not leave it none, nor more than the hard limit it was
    given), and no core file."""
    import resource

    try:
        with open("/proc/self/statm") as statm:
            inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        inherited = 0
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = inherited + MEMORY_LIMIT
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(pid: int, read_end: int, name: str) -> PdfView:
    """The child's result; the child killed and reaped whatever happens here (a timeout, Ctrl-C)."""
    import selectors

    chunks: list[bytes] = []
    deadline = time.monotonic() + TIME_LIMIT
    status: int | None = None
    try:
        with selectors.DefaultSelector() as selector, os.fdopen(read_end, "rb", buffering=0) as pipe:
            selector.register(pipe, selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise InputError(f"{name}: reading this PDF took longer than {TIME_LIMIT:.0f} s; stopped")
                if not selector.select(timeout=left):
                    continue
                chunk = pipe.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        status = _reap(pid)
    finally:
        if status is None:  # not finished: stop it
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)
    if status is not None and os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        why = (
            signal.Signals(number).name if number in signal.Signals._value2member_map_ else f"signal {number}"
        )
        raise InputError(f"{name}: reading this PDF was stopped ({why}; over the memory limit?)")
    if not chunks or status is None or os.WEXITSTATUS(status) != 0:
        raise InputError(f"{name}: cannot read this PDF")
    try:
        kind, value = pickle.loads(b"".join(chunks))
    except Exception:
        raise InputError(f"{name}: cannot read this PDF") from None
    if kind == "error":
        raise InputError(value)
    result: PdfView = value
    return result


def _reap(pid: int) -> int:
    """The child's exit status (0 when it cannot be known: SIGCHLD ignored, it is gone already)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# -- reading one file ----------------------------------------------------------------------------------


class _Char(NamedTuple):
    char: str
    x0: float  # the advance box: left, right
    x1: float
    y: float  # the baseline
    size: float
    artifact: bool


class _Line(NamedTuple):
    chars: tuple[_Char, ...]
    page: int
    size: float  # the line's main font size
    baseline: float
    x0: float
    x1: float
    artifact: bool
    band: str  # "top", "bottom" or ""


def _read(data: bytes, name: str) -> PdfView:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(f"{name}: cannot read this PDF ({_one_line(error)})") from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise InputError(f"{name}: {count} pages; at most {MAX_PAGES} are read")
        lines: list[_Line] = []
        anchors: list[tuple[int, str, tuple[float, float, float, float]]] = []  # page, url, rect
        images = 0
        for number in range(count):
            page = document[number]
            textpage = page.get_textpage()
            lines += _lines(_chars(textpage, name, number + 1), number + 1, page.get_size()[1])
            anchors += [(number + 1, url, rect) for url, rect in _uri_links(document, page)]
            if not lines or lines[-1].page != number + 1:
                images += _has_images(page)
        if not lines:  # a line holds at least one visible character
            if images:
                raise InputError(f"{name}: no text in this PDF, only images (a scan? resparse does no OCR)")
            raise InputError(f"{name}: no text in this PDF")
        return _view(name, lines, anchors, count)
    finally:
        document.close()


def _chars(textpage: Any, name: str, page: int) -> list[_Char]:
    """The page's characters in content order: pdfium's own line breaks dropped, the spaces it
    generated at a wide gap kept only beside Latin text (where the PDF shows a word space)."""
    import ctypes

    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    if count > MAX_CHARS_PER_PAGE:
        raise InputError(
            f"{name}: page {page} holds {count} characters; at most {MAX_CHARS_PER_PAGE} are read"
        )
    box = raw.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    artifacts: dict[int, bool] = {}
    out: list[_Char] = []
    for i in range(count):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in (10, 13, 0xFFFE, 0xFFFF, 2):
            continue
        if code < 32 or code in (0x85, 0x2028, 0x2029) or 0x7F <= code < 0xA0:
            code = 0xFFFD  # a control character in the text: shown, but never a line or page break
        generated = raw.FPDFText_IsGenerated(handle, i) == 1
        if generated and code != 32:
            continue
        raw.FPDFText_GetLooseCharBox(handle, i, ctypes.byref(box))
        raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(x), ctypes.byref(y))
        size = raw.FPDFText_GetFontSize(handle, i)
        artifact = False
        if not generated:
            obj = raw.FPDFText_GetTextObject(handle, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value or 0
            if key not in artifacts:
                artifacts[key] = bool(key) and _is_artifact(obj)
            artifact = artifacts[key]
        out.append(_Char(chr(code), box.left, box.right, y.value, size if not generated else 0.0, artifact))
    return out


def _is_artifact(obj: Any) -> bool:
    """Whether a text object stands in an ``/Artifact`` marked-content sequence (tagged furniture)."""
    import ctypes

    import pypdfium2.raw as raw

    for m in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, m)
        length = ctypes.c_ulong()
        if not raw.FPDFPageObjMark_GetName(mark, None, 0, ctypes.byref(length)):
            continue
        buffer = (ctypes.c_ushort * (length.value // 2 + 1))()
        raw.FPDFPageObjMark_GetName(mark, buffer, length.value, ctypes.byref(length))
        if bytes(buffer)[: length.value].decode("utf-16-le").rstrip("\0") == "Artifact":
            return True
    return False


def _has_images(page: Any) -> int:
    import pypdfium2.raw as raw

    return sum(
        1
        for k in range(raw.FPDFPage_CountObjects(page.raw))
        if raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k)) == raw.FPDF_PAGEOBJ_IMAGE
    )


def _uri_links(document: Any, page: Any) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The page's URI link annotations: (URI, rectangle left, bottom, right, top)."""
    import ctypes

    import pypdfium2.raw as raw

    out = []
    position = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        length = raw.FPDFAction_GetURIPath(document.raw, action, None, 0)
        if length <= 1 or length > 8192:
            continue
        buffer = ctypes.create_string_buffer(length)
        raw.FPDFAction_GetURIPath(document.raw, action, buffer, length)
        if not raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        url = buffer.value.decode("utf-8", "replace")
        out.append(
            (
                url,
                (
                    min(rect.left, rect.right),
                    min(rect.bottom, rect.top),
                    max(rect.left, rect.right),
                    max(rect.bottom, rect.top),
                ),
            )
        )
    return out


def _lines(chars: list[_Char], page: int, height: float) -> list[_Line]:
    """Characters → printed lines: a character joins the line when it stands on about its baseline
    (a raised superscript too) and does not go back to the left."""
    groups: list[list[_Char]] = []
    main = base = right = 0.0  # the current line's largest size, the baseline of its first such
    for char in chars:  # character, and its right edge so far
        if groups and (
            char.size == 0.0  # a generated space: it belongs where it is
            or (abs(char.y - base) < 0.6 * max(main, char.size) and char.x0 >= right - 0.5 * main)
        ):
            groups[-1].append(char)
            if char.size > main:
                main, base = char.size, char.y
            right = max(right, char.x1)
            continue
        groups.append([char])
        main, base, right = char.size, char.y, char.x1
    out = []
    for group in groups:
        while group and group[-1].size == 0.0:
            group.pop()
        # A space pdfium put in a gap between two ideographs is justification, not a word space.
        group = [
            char
            for k, char in enumerate(group)
            if char.size
            or not (
                0 < k < len(group) - 1 and not group[k - 1].char.isascii() and not group[k + 1].char.isascii()
            )
        ]
        ink = [c for c in group if c.size and not c.char.isspace()]
        if not ink:
            continue
        size = Counter(round(c.size, 1) for c in ink).most_common(1)[0][0]
        baseline = next(c.y for c in ink if round(c.size, 1) == size)
        top = baseline + 0.85 * size
        band = (
            "top" if baseline > (1 - _TOP_BAND) * height else "bottom" if top < _BOTTOM_BAND * height else ""
        )
        artifact = all(c.artifact for c in ink)
        out.append(_Line(tuple(group), page, size, baseline, ink[0].x0, ink[-1].x1, artifact, band))
    return out


def _view(
    name: str,
    lines: list[_Line],
    anchors: list[tuple[int, str, tuple[float, float, float, float]]],
    pages: int,
) -> PdfView:
    tagged = any(line.artifact for line in lines)
    sizes = Counter(round(c.size, 1) for line in lines if not line.artifact for c in line.chars if c.size)
    if not sizes:
        raise InputError(f"{name}: no text in this PDF but its page furniture")
    body_size = sizes.most_common(1)[0][0]
    lowest: dict[int, float] = {}  # the lowest baseline of a body-size line, by page
    for line in lines:
        if not line.artifact and not line.band and abs(line.size - body_size) < 0.5:
            lowest[line.page] = min(lowest.get(line.page, line.baseline), line.baseline)
    kinds = [_kind(line, tagged, body_size, lowest.get(line.page, 0.0)) for line in lines]
    body = [
        line
        for line, kind in zip(lines, kinds, strict=True)
        if kind == "body" and abs(line.size - body_size) < 0.5
    ]
    margin = _edge([line.x0 for line in body], min)
    right = _edge([line.x1 for line in body], max)
    texts: list[str] = []
    markers: list[tuple[tuple[int, int], ...]] = []
    for line, kind in zip(lines, kinds, strict=True):
        text, marks = _text(line, body_size if kind == "body" else None)
        texts.append(text)
        markers.append(marks)
    starts = _starts(lines, kinds, texts, margin, right, body_size)
    out = []
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        note = None
        if kind == "note":
            digits = texts[i][: len(texts[i]) - len(texts[i].lstrip("0123456789"))]
            note = int(digits) if digits and texts[i][len(digits) : len(digits) + 1].isspace() else None
        out.append(
            PdfLine(
                texts[i],
                line.page,
                kind,
                starts[i] if kind == "body" else note is not None,
                note,
                markers[i],
                round(line.baseline - 0.25 * line.size, 2),
                round(line.baseline + 0.85 * line.size, 2),
                tuple(round(c.x0, 2) for c in line.chars),
                tuple(round(c.x1, 2) for c in line.chars),
            )
        )
    links = _placed_links(lines, texts, anchors)
    return PdfView(name, tuple(out), tuple(links), pages)


def _kind(line: _Line, tagged: bool, body_size: float, lowest: float) -> str:
    """Furniture (marked, or in a band of an untagged page), a note (smaller, under the body), or body
    (the cover's smaller English lines among it)."""
    if line.artifact or (not tagged and line.band):
        return "header" if line.band == "top" or line.baseline > 400 else "footer"
    if line.size < 0.9 * body_size and line.baseline < lowest:
        return "note"
    return "body"


def _text(line: _Line, body_size: float | None) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The line's text, and where its raised markers are in it (body lines only)."""
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    mark_start = -1
    for char in line.chars:
        raised = (
            body_size is not None
            and char.size
            and char.size < 0.85 * line.size
            and char.y > line.baseline + 0.15 * line.size
            and char.char in "0123456789"
        )
        if raised and mark_start < 0:
            mark_start = at
        elif not raised and mark_start >= 0:
            marks.append((mark_start, at))
            mark_start = -1
        parts.append(char.char)
        at += 1
    if mark_start >= 0:
        marks.append((mark_start, at))
    return "".join(parts), tuple(marks)


def _starts(
    lines: list[_Line], kinds: list[str], texts: list[str], margin: float, right: float, size: float
) -> list[bool]:
    """Which body lines open a paragraph, from where they stand (see the module)."""
    from resparse.grammar.labels import find_label

    starts = [False] * len(lines)
    previous: int | None = None
    text_x = margin  # where the current paragraph's lines go on
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind != "body":
            continue
        if previous is None:
            starts[i] = True
        else:
            finished, short = ends_terminal(texts[previous]), lines[previous].x1 < right - 1.5 * size
            indented = line.x0 > text_x + 0.5 * size
            if indented and not (finished or short) and find_label(texts[i]) is None:
                # A full line that does not finish its sentence goes on below, even where the next line
                # seems indented: a glyph the viewer cannot show (a character set in a font without it,
                # "于2022年" in Times) leaves its advance and no character before the first one seen.
                indented = False
            outdented = line.x0 < text_x - 0.5 * size
            ended = finished and short
            # A heading set centred: as far from the one edge as from the other, under a line that
            # finished its paragraph (or was short).
            centred = (
                line.x0 > margin + 3 * size
                and abs((line.x0 - margin) - (right - line.x1)) < size
                and (finished or short)
            )
            starts[i] = indented or outdented or ended or centred
        if starts[i]:
            # A hanging label ("1." in the margin): the paragraph goes on where its text starts.
            label = find_label(texts[i])
            text_x = margin
            if label is not None and 0 < label.end < len(texts[i]):
                hang = _x_of(line, label.end)
                gap = hang - line.chars[label.end - 1].x1 if hang is not None else 0.0
                if hang is not None and gap > 0.8 * size:
                    text_x = hang  # a tab after the label, not a word space: the text hangs there
        previous = i
    return starts


def _x_of(line: _Line, index: int) -> float | None:
    """The left edge of the first visible character at or after ``index`` of the line's text."""
    for char in line.chars[index:]:
        if char.size and not char.char.isspace():
            return char.x0
    return None


def _placed_links(
    lines: list[_Line], texts: list[str], anchors: list[tuple[int, str, tuple[float, float, float, float]]]
) -> list[PdfLink]:
    """Each link annotation on the characters whose centre lies inside its rectangle (furniture never)."""
    on_page: dict[int, list[int]] = {}  # the lines a link can be on, by page: never furniture,
    for i, line in enumerate(lines):  # marked or (untagged) in a page's top or bottom band
        if not line.artifact and not line.band:
            on_page.setdefault(line.page, []).append(i)
    out = []
    for page, url, (left, bottom, right, top) in anchors:
        for i in on_page.get(page, ()):
            line = lines[i]
            inside = [
                k
                for k, c in enumerate(line.chars)
                if c.size
                and left <= (c.x0 + c.x1) / 2 <= right
                and bottom <= line.baseline + 0.3 * line.size <= top
            ]
            if inside:
                out.append(PdfLink(url, i, inside[0], inside[-1] + 1))
    return out


def _edge(values: list[float], pick: Any) -> float:
    """The text column's left (``min``) or right (``max``) edge: the outermost position that at least
    two lines reach (one stray line does not move it)."""
    counted = Counter(round(value) for value in values)
    shared = [value for value, count in counted.items() if count >= 2] or list(counted)
    return float(pick(shared)) if shared else 0.0
