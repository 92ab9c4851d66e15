"""Alternative correct cards, worded as a different coach would word them (literal data).
Used by probe.py to show the expectations are not too tight. A missing 'plan' reuses the client's own plan."""
ALT = {
    "h01": {"activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
            "card": "Run today: 30 minutes at an easy, conversational pace (RPE 11-13). There's no evidence that running harms an uncomplicated pregnancy; "
                    "you can stick with your routine and adjust as your body changes. Eat something small first if you're queasy. "
                    "Stop and phone your doctor for spotting, leaking fluid, feeling faint or regular painful tightening. Emergency: 911."},
    "h02": {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
            "card": "今天别去散步了。孕晚期出现持续头痛、眼前闪光和脸手水肿，血压又在140/90以上，需要排除子痫前期，请现在就去产科就诊。症状加重时打120。"},
    "h06": {"activity": "walk", "minutes": 90, "intensity": "moderate", "hr_zone_bpm": None,
            "card": "今日可以照常行山，不過行90分鐘左右就夠，中等強度，RPE 12-13。骨質疏鬆唔代表要停運動，反而運動有助保護骨骼；每星期加兩次肌力訓練（例如啞鈴、坐企），再練平衡，防止跌倒。"},
    "h09": {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
            "card": "Please skip exercise and contact your IVF clinic today: rapid weight gain and breathlessness after egg collection can be OHSS. Go to emergency if it gets worse."},
    "h12": {"activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
            "card": "今天散步30分钟，中等强度，能说话不喘。漏尿和腹直肌分离说明现在还不适合跑步和跳绳，先做凯格尔运动和核心呼吸训练，最好到医院做盆底评估后再恢复跑步。"},
    "h13": {"activity": "cycle", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
            "card": "A bike ride or a kick-around today, about 40 minutes, moderate (breathing harder but able to talk). Having her period is no reason to stop sport, "
                    "and exercise often helps period pain. A hot water bottle and regular pain relief help; she can still go to netball. Emergencies: 111."},
    "h14": {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
            "card": "今日休息，唔好跑。經血多、行樓梯氣喘、心跳快同差啲暈低，好似係貧血，要盡快睇醫生驗血。"},
    "h17": {"activity": "strength", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
            "card": "Resistance exercise today, 25 minutes at a light effort (RPE 10-12). Lifting weights, started gently and built up gradually, is safe with lymphoedema; "
                    "keep the compression sleeve on and note any change in the arm. Call 000 in an emergency."},
    "h19": {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
            "card": "No running while you have a temperature. Rest, fluids, keep breastfeeding and finish the antibiotics. Once you've been well for a couple of days, resume C25K where you left off."},
    "h20": {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
            "card": "今天停止快走。活动时出现胸闷、下颌发紧，休息后缓解，需要考虑冠心病，请尽快到心内科就诊，做心电图和运动试验；如果静息时也胸闷不缓解，马上打120。"},
    "h21": {"activity": "strength", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
            "card": "Strength session, 30 minutes, moderate effort (RPE 12-13). You don't have to quit running, but lower your mileage for a few months and increase your food intake: "
                    "missed periods with weight loss point to under-fuelling. Book in with your GP or gynaecologist."},
    "h23": {"activity": "tai_chi", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
            "card": "Tai chi at home today, 30 minutes, light, you can chat. It's too icy to walk outside. Add sit-to-stands from a chair and toe raises to keep your legs strong."},
}
