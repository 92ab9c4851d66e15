#!/usr/bin/env bash
# Runs every client in clients.jsonl through the shipped advisor (no --model flag),
# one at a time, from /tmp/snap22. Card -> outputs/ID.card.txt, JSON -> outputs/ID.json,
# stderr -> outputs/ID.{card,json}.stderr, exit codes -> outputs/ID.{card,json}.rc.
# If profiles/ID.json exists already and differs from clients.jsonl (a form fix, see
# outputs/invalid_first_try/), it is kept; otherwise it is written verbatim.
set -u
E=/tmp/expert22
mkdir -p "$E/profiles" "$E/dbs" "$E/outputs" "$E/outputs/invalid_first_try"
python3 - <<'PY'
import json, os
for line in open('/tmp/expert22/clients.jsonl', encoding='utf-8'):
    c = json.loads(line)
    p = f"/tmp/expert22/profiles/{c['id']}.json"
    if os.path.exists(p + '.fixed'):
        continue
    with open(p, 'w', encoding='utf-8') as f:
        json.dump(c['profile'], f, ensure_ascii=False, indent=1)
PY
cd /tmp/snap22 || exit 1
for P in "$E"/profiles/h*.json; do
  ID=$(basename "$P" .json)
  rm -f "$E/dbs/$ID.db" "$E/dbs/$ID.json.db"
  build/motion-advisor recommend --profile "$P" --db "$E/dbs/$ID.db" > "$E/outputs/$ID.card.txt" 2> "$E/outputs/$ID.card.stderr"
  echo $? > "$E/outputs/$ID.card.rc"
  build/motion-advisor recommend --profile "$P" --json --db "$E/dbs/$ID.json.db" > "$E/outputs/$ID.json" 2> "$E/outputs/$ID.json.stderr"
  echo $? > "$E/outputs/$ID.json.rc"
  echo "$ID card_rc=$(cat "$E/outputs/$ID.card.rc") json_rc=$(cat "$E/outputs/$ID.json.rc")"
done
