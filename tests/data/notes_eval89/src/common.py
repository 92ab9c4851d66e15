def N(text, s, c, m, k, why, a=None, n=None):
    return dict(text=text, symptoms=s.split(), conditions=c.split(), acute=a or {},
                mood=m, numbers=n or {}, kind=k.split(), why=why)
