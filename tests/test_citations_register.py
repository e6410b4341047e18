"""The register: years from the package's own table, and a full CSV on top of it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import resparse
from resparse.citations.register import default_register
from resparse.errors import InputError
from tests.support import SHARED, need


@pytest.mark.parametrize(
    ("number", "year"),
    [(1, 1946), (15, 1946), (16, 1947), (1373, 2001), (2178, 2014), (2195, 2014), (2722, 2024), (2811, 2025)],
)
def test_year_of(number: int, year: int) -> None:
    assert default_register().year_of(number) == year


@pytest.mark.parametrize("number", [0, -5, 99999])
def test_unknown_numbers(number: int) -> None:
    assert default_register().year_of(number) is None


def test_embedded_table_agrees_with_the_full_register() -> None:
    import csv

    path = need(SHARED / "data" / "sc_resolutions.csv")
    register = default_register()
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(register.year_of(int(r["number"])) == int(r["year"]) for r in rows)
    assert register.last_number == max(int(r["number"]) for r in rows)


def test_full_register_adds_dates_and_titles() -> None:
    register = default_register().with_csv(need(SHARED / "data" / "sc_resolutions.csv"))
    entry = register.entry(2395)
    assert entry.year == 2017 and entry.date == "2017-12-21"


def test_small_register_csv(tmp_path) -> None:
    path = tmp_path / "reg.csv"
    path.write_text("number,symbol,year,date,topic,title\n9000,S/RES/9000 (2031),2031,2031-01-02,x,y\n")
    register = default_register().with_csv(path)
    assert register.year_of(9000) == 2031 and register.last_number == 9000
    assert register.year_of(1373) == 2001


@pytest.mark.parametrize(
    ("content", "message"),
    [("a,b\n1,2\n", "not a register CSV"), ("number,year\nx,2001\n", "not a register CSV")],
)
def test_bad_register_csv(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        default_register().with_csv(path)
    with pytest.raises(InputError, match="not found"):
        default_register().with_csv(tmp_path / "missing.csv")


def test_a_register_is_read_only_and_pickles(tmp_path) -> None:
    """Resolvers remember what a register said, so a register cannot change under them."""
    import pickle

    path = tmp_path / "reg.csv"
    path.write_text("number,symbol,year,date,topic,title\n1373,S/RES/1373 (2001),2001,2001-09-28,t,T\n")
    register = default_register().with_csv(path)
    with pytest.raises(TypeError):
        register.entries[1373] = None  # type: ignore[index]
    copy = pickle.loads(pickle.dumps(register))
    assert copy.entry(1373) == register.entry(1373) and copy.year_of(2395) == 2017


def test_assembly_sessions_from_the_package() -> None:
    register = default_register()
    assert register.sessions["74"].last == 307 and not register.sessions["74"].open
    latest = max((s for s in register.sessions if s.isdigit()), key=int)
    assert register.sessions[latest].open  # the last session listed may still adopt resolutions
    assert register.sessions["ES-11"].open
    assert register.beyond_session("74", 308) == 307
    assert register.beyond_session("74", 307) is None
    assert register.beyond_session(latest, 9999) is None
    assert register.beyond_session("12", 5) is None  # a session the table does not know


def test_a_full_register_with_assembly_rows(tmp_path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "number,symbol,year,session,part,date,title\n"
        "2395,S/RES/2395 (2017),2017,,,2017-12-21,CTED\n"
        "54,A/RES/74/54,,74,,2019-12-12,Nuclear disarmament\n"
        "232,A/RES/74/232 B,,74,B,2020-08-11,\n",
        encoding="utf-8",
    )
    register = default_register().with_csv(path)
    assert register.entry(2395).date == "2017-12-21"
    assert register.ga_entry("74", 54, None).title == "Nuclear disarmament"
    assert register.ga_entry("74", 232, "B").date == "2020-08-11"
    assert register.ga_entry("74", 232, None) is None  # another part's date is no date of this one
    again = pickle.loads(pickle.dumps(register))
    assert again.ga_entry("74", 54, None) == register.ga_entry("74", 54, None)
    document = resparse.parse_text("大会，\n回顾其第74/54号和第74/232 B号决议，\n1. 决定。\n")
    dates = [c.date for c in resparse.refs(document, register=register).citations]
    assert dates == ["2019-12-12", "2020-08-11"]


def test_the_shared_assembly_register_loads() -> None:
    path = need(SHARED / "data" / "ga_resolutions_74-80.csv")
    register = default_register().with_csv(path)
    assert register.ga_entry("74", 54, None).date == "2019-12-12"


def test_the_session_table_is_up_to_date() -> None:
    """The package's table is what tools/ga_sessions.py builds from ../shared."""
    need(SHARED / "data" / "ga_resolutions_74-80.csv")
    import subprocess
    import sys

    tool = Path(__file__).resolve().parents[1] / "tools" / "ga_sessions.py"
    assert subprocess.run([sys.executable, str(tool), "--check"], check=False).returncode == 0
