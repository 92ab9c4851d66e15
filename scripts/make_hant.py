#!/usr/bin/env python3
"""Regenerates the character table in lib/advisor/hant.c: every simplified
character in the advisor's output strings (and in the notes reader's
Traditional-to-simplified pairs) with its Traditional form (Taiwan standard),
chosen by converting whole strings with OpenCC (s2tw; Apache-2.0,
https://github.com/BYVoid/OpenCC) and keeping each character's most common
form. Phrases where a character takes another form (公里, 注意, 联系) are
hand-written in hant.c, not here. Needs: pip install opencc-python-reimplemented.
Run from the repository root after adding Chinese text to lib/advisor/."""
import collections, glob, re, sys
from opencc import OpenCC

s2t = OpenCC('s2tw')
KEEP = set('注里游系台岳仆吁扎')  # characters whose usual form in the cards is unchanged
lits = []
for f in sorted(glob.glob('lib/advisor/*.c')):
    if 'notes' in f or f.endswith('hant.c'):
        continue
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', open(f, encoding='utf-8').read()):
        if re.search(r'[\u4e00-\u9fff]', m.group(1)):
            lits.append(m.group(1))
votes = collections.defaultdict(collections.Counter)
for s in lits:
    t = s2t.convert(s)
    if len(t) == len(s):
        for a, b in zip(s, t):
            votes[a][b] += 1
table = {a: v.most_common(1)[0][0] for a, v in votes.items() if a not in KEEP}
# the notes reader's pairs, the other way round, for the words it quotes
pairs = re.search(r'TRAD_SIMP\[\] =\n((?:\s*".*"\n?)+);', open('lib/advisor/notes.c', encoding='utf-8').read())
flat = ''.join(re.findall(r'"(.*?)"', pairs.group(1)))
for i in range(0, len(flat), 2):
    trad, simp = flat[i], flat[i + 1]
    if simp not in table and simp not in KEEP:
        table[simp] = trad
# and the notes vocabulary's pairs (notes_trad.h), for the words quoted back
# ("籃球" read as 篮球 is written 籃球 again); only where one Traditional
# form maps to the simplified one, so that 干 (乾, 幹) is not guessed
cps = re.findall(r'\{0x([0-9a-f]+), 0x([0-9a-f]+)\}', open('lib/advisor/notes_trad.h', encoding='utf-8').read())
back = collections.defaultdict(set)
for t, sm in cps:
    back[chr(int(sm, 16))].add(chr(int(t, 16)))
for sm, ts in back.items():
    # and only where OpenCC itself writes it so (冬 stays 冬, not 鼕)
    if sm not in table and sm not in KEEP and len(ts) == 1 and s2t.convert(sm) == next(iter(ts)):
        table[sm] = next(iter(ts))
pairs = sorted((a, b) for a, b in table.items() if a != b)
for a, b in pairs:
    assert len(a.encode()) == 3 and len(b.encode()) == 3, (a, b)
lines, cur = [], ''
for a, b in pairs:
    cur += a + b
    if len(cur) >= 40:
        lines.append('    "%s"' % cur)
        cur = ''
if cur:
    lines.append('    "%s"' % cur)
block = '\n'.join(lines) + ';\n'
src = open('lib/advisor/hant.c', encoding='utf-8').read()
start = src.index('static const char SIMP_TRAD[] =\n') + len('static const char SIMP_TRAD[] =\n')
end = src.index(';\n', start) + 2
open('lib/advisor/hant.c', 'w', encoding='utf-8').write(src[:start] + block + src[end:])
print('%d pairs from %d strings' % (len(pairs), len(lits)), file=sys.stderr)
