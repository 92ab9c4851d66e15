ROWS = {"en": [], "zh": []}
def R(lang, text, sym, cond, acute, mood, nums, kind, why):
    ROWS[lang].append(dict(text=text, symptoms=sym.split(), conditions=cond.split(),
        acute=acute, mood=mood, numbers=nums, kind=kind.split(), why=why))
def E(*a): R("en", *a)
def Z(*a): R("zh", *a)
