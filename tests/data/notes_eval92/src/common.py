def N(text, s, c, a, mood, nums, kind, why):
    return dict(text=text, symptoms=s.split(), conditions=c.split(), acute=a,
                mood=mood, numbers=nums, kind=kind.split(), why=why)
