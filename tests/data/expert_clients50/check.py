#!/usr/bin/env python3
"""Validator for clients.jsonl (the blind panel).

Checks: JSON shape; profile uses only keys/values documented in ADVISOR_README.md;
zh-TW/zh-HK text contains no simplified-only characters (and zh-CN/zh-SG no
traditional-only ones); every regex compiles; Chinese regexes accept both scripts;
wrong-region emergency numbers are forbidden for zh-TW, zh-HK, zh-SG and non-US
English; and each client's own `call` satisfies its own `expect`.
Prints one line per problem and a final 'errors: N'. Exit status 0 iff N == 0.
"""
import datetime
import json
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "clients.jsonl"

ACTIVITIES = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching", "rest"]
ACT_ZH = {"跑步", "游泳", "骑自行车", "騎自行車", "快走", "散步", "瑜伽", "太极", "太極", "力量训练",
          "力量訓練", "室内单车", "室內單車", "椭圆机", "橢圓機", "拉伸", "休息"}
ACT_EN = {"running", "swimming", "cycling", "brisk walk", "walk", "walking", "yoga", "tai chi",
          "strength", "stationary bike", "elliptical", "stretching", "rest"}
CONDITIONS = {"hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury",
              "ankle_injury", "low_back_pain"}
SYMPTOMS = {"chest_pain", "dizziness", "fever", "breathlessness", "palpitations", "acute_illness",
            "pregnancy_warning"}
PROFILE_KEYS = {"user", "age", "sex", "weight_kg", "height_cm", "resting_hr", "conditions",
                "bp_systolic", "bp_diastolic", "glucose_mg_dl", "symptoms", "fitness", "goal",
                "preferences", "history", "context", "notes", "language",
                "weight_lb", "height_in", "units"}
CONTEXT_KEYS = {"time", "temperature_c", "humidity_pct", "wind_kmh", "precipitation", "thunder",
                "aqi", "temperature_f", "wind_mph"}
HISTORY_KEYS = {"activity", "minutes", "days_ago", "rpe"}
LANGS_ZH = {"zh-CN", "zh-TW", "zh-HK", "zh-MO", "zh-SG", "zh-Hans", "zh-Hant"}
LANGS_EN = {"en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-NZ", "en-IN", "en-SG"}
TOP_KEYS = ["id", "lang", "who", "call", "profile", "expect"]
CALL_KEYS = {"activity", "intensity", "minutes", "hr_zone_bpm", "card", "plan"}
EXPECT_KEYS = {"must_rest", "rest_acceptable", "max_intensity", "max_minutes", "wrong_activities",
               "hr_zone_null", "must_match", "must_not_match", "plan_must_match"}
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}

# simplified -> traditional pairs (only characters whose two forms are unambiguous)
PAIRS = """这這 个個 们們 来來 时時 说說 会會 对對 没沒 为為 动動 运運 过過 还還 进進 发發 问問 间間 头頭 觉覺
点點 实實 样樣 学學 长長 经經 关關 开開 门門 车車 马馬 鸟鳥 东東 与與 专專 业業 两兩 严嚴 丧喪 临臨 丽麗
举舉 义義 乐樂 习習 书書 买買 乱亂 争爭 亏虧 亚亞 产產 亲親 亿億 仅僅 从從 价價 众眾 优優 伤傷 伟偉 传傳
债債 倾傾 偿償 儿兒 兴興 养養 内內 写寫 军軍 农農 决決 况況 冻凍 净淨 凉涼 减減 则則 刚剛 创創 别別 剂劑
剧劇 劝勸 办辦 务務 励勵 劲勁 劳勞 势勢 区區 医醫 华華 协協 单單 卖賣 卫衛 却卻 压壓 厌厭 县縣 参參 双雙
变變 叶葉 号號 吓嚇 吗嗎 启啟 员員 响響 团團 园園 围圍 图圖 圆圓 场場 坏壞 块塊 坚堅 垫墊 墙牆 声聲 处處
备備 复復 够夠 夹夾 奋奮 奖獎 妇婦 妈媽 婴嬰 宁寧 宝寶 审審 宽寬 寻尋 导導 寿壽 将將 层層 属屬 岁歲 岛島
岭嶺 师師 带帶 帮幫 庆慶 应應 废廢 张張 弯彎 弹彈 强強 归歸 当當 录錄 彻徹 忆憶 忧憂 怀懷 态態 总總 恶惡
惊驚 惯慣 战戰 扑撲 执執 扩擴 扫掃 扰擾 抢搶 护護 报報 担擔 拥擁 拨撥 择擇 挂掛 挡擋 挤擠 挥揮 损損 换換
摆擺 摇搖 撑撐 敌敵 数數 断斷 无無 旧舊 显顯 晒曬 晓曉 晕暈 暂暫 术術 机機 杀殺 杂雜 权權 条條 极極 构構
标標 栏欄 树樹 桥橋 检檢 椭橢 楼樓 横橫 欢歡 残殘 毁毀 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 泪淚 洁潔 浅淺 测測
济濟 浓濃 涂塗 涨漲 润潤 渐漸 湾灣 湿濕 满滿 滤濾 滩灘 潜潛 灭滅 灯燈 灵靈 灾災 炉爐 炼煉 烂爛 烦煩 烧燒
烫燙 热熱 爱愛 爷爺 牵牽 犹猶 独獨 狭狹 猎獵 猪豬 献獻 环環 现現 电電 画畫 畅暢 疗療 疯瘋 痒癢 瘘瘻 瘫癱
皱皺 盐鹽 监監 盖蓋 盘盤 矿礦 码碼 础礎 确確 碍礙 礼禮 祸禍 离離 种種 积積 称稱 稳穩 穷窮 竞競 笔筆 签簽
简簡 粮糧 紧緊 纠糾 红紅 纤纖 约約 级級 纪紀 纯純 纳納 纵縱 纸紙 线線 练練 组組 细細 织織 终終 绑綁 结結
绕繞 给給 络絡 绝絕 统統 继繼 绩績 绪緒 续續 绳繩 维維 绵綿 综綜 绿綠 缓緩 编編 缘緣 缩縮 网網 罗羅 罚罰
职職 联聯 肠腸 肤膚 肿腫 胀脹 胆膽 胜勝 胶膠 脉脈 脏臟 脑腦 脚腳 脱脫 脸臉 艰艱 艺藝 节節 苏蘇 苹蘋 荐薦
荡蕩 荣榮 药藥 获獲 营營 蓝藍 虑慮 虚虛 虫蟲 虽雖 补補 衬襯 袜襪 装裝 见見 观觀 规規 视視 览覽 触觸 计計
订訂 认認 讨討 让讓 训訓 议議 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诉訴 词詞 译譯 试試 诚誠 话話
询詢 该該 详詳 语語 误誤 请請 诺諾 读讀 课課 谁誰 调調 谈談 谢謝 谨謹 负負 财財 责責 败敗 货貨 质質 贫貧
购購 贴貼 贵貴 费費 资資 赏賞 赖賴 赛賽 赶趕 趋趨 跃躍 践踐 转轉 轮輪 软軟 轻輕 载載 较較 辅輔 辆輛 边邊
达達 迁遷 迈邁 违違 连連 迟遲 适適 选選 递遞 遗遺 邮郵 邻鄰 释釋 针針 钟鐘 钢鋼 钥鑰 钱錢 铁鐵 银銀 铺鋪
链鏈 销銷 锁鎖 锅鍋 错錯 锻鍛 镇鎮 镜鏡 闪閃 闭閉 闲閒 闷悶 闹鬧 闻聞 阅閱 阔闊 队隊 阳陽 阴陰 阵陣 阶階
际際 陆陸 险險 随隨 隐隱 难難 雾霧 静靜 韧韌 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏
额額 风風 飘飄 飞飛 饥飢 饭飯 饮飲 饰飾 饱飽 饼餅 馆館 驱驅 驶駛 驾駕 验驗 骑騎 骤驟 鱼魚 鲁魯 鲜鮮 鸡雞
鸭鴨 鹅鵝 麦麥 黄黃 齐齊 齿齒 龄齡 龙龍 体體 么麼 广廣 乡鄉 温溫 状狀 尽盡 饿餓 钾鉀 钠鈉 钙鈣 颈頸 诊診
烟煙 梦夢 侧側 贝貝 鬓鬢 铃鈴 拟擬 殴毆 滨濱 灿燦 烁爍 瑶瑤 疮瘡 痴癡 窍竅 筑築 衔銜 谋謀 谓謂 谜謎 谱譜
贤賢 贩販 贯貫 贷貸 贸貿 贺賀 赋賦 赌賭 赔賠 赚賺 踪蹤 轨軌 轰轟 辉輝 输輸 辞辭 辽遼 逊遜 逻邏 邓鄧 郑鄭
酱醬 钓釣 铅鉛 闯闖 阀閥 隶隸 韦韋 韩韓 顽頑 驻駐 骗騙 鸣鳴 鸿鴻 龟龜 酝醞 护護 痪瘓 严嚴 惨慘 愤憤 恋戀
恳懇 悦悅 戏戲 户戶 抚撫 抛拋 拢攏 拣揀 拦攔 摄攝 摊攤 斋齋 斩斬 旷曠 杨楊 枪槍 柜櫃 栈棧 栋棟 樱櫻 欧歐
歼殲 氢氫 泼潑 泽澤 浆漿 浏瀏 浑渾 涛濤 涩澀 渊淵 渔漁 溃潰 滥濫 爸爸 猛猛 着著"""
S2T, T2S = {}, {}
for tok in PAIRS.split():
    assert len(tok) == 2, tok
    s, t = tok[0], tok[1]
    if s != t:
        S2T[s] = t
        T2S[t] = s
# one-directional: these traditional-only forms have a simplified form that is also a traditional character
TRAD_EXTRA = {"後": "后", "裡": "里", "週": "周", "於": "于", "鬆": "松", "準": "准", "製": "制",
              "衝": "冲", "據": "据", "劃": "划", "範": "范", "幾": "几", "乾": "干", "隻": "只",
              "麵": "面", "髮": "发", "餘": "余", "臺": "台", "係": "系"}
SIMP_ONLY = set(S2T) | {"冲"}
TRAD_ONLY = (set(T2S) | set(TRAD_EXTRA)) - {"著", "係", "臺", "乾", "餘"}  # 著/乾/餘/係/臺 also occur in simplified text
T2S_ALL = dict(T2S)
T2S_ALL.update(TRAD_EXTRA)

# wrong-region emergency numbers that a must_not_match regex must catch, and the right one it must let through
EMERGENCY = {
    "zh-TW": (["請撥打120", "急救電話120", "撥打911"], "請撥打119"),
    "zh-HK": (["請撥打120", "請撥打119"], "即刻打999"),
    "zh-SG": (["请拨打120", "请拨打999"], "请拨打995"),
    "en-GB": (["call 911"], "call 999"),
    "en-IE": (["call 911"], "call 112"),
    "en-AU": (["call 911", "call 999"], "call 000"),
    "en-SG": (["call 911", "call 999"], "call 995"),
    "en-NZ": (["call 911"], "call 111"),
    "en-IN": (["call 911"], "call 112"),
    "en-CA": (["call 999"], "call 911"),
}

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def num(v):
    return (isinstance(v, (int, float))) and not isinstance(v, bool)


def check_range(cid, name, v, lo, hi):
    if not num(v) or not (lo <= v <= hi):
        err(cid, f"profile.{name}={v!r} outside {lo}..{hi}")


def known_activity(a):
    return isinstance(a, str) and (a in ACTIVITIES or a in ACT_ZH or a.lower() in ACT_EN)


def check_profile(cid, lang, p):
    if not isinstance(p, dict):
        err(cid, "profile is not an object")
        return
    for k in p:
        if k not in PROFILE_KEYS:
            err(cid, f"profile has undocumented key '{k}'")
    if "age" not in p:
        err(cid, "profile.age missing")
    else:
        check_range(cid, "age", p["age"], 5, 110)
    if p.get("language") != lang:
        err(cid, f"profile.language {p.get('language')!r} != lang {lang!r}")
    if "user" in p and (not isinstance(p["user"], str) or len(p["user"].encode()) > 64):
        err(cid, "profile.user must be a string of at most 64 bytes")
    if "sex" in p and p["sex"] not in ("female", "male"):
        err(cid, "profile.sex")
    for k, lo, hi in [("weight_kg", 15, 350), ("height_cm", 80, 250), ("resting_hr", 30, 130),
                      ("bp_systolic", 60, 300), ("bp_diastolic", 30, 200), ("glucose_mg_dl", 20, 800),
                      ("weight_lb", 33, 771), ("height_in", 31, 99)]:
        if k in p:
            check_range(cid, k, p[k], lo, hi)
    for a, b in [("weight_kg", "weight_lb"), ("height_cm", "height_in")]:
        if a in p and b in p:
            err(cid, f"profile has both {a} and {b}")
    if "units" in p and p["units"] not in ("metric", "imperial"):
        err(cid, "profile.units must be metric or imperial")
    imperial_fields = any(k in p for k in ("weight_lb", "height_in")) or any(
        k in p.get("context", {}) for k in ("temperature_f", "wind_mph"))
    if imperial_fields and p.get("units") != "imperial":
        err(cid, "US fields given but units is not 'imperial'")
    if p.get("units") == "imperial" and not lang.startswith("en-US"):
        err(cid, "imperial units outside en-US")
    for k, allowed in [("conditions", CONDITIONS), ("symptoms", SYMPTOMS)]:
        if k in p:
            if not isinstance(p[k], list):
                err(cid, f"profile.{k} must be a list")
            else:
                for v in p[k]:
                    if v not in allowed:
                        err(cid, f"profile.{k}: unknown value {v!r}")
                if len(set(p[k])) != len(p[k]):
                    err(cid, f"profile.{k} has duplicates")
    if "fitness" in p and p["fitness"] not in ("beginner", "intermediate", "advanced"):
        err(cid, "profile.fitness")
    for k in ("goal", "notes"):
        if k in p and not isinstance(p[k], str):
            err(cid, f"profile.{k} must be text")
    if not p.get("notes"):
        err(cid, "profile.notes empty")
    for a in p.get("preferences", []):
        if not known_activity(a):
            err(cid, f"profile.preferences: unknown activity {a!r}")
    for i, h in enumerate(p.get("history", [])):
        if not isinstance(h, dict):
            err(cid, f"history[{i}] not an object")
            continue
        for k in h:
            if k not in HISTORY_KEYS:
                err(cid, f"history[{i}] undocumented key {k!r}")
        if not known_activity(h.get("activity")):
            err(cid, f"history[{i}].activity unknown {h.get('activity')!r}")
        if not is_int(h.get("minutes")) or not 0 <= h["minutes"] <= 600:
            err(cid, f"history[{i}].minutes")
        if not is_int(h.get("days_ago")) or not 0 <= h["days_ago"] <= 365:
            err(cid, f"history[{i}].days_ago")
        if "rpe" in h and (not is_int(h["rpe"]) or not 6 <= h["rpe"] <= 20):
            err(cid, f"history[{i}].rpe")
    ctx = p.get("context", {})
    if not isinstance(ctx, dict):
        err(cid, "context not an object")
        ctx = {}
    for k in ctx:
        if k not in CONTEXT_KEYS:
            err(cid, f"context has undocumented key {k!r}")
    if "time" in ctx:
        try:
            datetime.datetime.strptime(ctx["time"], "%Y-%m-%dT%H:%M")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", ctx["time"]):
                raise ValueError
        except (ValueError, TypeError):
            err(cid, f"context.time invalid {ctx['time']!r}")
    for k, lo, hi in [("temperature_c", -60, 60), ("temperature_f", -76, 140), ("humidity_pct", 0, 100),
                      ("wind_kmh", 0, 300), ("wind_mph", 0, 186), ("aqi", 0, 500)]:
        if k in ctx and (not num(ctx[k]) or not lo <= ctx[k] <= hi):
            err(cid, f"context.{k}={ctx[k]!r} outside {lo}..{hi}")
    for a, b in [("temperature_c", "temperature_f"), ("wind_kmh", "wind_mph")]:
        if a in ctx and b in ctx:
            err(cid, f"context has both {a} and {b}")
    if "precipitation" in ctx and ctx["precipitation"] not in ("none", "rain", "snow", "ice"):
        err(cid, "context.precipitation")
    if "thunder" in ctx and not isinstance(ctx["thunder"], bool):
        err(cid, "context.thunder must be true/false")


def script_check(cid, lang, label, text):
    if not isinstance(text, str):
        return
    if lang in ("zh-TW", "zh-HK", "zh-MO", "zh-Hant"):
        bad = sorted({ch for ch in text if ch in SIMP_ONLY})
        if bad:
            err(cid, f"{label}: simplified characters in {lang} text: {''.join(bad)}")
    elif lang in ("zh-CN", "zh-SG", "zh-Hans"):
        bad = sorted({ch for ch in text if ch in TRAD_ONLY})
        if bad:
            err(cid, f"{label}: traditional characters in {lang} text: {''.join(bad)}")
    elif lang.startswith("en"):
        if re.search(r"[\u4e00-\u9fff]", text):
            err(cid, f"{label}: CJK characters in English text")


def both_scripts(cid, label, pattern):
    """every script-specific character in a Chinese pattern needs its other-script twin in the pattern"""
    missing = []
    for ch in set(pattern):
        if ch in S2T and S2T[ch] not in pattern:
            missing.append(f"{ch}->{S2T[ch]}")
        if ch in T2S_ALL and T2S_ALL[ch] not in pattern:
            missing.append(f"{ch}->{T2S_ALL[ch]}")
    if missing:
        err(cid, f"{label} /{pattern}/ does not accept both scripts (missing {', '.join(sorted(missing))})")


def compile_all(cid, label, pats, chinese):
    out = []
    if not isinstance(pats, list):
        err(cid, f"{label} must be a list")
        return out
    for pat in pats:
        if not isinstance(pat, str) or not pat:
            err(cid, f"{label}: empty or non-string pattern")
            continue
        try:
            out.append((pat, re.compile(pat)))
        except re.error as e:
            err(cid, f"{label}: /{pat}/ does not compile: {e}")
            continue
        if chinese:
            both_scripts(cid, label, pat)
    return out


def main():
    try:
        lines = open(PATH, encoding="utf-8").read().split("\n")
    except OSError as e:
        print(f"cannot read {PATH}: {e}")
        return 2
    if lines and lines[-1] == "":
        lines.pop()
    clients = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"line {n}", "not a JSON object")
            continue
        clients.append(obj)
    if len(clients) != 24:
        err("panel", f"{len(clients)} clients, expected 24")
    ids = [c.get("id") for c in clients]
    if ids != [f"h{i:02d}" for i in range(1, 25)]:
        err("panel", f"ids not h01..h24 in order: {ids}")
    langs = [c.get("lang", "") for c in clients]
    n_zh = sum(1 for l in langs if l.startswith("zh"))
    n_en = sum(1 for l in langs if l.startswith("en"))
    n_tw = langs.count("zh-TW")
    if n_zh != 12 or n_en != 12:
        err("panel", f"{n_zh} Chinese and {n_en} English clients, expected 12 and 12")
    if n_tw < 3:
        err("panel", f"only {n_tw} zh-TW clients, expected at least 3")
    if not any(c.get("profile", {}).get("units") == "imperial" for c in clients):
        err("panel", "no US client in imperial units")

    stats = {"must_rest": 0, "no_rest": 0, "hr_null": 0}
    for c in clients:
        cid = c.get("id", "?")
        if list(c.keys()) != TOP_KEYS:
            err(cid, f"top-level keys {list(c.keys())} != {TOP_KEYS}")
        lang = c.get("lang")
        if lang not in LANGS_ZH | LANGS_EN:
            err(cid, f"lang {lang!r} not a documented tag")
            continue
        chinese = lang.startswith("zh")
        if not isinstance(c.get("who"), str) or len(c["who"]) < 20 or "\n" in c["who"]:
            err(cid, "who must be one descriptive line")
        check_profile(cid, lang, c.get("profile"))
        call = c.get("call")
        exp = c.get("expect")
        if not isinstance(call, dict) or set(call) != CALL_KEYS:
            err(cid, f"call keys {sorted(call) if isinstance(call, dict) else call!r} != {sorted(CALL_KEYS)}")
            continue
        if not isinstance(exp, dict) or set(exp) != EXPECT_KEYS:
            err(cid, f"expect keys {sorted(exp) if isinstance(exp, dict) else exp!r} != {sorted(EXPECT_KEYS)}")
            continue
        # scripts
        p = c.get("profile", {})
        script_check(cid, lang, "who", c["who"] if chinese else "")
        script_check(cid, lang, "profile.notes", p.get("notes"))
        script_check(cid, lang, "profile.goal", p.get("goal"))
        script_check(cid, lang, "call.card", call.get("card"))
        for i, d in enumerate(call.get("plan", [])):
            script_check(cid, lang, f"call.plan[{i}]", d)
        if chinese and not re.search(r"[\u4e00-\u9fff]", p.get("notes", "")):
            err(cid, "Chinese client whose notes have no Chinese characters")
        # call shape
        if call["activity"] not in ACTIVITIES:
            err(cid, f"call.activity {call['activity']!r} not a README activity id")
        if call["intensity"] not in RANK:
            err(cid, f"call.intensity {call['intensity']!r}")
        if not is_int(call["minutes"]) or call["minutes"] < 0:
            err(cid, "call.minutes must be a non-negative integer")
        hz = call["hr_zone_bpm"]
        if hz is not None and not (isinstance(hz, list) and len(hz) == 2 and all(is_int(x) for x in hz)
                                   and 40 <= hz[0] < hz[1] <= 220):
            err(cid, f"call.hr_zone_bpm {hz!r} must be null or [low, high]")
        if not isinstance(call["card"], str) or len(call["card"]) < 200:
            err(cid, "call.card must be a full text card")
        if not (isinstance(call["plan"], list) and len(call["plan"]) == 7 and all(isinstance(d, str) and d for d in call["plan"])):
            err(cid, "call.plan must be 7 day strings")
            continue
        if (call["activity"] == "rest") != (call["intensity"] == "rest"):
            err(cid, "call: activity rest iff intensity rest")
        # expect shape
        for k in ("must_rest", "rest_acceptable", "hr_zone_null"):
            if not isinstance(exp[k], bool):
                err(cid, f"expect.{k} must be a bool")
        if exp["max_intensity"] not in ("light", "moderate", "vigorous"):
            err(cid, "expect.max_intensity must be light/moderate/vigorous")
        if not is_int(exp["max_minutes"]) or exp["max_minutes"] < 0:
            err(cid, "expect.max_minutes must be a non-negative integer")
        if not isinstance(exp["wrong_activities"], list) or any(a not in ACTIVITIES for a in exp["wrong_activities"]):
            err(cid, f"expect.wrong_activities must be README ids: {exp['wrong_activities']!r}")
        if exp["must_rest"] and not exp["rest_acceptable"]:
            err(cid, "expect: must_rest but rest not acceptable")
        if exp["must_rest"] and not exp["hr_zone_null"]:
            err(cid, "expect: a rest card must not carry a heart-rate zone")
        if not exp["rest_acceptable"] and "rest" not in exp["wrong_activities"]:
            err(cid, "expect: rest not acceptable but 'rest' missing from wrong_activities")
        if "rest" in exp["wrong_activities"] and exp["rest_acceptable"]:
            err(cid, "expect: 'rest' is a wrong activity yet rest_acceptable is true")
        stats["must_rest"] += exp["must_rest"] is True
        stats["no_rest"] += exp["rest_acceptable"] is False
        stats["hr_null"] += exp["hr_zone_null"] is True
        mm = compile_all(cid, "must_match", exp["must_match"], chinese)
        mnm = compile_all(cid, "must_not_match", exp["must_not_match"], chinese)
        pm = compile_all(cid, "plan_must_match", exp["plan_must_match"], chinese)
        if not exp["must_match"]:
            err(cid, "expect.must_match is empty")
        # wrong-region emergency numbers
        if lang in EMERGENCY:
            wrong, right = EMERGENCY[lang]
            for w in wrong:
                if not any(r.search(w) for _, r in mnm):
                    err(cid, f"must_not_match does not forbid wrong-region number in {w!r}")
            if any(r.search(right) for _, r in mnm):
                err(cid, f"must_not_match wrongly forbids the right number {right!r}")
        # the call satisfies its own expect
        card, plan = call["card"], "\n".join(call["plan"])
        act = call["activity"]
        if act in exp["wrong_activities"]:
            err(cid, f"own call activity {act!r} is in wrong_activities")
        if exp["must_rest"] and (act != "rest" or call["minutes"] != 0):
            err(cid, "own call is not a rest card although must_rest")
        if not exp["rest_acceptable"] and act == "rest":
            err(cid, "own call is rest although rest is not acceptable")
        if call["intensity"] in RANK and exp["max_intensity"] in RANK and RANK[call["intensity"]] > RANK[exp["max_intensity"]]:
            err(cid, f"own call intensity {call['intensity']} above max {exp['max_intensity']}")
        if is_int(call["minutes"]) and is_int(exp["max_minutes"]) and call["minutes"] > exp["max_minutes"]:
            err(cid, f"own call minutes {call['minutes']} above max {exp['max_minutes']}")
        if exp["hr_zone_null"] and call["hr_zone_bpm"] is not None:
            err(cid, "own call gives a heart-rate zone although hr_zone_null")
        for pat, r in mm:
            if not r.search(card):
                err(cid, f"own card does not match must_match /{pat}/")
        for pat, r in mnm:
            m = r.search(card + "\n" + plan)
            if m:
                err(cid, f"own card/plan matches must_not_match /{pat}/ at {m.group(0)!r}")
        for pat, r in pm:
            if not r.search(plan):
                err(cid, f"own plan does not match plan_must_match /{pat}/")

    for e in errors:
        print(e)
    print(f"clients: {len(clients)} ({n_zh} Chinese incl. {n_tw} zh-TW, {n_en} English); "
          f"must_rest: {stats['must_rest']}; rest not acceptable: {stats['no_rest']}; "
          f"hr_zone_null: {stats['hr_null']}")
    print(f"errors: {len(errors)}")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
