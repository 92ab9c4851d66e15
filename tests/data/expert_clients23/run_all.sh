#!/usr/bin/env bash
# Runs the shipped advisor (no --model flag) on every frozen client, one at a time.
set -u
E=/tmp/expert23
mkdir -p "$E/profiles" "$E/dbs" "$E/outputs" "$E/outputs/invalid_first_try"
python3 - <<'PY'
import json
for line in open('/tmp/expert23/clients.jsonl', encoding='utf-8'):
    c = json.loads(line)
    p = '/tmp/expert23/profiles/%s.json' % c['id']
    import os
    if not os.path.exists(p):
        with open(p, 'w', encoding='utf-8') as f:
            json.dump(c['profile'], f, ensure_ascii=False, indent=1)
PY
cd /tmp/snap23
for f in "$E"/profiles/h*.json; do
  id=$(basename "$f" .json)
  build/motion-advisor recommend --profile "$f" --db "$E/dbs/$id.db" \
      > "$E/outputs/$id.card.txt" 2> "$E/outputs/$id.card.stderr"
  echo $? > "$E/outputs/$id.card.rc"
  build/motion-advisor recommend --profile "$f" --json --db "$E/dbs/$id.json.db" \
      > "$E/outputs/$id.json" 2> "$E/outputs/$id.json.stderr"
  echo $? > "$E/outputs/$id.json.rc"
  echo "$id card_rc=$(cat "$E/outputs/$id.card.rc") json_rc=$(cat "$E/outputs/$id.json.rc")"
done
