"""Inputs users bring: PDFs printed by a browser, traditional characters, tables, the same
text in several formats, folders with other files, and archives built to exhaust memory."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import opencc
import pytest
from test_ingest import _pdf

from clustermap.cli import main
from extract import extract
from extract.ingest import IngestError, Skipped, read_file, read_paths
from geo import settings

PARKS = """重庆市工业园区名单的通知
各区县人民政府：
经研究，现将认定的重庆市工业园区名单公布如下：重庆两江新区龙兴工业园区，重庆璧山高新技术产业开发区，重庆永川工业园区凤凰湖产业园，重庆长寿经济技术开发区，重庆涪陵综合保税区，重庆铜梁高新技术产业开发区。
请各园区聚焦汽车制造、电子信息、新材料等产业，加快发展。
特此通知。
"""


# --- normalisation and page furniture ----------------------------------------------------


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_a_browser_printed_pdf_reads_its_radicals_as_ideographs_and_drops_its_furniture(
    tmp_path: Path,
) -> None:
    page = tmp_path / "plan.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>龙兴工业园区发展规划</title>"
        "</head><body><div>首页 &gt; 政务公开 &gt; 规划计划</div>"
        "<h1>重庆市龙兴工业园区发展规划</h1><p>一、总体要求</p>"
        "<p>依托龙兴工业园区，打造汽车制造先进制造业集聚区。</p>"
        "<table><tr><th>序号</th><th>园区名称</th><th>所属区县</th><th>主导产业</th></tr>"
        "<tr><td>1</td><td>水土高新技术产业园</td><td>北碚区</td><td>集成电路</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "plan.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    from pypdf import PdfReader

    layer = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "\u2fb8\u2eda" in layer and "\u2ef0" in layer  # Chromium wrote 「⾸⻚」 and 「⻰」
    (doc,) = read_file(pdf)
    assert doc.title == "重庆市龙兴工业园区发展规划"
    assert doc.text.split("\n") == [
        "重庆市龙兴工业园区发展规划",
        "一、总体要求",
        "依托龙兴工业园区，打造汽车制造先进制造业集聚区。",
        "序号\t园区名称\t所属区县\t主导产业",  # cells a single space apart in the PDF
        "1\t水土高新技术产业园\t北碚区\t集成电路",
    ]  # no breadcrumb, no printed date, title, address or 「1/1」
    places = {p.name: p for p in extract([doc]).places}
    assert any(name.endswith("龙兴工业园区") for name in places)
    assert places["水土高新技术产业园"].district == "北碚区"
    assert places["水土高新技术产业园"].raw_sectors == ["集成电路"]


def test_running_headers_and_page_numbers_of_a_pdf_are_dropped(tmp_path: Path) -> None:
    body = [
        ["一、总体要求", "到2027年，建成特色楼宇5栋。"],
        ["二、重点任务", "依托解放碑商圈，打造金融特色楼宇。"],
        ["三、保障措施", "加强组织领导。"],
    ]
    pages = [
        ["\f", "重庆市渝中区人民政府公报", *lines, f"第{n}页 共3页", f"- {n} -"]
        for n, lines in enumerate(body, 1)
    ]
    path = tmp_path / "gazette.pdf"
    path.write_bytes(_pdf([line for page in pages for line in page][1:]))
    (doc,) = read_file(path)
    assert doc.text.split("\n") == [line for lines in body for line in lines]


def test_full_width_punctuation_stays_as_written() -> None:
    from extract.cleaning import clean

    assert clean("（一）金融：依托⻰兴，建设ＡＢ园。") == "（一）金融：依托龙兴，建设ＡＢ园。"


# --- skipped files and duplicates ----------------------------------------------------------


def test_every_file_in_a_folder_that_is_not_read_is_reported_with_its_reason(
    tmp_path: Path, capsys
) -> None:
    (tmp_path / "plan.txt").write_text(PARKS, encoding="utf-8")
    for name in ("old.doc", "table.xls", "bundle.zip", "scan.png", "~$plan.docx"):
        (tmp_path / name).write_bytes(b"\x00" * 16)
    docs, errors = read_paths([tmp_path])
    assert len(docs) == 1
    reasons = {Path(e.path).name: e.message for e in errors}
    assert all(isinstance(e, Skipped) for e in errors)
    assert "save it as .docx" in reasons["old.doc"]
    assert "spreadsheet" in reasons["table.xls"]
    assert "unpack it" in reasons["bundle.zip"]
    assert "OCR" in reasons["scan.png"]
    assert "lock file" in reasons["~$plan.docx"]
    # Reported on stderr; the folder's documents were read, so the command succeeds.
    assert main(["extract", str(tmp_path)]) == 0
    assert "old.doc: not read: unsupported file type '.doc'" in capsys.readouterr().err
    # A file named on its own that cannot be read still fails the command.
    assert main(["extract", str(tmp_path / "old.doc")]) == 1


def _docx(lines: list[str], path: Path) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)


def test_one_text_as_txt_html_and_docx_is_one_document(tmp_path: Path) -> None:
    lines = PARKS.strip().split("\n")
    (tmp_path / "a.txt").write_text(PARKS, encoding="utf-8")
    html = "".join(f"<p>{line}</p>" for line in lines)
    (tmp_path / "b.html").write_text(
        f"<html><head><title>{lines[0]}</title></head><body>{html}</body></html>",
        encoding="utf-8",
    )
    _docx(lines, tmp_path / "c.docx")
    (tmp_path / "d.txt").write_text(PARKS.replace("，", ",").replace("：", ":"), encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert [Path(d.source).name for d in docs] == ["a.txt"]
    assert [(Path(e.path).name, type(e).__name__) for e in errors] == [
        ("b.html", "Skipped"),
        ("c.docx", "Skipped"),
        ("d.txt", "Skipped"),
    ]
    assert all(e.message.startswith(f"duplicate of {tmp_path / 'a.txt'}") for e in errors)
    (other,) = read_file(tmp_path / "c.docx")
    assert other.content_key == docs[0].content_key != read_file_key(tmp_path)


def read_file_key(tmp_path: Path) -> str:
    """The key of a text that differs from PARKS by one park."""
    path = tmp_path / "other.txt"
    path.write_text(PARKS.replace("重庆涪陵综合保税区，", ""), encoding="utf-8")
    return read_file(path)[0].content_key


# --- traditional characters ------------------------------------------------------------------


def test_a_traditional_parks_list_gives_the_same_places_as_its_simplified_version(
    tmp_path: Path,
) -> None:
    traditional = opencc.OpenCC("s2t").convert(PARKS)
    assert "兩江新區龍興工業園區" in traditional
    (tmp_path / "simplified.txt").write_text(PARKS, encoding="utf-8")
    (tmp_path / "traditional.txt").write_text(traditional, encoding="utf-8")
    (simple,) = read_file(tmp_path / "simplified.txt")
    (trad,) = read_file(tmp_path / "traditional.txt")
    assert trad.text == traditional.strip()  # kept verbatim
    assert len(trad.reading) == len(trad.text) and trad.reading == simple.text
    assert trad.content_key == simple.content_key  # one text in two scripts: duplicates
    assert trad.title == "重慶市工業園區名單的通知"  # the title as the document writes it

    simple_places = extract([simple]).places
    trad_places = extract([trad]).places
    assert len(simple_places) >= 6
    assert [(p.id, p.name, p.district, p.sectors) for p in trad_places] == [
        (p.id, p.name, p.district, p.sectors) for p in simple_places
    ]
    for place in trad_places:
        # Quotes, and the name as written, come from the traditional text itself.
        for mention in place.mentions:
            assert mention.quote in trad.text
            assert trad.text[mention.start : mention.end] in place.aliases
        for link in place.sector_links:
            assert link.quote in trad.text
    longxing = next(p for p in trad_places if p.name.endswith("龙兴工业园区"))
    assert longxing.name == "重庆两江新区龙兴工业园区"
    assert "重慶兩江新區龍興工業園區" in longxing.aliases


def test_pinyin_notes_a_mirror_site_inserts_are_read_past_and_kept_in_quotes(
    tmp_path: Path,
) -> None:
    # As stored by a mirror site: traditional characters, some followed by their pinyin.
    text = (
        "一、園區(qū)概況\n"
        "重慶市港城工業(yè)園區(qū)位於江北區(qū)，以汽車零部件、電子信息產(chǎn)業(yè)為主導。\n"
        "二、發(fā)展目標\n"
        "到2025年，建成特色產(chǎn)業(yè)園區(qū)3個。"
    )
    path = tmp_path / "gangcheng.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_file(path)
    assert doc.text == text and "(qū)" not in doc.reading
    assert [s.label for s in doc.sections] == ["一、園區(qū)概況", "二、發(fā)展目標"]
    assert doc.text[doc.sections[1].start :].startswith("二、發(fā)展目標")
    (place,) = [p for p in extract([doc]).places if "港城" in p.name]
    assert place.name == "重庆市港城工业园区"
    assert "重慶市港城工業(yè)園區(qū)" in place.aliases
    (mention,) = place.mentions
    assert doc.text[mention.start : mention.end] == "重慶市港城工業(yè)園區(qū)"
    assert mention.quote == doc.text.split("\n")[1] and mention.section == "一、園區(qū)概況"


def test_simplified_quotations_in_a_traditional_text_are_left_alone() -> None:
    from extract.script import simplified_lines

    text = "兩江新區龍興工業園區發展規劃\n引用原文：重庆市龙兴工业园区发展规划"
    assert (
        simplified_lines(text)
        == "两江新区龙兴工业园区发展规划\n引用原文：重庆市龙兴工业园区发展规划"
    )


def test_a_conversion_that_changes_a_lines_length_falls_back_to_characters(
    monkeypatch,
) -> None:
    from extract.script import simplified_lines

    # Taiwan usage: 網際網路 becomes 互联网 (4 → 3); offsets must not move.
    monkeypatch.setattr(settings, "TRADITIONAL_CONVERSION", "tw2sp")
    text = "發展網際網路產業園區。"
    assert opencc.OpenCC("tw2sp").convert(text) == "发展互联网产业园区。"
    assert simplified_lines(text) == "发展网际网路产业园区。"


# --- tables ------------------------------------------------------------------------------


def _table_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("重庆市特色产业园区名单")
    table = document.add_table(rows=4, cols=4)
    values = [
        ("序号", "园区名称", "所属区县", "主导产业"),
        ("1", "龙兴工业园区", "渝北区", "汽车制造、电子信息"),
        ("2", "两江数字经济产业园", "", "软件信息"),
        ("3", "西永微电子产业园区", "沙坪坝区", "集成电路"),
    ]
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # 渝北区 spans rows 1 and 2
    document.save(path)


def test_a_docx_table_becomes_rows_and_its_rows_become_places(tmp_path: Path) -> None:
    path = tmp_path / "parks.docx"
    _table_docx(path)
    (doc,) = read_file(path)
    (table,) = doc.tables
    assert table.header == ["序号", "园区名称", "所属区县", "主导产业"]
    assert table.columns == {"serial": 0, "name": 1, "district": 2, "sectors": 3}
    rows = [[c.text for c in row] for row in table.rows]
    assert rows[1] == ["2", "两江数字经济产业园", "渝北区", "软件信息"]  # the merged cell
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.start : cell.end] == cell.text
    places = {p.name: p for p in extract([doc]).places}
    assert places["两江数字经济产业园"].district == "渝北区"
    assert places["西永微电子产业园区"].district == "沙坪坝区"
    assert places["龙兴工业园区"].raw_sectors[:2] == ["汽车制造", "电子信息"]
    # The row's sector is quoted with its row (微电子 of the name is quoted with the name).
    quotes = {link.phrase: link.quote for link in places["西永微电子产业园区"].sector_links}
    assert quotes["集成电路"] == "3\t西永微电子产业园区\t沙坪坝区\t集成电路"
    assert quotes["微电子"] == "西永微电子产业园区"


def test_an_html_table_with_merged_cells_reads_one_row_per_line(tmp_path: Path) -> None:
    path = tmp_path / "parks.html"
    path.write_text(
        "<html><body><p>重庆市特色产业园区名单</p><table>"
        "<tr><th>序号</th><th>园区名称</th><th>所在地</th><th>产业定位</th></tr>"
        "<tr><td>1</td><td>龙兴工业园区</td><td rowspan='2'>渝北区</td><td>汽车<br>制造</td></tr>"
        "<tr><td>2</td><td>两江数字经济产业园</td><td>软件信息</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_file(path)
    (table,) = doc.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["1", "龙兴工业园区", "渝北区", "汽车制造"],  # a <br> in a cell: a space, tightened
        ["2", "两江数字经济产业园", "渝北区", "软件信息"],
    ]
    assert table.columns == {"serial": 0, "name": 1, "district": 2, "sectors": 3}


def test_a_table_written_one_cell_per_line_inherits_the_cells_a_pdf_wrote_once() -> None:
    from extract.tables import find_tables

    text = (
        "附件\n序号\n园区名称\n所属区县\n主导产业\n1\n龙兴工业园区\n渝北区\n汽车制造先进制造业"
        "\n2\n水土园区\n北碚区\n汽车制造先进制造业\n3\n两江数字经济产业园\n以上园区按年度评估。"
    )
    (table,) = find_tables(text)
    last = table.rows[-1]
    assert [c.text for c in last] == ["3", "两江数字经济产业园", "北碚区", "汽车制造先进制造业"]
    assert [c.inherited for c in last] == [False, False, True, True]
    assert text[last[2].start : last[2].end] == "北碚区"


def test_a_pipe_table_splits_a_serial_glued_to_the_name() -> None:
    from extract.tables import find_tables

    text = "序号 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业 |\n1 漕河泾新兴技术开发区 | 1988.06 | 1330 | 电子信息、新材料 |"
    (table,) = find_tables(text)
    assert table.columns == {"serial": 0, "name": 1, "date": 2, "area": 3, "sectors": 4}
    assert [c.text for c in table.rows[0]] == [
        "1",
        "漕河泾新兴技术开发区",
        "1988.06",
        "1330",
        "电子信息、新材料",
    ]


def test_a_crawled_row_missing_its_merged_cell_is_moved_under_its_headings() -> None:
    from extract.tables import find_tables

    text = (
        "序号 | 地 区 | 园 区 名 称 | 园区面积(公顷) | 备注(原园区名称) |\n"
        "1 | 杭州市 | 建德经济开发区化工园区 | 781.27 | 杭州市建德高新技术产业园 |\n"
        "2 | 天目医药港化工集聚区 | 111.11 | ||\n"
        "3 | 宁波市 | 宁波大榭开发区 | 1199.67 | |"
    )
    (table,) = find_tables(text)
    assert table.columns == {"serial": 0, "district": 1, "name": 2, "area": 3}
    assert [(c.text, c.inherited) for c in table.rows[1]] == [
        ("2", False),
        ("杭州市", True),  # the merged district, from the row above
        ("天目医药港化工集聚区", False),
        ("111.11", False),
        ("", False),  # a blank remark is blank, not 「as above」
    ]


# --- limits ----------------------------------------------------------------------------


def _zip_bomb(path: Path, inflated: int) -> None:
    """A real .docx whose document.xml inflates to ``inflated`` bytes of paragraphs."""
    base = io.BytesIO()
    _docx(["一、总体要求"], base)  # type: ignore[arg-type]
    source = zipfile.ZipFile(io.BytesIO(base.getvalue()))
    para = "<w:p><w:r><w:t>依托龙兴工业园区，打造汽车制造集聚区。</w:t></w:r></w:p>".encode()
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                out.writestr(item, source.read(item))
        with out.open("word/document.xml", "w", force_zip64=True) as xml:
            xml.write(head)
            chunk = para * (1024 * 1024 // len(para))
            for _ in range(inflated // len(chunk)):
                xml.write(chunk)
            xml.write(b"</w:body></w:document>")


def test_a_zip_bomb_docx_is_refused_quickly_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _zip_bomb(path, 100 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024  # under a megabyte on disk
    tracemalloc.start()
    began = time.perf_counter()
    try:
        with pytest.raises(IngestError) as caught:
            read_file(path)
        elapsed = time.perf_counter() - began
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.path == str(path)
    assert "MAX_INFLATED_BYTES" in caught.value.message and "zip bomb" in caught.value.message
    assert peak < 5 * 1024 * 1024 and elapsed < 2


def test_a_dense_archive_under_the_size_limit_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "dense.docx"
    _zip_bomb(path, 20 * 1024 * 1024)  # 20 MB of one repeated paragraph: ratio ~1,000
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert "MAX_INFLATE_RATIO" in caught.value.message


def test_reading_past_the_time_limit_fails_naming_the_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "parks.docx"
    _table_docx(path)
    monkeypatch.setattr(settings, "MAX_READ_SECONDS", 0.0)
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert str(caught.value).startswith(f"{path}: reading took over 0 s")
    monkeypatch.setattr(settings, "MAX_READ_SECONDS", 60.0)
    assert read_file(path)[0].tables


def test_an_uploaded_zip_bomb_is_refused_with_a_clear_error_and_nothing_kept(
    tmp_path: Path, request, monkeypatch
) -> None:
    from backends import make_backend
    from fastapi.testclient import TestClient

    from api.app import create_app

    monkeypatch.setattr(settings, "OVERRIDES_FILE", tmp_path / "overrides.csv")
    backend = make_backend("geopackage", tmp_path / "atlas", request)
    backend.build()
    config = backend.config(api_keys={"officer": "k"}, max_upload_bytes=2 * 1024 * 1024)
    bomb = tmp_path / "bomb.docx"
    _zip_bomb(bomb, 100 * 1024 * 1024)
    upload = {"file": ("bomb.docx", bomb.read_bytes(), "application/octet-stream")}
    with TestClient(create_app(config=config)) as client:
        answer = client.post("/documents", files=upload, headers={"X-API-Key": "k"})
    assert answer.status_code == 422
    assert "zip bomb" in answer.json()["description"]
    assert not [p for p in config.staging.rglob("*") if p.is_file()]
    backend.close()


def test_a_build_refuses_a_zip_bomb_in_its_folder_and_builds_the_rest(
    tmp_path: Path, monkeypatch
) -> None:
    from layers.build import build

    monkeypatch.setattr(settings, "OVERRIDES_FILE", tmp_path / "overrides.csv")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "parks.txt").write_text(PARKS, encoding="utf-8")
    _zip_bomb(docs / "bomb.docx", 100 * 1024 * 1024)
    result = build([docs], tmp_path / "out")
    assert [(Path(e.path).name, "zip bomb" in e.message) for e in result.errors] == [
        ("bomb.docx", True)
    ]
    assert result.report["corpus"]["files"] == ["parks.txt"]
