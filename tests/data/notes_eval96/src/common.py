def N(text, s, c, a, mood, nums, kind, why):
    return dict(text=text, symptoms=list(s), conditions=list(c), acute=dict(a), mood=mood, numbers=dict(nums), kind=list(kind), why=why)
