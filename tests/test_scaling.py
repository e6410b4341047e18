"""How work and memory grow with the input: linearly, with a stated bound on memory per byte.

Not timings (speed is measured in ``benchmarks/``) but ratios: four times the input may take about
four times the work, never sixteen; and the memory held at the peak of ``parse`` + ``refs`` +
``check`` stays under :data:`BYTES_PER_BYTE` for every byte of plain-text input.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

import resparse
from tests.support import PDF_2395

#: The stated bound: the peak memory of parse, refs and check per byte of plain text. The worst case is
#: a text of tiny paragraphs (each paragraph, citation and span is an object of its own); a resolution
#: as the UN writes it needs about 35.
BYTES_PER_BYTE = 48

TEXTS = {
    "one paragraph of citations": lambda n: "安全理事会，\n" + "回顾第 1373(2001)号决议，" * 4000 * n + "\n",
    "tiny paragraphs": lambda n: "安全理事会，\n" + "回顾其以往各项决议，\n" * 6000 * n,
    "numbered": lambda n: (
        "安全理事会，\n"
        + "".join(f"{i % 90 + 1}. 请秘书长就第 1373(2001)号决议提出报告；\n" for i in range(3000 * n))
    ),
}


def _work(text: str) -> float:
    """CPU seconds of the whole pipeline on ``text``: the best of three runs."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        resparse.check(resparse.refs(resparse.parse_text(text)))
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_four_times_the_input_is_about_four_times_the_work(name: str) -> None:
    """A stage that is quadratic (rebuilding a paragraph per citation, scanning a paragraph per match)
    makes four times the text cost sixteen times the work: one paragraph of 4,000 citations (128 kB)
    took 0.3 s before, four times it 2.6 s, and 1.6 MB of it 31 s."""
    make = TEXTS[name]
    _work(make(1))  # imports and compiled patterns out of the way
    small, large = _work(make(1)), _work(make(4))
    assert large / small < 8, (small, large)


@pytest.mark.parametrize("name", ["tiny paragraphs", "resolutions"])
def test_memory_per_byte_of_input_is_bounded(name: str) -> None:
    if name == "tiny paragraphs":
        text = "安全理事会，\n" + "回顾其以往各项决议，\n" * 30000
    else:
        if not PDF_2395.exists():
            pytest.skip("reference data not available")
        text = PDF_2395.read_text(encoding="utf-8") * 30
    resparse.check(resparse.refs(resparse.parse_text(text[:2000])))  # imports and patterns first
    size = len(text.encode("utf-8"))
    tracemalloc.start()
    try:
        resparse.check(resparse.refs(resparse.parse_text(text)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak / size < BYTES_PER_BYTE, f"{peak / size:.1f} bytes per byte"
