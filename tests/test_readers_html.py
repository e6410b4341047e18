"""HTML: leaf blocks as paragraphs, <a href> as links that the linter checks."""

from __future__ import annotations

import pytest

import resparse
from resparse.errors import InputError

PAGE = """<!DOCTYPE html>
<html lang="zh"><head><title>S/RES/2999</title><script>var x = "第 1 号决议";</script></head>
<body>
<div class="cover"><p>S/RES/2999 (2026)</p></div>
<p><b>安全理事会</b>，</p>
<p>回顾其第 <a href="https://undocs.org/ch/S/RES/1373(2001)">1373(2001)</a>号决议和第
<a href="https://undocs.org/ch/S/RES/1625(2005)">1624</a><a href="https://undocs.org/ch/S/RES/1625(2005)">(2005)</a>号决议，</p>
<ol><li>1. 决定继续开展工作；</li><li>2. 决定继续积极处理此案。<a href="https://example.org/x">见此</a></li></ol>
</body></html>"""


def test_html_blocks_links_and_findings(tmp_path) -> None:
    path = tmp_path / "draft.html"
    path.write_text(PAGE, encoding="utf-8")
    document = resparse.parse(path)
    assert document.format == "html" and document.symbol == "S/RES/2999 (2026)"
    assert document.formula.text == "安全理事会，"
    assert [(p.id, p.text) for p in document.paragraphs] == [
        ("PP1", "回顾其第 1373(2001)号决议和第 1624(2005)号决议，"),
        ("OP1", "决定继续开展工作；"),
        ("OP2", "决定继续积极处理此案。见此"),
    ]
    # The split <a> elements make one link.
    assert [link.text for link in document.links] == ["1373(2001)", "1624(2005)", "见此"]
    codes = sorted(f.code for f in resparse.check(document))
    # The link on "见此" is to a web page, not a document: RS304 says so (it is no dangling citation link).
    assert codes == ["RS302", "RS304", "RS403"]


def test_empty_html_is_an_error(tmp_path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        resparse.parse(path)


@pytest.mark.parametrize(
    ("page", "ids"),
    [
        (
            "<html><body>安全理事会，<br>回顾第1373(2001)号决议，<br>1. 决定继续积极处理此案。</body></html>",
            ["PP1", "OP1"],
        ),
        (
            "<div>安全理事会，<p>回顾第1373(2001)号决议，</p>1. 决定：<ul><li>(a) 第一项；</li><li>(b) 第二项。</li></ul></div>",
            ["PP1", "OP1", "OP1(a)", "OP1(b)"],
        ),
    ],
    ids=["text-between-br", "text-around-blocks"],
)
def test_no_text_is_dropped(tmp_path, page: str, ids: list[str]) -> None:
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    document = resparse.parse(path)
    assert document.formula.text == "安全理事会，"
    assert [p.id for p in document.paragraphs] == ids


def test_declared_charset_is_honoured(tmp_path) -> None:
    page = '<html><head><meta charset="gbk"></head><body><p>安全理事会，</p><p>回顾其第1373(2001)号决议，</p></body></html>'
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    assert resparse.parse(path).paragraphs[0].text == "回顾其第1373(2001)号决议，"


def test_html_without_text_is_an_error(tmp_path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><div> </div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no text"):
        resparse.parse(path)
