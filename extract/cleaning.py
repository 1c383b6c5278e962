"""Raw text → clean text: one paragraph per line, web boilerplate gone, hard wraps undone.

Conventions of the cleaned text (every offset downstream indexes it):

* lines are separated by ``\\n``; there are no blank lines and no leading or trailing
  spaces; one line is one paragraph, heading or table cell;
* characters are folded where the difference is one of encoding, not of text: the
  Kangxi radicals and the CJK Radicals Supplement (which PDF generators such as
  Chromium's print-to-PDF emit for 「首」「页」「龙」…) become the unified ideographs
  Unicode declares equivalent (``data/unicode/EquivalentUnifiedIdeograph.txt``), CJK
  compatibility ideographs their canonical (NFC) forms, and Latin ligatures (「ﬁ」) their
  letters;
* punctuation is kept as written (full-width stays full-width; no NFKC: quotes show the
  document's own marks — NFKC changed no score on the seeds or the held-out texts);
* a gap of two blanks or more inside a line becomes one tab, and tabs stay tabs: they
  separate the cells of a table row (the Word and HTML readers write one row per line);
  two tabs in a row enclose an empty cell;
* single spaces between a Han character and a Han character, a full-width mark, a digit or a
  Latin letter are dropped (「到 2027年」 → 「到2027年」); spaces between Latin words stay,
  and so does the space after an article number (「第一条 为了…」); a numbered heading
  a page ran into its paragraph, a space between them, ends its line (「一、产业布局凸显
  高原特色优势 智昭产业园区立足…」);
* a file whose lines are cut at a fixed width (a PDF text layer) has its paragraphs
  re-joined;
* a table a PDF text layer writes with single spaces between cells, under a header whose
  every field is a column heading, gets tabs between its cells.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from extract.sections import starts_heading
from geo import settings

__all__ = ["clean", "display_width", "fold_characters", "is_boilerplate"]

_NEWLINES = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
"""Line breaks other than ``\\n``, once ``\\r\\n`` is one: a character class scans a text
in a third of the time ``\\r\\n?|[…]`` takes (0.5 against 1.4 ms for the seeds)."""
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\t \xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"
_WIDE = _HAN + r"\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2022"
_TIGHTEN = re.compile(
    rf"(?<=[{_WIDE}]) +(?=[{_WIDE}])|(?<=[{_HAN}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) +(?=[{_HAN}])"
)
"""Spaces between wide characters, or between a Han character and a Latin letter or digit."""
_ARTICLE = re.compile(r"(第[一二三四五六七八九十百零〇\d]{1,6}[条章节])[ \t]+")

# --- character folding -----------------------------------------------------------------


@cache
def _equivalent_ideographs() -> dict[int, str]:
    """Unicode's Equivalent_Unified_Ideograph property: radical or stroke → ideograph.

    Read from the Unicode Character Database file shipped in ``data/unicode`` (see
    ``data/unicode/SOURCES.md``): 341 lines covering U+2E80–U+2FDF and the CJK strokes.
    """
    table: dict[int, str] = {}
    path = settings.DATA_DIR / "unicode" / "EquivalentUnifiedIdeograph.txt"
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split("#", 1)[0].split(";")
            if len(fields) != 2:
                continue
            first, _, last = fields[0].strip().partition("..")
            target = chr(int(fields[1], 16))
            for code in range(int(first, 16), int(last or first, 16) + 1):
                table[code] = target
    return table


_RADICALS = re.compile(r"[\u2e80-\u2fdf\u31c0-\u31ef]")
"""The blocks ``EquivalentUnifiedIdeograph.txt`` maps: radicals and strokes."""
_LIGATURES = re.compile(r"[\ufb00-\ufb06]")
_COMPAT_IDEOGRAPHS = re.compile(r"[\uf900-\ufaff\U0002f800-\U0002fa1f]")
_FOLDED = re.compile(rf"{_RADICALS.pattern}|{_LIGATURES.pattern}|{_COMPAT_IDEOGRAPHS.pattern}")
"""Any character folding changes: most texts hold none and are scanned once, not thrice."""


def fold_characters(text: str) -> str:
    """``text`` with encoding-only variants folded (see the module docstring): radicals
    and strokes to their equivalent ideographs, compatibility ideographs to NFC, Latin
    ligatures to NFKC. Punctuation, widths and everything else are kept as written."""
    if not _FOLDED.search(text):
        return text
    if _RADICALS.search(text):  # rare: most texts skip the 341-entry translation
        text = text.translate(_equivalent_ideographs())
    text = _COMPAT_IDEOGRAPHS.sub(lambda m: unicodedata.normalize("NFC", m[0]), text)
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


# --- boilerplate -----------------------------------------------------------------------

_BROWSER_HINT = re.compile(r"升级|版本|极速|兼容|最佳|切换|分辨率|推荐使用|下载")
_READER_CUE = re.compile(r"您|你|当前|本站|本网|建议|请|推荐|以获得|模式")
"""A notice addresses the reader; a plan's sentence about browsers (信创浏览器) does not."""
_SCAN = re.compile(r"扫一扫|扫码(?:阅读|分享|关注|打开|访问)|扫描二维码|手机扫描")
_TOOLBAR_WORD = re.compile(r"分享|打印|关闭|收藏|字体|字号|返回顶部")
_TOOLBAR_REST = re.compile(
    r"分享到|分享|打印本页|打印|关闭窗口|关闭本页|关闭|加入收藏|收藏本页|收藏|返回顶部|字体|字号"
    r"|微信|微博|QQ空间|QQ好友|朋友圈|豆瓣|大|中|小|默认|[【】\[\]（）()\s:：|｜/、,，.·\-]"
)
_META_LINE = re.compile(
    r"(?:发布|成文|发文|更新)?(?:日期|时间)\s*[:：].{0,40}?"
    r"(?:来源|作者|浏览|点击|阅读|访问|字号|编辑)\S{0,3}\s*[:：]"
    r"|(?:信息|文章)?来源\s*[:：]|作者\s*[:：]|(?:责任)?编辑\s*[:：]"
    r"|(?:浏览|点击|阅读|访问)(?:次数|量|数)\s*[:：]"
)
_FOOTER = re.compile(
    r"版权所有|ICP备|网站标识码|公网安备|(?:主办|承办|维护)单位\s*[:：]|技术支持\s*[:：]|Copyright|©"
)
_NAV = re.compile(
    r"(?:当前位置|您?当前的位置|您当前位置|您的位置|您现在的位置|所在位置)\s*[:：]|首页\s*[>»›＞/→|｜]"
    r"|(?:上一篇|下一篇)\s*[:：]"
    r"|(?:首页|无障碍|长者模式|关怀版|繁体版?|简体版?|English|登录|注册|搜索|网站地图|联系我们"
    r"|返回顶部|返回列表|【?返回】?|相关链接|相关阅读|相关文章|上一篇|下一篇)$"
)
_PAGE_NUMBER = re.compile(
    r"[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页|(?:Page|页码)\s*[:：]?\s*\d{1,4}"
    r"(?:\s*(?:of|/)\s*\d{1,4})?"
)
_BREADCRUMB = re.compile(r"(?:[^>»›＞→。，；,;]{1,16}\s*[>»›＞→]\s*){2,}[^>»›＞→。，；,;]{1,30}")
"""A trail of three or more short links: 「政务公开 > 规划计划 > 正文」."""
_TRAIL_MARK = re.compile(r"[>»›＞→]")
_PRINT_HEADER = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s.*)?"
)
"""The date and time a browser prints at the top of each page: 「12/6/26, 2:58 PM 标题」."""
_PRINT_FOOTER = re.compile(r"(?:https?|file)://\S+\s+(?P<page>\d{1,4})\s*/\s*(?P<pages>\d{1,4})")
"""The address and page count a browser prints at the foot of each page."""
_PAGE_FRACTION = re.compile(r"(?P<page>\d{1,4})\s*/\s*(?P<pages>\d{1,4})")
_SITE_ENDINGS = ("网", "网站", "门户", "官网", "政府", "人大", "政协")
_SITE_TITLE = re.compile(
    r"(?P<title>.{4,}?)(?:\s+[-－–—|｜_]+\s+|\s*[|｜_]\s*)"
    rf"(?P<site>[^\s，。,、:：]{{2,24}}(?:{'|'.join(_SITE_ENDINGS)}))"
)
"""A page title with the site's name appended: 「… - 重庆人大网」."""


def is_boilerplate(line: str) -> bool:
    """True for a line of web-page or print chrome rather than document text.

    ``line`` is one stripped line. The tests are patterns of such chrome (browser
    notices, share/print toolbars, 扫一扫 prompts, date/source bylines, breadcrumbs,
    footers, page numbers, a browser's print header and footer), each limited to short
    lines so body text is never hit.
    """
    n = len(line)
    if n <= 80 and "浏览器" in line and _BROWSER_HINT.search(line) and _READER_CUE.search(line):
        return True
    if n <= 40 and _SCAN.search(line):
        return True
    if n <= 40 and _TOOLBAR_WORD.search(line) and not _TOOLBAR_REST.sub("", line):
        return True
    if n <= 100 and _META_LINE.match(line):
        return True
    if n <= 120 and _FOOTER.search(line):
        return True
    if "/" in line and n <= 160:  # cheap tests first: most lines hold no 「/」 or 「>」
        header = line[0].isdigit() and _PRINT_HEADER.fullmatch(line)
        if header or _page_of(_PRINT_FOOTER, line) or _page_of(_PAGE_FRACTION, line):
            return True
    if n <= 80 and _TRAIL_MARK.search(line) and _BREADCRUMB.fullmatch(line):
        return True
    return bool(_NAV.match(line) or _PAGE_NUMBER.fullmatch(line))


def _page_of(pattern: re.Pattern[str], line: str) -> bool:
    """True when ``line`` is ``pattern`` with a page number no greater than the count (3/12)."""
    match = pattern.fullmatch(line)
    return match is not None and 0 < int(match["page"]) <= int(match["pages"])


# --- hard wraps ------------------------------------------------------------------------

_MIN_WRAP = 30
"""Narrowest wrap width (in half-width columns) taken for a hard-wrapped file."""
_WINDOW = 6
"""Spread of widths (columns) that still counts as one wrap width: a justified line
varies by a character or two around the page width."""
_WIDER_SHARE = 0.05
"""Share of lines wider than the wrap width a wrapped file may still have (a URL, a table
row the wrap left whole)."""
_INDENT = re.compile(r"\u3000|\t|[ \xa0]{2}")
"""A first-line indent: two spaces or an ideographic space (one space is layout noise)."""
_ENDS_SENTENCE = re.compile(r"[。！？；：!?;:][”’」』\"']?$")


def display_width(line: str) -> float:
    """Width of ``line`` in half-width columns: 2 per Han or full-width character, 1 per ASCII.

    Computed from the UTF-8 length (1 byte ASCII, 3 bytes CJK) so it runs in C.
    """
    return (len(line) + len(line.encode("utf-8"))) / 2


def _wrap_width(lines: list[str]) -> float | None:
    """The typical width of a full line when the text is hard-wrapped, else ``None``.

    A hard-wrapped text has most of its longer lines within a few columns of one width,
    and hardly any line wider: a wrap cuts every line at that width. Paragraphs written one
    per line have widths spread over hundreds of columns; a list of names of one length
    (「陕西扶风经济技术开发区(简称扶风经开区)」 × 7) can fill the window, but its paragraphs
    run past it (6 of 16 lines in one such notice; 0 of 349 in the wrapped seed 004).
    """
    widths = sorted(w for w in map(display_width, lines) if w >= 16)
    if len(widths) < 8:
        return None
    best, best_lo = 0, 0
    lo = 0
    for hi, width in enumerate(widths):
        while width - widths[lo] > _WINDOW:
            lo += 1
        if hi - lo + 1 > best:
            best, best_lo = hi - lo + 1, lo
    typical = widths[best_lo + best // 2]
    wider = len(widths) - (best_lo + best)  # sorted: the lines past the window's top
    if best < 0.5 * len(widths) or typical < _MIN_WRAP or wider > _WIDER_SHARE * len(widths):
        return None
    return typical


def _dewrap(lines: list[str], indented: list[bool], typical: float) -> list[str]:
    """Join each full line that does not end a sentence to the line after it.

    A line is full when it reaches 90% of the typical width. A line that starts a
    heading (「一、」「（二）」「第三条」「专栏1」…) or is indented (a first line) is never
    joined to the line before.
    """
    full = 0.9 * typical
    out: list[str] = []
    pieces: list[str] = []
    for i, line in enumerate(lines):
        if pieces and _latin(pieces[-1][-1]) and _latin(line[0]):
            pieces.append(" ")  # Latin words broken at a line end keep their space
        pieces.append(line)
        last = i + 1 == len(lines)
        if (
            not last
            and display_width(line) >= full
            and not _ENDS_SENTENCE.search(line)
            and not indented[i + 1]
            and not starts_heading(lines[i + 1])
        ):
            continue
        out.append("".join(pieces))
        pieces = []
    return out


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# --- the pipeline ----------------------------------------------------------------------


def clean(text: str) -> str:
    """Clean the text of one file (see the module docstring for the conventions)."""
    text = _NEWLINES.sub("\n", text.replace("\r\n", "\n"))
    text = fold_characters(_INVISIBLE.sub("", text))
    lines: list[str] = []
    indented: list[bool] = []
    # Blanks are replaced in one pass over the text, not one per line; a run never spans
    # a line break, so the lines stay one for one with the raw ones read for indents.
    spaced = _SPACES.sub(_space, text).split("\n")
    for raw, line in zip(text.split("\n"), map(str.strip, spaced), strict=True):
        if line and not is_boilerplate(line):
            lines.append(line)
            indented.append(_INDENT.match(raw) is not None)
    typical = _wrap_width(lines)
    if typical is not None:
        lines = _dewrap(lines, indented, typical)
    return "\n".join(map(_tighten, _spaced_tables(_drop_site_titles(lines))))


_MAX_COLUMNS = 12


def _spaced_tables(lines: list[str]) -> list[str]:
    """Tables whose cells a PDF text layer separates by single spaces (「序号 园区名称 所属区县
    主导产业」, then 「1 龙兴工业园区 渝北区 汽车制造」) get tabs between their cells, which
    tightening would otherwise glue: a header whose every field is a column heading, naming
    the carrier, and the lines after it with as many fields."""
    from extract.tables import column_roles

    out = list(lines)
    width = 0
    for i, line in enumerate(lines):
        if " " not in line or "\t" in line or "|" in line:
            width = 0
            continue
        fields = line.split(" ")
        if width and len(fields) == width:
            out[i] = "\t".join(fields)
            continue
        roles = column_roles(fields) if 3 <= len(fields) <= _MAX_COLUMNS else {}
        width = len(fields) if "name" in roles and len(roles) == len(fields) else 0
        if width:
            out[i] = "\t".join(fields)
    return out


def _space(run: re.Match[str]) -> str:
    """One space for a single blank; a tab for a wider gap, which separates the cells of a
    table row (「1 南京…集聚区     机电设备」) and must not glue them; as many tabs as the
    gap holds (``a\t\tb``: an empty cell between a and b)."""
    gap = run.group()
    tabs = gap.count("\t")
    return "\t" * tabs if tabs else "\t" if len(gap) > 1 else " "


_RUN_IN_HEADING = re.compile(
    rf"(?:^|(?<=[。！？；]) *)(?P<heading>(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
    rf"[{_HAN}]{{4,20}}) +(?=[{_HAN}])"
)
"""A numbered heading a page ran in between paragraphs, spaces around it (「…注入新动能。
一、产业布局凸显高原特色优势 智昭产业园区立足…」)."""


def _tighten(line: str) -> str:
    """Drop stray spaces (see the module docstring), keeping the one after 「第三条」; a
    heading run into its paragraph gets a line of its own."""
    if " " not in line and "\t" not in line:
        return line  # nothing to drop: 696 of the seeds' 745 lines (7.7 ms of regexes skipped)
    article = _ARTICLE.match(line)
    if article:
        return f"{article[1]} {_TIGHTEN.sub('', line[article.end() :])}"
    line = _RUN_IN_HEADING.sub(lambda m: f"\n{m['heading']}\n", line).strip("\n")
    return "\n".join(_TIGHTEN.sub("", part) for part in line.split("\n"))


def _drop_site_titles(lines: list[str]) -> list[str]:
    """Strip 「 - 站名」 from page-title lines; drop the line when the title follows anyway."""
    out: list[str] = []
    for i, line in enumerate(lines):
        # The ending first: the lazy title makes a full match try every split of the
        # line (4 ms of 21 for cleaning the seeds, where no line is a site title).
        match = _SITE_TITLE.fullmatch(line) if line.endswith(_SITE_ENDINGS) else None
        if match is None:
            out.append(line)
            continue
        title = match["title"].strip()
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if following.replace(" ", "") != title.replace(" ", ""):
            out.append(title)
    return out
