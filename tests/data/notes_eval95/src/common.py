def N(text, sy, co, mood, kind, why, ac=None, nums=None):
    return dict(text=text, symptoms=sy.split(), conditions=co.split(),
                acute=dict(ac or {}), mood=mood, numbers=dict(nums or {}),
                kind=kind.split(), why=why)
