#!/usr/bin/env python3
"""Checker for the batch-12 evaluation corpus (tests/eval12).

Checks every label file in tuning/labels and heldout/labels:
  - schema: top-level keys and place keys present in exactly the batch order; value types;
    genre / kind / script / provenance from the batch vocabularies; date null or YYYY[-MM[-DD]];
  - every place name, alias, sector phrase, designation, evidence string and not_places name is an
    exact substring of the label's doc;
  - evidence is at most 200 characters and contains the place name or one of its aliases;
  - no not_places name equals a place name or alias of the same document; no duplicate place names;
  - part rule: int(sha1(b"S.txt"),16) % 2 == 0 -> heldout, 1 -> tuning;
  - doc/label pairing (every doc has a label and vice versa; label "file" equals the doc name);
  - doc length 200-900 characters (after stripping surrounding whitespace);
  - source equals tools/sources.tsv and differs from every batch 1-11 source (tools/prev_sources.txt),
    exact and after scheme/www/m. normalisation.
Prints one line per failing file and a final "N label files checked, M failing".
"""
import glob, hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP_KEYS = ['file', 'title', 'issuer', 'genre', 'province', 'city', 'county', 'date', 'script', 'source',
            'provenance', 'cut', 'places', 'not_places']
PLACE_KEYS = ['name', 'aliases', 'kind', 'province', 'city', 'county', 'town', 'core', 'sector_phrases',
              'designations', 'evidence']
GENRES = {'news', 'plan', 'designation list', 'catalogue', 'notice/approval', 'investment page',
          'town profile', 'work report', 'table'}
KINDS = {'park', 'zone', 'district', 'building', 'landmark', 'facility', 'port'}
SCRIPTS = {'simplified', 'traditional'}
PROVENANCE = {'verbatim', 'excerpt'}


def norm_url(u):
    u = re.sub(r'^https?://', '', u.strip())
    u = re.sub(r'^(www\.|m\.)', '', u)
    return u.rstrip('/')


def part_of(fname):
    return 'tuning' if int(hashlib.sha1(fname.encode()).hexdigest(), 16) % 2 else 'heldout'


def load_tsv(path):
    out = {}
    if os.path.exists(path):
        for line in open(path, encoding='utf-8').read().splitlines()[1:]:
            if line.strip():
                stem, src = line.split('\t')
                out[stem] = src
    return out


def check_label(path, sources, prev):
    errs = []
    part = os.path.basename(os.path.dirname(os.path.dirname(path)))
    stem = os.path.splitext(os.path.basename(path))[0]
    fname = stem + '.txt'
    docp = os.path.join(ROOT, part, 'docs', fname)
    try:
        d = json.load(open(path, encoding='utf-8'))
    except Exception as e:
        return ['unreadable json: %s' % e]
    if list(d.keys()) != TOP_KEYS:
        errs.append('top-level keys/order %s' % list(d.keys()))
        return errs
    if d['file'] != fname:
        errs.append('file field %r != %r' % (d['file'], fname))
    if part_of(fname) != part:
        errs.append('in %s, part rule says %s' % (part, part_of(fname)))
    if not os.path.exists(docp):
        return errs + ['doc missing: %s' % docp]
    text = open(docp, encoding='utf-8').read()
    n = len(text.strip())
    if not 200 <= n <= 900:
        errs.append('doc length %d outside 200-900' % n)
    for k in ['title', 'issuer', 'genre', 'script', 'source', 'provenance', 'cut']:
        if not isinstance(d[k], str) or not d[k]:
            errs.append('%s must be a non-empty string' % k)
    for k in ['province', 'city', 'county']:
        if d[k] is not None and not isinstance(d[k], str):
            errs.append('%s must be string or null' % k)
    if d['date'] is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', str(d['date'])):
        errs.append('bad date %r' % d['date'])
    if d['genre'] not in GENRES:
        errs.append('genre %r' % d['genre'])
    if d['script'] not in SCRIPTS:
        errs.append('script %r' % d['script'])
    if d['provenance'] not in PROVENANCE:
        errs.append('provenance %r' % d['provenance'])
    if sources.get(stem) != d['source']:
        errs.append('source differs from tools/sources.tsv')
    if d['source'] in prev or norm_url(d['source']) in {norm_url(x) for x in prev}:
        errs.append('source reused from batches 1-11')
    names = set()
    if not isinstance(d['places'], list) or not isinstance(d['not_places'], list):
        return errs + ['places/not_places must be lists']
    for i, p in enumerate(d['places']):
        tag = 'place %d %r' % (i, p.get('name'))
        if list(p.keys()) != PLACE_KEYS:
            errs.append('%s: keys/order %s' % (tag, list(p.keys())))
            continue
        if p['kind'] not in KINDS:
            errs.append('%s: kind %r' % (tag, p['kind']))
        if not isinstance(p['core'], bool):
            errs.append('%s: core must be bool' % tag)
        for k in ['province', 'city', 'county', 'town']:
            if p[k] is not None and not isinstance(p[k], str):
                errs.append('%s: %s must be string or null' % (tag, k))
        for k in ['aliases', 'sector_phrases', 'designations']:
            if not isinstance(p[k], list) or not all(isinstance(x, str) and x for x in p[k]):
                errs.append('%s: %s must be a list of non-empty strings' % (tag, k))
        if not isinstance(p['name'], str) or not p['name']:
            errs.append('%s: empty name' % tag)
            continue
        if p['name'] in names:
            errs.append('%s: duplicate place name' % tag)
        names.add(p['name'])
        for s in [p['name']] + p['aliases'] + p['sector_phrases'] + p['designations'] + [p['evidence']]:
            if isinstance(s, str) and s not in text:
                errs.append('%s: not a substring of the doc: %r' % (tag, s))
        ev = p['evidence']
        if not isinstance(ev, str) or not ev:
            errs.append('%s: empty evidence' % tag)
        else:
            if len(ev) > 200:
                errs.append('%s: evidence longer than 200 (%d)' % (tag, len(ev)))
            if not any(x in ev for x in [p['name']] + p['aliases']):
                errs.append('%s: evidence contains neither name nor alias' % tag)
    allnames = set()
    for p in d['places']:
        if isinstance(p, dict) and 'name' in p:
            allnames.add(p['name'])
            allnames.update(p.get('aliases') or [])
    for j, q in enumerate(d['not_places']):
        if not isinstance(q, dict) or list(q.keys()) != ['name', 'why']:
            errs.append('not_place %d: keys %s' % (j, list(q.keys()) if isinstance(q, dict) else q))
            continue
        if not q['name'] or not q['why']:
            errs.append('not_place %d: empty name/why' % j)
            continue
        if q['name'] not in text:
            errs.append('not_place %r: not a substring of the doc' % q['name'])
        if q['name'] in allnames:
            errs.append('not_place %r equals a place name or alias' % q['name'])
    return errs


def main():
    sources = load_tsv(os.path.join(ROOT, 'tools', 'sources.tsv'))
    prevp = os.path.join(ROOT, 'tools', 'prev_sources.txt')
    prev = set(l.strip() for l in open(prevp, encoding='utf-8')) if os.path.exists(prevp) else set()
    labels = sorted(glob.glob(os.path.join(ROOT, '*', 'labels', '*.json')))
    docs = sorted(glob.glob(os.path.join(ROOT, '*', 'docs', '*.txt')))
    failing = 0
    lab_stems = {(os.path.basename(os.path.dirname(os.path.dirname(p))), os.path.basename(p)[:-5]) for p in labels}
    doc_stems = {(os.path.basename(os.path.dirname(os.path.dirname(p))), os.path.basename(p)[:-4]) for p in docs}
    for part, stem in sorted(doc_stems - lab_stems):
        print('FAIL %s/docs/%s.txt: no label file' % (part, stem)); failing += 1
    for path in labels:
        errs = check_label(path, sources, prev)
        if errs:
            failing += 1
            print('FAIL %s' % os.path.relpath(path, ROOT))
            for e in errs:
                print('   - ' + e)
    extra = set(sources) - {s for _, s in lab_stems}
    for s in sorted(extra):
        print('NOTE sources.tsv lists %s, which has no label' % s)
    print('%d label files checked, %d failing' % (len(labels), failing))
    return 1 if failing else 0


if __name__ == '__main__':
    sys.exit(main())
