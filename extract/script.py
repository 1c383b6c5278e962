"""Traditional characters: converted to simplified for reading, kept verbatim for quoting.

The extractor's rules are written in simplified characters, so a document in 繁體 is read
through a converted copy: ``reading_form`` turns each traditional line into simplified
with OpenCC (``settings.TRADITIONAL_CONVERSION``), character for character, so the copy
has the same length and every offset found in it indexes the verbatim text too.
``Verbatim`` maps strings found in the copy (titles, quotes, names) back to what the
document itself writes, and ``verbatim_results`` applies that to places and targets.

A line is converted when more of its characters are ones only traditional writing uses
(OpenCC t2s changes them) than ones only simplified writing uses (s2t changes them): on
the project's texts that is 44–45 % of the Han characters of a 繁體 text and at most
0.2 % (a stray 連) of a simplified one. Simplified lines, and simplified quotations in a
traditional text, are left as they are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

from clustermap import settings
from extract.clauses import MAX_QUOTE
from extract.model import Document, Mention, Place, SectorLink, Target

__all__ = ["Verbatim", "reading_copy", "reading_form", "verbatim_results"]


@cache
def _converter(config: str):  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC(config)


def _changed(before: str, after: str) -> int:
    return sum(a != b for a, b in zip(before, after, strict=False))


def reading_form(text: str) -> str:
    """``text`` with each traditional line converted to simplified; always ``len(text)``.

    Phrase conversion (OpenCC's t2s keeps all 477 of its phrases the same length) is
    used when it keeps the line's length; a line it would lengthen or shorten (Taiwan
    usage under ``tw2sp``: 網際網路 → 互联网) is converted character by character.
    """
    to_simple = _converter(settings.TRADITIONAL_CONVERSION)
    if to_simple.convert(text) == text:
        return text  # simplified (or not Chinese): the common case, one pass
    to_traditional = _converter("s2t")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        simple = to_simple.convert(line)
        if simple == line or _changed(line, simple) <= _changed(line, to_traditional.convert(line)):
            continue
        if len(simple) != len(line):
            simple = _by_character(line)
        lines[i] = simple
    return "\n".join(lines)


def _by_character(line: str) -> str:
    """``line`` converted one character at a time; a character whose conversion is not
    exactly one character is kept."""
    converted = _converter(settings.TRADITIONAL_CONVERSION).convert("\n".join(line)).split("\n")
    if len(converted) != len(line):
        return line
    return "".join(c if len(c) == 1 else o for o, c in zip(line, converted, strict=True))


def reading_copy(doc: Document) -> Document:
    """``doc`` as the extractor reads it: its reading form as text, with its sections
    parsed there (headings in simplified characters); ``doc`` itself when it has no
    traditional text."""
    if not doc.reading_text:
        return doc
    from extract.sections import parse_sections

    return replace(
        doc, text=doc.reading_text, reading_text="", sections=parse_sections(doc.reading_text)
    )


class Verbatim:
    """Maps strings of a document's reading form back to its verbatim text."""

    def __init__(self, text: str, reading: str) -> None:
        self.text = text
        self.reading = reading
        pairs = Counter((r, t) for r, t in zip(reading, text, strict=True) if r != t)
        self._chars: dict[str, str] = {}
        for (simple, original), _ in pairs.most_common():
            self._chars.setdefault(simple, original)  # the document's commonest spelling

    def near(self, found: str, start: int, end: int) -> str:
        """``found``, a string of the reading form around ``start``–``end`` (a quote of a
        mention, a title in the header), as the verbatim text writes it there."""
        lo = max(0, start - MAX_QUOTE - len(found))
        i = self.reading.find(found, lo, end + MAX_QUOTE + len(found))
        return self.text[i : i + len(found)] if i != -1 else self.spelled(found)

    def spelled(self, found: str) -> str:
        """``found`` with each converted character spelled as the document most often
        spells it: for strings the reading form does not hold whole (joined lines)."""
        return "".join(self._chars.get(ch, ch) for ch in found)


def verbatim_results(
    places: list[Place], targets: list[Target], documents: list[Document]
) -> list[Target]:
    """Put the verbatim text back into what was extracted from reading forms.

    Quotes, section labels and sector phrases of ``places`` (changed in place) and of
    ``targets`` (returned anew) are re-cut from the documents' own text; the verbatim
    spelling of a place's name becomes one of its aliases, so a 繁體 name finds it too.
    """
    maps = {d.id: (d, Verbatim(d.text, d.reading_text)) for d in documents if d.reading_text}
    if not maps:
        return targets
    for place in places:
        spellings = {place.name, *place.aliases}
        mentions = []
        for m in place.mentions:
            if m.doc not in maps:
                mentions.append(m)
                continue
            doc, verbatim = maps[m.doc]
            if doc.reading[m.start : m.end] in spellings:
                written = doc.text[m.start : m.end]
                if written not in spellings:
                    place.aliases.append(written)
                    spellings.add(written)
            mentions.append(
                replace(
                    m,
                    quote=verbatim.near(m.quote, m.start, m.end),
                    section=doc.section_label(m.start),
                )
            )
        place.mentions = list(dict.fromkeys(mentions))
        place.sector_links = list(
            dict.fromkeys(_link(link, place.mentions, maps) for link in place.sector_links)
        )
    return [
        replace(t, quote=maps[t.doc][1].near(t.quote, t.start, t.end)) if t.doc in maps else t
        for t in targets
    ]


def _link(
    link: SectorLink, mentions: list[Mention], maps: dict[str, tuple[Document, Verbatim]]
) -> SectorLink:
    """``link`` with its phrase and quote as the document writes them."""
    if link.doc not in maps:
        return link
    _, verbatim = maps[link.doc]
    # The quote is most often the clause of a mention; a heading or paragraph quote
    # further away is spelled character by character.
    here = next((m for m in mentions if m.doc == link.doc), None)
    quote = verbatim.near(link.quote, here.start, here.end) if here else None
    return replace(
        link,
        phrase=verbatim.spelled(link.phrase),
        quote=quote or verbatim.spelled(link.quote),
    )
