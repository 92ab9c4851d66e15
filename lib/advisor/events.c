/* events.c - the week's fixed events as advice for the card and the plan
 * (see events.h). Sources: a long sitting (a flight, a drive) is broken
 * every hour or two, as for travellers' clots (NICE CKS, DVT prevention for
 * travellers); heat moves the session to the cool of the day or indoors and
 * shortens it, with water every 15-20 minutes (ACSM 2007, exertional heat
 * illness); a night shift's sleep comes first (AASM, shift work); WHO 2020:
 * every minute of movement counts, a hotel room's bodyweight session too. */
#include "events.h"

#include <stdio.h>
#include <string.h>

unsigned mr_events_of(const mr_notes *n, int wd) {
    if (wd < 0 || wd > 6) return 0;
    unsigned b = 1u << wd, ev = 0;
    if (n->ev_trip & b) ev |= MR_EV_TRIP;
    if (n->ev_drive & b) ev |= MR_EV_DRIVE;
    if (n->ev_social & b) ev |= MR_EV_SOCIAL;
    if (n->ev_drink & b) ev |= MR_EV_DRINK;
    if (n->ev_heat & b) ev |= MR_EV_HEAT;
    if (n->ev_shift & b) ev |= MR_EV_SHIFT;
    if (n->ev_proc & b) ev |= MR_EV_PROC;
    return ev;
}

void mr_event_advice(unsigned ev, int z, char *out, size_t cap) {
    const char *main = "", *heat = "";
    if (ev & MR_EV_PROC)
        main = z ? "做检查或手术那天：休息；什么时候恢复运动，问医生" : "the procedure's day: rest; ask the team when to start again";
    else if (ev & MR_EV_SOCIAL)
        main = (ev & MR_EV_DRINK) ? (z ? "聚会那天：不另外安排训练，跳舞、走动都算；喝酒的话中间多喝水，第二天轻松些"
                                       : "the party's day: no session, the dancing and walking count; water between drinks, and an easy day after")
                                  : (z ? "婚礼或聚会那天：不另外安排训练，站着、走动、跳舞都算" : "the event's day: no session, the standing, walking and dancing count");
    else if (ev & MR_EV_DRIVE)
        main = z ? "长途开车：每1-2小时停下来走5-10分钟（对腰和腿的血液循环都好），不另外安排训练"
                 : "the long drive: stop every hour or two to walk for 5-10 minutes (the back and the legs' circulation), no other session";
    else if (ev & MR_EV_TRIP)
        main = z ? "出差也能练：酒店房间里20-30分钟徒手力量（深蹲、俯卧撑、弓步、臀桥、平板支撑）或快走；坐飞机、高铁每1-2小时起来走走"
                 : "away, a session still counts: 20-30 minutes in the hotel room (squats, push-ups, lunges, glute bridges, a plank) or a brisk walk; on a flight or a train, up and walking every hour or two";
    else if (ev & MR_EV_SHIFT)
        main = z ? "夜班日：上班前做短一点、轻松些的，下班先睡觉" : "a night-shift day: a short, easy session before the shift, and sleep first after it";
    if (ev & MR_EV_HEAT)
        heat = z ? "高温预报：放到清晨凉快时或有空调的室内，时间短一些，每15-20分钟喝几口水（ACSM 2007）"
                 : "heat forecast: early in the morning while it is cool, or indoors with air-con, shorter, water every 15-20 minutes (ACSM 2007)";
    snprintf(out, cap, "%s%s%s", main, main[0] && heat[0] ? (z ? "；" : "; ") : "", heat);
}

int mr_events_line(const mr_notes *n, int wday, int z, int k, char *out, size_t cap) {
    static const char *const en[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const zh[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
    if (cap) out[0] = 0;
    if (wday < 0 || wday > 6 || cap == 0) return 0;
    unsigned done = 0; /* the days already written */
    for (int i = 1, line = 0; i < 7; i++) {
        int wd = (wday + i) % 7;
        unsigned ev = mr_events_of(n, wd);
        if (!ev || (done & (1u << wd))) continue;
        /* the later days with the same events, written together ("Mon/Tue") */
        char days[64];
        size_t dl = (size_t)snprintf(days, sizeof days, "%s", z ? zh[wd] : en[wd]);
        for (int j = i + 1; j < 7; j++) {
            int wj = (wday + j) % 7;
            if (mr_events_of(n, wj) != ev) continue;
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
