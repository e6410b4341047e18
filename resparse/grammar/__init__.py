"""Every pattern and word list of resparse, in one place, importing nothing of resparse but the model.

- :mod:`~resparse.grammar.chars` — character classes: widths, full-width forms, terminal punctuation;
- :mod:`~resparse.grammar.furniture` — page furniture: URL lines, running headers, footers, page
  numbers, suppression directives, Markdown markup;
- :mod:`~resparse.grammar.structure` — enacting formulas, cover blocks, annex headings;
- :mod:`~resparse.grammar.labels` — paragraph label families (``1.``, ``(a)``, ``㈠``, ``(i)``, ``A.``) and
  their order, written once;
- :mod:`~resparse.grammar.phrases` — the leading phrases of paragraphs (word lists in ``phrases.txt``);
- :mod:`~resparse.grammar.citations` — the citation grammar.

A new organ's formula and headers go in ``structure`` and ``furniture``, its citation forms in
``citations``. Patterns are compiled through :func:`resparse.grammar.compiled.compile`, which keeps
them compiled between runs.
"""
