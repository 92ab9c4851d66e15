#!/usr/bin/env bash
# Runs motion-advisor (default shipped model) on each frozen client profile.
set -u
E=/tmp/expert28
BIN=/tmp/snap28/build/motion-advisor
mkdir -p $E/profiles $E/outputs $E/outputs/invalid_first_try $E/dbs
python3 - <<'PY'
import json
for line in open('/tmp/expert28/clients.jsonl', encoding='utf-8'):
    c = json.loads(line)
    p = '/tmp/expert28/profiles/%s.json' % c['id']
    import os
    if not os.path.exists(p):
        with open(p, 'w', encoding='utf-8') as f:
            json.dump(c['profile'], f, ensure_ascii=False)
PY
: > $E/outputs/rc.tsv
printf 'id\tcard_rc\tjson_rc\tcard_s\tjson_s\n' >> $E/outputs/rc.tsv
cd /tmp/snap28
for p in $E/profiles/h*.json; do
  id=$(basename $p .json)
  rm -f $E/dbs/$id.card.db $E/dbs/$id.json.db
  t0=$(date +%s.%N)
  $BIN recommend --profile $p --db $E/dbs/$id.card.db > $E/outputs/$id.card.txt 2> $E/outputs/$id.card.err; rc1=$?
  t1=$(date +%s.%N)
  $BIN recommend --profile $p --json --db $E/dbs/$id.json.db > $E/outputs/$id.json 2> $E/outputs/$id.json.err; rc2=$?
  t2=$(date +%s.%N)
  printf '%s\t%s\t%s\t%.2f\t%.2f\n' $id $rc1 $rc2 $(echo "$t1-$t0"|bc) $(echo "$t2-$t1"|bc) >> $E/outputs/rc.tsv
  if [ $rc1 -ne 0 ] || [ $rc2 -ne 0 ]; then
    cp $E/outputs/$id.card.err $E/outputs/invalid_first_try/$id.card.err 2>/dev/null
    cp $E/outputs/$id.json.err $E/outputs/invalid_first_try/$id.json.err 2>/dev/null
  fi
done
cat $E/outputs/rc.tsv
