"""Bytes → text, one reader per file format.

Every reader takes the raw bytes of one file and returns its text with one block
(paragraph, heading, table cell) per line. Cleaning (boilerplate, hard wraps) is the
next step's job; readers only decode. A reader raises :class:`ReadError` with a human
message when the bytes cannot be read as the format they claim to be.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree
from lxml import html as lxml_html

from geo import settings

__all__ = [
    "DOCUMENT_SUFFIXES",
    "READERS",
    "ReadError",
    "check_time",
    "decode_text",
    "read_docx",
    "read_html",
    "read_pdf",
    "time_limit",
]


class ReadError(ValueError):
    """The bytes cannot be turned into text; ``str(error)`` says why, in English."""


# --- the time limit --------------------------------------------------------------------

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("read_deadline", default=None)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Bound the reading done inside the block: ``check_time`` raises once ``seconds``
    have passed. A context variable, so the upload threads of the service each keep
    their own (a signal alarm works on the main thread only)."""
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_time() -> None:
    """Raise :class:`ReadError` when the current ``time_limit`` has run out.

    Called between pages, paragraphs, table rows and lines: a step in between (one PDF
    page) is not interrupted, so the limit is kept to within one such step.
    """
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise ReadError(
            f"reading took over {deadline[1]:g} s (settings.MAX_READ_SECONDS); "
            "the file is too large or too complex to read"
        )


# --- plain text: encoding detection -------------------------------------------------

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 64 * 1024
"""Bytes (or characters) inspected by the heuristics; enough to judge, cheap on big files."""

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """Decode a plain-text file, guessing its encoding.

    Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32); strict UTF-8; UTF-16
    without a BOM, recognised by NUL bytes falling mostly on one parity; GB18030 (a
    superset of GBK and GB2312); charset-normalizer as a last resort. UTF-8 and GB18030
    also accept a file with a few broken bytes (a cut-off download). Text that decodes
    but is full of control or unassigned characters is refused as binary.
    """
    if not data:
        raise ReadError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding), encoding)
    if b"\x00" in data[:_SAMPLE]:
        # Text never holds NUL bytes, except as the high byte of ASCII in UTF-16.
        utf16 = _utf16_by_nuls(data)
        text = _strict(data, utf16) if utf16 else None
        if text is None or not _plausible(text):
            raise ReadError("this looks like a binary file, not text (it contains NUL bytes)")
        return _checked(text, utf16 or "")
    text = _strict(data, "utf-8") or _nearly(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8")
    text = _strict(data, "gb18030") or _nearly(data, "gb18030")
    if text is not None and _plausible(text) and _common_hanzi(text):
        return _checked(text, "gb18030")
    return _checked(_charset_normalizer(data), "a guessed encoding")


def _nearly(data: bytes, encoding: str) -> str | None:
    """``data`` decoded with at most one broken character in a thousand (a cut-off file)."""
    text = data.decode(encoding, errors="replace")
    return text if text.count("\ufffd") <= max(2, len(text) // 1000) else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str | None, encoding: str) -> str:
    """``text`` unless it is missing or full of control characters."""
    if text is None:
        raise ReadError(f"the bytes are not valid {encoding}")
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise ReadError("this looks like a binary file, not text (many control characters)")
    return text


def _utf16_by_nuls(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit mostly on odd/even byte positions."""
    if len(data) % 2:
        return None
    sample = data[: _SAMPLE - _SAMPLE % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    units = len(sample) // 2
    # ASCII (newlines, digits) in UTF-16 has a NUL high byte; Han characters U+xx00 put
    # a few on the other side. Random bytes spread NULs evenly; decoding checks the rest.
    if odd >= 0.01 * units and odd >= 2 * even:
        return "utf-16-le"
    if even >= 0.01 * units and even >= 2 * odd:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """True when nearly all characters are ones a Chinese or Latin document uses."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    odd = 0
    for ch in sample:
        if ch.isascii():
            if ch < " " and ch not in "\t\n\r\f":
                odd += 1
        elif unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") or ch == "\ufffd":
            odd += 1
    return odd <= 0.005 * len(sample)


def _common_hanzi(text: str) -> bool:
    """True unless the Han characters are mostly rare ones, as when Big5 is read as GBK."""
    han = [ch for ch in text[:_SAMPLE] if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < 20:
        return True
    common = 0
    for ch in han:
        # GB2312 level 1 (lead bytes B0–D7) holds the 3,755 most frequent characters.
        try:
            lead = ch.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        common += 0xB0 <= lead <= 0xD7
    return common >= 0.7 * len(han)


def _charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None or best.encoding is None:
        raise ReadError("could not work out the text encoding (binary file?)")
    text = _strict(data, best.encoding)
    if text is None or not _plausible(text):
        raise ReadError("could not work out the text encoding (binary file?)")
    return text


# --- HTML ------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)

_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "gb18030"}

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
    "nav", "head", "select", "button", "form", "input", "textarea",
})  # fmt: skip
"""Elements whose content is never document text."""

_PAGE_CHROME = frozenset(("header", "footer", "aside"))
"""Page chrome, dropped unless it sits inside the article itself."""

_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "br",
})  # fmt: skip
"""Elements that start and end a line of text."""

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")


def read_html(data: bytes) -> str:
    """The visible text of an HTML page, one block element per line.

    The encoding comes from a BOM, else the page's ``<meta charset>`` (GBK and
    GB2312 are read as their superset GB18030), else detection as for plain text.
    Scripts, styles, navigation and page header/footer are dropped; the ``<title>``
    is kept as the first line, since some pages give the document title only there.
    """
    if not data.strip():
        raise ReadError("the file is empty")
    text = _decode_html(data)
    try:
        root = lxml_html.document_fromstring(
            text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"not a readable HTML page ({exc})") from None
    return _html_text(root)


def _decode_html(data: bytes) -> str:
    """Decode a page: BOM, else valid UTF-8, else its declared charset, else detection.

    Bytes that are valid UTF-8 are UTF-8 whatever the page declares: legacy Chinese
    text is practically never valid UTF-8, and pages re-encoded to UTF-8 often keep
    their old 「charset=gb2312」.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8")
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        text = _strict(data, "gb18030" if declared in _GB_ALIASES else declared)
        if text is not None and _plausible(text):
            return text
    return decode_text(data)  # the page lies about its charset


def _html_text(root: etree._Element) -> str:
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    table = _HtmlTables(parts)
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or _skipped(el, tag):
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                parts.append(table.start(el, tag))
            if el.text:
                parts.append(el.text if tag == "pre" else _WS.sub(" ", el.text))
        else:
            if tag in _BLOCK_TAGS:
                parts.append(table.end(tag))
                check_time()
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
    body = "".join(parts)
    title = _WS.sub(" ", root.findtext(".//title") or "").strip()
    first = [_WS.sub("", line) for line in body.split("\n") if line.strip()][:_TITLE_LOOKAHEAD]
    if not title or _WS.sub("", title) in first:
        return body  # the page repeats its title as a heading: keep one copy
    return f"{title}\n{body}"


_TITLE_LOOKAHEAD = 5
"""Leading blocks of a page searched for its ``<title>`` (after a breadcrumb or a date)."""


class _HtmlTables:
    """Writes each row of a ``<table>`` as one line, its cells separated by tabs.

    A merged cell's text is repeated in every row (``rowspan``) and column (``colspan``)
    it covers, as a reader of the table sees it there, so every row has one cell per
    column. Block elements inside a cell become spaces: a cell stays on its row's line.
    """

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts
        self.stack: list[dict] = []  # open tables: pending rowspans, current column

    def start(self, el: etree._Element, tag: str) -> str:
        if tag == "table":
            self.stack.append({"spans": {}, "col": 0, "cell": 0, "data": _data_table(el)})
            return "\n"
        if not self.stack or not self.stack[-1]["data"]:
            return "\n"
        t = self.stack[-1]
        if tag == "tr":
            t["col"] = 0
            return "\n" + self._pending(t)
        if tag in ("td", "th") and t["cell"] == 0:
            lead = "\t" if t["col"] else ""
            t["cell"] = len(self.parts) + 1  # where the cell's text starts
            t["rowspan"] = _span(el.get("rowspan"))
            t["colspan"] = _span(el.get("colspan"))
            return lead
        return " "

    def end(self, tag: str) -> str:
        if tag == "table" and self.stack:
            self.stack.pop()
            return "\n"
        if not self.stack or not self.stack[-1]["data"]:
            return "\n"
        t = self.stack[-1]
        if tag in ("td", "th") and t["cell"]:
            text = _WS.sub(" ", "".join(self.parts[t["cell"] :])).strip()
            self.parts[t["cell"] :] = [text]
            t["cell"] = 0
            for _ in range(t["colspan"]):
                if t["rowspan"] > 1:
                    t["spans"][t["col"]] = (t["rowspan"] - 1, text)
                t["col"] += 1
            return f"\t{text}" * (t["colspan"] - 1) + self._pending(t)
        if tag == "tr":
            return "\n"
        return " "

    @staticmethod
    def _pending(t: dict) -> str:
        """The cells that cells above still span, from the current column on."""
        out = ""
        while t["spans"].get(t["col"], (0, ""))[0] > 0:
            left, text = t["spans"][t["col"]]
            t["spans"][t["col"]] = (left - 1, text)
            out += ("\t" if t["col"] else "") + text
            t["col"] += 1
        return out


_MAX_CELL = 200
"""Characters a data table's cell holds at most; a longer one is an article laid out in a
table (old government sites wrap whole pages in one), read as ordinary blocks."""


def _data_table(table: etree._Element) -> bool:
    """True for a table of data, false for one used to lay out a page."""
    if table.find(".//table") is not None:
        return False
    return (
        all(len(cell.text_content()) <= _MAX_CELL for cell in table.iter("td", "th"))
        and len(table.findall(".//tr")) >= 2
    )


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _skipped(el: etree._Element, tag: str) -> bool:
    if tag in _SKIP_TAGS or _HIDDEN.search(el.get("style", "")):
        return True
    if el.get("role") in ("navigation", "banner", "contentinfo"):
        return True
    if tag in _PAGE_CHROME:
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    return False


# --- Word ------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> str:
    """The text of a ``.docx``: paragraphs in document order, one per line, and each row
    of a data table on one line, its cells separated by tabs.

    A merged cell's text is repeated in every row (``vMerge``) and column (``gridSpan``)
    it covers; a cell's paragraphs are joined by spaces. A table with a nested table or a
    cell over 200 characters lays out a page rather than data: its blocks are read one per
    line. Automatic list numbering
    (Word's numbering definitions) is not part of a paragraph's text and is lost.

    The archive is checked before anything is inflated: over
    ``settings.MAX_INFLATED_BYTES`` in all, or inflating ``settings.MAX_INFLATE_RATIO``
    times its compressed size, it is refused as a likely zip bomb.
    """
    import docx

    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # a damaged package fails in zipfile, lxml or python-docx alike
        raise ReadError("not a readable .docx file (corrupt, or another format renamed)") from None
    lines: list[str] = []
    _docx_blocks(document.element.body, lines)
    return "\n".join(lines)


_RATIO_FLOOR = 1024 * 1024
"""Inflated bytes below which the ratio is not checked: small repetitive parts
(styles, an empty header) compress very well and harm no one."""


def _check_archive(data: bytes) -> None:
    """Refuse a zip whose declared inflated size is over the limits (see ``read_docx``).

    Python's zipfile stops inflating a member at its declared size (and then fails its
    CRC check), so a member that lies about its size cannot grow past the declaration.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError("not a readable .docx file (corrupt, or another format renamed)") from None
    inflated = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    limit = settings.MAX_INFLATED_BYTES
    if inflated > limit:
        raise ReadError(
            f"the .docx would inflate to {inflated:,} bytes, over the {limit:,}-byte limit "
            "(settings.MAX_INFLATED_BYTES); refused unread as a likely zip bomb"
        )
    ratio = inflated / max(packed, 1)
    if inflated > _RATIO_FLOOR and ratio > settings.MAX_INFLATE_RATIO:
        raise ReadError(
            f"the .docx would inflate {ratio:,.0f} times ({packed:,} → {inflated:,} bytes), "
            f"over the ratio limit of {settings.MAX_INFLATE_RATIO:g} "
            "(settings.MAX_INFLATE_RATIO); refused unread as a likely zip bomb"
        )


def _docx_blocks(parent: etree._Element, lines: list[str]) -> None:
    """Append the text of ``parent``'s paragraphs and tables, in order, to ``lines``."""
    for child in parent.iterchildren():
        check_time()
        if child.tag == f"{_W}p":
            lines.append(_docx_paragraph(child))
        elif child.tag == f"{_W}tbl":
            rows = _docx_rows(child)
            if rows is not None:
                lines.extend("\t".join(row) for row in rows)
                continue
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    if not _continued(cell):  # a merged continuation repeats no text
                        _docx_blocks(cell, lines)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            # Content controls and custom XML wrap ordinary paragraphs and tables.
            content = child.find(f"{_W}sdtContent")
            _docx_blocks(child if content is None else content, lines)


def _continued(cell: etree._Element) -> bool:
    """True for a vertically merged cell below the first: it holds no text of its own."""
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _docx_rows(table: etree._Element) -> list[list[str]] | None:
    """The cells of a data table, row by row; ``None`` for a layout table."""
    if table.find(f".//{_W}tc//{_W}tbl") is not None:
        return None
    rows: list[list[str]] = []
    for row in table.iterchildren(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            column = len(cells)
            if _continued(cell):
                above = rows[-1][column] if rows and column < len(rows[-1]) else ""
                text = above
            else:
                text = " ".join(
                    _docx_paragraph(p).replace("\t", " ").replace("\n", " ")
                    for p in cell.iterchildren(f"{_W}p")
                ).strip()
            if len(text) > _MAX_CELL:
                return None
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            cells += [text] * (_span(span.get(f"{_W}val")) if span is not None else 1)
        rows.append(cells)
    return rows


def _docx_paragraph(p: etree._Element) -> str:
    """A paragraph's text; a text box inside it adds its own lines."""
    pieces: list[str] = []
    walker = etree.iterwalk(p, events=("start",))
    for _, node in walker:
        tag = node.tag
        if tag in _DOCX_SKIP:
            walker.skip_subtree()
        elif tag == f"{_W}t":
            pieces.append(node.text or "")
        elif tag == f"{_W}tab":
            pieces.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr") or (tag == f"{_W}p" and node is not p):
            pieces.append("\n")
    return "".join(pieces)


_DOCX_SKIP = frozenset(
    (
        f"{_W}pPr",  # paragraph properties: its <w:tab> elements are tab stops, not text
        f"{_W}rPr",
        # A text box is stored twice, as a drawing and as a VML fallback: read it once.
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    )
)


# --- PDF -------------------------------------------------------------------------------


def read_pdf(data: bytes) -> str:
    """The text layer of a PDF, page after page, without running headers and footers.

    A PDF whose pages carry no text (a scan) is refused: it needs OCR first.
    """
    from pypdf import PdfReader

    # pypdf logs what it repairs ("EOF marker not found") to stderr, beside the one line
    # that says why a file was refused; a PDF read whole needs no note either.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = []
        for page in reader.pages:
            check_time()
            pages.append(page.extract_text() or "")
    except ReadError:
        raise
    except Exception:  # a damaged PDF makes pypdf raise almost any exception type
        raise ReadError("not a readable PDF (corrupt, encrypted, or another format)") from None
    if not pages:
        raise ReadError("the PDF has no pages")
    text = "\n".join(strip_running_lines([page.split("\n") for page in pages]))
    if not text.strip():
        raise ReadError("the PDF has no text layer (a scanned image?); run OCR on it first")
    return text


_EDGE = 3
"""Lines at the top and at the foot of a page searched for running headers and footers."""
_DIGITS = re.compile(r"\d+")


def strip_running_lines(pages: list[list[str]]) -> list[str]:
    """The lines of ``pages``, without the headers and footers repeated on each page.

    A line among the first or last ``_EDGE`` non-blank lines of a page is running
    furniture when the same line, page numbers aside (digits compared as one), sits at
    an edge of at least half the pages and of two at least (「XX区人民政府公报 第3页」).
    """

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))

    def key(line: str) -> str:
        return _DIGITS.sub("#", _WS.sub("", line))

    at_edges = [edges(lines) for lines in pages]
    seen: dict[str, int] = {}
    for lines, idx in zip(pages, at_edges, strict=True):
        for k in {key(lines[i]) for i in idx}:
            seen[k] = seen.get(k, 0) + 1
    running = {k for k, n in seen.items() if n >= 2 and 2 * n >= len(pages)}
    out: list[str] = []
    for lines, idx in zip(pages, at_edges, strict=True):
        dropped = {i for i in idx if key(lines[i]) in running}
        out.extend(line for i, line in enumerate(lines) if i not in dropped)
    return out


READERS: dict[str, Callable[[bytes], str]] = {
    ".txt": decode_text,
    ".text": decode_text,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
"""The reader for each supported file suffix (lower case)."""

DOCUMENT_SUFFIXES = tuple(READERS)
"""The file types read, wherever a document comes from (a folder, the command line, an
upload to ``POST /documents``): exactly those a reader exists for."""
