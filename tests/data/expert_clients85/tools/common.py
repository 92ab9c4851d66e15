"""Shared literal constants for the panel85 client files."""
ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
        "stationary_bike", "elliptical", "stretching"]          # every README activity but rest
ALL_BUT_REST = list(ACTS)
# wrong-region emergency numbers (FORMAT.md conventions)
EN_NO_911 = r"(?i)\b(call|dial|ring|phone)\W{0,3}911\b"
EN_CA_WRONG = r"(?i)\b(call|dial|ring|phone)\W{0,3}(999|112|000)\b"
ZH_NO_120 = r"(撥打|拨打|撥|拨|打|致電|致电|急救|電話|电话)\D{0,4}120(?!\d)"
ZH_HK_WRONG = r"(撥打|拨打|撥|拨|打|致電|致电|急救|電話|电话)\D{0,4}(120|119)(?!\d)"


def client(id, lang, who, call, profile, expect):
    """Keep the key order check.py wants."""
    return {"id": id, "lang": lang, "who": who, "call": call, "profile": profile, "expect": expect}
