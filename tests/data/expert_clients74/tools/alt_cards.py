"""Cards for the probe: a different but correct coach (ALT, must pass) and near misses (NEAR, must fail).
Each entry: (activity, minutes, intensity, card). Literal data only."""

ALT = {
    "h01": ("walk", 40, "moderate",
            "Walking is still your best medicine for PAD. Today do 40 min at the mall with stop-start intervals: walk till "
            "the leg pain reaches moderate, pause till it fades, repeat. RPE 12-14. Too cold outside at 24 F. If you get "
            "pain in the toes at rest or a wound that won't heal, see your vascular doctor. Call 911 for chest pain."),
    "h02": ("walk", 30, "moderate",
            "慢阻肺稳定，又刚做完肺康复，这周别停。今天空气差（AQI 135），就在室内走30分钟，走走停停，喘到中等程度"
            "（呼吸困难评分4分左右）就放慢，配合缩唇呼吸，RPE 12-13。痰变黄、发烧或比平时喘得多，请就医。"),
    "h03": ("rest", 0, None,
            "Please don't exercise today. A rise of 2.5 kg with swollen ankles and needing more pillows may mean fluid "
            "retention from your heart failure. Contact your heart failure nurse today. If breathless at rest, dial 999."),
    "h04": ("brisk_walk", 30, "moderate",
            "今天快走30分鐘，中等強度，RPE 12-13。帕金森不是要少動，而是要多動：走路時刻意跨大步、手臂擺大。"
            "選在吃藥後狀態好的時段，注意防跌。緊急請撥打119。"),
    "h05": ("walk", 15, "light",
            "Fibromyalgia flares are miserable, but a week in bed usually makes things worse. Try a gentle 15-minute walk "
            "today at an easy pace (RPE 10), and pace yourself through the week. Call 000 for chest pain."),
    "h06": ("rest", 0, None,
            "今天千万别去锻炼。你早上那十几分钟手拿不住东西、说话含糊、嘴歪，是中风的预警信号，哪怕已经好了，也请现在就去医院急诊。"),
    "h07": ("run", 90, "vigorous",
            "Practice is on: RPE 15-17. Starting at 165 is fine. Carry fast-acting sugar, check the CGM every 20-30 min, and "
            "treat anything under 90 with 15 g carbs. Expect glucose to run lower overnight after a hard session, so set "
            "your low alarm."),
    "h08": ("walk", 30, "light",
            "今日可以同朋友去公園平路散步30分鐘，輕鬆強度，講到說話（RPE 10-11）。骨質疏鬆唔係要坐定定，適量負重運動同平衡訓練"
            "先可以保骨、防跌。唔好做彎腰摸腳趾呢類動作。有事打999。"),
    "h09": ("swim", 45, "moderate",
            "It's 31 C: skip the lakeshore. Swim 45 min in a cool pool, moderate (RPE 12-13). Heat can bring back MS "
            "symptoms for a while; cool down if your leg tingles. Call 911 for emergencies."),
    "h10": ("walk", 20, "moderate",
            "今天不洗肾，可以在商场里散步20分钟，中等强度，能说话（RPE 12）。注意有瘘管的那只手不要提东西、不要量血压。"),
    "h11": ("elliptical", 30, "moderate",
            "Go to the gym: 30 min on the cross-trainer, moderate, RPE 12-13. The AQI is too high for outdoor running. What "
            "you wrote about people being better off without you matters: please speak to your psychiatrist soon, or call "
            "the Tele MANAS helpline 14416 any time."),
    "h12": ("rest", 0, None,
            "今天请以休息为主。你这是活动过量后的崩溃，越硬撑恢复得越慢。按节奏管理来，等恢复到平时的状态再说。"),
    "h13": ("swim", 45, "moderate",
            "Today: 45 min swim, moderate, RPE 12-13; too wild for the bike. On parkrun: your surgeon has said no running "
            "on the replaced hip, and I'd follow that; walk it with your mates instead. Call 111 in an emergency."),
    "h14": ("swim", 20, "light",
            "發作期先暫停游長距離。今天可以在溫水池慢走20分鐘、輕柔活動關節，低強度，RPE 10。腫熱的關節不要用力。有發燒請回診。"),
    "h15": ("rest", 0, None,
            "No swimming today. After a seizure this morning you should rest; let your GP know about the breakthrough "
            "seizure. Call 999 if a seizure lasts over 5 minutes."),
    "h16": ("rest", 0, None,
            "今天不要参加800米测试。血糖高、有酮体、还恶心，运动会更危险。请马上告诉家长，联系医生。"),
    "h17": ("rest", 0, None,
            "Hold off on Couch to 5K. A temperature of 38.2 after chemo needs a call to your chemo unit straight away; "
            "don't wait. Call 999 if you feel very unwell."),
    "h18": ("walk", 30, "moderate",
            "今日喺冷氣商場行30分鐘，中等強度，講到說話但會微喘。心衰穩定可以繼續做運動。如果體重幾日內升咗2公斤或者腳腫，"
            "就停止運動並聯絡醫生。"),
    "h19": ("rest", 0, None,
            "Don't walk today, not even in the void deck. More sputum that's turned green and using your reliever far more "
            "often is a COPD flare-up. Get seen at the polyclinic today. If very breathless, call 995."),
    "h20": ("tai_chi", 30, "moderate",
            "路上结冰，别出门。今天在家打太极30分钟，中等强度，能说话；再做10分钟坐站起立练腿力。摔倒会骨折，千万小心。"),
    "h21": ("swim", 30, "moderate",
            "Swim 30 minutes this evening once it cools down, moderate (RPE 12). Also: stop the Nurofen; anti-inflammatories "
            "are hard on kidneys with CKD, so check with your GP. Call 000 for emergencies."),
    "h22": ("walk", 20, "light",
            "不要一直躺着，适量活动反而能减轻癌症治疗后的疲劳。今天傍晚在组屋楼下平路散步20分钟，轻松强度，能说整句话。"
            "脚底麻，穿好鞋、小心跌倒。"),
    "h23": ("swim", 60, "vigorous",
            "He can go to swim club: RPE 13-15 for the session. Make sure the lifeguard and coach know about his epilepsy, "
            "and he should never swim alone. Helmet on the bike. Call 999 if a seizure lasts over 5 minutes."),
    "h24": ("tai_chi", 20, "light",
            "今天上午十点以后，和邻居一起去小区打太极20分钟，强度低，能边练边聊天。起床时先坐一会儿再站，防止头晕摔倒。"
            "心情不好时多出门走走、多和人聊聊。"),
}

# the condition's everyday name, for a generic card that only names it (must still fail must_match)
CONDITION = {
    "h01": "peripheral artery disease", "h02": "慢阻肺", "h03": "heart failure", "h04": "巴金森", "h05": "fibromyalgia",
    "h06": "脑梗", "h07": "type 1 diabetes", "h08": "骨質疏鬆", "h09": "MS", "h10": "肾病", "h11": "depression",
    "h12": "长新冠", "h13": "hip replacement", "h14": "類風濕性關節炎", "h15": "epilepsy", "h16": "1型糖尿病",
    "h17": "breast cancer", "h18": "心臟衰竭", "h19": "COPD", "h20": "骨质疏松", "h21": "CKD", "h22": "大肠癌",
    "h23": "epilepsy", "h24": "抑郁症",
}

# near misses: plausible but wrong cards that must fail (on the card text, not only on the activity)
NEAR = {
    "h01": ("walk", 20, "light",
            "Easy stroll 20 min, RPE 10. Calf pain is a warning sign, so rest your legs until the weather warms up."),
    "h06": ("rest", 0, None, "今天先休息，观察一下，明天没事再去公园走。"),
    "h08": ("tai_chi", 30, "light",
            "今日返公園太極班30分鐘，RPE 10-12，注意平衡防跌，唔好彎腰摸腳趾。如有不適請即撥打120。"),
    "h12": ("rest", 0, None, "今天休息。从明天开始每天增加5分钟散步，把体力练回来。"),
    "h13": ("stationary_bike", 50, "moderate",
            "Indoor bike 50 min, RPE 12-14. Parkrun Saturday: a gentle jog is fine since the hip feels great."),
    "h15": ("rest", 0, None,
            "Rest this afternoon after the seizure; you can go tonight if you take it easy in the pool. Tell your GP."),
    "h23": ("cycle", 40, "moderate",
            "Epilepsy and water don't mix: no swimming at all for now, a bike ride with his mate instead, RPE 12."),
    "h21": ("swim", 35, "moderate",
            "Swim this evening when it's cooler, 35 min, RPE 12-13. Call 000 for chest pain."),
    "h17": ("rest", 0, None,
            "Rest today; chemo fatigue is normal. Start Couch to 5K next week, RPE 11-12."),
}
