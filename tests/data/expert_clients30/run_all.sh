#!/usr/bin/env bash
# Runs motion-advisor (default shipped model) on every frozen client profile.
set -u
E=/tmp/expert30
BIN=/tmp/snap30/build/motion-advisor
cd "$E"
python3 - <<'PY'
import json
for line in open("/tmp/expert30/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    with open(f"/tmp/expert30/profiles/{c['id']}.json", "w", encoding="utf-8") as f:
        json.dump(c["profile"], f, ensure_ascii=False, indent=1)
PY
printf 'id\tcard_rc\tjson_rc\n' > outputs/rc.tsv
for p in profiles/*.json; do
  id=$(basename "$p" .json)
  rm -f dbs/$id.card.db dbs/$id.json.db
  ( cd /tmp/snap30 && timeout 300 "$BIN" recommend --profile "$E/$p" --db "$E/dbs/$id.card.db" ) \
      > outputs/$id.card.txt 2> outputs/$id.card.err; rc1=$?
  ( cd /tmp/snap30 && timeout 300 "$BIN" recommend --profile "$E/$p" --json --db "$E/dbs/$id.json.db" ) \
      > outputs/$id.json 2> outputs/$id.json.err; rc2=$?
  printf '%s\t%s\t%s\n' "$id" "$rc1" "$rc2" >> outputs/rc.tsv
  if [ $rc1 -ne 0 ] || [ $rc2 -ne 0 ]; then
    cp outputs/$id.card.err outputs/invalid_first_try/$id.card.err 2>/dev/null
    cp outputs/$id.json.err outputs/invalid_first_try/$id.json.err 2>/dev/null
  fi
done
cat outputs/rc.tsv
