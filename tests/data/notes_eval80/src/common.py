# Helper: one call per hand-written note. Strings with spaces are split into lists.
def N(text, sym="", cond="", mood="neutral", kind="", why="", acute=None, nums=None):
    return dict(text=text, symptoms=sym.split(), conditions=cond.split(),
                acute=acute or {}, mood=mood, numbers=nums or {},
                kind=kind.split(), why=why)
