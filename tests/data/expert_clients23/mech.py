#!/usr/bin/env python3
"""Mechanical check of each frozen expectation against outputs/ID.json and outputs/ID.card.txt.

Definitions
  activity            = JSON "activity"; effective intensity = "rest" when activity is rest,
                        else JSON "intensity".  Order: rest < light < moderate < vigorous.
  must_rest           true  -> activity == "rest".
                      false -> if "rest" is not in acceptable_activities, activity != "rest";
                               otherwise no constraint (rest is an acceptable answer).
  max_intensity       rank(effective intensity) <= rank(max_intensity).
  acceptable          activity in acceptable_activities.
  forbidden           activity not in forbidden_activities.
  minutes             lo <= JSON "minutes" <= hi (a rest card's minutes are taken as 0 if null).
  intensity_measure   "rpe": JSON hr_zone_bpm is null (and, unless resting, JSON rpe is present);
                      "hr": hr_zone_bpm is a non-null [lo,hi]; "any": always passes.
  must_mention        for each group "a|b|c" at least one alternative occurs in the CARD text.
  must_not_say        no phrase occurs in the CARD text.
  Text matching       card text and phrases are both folded Traditional->Simplified (zhconv) and
                      lower-cased.  An alternative containing a CJK character matches as a plain
                      substring.  A Latin/digit alternative matches case-insensitively at "word
                      boundaries" defined as: not preceded and not followed by an ASCII letter or
                      digit (so "60" matches in "60分钟" and "60 minutes", "impact" in "low-impact",
                      but "cold" does not match in "scolded").
  card_matches_json   informational only (not part of pass): the card's headline sentence equals
                      JSON "advice" (the two runs use separate databases).
  pass                all checks above except card_matches_json.
"""
import json, re, zhconv

E = '/tmp/expert23'
RANK = {'rest': 0, 'light': 1, 'moderate': 2, 'vigorous': 3}
CJK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')

def fold(s):
    return zhconv.convert(s, 'zh-hans').lower()

def found(alt, text):
    a = fold(alt.strip())
    if CJK.search(a):
        return a in text
    return re.search(r'(?<![a-z0-9])' + re.escape(a) + r'(?![a-z0-9])', text) is not None

results = []
for line in open(f'{E}/clients.jsonl', encoding='utf-8'):
    c = json.loads(line); cid = c['id']; ex = c['expected']
    j = json.load(open(f'{E}/outputs/{cid}.json', encoding='utf-8'))
    card = open(f'{E}/outputs/{cid}.card.txt', encoding='utf-8').read()
    ft = fold(card)
    act = j['activity']
    inten = 'rest' if act == 'rest' else j['intensity']
    mins = j['minutes'] if j['minutes'] is not None else (0 if act == 'rest' else None)
    chk = {}
    if ex['must_rest']:
        chk['must_rest'] = act == 'rest'
    else:
        chk['must_rest'] = True if 'rest' in ex['acceptable_activities'] else act != 'rest'
    chk['max_intensity'] = RANK[inten] <= RANK[ex['max_intensity']]
    chk['acceptable'] = act in ex['acceptable_activities']
    chk['forbidden'] = act not in ex['forbidden_activities']
    lo, hi = ex['minutes_range']
    chk['minutes'] = mins is not None and lo <= mins <= hi
    im = ex['intensity_measure']
    if im == 'rpe':
        chk['intensity_measure'] = j.get('hr_zone_bpm') is None and (act == 'rest' or j.get('rpe') is not None)
    elif im == 'hr':
        chk['intensity_measure'] = bool(j.get('hr_zone_bpm'))
    else:
        chk['intensity_measure'] = True
    missing = [g for g in ex['must_mention'] if not any(found(a, ft) for a in g.split('|'))]
    chk['must_mention'] = not missing
    said = [p for p in ex['must_not_say'] if found(p, ft)]
    chk['must_not_say'] = not said
    headline = ''
    for l in card.splitlines()[1:]:
        if l.strip():
            headline = l.strip(); break
    results.append({'id': cid, 'activity': act, 'intensity': inten, 'minutes': mins,
                    'hr_zone_bpm': j.get('hr_zone_bpm'), 'checks': chk,
                    'missing_mentions': missing, 'forbidden_phrases_said': said,
                    'failed': [k for k, v in chk.items() if not v],
                    'pass': all(chk.values()),
                    'card_matches_json': headline == (j.get('advice') or '').strip() or (act == 'rest' and headline.startswith(('今天建议休息', 'Rest today', '今天建議休息')))})
summary = {'n': len(results), 'passes': sum(r['pass'] for r in results),
           'per_check_failures': {}}
for r in results:
    for k in r['failed']:
        summary['per_check_failures'][k] = summary['per_check_failures'].get(k, 0) + 1
json.dump({'summary': summary, 'results': results}, open(f'{E}/mech.json', 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
for r in results:
    print(r['id'], 'PASS' if r['pass'] else 'FAIL', r['activity'], r['intensity'], r['minutes'], r['failed'], r['missing_mentions'], 'card=json' if r['card_matches_json'] else 'CARD!=JSON')
print(summary)
