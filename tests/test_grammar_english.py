"""The English citation grammar, item by item, as ``refs`` reads it in an English text."""

from __future__ import annotations

import pytest

import resparse


def _cited(paragraph: str, formula: str = "The Security Council,") -> list[str | None]:
    text = f"{formula}\n{paragraph}\n1. Decides to remain seized of the matter.\n"
    return [c.symbol for c in resparse.refs(resparse.parse_text(text)).citations]


@pytest.mark.parametrize(
    ("paragraph", "formula", "symbols"),
    [
        ("Recalling its resolution 1373 (2001),", None, ["S/RES/1373 (2001)"]),
        (
            "Recalling its resolutions 1267 (1999), 1989 (2011) and 2253 (2015),",
            None,
            ["S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"],
        ),
        ("Recalling General Assembly resolution 71/291 of 15 June 2017,", None, ["A/RES/71/291"]),
        ("Recalling its resolutions 47/120 A and B,", "The General Assembly,", ["A/RES/47/120 A-B"]),
        ("Recalling its decision 78/542 C,", "The General Assembly,", ["A/DEC/78/542 C"]),
        ("Recalling Human Rights Council resolution 51/19,", "The General Assembly,", ["A/HRC/RES/51/19"]),
        (
            "Noting that the Human Rights Council, in its resolution 31/1, decided,",
            "The General Assembly,",
            ["A/HRC/RES/31/1"],
        ),
        ("Recalling its resolution S-27/2,", "The General Assembly,", ["A/RES/S-27/2"]),
        ("Recalling resolution 2200 A (XXI),", "The General Assembly,", ["A/RES/2200 A(XXI)"]),
        ("Footnote: Resolution 70/1.", "The General Assembly,", ["A/RES/70/1"]),
        (  # a title between two items, with a bracket in it
            "Welcoming resolutions 74/270 of 2 April 2020 on global solidarity to fight the coronavirus "
            "disease (COVID-19), 74/274 of 20 April 2020 and 74/306,",
            "The General Assembly,",
            ["A/RES/74/270", "A/RES/74/274", "A/RES/74/306"],
        ),
        (  # a section between an item and its date
            "Reaffirming its resolutions 45/248 B, section VI, of 21 December 1990, 55/231,",
            "The General Assembly,",
            ["A/RES/45/248 B", "A/RES/55/231"],
        ),
        ("Recalling the report of the Secretary-General (S/2017/375),", None, ["S/2017/375"]),
        (
            "Welcoming the work of the 1267 Committee and of the 1540 Committee,",
            None,
            ["S/RES/1267 (1999)", "S/RES/1540 (2004)"],
        ),
        ("Recalling the resolution 1540 Committee,", None, ["S/RES/1540 (2004)"]),  # once, not twice
        ("Recalling ISO 9001 (2015) and 2016 (2016),", None, []),  # a standard and a year, no resolution
        # another body's resolutions: its symbol, or none — never the citing organ's
        (
            "Recalling Commission on the Status of Women resolutions 51/2 and 52/2,",
            "The General Assembly,",
            [None, None],
        ),
        ("Noting the Statistical Commission decision 48/110,", "The General Assembly,", [None]),
        (
            "Recalling resolution 2/14 of 27 May 2016 of the United Nations Environment Assembly of the United "
            "Nations Environment Programme,",
            "The General Assembly,",
            ["UNEP/EA.2/Res.14"],
        ),
        (
            "Recalling resolution 668 (XXI) adopted by the General Assembly of the World Tourism Organization,",
            "The General Assembly,",
            [None],
        ),
        (
            "Recalling Commission on Human Rights resolution 2005/80,",
            "The General Assembly,",
            ["E/CN.4/RES/2005/80"],
        ),
        # a number that is no resolution: a paragraph of one, a day, a count
        (
            "Recalling paragraphs 11 of resolution 2213 (2015), 11 of resolution 2362 (2017),",
            None,
            ["S/RES/2213 (2015)", "S/RES/2362 (2017)"],
        ),
        ("Recalling resolution 2245 (2015), 70 ATMIS personnel,", None, ["S/RES/2245 (2015)"]),
        # lists as the originals write them
        (
            "Recalling its resolutions 70/291,72/284,",
            "The General Assembly,",
            ["A/RES/70/291", "A/RES/72/284"],
        ),
        (
            "Recalling its resolutions 72/266 B 5 July 2018 and 73/1,",
            "The General Assembly,",
            ["A/RES/72/266 B", "A/RES/73/1"],
        ),
        ("Welcoming the 2030 Agenda for Sustainable Development Committee,", None, []),
        # a list broken by what an item holds or did, or by its subject
        (
            "Recalling its resolutions 61/36 of 4 December 2006, the annex to which contains the text of the "
            "principles, and 62/68 of 6 December 2007, the annex to which contains the articles, as well as "
            "65/28 of 6 December 2010,",
            "The General Assembly,",
            ["A/RES/61/36", "A/RES/62/68", "A/RES/65/28"],
        ),
        (
            "Recalling its resolutions 71/222 of 21 December 2016, in which it proclaimed the period 2018–2028 "
            "the International Decade for Action “Water for Sustainable Development”, 72/73 of 5 December 2017,",
            "The General Assembly,",
            ["A/RES/71/222", "A/RES/72/73"],
        ),
        (
            "Recalling its resolutions 66/208 of 22 December 2011 concerning culture and development, 66/288 of "
            "27 July 2012, entitled “The future we want”, and 68/223 of 20 December 2013,",
            "The General Assembly,",
            ["A/RES/66/208", "A/RES/66/288", "A/RES/68/223"],
        ),
        (
            "Recalling its resolutions 76/254 of 15 March 2022 proclaiming 15 March the International Day to "
            "Combat Islamophobia and 77/32 of 6 December 2022,",
            "The General Assembly,",
            ["A/RES/76/254", "A/RES/77/32"],
        ),
        (
            "Recalling its resolutions ES-11/1 of 2 March 2022 on the aggression against Ukraine and ES-11/2,",
            "The General Assembly,",
            ["A/RES/ES-11/1", "A/RES/ES-11/2"],
        ),
        (  # the comma left out after a date
            "Recalling its resolutions 69/50 of 2 December 2014, 71/66 of 5 December 2016 73/66 of 5 December 2018,",
            "The General Assembly,",
            ["A/RES/69/50", "A/RES/71/66", "A/RES/73/66"],
        ),
        # a bare "Commission": the one named last; a range of records: one citation, as the Chinese has it
        (
            "Recalling the resolutions of the Commission on Human Rights, in particular Commission resolution "
            "1998/72,",
            "The General Assembly,",
            ["E/CN.4/RES/1998/72"],
        ),
        ("Recalling Commission resolution 1998/72,", "The General Assembly,", [None]),
        # a citation in a title; the body named for a group, carried over a join to the next
        (
            "Recalling its resolution 72/305 of 23 July 2018, entitled “Review of the implementation of General "
            "Assembly resolution 68/1 on the strengthening of the Economic and Social Council”,",
            "The General Assembly,",
            ["A/RES/72/305", "A/RES/68/1"],
        ),
        (
            "Recalling Economic and Social Council resolutions 1992/22 of 30 July 1992, entitled “Implementation "
            "of General Assembly resolution 46/152”, and 1996/10, as well as resolutions 2001/12 and 2013/40,",
            "The General Assembly,",
            ["E/RES/1992/22", "A/RES/46/152", "E/RES/1996/10", "E/RES/2001/12", "E/RES/2013/40"],
        ),
        (  # a bare "Council": the council named above; a second "its" joined to the first: the same body
            "Noting the work of the Human Rights Council, and approves the posts mandated by the Council in its "
            "resolution 51/30 of 7 October 2022 and its decision 51/101 of 6 October 2022;",
            "The General Assembly,",
            ["A/HRC/RES/51/30", "A/HRC/DEC/51/101"],
        ),
        # "its" of another body: its resolution has no UN symbol
        (
            "Noting the adoption by the Economic Commission for Latin America and the Caribbean of its "
            "resolution 574 (XXVII),",
            "The General Assembly,",
            [None],
        ),
        (
            "Noting the adoption, by the General Assembly of the World Tourism Organization at its twenty-third "
            "session, in September 2019, by its resolution 722 (XXIII), of the Convention,",
            "The General Assembly,",
            [None],
        ),
        ("See A/71/53/ Add.1/Corr.1.", "The General Assembly,", ["A/71/53/Add.1/Corr.1"]),
        # "its": the body the clause is about, else the document's own
        (
            "Welcomes the commitment of the United Nations Environment Assembly to the 2030 Agenda, as reflected "
            "in its resolutions 2/5 of 27 May 2016 and 3/3;",
            "The General Assembly,",
            ["UNEP/EA.2/Res.5", "UNEP/EA.3/Res.3"],
        ),
        (
            "Decides that the arrangements established by the Economic and Social Council for the Commission, "
            "as well as those established by the Council in its decisions 1993/215 and 1995/201, shall apply;",
            "The General Assembly,",
            ["E/DEC/1993/215", "E/DEC/1995/201"],
        ),
        (
            "Recalling all relevant Human Rights Council resolutions, including resolutions 23/9 of 13 June 2013, as well as its "
            "resolution 74/276,",
            "The General Assembly,",
            ["A/HRC/RES/23/9", "A/RES/74/276"],
        ),
        (
            "Recalling resolution 4/6 on marine plastic litter and microplastics, adopted by the United Nations "
            "Environment Assembly at its fourth session,",
            "The General Assembly,",
            ["UNEP/EA.4/Res.6"],
        ),
        (
            "See A/C.6/56/SR.11–13 and A/C.6/56/SR.22.",
            "The General Assembly,",
            ["A/C.6/56/SR.11-13", "A/C.6/56/SR.22"],
        ),
    ],
)
def test_english_citations(paragraph: str, formula: str | None, symbols: list[str]) -> None:
    assert _cited(paragraph, formula or "The Security Council,") == symbols
