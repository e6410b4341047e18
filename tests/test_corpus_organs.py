"""Fixtures of the other organs: a Human Rights Council resolution, an ECOSOC resolution, a GA draft."""

from __future__ import annotations

import resparse
from resparse.render.json import document_dict
from tests.support import CORPUS, unaccounted


def read(name: str):
    document = resparse.parse(CORPUS / name)
    return document, resparse.refs(document)


def test_human_rights_council_resolution() -> None:
    document, references = read("hrc_resolution.txt")
    info = document_dict(document)
    assert (info["symbol"], info["organ"], info["kind"]) == ("A/HRC/RES/57/3", "hrc", "resolution")
    assert document.formula.text == "人权理事会，"
    assert [p.id for p in document.paragraphs] == ["PP1", "PP2", "PP3", "PP4", "PP5", "OP1", "OP2"]
    assert [(c.symbol, c.organ, c.type) for c in references.citations] == [
        ("A/HRC/RES/53/6", "hrc", "hrc-resolution"),
        ("A/HRC/RES/51/10", "hrc", "hrc-resolution"),
        ("A/HRC/RES/S-28/1", "hrc", "hrc-resolution"),
        ("A/RES/76/300", "ga", "ga-resolution"),
        ("E/RES/2021/29", "ecosoc", "ecosoc-resolution"),
        ("A/HRC/DEC/22/104", "hrc", "decision"),  # 其: the Council's own decision
        ("A/RES/60/251", "ga", "ga-resolution"),  # the Council as the subject, not the issuer
        ("UNEP/EA.5/Res.5", "unea", "resolution"),
        (None, "other", "decision"),  # a conference of the parties: its body, no symbol
        ("A/HRC/RES/5/1", "hrc", "hrc-resolution"),  # 理事会: the Council named before
    ]
    assert resparse.check(references) == []
    text = (CORPUS / "hrc_resolution.txt").read_text(encoding="utf-8")
    assert unaccounted(document, text) == {"missing": [], "doubled": []}


def test_economic_and_social_council_resolution() -> None:
    document, references = read("ecosoc_resolution.txt")
    assert (document.symbol, document.organ) == ("E/RES/2023/12", "ecosoc")
    assert [(c.symbol, c.organ, c.type) for c in references.citations] == [
        ("E/RES/2022/5", "ecosoc", "ecosoc-resolution"),
        ("E/DEC/2021/204", "ecosoc", "decision"),
        ("A/RES/75/290 A", "ga", "ga-resolution"),
        (
            None,
            None,
            "resolution",
        ),  # 1996/31 after the Assembly's: the Assembly numbers no year, whose is not said
        (None, "other", "resolution"),  # the Commission on the Status of Women's
    ]
    assert [c.written_date for c in references.citations][:3] == ["2022-07-22", "2021-06-08", "2021-06-25"]


def test_general_assembly_draft() -> None:
    document, references = read("ga_draft.txt")
    info = document_dict(document)
    assert (info["symbol"], info["organ"], info["kind"]) == ("A/C.3/78/L.5/Rev.1", "ga", "draft")
    assert document.formula.text == "大会"  # the formula without its comma
    assert [p.id for p in document.paragraphs] == ["PP1", "PP2", "OP1", "OP2"]
    assert [c.symbol for c in references.citations] == [
        "A/RES/77/199",
        "A/HRC/RES/52/7",
        "S/RES/2664 (2022)",
        "S/RES/2713 (2023)",
    ]
