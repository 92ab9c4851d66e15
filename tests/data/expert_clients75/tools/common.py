"""Shared literal regex strings for the panel75 clients (no generation, no randomness)."""
# wrong-region emergency numbers (FORMAT.md): context-bound so "120 bpm" / "120分钟" are not caught
ZH_NO120 = r"(?:撥打|拨打|撥|拨|打|致電|致电|急救|電話|电话)[^\d]{0,3}120(?!\d)"
ZH_NO120_119 = r"(?:撥打|拨打|撥|拨|打|致電|致电|急救|電話|电话)[^\d]{0,3}(?:120|119)(?!\d)"
EN_NO911 = r"(?i)\b(?:call|dial|ring|phone)\b\D{0,15}\b911\b"
EN_CA_NO = r"(?i)\b(?:call|dial|ring|phone)\b\D{0,15}\b(?:999|112|000)\b"
# "says what it assumed / asks for the missing fact" (only for clients who gave almost nothing)
ZH_ASSUME = (r"假设|假設|假定|默认|默認|预设|預設|当作|當作|先当|先當"
             r"|按.{0,8}(?:初学|初學|新手|入门|入門|不怎么|不怎麼|很少|平时|平時)"
             r"|(?:没有|沒有|未|无|無).{0,6}(?:记录|記錄|纪录|紀錄|信息|资讯|資訊|数据|數據|资料|資料)"
             r"|只(?:填|写|寫|给|給|告诉|告訴)|告诉我|告訴我|如果你|如果您")
EN_ASSUME = (r"(?i)assum|default|you only|only (?:told|gave|said|filled)|didn't (?:say|tell|give|mention|add)"
             r"|don't know|no (?:log|record|history|details|notes)|not told|if you|let me know|tell me")
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
