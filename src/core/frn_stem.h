/*
 * frn_stem.h — Snowball French stemming with a process-wide cache.
 *
 * The stemmer is created on first use.  Input is a lower-cased NFC UTF-8
 * word (see frn_lower); words over FRN_STEM_MAX_BYTES are returned as is.
 * The cache is fixed-size (a direct-mapped hot table in front of a 2-way
 * set-associative one, 5 MB in all) and allocated once, so a hit costs a
 * hash and a comparison of a few 8-byte words and the memory is bounded.
 * A failure of libstemmer (out of memory) goes to frn_fail: an error, never
 * the word unstemmed.
 */
#ifndef FRN_STEM_H
#define FRN_STEM_H

#include <stddef.h>
#include "frn_alloc.h"
#include "frn_tokenize.h"

#define FRN_STEM_MAX_BYTES 1000

/* Append the stem of word to out. */
void		frn_stem(const char *word, size_t len, frn_buf *out);

/* Lower-case then stem (fr_stem()). */
void		frn_stem_word(const char *word, size_t len, frn_buf *out);

/*
 * Stem of a word token s[0..len) as the tokenizer made it: an inverted
 * pronoun loses its hyphen (and euphonic t: "-t-il" → il), an abbreviation
 * its final period ("M." → m); then as frn_stem_word.
 */
void		frn_stem_token(const char *s, size_t len, frn_buf *out);

/*
 * The stems of the word tokens toks[0..n) of s, as frn_stem_token gives
 * them, appended to out one after the other: ends[i] is out->len after the
 * stem of toks[i] (other tokens add nothing), so the stem of a word token
 * is out->data[ends[i - 1] .. ends[i]), from the initial out->len for the
 * first.  Faster than a frn_stem_token call per word: the cache lookups of
 * consecutive words overlap.
 */
void		frn_stem_tokens(const char *s, const frn_token *toks, size_t n,
							frn_buf *out, size_t *ends);

const char *frn_snowball_version(void);

#endif
