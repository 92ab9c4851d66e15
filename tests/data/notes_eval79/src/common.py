# Helper: one hand-written note. Order: text, symptoms, conditions, acute, mood, numbers, kind, why.
def N(text, s, c, a, m, n, k, why):
    return dict(text=text, symptoms=s, conditions=c, acute=a, mood=m, numbers=n, kind=k, why=why)
