"""Build ``resparse/citations/data/ga_sessions.tsv``: the General Assembly's sessions and their numbers.

For each session, the first and last resolution number and the first and last adoption date, from the
UN's data extract (``../shared/data/ga_resolutions_74-80.csv``, UNxml/GAresolutions). The extract is
known to stop short in a session now and then (session 74 ends at 74/266 there, while the corpus's
resolutions cite, and the UN hyperlinks, 74/267 to 74/307): the last number of a session is the larger
of the extract's and of the highest number the UN's own hyperlinks in ``../shared/corpus/unxml-ga``
point at. The last session listed is still open: its last number is no limit.

    python tools/ga_sessions.py            # writes the table
    python tools/ga_sessions.py --check    # exits 1 when the table in the package is out of date
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TABLE = ROOT / "resparse" / "citations" / "data" / "ga_sessions.tsv"
HREF = re.compile(r'href="https?://undocs\.org/(?:[a-zA-Z]{2}/)?A/RES/(\d{2,3})/(\d{1,3})', re.IGNORECASE)


def build() -> str:
    numbers: dict[str, list[int]] = defaultdict(list)
    dates: dict[str, list[str]] = defaultdict(list)
    with open(SHARED / "data" / "ga_resolutions_74-80.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            session, number = row["session"].strip(), row["number"].strip()
            if not number.isdigit():
                continue
            numbers[session].append(int(number))
            if row.get("date"):
                dates[session].append(row["date"])
    cited: dict[str, int] = defaultdict(int)
    for path in sorted((SHARED / "corpus" / "unxml-ga").glob("*/*/*.xml")):
        for session, number in HREF.findall(path.read_text(encoding="utf-8")):
            if session in numbers:
                cited[session] = max(cited[session], int(number))
    lines = [
        "# The General Assembly's sessions: the last resolution number (numbering starts at 1 in each)"
        " and the",
        "# first and last adoption date the extract gives (special and emergency sessions resume:"
        " they stay open).",
        "# Built by tools/ga_sessions.py from the UN's data extract (UNxml/GAresolutions) and the"
        " numbers the",
        "# UN's own hyperlinks cite; the last session listed is open (its last number is no limit).",
        "session\tfirst\tlast\tfirst_date\tlast_date",
    ]

    def order(session: str) -> tuple[int, int]:
        kind = 0 if session.isdigit() else 1
        return kind, int(re.sub(r"\D", "", session) or 0)

    for session in sorted(numbers, key=order):
        listed = numbers[session]
        last = max(max(listed), cited.get(session, 0))
        span = sorted(dates[session])
        lines.append(f"{session}\t1\t{last}\t{span[0] if span else ''}\t{span[-1] if span else ''}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    table = build()
    if "--check" in argv:
        return 0 if TABLE.read_text(encoding="utf-8") == table else 1
    TABLE.write_text(table, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
