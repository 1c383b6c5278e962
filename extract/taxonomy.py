"""The sector taxonomy: canonical sectors read from ``data/sectors.csv`` and a phrase matcher.

The tree's top level holds the 18 productive-service directions of 渝府发〔2024〕18号 in
that plan's order, then the sectors the plans assign that lie outside them (文化旅游,
大健康 …). Umbrella terms (专业服务, 科创服务 …) are parentless sectors whose ``members``
name the sectors they stand for. Beside them, one root per national classification
(``NATIONAL_ROOTS``: GB/T 4754-2017, 战略性新兴产业分类（2018）, 高技术产业分类) holds its
classes; a national class that is the same activity as a sector of the plans says so
(``same_as``) and its phrases resolve to that sector. ``data/SECTORS.md`` documents the
choices.

``Taxonomy.match`` resolves one phrase; ``Taxonomy.find`` scans a whole text.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs
from rapidfuzz import fuzz, process

from extract.script import simplified_lines
from geo import settings
from geo.unknown import UnknownName

COLUMNS = ("id", "parent", "name_zh", "name_en", "synonyms", "national_class", "note", "links")
"""The header of ``sectors.csv``, in order."""

UMBRELLA_PREFIX = "umbrella:"
"""A ``note`` starting with this marks an umbrella: ``umbrella: a|b|c; free text``."""

OUTSIDE_PREFIX = "outside"
"""A ``note`` starting with this marks a top-level sector outside the 18 directions."""

NATIONAL_ROOTS = ("gbt4754", "sei2018", "hitech")
"""Ids of the roots of the national classifications, in file order."""

SAME_AS_PREFIX = "="
"""A ``links`` entry starting with this names the sector a class is the same activity as."""

MATCH_ONLY_PREFIX = "~"
"""A synonym starting with this is matched as a whole phrase only (a list item 「电子」),
never found inside running text (电子政务)."""

SUFFIXES = (
    "产业集群",
    "服务业",
    "制造业",
    "及零部件",
    "零部件",
    "工业",
    "产业链",
    "产业",
    "行业",
    "领域",
    "业态",
    "服务",
    "制造",
    "集群",
    "业",
)
"""Trailing words ``match`` strips, longest first, when the bare stem is a known phrase
(汽车及零部件 → 汽车, 装备制造业 → 装备制造)."""

PREFIXES = ("高端", "新型", "绿色")
"""Leading words ``match`` and ``find`` strip when the rest is a known phrase (高端医疗器械
→ 医疗器械, 新型石油化工 → 石油化工): praise that names no other trade. 现代 and 新兴 are
never stripped: 现代物流 is a name in its own right; nor 特色 and 智能, which end -化 words
before 化工 (特色化工作, 智能化工厂)."""

FIND_SUFFIXES = ("服务业", "制造业", "及零部件", "零部件", "产业", "行业", "服务", "制造")
"""Trailing words ``find`` includes in a hit (``软件信息服务业``, ``汽车及零部件``); bare 业
is left out because it would swallow the 业 of 业务 / 业态."""

NON_SECTOR_PHRASES = (
    "税务局",
    "审计局",
    "审计署",
    "文化旅游委",
    "文旅委",
    "金融办",
    "金融监管局",
    "金融监管总局",
    "知识产权局",
    "口岸物流办",
    "法律法规",
    "法律、法规",
    "离任审计",
    "安全审计",
    "交通运输委",
    "交通运输局",
    "交通运输部",
    "自主知识产权",
    "核心知识产权",
    "知识产权局",
    "农业农村委",
    "农业农村局",
    "农业农村部",
    "教育委员会",
    "卫生健康委",
    "商务委",
    "商务局",
    "经济和信息化委",
    "住房城乡建设",
    # A verb in -化 before 工作, 工业, 工艺 (优化|工业园区布局, 细化|工作措施): of 3,289
    # sector hits in every labelled text, 8 were 化工 or 批发 read across such a word
    # boundary (jieba's cut), and each gave 化工 to every park of its text.
    "化工作",
    "优化工",
    "深化工",
    "强化工",
    "细化工",
    "一批发",
)
"""Government bodies and set phrases that contain a sector word but name no sector;
``find`` consumes them without a hit (``市文化旅游委`` is not 文化旅游, ``安全审计`` is a
security-software feature, not the audit sector, 「一批发展潜力…」 no wholesale)."""

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$")
_CLASS_RE = re.compile(r"^\d{2,4} \S.*$")
_QUOTES_RE = re.compile(r"[\s「」『』“”‘’\"'《》〈〉]")
_PARENTHETICAL_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕")
_BRACKETS_RE = re.compile(r"[()\[\]【】〔〕]")


@dataclass(frozen=True)
class Sector:
    """One canonical sector (or umbrella term) of the taxonomy."""

    id: str
    parent: str | None
    name_zh: str
    name_en: str
    synonyms: tuple[str, ...]
    national_class: str
    """Class of the national 生产性服务业统计分类（2019）, e.g. ``03 信息服务``, or ``""``."""
    members: tuple[str, ...] = ()
    """For an umbrella term, the ids it stands for; otherwise ``()``."""
    note: str = ""
    same_as: str | None = None
    """For a national class, the sector of the plans it is the same activity as (its phrases
    resolve there: 高技术服务 检验检测服务 → ``testing-inspection``); otherwise ``None``."""
    links: tuple[str, ...] = ()
    """Ids of corresponding classes in another scheme (GB/T 4754 C → ``manufacturing``)."""

    @property
    def is_umbrella(self) -> bool:
        """True for an umbrella term such as 专业服务."""
        return bool(self.members)

    @property
    def is_outside(self) -> bool:
        """True for a top-level sector outside the 18 productive-service directions."""
        return self.note.startswith(OUTSIDE_PREFIX)

    @property
    def scheme(self) -> str:
        """The national classification the sector belongs to (a ``NATIONAL_ROOTS`` id), or
        ``"plans"`` for the sectors of the plans."""
        root = self.id.split(".", 1)[0]
        return root if root in NATIONAL_ROOTS else "plans"


@dataclass(frozen=True)
class SectorHit:
    """A sector phrase found in a text: ``text[start:end] == phrase``."""

    start: int
    end: int
    phrase: str
    sector: Sector


def normalize(phrase: str) -> str:
    """Fold width (NFKC), drop whitespace and quotes: the form phrases are compared in."""
    return _QUOTES_RE.sub("", unicodedata.normalize("NFKC", phrase))


def _candidates(phrase: str) -> list[str]:
    """Normalized forms of ``phrase`` to look up: without parentheticals, then unbracketed."""
    text = normalize(phrase)
    out = [_PARENTHETICAL_RE.sub("", text), _BRACKETS_RE.sub("", text)]
    return [c for c in dict.fromkeys(out) if c]


def _stems(text: str) -> list[str]:
    """``text`` and what is left of it after stripping one word of ``SUFFIXES`` after
    another (the first that ends it, two characters kept): 汽摩整车及零部件产业 →
    汽摩整车及零部件 → 汽摩整车."""
    stems = [text]
    while strip := next((s for s in SUFFIXES if stems[-1].endswith(s)), ""):
        if len(stems[-1]) - len(strip) < 2:
            break
        stems.append(stems[-1][: -len(strip)])
    return stems


class Taxonomy:
    """The sectors of one ``sectors.csv``, with lookup, matching and tree navigation."""

    def __init__(self, sectors: dict[str, Sector]) -> None:
        self.sectors: dict[str, Sector] = sectors
        """All sectors by id, in file order."""
        self._index: dict[str, Sector] = {}
        self._children: dict[str, list[str]] = {sid: [] for sid in sectors}
        found: set[str] = set()
        for sector in sectors.values():
            if sector.parent:
                self._children[sector.parent].append(sector.id)
            for phrase, in_text in phrases(sector):
                self._index[normalize(phrase)] = resolve(sectors, sector)
                if in_text:
                    found |= {phrase, normalize(phrase)}
        self._blocked = {normalize(p) for p in NON_SECTOR_PHRASES} - self._index.keys()
        self._matched: dict[str, Sector | None] = {}
        """``match``'s answers so far: extraction asks about the same phrases again."""
        self._classified: dict[str, Sector | None] = {}
        """``classify``'s answers so far."""
        # An Aho–Corasick automaton gives the leftmost-longest phrases in Rust: a regex
        # alternation of the ~800 phrases ran at 4–7 MB/s, this at about 20.
        words = sorted(found | self._blocked)
        self._keys = [normalize(w) for w in words]
        self._automaton = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )
        self._suffix = re.compile("|".join(map(re.escape, FIND_SUFFIXES)))

    # -- loading -----------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | str | None = None) -> Taxonomy:
        """The taxonomy in ``path`` (default ``settings.SECTORS_FILE``), cached per path."""
        return _load_cached(Path(path or settings.SECTORS_FILE).resolve())

    @classmethod
    def from_csv(cls, path: Path | str) -> Taxonomy:
        """Read and validate ``path``; raise ``ValueError`` listing every offending row."""
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = tuple(next(reader, ()))
            if header != COLUMNS:
                raise ValueError(f"{path}: header must be {','.join(COLUMNS)}, got {header}")
            rows = [(reader.line_num, r) for r in reader if any(cell.strip() for cell in r)]
        return cls(_validate(path, rows))

    # -- lookup ------------------------------------------------------------------------

    def named_by(self, sector_id: str) -> Sector:
        """The sector the phrases of ``sector_id`` resolve to: itself, or the sector of the
        plans a national class is the same activity as."""
        return resolve(self.sectors, self.get(sector_id))

    def get(self, sector_id: str) -> Sector:
        """The sector with id ``sector_id``; ``KeyError`` if there is none."""
        try:
            return self.sectors[sector_id]
        except KeyError:
            raise KeyError(f"unknown sector id: {sector_id!r}") from None

    def match(self, phrase: str) -> Sector | None:
        """The sector a phrase names (canonical name or synonym), or ``None``.

        Whitespace, quotes and brackets are ignored; a trailing word of ``SUFFIXES``
        (服务业, 产业, 制造, 及零部件 …) is stripped, repeatedly, when what remains is a
        known phrase, and then a leading 高端; a phrase in traditional characters is
        matched as simplified.
        """
        if phrase not in self._matched:
            self._matched[phrase] = self._match(phrase)
        return self._matched[phrase]

    def classify(self, phrase: str) -> Sector | None:
        """The sector a sector phrase is a kind of: the one it names (``match``), else the
        one its last word names, a compound being a kind of its head (煤电化工 is 化工,
        汽摩整车及零部件产业 整车, 新能源及装备制造业 装备 — a generic head such as 制造业 is
        stripped, not read). For phrases known to be sectors (a place's list items): that
        the head of any phrase is a sector does not make the phrase one (正骨医药小镇 is a
        name, 自主知识产权 no service)."""
        if phrase not in self._classified:
            found = self.match(phrase)
            if found is None and normalize(phrase) not in self._blocked:
                found = self._by_head(phrase)
            self._classified[phrase] = found
        return self._classified[phrase]

    def classify_id(self, phrase: str) -> str | None:
        """The id of ``classify``'s sector, for a place's sector link."""
        sector = self.classify(phrase)
        return sector.id if sector else None

    def _by_head(self, phrase: str) -> Sector | None:
        """The sector of the longest known phrase (two characters at least, no generic
        suffix) that ``phrase`` ends with, before or after each strip of ``SUFFIXES``."""
        for stem in (s for text in _candidates(phrase) for s in _stems(text)):
            for i in range(1, len(stem) - 1):
                if stem[i:] in self._index and stem[i:] not in SUFFIXES:
                    return self._index[stem[i:]]
        return None

    def _match(self, phrase: str) -> Sector | None:
        texts = _candidates(phrase)
        texts += [t[len(p) :] for t in texts for p in PREFIXES if t.startswith(p)]
        for text in texts:
            frontier = [text]  # stems after 0, 1, 2 … strips: the least stripping wins
            while frontier:
                for stem in frontier:
                    if stem in self._index:
                        return self._index[stem]
                frontier = list(
                    dict.fromkeys(
                        stem[: -len(suffix)]
                        for stem in frontier
                        for suffix in SUFFIXES
                        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2
                    )
                )
        simple = simplified_lines(phrase)
        return self._match(simple) if simple != phrase else None  # 生物質能 is 生物质能

    def resolve(self, text: str) -> Sector:
        """The sector a user means by ``text``: an id (``software-info``, any case), a
        Chinese name or synonym as ``match`` reads it (软件信息, 软信, 软件信息服务业), or an
        English name (any case: ``Software & information services``; a name two sectors
        share goes to the first in file order, a sector of the plans). The CLI, the API,
        maps, exports and coverage all resolve sectors here. ``UnknownName`` (a
        ``sector``) with the closest names otherwise."""
        key = text.strip()
        found = self.sectors.get(key) or self._typed.get(key.casefold()) or self.match(key)
        if found is not None:
            return found
        close = self.suggest(key)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        message = f"unknown sector {key!r}{hint} (every sector: data/sectors.csv, /sectors)"
        raise UnknownName(key, "sector", close, message=message)

    def suggest(self, text: str, limit: int = 5) -> list[str]:
        """The sectors whose id or names come closest to ``text`` (for a name that names
        none), best first, each as ``软件信息 (software-info)``."""
        spellings, sectors = self._spellings
        hits = process.extract(
            text.casefold(), spellings, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60
        )
        out: list[str] = []
        for _, _, index in sorted(hits, key=lambda h: (-h[1], h[2])):
            sector = sectors[index]
            label = f"{sector.name_zh} ({sector.id})"
            if label not in out:
                out.append(label)
        return out[:limit]

    @functools.cached_property
    def _typed(self) -> dict[str, Sector]:
        """Ids and English names, case-folded: what ``resolve`` takes besides ``match``."""
        typed: dict[str, Sector] = {}
        for sector in self.sectors.values():
            typed.setdefault(sector.id.casefold(), sector)
            typed.setdefault(sector.name_en.casefold(), sector)
        return typed

    @functools.cached_property
    def _spellings(self) -> tuple[list[str], list[Sector]]:
        """Every spelling ``suggest`` compares with (id, names, synonyms), case-folded,
        and the sector each stands for."""
        pairs = [
            (spelling.casefold(), sector)
            for sector in self.sectors.values()
            for spelling in (sector.id, sector.name_en, *(p for p, _ in phrases(sector)))
        ]
        return [s for s, _ in pairs], [sector for _, sector in pairs]

    def find(self, text: str) -> list[SectorHit]:
        """Every sector phrase in ``text``, left to right, longest first, non-overlapping.

        A hit takes in a trailing word of ``FIND_SUFFIXES`` (``软件信息服务业``,
        ``汽车及零部件``) and a leading 高端 (``高端医疗器械``). Phrases in
        ``NON_SECTOR_PHRASES`` (``市税务局``, ``自主知识产权``) are skipped, and so are
        match-only phrases (two-character class names, 门类 names, ``~`` synonyms).
        """
        hits: list[SectorHit] = []
        taken = 0  # where the text not yet taken by a hit (with its suffix) begins
        for word, start, end in self._automaton.find_matches_as_indexes(text):
            key = self._keys[word]
            if start < taken:
                continue  # inside the suffix of the previous hit (软件信息|服务业)
            begin = next(
                (
                    start - len(p)
                    for p in PREFIXES
                    if start - len(p) >= taken and text.startswith(p, start - len(p))
                ),
                start,
            )
            suffix = self._suffix.match(text, end)
            taken = suffix.end() if suffix else end
            if key not in self._blocked:
                hits.append(SectorHit(begin, taken, text[begin:taken], self._index[key]))
        return hits

    # -- navigation --------------------------------------------------------------------

    @property
    def directions(self) -> list[Sector]:
        """The 18 productive-service directions, in the order of 渝府发〔2024〕18号."""
        return [
            s
            for s in self.sectors.values()
            if s.parent is None and not s.is_umbrella and not s.is_outside and s.scheme == "plans"
        ]

    def ancestors(self, sector_id: str) -> list[str]:
        """Ids of the parent, grandparent … of ``sector_id``, nearest first."""
        out = []
        parent = self.get(sector_id).parent
        while parent:
            out.append(parent)
            parent = self.sectors[parent].parent
        return out

    def descendants(self, sector_id: str) -> list[str]:
        """Ids of the tree children of ``sector_id``, recursively, depth first in file order."""
        self.get(sector_id)
        out = []
        for child in self._children[sector_id]:
            out += [child, *self.descendants(child)]
        return out

    def top_level(self, sector_id: str) -> str:
        """Id of the top-level sector ``sector_id`` sits under (itself when top-level)."""
        chain = self.ancestors(sector_id)
        return chain[-1] if chain else sector_id

    def section(self, sector_id: str) -> str:
        """The sector a summary groups ``sector_id`` under: its top-level sector, except
        under a national classification, whose root holds tens of sections: there the
        section below the root (GB/T 4754 门类 C 制造业, 战略性新兴产业 1 新一代信息技术),
        so that maps and tables do not put most places in one group."""
        chain = [sector_id, *self.ancestors(sector_id)]
        if chain[-1] in NATIONAL_ROOTS and len(chain) >= 2:
            return chain[-2]
        return chain[-1]

    def covers(self, sector_id: str) -> set[str]:
        """Ids a filter on ``sector_id`` should accept.

        For a sector: itself, its descendants, the sectors one of these is the same activity
        as (GB/T 4754 门类 I → ``software-info``, whose phrases its class 65 resolves to) and
        their descendants, and the umbrellas having one of these as a member
        (``software-info`` → 软信, 工业软件, 科创服务 …). For an umbrella: itself, its
        members and their descendants.
        """
        sector = self.get(sector_id)
        if sector.is_umbrella:
            out = {sector_id}
            for member in sector.members:
                out |= {member, *self.descendants(member)}
            return out
        out = {sector_id, *self.descendants(sector_id)}
        for same in {same for s in out if (same := self.sectors[s].same_as) is not None}:
            out |= {same, *self.descendants(same)}
        return out | {
            s.id for s in self.sectors.values() if s.is_umbrella and out.intersection(s.members)
        }


def phrases(sector: Sector) -> list[tuple[str, bool]]:
    """The phrases naming ``sector``, each with whether ``find`` looks for it in running
    text. A national class's name is matched only as a whole phrase when it is a GB/T 4754
    门类 (制造业, 金融业 run through every plan as plain words) or the only 大类 of one
    (房地产业), or two characters long (农业, 教育, 卫生); so is a synonym written ``~电子``."""
    national = sector.scheme != "plans"
    whole_only = national and (
        sector.parent == NATIONAL_ROOTS[0]
        or (sector.same_as is not None and sector.same_as == sector.parent)
        or len(normalize(sector.name_zh)) <= 2
    )
    out = [(sector.name_zh, not whole_only)]
    for syn in sector.synonyms:
        only = syn.startswith(MATCH_ONLY_PREFIX)
        out.append((syn.removeprefix(MATCH_ONLY_PREFIX), not only))
    return out


def resolve(sectors: dict[str, Sector], sector: Sector) -> Sector:
    """The sector ``sector``'s phrases name: itself, or what it is the same activity as."""
    seen = {sector.id}
    while sector.same_as and sector.same_as in sectors and sector.same_as not in seen:
        sector = sectors[sector.same_as]
        seen.add(sector.id)
    return sector


@functools.cache
def _load_cached(path: Path) -> Taxonomy:
    return Taxonomy.from_csv(path)


def _validate(path: Path | str, rows: list[tuple[int, list[str]]]) -> dict[str, Sector]:
    """Build the sectors of ``rows`` (line number, cells), collecting every problem."""
    errors: list[str] = []
    sectors: dict[str, Sector] = {}
    lines: dict[str, int] = {}
    for line, cells in rows:
        if len(cells) != len(COLUMNS):
            errors.append(f"line {line}: {len(cells)} columns, expected {len(COLUMNS)}")
            continue
        sid, parent, name_zh, name_en, synonyms, national_class, note, link_cell = (
            c.strip() for c in cells
        )
        if not _ID_RE.match(sid):
            errors.append(f"line {line}: bad id {sid!r}")
        if sid in sectors:
            errors.append(f"line {line}: duplicate id {sid!r} (first on line {lines[sid]})")
            continue
        if not name_zh:
            errors.append(f"line {line}: {sid}: empty name_zh")
        if national_class and not _CLASS_RE.match(national_class):
            errors.append(f"line {line}: {sid}: bad national_class {national_class!r}")
        members: tuple[str, ...] = ()
        if note.startswith(UMBRELLA_PREFIX):
            spec = note[len(UMBRELLA_PREFIX) :].split(";", 1)[0]
            members = tuple(m.strip() for m in spec.split("|") if m.strip())
            if not members:
                errors.append(f"line {line}: {sid}: umbrella without members")
        syns = tuple(dict.fromkeys(s.strip() for s in synonyms.split("|") if s.strip()))
        links = [x.strip() for x in link_cell.split("|") if x.strip()]
        same = [x.removeprefix(SAME_AS_PREFIX) for x in links if x.startswith(SAME_AS_PREFIX)]
        if len(same) > 1:
            errors.append(f"line {line}: {sid}: more than one {SAME_AS_PREFIX}same-as link")
        sectors[sid] = Sector(
            sid,
            parent or None,
            name_zh,
            name_en,
            syns,
            national_class,
            members,
            note,
            same_as=same[0] if same else None,
            links=tuple(x for x in links if not x.startswith(SAME_AS_PREFIX)),
        )
        lines[sid] = line

    owner: dict[str, str] = {}
    for sid, s in sectors.items():
        line = lines[sid]
        if s.parent is not None:
            if s.parent not in sectors:
                errors.append(f"line {line}: {sid}: unknown parent {s.parent!r}")
            elif sectors[s.parent].is_umbrella:
                errors.append(f"line {line}: {sid}: parent {s.parent!r} is an umbrella")
            if not sid.startswith(s.parent + ".") or "." in sid[len(s.parent) + 1 :]:
                errors.append(f"line {line}: {sid}: id must be {s.parent!r} + '.' + a slug")
        elif "." in sid:
            errors.append(f"line {line}: {sid}: dotted id without a parent")
        if s.is_umbrella and s.parent is not None:
            errors.append(f"line {line}: {sid}: an umbrella has no parent")
        for member in s.members:
            if member not in sectors:
                errors.append(f"line {line}: {sid}: unknown umbrella member {member!r}")
            elif sectors[member].is_umbrella or member == sid:
                errors.append(f"line {line}: {sid}: member {member!r} is an umbrella")
        for target in (s.same_as, *s.links):
            if target is None:
                continue
            if target not in sectors:
                errors.append(f"line {line}: {sid}: unknown linked sector {target!r}")
            elif target == sid or sectors[target].is_umbrella:
                errors.append(f"line {line}: {sid}: cannot link {target!r}")
        if s.same_as in sectors and sectors[s.same_as].same_as:
            errors.append(f"line {line}: {sid}: {s.same_as!r} is itself the same as another")
        named = sectors[s.same_as].id if s.same_as in sectors else sid
        for phrase, _ in phrases(s):
            key = normalize(phrase)
            if key in owner and owner[key] != named:
                other = owner[key]
                errors.append(
                    f"line {line}: {sid}: phrase {phrase!r} already names {other!r}"
                    f" (line {lines[other]})"
                )
            owner.setdefault(key, named)
    if errors:
        raise ValueError(f"{path}: invalid sector taxonomy:\n  " + "\n  ".join(errors))
    return sectors
