"""Start-up: ``resparse check`` on one text file imports only what it uses.

Not lxml, nor rich on a pipe, nor dask; not the process pool (one file runs in-process), nor the
readers of rich formats.
"""

from __future__ import annotations

import subprocess
import sys

from tests.support import ROOT

PROBE = """
import sys
from resparse.app.cli import main
try:
    main(["check", sys.argv[1]])
except SystemExit:
    pass
unused = ("lxml", "rich", "dask", "multiprocessing", "concurrent.futures.process", "resparse.readers.markup")
heavy = sorted(m for m in unused if m in sys.modules)
print("heavy:", ",".join(heavy), file=sys.stderr)
"""


def test_check_imports_only_what_it_uses() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT / "examples" / "draft_resolution.txt")],
        capture_output=True,
        text=True,
    )
    assert "RS101" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "heavy:"


def test_importing_the_package_is_light() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resparse, sys; print(sorted(m for m in sys.modules if m.startswith('resparse')))",
        ],
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "['resparse', 'resparse.version']"
