/* Helpers shared by the C test programs. */
#ifndef NANO_TEST_UTIL_H
#define NANO_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>

/* The whole file, NUL-terminated; its length in *len (if not NULL). NULL on
 * failure. The caller frees it. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) buf[n] = 0;
  if (buf && len) *len = (size_t)n;
  return buf;
}

#endif
