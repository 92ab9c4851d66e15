"""Shared literal constants for the panel78 client files (no generation, no randomness)."""
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
# wrong-region emergency numbers (FORMAT.md conventions)
NOT_911 = r"(?i)\b(?:call|dial|ring|phone)\b\D{0,12}\b911\b"                 # en-GB/AU/NZ/IE/IN/SG
NOT_CA = r"(?i)\b(?:call|dial|ring|phone)\b\D{0,12}\b(?:999|112|000)\b"       # en-CA and en-US
NOT_120_TW = r"(?:[撥拨]打|打|致[電电]|[電电][話话]|急救)\D{0,6}120(?!\d)"          # zh-TW, zh-SG
NOT_120_119_HK = r"(?:[撥拨]打|打|致[電电]|[電电][話话]|急救)\D{0,6}(?:120|119)(?!\d)"  # zh-HK
NOT_CN_FOREIGN = r"(?:[拨撥]打|打)\D{0,4}(?:911|999)(?!\d)"                          # zh-CN


def client(cid, lang, who, call, profile, expect):
    """Fix the top-level key order FORMAT.md requires."""
    return {"id": cid, "lang": lang, "who": who, "call": call, "profile": profile, "expect": expect}
