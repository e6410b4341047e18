"""What every rule sees: the document, its references, the register, and the message language."""

from __future__ import annotations

from functools import cached_property

from resparse.citations.register import Register
from resparse.grammar.citations import OWN_NUMBER
from resparse.model import Citation, Diagnostic, Document, References, Span
from resparse.rules import RULES, message


class Context:
    """One document's references, the register to check them against, and the message language."""

    def __init__(self, references: References, register: Register, lang: str = "en") -> None:
        self.references = references
        self.register = register
        self.lang = lang

    @property
    def document(self) -> Document:
        return self.references.document

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.references.citations

    @cached_property
    def own_number(self) -> int | None:
        """The number of the resolution being checked, when its symbol is known."""
        m = OWN_NUMBER.match(self.document.symbol or "")
        return int(m[1]) if m else None

    def finding(
        self,
        code: str,
        span: Span | None,
        paragraph: str | None,
        fix: str | None = None,
        variant: str = "",
        **values: object,
    ) -> Diagnostic:
        rule = RULES[code]
        lines = self.document.source_lines
        source_line = lines[span.start.line - 1] if span and lines and span.start.line <= len(lines) else None
        in_file = self.document.in_file(span) if span else None
        if in_file is not None:
            source_line = in_file.start.line
        geometry = self.document.geometry
        placed = geometry.place(span) if geometry is not None and span is not None else None
        return Diagnostic(
            code=code,
            name=rule.name,
            level=rule.level,  # type: ignore[arg-type]
            message=message(code, self.lang, variant, **values),
            span=span,
            paragraph=paragraph,
            file=self.document.file,
            fix=fix,
            source_line=source_line,
            source_span=in_file,
            page=placed.page if placed else None,
            rect=placed.rect if placed else None,
        )
