"""Literal shared patterns for the panel82 clients (no generation)."""
ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]
NOT_REST = [a for a in ALL if a != "rest"]   # every activity except rest (must-rest clients)

# wrong-region emergency numbers
NO_911 = r"(?i)\b(?:call|dial|ring|phone|ph)\b\D{0,12}\b911\b"              # en-GB/AU/NZ/IE/IN/SG
NO_999_112_000 = r"(?i)\b(?:call|dial|ring|phone|ph)\b\D{0,12}\b(?:999|112|000)\b"   # en-CA
ZH_NO_120 = r"(?:打|[撥拨]|致[電电]|急救|[電电][話话])\D{0,6}120(?!\d)"             # zh-TW, zh-SG
ZH_NO_120_119 = r"(?:打|[撥拨]|致[電电]|急救|[電电][話话])\D{0,6}(?:120|119)(?!\d)"  # zh-HK
