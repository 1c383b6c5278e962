"""Bytes → text, one reader per file format.

Every reader takes the raw bytes of one file and returns its text with one block
(paragraph, heading, table cell) per line. Cleaning (boilerplate, hard wraps) is the
next step's job; readers only decode. A reader raises :class:`ReadError` with a human
message when the bytes cannot be read as the format they claim to be.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

__all__ = ["READERS", "ReadError", "decode_text", "read_docx", "read_html", "read_pdf"]


class ReadError(ValueError):
    """The bytes cannot be turned into text; ``str(error)`` says why, in English."""


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
        encoding = _utf16_by_nuls(data)
        text = _strict(data, encoding) if encoding else None
        if text is None or not _plausible(text):
            raise ReadError("this looks like a binary file, not text (it contains NUL bytes)")
        return _checked(text, encoding or "")
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
    title = root.findtext(".//title")
    if title and title.strip():
        parts += [_WS.sub(" ", title), "\n"]
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or _skipped(el, tag):
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text if tag == "pre" else _WS.sub(" ", el.text))
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
    return "".join(parts)


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
    """The text of a ``.docx``: paragraphs and table cells in document order, one per line.

    Merged table cells are read once; nested tables are read in place. Automatic
    list numbering (Word's numbering definitions) is not part of a paragraph's text
    and is lost.
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # a damaged package fails in zipfile, lxml or python-docx alike
        raise ReadError("not a readable .docx file (corrupt, or another format renamed)") from None
    lines: list[str] = []
    _docx_blocks(document.element.body, lines)
    return "\n".join(lines)


def _docx_blocks(parent: etree._Element, lines: list[str]) -> None:
    """Append the text of ``parent``'s paragraphs and tables, in order, to ``lines``."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(_docx_paragraph(child))
        elif child.tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    # A vertically merged continuation cell repeats no text.
                    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
                    if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
                        continue
                    _docx_blocks(cell, lines)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            # Content controls and custom XML wrap ordinary paragraphs and tables.
            content = child.find(f"{_W}sdtContent")
            _docx_blocks(child if content is None else content, lines)


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
    """The text layer of a PDF, page after page.

    A PDF whose pages carry no text (a scan) is refused: it needs OCR first.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception:  # a damaged PDF makes pypdf raise almost any exception type
        raise ReadError("not a readable PDF (corrupt, encrypted, or another format)") from None
    if not pages:
        raise ReadError("the PDF has no pages")
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError("the PDF has no text layer (a scanned image?); run OCR on it first")
    return text


READERS: dict[str, Callable[[bytes], str]] = {
    ".txt": decode_text,
    ".text": decode_text,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
"""The reader for each supported file suffix (lower case)."""
