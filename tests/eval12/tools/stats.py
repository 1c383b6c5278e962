#!/usr/bin/env python3
"""Prints the counts tables used in README.md and MANIFEST.txt totals."""
import collections, glob, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
tot = collections.Counter()
provs = collections.Counter(); pprovs = set(); genres = collections.Counter()
for part in ('heldout', 'tuning'):
    c = collections.Counter()
    for lp in sorted(glob.glob(os.path.join(ROOT, part, 'labels', '*.json'))):
        d = json.load(open(lp, encoding='utf-8'))
        text = open(os.path.join(ROOT, part, 'docs', d['file']), encoding='utf-8').read().strip()
        np_ = len(d['places']); nc = sum(p['core'] for p in d['places'])
        c['docs'] += 1; c['places'] += np_; c['core'] += nc; c['not'] += len(d['not_places'])
        c['trad'] += d['script'] == 'traditional'; c['chars'] += len(text)
        provs[d['province'] or '(national)'] += 1; genres[d['genre']] += 1
        pprovs.update(p['province'] for p in d['places'] if p['province'])
        rows.append((d['file'], part, d['genre'], d['province'] or '(national)', d['script'], d['source'], d['provenance'], len(text), '%d/%d' % (np_, nc)))
    print('| %s | %d | %d | %d | %d | %d | %d |' % (part, c['docs'], c['places'], c['core'], c['not'], c['trad'], c['chars']))
    tot += c
print('| all | %d | %d | %d | %d | %d | %d |' % (tot['docs'], tot['places'], tot['core'], tot['not'], tot['trad'], tot['chars']))
print('doc provinces (%d):' % len(provs), ', '.join('%s (%d)' % kv for kv in sorted(provs.items(), key=lambda kv: (-kv[1], kv[0]))))
print('place provinces (%d):' % len(pprovs), ', '.join(sorted(pprovs)))
print('genres (%d):' % len(genres), ', '.join('%s=%d' % kv for kv in sorted(genres.items(), key=lambda kv: (-kv[1], kv[0]))))
print('lengths: %d-%d' % (min(r[7] for r in rows), max(r[7] for r in rows)))
for r in rows:
    print('| %s | %s | %s | %s | %s | %s | %s | %d | %s |' % r)
