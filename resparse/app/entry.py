"""The ``resparse`` program: plain ``resparse check PATH…`` without the command-line library.

A pre-commit hook runs ``resparse check`` on the staged files at every commit, so its start-up is
paid again and again; importing click is a fifth of it. A command line that is ``check`` followed by
nothing but paths has every option at its default: it is run directly, printing exactly what the full
command line would. Anything else — an option, ``--help``, another command — goes to click.
"""

from __future__ import annotations

import sys
from typing import NoReturn

#: The pipeline makes millions of small tuples and almost no reference cycles: collecting the youngest
#: generation every 700 allocations (Python's default) costs about 4% of a corpus run for nothing.
_YOUNG_GENERATION = 20_000


def main(argv: list[str] | None = None) -> None:
    import gc

    gc.set_threshold(_YOUNG_GENERATION, *gc.get_threshold()[1:])
    args = sys.argv[1:] if argv is None else argv
    if (
        len(args) > 1
        and args[0] == "check"
        and all(arg == "-" or not arg.startswith("-") for arg in args[1:])
    ):
        from resparse.app.run import Runner, run_check
        from resparse.app.settings import CheckSettings
        from resparse.render import View

        try:
            runner = Runner(tuple(args[1:]))
            try:
                status = run_check(runner, CheckSettings(view=View(terminal=sys.stdout.isatty())), None)
            finally:
                runner.close()
        except KeyboardInterrupt:
            _interrupted()
        sys.exit(status)
    import click

    from resparse.app.cli import main as command_line

    try:
        status = command_line.main(args, prog_name="resparse", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        _interrupted()
    sys.exit(status if isinstance(status, int) else 0)


def _interrupted() -> NoReturn:
    """Ctrl-C: the conventional exit code of a program stopped by SIGINT (128 + 2), not 1 (errors found)."""
    sys.stderr.write("resparse: interrupted\n")
    sys.exit(130)
