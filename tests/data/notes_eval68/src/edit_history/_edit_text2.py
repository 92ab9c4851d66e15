# one-off editing helper (second pass): longer hand-written versions of some zh notes
import json
E = [
("zh_notes.py", "手环昨晚提示了两次",
 "周一换了新手环，周二开始戴着睡觉。手环昨晚提示了两次“心率不齐”，当时我躺在床上刷手机，自己倒没啥感觉。今天一早就挂了下周心内科的号。其他都挺正常，早饭照常吃了俩包子。",
 ["device_reading", "timing", "long"]),
("zh_notes.py", "发烧已经退了四天了",
 "上周日开始发烧，最高到39度，周二吃了药就退了。今天周六，烧已经退了四天了，现在就是还有点鼻塞。单位的年终总结也交了。想恢复跑步，先跑个3公里试试。",
 ["healed", "timing", "long"]),
("zh_notes.py", "上周六在地铁里晕倒过一次",
 "上周六在地铁里晕倒过一次，被好心人扶到站台上，去医院查了说是低血糖，没啥事。这几天都按时吃早饭，包里也备了巧克力，再也没晕过。今天周四，感觉挺好。",
 ["timing", "healed", "negated", "long"]),
("zh_notes.py", "上周日打篮球落地扭了膝盖",
 "上周日打篮球落地扭了膝盖，当时就肿了。周一去医院拍片说韧带拉伤，让我冰敷、戴护具。今天周四了，还肿着，弯不到底，上下楼梯得侧着走。郁闷，本来报了下个月的马拉松。",
 ["effect_only", "timing", "long"]),
("zh_notes.py", "怀孕10周，今天早上发现",
 "怀孕10周，昨天刚把工作交接表做完，准备下个月开始居家办公。今天早上发现有点见红，肚子也有点坠坠的。吓死了，在等医生回电话。老公已经在开车回来的路上。",
 ["long"]),
("zh_notes.py", "孕9周，这一周吐得厉害",
 "孕9周，这一周吐得厉害，喝口水都吐，昨天一整天啥也没吃进去，人都虚了。我妈从老家赶过来照顾我，熬了小米粥，也没喝下去几口。单位请了一周假。",
 ["effect_only", "long"]),
("zh_notes.py", "今天单位体检，血压148/96",
 "今天单位体检，抽血排了半天队。血压148/96，医生说让我复查。我平时没感觉，也没头晕。同事说可能是早上没吃饭又赶地铁。下午回去接着开会。",
 ["negated", "long"]),
("zh_notes.py", "37周了，刚才起床",
 "37周了，刚才起床发现内裤湿了一片，好像一直在往外流水，不是尿。老公在收拾待产包，我妈在电话里念叨个不停。昨天产检医生还说宝宝头已经入盆了。",
 ["long"]),
("zh_notes.py", "前天骑车摔了",
 "前天骑车上班，在路口被一辆电动车别了一下摔了，右脚踝肿了，手肘擦破了皮。昨天去社区医院拍了片，没骨折。今天脚踝走路还疼，共享单车是不敢骑了。",
 ["timing", "long"]),
("zh_notes.py", "公司体检，空腹血糖7.4",
 "上周公司体检，今天报告才出来：空腹血糖7.4，医生说是糖尿病，让我去内分泌科。我爸也是糖尿病，没想到我四十出头就赶上了。有点慌。",
 ["third_party", "long"]),
]
for fn, old, new, kind in E:
    s = open(fn, encoding="utf-8").read()
    lines = s.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith('"' + old)]
    assert len(idx) == 1, (fn, old, idx)
    i = idx[0]
    lines[i] = json.dumps(new, ensure_ascii=False) + ","
    if kind is not None:
        assert lines[i + 2].startswith("["), lines[i + 2]
        lines[i + 2] = json.dumps(kind, ensure_ascii=False) + ","
    open(fn, "w", encoding="utf-8").write("\n".join(lines))
print("ok", len(E))
