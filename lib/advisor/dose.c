/* dose.c - minutes and intensity of today's session (dose.h has the rules
 * and their sources). Every step can add a reason; after the habit sets the
 * length, steps only ever lower it. */
#include "dose.h"
#include "profile.h"

#include <math.h>
#include <string.h>

float mr_dose_cr10(int rpe) {
    if (rpe < 6 || rpe > 20) rpe = 12;
    return (float)(rpe - 6) / 1.4f;
}

void mr_dose_habit_week(const mr_session *s, int n, const int *said, int out[]) {
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        int k = 0, span = 7;
        for (int i = 0; i < n; i++)
            if (s[i].activity == (mr_activity)a && s[i].days_ago >= 0 && s[i].days_ago < 28) {
                k++;
                if (s[i].days_ago + 1 > span) span = s[i].days_ago + 1;
            }
        out[a] = k >= 2 ? (int)lroundf((float)k * 7.0f / (float)span) : 0;
        if (said && said[a] > out[a]) out[a] = said[a];
        if (out[a] > 7) out[a] = 7;
    }
}

int mr_dose_walk_minutes(const mr_session *s, int n, int habit_said) {
    int sum = 0, k = 0;
    for (int i = 0; i < n; i++)
        if ((s[i].activity == MR_ACT_WALK || s[i].activity == MR_ACT_BRISK_WALK) && s[i].days_ago >= 0 && s[i].days_ago < 28 &&
            s[i].minutes > 0) {
            sum += s[i].minutes;
            k++;
        }
    int m = k ? sum / k : habit_said ? habit_said : 30;
    return m < 20 ? 20 : m > 60 ? 60 : 5 * (m / 5);
}

static void why(mr_dose *o, mr_why w, int a, int b) {
    if (o->n_reasons < MR_DOSE_MAX_REASONS) o->reasons[o->n_reasons++] = (mr_dose_reason){w, a, b};
}

static mr_intensity lower(mr_intensity i, mr_intensity to) { return to < i ? to : i; }

void mr_dose_compute(const mr_dose_in *in, mr_dose *o) {
    memset(o, 0, sizeof *o);
    /* 1. recent load: session-RPE (Foster) and WHO's moderate-equivalent minutes */
    float total28 = 0;
    float before = 0; /* the load of the weeks before this one */
    int n_before = 0;
    int n_rpe28 = 0, max_rpe28 = 0; /* sessions with their effort logged, and the hardest */
    int minutes28 = 0, n28 = 0, n_hard28 = 0, hard_days_ago = 99, hard_rpe = 0, oldest = -1, hard_strength = 0;
    unsigned days7 = 0, hard7 = 0; /* a bit per day of the last 7 trained, trained hard */
    unsigned hard7_other = 0;      /* the hard days that were not lifting */
    int n7 = 0;                    /* sessions in the last 7 days, gentle ones too */
    int max_rpe7 = 0;              /* the hardest of them (0: none logged with an effort) */
    for (int k = 0; k < in->n_sessions; k++) {
        const mr_session *s = &in->sessions[k];
        if (s->days_ago < 0 || s->days_ago >= 28 || s->minutes <= 0 || s->activity == MR_ACT_REST) continue;
        float load = (float)s->minutes * mr_dose_cr10(s->rpe);
        total28 += load;
        minutes28 += s->minutes;
        o->week_usual += mr_session_mod_minutes(s); /* summed here, a week's mean below */
        n28++;
        if (s->rpe >= 15) n_hard28++;
        if (s->rpe >= 6 && s->rpe <= 20) {
            n_rpe28++;
            if (s->rpe > max_rpe28) max_rpe28 = s->rpe;
        }
        if (s->days_ago > oldest) oldest = s->days_ago;
        if (s->days_ago < 7) {
            n7++;
            if (s->rpe <= 20 && s->rpe > max_rpe7) max_rpe7 = s->rpe;
            o->acute += load;
            o->week_done += mr_session_mod_minutes(s);
        } else {
            before += load;
            n_before++;
        }
        if (s->rpe >= 15 && s->days_ago <= 2 && s->days_ago < hard_days_ago) {
            hard_days_ago = s->days_ago;
            hard_rpe = s->rpe;
            hard_strength = s->activity == MR_ACT_STRENGTH;
        } else if (s->rpe >= 15 && s->days_ago == hard_days_ago && s->activity != MR_ACT_STRENGTH) {
            hard_strength = 0; /* a hard run the same day as the lifting */
        }
        if (s->rpe >= 17 && s->minutes >= 120 && s->days_ago <= 2) o->hr_unreliable = 1;
        if (s->days_ago < 7) {
            /* (a daily walk, tai chi or gentle yoga is no streak to recover from: WHO 2020, every day counts) */
            int gentle = ((s->activity == MR_ACT_WALK || s->activity == MR_ACT_BRISK_WALK) && s->rpe > 0 && s->rpe <= 13) ||
                         ((s->activity == MR_ACT_TAI_CHI || s->activity == MR_ACT_YOGA || s->activity == MR_ACT_STRETCHING) &&
                          s->rpe > 0 && s->rpe <= 12);
            if (!gentle) days7 |= 1u << s->days_ago;
            if (s->rpe >= 15) hard7 |= 1u << s->days_ago;
            if (s->rpe >= 15 && s->activity != MR_ACT_STRENGTH) hard7_other |= 1u << s->days_ago;
        }
    }
    /* the weekly mean over the weeks the log covers (a log begun 21 days ago
     * is three weeks of load, not four: divided by four, every such week
     * looks like a spike) */
    o->chronic = total28 / (oldest >= 21 ? fminf(4.0f, (float)(oldest + 1) / 7.0f) : 4.0f);
    o->week_usual /= 4;
    /* the ratio means something only over a base of several weeks and
     * sessions: with every session in the last 7 days it is 4 by construction */
    float acwr = o->chronic > 0 && oldest >= 21 && n28 >= 6 ? o->acute / o->chronic : 0;
    /* one or two weeks logged before this one: this week against their
     * weekly mean ("doubled my mileage this week"), the jump a spike is
     * made of whatever four weeks would say (heuristic, Gabbett 2016) */
    /* the weeks before as a weekly rate over the days they cover (days 7 to
     * the oldest), four days at least: a partial week is not a light one */
    int span = oldest - 6;
    float jump = !acwr && span >= 4 && n_before >= 2 && before > 0 ? o->acute / (before * 7.0f / (float)span) : 0;
    if (acwr > 1.5f || jump > 1.5f) o->spike = acwr > 0 ? acwr : jump;
    /* ... but easy sessions that build toward WHO's 150 minutes are the
     * progression itself, not a spike: a load ratio is for training loads
     * (Gabbett 2016), and ACSM's beginner adds 5-10 minutes a session every
     * week or two (the session's step below keeps it there) */
    if (o->spike > 0 && o->week_done < 150 && !hard7 && max_rpe7 <= 13) o->spike = 0;

    /* 2. the session's length: the person's habit, else a start by fitness */
    static const int start[4] = {25, 20, 30, 40};       /* unknown, beginner, intermediate, advanced */
    static const int most[4] = {50, 45, 75, 90};
    int fit = in->fitness >= 0 && in->fitness <= 3 ? in->fitness : 0;
    int base = start[fit], top = most[fit];
    if (in->goal == MR_GOAL_WEIGHT) base += 5;          /* longer moderate sessions burn more (ACSM 2009) */
    if (in->goal == MR_GOAL_ENDURANCE && fit >= 2) { base += 10; top += 30; }
    if (in->age < 18) {                                  /* WHO 2020: 60 minutes a day, ages 5-17 */
        /* the hour is the whole day's activity; one session of it for a
         * young person with none logged starts shorter, and the walking,
         * PE and play of the day make up the rest */
        base = fit >= 2 ? 50 : 30;
        top = top > 90 ? top : 90;
        why(o, MR_WHY_YOUTH, 60, 0);
    }
    float minutes;
    float habit = n28 ? (float)minutes28 / (float)n28 : 0; /* minutes per session lately */
    /* a habit below the start is raised to it; a young person's 25-minute
     * runs are built on by 10%, not doubled to the day's hour */
    int floor_ = in->age < 18 ? 30 : base;
    if (n28 >= 2) {
        why(o, MR_WHY_HABIT, (int)lroundf(habit), n28);
        if (o->spike > 0) {
            /* deload (Gabbett 2016), harder the further past 1.5: at twice
             * the usual load or more, half (heuristic) */
            int cut = o->spike > 2.0f ? 50 : 30;
            minutes = habit * (100 - cut) / 100.0f;
            if (minutes < fminf(habit, 20.0f)) minutes = fminf(habit, 20.0f); /* under 20 minutes is hardly a session */
            why(o, acwr > 0 ? MR_WHY_DELOAD : MR_WHY_JUMP, (int)lroundf(o->spike * 100), cut);
        } else if (n28 >= 3 && oldest < 7 && n_hard28 == n28 && fit <= 1) {
            /* three or more sessions this week and none in the three weeks
             * before: too much too soon, whatever the ratio cannot yet say */
            minutes = habit * 0.7f;
            why(o, MR_WHY_SURGE, n28, 0);
        } else if (acwr > 1.3f) {
            minutes = habit;
            why(o, MR_WHY_HOLD, (int)lroundf(acwr * 100), 0);
        } else if (n28 >= 3) {
            minutes = habit * 1.10f;                     /* at most about 10% more (Buist 2008 as a ceiling) */
            if (minutes < (float)floor_) minutes = (float)floor_;
            else why(o, MR_WHY_PROGRESS, 10, 0);
        } else {
            minutes = habit;                             /* two sessions are a habit to keep, not yet to build on */
            if (minutes < (float)floor_) minutes = (float)floor_;
        }
    } else if (in->habit_said >= 15) {
        /* "normally run 5 miles before work, 10 years": a habit not logged
         * here is still the habit; kept, not built on */
        minutes = (float)in->habit_said;
        if (minutes < (float)base) minutes = (float)base;
        why(o, MR_WHY_HABIT_SAID, in->habit_said, 0);
    } else if (in->rehab_grad && in->age >= 18) {
        /* the programme's sessions were the habit: about 30 minutes, carried
         * on at home (AACVPR 2013; BTS 2013) */
        minutes = base > 30 ? (float)base : 30.0f;
        why(o, MR_WHY_REHAB_GRAD, (int)minutes, 0);
    } else {
        minutes = (float)base;
        why(o, MR_WHY_START_LOW, base, n28); /* b: the sessions logged (0 or 1) */
    }
    if (minutes > (float)top) minutes = (float)top;
    /* pain that grows with the training: the load comes down until it
     * settles (the pain-monitoring model: pain during and after kept low
     * and gone by the next morning; Silbernagel et al. 2007) */
    if (in->joint_worse && n28 >= 2) {
        if (minutes > habit * 0.8f) minutes = habit * 0.8f;
        why(o, MR_WHY_JOINT_WORSE, 20, 0);
    }

    /* 3. this week's aim (WHO 2020 as the floor; the habit above it) */
    int target = mr_kb_weekly_minutes(in->age);
    if (in->age >= 18 && in->goal == MR_GOAL_WEIGHT) target = 250;             /* ACSM 2009: > 250 for loss */
    if (in->age >= 18 && in->goal == MR_GOAL_ENDURANCE && fit >= 2) target = fit == 3 ? 300 : 200;
    float weekly = (float)minutes28 / 4.0f;
    if (in->rehab_grad && in->age >= 18)
        ; /* the programme's dose carried on (AACVPR 2013; BTS 2013), not a ramp from the log */
    else if (weekly * 1.1f < (float)target && fit <= 1 && in->age >= 18)
        target = (int)fmaxf(90.0f, weekly * 1.1f);       /* beginners ramp up to it */
    else if (weekly > (float)target)
        target = (int)lroundf(weekly);                   /* the active keep what they do */
    else if (fit >= 2 && in->age >= 18) {
        /* the trained, far under their aim lately: this week adds about 10%
         * to what they did, with WHO's 150 as the floor; the week plan
         * applies the same ceiling, so the card and the plan name one aim */
        int usual = mr_dose_usual_week(o);
        int ramp = (int)lroundf((float)usual * 1.1f);
        if (usual > 0 && ramp < target) target = ramp > 150 ? ramp : 150;
    }
    /* race week: the volume comes down 40-60% (Mujika and Padilla 2003), so
     * the week's aim is about half the usual, never below WHO's floor */
    int taper = (in->notes & MR_NOTE_TAPER) && !(in->notes & MR_NOTE_RACE_TODAY);
    if (taper) target = (int)fminf((float)target, fmaxf((float)mr_kb_weekly_minutes(in->age), roundf(weekly * 0.5f)));
    /* periods lost to training (RED-S): less training until the energy
     * deficit is put right, never more (IOC consensus, Mountjoy et al. 2018) */
    if ((in->notes & MR_NOTE_NO_PERIODS) && in->age < 50 && target > mr_kb_weekly_minutes(in->age))
        target = mr_kb_weekly_minutes(in->age);
    o->week_target = target;
    why(o, MR_WHY_WEEK, o->week_done, target);

    /* 4. intensity: by fitness, then only ever down */
    mr_intensity want = fit == 3 ? MR_VIGOROUS : MR_MODERATE;
    /* the trained who train, with a reason to go hard: an endurance goal, a
     * good day, or the plan's hard session asked for with no load spike
     * (what follows still takes it down after a hard day, poor sleep or a
     * low mood) */
    if (fit == 2 && n28 >= 2 && (in->goal == MR_GOAL_ENDURANCE || in->mood == MR_MOOD_POSITIVE ||
                                 (in->hard_asked && acwr <= 1.3f && !o->spike)))
        want = MR_VIGOROUS;
    /* four weeks and more without training: fitness has dropped (ACSM on
     * detraining); back at moderate, and the volume builds from there */
    int returning = n28 == 0 && in->last_days_ago >= 28 && fit >= 2;
    if (returning) {
        want = lower(want, MR_MODERATE);
        why(o, MR_WHY_RETURNING, in->last_days_ago, 0);
    }
    if (in->age < 18 && fit >= 2 && n28 >= 2) want = MR_VIGOROUS; /* WHO: vigorous on 3 days for youth who train */
    /* their own effort: a month of sessions with none hard (all under RPE
     * 15) is where the person trains; a hard session is a step up taken on
     * purpose (asked for), not a default on an ordinary day (ACSM, Garber
     * 2011: progress gradually, one variable at a time) */
    int own_effort = n_rpe28 >= 3 && n_hard28 == 0 && !in->hard_asked; /* (a ceiling, applied after the steps down below) */
    if (!isnan(in->bmi) && in->bmi >= 35.0f && fit <= 1) {
        want = lower(want, MR_MODERATE);                 /* ACSM: start low and progress */
        if (minutes > 30) minutes = 30;
        why(o, MR_WHY_OBESITY, (int)lroundf(in->bmi), 0);
    }
    if (in->age >= 65 && fit <= 1) {
        want = lower(want, MR_MODERATE);
        if (n28 < 8 && n7 < 3) why(o, MR_WHY_OLDER_START, in->age, 0); /* (not "new to exercise" beside a month of logged sessions, or a week's) */
    }
    if (in->age >= 65) why(o, MR_WHY_OLDER_BALANCE, in->age, 0);
    /* six days of the last seven trained, or four of them hard: a recovery
     * day whatever the split (ACSM: rest days in every week; overreaching).
     * A lifter who trains a split lifts four days a week by design, each
     * muscle group twice with 48 hours between (ACSM 2009: 2-3 days a week
     * per group); four hard lifting days in seven is that plan, five is not */
    int n_days7 = __builtin_popcount(days7), n_hard7 = __builtin_popcount(hard7);
    int split_week = in->lifter && !hard7_other && n_hard7 == 4 && n_days7 <= 5;
    if (n_days7 >= 6 || (n_hard7 >= 4 && !split_week)) {
        want = lower(want, MR_LIGHT);
        if (!o->spike) minutes *= 0.6f; /* a deload has already cut it */
        if (minutes > 40) minutes = 40;
        o->recovery_day = 1;
        why(o, MR_WHY_STREAK, n_days7, n_hard7);
    } else if (hard_days_ago <= 1 && hard_strength) {    /* ACSM: 48 h for the same muscle groups */
        o->split = 1;
        why(o, MR_WHY_SPLIT, hard_rpe, hard_days_ago);
    } else if (hard_days_ago <= 1) {                     /* ACSM: 48 h between hard sessions */
        want = lower(want, MR_LIGHT);
        if (!o->spike) minutes *= 0.6f;
        if (minutes > 40) minutes = 40;                  /* a recovery session, not a long one */
        o->recovery_day = 1;
        o->upper_ok = 1; /* the hard work was aerobic: the arms and trunk are fresh */
        why(o, MR_WHY_HARD_YESTERDAY, hard_rpe, hard_days_ago);
    } else if (hard_days_ago == 2 && in->fitness < (int)MR_FIT_ADVANCED) {
        /* 48 hours is the same muscles' rest (ACSM); the well trained may go
         * hard again after it, the rest get one more easier day */
        want = lower(want, MR_MODERATE);
        why(o, MR_WHY_HARD_YESTERDAY, hard_rpe, hard_days_ago);
    }
    if (o->spike > 0 && want > MR_LIGHT) want = (mr_intensity)(want - 1);
    if (in->mood == MR_MOOD_TIRED || in->mood == MR_MOOD_NEGATIVE) {
        /* tired: one step easier; low: nothing hard, but moderate work is
         * what helps a low mood (WHO 2020; Cochrane, Cooney et al. 2013) */
        if (in->mood == MR_MOOD_TIRED ? want > MR_LIGHT : want > MR_MODERATE) want = (mr_intensity)(want - 1);
        /* shorter, but not below the 20 minutes a first session already is:
         * the gentler effort is the concession (heuristic) */
        minutes = minutes > 25 ? minutes * 0.8f : minutes < 20 ? minutes : 20;
        why(o, MR_WHY_MOOD, (int)in->mood, 0);
    }
    /* the first days at altitude with a headache, a poor night or a raised
     * morning pulse: mild acute mountain sickness; easy and short, nothing
     * strenuous until it has gone (Wilderness Medical Society 2019) */
    if ((in->notes2 & MR_NOTE2_ALTITUDE) && ((in->notes & (MR_NOTE_HEADACHE | MR_NOTE_SHORT_SLEEP)) || in->hr_rise >= 5)) {
        want = lower(want, MR_LIGHT);
        if (minutes > 30) minutes = 30;
    }
    /* fasting in daylight (Ramadan), no food or water since dawn: light and
     * short before the fast is broken, the real session after it (IDF-DAR
     * 2021 practical guidelines) */
    if (mr_fasting_now(in->notes2, in->hour)) {
        want = lower(want, MR_LIGHT);
        if (minutes > 30) minutes = 30;
    }
    if (in->notes & MR_NOTE_HANGOVER) {                  /* dehydrated, rhythm-prone: water first (heuristic) */
        want = lower(want, MR_LIGHT);
        if (minutes > 30) minutes = 30;
        why(o, MR_WHY_HANGOVER, 0, 0);
    }
    /* a concussion: short, symptom-limited (Berlin 2017); fibromyalgia in a
     * flare or after a crash: a small dose that does not start the next
     * one (EULAR 2017, Macfarlane et al.) */
    if ((in->notes2 & MR_NOTE2_CONCUSSION) && minutes > 30) minutes = 30;
    if (in->notes2 & MR_NOTE2_FIBRO) {
        want = lower(want, MR_LIGHT);
        if (minutes > 20) minutes = 20;
        /* no longer than the last session that was hard work (RPE 14 or more): that one is the ceiling, not the start */
        for (int k = 0; k < in->n_sessions; k++)
            if (in->sessions[k].days_ago <= 14 && in->sessions[k].rpe >= 14 && in->sessions[k].minutes > 0 &&
                minutes > in->sessions[k].minutes)
                minutes = (float)(in->sessions[k].minutes < 5 ? 5 : in->sessions[k].minutes);
    }
    if (in->notes & MR_NOTE_LONG_COVID) {                /* pacing: well under what brought on a crash (WHO 2023) */
        want = lower(want, MR_LIGHT);
        /* "a slow 15 min walk is about my limit": well inside the limit they know */
        /* (in whole fives, as the card shows minutes, so the card and the pacing line name one limit) */
        int cap = in->habit_said > 0 && in->habit_said < 28 ? (int)(in->habit_said * 0.7f) / 5 * 5 : 15;
        /* and no longer than the longest session of the last four weeks (what was tolerated) */
        int longest = 0;
        for (int k = 0; k < in->n_sessions; k++)
            if (in->sessions[k].days_ago <= 28 && in->sessions[k].minutes > longest) longest = in->sessions[k].minutes;
        if (longest > 0 && longest < cap) cap = longest;
        if (cap < 5) cap = 5;
        if (minutes > cap) minutes = (float)cap;
        why(o, MR_WHY_PACING, cap, 0);
    }
    if (in->notes & MR_NOTE_ARTHRITIS_FLARE) {           /* hot, swollen joints rest; the rest move gently (ACR) */
        want = lower(want, MR_LIGHT);
        if (minutes > 20) minutes = 20; /* range of motion and an easy walk, not a workout */
        why(o, MR_WHY_FLARE, 0, 0);
    }
    if ((in->notes & MR_NOTE_TAPER) && !(in->notes & MR_NOTE_RACE_TODAY)) { /* volume down 40-60% (Mujika 2003) */
        minutes *= 0.6f;
        if (minutes < 20) minutes = 20;
        if (minutes > 45) minutes = 45; /* race week's easy runs are short whatever the habit (heuristic) */
        why(o, MR_WHY_TAPER, 0, 0);
    }
    if (in->notes & MR_NOTE_RACE_TODAY) {                /* the race is the day's work: a shakeout at most */
        want = lower(want, MR_LIGHT);
        if (minutes > 20) minutes = 20;
        why(o, MR_WHY_RACE_DAY, in->match_today, 0);
    }
    /* the day before a race: the fitness is built, today can only tire the
     * legs; a short easy session or rest (the taper's logic, Mujika and
     * Padilla 2003; heuristic for the length) */
    if ((in->notes2 & MR_NOTE2_RACE_EVE) && !(in->notes & MR_NOTE_RACE_TODAY)) {
        want = lower(want, MR_MODERATE);
        if (minutes > 20) minutes = 20;
        why(o, MR_WHY_RACE_EVE, 0, 0);
    }
    /* a morning rate 5 or more above the usual: fatigue or an illness
     * coming; nothing hard until it is back (Buchheit 2014; the card's
     * answer says why) */
    if (in->hr_rise >= 5) want = lower(want, MR_MODERATE);
    if (in->notes & MR_NOTE_SHORT_SLEEP) {               /* short sleep: nothing hard (heuristic) */
        /* once, not twice: a short night takes the hard session off the
         * day, while moderate work is kept (it does not add to the sleep
         * debt, and a stroll does little for blood pressure or glucose) */
        /* a night of 4 hours or less: one step more, except for the young,
         * who keep their moderate-to-vigorous hour (WHO 2020) */
        int youth = in->age > 0 && in->age < 18;
        if (in->mood != MR_MOOD_TIRED &&
            (want > MR_MODERATE || (in->sleep_very_short && !youth && want > MR_LIGHT)))
            want = (mr_intensity)(want - 1);
        /* on nights with the day's sleep cut short: a short session that
         * does not eat into the next sleep, the plan's 30 minutes
         * (Kecklund and Axelsson 2016; heuristic for the length) */
        if (in->night_shift && minutes > 30) minutes = 30;
        why(o, MR_WHY_SLEEP, 0, 0);
    }
    /* the months after a birth: the body is rebuilt gradually, moderate at
     * most until the pelvic floor holds (ACOG 2020; the return-to-running
     * guideline, Goom et al. 2019, not before 12 weeks) */
    if (in->notes & MR_NOTE_POSTPARTUM) want = lower(want, MR_MODERATE);
    if (in->notes & MR_NOTE_RECOVERED) {                 /* back from an illness: build up again */
        minutes *= 0.7f;
        want = lower(want, MR_MODERATE);
        why(o, MR_WHY_RECOVERED, 70, 0);
    }
    if (in->hour >= 22 || (in->hour >= 0 && in->hour < 5)) { /* late: sleep first (heuristic) */
        want = MR_LIGHT;
        minutes *= 0.6f;
        if (minutes > 15) minutes = 15;                  /* a wind-down, then bed */
        why(o, MR_WHY_LATE, in->hour, 0);
    } else if (in->hour >= 20) {
        want = lower(want, MR_MODERATE);
        why(o, MR_WHY_LATE, in->hour, 0);
    }
    if (want == MR_VIGOROUS && own_effort) {
        want = MR_MODERATE;
        why(o, MR_WHY_OWN_EFFORT, max_rpe28, n_rpe28);
    }
    if (want > in->cap) {
        want = in->cap;
        why(o, MR_WHY_CAP, (int)in->cap, 0);
    }
    o->intensity = want;
    o->minutes = (int)lroundf(minutes);
    if (o->minutes < 10) o->minutes = 10;
}
