/*
 * frn_signature.c — one-permutation MinHash signatures of French texts.
 *
 * See frn_signature.h for the model and its error bounds.  Design notes:
 *
 * One-permutation hashing: each feature is hashed once to 64 bits; the top
 * log2(K) bits choose its slot, the remaining bits rank it within the slot,
 * and the slot keeps 16 low bits of the minimal feature's hash.  One hash
 * per feature (instead of K with classic MinHash) keeps the sketch far
 * cheaper than tokenizing and stemming.  Slots left empty by short texts
 * are filled by "optimal densification" (Shrivastava, ICML 2017): empty
 * slot i probes originally filled slots in a fixed pseudo-random order that
 * depends only on i, and copies the first one's value, which keeps the
 * fraction of equal slots an unbiased estimate of the Jaccard index.
 *
 * A signature is a fixed function of the input bytes, the compiled-in
 * constants here (hash seeds, the stop-word list: changing them requires a
 * new FRN_SIG_VERSION) and the core's tokenizer, folding tables and Snowball
 * stemmer (reported by fr_version()), so it is stable across platforms,
 * sessions and processes.
 */
#include "frn_signature.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frn_alloc.h"
#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"

#include "frn_stopwords_fr.inc"

#define N_STOPWORDS (sizeof(frn_stopwords_fr) / sizeof(frn_stopwords_fr[0]))

/* Seeds and salts of version 1 (arbitrary odd constants). */
#define HASH_SEED	UINT64_C(0x243f6a8885a308d3)
#define SALT_WORD	UINT64_C(0x13198a2e03707344)
#define SALT_PAIR	UINT64_C(0xa4093822299f31d0)
#define SALT_DENSE	UINT64_C(0x082efa98ec4e6c89)
#define SALT_BAND	UINT64_C(0x452821e638d01377)
#define MUL1		UINT64_C(0x9e3779b97f4a7c15)
#define MUL2		UINT64_C(0xc2b2ae3d27d4eb4f)

static inline uint64_t
rotl64(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* MurmurHash3's 64-bit finaliser: a bijective avalanche mix. */
static inline uint64_t
fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= UINT64_C(0xff51afd7ed558ccd);
	k ^= k >> 33;
	k *= UINT64_C(0xc4ceb9fe1a85ec53);
	k ^= k >> 33;
	return k;
}

/*
 * Little-endian load of 8 bytes, independent of the host byte order: one
 * unaligned load (memcpy), byte-swapped on big-endian hosts.
 */
static inline uint64_t
load_le64(const unsigned char *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

/* Little-endian load of the last 1..7 bytes: 4, 2 and 1-byte pieces. */
static inline uint64_t
load_le_tail(const unsigned char *p, size_t n)
{
	uint64_t	v = 0;
	size_t		i = 0;

	if (n >= 4)
	{
		v = (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
			(uint64_t) p[3] << 24;
		i = 4;
	}
	if (n - i >= 2)
	{
		v |= ((uint64_t) p[i] | (uint64_t) p[i + 1] << 8) << (8 * i);
		i += 2;
	}
	if (n > i)
		v |= (uint64_t) p[i] << (8 * i);
	return v;
}

uint64_t
frn_sig_hash_bytes(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	uint64_t	h = HASH_SEED ^ ((uint64_t) len * MUL1);

	while (len >= 8)
	{
		h = rotl64(h ^ (load_le64(p) * MUL2), 29) * MUL1;
		p += 8;
		len -= 8;
	}
	if (len > 0)
		h = rotl64(h ^ (load_le_tail(p, len) * MUL2), 29) * MUL1;
	return fmix64(h);
}

bool
frn_sig_valid_nslots(long n)
{
	return n >= FRN_SIG_MIN_SLOTS && n <= FRN_SIG_MAX_SLOTS && (n & (n - 1)) == 0;
}

static int
log2_slots(int nslots)
{
	int			l = 0;

	while ((1 << l) < nslots)
		l++;
	return l;
}

/* ------------------------------------------------------------------------
 * The sketch
 */
typedef struct sketch
{
	int			nslots;
	int			shift;			/* 64 - log2(nslots) */
	uint64_t   *rank;			/* minimal rank per slot */
	uint16_t   *slots;
	unsigned char *filled;		/* slot received a feature */
	size_t		nfeatures;
} sketch;

static void
sketch_init(sketch *k, int nslots, uint16_t *slots)
{
	k->nslots = nslots;
	k->shift = 64 - log2_slots(nslots);
	k->rank = frn_malloc(sizeof(uint64_t) * nslots);
	k->filled = frn_malloc(nslots);
	memset(k->filled, 0, nslots);
	k->slots = slots;
	k->nfeatures = 0;
}

static inline void
sketch_add(sketch *k, uint64_t h)
{
	int			slot = (int) (h >> k->shift);
	uint64_t	rank = h << (64 - k->shift);
	uint16_t	v = (uint16_t) h;

	k->nfeatures++;
	if (v == 0)
		v = 1;					/* 0 is reserved for the empty signature */
	if (!k->filled[slot] || rank < k->rank[slot])
	{
		k->filled[slot] = 1;
		k->rank[slot] = rank;
		k->slots[slot] = v;
	}
}

/* Fill empty slots (optimal densification), free the work arrays. */
static void
sketch_finish(sketch *k)
{
	int			n = k->nslots;

	if (k->nfeatures == 0)
		memset(k->slots, 0, sizeof(uint16_t) * n);
	else
	{
		for (int i = 0; i < n; i++)
		{
			int			donor = -1;

			if (k->filled[i])
				continue;
			/* Expected n probes at worst (one filled slot); cap, then scan. */
			for (uint64_t a = 0; a < (uint64_t) 8 * n && donor < 0; a++)
			{
				int			j = (int) (fmix64(SALT_DENSE ^ ((uint64_t) i << 32) ^ a) & (uint64_t) (n - 1));

				if (k->filled[j])
					donor = j;
			}
			for (int j = (i + 1) % n; donor < 0; j = (j + 1) % n)
				if (k->filled[j])
					donor = j;
			k->slots[i] = k->slots[donor];
		}
	}
	frn_free(k->rank);
	frn_free(k->filled);
}

void
frn_sig_from_hashes(const uint64_t *h, size_t n, int nslots, uint16_t *slots)
{
	sketch		k;

	sketch_init(&k, nslots, slots);
	for (size_t i = 0; i < n; i++)
		sketch_add(&k, h[i]);
	sketch_finish(&k);
}

/* ------------------------------------------------------------------------
 * Features of a text
 */
static int
cmp_stopword(const void *key, const void *elem)
{
	return strcmp((const char *) key, *(const char *const *) elem);
}

static bool
is_stopword(const char *w)
{
	return bsearch(w, frn_stopwords_fr, N_STOPWORDS, sizeof(frn_stopwords_fr[0]),
				   cmp_stopword) != NULL;
}

static bool
is_sentence_end(const char *s, size_t len)
{
	return (len == 1 && (s[0] == '.' || s[0] == '!' || s[0] == '?')) ||
		(len == 3 && memcmp(s, "\xe2\x80\xa6", 3) == 0);	/* … */
}

/*
 * Long texts are tokenized in chunks of about CHUNK_BYTES, cut at a line
 * break (or else a space) so that memory stays bounded whatever the input
 * size; a cut counts as a sentence boundary.  Cut points depend only on the
 * bytes, so the signature stays a function of the text.
 */
#define CHUNK_BYTES		(64 * 1024)
#define CHUNK_SEARCH	(16 * 1024)

static size_t
chunk_end(const char *s, size_t len, size_t start)
{
	size_t		lim,
				i;

	if (len - start <= CHUNK_BYTES + CHUNK_SEARCH)
		return len;
	lim = start + CHUNK_BYTES + CHUNK_SEARCH;
	for (i = start + CHUNK_BYTES; i < lim; i++)
		if (s[i] == '\n')
			return i + 1;
	for (i = start + CHUNK_BYTES; i < lim; i++)
		if (s[i] == ' ')
			return i + 1;
	/* no white space: cut before a UTF-8 lead byte */
	for (i = start + CHUNK_BYTES; i < lim && ((unsigned char) s[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/*
 * Word cache: token bytes as written -> folded stem, or "stop word".  News
 * text repeats a small vocabulary, and folding, the stop-word test and
 * stemming cost more than tokenizing; a hit costs a hash and a memcmp.  The
 * cache is process-wide, direct-mapped and allocated once with plain malloc
 * (fixed size, like the stem cache); entries are exact, so results never
 * depend on what was cached before.
 */
#define WCACHE_ENTRIES	32768
#define WCACHE_BYTES	27
#define WCACHE_STOP		0xFF

typedef struct wcache_entry		/* 64 bytes, one cache line */
{
	uint64_t	hash;			/* frn_sig_hash_bytes of the stem */
	uint8_t		klen;			/* 0 = unused */
	uint8_t		vlen;			/* WCACHE_STOP for a stop word */
	char		key[WCACHE_BYTES];
	char		val[WCACHE_BYTES];
} wcache_entry;

static wcache_entry *wcache;
static bool wcache_failed;

static wcache_entry *
wcache_slot(const char *w, size_t len)
{
	if (len == 0 || len > WCACHE_BYTES)
		return NULL;
	if (wcache == NULL && !wcache_failed)
	{
		wcache = calloc(WCACHE_ENTRIES, sizeof(wcache_entry));
		wcache_failed = (wcache == NULL);
	}
	if (wcache == NULL)
		return NULL;
	return &wcache[frn_sig_hash_bytes(w, len) & (WCACHE_ENTRIES - 1)];
}

/* A word token: emit its stem unless it is a stop word. */
static void
word_feature(const char *w, size_t len, frn_buf *folded, frn_buf *stem,
			 frn_sig_word_fn emit, void *arg)
{
	wcache_entry *e = wcache_slot(w, len);
	uint64_t	h;
	bool		stop;

	if (e && e->klen == len && memcmp(e->key, w, len) == 0)
	{
		if (e->vlen != WCACHE_STOP)
			emit(e->val, e->vlen, e->hash, arg);
		return;
	}
	frn_buf_reset(folded);
	frn_fold(w, len, folded);
	stop = is_stopword(folded->data);
	frn_buf_reset(stem);
	if (!stop)
		frn_stem(folded->data, folded->len, stem);
	h = stop ? 0 : frn_sig_hash_bytes(stem->data, stem->len);
	if (e && (stop || stem->len <= WCACHE_BYTES))
	{
		e->klen = (uint8_t) len;
		memcpy(e->key, w, len);
		e->vlen = stop ? WCACHE_STOP : (uint8_t) stem->len;
		e->hash = h;
		if (!stop)
			memcpy(e->val, stem->data, stem->len);
	}
	if (!stop)
		emit(stem->data, stem->len, h, arg);
}

static void
words_of_chunk(const char *s, size_t len, frn_tokens *toks, frn_buf *folded,
			   frn_buf *stem, frn_sig_word_fn emit, void *arg)
{
	toks->n = 0;
	frn_tokenize(s, len, toks);
	for (size_t i = 0; i < toks->n; i++)
	{
		const frn_token *t = &toks->tok[i];
		const char *ts = s + t->byte_start;

		if ((i & 1023) == 0)
			frn_check_interrupts();
		switch (t->kind)
		{
			case FRN_TOK_WORD:
				/* abbreviations (M., etc., p. ex.) and single letters */
				if (!(t->flags & FRN_TF_ABBREV) && t->char_len >= 2)
					word_feature(ts, t->byte_len, folded, stem, emit, arg);
				break;
			case FRN_TOK_NUMBER:
				/* Digits and decimal comma: 839.000 = 839 000 = 839000. */
				frn_buf_reset(folded);
				for (uint32_t b = 0; b < t->byte_len; b++)
					if ((ts[b] >= '0' && ts[b] <= '9') || ts[b] == ',')
						frn_buf_putc(folded, ts[b]);
				while (folded->len > 0 && folded->data[folded->len - 1] == ',')
					folded->data[--folded->len] = '\0';
				if (folded->len > 0)
					emit(folded->data, folded->len,
						 frn_sig_hash_bytes(folded->data, folded->len), arg);
				break;
			case FRN_TOK_PUNCT:
				if (is_sentence_end(ts, t->byte_len))
					emit(NULL, 0, 0, arg);
				break;
			default:
				break;			/* elisions, symbols, URLs, e-mail addresses */
		}
	}
}

void
frn_sig_words(const char *s, size_t len, frn_sig_word_fn emit, void *arg)
{
	frn_tokens	toks;
	frn_buf		folded,
				stem;

	frn_tokens_init(&toks);
	frn_buf_init(&folded);
	frn_buf_init(&stem);
	for (size_t start = 0, end; start < len; start = end)
	{
		end = chunk_end(s, len, start);
		words_of_chunk(s + start, end - start, &toks, &folded, &stem, emit, arg);
		if (end < len)
			emit(NULL, 0, 0, arg);
	}
	frn_buf_free(&stem);
	frn_buf_free(&folded);
	frn_tokens_free(&toks);
}

typedef struct feature_state
{
	sketch	   *k;
	uint64_t	prev;			/* hash of the previous content word */
	bool		have_prev;		/* ... in the current sentence */
} feature_state;

static void
add_word_features(const char *word, size_t len, uint64_t h, void *arg)
{
	feature_state *st = arg;

	if (word == NULL)
	{
		st->have_prev = false;
		return;
	}
	sketch_add(st->k, fmix64(h ^ SALT_WORD));
	if (st->have_prev)
		sketch_add(st->k, fmix64(rotl64(st->prev, 23) * MUL1 ^ h ^ SALT_PAIR));
	st->prev = h;
	st->have_prev = true;
}

size_t
frn_sig_compute(const char *s, size_t len, int nslots, uint16_t *slots)
{
	sketch		k;
	feature_state st = {&k, 0, false};

	sketch_init(&k, nslots, slots);
	frn_sig_words(s, len, add_word_features, &st);
	sketch_finish(&k);
	return k.nfeatures;
}

/* ------------------------------------------------------------------------
 * Comparison and index support
 */
bool
frn_sig_is_empty(const uint16_t *slots, int nslots)
{
	for (int i = 0; i < nslots; i++)
		if (slots[i] != 0)
			return false;
	return true;
}

/*
 * Four slots per 64-bit word (SWAR): a lane of a ^ b is zero iff the slots
 * are equal; bit 15 of each lane of "eq" flags that.  Lane counts are summed
 * in place (at most nslots / 4 <= 256 per lane, no overflow) and folded by
 * one multiplication.  This is the inner loop of every index scan.
 */
#define LANE_LOW	UINT64_C(0x7fff7fff7fff7fff)
#define LANE_ONES	UINT64_C(0x0001000100010001)

int
frn_sig_matches(const uint16_t *a, const uint16_t *b, int nslots)
{
	uint64_t	acc = 0;
	int			i = 0;

	for (; i + 4 <= nslots; i += 4)
	{
		uint64_t	x,
					y,
					eq;

		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		x ^= y;
		eq = ~(((x & LANE_LOW) + LANE_LOW) | x | LANE_LOW);
		acc += eq >> 15;
	}
	/* lanes hold counts < 2^16: sum them into the top lane */
	acc = (acc * LANE_ONES) >> 48;
	for (; i < nslots; i++)
		acc += (a[i] == b[i]);
	return (int) acc;
}

int
frn_sig_min_matches(double threshold, int nslots)
{
	float		t = (float) threshold;
	int			m;

	if (isnan(t) || t > 1.0f)
		return nslots + 1;
	if (t <= 0.0f)
		return 0;
	m = (int) ceil((double) t * nslots);
	if (m > nslots)
		m = nslots;
	while (m > 0 && (float) (m - 1) / (float) nslots >= t)
		m--;
	while (m <= nslots && (float) m / (float) nslots < t)
		m++;
	return m;
}

int
frn_sig_band_keys(const uint16_t *slots, int nslots, int32_t *keys)
{
	int			nbands = nslots / FRN_SIG_BAND_ROWS;

	for (int b = 0; b < nbands; b++)
	{
		uint64_t	v = (uint64_t) slots[2 * b] | ((uint64_t) slots[2 * b + 1] << 16) |
			((uint64_t) b << 32) | ((uint64_t) nslots << 48);

		keys[b] = (int32_t) ((uint32_t) b << FRN_SIG_BAND_HASH_BITS |
							 (uint32_t) (fmix64(v ^ SALT_BAND) >> (64 - FRN_SIG_BAND_HASH_BITS)));
	}
	return nbands;
}

int
frn_sig_bands_required(int min_matches, int nslots)
{
	/* At most nslots - min_matches mismatching slots, each spoiling a band. */
	return nslots / FRN_SIG_BAND_ROWS - (nslots - min_matches);
}

/* ------------------------------------------------------------------------
 * Text and binary forms
 */
static const char hexdigits[] = "0123456789abcdef";

frn_sig_error
frn_sig_check(int version, int flags, long nslots, const uint16_t *slots)
{
	int			zeros = 0;

	if (version != FRN_SIG_VERSION)
		return FRN_SIG_ERR_VERSION;
	if (flags != 0)
		return FRN_SIG_ERR_FLAGS;
	if (!frn_sig_valid_nslots(nslots))
		return FRN_SIG_ERR_NSLOTS;
	for (long i = 0; i < nslots; i++)
		zeros += (slots[i] == 0);
	if (zeros != 0 && zeros != nslots)
		return FRN_SIG_ERR_SLOTS;
	return FRN_SIG_OK;
}

size_t
frn_sig_text_length(int nslots)
{
	char		tmp[16];

	return (size_t) snprintf(tmp, sizeof(tmp), "v%d/%d/", FRN_SIG_VERSION, nslots) +
		4 * (size_t) nslots;
}

void
frn_sig_to_text(const uint16_t *slots, int nslots, char *out)
{
	char	   *p = out + sprintf(out, "v%d/%d/", FRN_SIG_VERSION, nslots);

	if (frn_sig_is_empty(slots, nslots))
	{
		strcpy(p, "empty");
		return;
	}
	for (int i = 0; i < nslots; i++)
	{
		*p++ = hexdigits[(slots[i] >> 12) & 15];
		*p++ = hexdigits[(slots[i] >> 8) & 15];
		*p++ = hexdigits[(slots[i] >> 4) & 15];
		*p++ = hexdigits[slots[i] & 15];
	}
	*p = '\0';
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Parse 1..maxdigits decimal digits at s[*i]. */
static bool
parse_uint(const char *s, size_t len, size_t *i, int maxdigits, long *out)
{
	long		v = 0;
	int			n = 0;

	while (*i < len && s[*i] >= '0' && s[*i] <= '9' && n < maxdigits)
	{
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	*out = v;
	return n > 0 && !(*i < len && s[*i] >= '0' && s[*i] <= '9');
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

frn_sig_error
frn_sig_parse_text(const char *s, size_t len, int *nslots, uint16_t *slots)
{
	size_t		i = 0;
	long		version,
				n;

	while (len > 0 && is_blank(s[len - 1]))
		len--;
	while (i < len && is_blank(s[i]))
		i++;
	if (i >= len || s[i] != 'v')
		return FRN_SIG_ERR_SYNTAX;
	i++;
	if (!parse_uint(s, len, &i, 3, &version) || i >= len || s[i] != '/')
		return FRN_SIG_ERR_SYNTAX;
	i++;
	if (version != FRN_SIG_VERSION)
		return FRN_SIG_ERR_VERSION;
	if (!parse_uint(s, len, &i, 5, &n) || i >= len || s[i] != '/')
		return FRN_SIG_ERR_SYNTAX;
	i++;
	if (!frn_sig_valid_nslots(n))
		return FRN_SIG_ERR_NSLOTS;
	*nslots = (int) n;
	if (len - i == 5 && memcmp(s + i, "empty", 5) == 0)
	{
		memset(slots, 0, sizeof(uint16_t) * n);
		return FRN_SIG_OK;
	}
	if (len - i != 4 * (size_t) n)
		return FRN_SIG_ERR_LENGTH;
	for (long k = 0; k < n; k++, i += 4)
	{
		int			d0 = hexval(s[i]),
					d1 = hexval(s[i + 1]),
					d2 = hexval(s[i + 2]),
					d3 = hexval(s[i + 3]);

		if ((d0 | d1 | d2 | d3) < 0)
			return FRN_SIG_ERR_SYNTAX;
		slots[k] = (uint16_t) (d0 << 12 | d1 << 8 | d2 << 4 | d3);
	}
	return frn_sig_check((int) version, 0, n, slots);
}

size_t
frn_sig_binary_length(int nslots)
{
	return FRN_SIG_BIN_HEADER + 2 * (size_t) nslots;
}

void
frn_sig_to_binary(const uint16_t *slots, int nslots, unsigned char *out)
{
	out[0] = FRN_SIG_VERSION;
	out[1] = 0;
	out[2] = (unsigned char) (nslots >> 8);
	out[3] = (unsigned char) nslots;
	for (int i = 0; i < nslots; i++)
	{
		out[4 + 2 * i] = (unsigned char) (slots[i] >> 8);
		out[5 + 2 * i] = (unsigned char) slots[i];
	}
}

frn_sig_error
frn_sig_parse_binary(const unsigned char *b, size_t len, int *nslots, uint16_t *slots)
{
	long		n;

	if (len < FRN_SIG_BIN_HEADER)
		return FRN_SIG_ERR_LENGTH;
	if (b[0] != FRN_SIG_VERSION)
		return FRN_SIG_ERR_VERSION;
	if (b[1] != 0)
		return FRN_SIG_ERR_FLAGS;
	n = (long) b[2] << 8 | b[3];
	if (!frn_sig_valid_nslots(n))
		return FRN_SIG_ERR_NSLOTS;
	if (len != frn_sig_binary_length((int) n))
		return FRN_SIG_ERR_LENGTH;
	for (long i = 0; i < n; i++)
		slots[i] = (uint16_t) (b[4 + 2 * i] << 8 | b[5 + 2 * i]);
	*nslots = (int) n;
	return frn_sig_check(b[0], b[1], n, slots);
}

const char *
frn_sig_error_message(frn_sig_error e)
{
	switch (e)
	{
		case FRN_SIG_OK:
			return "The value is valid.";
		case FRN_SIG_ERR_VERSION:
			return "The signature format version is not supported (this build reads version 1).";
		case FRN_SIG_ERR_NSLOTS:
			return "The slot count must be a power of two between 16 and 1024.";
		case FRN_SIG_ERR_LENGTH:
			return "The length does not match the slot count.";
		case FRN_SIG_ERR_SYNTAX:
			return "Expected \"v1/<slots>/<4 hex digits per slot>\" or \"v1/<slots>/empty\".";
		case FRN_SIG_ERR_FLAGS:
			return "Reserved flag bits are set.";
		case FRN_SIG_ERR_SLOTS:
			return "A non-empty signature has a zero slot (zero is reserved for empty signatures).";
	}
	return "Unknown error.";
}
