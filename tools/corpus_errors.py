"""List every error-level finding of ``resparse check`` on the reference corpus's XML, with the reason
it is a true error of the UN's text, into ``tests/data/corpus_errors.tsv`` (read by
``tests/test_corpus_findings.py``).

The reasons come from the reviews: for a hyperlink that names another resolution than the text, the
reviewed table ``tests/data/ga_wrong_hrefs.tsv``; for a link on a printed symbol, the symbol the text
prints; for the rest, the reason given per finding below (each was read in its resolution). A finding
with no reason is written with ``REVIEW`` and makes the test fail until it is reviewed or fixed.

    python tools/corpus_errors.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import resparse  # noqa: E402
from resparse.citations.resolve import symbol_of_url  # noqa: E402
from tests.unxml import chinese_files, ga_chinese_files  # noqa: E402

TABLE = ROOT / "tests" / "data" / "corpus_errors.tsv"
#: Findings read one by one, by (file, code, paragraph): why each is an error of the UN's text.
REVIEWED = {
    (
        "S_RES_2511 (2020)-2002954C.xml",
        "RS101",
        "OP2",
    ): "the text writes 2140 (2015); 2140 was adopted in 2014",
    (
        "S_RES_2610 (2021)-2119270C.xml",
        "RS101",
        "PP26",
    ): "the text writes 2161 (2015); 2161 was adopted in 2014",
    (
        "S_RES_2617 (2021)-2119887C.xml",
        "RS101",
        "PP1",
    ): "the text writes 2195 (2015); 2195 was adopted in 2014",
    ("S_RES_2663-2227169C.xml", "RS101", "OP22"): "the text writes 1989 (2001); 1989 was adopted in 2011",
    ("S_RES_2642 (2022)-2210950C.xml", "RS301", "OP1"): "the href is a typo (S/RES/25853 (2021) for 2585)",
    ("S_RES_2666-2229059C.xml", "RS301", "OP24㈡(g)"): "the href A/RES/21/038 names no resolution",
    (
        "A_RES_77_263-2300153C.xml",
        "RS301",
        "PP22",
    ): "the link covers 73/27 of 73/279 A (a no-break space inside the number)",
    ("S_RES_2640 (2022)-2210294C.xml", "RS401", "OP43~2"): "the UN's numbering: 44, 43, 42 after 44",
    ("S_RES_2640 (2022)-2210294C.xml", "RS401", "OP42~2"): "the UN's numbering: 44, 43, 42 after 44",
    ("S_RES_2640 (2022)-2210294C.xml", "RS401", "OP59~2"): "the UN's numbering: 59 twice",
    (
        "S_RES_2657-2224442C.xml",
        "RS401",
        "OP7(c)",
    ): "the text writes 'b' without its full stop, so (b) is no label",
    ("75_253_C.xml", "RS401", "OP9~8"): "the UN's numbering: 9 twice in section 二十",
    ("A_RES_75_287_C.xml", "RS401", "OP8"): "the UN's numbering: 6, 8 (no 7)",
    ("A_RES_77_204-2228921C.xml", "RS401", "OP66"): "the UN's numbering: 64, 66 (no 65)",
    ("A_RES_77_235-2229001C.xml", "RS401", "OP154"): "the UN's numbering: 154 for 15",
    (
        "S_RES_2609 (2021)-2119016C.xml",
        "RS402",
        "OP34[5]",
    ): "the text refers to 29(l); paragraph 29 has no sub-paragraphs",
    (
        "S_RES_2659-2225701C.xml",
        "RS402",
        "OP36(f)㈢",
    ): "the text refers to 35(f); paragraph 35 runs (a) to (d)",
    (
        "S_RES_2556 (2020)-2017440C.xml",
        "RS302",
        "OP7",
    ): "the text cites 人权理事会第45/34号; the href is A/RES/45/34",
    ("A_RES_77_128-2228507C.xml", "RS302", "B.OP80"): "the href hrc/RES/49/21 lacks its A/",
}


def main() -> int:
    wrong = {}
    with open(ROOT / "tests" / "data" / "ga_wrong_hrefs.tsv", encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        wrong = {(row["file"], row["href_symbol"]): row["cites"] for row in rows}
    out = []
    for path in [*chinese_files(), *ga_chinese_files()]:
        references = resparse.refs(resparse.parse(path))
        by_span = {c.span: c for c in references.citations}
        for finding in resparse.check(references):
            if finding.level != "error":
                continue
            reason = REVIEWED.get((path.name, finding.code, finding.paragraph or ""))
            citation = by_span.get(finding.span) if finding.span else None
            if reason is None and finding.code == "RS302" and citation is not None and citation.link:
                target = symbol_of_url(citation.link.url)
                if (path.name, target) in wrong:
                    reason = f"the href {target} is wrong: the text cites {wrong[path.name, target]}"
                elif citation.form == "symbol":
                    reason = f"the link names {target}; the text prints {citation.symbol}"
            out.append(
                [path.name, finding.code, finding.paragraph or "", finding.message, reason or "REVIEW"]
            )
    with open(TABLE, "w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Every error-level finding of `resparse check` on ../shared/corpus"
            " (SC 2020-2022, GA 75-77, XML),\n"
            "# each a true error of the UN's text or of its hyperlinks. Written by tools/corpus_errors.py,\n"
            "# compared with what resparse finds by tests/test_corpus_findings.py.\n"
        )
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["file", "code", "paragraph", "message", "reason"])
        writer.writerows(out)
    unreviewed = sum(1 for row in out if row[-1] == "REVIEW")
    print(f"{len(out)} findings written to {TABLE.relative_to(ROOT)}; {unreviewed} to review")
    return 1 if unreviewed else 0


if __name__ == "__main__":
    sys.exit(main())
