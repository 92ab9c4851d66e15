"""Shared literals for the panel87 build (no logic beyond constants)."""
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
# wrong-region emergency numbers (FORMAT.md)
NOT_911 = r"(?i)(call|dial|ring|phone)\W{0,3}911"
CA_WRONG = r"(?i)(call|dial|ring|phone)\W{0,3}(999|112|000)\b"
ZH_NOT_120 = r"(撥打|拨打|打|致電|致电|急救|電話|电话|call)\D{0,3}120(?!\d)"
ZH_NOT_120_119 = r"(撥打|拨打|打|致電|致电|急救|電話|电话|call)\D{0,3}(120|119)(?!\d)"
