/* events.c - the week's fixed events as advice for the card and the plan
 * (see events.h). Sources: a long sitting (a flight, a drive) is broken
 * every hour or two, as for travellers' clots (NICE CKS, DVT prevention for
 * travellers); heat moves the session to the cool of the day or indoors and
 * shortens it, with water every 15-20 minutes (ACSM 2007, exertional heat
 * illness); a night shift's sleep comes first (AASM, shift work); WHO 2020:
 * every minute of movement counts, a hotel room's bodyweight session too;
 * exercise eases period pain (Armour et al., Cochrane 2019); after an
 * operation, the surgical team's limits on lifting and straining. */
#include "events.h"

#include <stdio.h>
#include <string.h>

unsigned mr_events_of(const mr_notes *n, int start, int wd) {
    if (wd < 0 || wd > 6) return 0;
    const unsigned days[] = {n->ev_trip, n->ev_drive, n->ev_social, n->ev_drink, n->ev_heat,
                             n->ev_shift, n->ev_proc, n->ev_surgery, n->ev_fast, n->ev_period};
    static const unsigned bit[] = {MR_EV_TRIP, MR_EV_DRIVE, MR_EV_SOCIAL, MR_EV_DRINK, MR_EV_HEAT,
                                   MR_EV_SHIFT, MR_EV_PROC, MR_EV_SURGERY, MR_EV_FAST, MR_EV_PERIOD};
    unsigned ev = 0;
    for (size_t k = 0; k < sizeof bit / sizeof bit[0]; k++)
        if (days[k] & (1u << wd)) ev |= bit[k];
    /* a day after an operation earlier in this week (from today) */
    if (start >= 0 && start <= 6)
        for (int d = start; d != wd; d = (d + 1) % 7)
            if (n->ev_surgery & (1u << d)) ev |= MR_EV_AFTER_OP;
    return ev;
}

/* The advice of a day's main event, the first whose bits the day has all
 * of (an operation before a procedure, a party's drinks before a party). */
static const struct {
    unsigned need;
    const char *zh, *en;
} advice[] = {
    {MR_EV_SURGERY, "手术那天：休息；之后这几天只在平地短走，不提重物、不弯腰用力、不游泳，直到医生说可以（眼科手术后也别揉眼）",
     "the operation's day: rest; the days after, short level walks only, no lifting, bending, straining or swimming until the team clears you"},
    {MR_EV_PROC, "做检查或手术那天：休息；什么时候恢复运动，问医生", "the procedure's day: rest; ask the team when to start again"},
    {MR_EV_AFTER_OP, "手术后：平地短走，不提重物、不弯腰用力、不游泳，直到医生说可以",
     "after the operation: short level walks, no lifting, bending, straining or swimming until the team clears you"},
    {MR_EV_SOCIAL | MR_EV_DRINK, "聚会那天：不另外安排训练，跳舞、走动都算；喝酒的话中间多喝水，第二天轻松些",
     "the party's day: no session, the dancing and walking count; water between drinks, and an easy day after"},
    {MR_EV_SOCIAL, "婚礼或聚会那天：不另外安排训练，站着、走动、跳舞都算", "the event's day: no session, the standing, walking and dancing count"},
    {MR_EV_DRIVE, "长途开车：每1-2小时停下来走5-10分钟（对腰和腿的血液循环都好），不另外安排训练",
     "the long drive: stop every hour or two to walk for 5-10 minutes (the back and the legs' circulation), no other session"},
    {MR_EV_TRIP, "出差也能练：酒店房间里20-30分钟徒手力量（深蹲、俯卧撑、弓步、臀桥、平板支撑）或快走；坐飞机、高铁每1-2小时起来走走",
     "away, a session still counts: 20-30 minutes in the hotel room (squats, push-ups, lunges, glute bridges, a plank) or a brisk walk; on a flight or a train, up and walking every hour or two"},
    {MR_EV_SHIFT, "夜班日：上班前做短一点、轻松些的，下班先睡觉", "a night-shift day: a short, easy session before the shift, and sleep first after it"},
    {MR_EV_FAST, "空腹检查那天：检查前不运动（用胰岛素或磺脲类降糖药的尤其要防低血糖），吃过东西后再轻松走一走",
     "the fasting test's morning: no exercise before it (least of all on insulin or a sulfonylurea, for a low), a gentle walk later once you have eaten"},
    {MR_EV_PERIOD, "经期头两天：想动就轻松走走、拉伸或做瑜伽，疼得厉害就休息；规律的轻运动和热敷能缓解痛经（Cochrane 2019）",
     "the first days of your period: a gentle walk, stretching or yoga if you feel like it, rest if the cramps are bad; regular light exercise and heat ease period pain (Cochrane 2019)"},
};

void mr_event_advice(unsigned ev, int z, char *out, size_t cap) {
    const char *what = "", *heat = "";
    for (size_t k = 0; k < sizeof advice / sizeof advice[0]; k++)
        if ((ev & advice[k].need) == advice[k].need) {
            what = z ? advice[k].zh : advice[k].en;
            break;
        }
    if (ev & MR_EV_HEAT)
        heat = z ? "高温预报：放到清晨凉快时或有空调的室内，时间短一些，每15-20分钟喝几口水（ACSM 2007）"
                 : "heat forecast: early in the morning while it is cool, or indoors with air-con, shorter, water every 15-20 minutes (ACSM 2007)";
    snprintf(out, cap, "%s%s%s", what, what[0] && heat[0] ? (z ? "；" : "; ") : "", heat);
}

int mr_events_line(const mr_notes *n, int wday, int z, int k, char *out, size_t cap) {
    static const char *const en[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const zh[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
    if (cap) out[0] = 0;
    if (wday < 0 || wday > 6 || cap == 0) return 0;
    unsigned done = 0; /* the days already written */
    for (int i = 1, line = 0; i < 7; i++) {
        int wd = (wday + i) % 7;
        unsigned ev = mr_events_of(n, wday, wd);
        if (!ev || (done & (1u << wd))) continue;
        /* the later days with the same events, written together ("Mon/Tue") */
        char days[64];
        size_t dl = (size_t)snprintf(days, sizeof days, "%s", z ? zh[wd] : en[wd]);
        for (int j = i + 1; j < 7; j++) {
            int wj = (wday + j) % 7;
            if (mr_events_of(n, wday, wj) != ev) continue;
            done |= 1u << wj;
            if (dl < sizeof days) dl += (size_t)snprintf(days + dl, sizeof days - dl, "/%s", z ? zh[wj] : en[wj]);
        }
        if (line++ != k) continue;
        char what[512];
        mr_event_advice(ev, z, what, sizeof what);
        snprintf(out, cap, "%s%s%s%s", z ? "" : "this week, ", days, z ? "：" : ": ", what);
        return 1;
    }
    return 0;
}
