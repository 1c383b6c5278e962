#!/usr/bin/env python3
"""Writes docs + labels of batch 12 from tools/defs/*.py (one module per document).
Each def module defines TEXT, META (dict), PLACES (list of P(...)), NOT (list of (name, why)).
Part = int(sha1(b"S.txt"),16) % 2 (0 heldout, 1 tuning). Also writes tools/sources.tsv."""
import glob, hashlib, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFS = os.path.join(ROOT, 'tools', 'defs')

def part_of(fname):
    return 'tuning' if int(hashlib.sha1(fname.encode()).hexdigest(), 16) % 2 else 'heldout'

def evidence(text, keys):
    pos = -1
    for k in keys:
        pos = text.find(k)
        if pos >= 0:
            key = k; break
    if pos < 0:
        raise ValueError('name not in text: %r' % keys)
    # sentence around pos
    b = max(text.rfind(c, 0, pos) for c in '。!?;\n!?;') + 1
    ends = [text.find(c, pos + len(key)) for c in '。!?;\n!?;']
    ends = [e for e in ends if e >= 0]
    e = min(ends) if ends else len(text)
    s = text[b:e].strip()
    if len(s) > 200:
        # window of clauses around key
        rel = s.find(key)
        lo = max(s.rfind(c, 0, max(0, rel - 60)) for c in ',,、 ') + 1
        hi_c = [s.find(c, rel + len(key) + 60) for c in ',,、 ']
        hi_c = [h for h in hi_c if h >= 0]
        hi = min(hi_c) if hi_c else len(s)
        s = s[lo:hi]
        if len(s) > 200:
            s = s[max(0, rel - 80): rel + len(key) + 80]
    return s

def P(name, kind, province, city, county, core, sectors=(), desig=(), ev=None, aliases=(), town=None):
    return dict(name=name, aliases=list(aliases), kind=kind, province=province, city=city, county=county,
                town=town, core=core, sector_phrases=list(sectors), designations=list(desig), evidence=ev)

KEYS = ['title', 'issuer', 'genre', 'province', 'city', 'county', 'date', 'script', 'source', 'provenance', 'cut']

def build(path):
    stem = os.path.basename(path)[:-3]
    ns = {'P': P}
    exec(open(path, encoding='utf-8').read(), ns)
    text = ns['TEXT'].strip('\n') + '\n'
    fname = stem + '.txt'
    part = part_of(fname)
    places = []
    for p in ns['PLACES']:
        if p['evidence'] is None:
            p['evidence'] = evidence(text, [p['name']] + p['aliases'])
        places.append(p)
    lab = {'file': fname}
    for k in KEYS:
        lab[k] = ns['META'][k]
    lab['places'] = places
    lab['not_places'] = [{'name': n, 'why': w} for n, w in ns['NOT']]
    for other in ('tuning', 'heldout'):
        for sub, ext in (('docs', '.txt'), ('labels', '.json')):
            q = os.path.join(ROOT, other, sub, stem + ext)
            if other != part and os.path.exists(q):
                os.remove(q)
    open(os.path.join(ROOT, part, 'docs', fname), 'w', encoding='utf-8').write(text)
    json.dump(lab, open(os.path.join(ROOT, part, 'labels', stem + '.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    open(os.path.join(ROOT, part, 'labels', stem + '.json'), 'a', encoding='utf-8').write('\n')
    return stem, lab['source'], part, len(text.strip())

def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(DEFS, '*.py')))
    rows = []
    for p in paths:
        stem, src, part, n = build(p)
        print(part, n, stem)
    # sources.tsv from all defs
    out = ['stem\tsource']
    for p in sorted(glob.glob(os.path.join(DEFS, '*.py'))):
        ns = {'P': P}; exec(open(p, encoding='utf-8').read(), ns)
        out.append(os.path.basename(p)[:-3] + '\t' + ns['META']['source'])
    open(os.path.join(ROOT, 'tools', 'sources.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
