/* events.h - the week's fixed events read from the notes (a trip, a long
 * drive, a wedding or a party, a hot day forecast, a night shift, a
 * procedure, a fasting test, a period), as words for the card and for the
 * plan's days. The plan puts the days around them: a party or a procedure
 * is that day's rest, a trip a short session in the hotel room, a drive its
 * breaks, heat the cool of the day or indoors, a night shift a short easy
 * session, a fasting test's day a walk after eating, a period's days gentle,
 * the days after an operation short level walks. */
#ifndef MR_EVENTS_H
#define MR_EVENTS_H

#include "notes.h"

/* The kinds of event: bits. */
enum {
    MR_EV_TRIP = 1, MR_EV_DRIVE = 2, MR_EV_SOCIAL = 4, MR_EV_DRINK = 8, MR_EV_HEAT = 16, MR_EV_SHIFT = 32, MR_EV_PROC = 64,
    MR_EV_SURGERY = 128, /* the procedure is an operation: the days after it stay light */
    MR_EV_FAST = 256,    /* a test taken fasting that morning */
    MR_EV_PERIOD = 512,  /* a period expected */
    MR_EV_AFTER_OP = 1024 /* a day after this week's operation (mr_events_of sets it from the days before) */
};
/* The events of weekday wd (0 Sunday), in the week that starts today on
 * weekday start: the MR_EV_* bits. */
MR_INTERNAL unsigned mr_events_of(const mr_notes *n, int start, int wd);

/* What to do on a day with events ev (no weekday), in Chinese when z, into
 * out; "" for none. */
MR_INTERNAL void mr_event_advice(unsigned ev, int z, char *out, size_t cap);

/* The card's k-th line (k from 0) for the days after today (weekday wday,
 * 0 Sunday), days with the same events together: "this week, Mon/Tue: away,
 * a session still counts ...". 0 (and "") when there is no k-th line or
 * wday < 0. */
MR_INTERNAL int mr_events_line(const mr_notes *n, int wday, int z, int k, char *out, size_t cap);

#endif
