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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "frn_alloc.h"
#include "frn_bits.h"
#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"

#include "frn_stopwords_fr.inc"

#define N_STOPWORDS (sizeof(frn_stopwords_fr) / sizeof(frn_stopwords_fr[0]))

#if defined(__GNUC__)
#define FRN_ALWAYS_INLINE inline __attribute__((always_inline))
#define FRN_PREFETCH(p) __builtin_prefetch(p)
#else
#define FRN_ALWAYS_INLINE inline
#define FRN_PREFETCH(p) ((void) (p))
#endif

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

/* Rank of an empty slot: above every real rank, whose low log2(nslots) bits are 0. */
#define RANK_NONE	UINT64_MAX

typedef struct sketch
{
	int			nslots;
	int			shift;			/* 64 - log2(nslots) */
	uint16_t   *slots;
	size_t		nfeatures;
	uint64_t	rank[FRN_SIG_MAX_SLOTS];	/* minimal rank per slot, RANK_NONE if none */
} sketch;

static void
sketch_init(sketch *k, int nslots, uint16_t *slots)
{
	k->nslots = nslots;
	k->shift = 64 - log2_slots(nslots);
	for (int i = 0; i < nslots; i++)
		k->rank[i] = RANK_NONE;
	k->slots = slots;
	k->nfeatures = 0;
}

/*
 * Branch-free (masks, not conditions a compiler could turn back into
 * branches): in short texts about half the features lower a slot's rank.
 */
static inline void
sketch_add(sketch *k, uint64_t h)
{
	int			slot = (int) (h >> k->shift);
	uint64_t	rank = h << (64 - k->shift),
				old = k->rank[slot],
				lower = -(uint64_t) (rank < old);	/* all ones or 0 */
	/* 0 is reserved for the empty signature */
	uint16_t	v = (uint16_t) h | ((uint16_t) h == 0);

	k->nfeatures++;
	k->rank[slot] = old ^ ((old ^ rank) & lower);
	k->slots[slot] ^= (k->slots[slot] ^ v) & (uint16_t) lower;
}

/* Fill empty slots (optimal densification). */
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

			if (k->rank[i] != RANK_NONE)
				continue;
			/* Expected n probes at worst (one filled slot); cap, then scan. */
			for (uint64_t a = 0; a < (uint64_t) 8 * n && donor < 0; a++)
			{
				int			j = (int) (fmix64(SALT_DENSE ^ ((uint64_t) i << 32) ^ a) & (uint64_t) (n - 1));

				if (k->rank[j] != RANK_NONE)
					donor = j;
			}
			for (int j = (i + 1) % n; donor < 0; j = (j + 1) % n)
				if (k->rank[j] != RANK_NONE)
					donor = j;
			k->slots[i] = k->slots[donor];
		}
	}
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

/* The two features of a content word of hash h: the word, and the pair
 * with the previous content word of the sentence (hash prev). */
static inline uint64_t
word_feature(uint64_t h)
{
	return fmix64(h ^ SALT_WORD);
}

static inline uint64_t
pair_feature(uint64_t prev, uint64_t h)
{
	return fmix64(rotl64(prev, 23) * MUL1 ^ h ^ SALT_PAIR);
}

/*
 * Stop words by hash: the list in an open-addressing table (at most half
 * full), filled on first use; one probe or two instead of a binary search
 * of string comparisons.
 */
#define STOP_TABLE	512

_Static_assert(2 * N_STOPWORDS <= STOP_TABLE, "the stop-word table is at most half full");

static const char *stop_table[STOP_TABLE];
static bool stop_table_filled;

static bool
is_stopword(const char *w, size_t len)
{
	size_t		i;

	if (!stop_table_filled)
	{
		for (size_t k = 0; k < N_STOPWORDS; k++)
		{
			const char *sw = frn_stopwords_fr[k];

			for (i = frn_sig_hash_bytes(sw, strlen(sw)); stop_table[i % STOP_TABLE]; i++)
				;
			stop_table[i % STOP_TABLE] = sw;
		}
		stop_table_filled = true;
	}
	for (i = frn_sig_hash_bytes(w, len); stop_table[i % STOP_TABLE]; i++)
		if (strcmp(stop_table[i % STOP_TABLE], w) == 0)
			return true;
	return false;
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
 * Word cache: token bytes as written -> hash of the folded stem, or "stop
 * word".  News text repeats a small vocabulary, and folding, the stop-word
 * test and stemming cost far more than tokenizing.  The cache is
 * process-wide, allocated once through frn_cache_alloc (fixed size, like the
 * stem cache); entries are exact, so results never depend on what was cached
 * before.
 *
 * Lookups wait on memory, so entries are small: 32 bytes, two to a 64-byte
 * line that forms a set (2-way set-associative, the newest entry first;
 * 128K entries in 4 MB miss about one word token in forty of news text).
 * The scan computes the sets of a block of tokens and prefetches them
 * before reading any (see scan_chunk).  The key is the token zero-padded to
 * WCACHE_KEY bytes (99.8% of word tokens), compared as two 8-byte words;
 * the set is chosen by a cheap multiplicative hash of them.
 */
#define WCACHE_BITS		17		/* log2 of the number of entries */
#define WCACHE_ENTRIES	(1 << WCACHE_BITS)
#define WCACHE_KEY		16		/* longest token cached, in bytes */

typedef struct wcache_key
{
	uint64_t	w[2];			/* the token, zero-padded */
	uint64_t	len;
} wcache_key;

typedef struct wcache_entry
{
	uint64_t	w[2];			/* the key (wcache_key) */
	uint64_t	hash;			/* frn_sig_hash_bytes of the stem */
	uint8_t		klen;			/* token length; 0 = unused */
	bool		stop;			/* a stop word (hash 0) */
	char		unused[6];
} wcache_entry;

_Static_assert(sizeof(wcache_entry) == 32, "two word cache entries per cache line");

static wcache_entry *wcache;
static bool wcache_failed;

/* Allocate the cache on first use; false if that failed (no cache then). */
static bool
wcache_ready(void)
{
	if (wcache == NULL && !wcache_failed)
	{
		wcache = frn_cache_alloc("frnews signature word cache",
								 WCACHE_ENTRIES * sizeof(wcache_entry), 64);
		wcache_failed = (wcache == NULL);
		if (wcache != NULL)
			memset(wcache, 0, WCACHE_ENTRIES * sizeof(wcache_entry));
	}
	return wcache != NULL;
}

/* low_bytes[n]: a 64-bit mask of the n low bytes */
static const uint64_t low_bytes[9] = {
	0, UINT64_C(0xff), UINT64_C(0xffff), UINT64_C(0xffffff), UINT64_C(0xffffffff),
	UINT64_C(0xffffffffff), UINT64_C(0xffffffffffff), UINT64_C(0xffffffffffffff), UINT64_MAX
};

/*
 * The set (two entries) of a word token of at most WCACHE_KEY bytes,
 * prefetched, and its key in *key.  The token lies in a text ending at end:
 * with 16 bytes to read from its start (nearly always), two loads masked
 * without a branch on the token length; else the exact bytes.
 */
static inline wcache_entry *
wcache_locate(const char *tok, size_t len, const char *end, wcache_key *key)
{
	const unsigned char *u = (const unsigned char *) tok;
	uint64_t	h;
	wcache_entry *e;

	key->len = len;
	if (end - tok >= 16)
	{
		key->w[0] = frn_le64(u) & low_bytes[len < 8 ? len : 8];
		key->w[1] = frn_le64(u + 8) & low_bytes[len > 8 ? len - 8 : 0];
	}
	else if (len <= 8)
	{
		key->w[0] = frn_load_upto8(u, len);
		key->w[1] = 0;
	}
	else
	{
		/* the second word: the 8 bytes ending the token, shifted */
		key->w[0] = frn_le64(u);
		key->w[1] = frn_le64(u + len - 8) >> (8 * (16 - len));
	}
	h = (key->w[0] ^ key->len) * MUL2 ^ key->w[1] * MUL1;
	e = &wcache[2 * (((h ^ (h >> 29)) * MUL1) >> (65 - WCACHE_BITS))];
	FRN_PREFETCH(e);
	return e;
}

static inline bool
wcache_holds(const wcache_entry *e, const wcache_key *k)
{
	return ((e->w[0] ^ k->w[0]) | (e->w[1] ^ k->w[1]) | (e->klen ^ k->len)) == 0;
}

/*
 * Where the features go: the sketch (frn_sig_compute) or the caller's
 * function (frn_sig_words).  The scan below is inlined into both with
 * "emitting" constant, so the sketch gets no indirect call per word.
 * frn_sig_words needs the stems themselves, which the cache does not keep:
 * it does without the cache.
 */
typedef struct feature_sink
{
	sketch	   *k;
	frn_sig_word_fn emit;
	void	   *arg;
	uint64_t	prev;			/* hash of the previous content word ... */
	bool		have_prev;		/* ... in the current sentence */
	frn_tokens	toks;			/* work buffers */
	frn_buf		folded,
				stem;
} feature_sink;

static FRN_ALWAYS_INLINE void
sink_word(feature_sink *fs, bool emitting, const char *word, size_t len,
		  uint64_t h, uint64_t feature)
{
	if (emitting)
	{
		fs->emit(word, len, h, fs->arg);
		return;
	}
	sketch_add(fs->k, feature);
	if (fs->have_prev)
		sketch_add(fs->k, pair_feature(fs->prev, h));
	fs->prev = h;
	fs->have_prev = true;
}

static FRN_ALWAYS_INLINE void
sink_break(feature_sink *fs, bool emitting)
{
	if (emitting)
		fs->emit(NULL, 0, 0, fs->arg);
	else
		fs->have_prev = false;
}

/*
 * A word token not read from the cache: fold it, drop a stop word (false),
 * stem it into fs->stem and hash that into *h; remember the result under
 * key as the first entry of set e (NULL: not cacheable).
 */
static bool
word_miss(feature_sink *fs, const char *w, size_t len, wcache_entry *e,
		  const wcache_key *key, uint64_t *h)
{
	bool		stop;

	frn_buf_reset(&fs->folded);
	frn_fold(w, len, &fs->folded);
	stop = is_stopword(fs->folded.data, fs->folded.len);
	frn_buf_reset(&fs->stem);
	if (!stop)
		frn_stem(fs->folded.data, fs->folded.len, &fs->stem);
	*h = stop ? 0 : frn_sig_hash_bytes(fs->stem.data, fs->stem.len);
	if (e)
	{
		e[1] = e[0];			/* the older entry goes */
		memcpy(e->w, key->w, sizeof(key->w));
		e->klen = (uint8_t) len;
		e->stop = stop;
		e->hash = *h;
	}
	return !stop;
}

/* A word token: its stem, unless it is a stop word. */
static FRN_ALWAYS_INLINE void
scan_word(feature_sink *fs, bool emitting, const char *w, size_t len,
		  wcache_entry *e, const wcache_key *key)
{
	uint64_t	h;

	if (e)
	{
		bool		in0 = wcache_holds(&e[0], key),
					in1 = wcache_holds(&e[1], key);
		const wcache_entry *hit = e + (1 - (size_t) in0);

		if (in0 | in1)
		{
			if (!hit->stop)
				sink_word(fs, emitting, NULL, 0, hit->hash, word_feature(hit->hash));
			return;
		}
	}
	if (word_miss(fs, w, len, e, key, &h))
		sink_word(fs, emitting, fs->stem.data, fs->stem.len, h, word_feature(h));
}

/* A number token: its digits and decimal comma (839.000 = 839 000 = 839000). */
static FRN_ALWAYS_INLINE void
scan_number(feature_sink *fs, bool emitting, const char *s, size_t len)
{
	frn_buf    *d = &fs->folded;
	size_t		n = 0;
	uint64_t	h;

	frn_buf_reset(d);
	frn_buf_reserve(d, len);
	for (size_t b = 0; b < len; b++)
		if ((s[b] >= '0' && s[b] <= '9') || s[b] == ',')
			d->data[n++] = s[b];
	while (n > 0 && d->data[n - 1] == ',')
		n--;
	if (n == 0)
		return;
	d->data[n] = '\0';
	d->len = n;
	h = frn_sig_hash_bytes(d->data, n);
	sink_word(fs, emitting, d->data, n, h, word_feature(h));
}

/*
 * Tokens are read by blocks of SCAN_BLOCK: a first pass picks the tokens
 * that make features and starts loading the cache entries of the words, a
 * second one makes the features in order, by then mostly from cache lines
 * already loaded.
 */
#define SCAN_BLOCK		32

typedef struct scan_item
{
	wcache_key	key;			/* SCAN_WORD: the cache key ... */
	wcache_entry *set;			/* ... and set (NULL: no cache) */
	const char *s;
	uint32_t	len;
	uint8_t		kind;
} scan_item;

enum
{
	SCAN_WORD, SCAN_NUMBER, SCAN_BREAK
};

static FRN_ALWAYS_INLINE void
scan_chunk(feature_sink *fs, bool emitting, const char *s, size_t len)
{
	scan_item	items[SCAN_BLOCK];
	bool		cached = !emitting && wcache_ready();

	/* about one token per 5 bytes: room for nearly every text at once */
	fs->toks.n = 0;
	FRN_VEC_GROW(fs->toks.tok, 0, fs->toks.cap, len / 4 + 16);
	frn_tokenize(s, len, &fs->toks);
	for (size_t i = 0; i < fs->toks.n; i += SCAN_BLOCK)
	{
		size_t		end = i + SCAN_BLOCK < fs->toks.n ? i + SCAN_BLOCK : fs->toks.n,
					n = 0;

		if ((i & 1023) == 0)
			frn_check_interrupts();
		for (size_t j = i; j < end; j++)
		{
			const frn_token *t = &fs->toks.tok[j];
			scan_item  *it = &items[n];

			switch (t->kind)
			{
				case FRN_TOK_WORD:
					/* abbreviations (M., etc., p. ex.) and single letters */
					if (!(t->flags & FRN_TF_ABBREV) && t->char_len >= 2)
					{
						it->kind = SCAN_WORD;
						it->s = s + t->byte_start;
						it->len = t->byte_len;
						it->set = cached && it->len <= WCACHE_KEY ?
							wcache_locate(it->s, it->len, s + len, &it->key) : NULL;
						n++;
					}
					break;
				case FRN_TOK_NUMBER:
					it->kind = SCAN_NUMBER;
					it->s = s + t->byte_start;
					it->len = t->byte_len;
					n++;
					break;
				case FRN_TOK_PUNCT:
					if (is_sentence_end(s + t->byte_start, t->byte_len))
					{
						it->kind = SCAN_BREAK;
						n++;
					}
					break;
				default:
					break;		/* elisions, symbols, URLs, e-mail addresses */
			}
		}
		for (size_t j = 0; j < n; j++)
		{
			const scan_item *it = &items[j];

			if (it->kind == SCAN_WORD)
				scan_word(fs, emitting, it->s, it->len, it->set, &it->key);
			else if (it->kind == SCAN_NUMBER)
				scan_number(fs, emitting, it->s, it->len);
			else
				sink_break(fs, emitting);
		}
	}
}

static FRN_ALWAYS_INLINE void
scan_text(feature_sink *fs, bool emitting, const char *s, size_t len)
{
	frn_tokens_init(&fs->toks);
	frn_buf_init(&fs->folded);
	frn_buf_init(&fs->stem);
	for (size_t start = 0, end; start < len; start = end)
	{
		end = chunk_end(s, len, start);
		scan_chunk(fs, emitting, s + start, end - start);
		if (end < len)
			sink_break(fs, emitting);
	}
	frn_buf_free(&fs->stem);
	frn_buf_free(&fs->folded);
	frn_tokens_free(&fs->toks);
}

void
frn_sig_words(const char *s, size_t len, frn_sig_word_fn emit, void *arg)
{
	feature_sink fs = {.emit = emit, .arg = arg};

	scan_text(&fs, true, s, len);
}

size_t
frn_sig_compute(const char *s, size_t len, int nslots, uint16_t *slots)
{
	sketch		k;
	feature_sink fs = {.k = &k};

	sketch_init(&k, nslots, slots);
	scan_text(&fs, false, s, len);
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
 * The inner loop of every index scan.  With SSE2 (every x86-64), 16 slots
 * per step: equal lanes compare to -1 and are subtracted from per-lane
 * counters (at most nslots / 8 <= 128 each), summed at the end.  Elsewhere,
 * four slots per 64-bit word (SWAR): a lane of a ^ b is zero iff the slots
 * are equal and bit 15 of each lane of "eq" flags that; lane counts (at most
 * nslots / 4 <= 256) are folded by one multiplication.
 */
#ifndef __SSE2__
#define LANE_LOW	UINT64_C(0x7fff7fff7fff7fff)
#define LANE_ONES	UINT64_C(0x0001000100010001)
#endif

int
frn_sig_matches(const uint16_t *a, const uint16_t *b, int nslots)
{
	int			i = 0;
	int			total = 0;

#ifdef __SSE2__
	__m128i		counts = _mm_setzero_si128();
	uint16_t	lanes[8];

	for (; i + 16 <= nslots; i += 16)
	{
		__m128i		e0 = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *) (a + i)),
										 _mm_loadu_si128((const __m128i *) (b + i)));
		__m128i		e1 = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *) (a + i + 8)),
										 _mm_loadu_si128((const __m128i *) (b + i + 8)));

		counts = _mm_sub_epi16(counts, _mm_add_epi16(e0, e1));
	}
	_mm_storeu_si128((__m128i *) lanes, counts);
	for (int l = 0; l < 8; l++)
		total += lanes[l];
#else
	uint64_t	acc = 0;

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
	total = (int) ((acc * LANE_ONES) >> 48);
#endif
	for (; i < nslots; i++)
		total += (a[i] == b[i]);
	return total;
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
