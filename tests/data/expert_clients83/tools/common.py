"""Shared literal constants for the panel83 build (no generation, just reused strings)."""
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
# wrong-region emergency numbers (FORMAT.md)
NO_911 = r"(?i)\b(?:call|dial|ring|phone)\b[^.\n]{0,20}\b911\b"
NO_999_112_000 = r"(?i)\b(?:call|dial|ring|phone)\b[^.\n]{0,20}\b(?:999|112|000)\b"
NO_120 = r"(?:打|[拨撥]|致[电電]|急救|[电電][话話])\D{0,6}120(?!\d)"
NO_120_119 = r"(?:打|[拨撥]|致[电電]|急救|[电電][话話])\D{0,6}(?:120|119)(?!\d)"
