"""Reviewers' edits of the extracted places (``layers.place_edits``), applied to the
places of the built-in corpus: each kind does what it says, an undo restores what the
documents say, and an edit whose place is gone is reported, never applied elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract import extract
from extract.ingest import read_file
from extract.model import Place
from extract.taxonomy import Taxonomy
from geo import settings
from layers import place_edits as pe
from layers.stores.edits import Edit


def logged(id: int, kind: str, place: str, data: dict[str, Any], why: str = "") -> Edit:
    """An edit as the corrections log keeps it, numbered ``id``."""
    return Edit(kind, place, data, "officer-li", why=why, id=id)


TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


@pytest.fixture(scope="module")
def places(taxonomy) -> list[Place]:
    documents = [d for f in sorted(settings.CORPUS_DIR.glob("*.txt")) for d in read_file(f)]
    return extract(documents, taxonomy).places


def named(places: list[Place], name: str) -> Place:
    return next(p for p in places if p.name == name)


def test_not_a_place_removes_the_place_and_reports_who_and_why(places, taxonomy):
    target = places[0]
    log = [logged(1, pe.NOT_A_PLACE, target.id, {"name": target.name}, why="a title")]
    done = pe.apply(places, log, taxonomy)
    assert target.id not in {p.id for p in done.places}
    assert len(done.places) == len(places) - 1
    assert done.suppressed == [
        {"id": target.id, "name": target.name, "who": "officer-li", "why": "a title"}
    ]
    assert target in places  # the input is not changed


def test_merge_makes_one_place_with_both_names_clauses_and_sectors(places, taxonomy):
    a, b = named(places, "两江协同创新区"), named(places, "两江水土国际数据港")
    log = [logged(1, pe.MERGE, a.id, {"name": a.name, "other": b.id, "other_name": b.name})]
    done = pe.apply(places, log, taxonomy)
    merged = named(done.places, a.name)
    assert b.id not in {p.id for p in done.places}
    assert {b.name, *b.aliases, *a.aliases} <= set(merged.aliases)
    assert len(merged.mentions) == len(a.mentions) + len(b.mentions)
    assert set(merged.sectors) == set(a.sectors) | set(b.sectors)


def test_split_takes_an_alias_out_as_a_place_of_its_own_with_its_clauses(places, taxonomy):
    a, b = named(places, "两江协同创新区"), named(places, "两江水土国际数据港")
    log = [
        logged(1, pe.MERGE, a.id, {"name": a.name, "other": b.id, "other_name": b.name}),
        logged(2, pe.SPLIT, a.id, {"name": a.name, "alias": b.name}),
    ]
    done = pe.apply(places, log, taxonomy)
    back = named(done.places, b.name)
    assert b.name not in named(done.places, a.name).aliases
    assert back.id == b.id  # the id a build gives the name: later edits of it still find it
    assert {m.quote for m in back.mentions} >= {m.quote for m in b.mentions if b.name in m.quote}


def test_rename_keeps_the_old_name_as_an_alias_and_the_id(places, taxonomy):
    a = named(places, "两江水土国际数据港")
    done = pe.apply(
        places, [logged(1, pe.RENAME, a.id, {"name": a.name, "to": "水土数据港"})], taxonomy
    )
    renamed = next(p for p in done.places if p.id == a.id)
    assert renamed.name == "水土数据港" and a.name in renamed.aliases


def test_sectors_edit_keeps_the_documents_links_and_cites_the_reviewer_for_new_ones(
    places, taxonomy
):
    a = named(places, "两江水土国际数据港")
    keep = a.sectors[0]
    log = [
        logged(
            1,
            pe.SECTORS,
            a.id,
            {"name": a.name, "sectors": [keep, "logistics"]},
            why="园区主导产业",
        )
    ]
    done = pe.apply(places, log, taxonomy)
    edited = next(p for p in done.places if p.id == a.id)
    assert edited.sectors == [keep, "logistics"]
    assert [link.quote for link in edited.sector_links if link.sector == keep] == [
        link.quote for link in a.sector_links if link.sector == keep
    ]
    added = next(link for link in edited.sector_links if link.sector == "logistics")
    assert "officer-li" in added.quote and "园区主导产业" in added.quote and added.doc == ""


def test_an_undo_restores_what_the_documents_say_and_an_undone_undo_reapplies(places, taxonomy):
    target = places[3]
    gone = logged(1, pe.NOT_A_PLACE, target.id, {"name": target.name})
    undo = logged(2, pe.UNDO, "", {"edit": 1})
    assert len(pe.apply(places, [gone, undo], taxonomy).places) == len(places)
    redo = logged(3, pe.UNDO, "", {"edit": 2})
    assert len(pe.apply(places, [gone, undo, redo], taxonomy).places) == len(places) - 1


def test_an_edit_whose_place_is_gone_is_reported_and_touches_nothing(places, taxonomy):
    log = [logged(7, pe.KIND, "pl-0000000000", {"name": "不存在的园区", "to": "zone"})]
    done = pe.apply(places, log, taxonomy)
    assert done.unmatched == [{"id": 7, "kind": "kind", "name": "不存在的园区"}]
    assert [(p.id, p.kind) for p in done.places] == [(p.id, p.kind) for p in places]


def test_an_edit_finds_its_place_by_name_when_the_id_changed(places, taxonomy):
    a = named(places, "两江水土国际数据港")
    done = pe.apply(
        places, [logged(1, pe.KIND, "pl-old", {"name": a.name, "to": "park"})], taxonomy
    )
    assert next(p for p in done.places if p.id == a.id).kind == "park"


@pytest.mark.parametrize(
    ("kind", "data", "says"),
    [
        ("explode", {"name": "x"}, "unknown edit"),
        (pe.KIND, {"name": "x", "to": "castle"}, "unknown kind"),
        (pe.SECTORS, {"name": "x", "sectors": ["no-such-sector"]}, "unknown sector"),
        (pe.MERGE, {"name": "x"}, "'other'"),
        (pe.ALIASES, {"name": "x", "aliases": "a,b"}, "list of text"),
    ],
)
def test_a_malformed_edit_is_refused_with_what_is_wrong(kind, data, says, taxonomy):
    with pytest.raises(pe.EditError, match=says):
        pe.check(kind, data, taxonomy)


def test_a_merge_split_again_restores_the_places_of_every_tuning_document(taxonomy):
    """On 36 documents of other provinces and genres: merging a document's first place
    with its last and splitting the last off again gives the places back as extracted
    (ids, names, clauses, sectors), also where one clause names both."""
    tested = 0
    for batch in ("eval", "eval2"):
        for path in sorted((TESTS / batch / "tuning" / "docs").glob("*.txt")):
            places = extract(read_file(path), taxonomy).places
            if len(places) < 2:
                continue
            a, b = places[0], places[-1]
            merge = {"name": a.name, "other": b.id, "other_name": b.name}
            log = [
                logged(1, pe.MERGE, a.id, merge),
                logged(2, pe.SPLIT, a.id, {"name": a.name, "alias": b.name}),
            ]
            done = pe.apply(places, log, taxonomy)

            def shape(ps):
                return sorted((p.id, p.name, p.mentions, p.sector_links, p.aliases) for p in ps)

            assert shape(done.places) == shape(places), path.name
            tested += 1
    assert tested >= 30
