#!/bin/bash
# run each client sequentially: text card, --json, plan; one db per client
cd /tmp/snap34
for f in /tmp/expert34/profiles/h*.json; do
  id=$(basename $f .json); db=/tmp/expert34/dbs/$id.db
  ./build/motion-advisor recommend --profile $f --db $db > /tmp/expert34/outputs/$id.card.txt 2> /tmp/expert34/outputs/$id.card.err; echo "$id card rc=$?"
  ./build/motion-advisor recommend --profile $f --db $db --json > /tmp/expert34/outputs/$id.json 2> /tmp/expert34/outputs/$id.json.err; echo "$id json rc=$?"
  ./build/motion-advisor plan --profile $f --db $db > /tmp/expert34/outputs/$id.plan.txt 2> /tmp/expert34/outputs/$id.plan.err; echo "$id plan rc=$?"
done
