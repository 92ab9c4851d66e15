/* textstream.c - incremental detokenization for the streaming callback
 * (textstream.h).
 *
 * Decoding ids one at a time is wrong twice over: a character spelled in
 * byte pieces (<0xE4><0xBD><0xA0>) would come out as three replacement
 * characters, and the first word's dummy-prefix space, which mr_detokenize
 * drops, would be printed. So the stream decodes, after each id, the ids
 * not yet handed out, as they stand after the text already sent: a byte
 * run is decided one character at a time, so everything but an incomplete
 * trailing character is final. Each id is decoded about once, and a held
 * back character (at most 3 ids) again when its next byte comes. */
#include "textstream.h"

#include <stdlib.h>

void mr_text_stream_init(mr_text_stream *s, const mr_tokenizer *tok, mr_text_callback cb, void *user_data) {
    *s = (mr_text_stream){.tok = tok, .cb = cb, .user_data = user_data};
}

int mr_text_stream_push(mr_text_stream *s, const int32_t *ids, int32_t n, int final) {
    if (!s->cb || !s->tok || s->stopped || n <= s->done) return 0;
    int32_t upto = final ? n : n - mr_detok_pending(s->tok, ids, n);
    if (upto <= s->done) return 0;
    char *text;
    int32_t len = mr_detok_part(s->tok, ids + s->done, upto - s->done, s->sent == 0, &text);
    if (len < 0) return len;
    s->done = upto;
    int stop = 0;
    /* ids that print nothing (eos, pad) give no call */
    if (len > 0) {
        s->sent += len;
        stop = s->cb(text, len, s->user_data) != 0;
        s->stopped = stop;
    }
    free(text);
    return stop;
}
