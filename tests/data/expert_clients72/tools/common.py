"""Shared literal regex fragments for the panel72 clients (no generated data)."""
# English: a wrong-region emergency number (context-bound so "911" in another sense is not caught)
NO_911 = r"(?i)\b(call|dial|ring|phone)\b\W{0,3}911\b"
CA_WRONG = r"(?i)\b(call|dial|ring|phone)\b\W{0,3}(999|112|000)\b"
# Chinese: context-bound wrong-region numbers (both scripts)
ZH_NO_120 = r"(打|撥|拨|致電|致电|電話|电话|急救|求救)\D{0,4}120(?!\d)"
HK_WRONG = r"(打|撥|拨|致電|致电|電話|电话|急救|求救)\D{0,4}(120|119)(?!\d)"
# a short session: 5-25 minutes (optionally a range within 10-25), English plan lines
EN_SHORT = r"(?<!\d)([5-9]|1\d|2[0-5])(\s*[-–]\s*(1\d|2[0-5]))?\s*min"
# Chinese plan line prefix for a weekday (any script / wording)
ZH_DAY = r"(?m)^(周|週|星期|禮拜|礼拜)"
