#!/bin/bash
# usage: seen.sh URL [phrase...]  -- URL reuse (normalised) and phrase occurrences in batch 1-11 docs
u=$(echo "$1" | sed -E 's#^https?://##; s#^(www\.|m\.)##; s#/$##')
grep -n -F "$u" /work/main/tests/eval12/tools/prev_sources.txt && echo "URL USED"
shift
for p in "$@"; do grep -l -F "$p" /work/main/tests/eval{,2,3,4,5,6,7,8,9,10,11}/*/docs/*.txt | sed "s#^#  [$p] #"; done
true
