#!/usr/bin/env python3
"""Mechanical check of clients.jsonl 'expected' against outputs/ID.json and outputs/ID.card.txt.

Definitions
  activity        JSON "activity"; effective intensity = "rest" when activity == "rest",
                  otherwise JSON "intensity".  Intensity order rest < light < moderate < vigorous.
  must_rest       if true: activity must be "rest".  If false: no check (rest is then judged
                  only through acceptable_activities).
  max_intensity   effective intensity <= max_intensity.
  acceptable      activity in acceptable_activities.
  forbidden       activity not in forbidden_activities.
  minutes         lo <= JSON "minutes" <= hi (a rest card's minutes, 0 or null, count as 0).
  intensity_measure
                  "rpe": JSON "rpe" not null AND "hr_zone_bpm" null (skipped for rest cards);
                  "hr": "hr_zone_bpm" not null; "any": always passes.
  must_mention    every group "a|b|c" needs at least one alternative found in the card text.
  must_not_say    no phrase found in the card text.
  text matching   both the card and the phrase are folded from Traditional to Simplified
                  Chinese (hanziconv, venv/) and lower-cased.  An alternative containing a CJK
                  character matches as a plain substring; any other alternative must match at
                  ASCII word boundaries: not preceded or followed by [a-z0-9]
                  (so "rest" does not match "interest", "15-30" matches "15-30克").
  exit codes      card and JSON runs must have rc 0 (check "rc").
  pass            every check true.
Writes mech.json: per client the checks, details and overall pass; plus totals.
"""
import json, re, os, sys
sys.path.insert(0, '/tmp/expert20')
from hanziconv import HanziConv

E = '/tmp/expert20'
RANK = {'rest': 0, 'light': 1, 'moderate': 2, 'vigorous': 3}
CJK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')


def fold(s):
    return HanziConv.toSimplified(s).lower()


def found(alt, text):
    a = fold(alt.strip())
    if CJK.search(a):
        return a in text
    return re.search(r'(?<![a-z0-9])' + re.escape(a) + r'(?![a-z0-9])', text) is not None


def check(c):
    ex = c['expected']; i = c['id']
    j = json.load(open(f'{E}/outputs/{i}.json', encoding='utf-8'))
    card = open(f'{E}/outputs/{i}.card.txt', encoding='utf-8').read()
    t = fold(card)
    act = j.get('activity')
    eff = 'rest' if act == 'rest' else j.get('intensity')
    mins = j.get('minutes') or 0
    r = {}
    r['rc'] = all(open(f'{E}/outputs/{i}.{k}.rc').read().strip() == '0' for k in ('card', 'json'))
    r['must_rest'] = (act == 'rest') if ex['must_rest'] else True
    r['max_intensity'] = RANK.get(eff, 9) <= RANK[ex['max_intensity']]
    r['acceptable'] = act in ex['acceptable_activities']
    r['forbidden'] = act not in ex['forbidden_activities']
    lo, hi = ex['minutes_range']
    r['minutes'] = lo <= mins <= hi
    m = ex['intensity_measure']
    if m == 'rpe':
        r['intensity_measure'] = True if act == 'rest' else (j.get('rpe') is not None and j.get('hr_zone_bpm') is None)
    elif m == 'hr':
        r['intensity_measure'] = j.get('hr_zone_bpm') is not None
    else:
        r['intensity_measure'] = True
    missing = [g for g in ex['must_mention'] if not any(found(a, t) for a in g.split('|'))]
    said = [p for p in ex['must_not_say'] if found(p, t)]
    r['must_mention'] = not missing
    r['must_not_say'] = not said
    return {'id': i, 'pass': all(r.values()), 'checks': r,
            'got': {'activity': act, 'intensity': eff, 'minutes': mins, 'hr_zone_bpm': j.get('hr_zone_bpm'),
                    'rpe': j.get('rpe')},
            'missing_mentions': missing, 'forbidden_phrases_found': said}


res = [check(json.loads(l)) for l in open(f'{E}/clients.jsonl', encoding='utf-8')]
names = list(res[0]['checks'])
out = {'clients': res, 'passed': sum(r['pass'] for r in res), 'total': len(res),
       'per_check_passes': {n: sum(r['checks'][n] for r in res) for n in names},
       'failed_ids': [r['id'] for r in res if not r['pass']]}
json.dump(out, open(f'{E}/mech.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for r in res:
    bad = [k for k, v in r['checks'].items() if not v]
    print(r['id'], 'PASS' if r['pass'] else 'FAIL', bad, r['missing_mentions'] or '', r['got'])
print('passed', out['passed'], '/', out['total'], out['per_check_passes'])
