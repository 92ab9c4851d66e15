/* hant.h - cards in Traditional Chinese for users who write it (Taiwan,
 * Hong Kong, Macau). The advisor composes its Chinese text in simplified
 * characters; the writers convert the finished text when the profile asks
 * for Traditional ("language": "zh-Hant") or the notes are written in it. */
#ifndef MR_HANT_H
#define MR_HANT_H

#include "common.h"

#include <stdio.h>

/* Whether Chinese text is written in Traditional characters: more
 * characters only Traditional writing uses than ones only simplified uses. */
MR_INTERNAL int mr_hant_text(const char *s);
/* 1 if s has a character only written Cantonese uses (嘅, 咗, 唔...). */
MR_INTERNAL int mr_hant_cantonese(const char *s);
/* Where the Traditional text is read: the words differ (腳踏車 and 捷運 in
 * Taiwan, 港鐵 and 巴士 in Hong Kong and Macau). 0 is simplified. */
enum { MR_HANT_TAIWAN = 1, MR_HANT_HONG_KONG = 2 };
/* Converts UTF-8 text to Traditional characters in place (each character
 * keeps its three bytes); other bytes are left as they are. The region's
 * words with mr_hant_convert_region; mr_hant_convert takes Taiwan's. */
MR_INTERNAL void mr_hant_convert(char *s, size_t n);
MR_INTERNAL void mr_hant_convert_region(char *s, size_t n, int region);
/* Writes what write(obj, f) writes to out, converted when hant (an
 * MR_HANT_* region) is set. */
MR_INTERNAL void mr_hant_write(FILE *out, int hant, void (*write)(const void *obj, FILE *f), const void *obj);

#endif
