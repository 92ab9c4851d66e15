/* textstream.h - the text of a generation as it grows, for the streaming
 * callback mr_generate_params.on_text: each call hands out only text that
 * no later id can change, so the pieces joined are exactly what
 * mr_detokenize gives for all the ids, and each piece is whole UTF-8
 * characters. */
#ifndef MR_TEXTSTREAM_H
#define MR_TEXTSTREAM_H

#include "internal.h"

typedef struct mr_text_stream {
    const mr_tokenizer *tok;   /* NULL: no text (the model has no tokenizer) */
    mr_text_callback cb;       /* NULL: nothing to do */
    void *user_data;
    int32_t done;              /* leading ids whose text was handed out */
    int64_t sent;              /* bytes handed out */
    int stopped;               /* the callback asked to stop: it hears nothing more */
} mr_text_stream;

MR_INTERNAL void mr_text_stream_init(mr_text_stream *s, const mr_tokenizer *tok, mr_text_callback cb,
                                     void *user_data);
/* ids[0..n) are all the ids so far (those of the previous call and new ones
 * after them). Hands the callback the new text, holding back a character
 * whose byte pieces have not all come; final: the end of the sequence,
 * so that the held-back bytes go out too, as mr_detokenize prints them.
 * Returns 1 when the callback asked to stop, 0, or a negative mr_status. */
MR_INTERNAL int mr_text_stream_push(mr_text_stream *s, const int32_t *ids, int32_t n, int final);

#endif
