"""Tables in a cleaned document: rows and columns, found from their headers.

Two forms are read, both as cleaned text gives them:

* **a row per line**, cells separated by tabs (the Word and HTML readers write tables
  so, and wide gaps in plain text become tabs) or by 「|」 (crawler and Markdown output:
  「1 | 漕河泾新兴技术开发区 | 1988.06 | 1330 | 电子信息、新材料 |」);
* **a cell per line** under a header of one heading per line that starts with 序号, as
  PDF text layers and crawlers give tables (「序号\\n园区名称\\n所属区县\\n主导产业\\n1\\n龙兴
  工业园区\\n…」): each row starts at the next serial number.

A table is kept when its header names the carrier (名称, 园区名称, 楼宇名称 …); the roles
of the other columns come from their headings (``ROLE_PATTERNS``). A cell left out (a
merged cell a PDF writes once) or left blank takes the text of the cell above and is
marked ``inherited``; offsets always point at text the document holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from extract import units
from extract.carriers import own_suffix
from extract.lexicon import SUFFIX_KIND
from extract.model import Cell, Document, Mention, Place, SectorLink, Table
from extract.places import Found, document_unit, load_districts, place_id
from extract.taxonomy import Taxonomy

__all__ = [
    "ROLE_PATTERNS",
    "column_roles",
    "find_tables",
    "places_in_tables",
    "prefer_stated_districts",
]

ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("serial", re.compile(r"序号|编号|序")),
    ("area", re.compile(r".{0,8}(?:面积|公顷|平方公里|亩).{0,8}")),
    ("date", re.compile(r".{0,6}(?:时间|日期|年份|年度|批次|时限)")),
    ("name", re.compile(r".{0,8}名称|名单|园区|开发区|楼宇|集聚区|基地|载体|商圈|项目地块")),
    (
        "district",
        re.compile(
            r".{0,4}(?:区县|区（县）|区\(县\)|县（市、区）|县\(市、区\)|县市区|行政区|所在地|所属地|盟市"
            r"|属地|地区|区域|市州|地市|城市|所属区|所在区|位置|地址|地点)"
        ),
    ),
    (
        "sectors",
        re.compile(r".{0,6}(?:产业|领域|定位|方向|类别|类型|业态|功能)(?:方向|定位|类别|领域)?"),
    ),
)
"""Column headings, by the role of the column: tried in order, each heading whole."""

_MAX_HEADING = 14
"""Characters a column heading has at most."""
_SERIAL = re.compile(r"\d{1,4}")


_SECTOR_WORD = re.compile(r"产业|领域|方向|定位|业态")
"""A sectors heading without one of these (类型, 类别, 功能) may hold a level or a kind of
zone instead (「类型」: 国家级, 省级): a later column that has one holds the sectors."""


def column_roles(header: list[str]) -> dict[str, int]:
    """The column index of each role the ``header``'s headings name: the first one, but
    for the sectors the first that says 产业, 领域, 方向, 定位 or 业态 if any does
    (「类型 | … | 主导产业」)."""
    roles: dict[str, int] = {}
    for i, heading in enumerate(header):
        compact = re.sub(r"\s", "", heading)
        if not compact or len(compact) > _MAX_HEADING:
            continue
        for role, pattern in ROLE_PATTERNS:
            if pattern.fullmatch(compact):
                if role not in roles or (
                    role == "sectors"
                    and _SECTOR_WORD.search(compact)
                    and not _SECTOR_WORD.search(header[roles[role]])
                ):
                    roles[role] = i
                break
    return roles


def _is_header(cells: list[str]) -> bool:
    roles = column_roles(cells)
    return "name" in roles and len(roles) >= 2


def find_tables(
    reading: str, text: str | None = None, at: Callable[[int], int] | None = None
) -> list[Table]:
    """The tables of a document. ``reading`` is the text rules are matched on (the
    reading form); cells are cut from ``text`` (the verbatim text; ``reading`` itself
    when omitted), ``at`` mapping an offset of ``reading`` to ``text``."""
    cut = _Cutter(reading if text is None else text, at or (lambda offset: offset))
    lines = list(_lines(reading))
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _row_table(lines, i, cut) or _cell_table(lines, i, cut)
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
    return tables


class _Cutter:
    """Cuts cells out of the verbatim text by reading-form offsets."""

    def __init__(self, text: str, at: Callable[[int], int]) -> None:
        self.text = text
        self.at = at

    def __call__(self, start: int, end: int) -> Cell:
        a, b = self.at(start), self.at(end)
        written = self.text[a:b].rstrip()  # an exclusive end may take in a dropped note
        return Cell(written, a, a + len(written))

    def offset(self, start: int) -> int:
        return self.at(start)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


# --- a row per line ----------------------------------------------------------------------


def _cells(start: int, line: str) -> list[tuple[int, int]] | None:
    """The spans of a row's cells, or ``None`` for a line that is no row."""
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return None
    spans = []
    at = 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        spans.append((start + at + lead, start + at + len(part.rstrip())))
        at += len(part) + 1
    if sep == "|":  # 「| a | b |」: the edges are no cells
        if spans and spans[0][0] >= spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] >= spans[-1][1]:
            spans = spans[:-1]
    return spans


def _row_table(lines: list[tuple[int, str]], i: int, cut: _Cutter) -> tuple[Table, int] | None:
    start, line = lines[i]
    spans = _cells(start, line)
    if not spans or len(spans) < 2:
        return None
    header = [cut(a, b).text for a, b in spans]
    reading_header = [line[a - start : b - start] for a, b in spans]
    if not _is_header(reading_header):
        return None
    columns = column_roles(reading_header)
    rows: list[list[Cell]] = []
    j = i + 1
    while j < len(lines):
        row_start, row_line = lines[j]
        row = _cells(row_start, row_line)
        if row is None:
            break
        j += 1
        if _is_header([row_line[a - row_start : b - row_start] for a, b in row]):
            continue  # a second heading row (「序号 | 开发区名称 | …」) or a repeated header
        if columns.get("serial") == 0 and len(row) == len(header) - 1:
            row = _split_serial(row, row_line, row_start)
        cells = _realigned([cut(a, b) for a, b in row], columns, len(header))
        rows.append(_filled(cells, columns, len(header), rows))
    if not rows:
        return None
    end = lines[j - 1][0] + len(lines[j - 1][1])
    columns = _named_by_content(columns, rows)
    return Table(header, columns, rows, cut.offset(start), cut.offset(end)), j


_LEADING_SERIAL = re.compile(r"\d{1,4}(?=\s*[^\d\s.．])")


def _split_serial(row: list[tuple[int, int]], line: str, start: int) -> list[tuple[int, int]]:
    """A row whose serial number is glued to its first cell (「1 南京…集聚区」, one blank
    apart) split into the serial and the rest."""
    a, b = row[0]
    serial = _LEADING_SERIAL.match(line, a - start)
    if serial is None:
        return row
    gap = len(line[serial.end() :]) - len(line[serial.end() :].lstrip())
    return [(a, start + serial.end()), (start + serial.end() + gap, b), *row[1:]]


# --- a cell per line ---------------------------------------------------------------------


def _cell_table(lines: list[tuple[int, str]], i: int, cut: _Cutter) -> tuple[Table, int] | None:
    if not _SERIAL_HEADING.fullmatch(lines[i][1]):
        return None
    k = i
    while k < len(lines) and column_roles([lines[k][1]]) and len(lines[k][1]) <= _MAX_HEADING:
        k += 1
    heading_lines = lines[i:k]
    reading_header = [line for _, line in heading_lines]
    if len(reading_header) < 3 or not _is_header(reading_header):
        return None
    columns = column_roles(reading_header)
    header = [cut(a, a + len(line)).text for a, line in heading_lines]
    rows: list[list[Cell]] = []
    j = k
    expected = 1
    while j < len(lines) and lines[j][1] == str(expected):
        row_lines = [lines[j]]
        j += 1
        while (
            j < len(lines)
            and lines[j][1] != str(expected + 1)
            and len(row_lines) < len(header)
            and _fits_cell(lines[j][1])
        ):
            row_lines.append(lines[j])
            j += 1
        cells = [cut(a, a + len(line)) for a, line in row_lines]
        rows.append(_filled(cells, columns, len(header), rows))
        expected += 1
    if not rows:
        return None
    end = lines[j - 1][0] + len(lines[j - 1][1])
    columns = _named_by_content(columns, rows)
    return Table(header, columns, rows, cut.offset(heading_lines[0][0]), cut.offset(end)), j


def _named_by_content(columns: dict[str, int], rows: list[list[Cell]]) -> dict[str, int]:
    """The roles with the name column moved to the column whose cells name carriers (end in
    a carrier suffix) most often, when that is not the one the headings say: a list's
    「认定名称」 holds the title (「河南省中小企业特色产业集群(纺织服装)」), its 「申报单位」
    the zone (新野县产业集聚区)."""
    taken = {i for role, i in columns.items() if role != "name"}

    def naming(i: int) -> int:
        return sum(1 for row in rows if i < len(row) and own_suffix(row[i].text.strip()))

    width = max((len(row) for row in rows), default=0)
    best = max((i for i in range(width) if i not in taken), key=naming, default=None)
    if best is None or naming(best) <= naming(columns["name"]):
        return columns
    return columns | {"name": best}


_SERIAL_HEADING = re.compile(r"序号|编号")
_SENTENCE = re.compile(r"[。；！？]")


def _fits_cell(line: str) -> bool:
    """True for a line that can be a table cell: short, and no sentence."""
    return len(line) <= 60 and not _SENTENCE.search(line)


_MERGED_ROLES = frozenset(("district", "sectors", "date"))
"""Columns whose blank cells mean 「as above」: a merged district, sector or batch."""
_HAN = re.compile(r"[\u3400-\u9fff]")


def _filled(
    cells: list[Cell], columns: dict[str, int], width: int, above: list[list[Cell]]
) -> list[Cell]:
    """``cells`` made ``width`` long: a missing cell (a row a PDF wrote short), or a blank
    one in a district, sector or date column, inherits the cell above."""
    merged = {i for role, i in columns.items() if role in _MERGED_ROLES}
    cells = cells[:width]
    out = []
    for col in range(width):
        cell = cells[col] if col < len(cells) else None
        blank = cell is not None and not cell.text.strip()
        if (cell is None or (blank and col in merged)) and above and col < len(above[-1]):
            prev = above[-1][col]
            cell = Cell(prev.text, prev.start, prev.end, inherited=True)
        out.append(cell if cell is not None else Cell("", -1, -1))
    return out


def _realigned(cells: list[Cell], columns: dict[str, int], width: int) -> list[Cell]:
    """A row whose merged cells a crawler left out and padded at its end
    (「2 | 天目医药港化工集聚区 | 111.11 | ||」 under 「序号 | 地区 | 园区名称 | 面积 | 备注」)
    moved right, so its name sits under 名称 and the left-out cells are blank."""
    name = columns.get("name")
    if name is None or name >= len(cells) or _HAN.search(cells[name].text):
        return cells
    trailing = 0
    while trailing < len(cells) and not cells[len(cells) - 1 - trailing].text.strip():
        trailing += 1
    first = 1 if columns.get("serial") == 0 else 0
    shift = min(trailing, name - first)
    if shift <= 0 or not any(_HAN.search(c.text) for c in cells[first:name]):
        return cells
    blank = Cell("", -1, -1)
    return [*cells[:first], *[blank] * shift, *cells[first : len(cells) - shift]][:width]


# --- places from tables ------------------------------------------------------------------

_PHRASE_SPLIT = re.compile(r"[、，,；;/／\s]+|(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff])")


def places_in_tables(doc: Document, taxonomy: Taxonomy) -> list[Found]:
    """A finding for each table row that names a carrier: the row's district cell is its
    district, the phrases of its sector cell its sectors, and the row its quote.

    ``doc`` is the document as the extractor reads it (its reading form); its tables are
    found anew there, so cells, names and phrases are in simplified characters.
    """
    districts = load_districts()
    unit = document_unit(doc)
    found = []
    for table in find_tables(doc.text):
        heading = table.header[table.columns["name"]]
        for row in table.rows:
            name_cell = table.cell(row, "name")
            if name_cell is None or name_cell.inherited or not _HAN.search(name_cell.text):
                continue  # no name of its own (a number where rows are misaligned)
            name = name_cell.text.strip()
            cited = _row_quote(doc.text, row)
            district_cell = table.cell(row, "district")
            district = district_cell.text.strip() if district_cell else ""
            if name == district:
                continue  # 「4 | 乌海市 | 乌海市 | …」: a row shifted by a repeated cell
            # A cell may hold a chain (杭州市余杭区): its finest unit.
            district = districts.of_name(district) or units.finest_unit(district) or district
            district = district or districts.of_name(name)
            district = district or units.leading_unit(name, unit)  # 偃师市产业集聚区 → 偃师区
            # A row that names no unit is in the document's own (a 上海篇 catalogue's rows
            # in 上海市), which a name or a column says better wherever they say one.
            stated = bool(district)
            district = district or unit
            sector_cell = table.cell(row, "sectors")
            phrases = _PHRASE_SPLIT.split(sector_cell.text) if sector_cell else []
            if not any(phrases):
                phrases = [p for cell in _other_cells(table, row) for p in _bracketed(cell.text)]
            links = [
                SectorLink(p, taxonomy.classify_id(p), doc.id, cited)
                for p in dict.fromkeys(p for p in phrases if len(p) >= 2)
            ]
            start, end = name_cell.start, name_cell.end
            pair = _NAME_AND_BRACKETED_RE.fullmatch(name)
            if pair and own_suffix(pair["name"]) and own_suffix(pair["other"]):
                # 「长沙高新区(岳麓山国家大学科技城)」: two carriers, the bracketed one found
                # on its own in the cell.
                name = pair["name"]
                start = name_cell.start + name_cell.text.index(name)
                end = start + len(name)
            found.append(
                Found(
                    name=name,
                    kind=_kind(name, heading),
                    unnamed=False,
                    district=district,
                    parent="",
                    mention=Mention(doc.id, start, end, cited, doc.section_label(start)),
                    links=links,
                    district_stated=stated,
                    listed=bool(CARRIER_HEADING_RE.search(heading)),
                )
            )
    return found


CARRIER_HEADING_RE = re.compile("园区|产业园|开发区|集聚区|集群|基地|楼宇|商圈|商务区|载体")
"""Words of a name column's heading that say its cells name carriers (「集群名称」,
「园区名称」); 「项目名称」, 「企业名称」 name other things."""


_NAME_AND_BRACKETED_RE = re.compile(r"(?P<name>[^（）()]+)[（(](?P<other>[^（）()]+)[）)]")
"""A name cell that names a second carrier in brackets after the first."""


def _other_cells(table: Table, row: list[Cell]) -> list[Cell]:
    """The cells of ``row`` in columns that play no role (a 认定名称 column of titles)."""
    roles = set(table.columns.values())
    return [cell for i, cell in enumerate(row) if i not in roles]


def _bracketed(cell: str) -> list[str]:
    """The sector phrases of a title's closing bracket: 「河南省中小企业特色产业集群(特钢深
    加工和机械制造)」 → 特钢深加工, 机械制造 (a bracket inside it stays: 汽车及零部件(含电动
    汽车))."""
    cell = cell.strip()
    if not cell.endswith((")", "）")):
        return []
    depth = 0
    for i in range(len(cell) - 1, -1, -1):
        depth += {")": 1, "）": 1, "(": -1, "（": -1}.get(cell[i], 0)
        if depth == 0:
            inner = cell[i + 1 : -1]
            return [p for p in _BRACKET_SPLIT.split(inner) if len(p) >= 2] if i > 0 else []
    return []


_BRACKET_SPLIT = re.compile(r"[、，,；;]|和(?![^（(]*[)）])")
"""Between the phrases of a bracket: 、 and 和 outside an inner bracket."""


def _row_quote(text: str, row: list[Cell]) -> str:
    """The row as the document writes it: from its first own cell to its last."""
    own = [c for c in row if not c.inherited and c.start >= 0]
    return text[min(c.start for c in own) : max(c.end for c in own)].strip()


def _kind(name: str, heading: str) -> str:
    """The kind a name's suffix says; else the column heading's (楼宇名称: building)."""
    suffix = own_suffix(name)
    if suffix:
        return SUFFIX_KIND[suffix]
    if "楼宇" in heading:
        return "building"
    return "park" if "园" in heading else "zone"


def prefer_stated_districts(places: list[Place], table_found: list[Found]) -> None:
    """Give each place a table row names the district that row's column states: a stated
    district wins over one guessed from the name (两江… read as 两江新区). Changed in
    place, id included (it derives from the district)."""
    stated = {f.mention: f.district for f in table_found if f.district and f.district_stated}
    for place in places:
        district = next((stated[m] for m in place.mentions if m in stated), "")
        # A row's unit narrowed by the name (杭州市 row, 建德经济开发区 → 建德市); a
        # province (广东省) says less than the name did.
        if district not in load_districts().names:
            district = units.refine(place.name, district) if units.district_unit(district) else ""
        coarser = units.is_within(place.district, district)  # 浦东新区 stays over 上海市
        if district and district != place.district and not coarser:
            place.district = district
            place.id = place_id(place.name, place.kind, district)
