def R(text, sym, cond, acute, mood, nums, kinds, why):
    return dict(text=text, symptoms=list(sym), conditions=list(cond), acute=dict(acute),
                mood=mood, numbers=dict(nums), kind=list(kinds), why=why)
def glu(mmol):
    return int(round(mmol * 18))
def f2c(f):
    return round((f - 32) * 5 / 9, 1)
