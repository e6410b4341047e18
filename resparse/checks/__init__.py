"""The linter: rule families (citations, links, structure) and the engine that runs them.

A new rule goes into the family module it checks (with its code, name, level and messages in
:mod:`resparse.rules`); a new family is a module with a ``check(ctx)`` generator, listed in
:mod:`resparse.checks.engine`.
"""

from resparse.checks.engine import Selection, check, suppressions

__all__ = ["Selection", "check", "suppressions"]
