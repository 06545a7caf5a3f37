/*
 * frn_signature.h — near-duplicate signatures of French texts (fr_sig).
 *
 * A signature is a one-permutation MinHash sketch (with optimal
 * densification) of the set of "features" of a text:
 *   - every content word: folded (case, accents, typography), stop words
 *     dropped, Snowball-stemmed; numbers reduced to their digits and
 *     decimal comma (839.000 = 839 000 = 839000);
 *   - every pair of consecutive content words within a sentence (so that
 *     swapping sentences changes nothing, and unrelated articles that share
 *     vocabulary still score low).
 * The sketch has K slots (K a power of two, default 128); each slot holds
 * 16 bits of the hash of the feature that is minimal in that slot.  The
 * estimated resemblance of two texts is the fraction of equal slots:
 * an estimate of the Jaccard index J of their feature sets, with standard
 * error sqrt(J(1-J)/K) <= 0.5/sqrt(K) (0.044 at K = 128) plus a bias of at
 * most 2^-16 from 16-bit collisions.
 *
 * Slot value 0 is reserved: a text with no feature (empty, only stop
 * words, punctuation or symbols) has all slots 0, so it resembles another
 * such text with 1 and any other text with 0, and the slot mismatch count
 * stays a metric (the GiST index relies on the triangle inequality).
 *
 * This header is PostgreSQL-free: the same code serves the server, the
 * CLI, the unit tests and the fuzzers.
 */
#ifndef FRN_SIGNATURE_H
#define FRN_SIGNATURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Format/algorithm version stored in every value. */
#define FRN_SIG_VERSION			1
#define FRN_SIG_DEFAULT_SLOTS	128
#define FRN_SIG_MIN_SLOTS		16
#define FRN_SIG_MAX_SLOTS		1024

/*
 * GIN keys: one per band of FRN_SIG_BAND_ROWS consecutive slots, the band
 * number in the high bits and FRN_SIG_BAND_HASH_BITS bits of the band's hash
 * in the low bits.  Short hashes make keys shared by many rows, so posting
 * lists compress well and the index stays small; the accidental sharing
 * they cause is filtered by the band count in consistent() and the recheck.
 */
#define FRN_SIG_BAND_ROWS		2
#define FRN_SIG_BAND_HASH_BITS	12

/* Binary form: version u8, flags u8 (0), nslots u16, nslots x u16, big-endian. */
#define FRN_SIG_BIN_HEADER		4

typedef enum frn_sig_error
{
	FRN_SIG_OK = 0,
	FRN_SIG_ERR_VERSION,		/* unknown format version */
	FRN_SIG_ERR_NSLOTS,			/* slot count not a power of two in range */
	FRN_SIG_ERR_LENGTH,			/* wrong number of bytes / hex digits */
	FRN_SIG_ERR_SYNTAX,			/* not "v<version>/<nslots>/<hex>|empty" */
	FRN_SIG_ERR_FLAGS,			/* reserved flags set */
	FRN_SIG_ERR_SLOTS			/* zero slot in a non-empty signature */
} frn_sig_error;

/* Is n a valid slot count (power of two in [MIN, MAX])? */
bool		frn_sig_valid_nslots(long n);

/*
 * Compute the signature of UTF-8 text s[0..len) into slots[0..nslots).
 * Returns the number of features read, repeats included (0: the empty
 * signature).
 */
size_t		frn_sig_compute(const char *s, size_t len, int nslots, uint16_t *slots);

/*
 * Feature extraction on its own: calls emit(word, len, hash, arg) for every
 * content word (folded, stemmed) in order, hash being
 * frn_sig_hash_bytes(word, len), and emit(NULL, 0, 0, arg) at each sentence
 * boundary: the scan of frn_sig_compute, for fr_sig_words().
 */
typedef void (*frn_sig_word_fn) (const char *word, size_t len, uint64_t hash, void *arg);
void		frn_sig_words(const char *s, size_t len, frn_sig_word_fn emit, void *arg);

/* Sketch of an explicit set of 64-bit feature hashes (for tests/tools). */
void		frn_sig_from_hashes(const uint64_t *h, size_t n, int nslots, uint16_t *slots);

/* Hash of a byte string (stable across platforms and releases). */
uint64_t	frn_sig_hash_bytes(const char *s, size_t len);

/* All slots 0? */
bool		frn_sig_is_empty(const uint16_t *slots, int nslots);

/* Number of slots where a and b are equal. */
int			frn_sig_matches(const uint16_t *a, const uint16_t *b, int nslots);

/*
 * Smallest match count m such that (float) m / nslots >= threshold, so that
 * "matches >= m" and "fr_similarity() >= threshold" always agree.  Returns
 * nslots + 1 when no count qualifies (threshold > 1), 0 when all do.
 */
int			frn_sig_min_matches(double threshold, int nslots);

/*
 * GIN band keys: key[b] is b and a hash of slots [2b, 2b+1] (and nslots), so
 * that two signatures with both slots of band b equal share key[b].  Writes
 * nslots / FRN_SIG_BAND_ROWS keys.
 */
int			frn_sig_band_keys(const uint16_t *slots, int nslots, int32_t *keys);

/*
 * Bands that must be equal between a stored signature and the query when
 * they have at least min_matches equal slots (pigeonhole: every mismatching
 * slot spoils at most one band).  <= 0 means no band is required.
 */
int			frn_sig_bands_required(int min_matches, int nslots);

/* Text form: "v1/<nslots>/<4 hex digits per slot>" or "v1/<nslots>/empty". */
size_t		frn_sig_text_length(int nslots);	/* without the NUL */
void		frn_sig_to_text(const uint16_t *slots, int nslots, char *out);

/*
 * Parse the text form.  On success sets *nslots and writes the slots into
 * slots (capacity FRN_SIG_MAX_SLOTS).  Accepts surrounding white space.
 */
frn_sig_error frn_sig_parse_text(const char *s, size_t len, int *nslots, uint16_t *slots);

/* Binary form (send/recv). */
size_t		frn_sig_binary_length(int nslots);
void		frn_sig_to_binary(const uint16_t *slots, int nslots, unsigned char *out);
frn_sig_error frn_sig_parse_binary(const unsigned char *b, size_t len, int *nslots, uint16_t *slots);

/* Checks shared by both parsers and by on-disk validation. */
frn_sig_error frn_sig_check(int version, int flags, long nslots, const uint16_t *slots);

const char *frn_sig_error_message(frn_sig_error e);

#endif
