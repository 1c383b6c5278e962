"""Ingestion: real seed documents and real files in every supported format and encoding."""

from __future__ import annotations

import io
import pickle
import random
import tracemalloc
from dataclasses import asdict
from pathlib import Path

import pytest

from extract.cleaning import clean, is_boilerplate
from extract.documents import jurisdiction, read_metadata, split_documents
from extract.ingest import IngestError, read_file, read_paths
from extract.model import Document
from extract.readers import read_docx
from extract.sections import parse_sections
from geo import settings


def seed(prefix: str) -> Path:
    """The corpus file whose name starts with ``prefix`` (``"004"``)."""
    (path,) = settings.CORPUS_DIR.glob(f"{prefix}_*.txt")
    return path


def by_title(docs: list[Document], start: str) -> Document:
    (doc,) = [d for d in docs if d.title.startswith(start)]
    return doc


def labels(doc: Document, needle: str) -> list[str]:
    """The section path (as labels) of the first occurrence of ``needle`` in ``doc``."""
    offset = doc.text.index(needle)
    return [s.label for s in doc.section_path(offset)]


# --- the seed corpus -------------------------------------------------------------------

SEED_META = [
    # title start, full title, issuer, date, doc_number, jurisdiction
    (
        "渝中区推动",
        "渝中区推动现代生产性服务业高质量发展实施方案（2024—2027年）",
        "重庆市渝中区人民政府办公室",
        "2024-11-25",
        "",
        "渝中区",
    ),
    (
        "重庆两江新区",
        "重庆两江新区加速推进现代生产性服务业高质量发展实施方案（2025—2027年）",
        "重庆两江新区管理委员会办公室",
        "2025-07-08",
        "",
        "两江新区",
    ),
    (
        "渝中区科创",
        "渝中区科创服务业高质量发展三年行动计划（2025—2027年）",
        "重庆市渝中区人民政府办公室",
        "2025-06-20",
        "",
        "渝中区",
    ),
    (
        "重庆市人民政府关于",
        "重庆市人民政府关于现代生产性服务业发展情况的报告",
        "重庆市人民政府",
        "2025-05-28",  # the date of the report to the 人大 session, not the web page's
        "",
        "重庆市",
    ),
    ("重庆市林长制", "重庆市林长制办法", "重庆市人民政府", "2024-07-18", "第370号", "重庆市"),
    (
        "重庆市加速推进",
        "重庆市加速推进现代生产性服务业高质量发展行动方案（2024—2027年）",
        "重庆市人民政府",
        "2024-07-26",
        "渝府发〔2024〕18号",
        "重庆市",
    ),
]


def test_corpus_reads_into_six_documents(corpus_docs: list[Document]) -> None:
    assert len(corpus_docs) == 6
    assert [Path(d.source).name[:3] for d in corpus_docs] == [
        "000",
        "001",
        "002",
        "003",
        "004",
        "004",
    ]
    assert len({d.id for d in corpus_docs}) == 6
    assert all(d.id.startswith("doc-") and len(d.id) == 14 for d in corpus_docs)


@pytest.mark.parametrize(("start", "title", "issuer", "date", "number", "place"), SEED_META)
def test_seed_metadata(corpus_docs, start, title, issuer, date, number, place) -> None:
    doc = by_title(corpus_docs, start)
    assert doc.meta() | {"id": "", "source": ""} == {
        "id": "",
        "source": "",
        "title": title,
        "issuer": issuer,
        "date": date,
        "doc_number": number,
        "jurisdiction": place,
    }


def test_ids_are_stable_across_runs(corpus_docs: list[Document]) -> None:
    again, _ = read_paths([settings.CORPUS_DIR])
    assert [d.id for d in again] == [d.id for d in corpus_docs]


def test_004_splits_into_regulation_and_plan() -> None:
    regulation, plan = read_file(seed("004"))
    assert regulation.title == "重庆市林长制办法"
    assert regulation.text.startswith("第370号\n")
    assert regulation.text.endswith("第二十条 本办法自2024年9月1日起施行。")
    assert "缙云山" in regulation.text and "缙云山" not in plan.text
    # The 印发 notice and the plan it transmits are one document.
    assert plan.text.startswith("重庆市人民政府关于\n印发《")
    assert "渝府发〔2024〕18号" in plan.text and "（三十二）优化发展环境" in plan.text
    assert regulation.text + "\n" + plan.text == "\n".join(split_documents(_cleaned("004")))


def _cleaned(prefix: str) -> str:
    return clean(seed(prefix).read_text(encoding="utf-8"))


def test_004_hard_wraps_are_undone(corpus_docs: list[Document]) -> None:
    plan = by_title(corpus_docs, "重庆市加速推进")
    for phrase in (
        "仙桃数据谷软件园",
        "新田港",
        "到2027年，全市新增规模以上科技研发服务业企业500家",
    ):
        assert phrase in plan.text
    lines = plan.text.split("\n")
    assert "" not in lines
    # An item's wrapped lines join up to a sentence that ends at a line end …
    (item,) = [line for line in lines if line.startswith("（十）")]
    assert item.endswith("年均增长15%左右。")
    # … and a full line that ends a sentence is kept apart from what follows.
    assert "（市经济信息委等按职责分工负责）" in lines
    # Short lines stay whole and are not glued to their neighbours.
    for heading in (
        "一、总体要求",
        "六、保障措施",
        "重庆市人民政府",
        "2024年7月26日",
        "（2024—2027年）",
    ):
        assert heading in lines
    regulation = by_title(corpus_docs, "重庆市林长制")
    assert (
        "第三条 实施林长制应当坚持山水林田湖草沙系统治理，遵循生态优先、保护为主，绿色发展、"
        in (regulation.text)
    )


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_unwrapped_seeds_keep_their_lines(prefix: str) -> None:
    source = ["".join(line.split()) for line in _source_lines(prefix)]
    cleaned = ["".join(line.split()) for line in _cleaned(prefix).split("\n")]
    # Nothing merged, nothing split: every cleaned line is a source line, in order.
    it = iter(source)
    assert all(any(line == s for s in it) for line in cleaned)
    if prefix == "000":
        assert cleaned == source


def _source_lines(prefix: str) -> list[str]:
    text = seed(prefix).read_text(encoding="utf-8")
    return [line.strip(" \t\xa0\u3000") for line in text.split("\n") if line.strip()]


def test_a_list_of_names_of_one_length_is_not_read_as_hard_wrapped() -> None:
    # Seven names of about one width fill the wrap window; the paragraphs around them run
    # far past it, which no text cut at a fixed width does.
    names = [
        f"陕西{county}经济技术开发区(简称{county}经开区)"
        for county in ("扶风", "陈仓", "千阳", "陇县", "永寿", "彬州", "勉县")
    ]
    text = "\n\n".join(
        [
            "《批复》提到,同意宝鸡市扶风工业园区、陈仓科技工业园区、千阳工业园区认定为省级经济技术开发区,享受省级经济技术开发区相关政策。",
            *names,
            "扶风经开区",
            "批准面积1223.34公顷,由三个地块组成。地块一545.99公顷:东至镇域界限,南至连霍高速,西至绛法高速,北至台塬。",
            "主导产业:汽车零部件、农副食品加工和生物医药",
            "陈仓经开区",
        ]
    )
    lines = clean(text).split("\n")
    assert lines[1:8] == names
    assert lines[-2:] == ["主导产业:汽车零部件、农副食品加工和生物医药", "陈仓经开区"]


def test_web_boilerplate_is_gone(corpus_docs: list[Document]) -> None:
    lianjiang = by_title(corpus_docs, "重庆两江新区")
    report = by_title(corpus_docs, "重庆市人民政府关于")
    for doc in (lianjiang, report):
        for chrome in ("浏览器", "扫一扫", "重庆人大网", "日期:", "来源:", "\xa0"):
            assert chrome not in doc.text
    assert lianjiang.text.startswith("各国有企业,各街道办事处")
    last = lianjiang.text.split("\n")[-1]
    assert last.startswith("积极召开生产性服务业领域企业家交流会") and last.endswith("发展氛围。")
    # The page title line 「… - 重庆人大网」 duplicated the heading: only the heading stays.
    assert report.text.startswith(
        "重庆市人民政府关于现代生产性服务业发展情况的报告\n重庆市人民政府\n"
    )
    assert report.text.endswith("特此报告。")


def test_cleaned_text_conventions(corpus_docs: list[Document]) -> None:
    for doc in corpus_docs:
        lines = doc.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert "\r" not in doc.text and "\t\t" not in doc.text  # a tab separates cells
    first = corpus_docs[0]
    # Full-width punctuation is kept as written (no NFKC).
    assert "（一）金融服务业" in first.text and "，" in first.text and "：" in first.text
    assert "专栏1\t企业矩阵培育行动重点任务" in first.text  # the source's wide gap


# --- sections --------------------------------------------------------------------------


def test_000_box_sits_in_its_enumeration(corpus_docs: list[Document]) -> None:
    doc = corpus_docs[0]
    path = labels(doc, "平安金融中心")
    assert path[0] == "四、重点实施七大行动"
    assert path[1].startswith("三是") and "专业特色楼宇（集聚区）打造行动" in path[1]
    assert path[2] == "专栏3 生产性服务业专业特色楼宇布局"
    # The box lists its own 一是…六是; the outer 四是 still follows 三是, outside the box.
    assert labels(doc, "化龙桥国际商务区")[2].startswith("专栏3")
    assert len(labels(doc, "菜园坝滨江新城")) == 4
    outer = labels(doc, "积极搭建政企对接平台")
    assert outer[0] == "四、重点实施七大行动" and outer[1].startswith("四是") and len(outer) == 2
    assert [s.level for s in doc.sections if s.number.startswith("专栏")] == [4, 4, 4, 4]
    assert labels(doc, "依托渝中区现代服务业高质量发展专项工作机制")[1].endswith("加强组织领导")


def test_001_inline_point_heading(corpus_docs: list[Document]) -> None:
    doc = by_title(corpus_docs, "重庆两江新区")
    path = doc.section_path(doc.text.index("良景、照母山"))
    assert [s.number for s in path] == ["二", "（二）", "1"]
    assert [s.level for s in path] == [1, 2, 3]
    assert path[0].label == "二、打造六大特色产业集群"
    assert path[1].label.startswith("（二）聚焦科技服务")
    assert path[2].label == "1.检验检测"
    assert doc.text[path[2].start : path[2].heading_end] == "1.检验检测。"
    # 「(一)经营主体培育工程。…」 is a heading inline with its paragraph too.
    assert labels(doc, "梯度培育体系")[-1] == "（一）经营主体培育工程"


def test_section_spans_nest(corpus_docs: list[Document]) -> None:
    for doc in corpus_docs:
        for s in doc.sections:
            assert 0 <= s.start < s.heading_end <= s.end <= len(doc.text)
            assert s.start == 0 or doc.text[s.start - 1] == "\n"
        for a in doc.sections:
            for b in doc.sections:
                overlap = a.start < b.end and b.start < a.end
                nested = (a.start <= b.start and b.end <= a.end) or (
                    b.start <= a.start and a.end <= b.end
                )
                assert not overlap or nested


def test_boxes_tables_and_articles(corpus_docs: list[Document]) -> None:
    keji = by_title(corpus_docs, "渝中区科创")
    assert labels(keji, "通远大厦")[1:] == [
        "（一）楼宇园区提质增效行动",
        "专栏1 楼宇园区提质增效行动重点项目",
    ]
    assert labels(keji, "6050")[-1].startswith("表1 ")
    assert labels(keji, "从业人员数量（人）")[-1] == "表2 科创服务业细分领域目标分解表"
    regulation = by_title(corpus_docs, "重庆市林长制")
    assert labels(regulation, "督促指导本级")[0] == "第十条"
    assert {s.level for s in regulation.sections if s.number.startswith("第")} == {2}
    plan = by_title(corpus_docs, "重庆市加速推进")
    assert labels(plan, "仙桃数据谷") == [
        "三、加快产业链优化整合和数字化转型，引领产业向价值链高端延伸",
        "（十）提质发展软件信息服务业",
    ]
    assert sum(s.level == 2 for s in plan.sections) == 32


# --- encodings and formats -------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_text_encodings(tmp_path: Path, corpus_docs, encoding: str, bom: bytes) -> None:
    original = seed("000").read_text(encoding="utf-8")
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(bom + original.encode(encoding))
    (doc,) = read_file(path)
    assert doc.text == corpus_docs[0].text
    assert doc.meta() | {"source": ""} == corpus_docs[0].meta() | {"source": ""}


def test_utf16_paragraph_without_ascii(tmp_path: Path) -> None:
    # No newline or digit: no NUL byte to go by, so detection has to work on the text.
    paragraph = "支持两江软件园、仙桃数据谷软件园、重庆软件园、重庆软件天地等创建中国软件名园。"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(paragraph.encode(encoding))
        assert read_file(path)[0].text == paragraph


BOILERPLATE_PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title} - 重庆市渝中区人民政府网</title>
<style>.tip {{ color: red }}</style><script>var site = "重庆市渝中区";</script></head>
<body><header><a>首页</a> | <a>政务公开</a></header><nav><a>首页</a><a>政策文件</a></nav>
<div class="tip">更换或升级浏览器以获得最佳体验。</div>
<div>您的浏览器版本太低，请升级到最新版本以获得更好的浏览体验</div>
<div>当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div>发布时间：2024-11-25 信息来源：区政府办公室 浏览次数：1024</div>
<div>【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a></div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="article"><h1>{title}</h1>
{body}
<table><tr><td>楼宇</td><td>方向</td></tr><tr><td>平安金融中心</td><td>现代金融</td></tr></table>
<div style="display:none">隐藏的统计代码</div><!-- 注释 --></div>
<div>扫一扫在手机打开当前页</div>
<footer>版权所有：重庆市渝中区人民政府办公室 渝ICP备05003300号</footer></body></html>"""


def test_gbk_html_page_without_boilerplate(tmp_path: Path) -> None:
    plan = seed("000").read_text(encoding="utf-8").split("\n")
    paragraphs = [line.strip() for line in plan[19:40] if line.strip()]
    body = "\n".join(f"<p>&nbsp;&nbsp;{p}</p>" for p in paragraphs)
    title = "渝中区推动现代生产性服务业高质量发展实施方案（2024—2027年）"
    page = tmp_path / "page.htm"
    page.write_bytes(BOILERPLATE_PAGE.format(title=title, body=body).encode("gbk"))
    (doc,) = read_file(page)
    assert doc.title == title
    # A table row is one line, its cells separated by a tab.
    assert doc.text.split("\n") == [title, *paragraphs, "楼宇\t方向", "平安金融中心\t现代金融"]
    assert labels(doc, "深度融合")[0] == "二、基本原则"


def test_docx_paragraphs_and_table(tmp_path: Path) -> None:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("重庆市渝中区人民政府办公室")
    document.add_paragraph("2024年11月25日")
    document.add_paragraph("渝中区楼宇经济实施方案")
    heading = document.add_paragraph("一、重点楼宇")
    heading.paragraph_format.tab_stops.add_tab_stop(Cm(2))  # a tab stop is not a tab
    document.add_paragraph("依托平安金融中心等重点楼宇，打造现代金融特色楼宇。")
    table = document.add_table(rows=3, cols=2)
    values = [("楼宇", "方向"), ("环球金融中心", "总部经济"), ("", "现代金融")]
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # a merged cell is read in each row it spans
    document.add_paragraph("二、保障措施")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert "\t" not in read_docx(path.read_bytes()).split("\n")[3]  # a tab stop is no tab
    (doc,) = read_file(path)
    assert doc.text.split("\n")[3:] == [
        "一、重点楼宇",
        "依托平安金融中心等重点楼宇，打造现代金融特色楼宇。",
        "楼宇\t方向",
        "环球金融中心\t总部经济",
        "环球金融中心\t现代金融",
        "二、保障措施",
    ]
    assert (doc.title, doc.issuer, doc.date, doc.jurisdiction) == (
        "渝中区楼宇经济实施方案",
        "重庆市渝中区人民政府办公室",
        "2024-11-25",
        "渝中区",
    )
    assert labels(doc, "环球金融中心") == ["一、重点楼宇"]


def _pdf(lines: list[str]) -> bytes:
    """A PDF with a real Chinese text layer (reportlab's built-in CID font STSong-Light);
    a ``"\f"`` line starts a new page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    y = 800
    for line in lines:
        if y < 60 or line == "\f":
            page.showPage()
            y = 800
        if line == "\f":
            continue
        page.setFont("STSong-Light", 10)
        page.drawString(40, y, line)
        y -= 16
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_pdf_text_layer_reads_like_the_seed(tmp_path: Path) -> None:
    # Seed 004 is the text layer of a PDF: print its physical lines into a real PDF.
    lines = [line for line in seed("004").read_text(encoding="utf-8").split("\n") if line.strip()]
    path = tmp_path / "gazette.pdf"
    path.write_bytes(_pdf(lines))
    from_pdf = read_file(path)
    from_txt = read_file(seed("004"))
    assert [d.text for d in from_pdf] == [d.text for d in from_txt]
    assert [d.meta() | {"source": ""} for d in from_pdf] == [
        d.meta() | {"source": ""} for d in from_txt
    ]


# --- bad inputs ------------------------------------------------------------------------


def _error(path: Path | str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.path == str(path)
    return caught.value


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)  # an image-like page: shapes, no text
    page.showPage()
    page.save()
    assert "no text layer" in _error(path).message


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n\xe3\x80\x80\n", "whitespace"),
        ("random.txt", random.Random(7).randbytes(4096), "binary"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(8).randbytes(512),
            "binary",
        ),
        (
            "chrome.html",
            "<p>扫一扫在手机打开当前页</p><p>打印本页 关闭窗口</p>".encode(),
            "boilerplate",
        ),
        ("broken.docx", b"PK\x03\x04 not really a zip archive", ".docx"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "PDF"),
        ("notes.doc", "一、总体要求".encode(), "unsupported"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, data: bytes, phrase: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    error = _error(path)
    assert phrase in error.message
    assert str(error).startswith(f"{path}: ")


def test_missing_path_and_folder(tmp_path: Path) -> None:
    missing = _error(tmp_path / "missing.txt")
    assert "no such file" in missing.message
    assert "folder" in _error(tmp_path).message
    # Errors cross process boundaries intact (a pool of readers pickles them).
    copy = pickle.loads(pickle.dumps(missing))
    assert (copy.path, copy.message, str(copy)) == (missing.path, missing.message, str(missing))


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    tracemalloc.start()
    try:
        error = _error(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "limit" in error.message and "52,428,800 bytes" in error.message
    assert peak < 5 * 1024 * 1024


def test_size_limit_is_read_at_call_time(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "small.txt"
    path.write_text("一、总体要求\n到2027年，打造特色楼宇。", encoding="utf-8")
    monkeypatch.setattr(settings, "MAX_INPUT_BYTES", 10)
    assert "limit" in _error(path).message


def test_read_paths_keeps_going(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_plan.txt").write_bytes(seed("000").read_bytes())
    (folder / "sub" / "b_gazette.txt").write_bytes(seed("004").read_bytes())
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_binary.pdf").write_bytes(random.Random(3).randbytes(2048))
    (folder / "notes.md").write_text("# not a document", encoding="utf-8")
    (folder / ".hidden.txt").write_text("一、总体要求", encoding="utf-8")
    missing = tmp_path / "missing.docx"
    docs, errors = read_paths([folder, missing])
    assert [d.title[:6] for d in docs] == ["渝中区推动现", "重庆市林长制", "重庆市加速推"]
    assert [Path(d.source).name for d in docs] == ["a_plan.txt", "b_gazette.txt", "b_gazette.txt"]
    # A file of another type in a folder is reported as skipped (not a failure); hidden
    # files are not looked at.
    assert [(Path(e.path).name, type(e).__name__) for e in errors] == [
        ("c_empty.txt", "IngestError"),
        ("d_binary.pdf", "IngestError"),
        ("notes.md", "Skipped"),
        ("missing.docx", "IngestError"),
    ]
    assert all(isinstance(e, IngestError) and e.message for e in errors)


# --- the pieces, on text no seed contains ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "您的浏览器版本过低，为保证最佳浏览效果，请升级浏览器",
        "推荐使用谷歌浏览器或360浏览器极速模式浏览本站",
        "微信扫一扫分享",
        "[ 打印 ] [ 关闭 ]",
        "【打印本页】【关闭窗口】【收藏】",
        "字号：大 中 小",
        "分享到: 微信 微博 QQ空间",
        "发布日期：2024年05月06日 来源：市发展改革委",
        "来源：重庆日报",
        "当前位置：首页 > 政务公开 > 规划计划",
        "版权所有：重庆市人民政府办公厅 | 网站标识码5000000095",
        "- 3 -",
        "第 2 页 共 9 页",
    ],
)
def test_boilerplate_patterns(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "一、总体要求",
        "2024年11月25日",
        "5580",
        "支持信创浏览器、办公软件等基础软件研发，推动国产浏览器在政务领域升级替代，打造信创产业集群，培育一批龙头企业。",
        "打造一批大中小企业融通发展的特色楼宇。",
    ],
)
def test_body_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_spaces_dropped_only_next_to_han() -> None:
    text = "到 2027年，建成 IT 服务平台 3 个\nOpen Source 软件 与 CPTPP 规则\n第一条  为了加强管理"
    assert clean(text).split("\n") == [
        "到2027年，建成IT服务平台3个",
        "Open Source软件与CPTPP规则",
        "第一条 为了加强管理",
    ]


def test_split_two_notices_and_merge_a_transmitted_plan() -> None:
    text = "\n".join(
        [
            "重庆市江北区人民政府办公室关于做好2024年防汛工作的通知",
            "江北府办发[2024]5号",
            "各街道办事处，区政府各部门：",
            "为做好防汛工作，确保安全度汛，现就有关事项通知如下。",
            "一、提高认识",
            "各单位要高度重视防汛工作，切实落实责任。",
            "特此通知。",
            "重庆市江北区人民政府办公室",
            "二〇二四年五月六日",
            "（此件公开发布）",
            "重庆市江北区人民政府关于印发江北区楼宇经济若干措施的通知",
            "江北府发（2024）9号",
            "各街道办事处，区政府各部门：",
            "现将《江北区楼宇经济若干措施》印发给你们，请认真贯彻执行。",
            "重庆市江北区人民政府",
            "2024年6月1日",
            "江北区楼宇经济若干措施",
            "为促进楼宇经济发展，结合我区实际，制定本措施。",
            "一、支持楼宇提质",
        ]
    )
    first, second = split_documents(text)
    assert first.endswith("（此件公开发布）")
    assert asdict(read_metadata(first)) == {
        "title": "重庆市江北区人民政府办公室关于做好2024年防汛工作的通知",
        "issuer": "重庆市江北区人民政府办公室",
        "date": "2024-05-06",
        "doc_number": "江北府办发〔2024〕5号",
        "jurisdiction": "江北区",
    }
    meta = read_metadata(second)
    assert (meta.title, meta.doc_number, meta.date) == (
        "江北区楼宇经济若干措施",
        "江北府发〔2024〕9号",
        "2024-06-01",
    )
    assert [s.label for s in parse_sections(second)] == ["一、支持楼宇提质"]


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("重庆市渝中区人民政府办公室", "渝中区"),
        ("重庆两江新区管理委员会办公室", "两江新区"),
        ("重庆市人民政府", "重庆市"),
        ("重庆市经济和信息化委员会", "重庆市"),
        ("重庆高新区管委会", "重庆高新区"),
        ("四川省人民政府", "四川省"),
        ("四川省成都市武侯区人民政府", "武侯区"),
        ("重庆市石柱土家族自治县人民政府", "石柱土家族自治县"),
        ("渝中区科创服务业高质量发展三年行动计划", "渝中区"),
        # A title about zones, or one whose words end in 地区, names no jurisdiction.
        ("重庆市特色产业园区名单", "重庆市"),
        ("关于首批成渝地区双城经济圈产业合作示范园区的通知", ""),
        ("新疆维吾尔自治区和田地区行政公署", "和田地区"),
    ],
)
def test_jurisdiction(name: str, place: str) -> None:
    assert jurisdiction(name) == place


def test_split_at_issuer_line_above_a_title_and_joint_signers() -> None:
    text = "\n".join(
        [
            "重庆市经济和信息化委员会关于加快软件园建设的通知",
            "各区县（自治县）经济信息委：",
            "为加快推进软件园建设，现将有关事项通知如下。",
            "一、加快载体建设",
            "到2025年，全市建成特色软件园10个以上。",
            "特此通知。",
            "重庆市经济和信息化委员会",
            "重庆市财政局",
            "2023年2月3日",
            "重庆市大渡口区人民政府",
            "大渡口区软件产业发展规划（2023—2025年）",
            "为推动全区软件产业高质量发展，制定本规划。",
            "一、发展基础",
        ]
    )
    notice, plan = split_documents(text)
    meta = read_metadata(notice)
    assert (meta.issuer, meta.date, meta.jurisdiction) == (
        "重庆市经济和信息化委员会、重庆市财政局",
        "2023-02-03",
        "重庆市",
    )
    meta = read_metadata(plan)
    assert (meta.title, meta.issuer, meta.jurisdiction) == (
        "大渡口区软件产业发展规划（2023—2025年）",
        "重庆市大渡口区人民政府",
        "大渡口区",
    )


def test_web_metadata_table(tmp_path: Path) -> None:
    cells = [
        ("索引号：", "11500103009274917D/2024-00088"),
        ("发布机构：", "重庆市渝中区人民政府办公室"),
        ("发文字号：", "渝中府办发[2024]12号"),
        ("成文日期：", "2024-03-15"),
        ("发布日期：", "2024-03-20"),
    ]
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in cells)
    page = tmp_path / "notice.html"
    page.write_text(
        "<html><head><meta charset='utf-8'>"
        "<title>关于印发渝中区楼宇经济提质增效行动方案的通知_重庆市渝中区人民政府</title></head>"
        f"<body><table>{rows}</table><h1>关于印发渝中区楼宇经济提质增效行动方案的通知</h1>"
        "<p>区政府各部门：</p><p>现将《渝中区楼宇经济提质增效行动方案》印发给你们，请认真组织实施。</p>"
        "<p>渝中区楼宇经济提质增效行动方案</p><p>一、总体要求</p>"
        "<p>依托解放碑、化龙桥等重点区域，打造一批特色楼宇。</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_file(page)
    assert (doc.title, doc.issuer, doc.date, doc.doc_number, doc.jurisdiction) == (
        "渝中区楼宇经济提质增效行动方案",
        "重庆市渝中区人民政府办公室",
        "2024-03-15",
        "渝中府办发〔2024〕12号",
        "渝中区",
    )


def test_indented_first_line_is_never_joined() -> None:
    body = (
        "支持两江软件园、仙桃数据谷软件园、重庆软件园、重庆软件天地等创建中国软件名园，努力创建中国"
    )
    closing = (body * 2)[:78] + "负责）"  # a paragraph whose last line is full and ends in 「）」
    nxt = body[:40] + "到2027年建成国家级软件名园2个。"
    assert len(closing) == 81 and len(nxt) > 40

    def page(indent: str) -> str:
        lines = [closing[:40], closing[40:], indent + nxt[:40], nxt[40:]] * 4
        return "\n\n".join(lines)

    # Without an indent, a full last line ending in 「）」 cannot be told from a wrap …
    assert clean(page("")).split("\n")[0] == closing + nxt
    # … with one, the indented line starts a paragraph of its own.
    assert clean(page("\u3000\u3000")).split("\n")[:2] == [closing, nxt]


def test_html_declaring_gb2312_but_sent_as_utf8(tmp_path: Path) -> None:
    page = tmp_path / "resaved.html"
    paragraph = "依托解放碑、化龙桥等重点区域，打造一批现代金融特色楼宇。"
    page.write_text(
        f"<html><head><meta charset='gb2312'></head><body><p>{paragraph}</p></body></html>",
        encoding="utf-8",
    )
    assert read_file(page)[0].text == paragraph


def test_notice_and_the_unnamed_list_it_issues_are_one_document() -> None:
    text = "\n".join(
        [
            "关于2022年度重庆市特色产业园区名单的公示",
            "根据评审结果，现将拟认定的2022年度重庆市特色产业园区名单予以公示。",
            "公示期为2022年5月1日至5月7日，如有异议请及时反映。",
            "重庆市经济和信息化委员会",
            "2022年4月30日",
            "2022年度重庆市特色产业园区名单",
            "1.两江新区软件园",
            "2.西部科学城重庆高新区金凤软件园",
        ]
    )
    (notice,) = split_documents(text)
    meta = read_metadata(notice)
    assert (meta.title, meta.issuer, meta.date) == (
        "关于2022年度重庆市特色产业园区名单的公示",
        "重庆市经济和信息化委员会",
        "2022-04-30",
    )


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_cut_off_file_still_reads(tmp_path: Path, encoding: str) -> None:
    data = seed("000").read_text(encoding="utf-8").encode(encoding)
    path = tmp_path / "cut.txt"
    for cut in range(3000, 3003):  # one of these ends inside a character
        path.write_bytes(data[:cut])
        (doc,) = read_file(path)
        assert doc.title.startswith("渝中区推动现代生产性服务业") and doc.text.count("\ufffd") <= 1


def test_wide_gaps_separate_table_cells() -> None:
    row = "1 南京六合区雄州机电产业集聚区     机电设备\n2\t无锡锡山经济开发区\t新材料"
    assert clean(row).split("\n") == [
        "1南京六合区雄州机电产业集聚区\t机电设备",
        "2\t无锡锡山经济开发区\t新材料",
    ]


@pytest.mark.parametrize(
    ("number", "unit"),
    [("渝中府办发〔2024〕3号", "渝中区"), ("沪经信规〔2022〕1号", "上海市"),
     ("川府函〔2019〕163号", "四川省"), ("渝府发〔2024〕18号", "重庆市"),
     ("国办函〔2024〕83号", ""), ("宁政发〔2020〕1号", ""), ("江北府发〔2021〕2号", "")],
)  # fmt: skip
def test_a_document_numbered_by_its_issuer_gets_that_unit(number, unit):
    # 宁 opens 宁夏's 文号 and 南京's; 江北 is a district of 重庆 and of 宁波: neither says.
    text = f"关于加快发展软件产业的通知\n{number}\n\n各有关单位：\n\n现将有关事项通知如下。\n"
    assert read_metadata(text).jurisdiction == unit


def test_a_numbered_heading_run_in_between_paragraphs_gets_a_line_of_its_own():
    # 拉萨's 智昭 park page (fifth batch, tuning) ran its headings into the text with spaces.
    text = (
        "为区域经济注入新动能。 一、产业布局凸显高原特色优势 智昭产业园区立足海拔3650米的区位特点。"
    )
    assert clean(text).split("\n") == [
        "为区域经济注入新动能。",
        "一、产业布局凸显高原特色优势",
        "智昭产业园区立足海拔3650米的区位特点。",
    ]
