#!/usr/bin/env python3
"""usage: cand.py URL [phrase ...] -- URL reuse (exact/normalised), same-host earlier sources, phrase hits in batch 1-11 docs."""
import glob, re, sys
def norm(u):
    u = re.sub(r'^https?://', '', u.strip()); u = re.sub(r'^(www\.|m\.)', '', u); return u.rstrip('/')
def host(u): return norm(u).split('/')[0]
prev = [l.strip() for l in open('/work/main/tests/eval12/tools/prev_sources.txt', encoding='utf-8') if l.strip()]
u = sys.argv[1]
for p in prev:
    if norm(p) == norm(u): print('URL USED', p)
    elif host(p) == host(u): print('same host', p)
docs = [p for p in glob.glob('/work/main/tests/eval*/*/docs/*.txt') if '/eval12/' not in p]
for ph in sys.argv[2:]:
    for d in docs:
        if ph in open(d, encoding='utf-8').read(): print('  [%s] %s' % (ph, d.replace('/work/main/tests/', '')))
