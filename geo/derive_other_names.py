"""Derive the other names of today's units: ``data/admin/other_names.csv`` (read by
``geo.admin``).

Run ``.venv/bin/python -m geo.derive_other_names --areacodes FILE``, where ``FILE`` is
``result.csv`` of the ``yescallop/areacodes`` repository (CC0 1.0; the commit is
``AREACODES_COMMIT``). ``data/ADMIN.md`` documents the choices below.

Former names
    Plans older than a merger or renaming name their counties as they were: 许昌县 (建安区
    since 2016), 塘沽区 (滨海新区 since 2009), 襄樊市 (襄阳市 since 2010). A former name is
    kept when the areacodes history leads from it to one unit of today, through every
    later change of code (a county split in two has no single successor), no unit of today
    is called by it, in full or short (a name that lives on elsewhere is that unit's), and
    it is not a part of a city (新区, 市区, 东郊区).
    A renaming that kept its code (襄樊市 → 襄阳市) counts as well, and so does the short
    form of a former name (塘沽, 闸北) that no unit of today is called by.

Abbreviations
    ``ABBREVIATIONS``: the short forms texts use for banners and prefectures whose names are
    long (达茂旗 for 达尔罕茂明安联合旗, 巴州 for 巴音郭楞蒙古自治州). Curated, unverified.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from geo.admin import OTHER_NAMES_FILE, UNITS_FILE
from geo.derive_admin import short_unit_name

AREACODES_COMMIT = "eed219a"
"""The commit of ``yescallop/areacodes`` the former names were derived from."""
AREACODES_SOURCE = f"github.com/yescallop/areacodes@{AREACODES_COMMIT} result.csv"

ABBREVIATIONS = {
    "150223": ("达茂旗", "达茂"),
    "150121": ("土左旗",),
    "150221": ("土右旗",),
    "152921": ("阿左旗",),
    "152922": ("阿右旗",),
    "150521": ("科左中旗",),
    "150522": ("科左后旗",),
    "152221": ("科右前旗",),
    "152222": ("科右中旗",),
    "150926": ("察右前旗",),
    "150927": ("察右中旗",),
    "150928": ("察右后旗",),
    "150823": ("乌前旗",),
    "150824": ("乌中旗",),
    "150825": ("乌后旗",),
    "152525": ("东乌旗",),
    "152526": ("西乌旗",),
    "152523": ("苏左旗",),
    "152524": ("苏右旗",),
    "150726": ("新左旗",),
    "150727": ("新右旗",),
    "150725": ("陈旗",),
    "150722": ("莫旗",),
    "150623": ("鄂前旗",),
    "150622": ("准旗",),
    "150627": ("伊旗",),
    "150621": ("达旗",),
    "653000": ("克州",),
    "652700": ("博州",),
}
"""Short forms by the code of the unit they stand for: Inner Mongolia's banners (旗) and
Xinjiang's prefectures (州) as plans and news write them (not 巴州: 巴中's 巴州区 is
called so). Curated, unverified."""

LEVELS = {"县级": "county", "地级": "city"}
SHORTENED_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?<![矿农特])[区县市]")
"""Former names whose stem is written alone: two or three characters and a plain level
(塘沽区 → 塘沽), not a 矿区, 工农区 or 特区 (古交工矿区 gives no 古交工)."""
CITY_PART_RE = re.compile(r".?[郊市矿]?区")
"""Former districts named by a part of a city (新区, 市区, 东郊区, 北市区, 东矿区): words
of every city, not names."""
COLUMNS = ("code", "name", "kind", "since", "former_code", "source")


def former_names(rows: Iterable[dict[str, str]], today: dict[str, dict[str, str]]) -> list[dict]:
    """Former names of today's units (``today``: rows of ``units.csv`` by code) from the
    areacodes history ``rows``."""
    rows = list(rows)
    taken = {r["name"] for r in today.values()} | {r["short_name"] for r in today.values()}
    ended: dict[str, list[str]] = {}
    for r in rows:
        if r["状态"] in ("弃用", "变更") and r["新代码"]:
            ended[r["代码"]] = [re.sub(r"\[.*\]", "", c) for c in r["新代码"].split(";") if c]

    def successor(code: str, hops: int = 0) -> str:
        if code in today or hops > 8:
            return code if code in today else ""
        after = ended.get(code, [])
        return successor(after[0], hops + 1) if len(after) == 1 else ""

    found: dict[str, dict] = {}
    for r in rows:
        name, level = r["名称"], LEVELS.get(r["级别"], "")
        if not level or name in taken or r["状态"] == "在用" or CITY_PART_RE.fullmatch(name):
            continue
        # A renaming that kept the code: the code is today's unit (襄樊市 → 襄阳市).
        now = r["代码"] if r["状态"] == "变更" and r["代码"] in today else successor(r["代码"])
        if not now:
            continue
        row = {"code": now, "name": name, "kind": "former", "since": r["变更/弃用时间"],
               "former_code": r["代码"], "source": AREACODES_SOURCE}  # fmt: skip
        if name in found and found[name]["code"] != now:
            found[name]["code"] = ""  # two units of today: the name says neither
        else:
            found.setdefault(name, row)
    rows = [row for row in found.values() if row["code"]]
    # The short form as well (塘沽 of 塘沽区): texts write it after the city (天津塘沽…).
    shorts = [
        dict(row, name=short)
        for row in rows
        if SHORTENED_RE.fullmatch(row["name"])
        and (short := short_unit_name(row["name"]))
        and short not in taken | set(found)
    ]
    return rows + [r for r in {r["name"]: r for r in shorts}.values()]


def abbreviations(today: dict[str, dict[str, str]]) -> list[dict]:
    """``ABBREVIATIONS`` as rows; an error for a code that is not today's or a name a
    unit of today is called by."""
    out = []
    taken = {r["name"] for r in today.values()} | {r["short_name"] for r in today.values()}
    for code, names in ABBREVIATIONS.items():
        if code not in today:
            sys.exit(f"{code} ({names[0]}) is no unit of today: fix ABBREVIATIONS")
        for name in names:
            if name in taken:
                sys.exit(f"{name} is a unit's own name: fix ABBREVIATIONS")
            out.append({"code": code, "name": name, "kind": "abbreviation", "since": "",
                        "former_code": "", "source": "curated, unverified"})  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--areacodes", type=Path, required=True,
                        help="result.csv of yescallop/areacodes")  # fmt: skip
    args = parser.parse_args(argv)
    if not args.areacodes.is_file():
        sys.exit(f"no file {args.areacodes}: give result.csv of a yescallop/areacodes checkout")
    with open(UNITS_FILE, encoding="utf-8", newline="") as f:
        today = {r["code"]: r for r in csv.DictReader(f)}
    with open(args.areacodes, encoding="utf-8-sig", newline="") as f:
        rows = former_names(csv.DictReader(f), today) + abbreviations(today)
    rows.sort(key=lambda r: (r["code"], r["kind"], r["name"]))
    with open(OTHER_NAMES_FILE, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("former", "abbreviation")}
    print(f"other names: {kinds}")


if __name__ == "__main__":
    main()
