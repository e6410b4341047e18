"""Record every output of the command line, and compare two recordings byte for byte.

A refactoring must not change what users see. This script runs every command in every format (with and
without a register, with ``--link-style docs``, ``--lang en``, ``--message-lang zh`` …) on every file of
the project's fixtures and of ``../shared/corpus``, in-process through the installed ``resparse``
entry point, and keeps a SHA-256 of each run's standard output, standard error and exit code.

    python tools/outputs.py record /tmp/before.json          # before the change
    python tools/outputs.py record /tmp/after.json           # after it
    python tools/outputs.py compare /tmp/before.json /tmp/after.json
    python tools/outputs.py show 'refs --format json' corpus/no_formula.txt    # one run, printed

``record`` takes ``--jobs N`` (default: all cores) and ``--quick`` (fixtures and every tenth corpus
file). The date of the day in the output (Akoma Ntoso's manifestation date) is replaced by
``<TODAY>``, so that recordings of different days compare.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shlex
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REGISTER = SHARED / "data" / "sc_resolutions.csv"

#: Every per-file variant: the command line before the file name. ``{register}`` is the full register.
VARIANTS = (
    "split",
    "split --format json",
    "split --format jsonl",
    "split --format akn",
    "refs",
    "refs --unique",
    "refs --format json",
    "refs --format jsonl",
    "refs --format csv",
    "refs --format csv --unique",
    "refs --format json --unique",
    "refs --format json --type sc",
    "refs --format json --type ga",
    "refs --format csv --type document",
    "refs --format json --register {register}",
    "refs --format csv --register {register}",
    "refs --register {register}",
    "refs --format json --link-style docs",
    "refs --format json --lang en",
    "refs --format csv --link-style docs --lang fr --unique",
    "check",
    "check --format json",
    "check --format jsonl",
    "check --format github",
    "check --format sarif",
    "check --statistics",
    "check --statistics --format json",
    "check --message-lang zh",
    "check --format json --message-lang zh",
    "check --format json --register {register}",
    "check --register {register} --message-lang zh",
    "check --select RS1,RS4 --ignore RS104 --min-level warning",
    "check --exit-zero --format github",
    "graph",
    "graph --format json",
    "graph --format graphml --type sc",
)
#: Variants run once per folder of files (corpus mode), not per file.
FOLDER_VARIANTS = (
    "graph",
    "graph --format json --type ga",
    "graph --format graphml",
    "refs --format jsonl",
    "check --statistics",
    "check --format sarif",
)


def files(quick: bool = False) -> list[str]:
    """The project's fixtures and every file of ``../shared/corpus``, sorted."""
    own = [*sorted((ROOT / "corpus").glob("*")), *sorted((ROOT / "examples").glob("*"))]
    shared = sorted(p for p in (SHARED / "corpus").rglob("*") if p.is_file()) if SHARED.is_dir() else []
    if quick:
        shared = shared[::10]
    return [os.path.relpath(p, ROOT) for p in [*own, *shared]]


def folders() -> list[str]:
    """Folders run in corpus mode: the fixtures and each year or session of the shared corpus."""
    out = [ROOT / "corpus"]
    if SHARED.is_dir():
        out += sorted(p for p in (SHARED / "corpus").glob("*/*/*") if p.is_dir())
        out += [SHARED / "corpus" / "pdf"]
    return [os.path.relpath(p, ROOT) for p in out]


def _main():
    """The click command group of the package that is imported (a checkout on PYTHONPATH too)."""
    import importlib

    import resparse

    package = Path(resparse.__file__).parent
    module = "resparse.app.cli" if (package / "app" / "cli.py").exists() else "resparse.cli"
    return importlib.import_module(module).main


def run(variant: str, path: str) -> tuple[int, str, str]:
    """One command line on one path, in this process: exit code, stdout, stderr (dates normalised)."""
    from click.testing import CliRunner

    args = [*shlex.split(variant.format(register=REGISTER)), "--jobs", "1", path]
    result = CliRunner().invoke(_main(), args, catch_exceptions=True)
    stdout = result.stdout_bytes.decode("utf-8", "replace")
    stderr = result.stderr_bytes.decode("utf-8", "replace") if result.stderr_bytes else ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += f"\nEXCEPTION {type(result.exception).__name__}: {result.exception}"
    today = datetime.date.today().isoformat()
    return result.exit_code, stdout.replace(today, "<TODAY>"), stderr.replace(today, "<TODAY>")


def _digest(code: int, stdout: str, stderr: str) -> str:
    return hashlib.sha256(f"{code}\0{stdout}\0{stderr}".encode()).hexdigest()


def _record_path(path: str, variants: tuple[str, ...]) -> dict[str, str]:
    os.environ.setdefault("COLUMNS", "100")
    return {f"{variant} :: {path}": _digest(*run(variant, path)) for variant in variants}


def record(target: Path, jobs: int, quick: bool) -> None:
    work = [(path, VARIANTS) for path in files(quick)] + [(path, FOLDER_VARIANTS) for path in folders()]
    digests: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done, part in enumerate(pool.map(_record_path, *zip(*work, strict=True), chunksize=4), 1):
            digests.update(part)
            if done % 200 == 0:
                print(f"{done}/{len(work)} paths", file=sys.stderr)
    target.write_text(json.dumps(digests, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(digests)} runs recorded in {target}")


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = sorted(key for key in old.keys() & new.keys() if old[key] != new[key])
    missing = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    for title, keys in (("changed", changed), ("only before", missing), ("only after", added)):
        for key in keys[:50]:
            print(f"{title}: {key}")
        if len(keys) > 50:
            print(f"{title}: … {len(keys) - 50} more")
    same = len(old.keys() & new.keys()) - len(changed)
    print(f"{same} identical, {len(changed)} changed, {len(missing)} only before, {len(added)} only after")
    return 1 if changed or missing or added else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    rec = sub.add_parser("record", help="run everything and write the digests to FILE")
    rec.add_argument("file", type=Path)
    rec.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    rec.add_argument("--quick", action="store_true", help="fixtures and every tenth corpus file")
    cmp = sub.add_parser("compare", help="list the runs whose output differs")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    show = sub.add_parser("show", help="print one run")
    show.add_argument("variant")
    show.add_argument("path")
    args = parser.parse_args(argv)
    if args.action == "record":
        record(args.file, args.jobs, args.quick)
        return 0
    if args.action == "compare":
        return compare(args.before, args.after)
    code, stdout, stderr = run(args.variant, args.path)
    sys.stdout.write(stdout)
    sys.stderr.write(stderr)
    print(f"[exit {code}]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
