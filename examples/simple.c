/* simple.c - the smallest complete use of libmotionrec: generate and classify. */
#include <motionrec.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: simple MODEL.gguf PROMPT\n"); return 1; }
    char err[256], out[512];
    mr_model *m = mr_model_load(argv[1], NULL, err, sizeof err);
    if (!m) { fprintf(stderr, "load: %s\n", err); return 1; }
    mr_ctx *c = mr_ctx_new(m, NULL);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 32;
    if (mr_generate_text(c, argv[2], &gp, out, sizeof out, NULL) >= 0) printf("generated: %s\n", out);
    else fprintf(stderr, "generate: %s\n", mr_ctx_errmsg(c));
    const char *labels[] = {"yes", "no"};
    float p[2];
    if (mr_classify(c, argv[2], labels, 2, NULL, p, NULL) == MR_OK)
        printf("P(yes) = %.3f  P(no) = %.3f\n", p[0], p[1]);
    mr_ctx_free(c);
    mr_model_free(m);
    return 0;
}
