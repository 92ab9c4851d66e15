/* hf_config.h - a Hugging Face T5 config.json -> the hyper-parameters
 * mr-convert writes, checked with the loader's own checks
 * (mr_hparams_check), so that the converter never writes a file the loader
 * refuses. */
#ifndef MR_HF_CONFIG_H
#define MR_HF_CONFIG_H

#include "model.h"

typedef struct mr_hf_config {
    mr_hparams hp;  /* every field the GGUF header states; inner, act and gated set */
    int tie;        /* tie_word_embeddings (default true) */
    int scale_out;  /* scale_decoder_outputs, else implied by tying (transformers 4) */
} mr_hf_config;

/* Parse len bytes of config.json. MR_OK, or MR_ERR_FORMAT (not a JSON
 * object, a value of the wrong type, text after the object),
 * MR_ERR_UNSUPPORTED (model_type, feed_forward_proj) or MR_ERR_MODEL (a
 * value the loader would refuse), with a message naming the key. Integers
 * must be whole numbers in 0..2^31-1 before the loader's ranges apply. */
MR_INTERNAL int mr_hf_config_parse(const char *json, size_t len, mr_hf_config *c, char *err, size_t errsz);

#endif
