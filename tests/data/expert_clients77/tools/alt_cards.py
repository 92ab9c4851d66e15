"""A second, differently worded but correct card for each client (a different coach's call).
Used by probe.py to show the expectations are not too tight. Literal data."""

ALT = {
 "h01": ("brisk_walk", 30, "moderate",
         "Today: brisk walk for 30 minutes at a pace where you can talk but not sing (RPE 12-13). Golf twice a week is a good start; "
         "add resistance training 2-3 times a week with bands or light weights, and balance work such as standing on one leg. "
         "Glipizide can cause hypoglycemia, so carry a snack. Call 911 for chest pain.",
         "Tue brisk walk 30. Wed golf. Thu resistance + balance. Fri walk. Sat golf. Sun resistance. Mon rest."),
 "h02": ("tai_chi", 30, "moderate",
         "今天雾霾重（AQI 185），别去公园跳舞。在家里跟着视频打太极拳30分钟，中等强度，RPE 12-13。膝盖不舒服就把动作幅度减小，不要深蹲。血压稳定，可以运动。",
         "周四 在家太极 周五 平衡练习 周六 散步 周日 太极 周一 广场舞 周二 休息 周三 力量"),
 "h03": ("strength", 15, "light",
         "Today: a 15-minute chair-based routine, light effort (RPE 11). Hold onto the back of a sturdy chair for standing exercises: "
         "leg swings, marching, standing up from the chair 5 times. These build leg strength and balance and cut your risk of another fall. "
         "Ask your GP about a strength and balance class. Call 999 if you feel chest pain.",
         "Wed chair routine. Thu rest. Fri chair routine and balance. Sat short walk. Sun rest. Mon chair routine. Tue walk."),
 "h04": ("swim", 30, "moderate",
         "天氣太熱了（34度），上午10點後不要在戶外跑步，容易中暑。今天改去室內溫水游泳池游30分鐘，中等強度，RPE 12-13；跑步改到明天清晨。",
         "週二 游泳 週三 清晨跑步 週四 重訓與平衡 週五 清晨跑步 週六 休息 週日 清晨跑步 週一 重訓"),
 "h05": ("walk", 20, "light",
         "Today: a gentle 20-minute walk with a friend, at a talk-test pace (RPE 11). His routine is nearly enough: add two short walks and "
         "some balance exercises. Because he takes a blood thinner, falls matter more; see a doctor after any fall. Call 000 for chest pain.",
         "Sun walk. Mon class. Tue walk. Wed bowls. Thu class. Fri walk + balance. Sat bowls."),
 "h06": ("tai_chi", 45, "light",
         "可以去，不過出門前先食一片麵包同一杯奶（大約15-30克碳水），等15分鐘再度血糖。太極做45分鐘，輕鬆就得，RPE 10-11。身上帶糖，手震出冷汗就停。有事打999。",
         "週三 太極 週四 太極 週五 太極＋行路 週六 力量 週日 行路 週一 太極 週二 太極"),
 "h07": ("rest", 0, None,
         "Skip the treadmill today. Chest tightness that comes on with exertion needs an urgent evaluation: call your doctor now, "
         "and call 911 if it comes back. No more shoveling.",
         "Thu rest and medical evaluation. Fri rest. Sat-Wed only after your doctor clears you."),
 "h08": ("walk", 10, "light",
         "今天在小区走一会歇一会，每次走2分钟、停1分钟，共10分钟，RPE 11-12。走的时候用缩唇呼吸。回家后坐在椅子上抬腿10次。喘得说不出话就停下。紧急情况拨打120。",
         "周四 散步 周五 坐着抬腿、站起练习 周六 散步 周日 休息 周一 散步 周二 力量 周三 散步"),
 "h09": ("walk", 30, "moderate",
         "Good call avoiding the icy sidewalks. Walk at the mall for 30 minutes at a moderate pace (RPE 12-13), and keep up your knee exercises "
         "from physio. Call 911 for chest pain.",
         "Tue mall walk. Wed bike. Thu strength (home program). Fri mall. Sat walk if no ice. Sun strength. Mon bike."),
 "h10": ("rest", 0, None,
         "今天不要去快走。血压188/104太高了，请今天就去看医生、把降压药拿回来按时吃。如果头痛得厉害或胸痛，马上拨打995。",
         "周二 休息，看医生拿药 周三 休息 周四起 血压正常后恢复散步"),
 "h11": ("rest", 0, None,
         "With a fever of 38.6 and body aches, take a rest day; the streak can wait. Drink fluids, watch your sugar, and contact your physician today. "
         "Call 112 for chest pain.",
         "Tue rest. Wed rest. Thu rest. Fri easy walk if fever gone for 2 days. Sat-Mon build back up."),
 "h12": ("strength", 30, "moderate",
         "游泳属于非负重运动，浮力让骨骼受力很小，所以对骨密度帮助有限。建议每周加两到三次抗阻训练（哑铃、器械），今天练30分钟，RPE 13-14，再加些快走。",
         "周四 抗阻训练 周五 游泳 周六 快走 周日 游泳 周一 抗阻训练 周二 休息 周三 游泳"),
 "h13": ("brisk_walk", 45, "moderate",
         "Today: use your respite time for a brisk 45-minute walk, RPE 12-13. The rest of the week, do 10-minute workouts at home: "
         "squats from a chair, wall press-ups, standing on one leg. Call 111 for chest pain.",
         "Tue walk. Wed home strength. Thu home balance. Fri walk with wife. Sat home strength. Sun walk. Mon home strength."),
 "h14": ("rest", 0, None,
         "請先別去跳舞。長途飛行後小腿腫痛可能是深部靜脈血栓，今天就要就醫檢查。如果喘不過氣或胸痛，撥打119。",
         "週三 就醫檢查 週四 依醫生指示 週五之後 醫生確認沒有血栓再運動"),
 "h15": ("rest", 0, None,
         "Hold off on the digging. Breathlessness when lying flat and ankle swelling need a GP review this week: ring the practice today. "
         "Call 112 if you are breathless at rest.",
         "Tue rest, ring GP. Wed rest. Thu-Mon as your doctor advises."),
 "h16": ("rest", 0, None,
         "今天别骑车。你说的手没劲、说话含糊，可能是小中风，请立即去医院看神经内科。再出现就拨打120。",
         "周六 去医院 周日至周五 按医生意见"),
 "h17": ("walk", 30, "moderate",
         "Today: a 30-minute walk, RPE 12-13. Lifting weights is safe after lymph node removal if you progress gradually; a supervised program "
         "at the gym is a good way to start. Call 000 for chest pain.",
         "Tue walk. Wed strength. Thu walk. Fri strength. Sat walk. Sun rest. Mon walk."),
 "h18": ("walk", 10, "light",
         "今天在护工陪同下，扶着走廊扶手散步10分钟，RPE 10-11；然后坐在椅子上抬腿、踮脚各10次，练腿部力量和平衡。光线要亮。紧急情况拨打120。",
         "周二 散步＋力量 周三 散步 周四 平衡 周五 散步 周六 力量 周日 休息 周一 散步"),
 "h19": ("strength", 20, "moderate",
         "Stay inside today: the air is hazardous (AQI 320). Do a 20-minute home workout: chair squats, marching in place, wall push-ups, RPE 12-13. "
         "Call 112 for chest pain.",
         "Wed indoor workout. Thu indoor walk. Fri indoor strength. Sat outdoor walk if the air is better. Sun indoor. Mon indoor. Tue walk."),
 "h20": ("walk", 10, "light",
         "每日帶孫行路10分鐘都算運動，一日幾次就夠。抱孫時先蹲低，用腳出力，唔好彎腰，護住腰骨。RPE 11。有急事打999。",
         "週二 行路 週三 腳力練習 週四 行路 週五 單腳企 週六 行路 週日 休息 週一 腰背練習"),
 "h21": ("run", 30, "moderate",
         "Keep running! There's no good evidence that recreational running damages healthy hips. Today: an easy 30 minutes, RPE 12-13. "
         "Add strength training for the hips twice a week. Call 999 for chest pain.",
         "Thu easy run. Fri strength. Sat parkrun. Sun walk. Mon rest. Tue run. Wed strength."),
 "h22": ("walk", 15, "light",
         "从每天散步15分钟开始，RPE 11-12，慢慢加到快走。上班别久坐，每小时站起来活动几分钟。每周两次在家做力量练习（坐下站起）。血压偏高，先别做剧烈运动。",
         "周六 散步 周日 力量 周一 散步 周二 散步 周三 力量 周四 散步 周五 散步"),
 "h23": ("walk", 30, "moderate",
         "Use perceived exertion rather than heart rate, because metoprolol blunts your heart rate response. Walk 30 minutes at RPE 12-13. "
         "Stop for chest pain and call 995 if it lasts.",
         "Tue walk. Wed strength. Thu yoga. Fri walk. Sat strength. Sun walk. Mon rest."),
 "h24": ("tai_chi", 20, "light",
         "今天雷雨，留在室内，不要去广场。在家打太极或原地踏步20分钟，RPE 11-12。雷停半小时后才出门。有紧急情况拨打995。",
         "周二 室内太极 周三 排舞 周四 排舞 周五 平衡练习 周六 排舞 周日 休息 周一 平衡练习"),
}
