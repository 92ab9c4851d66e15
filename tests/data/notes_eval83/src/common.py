def n(text, symptoms, conditions, acute, mood, numbers, kind, why):
    return dict(text=text, symptoms=symptoms, conditions=conditions, acute=acute,
                mood=mood, numbers=numbers, kind=kind, why=why)
