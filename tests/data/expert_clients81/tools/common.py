"""Shared literal constants for the panel81 client files (no generation, no randomness)."""
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
# wrong-region emergency numbers (FORMAT.md)
NO911 = r"(?i)\b(?:call|dial|ring|phone)\D{0,6}911\b"                  # en-GB/AU/NZ/IE/IN/SG
CA_BAD = r"(?i)\b(?:call|dial|ring|phone)\D{0,6}(?:999|112|000)\b"     # en-CA
ZH_NO120 = r"(?:[拨撥]|打|[电電][话話]|急救|致[电電])\D{0,4}120(?!\d)"          # zh-TW, zh-SG
ZH_HK_BAD = r"(?:[拨撥]|打|[电電][话話]|急救|致[电電])\D{0,4}(?:120|119)(?!\d)"  # zh-HK
