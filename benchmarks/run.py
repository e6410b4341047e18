"""Benchmarks of resparse on this machine, in one run, printed as Markdown.

    python benchmarks/run.py                 # 100 MB and 400 MB corpora (a few minutes on 2 cores)
    python benchmarks/run.py --size-mb 20 --large-mb 40      # a quick look
    python benchmarks/run.py --baseline 73ce57e              # and an earlier commit, in the same run
    python benchmarks/run.py --write                         # also write benchmarks/RESULTS.md

(a) start-up: wall time of ``resparse check`` on S/RES/2395 (2017) against ``python -c pass``;
(b) throughput of ``resparse refs`` over the 2020–2022 corpus (rendered to PDF-like text) replicated
    to the size asked, against the floor of scanning the same text with one compiled ``regex`` of the
    bare citation core ``\\d{1,4}\\s*\\(\\d{4}\\)``, single process and with ``--jobs``;
(c) peak RSS of a corpus run at two corpus sizes;
(d) scaling from 1 to N worker processes.
With ``--baseline REV``, start-up and single-process throughput are measured for that commit too
(checked out in a temporary git worktree), taking turns with this tree, so the two are compared on the
same machine at the same moment.
Needs ``../shared`` beside the checkout (the corpus); without it, the project's own fixtures are used.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PDF_2395 = SHARED / "corpus" / "S_RES_2395_2017.pdftext.zh.txt"
CORE = r"\d{1,4}\s*\(\d{4}\)"
sys.path.insert(0, str(ROOT))


def resparse_command() -> list[str]:
    script = Path(sys.executable).parent / "resparse"
    return [str(script)] if script.exists() else [sys.executable, "-m", "resparse"]


class Baseline:
    """An earlier commit of resparse, checked out in a temporary worktree, run with this interpreter."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        self.folder = Path(tempfile.mkdtemp(prefix="resparse-baseline-"))
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(self.folder / "tree"), revision],
            check=True,
            capture_output=True,
        )
        self.tree = self.folder / "tree"
        scripts = regex.search(
            r'(?m)^resparse = "([\w.]+):(\w+)"', (self.tree / "pyproject.toml").read_text()
        )
        module, function = scripts.groups() if scripts else ("resparse.cli", "main")
        # Run from an empty folder, the worktree first on the path: this checkout cannot shadow it.
        self.command = [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(self.tree)!r}); sys.argv[0] = 'resparse'; "
            f"from {module} import {function}; {function}()",
        ]

    def close(self) -> None:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(self.tree)], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


#: Child processes may write bytecode, as any installed tool's imports have it (some sandboxes set
#: PYTHONDONTWRITEBYTECODE, which would make every run compile resparse from source).
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median_walls(commands: list[list[str]], runs: int, cwd: Path | None = None) -> list[float]:
    """Median wall time of each command, after one untimed run of each that writes its bytecode.

    The commands take turns, run after run, so that a noisy moment of the machine falls on all of them
    alike rather than on whichever was being timed (the ratios are what the benchmark reports).
    """
    for command in commands:
        subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=CHILD_ENV, cwd=cwd
        )
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times, strict=True):
            started = time.perf_counter()
            subprocess.run(
                command,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
                env=CHILD_ENV,
                cwd=cwd,
            )
            spent.append(time.perf_counter() - started)
    return [statistics.median(spent) for spent in times]


def texts() -> list[tuple[str, str]]:
    """The seed documents: the 2020–2022 corpus in its PDF-like rendering, or the project's fixtures."""
    try:
        from tests.unxml import chinese_files, render_pdf

        files = chinese_files()
        if files:
            return [(f.stem, render_pdf(f)) for f in files]
    except ImportError:
        pass
    seeds = [*sorted((ROOT / "corpus").glob("*.txt")), ROOT / "examples" / "draft_resolution.txt"]
    return [(p.stem, p.read_text(encoding="utf-8")) for p in seeds]


def stage_profile(seeds: list[tuple[str, str]], rounds: int = 3) -> list[tuple[str, float]]:
    """Seconds per MB spent in each stage of ``refs`` (in this process, best of ``rounds``)."""
    import json

    from resparse import api
    from resparse.citations.extract import extract
    from resparse.citations.link import attach
    from resparse.citations.register import default_register
    from resparse.layout import normalise
    from resparse.model import References
    from resparse.readers.text import decode
    from resparse.render.refs import refs_dict
    from resparse.structure import segment

    register = default_register()
    encoded = [(name, text.encode("utf-8")) for name, text in seeds]
    documents = [api.parse_source(decode(data, name)) for name, data in encoded]
    stages = ("read and decode", "normalise (layout)", "segment", "extract and resolve", "attach links")
    stages += ("render JSON",)
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(rounds):
        spent = dict.fromkeys(stages, 0.0)
        for (name, data), document in zip(encoded, documents, strict=True):
            marks = [time.perf_counter()]
            source = decode(data, name)
            marks.append(time.perf_counter())
            layout = normalise(source.text)
            marks.append(time.perf_counter())
            segment(layout)
            marks.append(time.perf_counter())
            found = extract(document, register)
            marks.append(time.perf_counter())
            attached = attach(document, found.citations)
            marks.append(time.perf_counter())
            references = References(
                document, attached.citations, tuple(found.internal_refs), attached.unmatched
            )
            json.dumps(refs_dict(references, "all", False), ensure_ascii=False)
            marks.append(time.perf_counter())
            for stage, start, end in zip(stages, marks[:-1], marks[1:], strict=True):
                spent[stage] += end - start
        best = {stage: min(best[stage], spent[stage]) for stage in stages}
    mb = sum(len(data) for _, data in encoded) / 1e6
    return [(stage, seconds / mb) for stage, seconds in best.items()]


def build_corpus(folder: Path, size_mb: float, seeds: list[tuple[str, str]]) -> tuple[int, int]:
    """Copies of the seed documents until the folder holds ``size_mb`` MB; returns files and bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total, count = 0, 0
    encoded = [(name, text.encode("utf-8")) for name, text in seeds]
    while total < size_mb * 1e6:
        for name, data in encoded:
            (folder / f"{count:06d}_{name}.txt").write_bytes(data)
            total += len(data)
            count += 1
            if total >= size_mb * 1e6:
                break
    return count, total


def regex_floor(folder: Path) -> float:
    """Seconds to read, decode and scan every file with one compiled pattern of the bare citation core."""
    core = regex.compile(CORE)
    started = time.perf_counter()
    found = 0
    for path in sorted(folder.iterdir()):
        found += len(core.findall(path.read_bytes().decode("utf-8")))
    return time.perf_counter() - started


def timed_refs(folder: Path, jobs: int, program: list[str] | None = None) -> float:
    command = [*(program or resparse_command()), "refs", "--format", "jsonl", "--quiet", "--jobs", str(jobs)]
    started = time.perf_counter()
    subprocess.run([*command, str(folder)], stdout=subprocess.DEVNULL, check=True, env=CHILD_ENV, cwd=folder)
    return time.perf_counter() - started


def best_of_turns(folder: Path, programs: list[list[str]], turns: int) -> list[float]:
    """The best single-process ``refs`` time of each program, the programs taking turns."""
    best = [float("inf")] * len(programs)
    for _ in range(turns):
        for i, program in enumerate(programs):
            best[i] = min(best[i], timed_refs(folder, 1, program))
    return best


def peak_rss_mb(folder: Path, jobs: int) -> float:
    """The largest resident set of the run's processes (the main one and its workers), in MB."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [*resparse_command(), "refs", "--format", "jsonl", "--quiet", "--jobs", str(jobs), str(folder)]
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True, env=CHILD_ENV
    )
    return int(done.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=100)
    parser.add_argument("--large-mb", type=float, default=400)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--turns", type=int, default=3, help="single-process refs runs per program (best)")
    parser.add_argument("--baseline", metavar="REV", help="also measure this commit, in the same run")
    parser.add_argument("--write", action="store_true", help="write the results to --output")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()
    baseline = Baseline(args.baseline) if args.baseline else None
    try:
        lines = run(args, baseline)
    finally:
        if baseline is not None:
            baseline.close()
    if args.write:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"written to {args.output}")


def run(args: argparse.Namespace, baseline: Baseline | None) -> list[str]:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    command = f"python benchmarks/run.py --size-mb {args.size_mb:g} --large-mb {args.large_mb:g}"
    if baseline is not None:
        command += f" --baseline {baseline.revision}"
    lines = [
        "# resparse benchmarks",
        "",
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {cores} cores, {platform.system()} {platform.release()}",
        f"- python: {platform.python_version()} ({sys.executable})",
        f"- command: `{command}`",
        "",
    ]

    # (a) start-up
    sample = PDF_2395 if PDF_2395.exists() else ROOT / "examples" / "draft_resolution.txt"
    programs = [
        [sys.executable, "-c", "pass"],
        [sys.executable, "-c", "import click, regex"],
        [sys.executable, "-c", "import resparse.app.cli"],
        [*resparse_command(), "check", str(sample)],
    ]
    if baseline is not None:
        programs.append([*baseline.command, "check", str(sample)])
    walls = median_walls(programs, args.runs, cwd=Path(tempfile.gettempdir()))
    floor, dependencies, imports, check = walls[:4]
    lines += [
        "## (a) start-up: `resparse check` on one resolution",
        "",
        f"Median of {args.runs} runs each, taken in turns, after one untimed run "
        "(bytecode cached, as after an install).",
        "",
        "| command | median wall time | × floor |",
        "|---|---|---|",
        f"| `python -c pass` (the interpreter floor) | {floor * 1e3:.1f} ms | 1.00 × |",
        f"| `python -c 'import click, regex'` (the CLI and pattern libraries alone) "
        f"| {dependencies * 1e3:.1f} ms | {dependencies / floor:.2f} × |",
        f"| `python -c 'import resparse.app.cli'` (everything the full command line imports) "
        f"| {imports * 1e3:.1f} ms | {imports / floor:.2f} × |",
        f"| `resparse check {sample.name}` | {check * 1e3:.1f} ms "
        f"| **{check / floor:.2f} ×** (target ≤ 3.5 ×) |",
    ]
    if baseline is not None:
        lines.append(
            f"| the same at {baseline.revision} | {walls[4] * 1e3:.1f} ms | {walls[4] / floor:.2f} × |"
        )
    lines.append("")
    print("\n".join(lines[-8:-1]), flush=True)

    seeds = texts()
    with tempfile.TemporaryDirectory(prefix="resparse-bench-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        files, size = build_corpus(small, args.size_mb, seeds)
        mb = size / 1e6
        # (b) throughput
        floor_s = regex_floor(small)
        contenders = [resparse_command()] + ([baseline.command] if baseline is not None else [])
        best = best_of_turns(small, contenders, args.turns)
        single = best[0]
        lines += [
            f"## (b) throughput of `resparse refs` over {mb:.0f} MB ({files} files)",
            "",
            f"Single-process runs: best of {args.turns}, taking turns with the baseline when there is one.",
            "",
            "| run | time | MB/s | share of the regex floor |",
            "|---|---|---|---|",
            f"| floor: one compiled `regex` of `{CORE}` | {floor_s:.1f} s | {mb / floor_s:.1f} | 100% |",
            f"| `refs --jobs 1` | {single:.1f} s | {mb / single:.2f} | **{floor_s / single:.1%}** |",
        ]
        if baseline is not None:
            lines.append(
                f"| `refs --jobs 1` at {baseline.revision} | {best[1]:.1f} s | {mb / best[1]:.2f} | "
                f"{floor_s / best[1]:.1%} (this tree: **{best[1] / single:.2f} ×** as fast) |"
            )
        print("\n".join(lines[-3:]), flush=True)
        # (d) scaling
        scaling = {1: single}
        for jobs in range(2, cores + 1):
            scaling[jobs] = timed_refs(small, jobs)
            lines.append(
                f"| `refs --jobs {jobs}` | {scaling[jobs]:.1f} s | {mb / scaling[jobs]:.2f} | "
                f"{floor_s / scaling[jobs]:.1%} |"
            )
        profile = stage_profile(seeds)
        total = sum(seconds for _, seconds in profile)
        lines += [
            "",
            "Where one process spends its time (in-process, per MB, best of 3 over the seed documents):",
            "",
            "| stage | ms per MB | share |",
            "|---|---|---|",
        ]
        lines += [f"| {stage} | {seconds * 1e3:.0f} | {seconds / total:.0%} |" for stage, seconds in profile]
        lines.append(f"| all | {total * 1e3:.0f} | {1 / total:.1f} MB/s |")
        lines += ["", "## (d) scaling", "", "| workers | speed-up over 1 |", "|---|---|"]
        lines += [f"| {jobs} | {single / t:.2f} × |" for jobs, t in scaling.items()]
        lines.append("")
        print(lines[-2], flush=True)
        # (c) memory
        rss_small = peak_rss_mb(small, cores)
        build_corpus(large, args.large_mb, seeds)
        large_files = len(list(large.iterdir()))
        rss_large = peak_rss_mb(large, cores)
        shutil.rmtree(large, ignore_errors=True)
        lines += [
            f"## (c) peak RSS of `refs --jobs {cores}` (largest process)",
            "",
            "| corpus | files | peak RSS |",
            "|---|---|---|",
            f"| {args.size_mb:g} MB | {files} | {rss_small:.0f} MB |",
            f"| {args.large_mb:g} MB | {large_files} | {rss_large:.0f} MB |",
            f"| growth | | {(rss_large / rss_small - 1):+.1%} (target within ±10%) |",
            "",
        ]
        print(lines[-2], flush=True)
    lines += pdf_throughput(cores)
    return lines


def pdf_throughput(cores: int) -> list[str]:
    """(e) ``refs`` on the PDFs themselves (``../shared/corpus/pdf``), in pages per second."""
    folder = SHARED / "corpus" / "pdf"
    pdfs = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    if not pdfs:
        return []
    import pypdfium2

    pages = 0
    for path in pdfs:
        document = pypdfium2.PdfDocument(path)
        pages += len(document)
        document.close()
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp)
        for path in pdfs:
            shutil.copy(path, here / path.name)
        rows = []
        for jobs in sorted({1, cores}):
            seconds = min(timed_refs(here, jobs) for _ in range(3))
            rows.append(f"| `refs --jobs {jobs}` | {seconds:.1f} s | {pages / seconds:.0f} |")
    lines = [
        f"## (e) throughput of `resparse refs` on PDF files ({len(pdfs)} files, {pages} pages)",
        "",
        "Each file read from its characters' geometry in a worker process under limits; best of 3.",
        "",
        "| run | time | pages/s |",
        "|---|---|---|",
        *rows,
        "",
    ]
    print("\n".join(lines), flush=True)
    return lines


if __name__ == "__main__":
    main()
