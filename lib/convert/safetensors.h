/* safetensors.h - reading Hugging Face safetensors files for mr-convert: an
 * 8-byte little-endian header length, a JSON header naming each tensor's
 * dtype, shape and byte range, then the data. Every field is checked
 * against the file before a tensor is handed out, so that a converter
 * reading a hostile file never reads outside it. */
#ifndef MR_SAFETENSORS_H
#define MR_SAFETENSORS_H

#include "internal.h"

typedef struct mr_st_tensor {
    char *name;            /* owned */
    uint32_t dtype;        /* GGML_F32 / GGML_F16 / GGML_BF16 */
    int n_dims;            /* 1 or 2 */
    int64_t shape[2];      /* PyTorch order: shape[0] is the outermost */
    const uint8_t *data;   /* into the caller's buffer */
    uint64_t nbytes;       /* = shape product x element size, within the file */
    int used;              /* the converter's mark: placed in the output */
} mr_st_tensor;

typedef struct mr_st_set {
    mr_st_tensor *t;
    int n, cap;
} mr_st_set;

/* Add the tensors of one safetensors file (size bytes at buf, which the
 * caller keeps alive as long as the set) to set; a name already in the set
 * (another shard) is refused. MR_ERR_FORMAT / MR_ERR_UNSUPPORTED with a
 * message naming the tensor, MR_ERR_OOM. On failure the set keeps the
 * tensors it had (an empty set keeps no memory). mr_st_free releases a set
 * in any state. */
MR_INTERNAL int mr_st_parse(mr_st_set *set, const uint8_t *buf, uint64_t size, char *err, size_t errsz);
MR_INTERNAL mr_st_tensor *mr_st_find(const mr_st_set *set, const char *name);
/* Element i (row-major) as float. */
MR_INTERNAL float mr_st_get(const mr_st_tensor *t, uint64_t i);
MR_INTERNAL void mr_st_free(mr_st_set *set);

/* model.safetensors.index.json: the shard file names of its weight_map,
 * each once, in order of first mention; a name that could leave the
 * checkpoint's directory ('/', "..") or is empty is refused. *shards and
 * each name are malloc'd (mr_st_index_free). */
MR_INTERNAL int mr_st_index_parse(const char *json, size_t len, char ***shards, int *n, char *err, size_t errsz);
MR_INTERNAL void mr_st_index_free(char **shards, int n);

#endif
