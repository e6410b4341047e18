"""The English citation grammar: how the originals of UN resolutions cite other resolutions.

``resolution 1373 (2001)``, ``its resolutions 1267 (1999), 1989 (2011) and 2253 (2015)``, ``General
Assembly resolution 71/291 of 15 June 2017``, ``resolutions 47/120 A and B``, ``decision 78/542 C``,
``Human Rights Council resolution 51/19``, ``resolution S-27/2``, ``resolution 2200 A (XXI)``. Symbols
(``S/2017/375``, ``S/PRST/2018/19``) are read by the language-neutral symbol pattern of
:mod:`resparse.grammar.citations`.
"""

from __future__ import annotations

from resparse.grammar.compiled import compile
from resparse.grammar.dates import MONTH

#: An item of an English enumeration of resolutions or decisions.
_ITEM = (
    r"(?:(?P<num>\d{1,4})\s?\((?P<year>\d{4})\)"
    r"|(?P<onum>\d{1,4})\s?(?P<opart>[A-Z])?\s?\((?P<roman>(?:E?S[-‑])?[IVXL]{1,6})\)"
    r"|(?P<session>(?:E?S[-‑])?\d{1,4})/(?P<gnum>\d{1,4})"
    r"(?:\s(?P<part>[A-Z]{1,2}(?:(?:,\s|\sand\s|\sto\s|[-–])[A-Z]{1,2})*)(?![\w/]))?"
    # a bare number: the Council's resolution with its year left out, not a paragraph of one
    # ("paragraphs 11 of resolution 2213 (2015), 11 of …"), a day ("12 May 2008"), or a count
    rf"|(?P<bare>\d{{1,4}})(?![\d/(.,]\d|\s?\((?!“)|\d|\sof\b|\s(?:{MONTH})\b|\s[A-Z]{{2,}}\b))"
)
#: A character of a title between two items (``74/270 of 2 April 2020 on global solidarity to fight the
#: coronavirus disease (COVID-19), 74/274 …``): no list of resolutions starts inside it.
_TITLE_CHAR = r"(?:(?![Rr]esolutions?\b|[Dd]ecisions?\b|\d{1,4}/\d)[^;“”])"
#: A character of a clause about an item (``, in which it proclaimed … “Water for Sustainable
#: Development”, 72/73``): a title's quotation marks may stand in it.
_CLAUSE_CHAR = r"(?:(?![Rr]esolutions?\b|[Dd]ecisions?\b|\d{1,4}/\d)[^;])"
#: The words that open an item's subject (``on culture and development``, ``concerning …``,
#: ``proclaiming 15 March the International Day …``).
_SUBJECT = r"(?:on|concerning|regarding|relating\sto|proclaiming|declaring|establishing)"
#: Where an item's title ends: at the join before the next item.
_NEXT = r"(?:,\s(?:and\s|as\swell\sas\s)?|\sand\s|,?\sas\swell\sas\s)(?:E?S[-‑])?\d"
#: What may follow an item before the next: its date (``of 15 June 2017``), its title (``entitled
#: “…”``, ``on cross-cutting issues``).
_DATE = (
    r"(?:,\s(?:sect(?:ion)?\.?\s[\w.]+|paras?\.\s[\d–-]+(?:\s?\([a-z]{1,4}\))?|annex(?:\s[IVX]+)?))*"
    r"(?:,?\s(?:of\s)?\d{1,2}\s[A-Z][a-z]+\s\d{4})?"
    rf"(?:,?\s(?:entitled\s“[^”]{{1,300}}”|{_SUBJECT}\s[A-Za-z\d]{_TITLE_CHAR}{{1,250}}?(?={_NEXT})))?"
    # what the item did or holds: ", by which it established the Human Rights Council, and 65/281",
    # ", the annex to which contains the text of the principles …, as well as 65/28"
    rf"(?:,\s(?:[a-z]+\s){{0,4}}which\s{_CLAUSE_CHAR}{{1,250}}?(?=,\s(?:and\s|as\swell\sas\s)?\d))?"
)
#: Between two items; a comma left out after a date (``71/66 of 5 December 2016 73/66``) too.
_JOIN = r"(?:,\s?(?:and\s)?|;\s(?:and\s)?|\sand\s|,?\sas\swell\sas\s|(?<=\d{4})\s(?=\d{1,4}/\d))"
#: The bodies English names before ``resolution``.
ORGANS = {
    "United Nations Environment Assembly": "unea",
    "Environment Assembly": "unea",
    "Security Council": "sc",
    "General Assembly": "ga",
    "Assembly": "ga",
    "Human Rights Council": "hrc",
    "Economic and Social Council": "ecosoc",
    "Commission on Human Rights": "chr",
}
#: The organs named in full (the names of :data:`ORGANS` but the short ones), for every pattern naming them.
_UN_ORGANS = (
    r"Security Council|General Assembly|Human Rights Council|Economic and Social Council"
    r"|Commission on Human Rights|United Nations Environment Assembly"
)
GROUP = compile(
    rf"(?:(?P<organ>{_UN_ORGANS}|Environment Assembly|Assembly)"
    r"(?:'s)?(?:,?\s(?:in|by|through|under)(?:\sits)?)?\s|(?P<its>\bits\s))?"
    r"\b(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s"
    rf"(?P<item>{_ITEM}){_DATE}(?:{_JOIN}(?P<item>{_ITEM}){_DATE})*"
)
_JOIN_WORDS = r"(?:,\s?(?:and\s|as\swell\sas\s)?|;\s(?:and\s)?|\sand\s|,?\sas\swell\sas\s)(?:also\s)?"
#: Nothing but a join between two groups: the second is of the body named for the first.
JOIN_ONLY = compile(_JOIN_WORDS)
#: What stands between two citations the English names one after another, each with its own noun
#: (``2378 (2017) and resolution 2436 (2018)``): a join, then at most the noun again.
NAMED_IN_A_ROW = compile(rf"{_JOIN_WORDS}(?:(?:its\s|(?:{_UN_ORGANS})\s)?[Rr]esolutions?\s)?")
#: A quoted title (``entitled “…”``), read again for the citations it holds.
QUOTED = compile(r"“[^“”]{1,300}”")
#: The word a body's name ends with (``Commission on the Status of Women``, ``Statistical
#: Commission``, ``Conference of the Parties``): a body that is none of :data:`ORGANS`.
_BODY_WORD = r"(?:Commission|Committee|Council|Conference|Board|Forum|Organization|Assembly|Meeting|Parties)"
_NAME_WORD = r"(?:[A-Z][\w’'-]*|of|on|the|and|for|in)"
#: Another body named right before ``resolution``: its resolutions have a symbol scheme resparse does
#: not know, so they get none (never the citing organ's).
BODY_BEFORE = compile(
    rf"(?:^|(?<=\s))(?P<name>[A-Z][\w’'-]*(?:\s{_NAME_WORD}){{0,8}}?)(?:'s)?(?:,?\s(?:in|by|through|under)\sits)?\s$"
)
#: A body named after the items it adopted: ``resolution 2/14 of 27 May 2016 of the United Nations
#: Environment Assembly``, ``resolution 668 (XXI) adopted by the General Assembly of the World Tourism
#: Organization``.
BODY_AFTER = compile(
    # its subject may come first: "resolution 4/6 on marine litter, adopted by" (not "of": a title's own)
    r"(?:\s(?:on|entitled)\s[^,;“”]{1,150}?,?\sadopted\sby|,?\s(?:of|adopted\sby|by))"
    rf"\s(?:the\s)?(?P<name>[A-Z][\w’'-]*(?:\s{_NAME_WORD}){{0,8}}?\s?{_BODY_WORD}"
    rf"(?:\sof\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,5}})?)"
)
BODY_WORD = compile(rf"\b{_BODY_WORD}\b")
#: The councils a bare ``Council`` can stand for: the one the text named last.
COUNCIL_NAME = compile(r"Security Council|Human Rights Council|Economic and Social Council")
#: A body's resolutions named as a whole before some of them: ``Human Rights Council resolutions,
#: including resolutions 23/9 …``, ``Council resolutions, in particular resolution 2005/80``.
BODY_THEN_SOME = compile(
    rf"(?P<organ>{_UN_ORGANS})"
    r"(?:'s)?\s(?:[Rr]esolutions|[Dd]ecisions)(?:\sand\s(?:[Rr]esolutions|[Dd]ecisions))?"
    r"(?:\s[a-z][\w\s-]{0,60}?)?,?\s(?:including|in\sparticular|notably|especially|and\sin\sparticular)\s$"
)
#: A body ``its`` can stand for, named earlier in the clause (``the United Nations Environment Assembly
#: …, as reflected in its resolutions 2/5``, ``by the Council in its decisions 1993/215``).
ANTECEDENT = compile(
    rf"{_UN_ORGANS}|Environment Assembly"
    # another body (``the Economic Commission for Latin America and the Caribbean``): no UN organ's
    rf"|(?P<other>[A-Z][\w’'-]*(?:\s{_NAME_WORD}){{0,8}}?\s{_BODY_WORD}\b"
    r"(?:\s(?:for|of|on)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:and\s)?(?:the\s)?[A-Z][\w’'-]*){0,5})?)"
    r"|\bCouncil\b|\bAssembly\b"
)
#: After a body's name, what makes it no subject of the ``its`` that follows: its name used as an
#: attribute (``Council resolutions``), or a citation between the two.
NOT_SUBJECT = compile(
    r"\G(?:'s)?\s(?:[Rr]esolutions?|[Dd]ecisions?)\b|\d/\d|\d\s?\(\d{4}\)|[Rr]esolutions?\s\d"
)
#: The frames that make a body the agent an ``its`` stands for: ``by the Council in its decisions``,
#: ``the commitment of the United Nations Environment Assembly …, as reflected in its resolutions``,
#: ``the Assembly, in paragraph 1 of its resolution``. A body in another frame (``the Special Rapporteur
#: of the Human Rights Council …, the request contained in its resolution 74/136``) is not.
AGENT_BEFORE = compile(
    r"(?:\b(?:decision|request|contribution|adoption|commitment|work|efforts?|call|invitation)\s(?:of|by))"
    # the body's own organ may stand first: "by the General Assembly of the World Tourism Organization"
    r"\s(?:the\s)?(?:(?:[A-Z][\w’'-]*\s){1,4}of\s(?:the\s)?)?$"
)
#: What joins the body to its ``its``: ``the Council in its``, ``the Commission … of its``, ``… at its
#: twenty-third session, in September 2019, by its``.
AGENT_AFTER = compile(
    r"\G(?:\s(?:at|during)\sits\s[\w-]+(?:\s[\w-]+)?\ssession(?:,\s(?:in|on)\s[\w\s]{1,30}?)?)?"
    r",?\s(?:as\s(?:reflected|set\sout|contained|stated|expressed)\s)?(?:in|through|by|under|of)\s"
    r"(?:paragraphs?\s[\d\s,and]+\sof\s)?$"
)
#: The end of a longer stretch between an agent and its ``its`` (``the commitment of the United Nations
#: Environment Assembly to …, as reflected in its``, ``the request of the Human Rights Council to …,
#: through its``).
AS_REFLECTED = compile(r",\s(?:as\s(?:reflected|set\sout|contained|expressed)\s)?(?:in|by|through)\s$")
#: Where the clause an ``its`` belongs to starts.
CLAUSE_START = compile(r"[;.]\s")
#: The bodies a bare ``Council`` or ``Commission`` can stand for: the one of that kind named last
#: (``Human Rights Council resolutions and those of the Commission on Human Rights …, in particular
#: Commission resolution 1998/72``).
SHORT_NAMES = {"Council": COUNCIL_NAME, "Commission": compile(r"Commission on Human Rights")}
#: A reference to a paragraph of the resolution itself: ``paragraph 4 above``, ``paragraphs 3 and 5 (b)
#: of the present resolution``, ``preambular paragraph 2 above``. Only these explicit forms: a bare
#: ``paragraph 37`` is as often one of a report's.
_REF_ITEM = r"\d{1,3}(?:\s?\([a-z]{1,4}\))*"
INTERNAL_REF = compile(
    rf"\b(?P<prefix>preambular\s)?paragraphs?\s(?P<list>{_REF_ITEM}(?:(?:,\s(?:and\s)?|\sand\s|\sto\s|[–-]){_REF_ITEM})*)"
    r"\s(?:above|below|of\s(?:the\s)?present\sresolution|of\sthis\sresolution)\b"
)
REF_NUMBER = compile(r"(?P<n>\d{1,3})(?P<sub>(?:\s?\([a-z]{1,4}\))*)")
#: The shapes of one item, read again on its own (as :data:`GROUP` captured it).
ITEM = compile(_ITEM)
#: A range of part letters in English: ``A to C`` (the other separators are those Chinese writes).
PART_TO = compile(r"\sto\s")
#: A Council committee named by the resolutions that set it up: ``the 1267 Committee``, ``1540
#: Committee``, ``the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee``.
COMMITTEE = compile(
    r"(?<!Education\s)\b(?P<num>\d{3,4})(?:/(?P<num>\d{3,4}))*\s(?!Agenda\b)"
    r"(?:(?:[A-Z][\w’'-]*|\([^)]{1,20}\)|and|of)\s){0,8}?Committee\b"
)
