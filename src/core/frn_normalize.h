/*
 * frn_normalize.h — Unicode normalisation and folding for search keys.
 *
 * Folding = NFC, full case folding, accent removal (é→e, œ→oe, æ→ae, ç→c,
 * ő→o, ł→l, ș→s, ß→ss, ά→α), apostrophes unified to ', double quotes and
 * guillemets unified to ", every Unicode space to ' '.  The per-code-point
 * mapping is generated at build time from ICU data (src/gen/).
 */
#ifndef FRN_NORMALIZE_H
#define FRN_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>
#include "frn_alloc.h"
#include "frn_tokenize.h"

/*
 * The full normaliser behind fr_normalize(): fold, collapse runs of spaces
 * to one, trim both ends.  Appends to out; returns the number of bytes added.
 */
size_t		frn_normalize(const char *s, size_t len, frn_buf *out);

/* Fold one token (no space collapsing or trimming).  Appends to out. */
size_t		frn_fold(const char *s, size_t len, frn_buf *out);

/*
 * Fold every token of toks[0..n) (the output of frn_tokenize over s), as
 * frn_fold does, appending the folds to out one after the other: ends[i] is
 * out->len after token i's fold (the caller allocates n entries).
 */
void		frn_fold_tokens(const char *s, const frn_token *toks, size_t n,
							frn_buf *out, size_t *ends);

/*
 * The same folds, laid out for a reader that wants most of them for free:
 * out receives a copy of s[0..len) with its ASCII capitals lower-cased, in
 * which an ASCII token (FRN_TF_ASCII) of a kind that folds by lower-casing
 * alone (a word, number, elision or punctuation: most tokens) finds its
 * fold at its own offset; the folds of the other tokens are appended after
 * the copy.  Token i's fold is out->data[off[i] .. off[i] + flen[i]) (the
 * caller allocates n entries of each).  The folds are those of
 * frn_fold_tokens.  Refused (frn_fail) when out would pass 4 GiB (a text
 * of 1 GB in a single-byte encoding is up to 3 GB in UTF-8, and its folds
 * as long again).
 */
void		frn_fold_tokens_in_copy(const char *s, size_t len, const frn_token *toks, size_t n,
									frn_buf *out, uint32_t *off, uint32_t *flen);

/* NFC lower case, accents kept (stemmer input).  Appends to out. */
size_t		frn_lower(const char *s, size_t len, frn_buf *out);

/*
 * Restrict folding and lower-casing to a repertoire of characters (those of
 * a single-byte database encoding): in(cp) tells whether cp belongs to it.
 * A character whose fold would hold a character outside the repertoire is
 * then lower-cased instead, or kept as it is when that leaves it too (U+00B5
 * MICRO SIGN folds to Greek mu, which LATIN9 lacks); a lower case outside
 * it is not applied either, and lower-casing skips NFC (composition could
 * make a character the encoding lacks).  Text from the repertoire then
 * folds, normalises, lower-cases and stems into the repertoire.
 * Process-wide; NULL (the default) is all of Unicode.
 */
void		frn_set_repertoire(int (*in) (int32_t cp));

/* Version string of the Unicode data the fold table was generated from. */
const char *frn_unicode_version(void);
const char *frn_icu_version(void);

#endif
