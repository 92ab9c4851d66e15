# Rubric data, clients h19-h24 (scored blind; own clinical answer written first, see my_answers.md)

CLIENTS = [
    {
        "id": "h19",
        "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天休息，等病好了再練（見下）。",
            "退燒藥壓下去的燒還是發燒：藥效過了體溫還會上來。要等不吃退燒藥也24小時以上不發燒",
            "打卡可以暫停：發燒或病毒感染時硬練會傷心臟。",
            "週三 散步，低強度，30分鐘，RPE 9-11",
        ],
        "comment": (
            "The safety call is right and well made: 38.5 C with whole-body aches means rest. It points out that "
            "the paracetamol (普拿疼) is only masking the fever, so the 24 hours must be counted without "
            "medicine, and it says why (the heart). But tonight's 品勢 and sparring and the coach's 'no absences "
            "before the grading' are never addressed: what to tell the coach, and that he would infect his "
            "sparring partners. The black-belt exam in 12 days gets no route back to taekwondo; the week is "
            "walks only through day 8. '打卡可以暫停' is a stock streak line."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer what he is really asking: '今晚不要去練，也不要對打：發燒期間激烈運動可能傷心臟，也會傳染給隊友。"
            "請爸媽或你自己跟教練說明，升段前的缺席教練會理解。' Then: after 24 h fever-free without medicine, light "
            "品勢 practice first, sparring after 2-3 good days; 12 days is enough. 119 for chest pain or "
            "breathlessness."
        ),
    },
    {
        "id": "h20",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要運動：今天就去看醫生（見下）。",
            "氣短、腳踝腫、躺平要墊高枕頭才不咳不喘：這幾樣放在一起，可能是心臟出了問題（心衰導致積液）",
            "如果突然喘不上氣、胸痛或咳血，立即撥打999",
            "咖啡、趕路、緊張都會讓一次讀數偏高",
        ],
        "comment": (
            "The dangerous picture is recognised and acted on: swollen feet, needing two pillows, breathless lying "
            "flat and on slopes, named as possible heart failure. No exercise, see a doctor today for an ECG, "
            "bloods and an echo, 999 for sudden breathlessness or chest pain, and rest all week. That is what I "
            "would want. But his two questions are not answered by name: Saturday's MacLehose stage 2 (only "
            "implied by 'rest') and 'it's just age, isn't it?'. The Trailwalker next month is not mentioned. The "
            "first reason is stock BP-recheck text about coffee and hurrying, and a DVT 'one calf after a flight' "
            "template sits in the warnings. Language is correct Traditional with 999, though '心臟超聲' is a "
            "mainland term (HK: 心臟超聲波)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Put first: '星期六麥理浩徑唔好去。對腳腫到著唔落鞋、要兩個枕頭先唞到氣、行斜路喘得犀利，呢啲唔係老咗，"
            "可能係心臟積水，今日就要睇醫生。毅行者要等醫生檢查完先再講。' Drop the coffee BP text and the "
            "one-calf DVT template."
        ),
    },
    {
        "id": "h21",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "你写了“怕抱不动”：散步能放松身心",
            "备注“腰”：按腰背痛处理",
            "你的目标“能抱得动孙子”（健康）：散步正合适",
            "避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物）",
            "抱孩子时先蹲低、贴着身体、用腿发力站起来",
        ],
        "comment": (
            "Good content is present: for osteoporosis, strength and balance 2-3 times a week, impact work if "
            "there is no vertebral fracture, no loaded bending or twisting, and a correct technique for lifting "
            "the baby. Strength appears on two days. But the notes are misread. '腰也怕闪着' (afraid of hurting "
            "her back) becomes existing low back pain, with a stock cauda-equina warning. '怕抱不动' (afraid she "
            "can't lift the baby) becomes stress ('walking relaxes body and mind', plus an anxiety reason). The "
            "lifting goal is met with 'walking is just right'. Her one question (can I still start strength at "
            "my age?) is never answered directly; the yes is buried as the tenth reason. Her daily walk becomes "
            "'4 times a week', and '10% more' sits beside 'no need to add more'."
        ),
        "zero_reasons": {
            "personalisation": (
                "Two misreadings drive the card's reasons and its only warning: the fear of straining her back is "
                "read as low back pain, and the fear of not managing to lift the baby is read as stress. The "
                "daily walk is read as 4 a week."
            ),
            "explanation": (
                "Her question ('这个年纪还能练吗？') gets no direct answer. The reasons given are wrong for her "
                "(walking fits a lifting goal, walking relaxes the fear), the inapplicable back-pain red-flag "
                "warning is the only warning, and the correct message is buried."
            ),
        },
        "suggested_change": (
            "Open with: '能练，而且正适合你：骨质疏松的人做力量训练能让骨头和肌肉更结实，抱孙子时也更不容易闪腰。从轻的"
            "开始：坐站起立、靠墙俯卧撑、弹力带划船、臀桥，每周2-3次；练习“蹲低、贴身、用腿站起”的抱法。' Keep the "
            "daily 40-min walk, tai chi for balance, and drop the back-pain warning."
        ),
    },
    {
        "id": "h22",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "週六 比賽",
            "祝比賽順利！",
            "你問的“跑”：可以，按今天的安排：中等強度跑步35分鐘",
            "週四 休息  賽前減量",
            "週五 跑步，中等強度，20分鐘",
        ],
        "comment": (
            "The race date is misread: the half marathon is on 2/22, but the plan treats this Saturday (2/14), "
            "the day she proposed a 21 km trial, as race day. So it tapers 12 days out and then schedules "
            "'比賽 ... 祝比賽順利' on Saturday, which in effect endorses the 21 km run she asked about, 8 days "
            "before the real race and a jump from 12 km. Her overtime is ignored: sessions on Wed and Fri, when "
            "she has no time, and rest on Thu, one of her three free days. Her question is answered with '你問的"
            "“跑”：可以', which says nothing about 21 km, and the stress template adds nothing. Nothing about the "
            "next week or the real race day."
        ),
        "zero_reasons": {
            "activity": (
                "The week is built for the wrong race day and ignores her stated availability (today, Thu, Sat "
                "only): it trains on days she works and rests on a free day."
            ),
            "dose": (
                "It halves volume 12 days out, then effectively schedules a full 21 km effort 8 days before the "
                "race, a jump from her 12 km longest, instead of one moderate long run (15-16 km)."
            ),
            "personalisation": (
                "The decisive dates in the notes are misread: 2/22 becomes this Saturday, and her free-days "
                "constraint is not used."
            ),
            "explanation": (
                "Her question (run 21 km on Saturday to check she can finish?) is not answered; '可以' plus a race "
                "label on Saturday reads as a yes."
            ),
        },
        "suggested_change": (
            "'週六不要跑21K：從12K直接跳21K，又離比賽只剩8天，容易受傷或累到比賽日。週六跑15-16K輕鬆跑就夠，"
            "比賽當天的氣氛和減量會帶你跑完，跑不動時走一段也可以完賽。' Today easy 40 min, Thu 40 min with "
            "a few km at goal pace, Sat 15-16 km easy; next week 2-3 short easy runs, race Sun 2/22."
        ),
    },
    {
        "id": "h23",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：高強度跑步（跑步機上），約45分鐘，心率139-171次/分。",
            "在你說的跑步機上跑步：有雷，不宜戶外或下水，今天不在室外",
            "最後一聲雷響30分鐘後再恢復（30-30規則",
            "週六 快走，中等強度，20分鐘",
            "出門前喝水，運動中每15-20分鐘喝幾口",
        ],
        "comment": (
            "The right call: not outside in a thunderstorm, and not a rest day either. The intervals move to the "
            "clubhouse treadmill she mentioned (45 min with a 20-minute hard block at RPE 15-16, warm-up and "
            "cool-down, Karvonen zone), and the 30-30 rule is given. But the fire-services test and its parts "
            "(run, push-ups, sit-ups, loaded carry) are never mentioned. Strength stays generic (2-3 x 8-12), "
            "the other runs shrink to 20 minutes from her usual 35-45, and Saturday is a 20-minute brisk walk. "
            "Stock lines about going out, drinking before you leave and getting into the shade, plus pools and "
            "snow, do not fit an indoor treadmill session. The answer '可以' doesn't say plainly that there is no "
            "need to rest."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "'唔使休息：喺會所跑步機做間歇，例如熱身10分鐘，6組×2分鐘快（RPE 15-17）+2分鐘慢，再放鬆。' Week: "
            "1 interval, 1 tempo and 1 easy run at her usual 35-45 min, plus 2-3 strength days built around the "
            "test (push-ups, sit-ups, loaded carry), with a taper in the last week before the test."
        ),
    },
    {
        "id": "h24",
        "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天建议休息，并请医生看看（见下）。",
            "今天请检查酮体并联系你的糖尿病医生",
            "请立即去急诊或拨打995",
            "你问的“练腿”：今天不要去，查清楚之前也不做高强度训练",
            "你的血糖读数16.1 mmol/L（290 mg/dl）",
        ],
        "comment": (
            "Symptomatic hyperglycaemia (fasting 290 with thirst and nocturia) is caught. The 30 floors of "
            "stairs are refused, he is to contact his diabetes doctor today and check ketones, and the DKA signs "
            "come with 995. mmol/l comes first, which fits a Chinese card. This is more conservative than I "
            "would be: a man on metformin who feels well and is hydrated could do a moderate walk. But it is "
            "defensible until the doctor has seen him. What is missing: it does not tell him that the thirst and "
            "night-time urination are signs of high sugar (not just the durian), metformin is not mentioned, and "
            "neither is Kinabalu in six weeks. answers[] is empty although the card answers his question."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add: '口渴、夜里起来小便，正是血糖太高的表现，不只是榴莲的问题；这周就要让医生调整治疗。血糖控制好以前不要"
            "爬楼梯练腿；神山之行要等医生评估后再定。' After the doctor's review: moderate walks most days, light "
            "strength 2x, and stairs again once glucose is in range."
        ),
    },
]
