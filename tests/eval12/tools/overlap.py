#!/usr/bin/env python3
"""Reuse check: 8-gram share of each batch-12 doc vs every batch 1-11 doc; URL reuse vs prev_sources.txt."""
import glob, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def grams(t):
    t = re.sub(r'\s+', '', t)
    return {t[i:i+8] for i in range(len(t)-7)}
def norm(u):
    u = re.sub(r'^https?://', '', u.strip()); u = re.sub(r'^(www\.|m\.)', '', u)
    return u.rstrip('/')
prev_docs = [p for p in glob.glob('/work/main/tests/eval*/*/docs/*.txt') if '/eval12/' not in p]
prev = {p: grams(open(p, encoding='utf-8').read()) for p in prev_docs}
prev_src = set(norm(l) for l in open(os.path.join(ROOT, 'tools', 'prev_sources.txt'), encoding='utf-8') if l.strip())
paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, '*', 'docs', '*.txt')))
for p in paths:
    g = grams(open(p, encoding='utf-8').read())
    best = max(((len(g & q) / max(1, len(g)), o) for o, q in prev.items()), default=(0, ''))
    print('%.3f %s  vs %s' % (best[0], os.path.basename(p), os.path.relpath(best[1], '/work/main/tests')))
tsv = os.path.join(ROOT, 'tools', 'sources.tsv')
if os.path.exists(tsv):
    for line in open(tsv, encoding='utf-8').read().splitlines()[1:]:
        stem, src = line.split('\t')
        if norm(src) in prev_src:
            print('REUSED URL', stem, src)
