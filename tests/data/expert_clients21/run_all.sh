#!/usr/bin/env bash
# Runs the shipped advisor (default model, no --model flag) once per client, sequentially.
# profiles/ID.json = the client's profile object verbatim (json.dumps, ensure_ascii=False).
set -u
E=/tmp/expert21
mkdir -p "$E/profiles" "$E/outputs" "$E/dbs"
python3 - <<'PY'
import json
for l in open('/tmp/expert21/clients.jsonl', encoding='utf-8'):
    c = json.loads(l)
    p = f"/tmp/expert21/profiles/{c['id']}.json"
    import os
    if not os.path.exists(p):          # never overwrite a form-fixed profile
        open(p, 'w', encoding='utf-8').write(json.dumps(c['profile'], ensure_ascii=False) + "\n")
PY
cd /tmp/snap21 || exit 1
for f in "$E"/profiles/h*.json; do
  id=$(basename "$f" .json)
  build/motion-advisor recommend --profile "$f" --db "$E/dbs/$id.db" \
      > "$E/outputs/$id.card.txt" 2> "$E/outputs/$id.card.stderr"
  echo $? > "$E/outputs/$id.card.rc"
  build/motion-advisor recommend --profile "$f" --json --db "$E/dbs/$id.json.db" \
      > "$E/outputs/$id.json" 2> "$E/outputs/$id.json.stderr"
  echo $? > "$E/outputs/$id.json.rc"
  echo "$id card rc=$(cat "$E/outputs/$id.card.rc") json rc=$(cat "$E/outputs/$id.json.rc")"
done
