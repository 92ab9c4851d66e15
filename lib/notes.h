/* notes.h - what a user's free-text notes say about their body and mood,
 * by bilingual keyword rules (issue 5). It is the advisor's safety backstop
 * (text can add caution, never remove it: a negated mention still counts)
 * and the teacher that labels the trained model's data. Internal for now. */
#ifndef MR_NOTES_H
#define MR_NOTES_H

#include "safety.h"

typedef enum { MR_MOOD_NEUTRAL, MR_MOOD_POSITIVE, MR_MOOD_NEGATIVE, MR_MOOD_STRESSED, MR_MOOD_TIRED,
               MR_MOOD_COUNT } mr_mood;

MR_INTERNAL const char *mr_mood_name(mr_mood m);
/* MR_COND_* | MR_SYM_* flags mentioned in the text (Chinese or English). */
MR_INTERNAL unsigned mr_notes_flags(const char *text);
/* The mood the text expresses; neutral when nothing matches. Precedence when
 * several match: tired, stressed, negative, positive. */
MR_INTERNAL mr_mood mr_notes_mood(const char *text);

#endif
