ACTIVITIES = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching", "rest"]
ALL_BUT_REST = [a for a in ACTIVITIES if a != "rest"]


def hist(*rows):
    """rows of (activity, minutes, days_ago, rpe)"""
    return [{"activity": a, "minutes": m, "days_ago": d, "rpe": r} for a, m, d, r in rows]
