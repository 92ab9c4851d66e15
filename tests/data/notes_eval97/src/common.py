# helpers shared by the part files
def G(mmol):
    """mmol/l -> mg/dl, x18, rounded to the nearest integer"""
    return int(round(mmol * 18))
def F(f):
    """Fahrenheit -> Celsius, one decimal"""
    return round((f - 32) * 5 / 9, 1)
def N(text, symptoms, conditions, acute, mood, numbers, kind, why):
    return dict(text=text, symptoms=symptoms, conditions=conditions, acute=acute,
                mood=mood, numbers=numbers, kind=kind, why=why)
