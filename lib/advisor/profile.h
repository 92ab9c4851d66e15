/* profile.h - a user's profile for the advisor, parsed from JSON (README
 * "Profile format") and validated field by field: a bad value, an unknown or
 * repeated key, text after the object, a NUL byte or invalid UTF-8 is
 * refused with a message naming it, never clamped or ignored. */
#ifndef MR_PROFILE_H
#define MR_PROFILE_H

#include "safety.h"

#define MR_PROFILE_MAX_HISTORY 64

typedef enum { MR_SEX_UNKNOWN, MR_SEX_FEMALE, MR_SEX_MALE } mr_sex;
typedef enum { MR_FIT_UNKNOWN, MR_FIT_BEGINNER, MR_FIT_INTERMEDIATE, MR_FIT_ADVANCED } mr_fitness;

typedef struct {
    mr_activity activity;
    int minutes;              /* 0..600 */
    int days_ago;             /* 0..365 */
    int rpe;                  /* Borg 6..20, -1 unknown */
} mr_history_item;

typedef struct {
    char user[65];            /* pseudonymous id, "" if none */
    int age;                  /* required, 5..110 */
    mr_sex sex;
    float weight_kg, height_cm; /* NAN unknown */
    int resting_hr;           /* -1 unknown */
    unsigned flags;           /* MR_COND_* | MR_SYM_* from the structured fields */
    int bp_sys, bp_dia, glucose; /* -1 unknown */
    mr_fitness fitness;
    char goal[201];
    unsigned preferences;     /* bit per mr_activity */
    int n_history;
    mr_history_item history[MR_PROFILE_MAX_HISTORY];
    /* context */
    int hour;                 /* 0..23, -1 unknown (from "time": "YYYY-MM-DDTHH:MM") */
    int wday;                 /* 0 Sunday .. 6 Saturday, -1 unknown (from the same) */
    int month, mday;          /* 1..12 and 1..31, 0 unknown (from the same) */
    float temp_c, rh_pct, wind_kmh; /* NAN unknown */
    mr_precip precip;
    int thunder;
    int aqi;                  /* -1 unknown */
    char notes[2001];         /* free text, valid UTF-8 */
    char language[3];         /* "zh" or "en"; inferred from the notes and goal when not given */
    int hant;                 /* zh in Traditional characters ("zh-Hant", "zh-TW", or notes written in them): MR_HANT_* region */
    char ems[8];              /* the ambulance number a card names: "120" (mainland), "999" (zh-HK,
                                 zh-MO, or notes in Cantonese), "119" (zh-TW), "995" (zh-SG), "119/999"
                                 (Traditional notes with no region: Taiwan's and Hong Kong's both) */
    int mmol;                 /* an English card gives glucose in mmol/l first (en-GB, -AU, -CA, -IE, -NZ, -SG,
                                 or "mmol" in the notes); mg/dl first otherwise */
    int us;                   /* en-US: American words on the card (OB, labor and delivery, acetaminophen) */
    int kmh;                  /* an English card's speeds in km/h (a region tag that is neither en-US nor en-GB) */
    int imperial;             /* cards show US units ("units": "imperial", or US fields given); JSON stays metric */
} mr_profile;

/* Parse and validate. Returns MR_OK, or MR_ERR_INVALID_ARG (bad value,
 * unknown condition, missing age) / MR_ERR_FORMAT (not JSON) with err saying
 * which field and why. */
MR_INTERNAL int mr_profile_parse(const char *json, size_t len, mr_profile *p, char *err, size_t errsz);
/* The "user" of a profile's JSON into user[cap] (1), or 0 when it has none. */
MR_INTERNAL int mr_profile_user(const char *json, size_t len, char *user, size_t cap);
/* A saved profile (JSON validated when it was saved) with the given one's
 * fields on top, field by field ("context" key by key): *merged is malloc'd
 * JSON for mr_profile_parse. The given text is checked first (bytes, one
 * object, known keys once each), so a mistake in it is reported, not
 * hidden by the saved values. */
MR_INTERNAL int mr_profile_merge(const char *saved, const char *given, size_t len, char **merged, char *err,
                                 size_t errsz);
/* The safety layer's view of a profile: every field of *in is set, the
 * text-derived ones (notes, n_unsure) to none; the caller adds what the
 * notes say. */
MR_INTERNAL void mr_profile_safety_in(const mr_profile *p, mr_safety_in *in);

#endif
