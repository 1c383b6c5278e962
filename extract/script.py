"""The reading form of a text: what the extractor reads, mapped back to what it quotes.

The extractor's rules are written in plain simplified characters, so a document is read
through a copy, its reading form (``read_as``), made in two steps:

* pinyin notes that some mirror sites insert after characters (「工業(yè)園區(qū)」) are
  dropped, so names read whole;
* each traditional line is converted to simplified with OpenCC
  (``settings.TRADITIONAL_CONVERSION``), character for character.

``Reading.at`` maps an offset of the copy to the verbatim text; ``Verbatim`` maps strings
found in the copy (titles, quotes, names) back to what the document itself writes, and
``verbatim_results`` applies that to places and targets. The copy keeps the text's lines
one for one.

A line is converted when more of its characters are ones only traditional writing uses
(OpenCC t2s changes them) than ones only simplified writing uses (s2t changes them): on
the project's texts that is 44–45 % of the Han characters of a 繁體 text and at most
0.2 % (a stray 連) of a simplified one. Simplified lines, and simplified quotations in a
traditional text, are left as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from operator import ne

from extract.clauses import MAX_QUOTE
from extract.lexicon import full_width
from extract.model import Document, Mention, Place, SectorLink, Target
from geo import settings

__all__ = ["Reading", "Verbatim", "read_as", "reading_copy", "simplified_lines", "verbatim_results"]

_PINYIN_NOTE = re.compile(
    # The bracket first, so the engine scans for it; the character before it is then
    # checked by a lookbehind.
    r"[(（](?<=[\u3400-\u9fff][(（])[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]"
)
"""A pinyin reading in brackets after a character, tone mark required: 「區(qū)」."""


@dataclass(frozen=True)
class Reading:
    """The reading form of a text, and where each of its characters comes from."""

    text: str
    verbatim: str
    segments: tuple[tuple[int, int], ...] = ((0, 0),)
    """(offset in ``text``, offset in ``verbatim``) where each unbroken run starts."""

    def at(self, offset: int) -> int:
        """The verbatim offset of the reading form's character at ``offset``; as an
        exclusive end, it takes in the notes dropped before the next character."""
        if offset >= len(self.text):
            return len(self.verbatim)
        i = bisect_right(self.segments, (offset, len(self.verbatim))) - 1
        start, origin = self.segments[i]
        return origin + offset - start


def read_as(text: str, simplified: str | None = None) -> Reading:
    """The reading form of ``text`` (see the module docstring). ``simplified``, when
    given, is its text already converted: lines cut from the reading form of a whole
    file, which is made line by line (ingestion splits a file's documents on it and so
    converts each document once)."""
    pieces: list[str] = []
    segments = [(0, 0)]
    at = 0
    kept = 0
    for note in _PINYIN_NOTE.finditer(text):
        pieces.append(text[at : note.start()])
        kept += note.start() - at
        at = note.end()
        segments.append((kept, at))
    pieces.append(text[at:])
    if simplified is None:
        simplified = simplified_lines("".join(pieces))
    return Reading(simplified, text, tuple(segments))


@cache
def _converter(config: str):  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC(config)


def _changed(before: str, after: str) -> int:
    return sum(map(ne, before, after))


def simplified_lines(text: str) -> str:
    """``text`` with each traditional line converted to simplified; always ``len(text)``

    Phrase conversion (OpenCC's t2s keeps all 477 of its phrases the same length) is
    used when it keeps the line's length; a line it would lengthen or shorten (Taiwan
    usage under ``tw2sp``: 網際網路 → 互联网) is converted character by character.
    """
    to_simple = _converter(settings.TRADITIONAL_CONVERSION)
    simplified = to_simple.convert(text)
    if simplified == text:
        return text  # simplified (or not Chinese): the common case, one pass
    # No OpenCC phrase holds a line break, so the whole text converted once splits into
    # the lines converted one by one (checked on all 376 test files for t2s, tw2s,
    # tw2sp, hk2s and s2t), and one call costs half of one per line: 6.6 ms against
    # 11.8 ms for the seeds, which tw2s always changes (著 → 着 in 隨著).
    lines = text.split("\n")
    simple_lines = simplified.split("\n")
    changed = [i for i, (a, b) in enumerate(zip(lines, simple_lines, strict=True)) if a != b]
    traditional = _converter("s2t").convert("\n".join(lines[i] for i in changed)).split("\n")
    for i, back in zip(changed, traditional, strict=True):
        line, simple = lines[i], simple_lines[i]
        if _changed(line, simple) <= _changed(line, back):
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

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        # Each character against its verbatim one, run by unbroken run: ``reading.at`` for
        # each character bisected the runs twice a character (0.35 s of the 2.2 s that
        # reading the 401 texts of tests/eval* took, 76 of them traditional). Runs that
        # start at one offset (notes one after another) are empty but the last, as ``at``
        # takes the last; the pairs are counted in the same order, so ties rank the same.
        text, verbatim, segments = reading.text, reading.verbatim, reading.segments
        ends = [start for start, _ in segments[1:]] + [len(text)]
        pairs: Counter[tuple[str, str]] = Counter()
        for (start, origin), end in zip(segments, ends, strict=True):
            run = zip(text[start:end], verbatim[origin : origin + end - start], strict=True)
            pairs.update(pair for pair in run if pair[0] != pair[1])
        self._chars: dict[str, str] = {}
        for (simple, original), _ in pairs.most_common():
            self._chars.setdefault(simple, original)  # the document's commonest spelling

    def span(self, start: int, end: int) -> str:
        """The verbatim text of the reading form's ``start``–``end``."""
        return self.reading.verbatim[self.reading.at(start) : self.reading.at(end)]

    def near(self, found: str, start: int, end: int) -> str:
        """``found``, a string of the reading form around ``start``–``end`` (a quote of a
        mention, a title in the header), as the verbatim text writes it there."""
        lo = max(0, start - MAX_QUOTE - len(found))
        i = self.reading.text.find(found, lo, end + MAX_QUOTE + len(found))
        return self.span(i, i + len(found)).strip() if i != -1 else self.spelled(found)

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
    maps = {d.id: (d, Verbatim(read_as(d.text))) for d in documents if d.reading_text}
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
            start, end = verbatim.reading.at(m.start), verbatim.reading.at(m.end)
            # Names are found with half-width punctuation made full-width.
            if full_width(doc.reading[m.start : m.end]) in spellings:
                written = doc.text[start:end]
                if written not in spellings:
                    place.aliases.append(written)
                    spellings.add(written)
            mentions.append(
                replace(
                    m,
                    start=start,
                    end=end,
                    quote=verbatim.near(m.quote, m.start, m.end),
                    section=doc.section_label(start),
                )
            )
        read_mentions, place.mentions = place.mentions, list(dict.fromkeys(mentions))
        place.sector_links = list(
            dict.fromkeys(_link(link, read_mentions, maps) for link in place.sector_links)
        )
    return [_target(t, maps[t.doc][1]) if t.doc in maps else t for t in targets]


def _target(target: Target, verbatim: Verbatim) -> Target:
    at = verbatim.reading.at
    return replace(
        target,
        start=at(target.start),
        end=at(target.end),
        quote=verbatim.near(target.quote, target.start, target.end),
    )


def _link(
    link: SectorLink, mentions: list[Mention], maps: dict[str, tuple[Document, Verbatim]]
) -> SectorLink:
    """``link`` with its phrase and quote as the document writes them (``mentions`` in
    reading-form offsets)."""
    if link.doc not in maps:
        return link
    _, verbatim = maps[link.doc]
    # The quote is most often the clause of a mention; a heading or paragraph quote
    # further away is spelled character by character.
    here = next((m for m in mentions if m.doc == link.doc), None)
    if here is None:
        return replace(
            link, phrase=verbatim.spelled(link.phrase), quote=verbatim.spelled(link.quote)
        )
    return replace(
        link,
        phrase=verbatim.near(link.phrase, here.start, here.end),
        quote=verbatim.near(link.quote, here.start, here.end),
    )
