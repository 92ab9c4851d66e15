"""Literal probe cards for tools/probe.py.

ALT: a different but correct coach's card for each client (must PASS the client's expect; the
client's own plan is reused, so this probes the card patterns and today's caps).
TRAP: plausible but wrong cards that an allowed activity would not save (must FAIL).
"""
ALT = {
 "h01": ("rest", 0, None, "Stop - no exercise now. Headache and flushing above a T4 injury with BP 176/102 is autonomic dysreflexia. Sit up straight, drop your legs, loosen tight straps and check the catheter for a kink. If BP doesn't fall, go to the ER or call 911."),
 "h02": ("stationary_bike", 20, "moderate", "Indoor exercise bike with a fan on, 20 min at RPE 12-13. 31°C is too hot for your walk; MS symptoms brought on by heat pass once you cool down. Walk early tomorrow."),
 "h03": ("tai_chi", 45, "moderate", "Tai chi class today, 45 min, RPE 11-13. Exercise is good for Parkinson's; go when your medication is working well. Tai chi improves balance and cuts falls."),
 "h04": ("yoga", 10, "light", "Gentle chair yoga, 10 minutes, RPE 9-11, this afternoon when the pregabalin drowsiness has passed. Start small; if you get a flare the next day, cut back but keep going."),
 "h05": ("swim", 30, "moderate", "Swim 30 min at RPE 12-13 with the leg off, indoor pool. The red mark that doesn't fade is a pressure spot - get the socket checked by your prosthetist before you run. Skip the treadmill until then."),
 "h06": ("swim", 45, "moderate", "Squad is fine: swim 45 min, use the talk test. It's a head cold with no fever. Hold off on diving starts until her GP has checked her neck."),
 "h07": ("stretching", 15, "light", "Seated arm exercises and stretches, 15 min, RPE 11. Don't walk on that foot - an open sore with redness on a numb foot needs your podiatrist today. Glucose 82: have a small snack with carbs first."),
 "h08": ("walk", 20, "moderate", "Dave: a walk with his support worker at the same time every day, 20 minutes, RPE 12. Bring water."),
 "h09": ("swim", 30, "moderate", "Swim 30 min, moderate, RPE 12-13. Fine with your epilepsy - just never alone: a pool with a lifeguard, or a buddy beside you."),
 "h10": ("rest", 0, None, "Rest today. You're still recovering from a PEM crash. Pacing: keep activity inside your energy envelope. Run club will have to wait."),
 "h11": ("walk", 20, "moderate", "Walk with your stick, 20 minutes, RPE 12-13. Your beta-blocker keeps your heart rate down, so ignore the watch and go by effort. Take care not to fall - you're on a blood thinner."),
 "h12": ("stationary_bike", 40, "moderate", "Indoor bike 40 min, RPE 12-13. No solo run on the park connector at dusk with night blindness; run with your guide tomorrow."),
 "h13": ("cycle", 30, "moderate", "今天：騎車或室內單車玩，中等強度，30分鐘，OMNI 5-6。騎完牽拉小腿10分鐘。可以和朋友一起踢球，請康復治療師給建議。"),
 "h14": ("rest", 0, None, "不要運動，馬上去醫院急診：手沒勁、說話不清、嘴歪是中風的信號，哪怕已經好了。"),
 "h15": ("rest", 0, None, "今天休息。你正在经历运动后不适（PEM），运动会让它加重。以后用pacing管理能量。"),
 "h16": ("rest", 0, None, "今日休息，唔好落水。發作咗三次，要盡快睇醫生，講低漏咗藥。"),
 "h17": ("rest", 0, None, "今天暂停运动，尽快看神经科：这很像多发性硬化复发。"),
 "h18": ("swim", 60, "moderate", "游泳訓練60分鐘，中等強度，能說話。下水前取下人工耳蝸放進防水盒；和教練約定手勢。"),
 "h19": ("rest", 0, None, "今天休息。尾骨的壓瘡要減壓：多側躺、勤翻身，請護士看看；肩膀痛先別推坡。"),
 "h20": ("stationary_bike", 20, "light", "坐式室内脚踏车20分钟，RPE 12。先喝水，起身慢慢来，头晕就扶着椅子坐下。"),
 "h21": ("tai_chi", 30, "moderate", "今天打太極30分鐘，RPE 11-13。腳麻要穿防滑鞋，在平整的地面練。"),
 "h22": ("walk", 20, "moderate", "室內拄拐走20分鐘，RPE 12，分幾次；外面太冷、空氣污染不出門。扶著桌子練平衡。"),
 "h23": ("swim", 20, "light", "游泳20分鐘，輕鬆，能說話。站著心跳太快（POTS），先做水中或躺著的運動；多喝水。"),
 "h24": ("walk", 15, "light", "喺屋企扶住枱做平衡練習同行路15分鐘，RPE 11-12。屋企燈要夠光，收好地氈防跌。"),
}

# (activity, minutes, intensity, hr_zone, card)
TRAP = {
 "h01": [("strength", 20, "light", None, "Sounds like a heat migraine: take ibuprofen, lie down in a dark room, then an easy 20 min arm session, RPE 11.")],
 "h02": [("walk", 30, "moderate", None, "Your usual park walk at lunchtime, 30 min, RPE 12-13. Keep it steady.")],
 "h05": [("strength", 40, "moderate", None, "Upper-body gym session, 40 min, RPE 13, 3 x 8-12. Great work staying consistent.")],
 "h06": [("swim", 60, "moderate", [140, 160], "Squad swim 60 min at 140-160 bpm; diving starts are fine. Runny nose is OK.")],
 "h09": [("strength", 40, "moderate", None, "With epilepsy, avoid swimming; do a gym session instead, 40 min RPE 13.")],
 "h10": [("walk", 10, "light", None, "Walk 10 min, RPE 10, then add 10% a week until you are ready for run club.")],
 "h11": [("stationary_bike", 20, "moderate", [110, 125], "Exercise bike 20 min at 110-125 bpm, RPE 12-13. Mind your balance getting off; you're on a blood thinner.")],
 "h12": [("run", 40, "moderate", None, "Run your usual loop on the park connector, 40 min, RPE 12-13 - you know it well.")],
 "h16": [("rest", 0, None, None, "今日休息。如果再發作，即刻打120。記得覆診睇醫生，準時食藥。")],
 "h19": [("strength", 20, "moderate", None, "今天：坐在轮椅上做哑铃推举和双杠臂屈伸，20分钟，RPE 12-13。")],
 "h20": [("tai_chi", 30, "light", None, "今天：太極30分鐘，RPE 11-13，動作放鬆。")],
 "h23": [("stationary_bike", 20, "light", None, "今天：室内单车20分钟，RPE 11-12。")],
}
