#!/bin/bash
# Runs motion-advisor (shipped default model) on every frozen client profile.
# Card -> outputs/ID.card.txt, --json -> outputs/ID.json, a fresh --db per run, exit codes -> outputs/rc.tsv
set -u
E=/tmp/expert29
ADV=/tmp/snap29/build/motion-advisor
cd "$E"
mkdir -p profiles outputs outputs/invalid_first_try dbs
python3 - <<'PY'
import json
for line in open("/tmp/expert29/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    with open(f"/tmp/expert29/profiles/{c['id']}.json", "w", encoding="utf-8") as f:
        json.dump(c["profile"], f, ensure_ascii=False, indent=1)
PY
printf "id\tmode\trc\tseconds\n" > outputs/rc.tsv
for p in profiles/h*.json; do
  id=$(basename "$p" .json)
  for mode in card json; do
    db="$E/dbs/$id.$mode.$(date +%s%N).db"
    t0=$(date +%s.%N)
    if [ "$mode" = card ]; then
      (cd /tmp/snap29 && "$ADV" recommend --profile "$E/$p" --db "$db") > outputs/$id.card.txt 2> outputs/$id.card.err
    else
      (cd /tmp/snap29 && "$ADV" recommend --profile "$E/$p" --json --db "$db") > outputs/$id.json 2> outputs/$id.json.err
    fi
    rc=$?
    t1=$(date +%s.%N)
    printf "%s\t%s\t%s\t%.2f\n" "$id" "$mode" "$rc" "$(echo "$t1 - $t0" | bc)" >> outputs/rc.tsv
    if [ $rc -ne 0 ]; then cp outputs/$id.$mode.err outputs/invalid_first_try/ 2>/dev/null || cp outputs/$id.json.err outputs/invalid_first_try/; fi
  done
done
cat outputs/rc.tsv
