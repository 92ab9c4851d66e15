/* labels.h - the candidate labels of `mr-cli classify`, from --labels
 * "a,b,c" or from a file with one label per line (--labels-file), where a
 * label may hold commas and any bytes but NUL. An empty label is refused in
 * both (it would be scored as the end token alone, which no one means);
 * so is a NUL byte, which would end the label early. */
#ifndef MR_LABELS_H
#define MR_LABELS_H

#include "internal.h"

typedef struct mr_labels {
    char **v;       /* n NUL-terminated labels */
    int32_t n;
    char *store;    /* their bytes */
} mr_labels;

/* "a,b,c" split at every comma. */
MR_INTERNAL int mr_labels_from_list(const char *text, mr_labels *out, char *err, size_t errsz);
/* A file's bytes (lines.h), one label per line; a '\r' that ends a line
 * (a file written on Windows) is not part of the label. name is the
 * file's name for messages ("F line 3: empty label"). */
MR_INTERNAL int mr_labels_from_lines(const char *buf, size_t len, const char *name, mr_labels *out, char *err,
                                     size_t errsz);
MR_INTERNAL void mr_labels_free(mr_labels *l);

#endif
