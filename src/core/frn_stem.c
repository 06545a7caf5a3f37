/*
 * frn_stem.c — Snowball French stemming (libstemmer) behind a cache.
 *
 * News text repeats its vocabulary, so a cache in front of the stemmer
 * removes most stemming work.  It is process-wide, fixed-size and allocated
 * once through frn_cache_alloc (in the server: a memory context of its own
 * under TopMemoryContext); if that fails the stemmer runs uncached.  Entries
 * are keyed by the word as given: frn_stem_word("Économiques") hits without
 * lower-casing again.  A key remembers which entry point made it (frn_stem
 * expects lower-case input, frn_stem_word lower-cases first) so the two
 * never mix.
 *
 * Snowball runs on lower-cased NFC words (frn_lower); libstemmer returns a
 * pointer into the stemmer's own buffer, valid until the next call, which
 * is copied out at once.
 */
#include "frn_stem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>

#include "frn_bits.h"
#include "frn_normalize.h"
#include "frn_tokenize.h"

#ifndef FRN_SNOWBALL_VERSION
#define FRN_SNOWBALL_VERSION "libstemmer (version unknown)"
#endif

/*
 * Words up to CACHE_WORD bytes are cached (nearly all French words).  A slot
 * is one 64-byte cache line: the word zero-padded to 32 bytes and its length
 * (the key, compared as four 8-byte words and a byte, without a memcmp
 * call), then the stem.  A direct-mapped hot table (1 MB: 16K slots, which
 * hold about nine word tokens in ten of news text) sits in front of the
 * main table, whose slots go by pairs (2-way set associative, the most
 * recently used first; 64K slots = 4 MB).  The low hash bits index the hot
 * table, the next ones the main table.  Both are too big for the CPU's
 * L1/L2 caches, so frn_stem_tokens prefetches the slots of the next words.
 */
#define CACHE_WORD 32
#define CACHE_STEM 30
#define HOT_BITS 14
#define HOT_SLOTS (1 << HOT_BITS)
#define CACHE_SETS 32768
#define KEY_LOWERED 0x80		/* key flag: made by frn_stem_word */

typedef struct stem_key
{
	uint64_t	w[4];			/* the word, zero-padded (frn_load_upto8) */
	uint8_t		len;			/* word length | KEY_LOWERED; 0 = empty */
} stem_key;

typedef struct stem_slot
{
	uint64_t	w[4];			/* the key (stem_key) */
	uint8_t		key_len;
	uint8_t		stem_len;
	char		stem[CACHE_STEM];
} stem_slot;

_Static_assert(sizeof(stem_slot) == 64, "a cache slot is one cache line");

static struct sb_stemmer *stemmer;
static stem_slot *cache;		/* HOT_SLOTS, then CACHE_SETS pairs */
static int	cache_tried;

/*
 * The key of a word of at most CACHE_WORD bytes, loaded straight into
 * registers (no byte stores that the 8-byte reads would have to wait for).
 * readable >= len bytes may be read from word: with 8 of them, a short
 * word is one load and a mask, without the branches on its length.
 */
static inline void
make_key(stem_key *k, const char *word, size_t len, size_t readable, uint8_t key_len)
{
	const unsigned char *u = (const unsigned char *) word;
	size_t		i;

	k->w[1] = k->w[2] = k->w[3] = 0;
	if (len <= 8 && readable >= 8)
		k->w[0] = frn_le64(u) & (~UINT64_C(0) >> (64 - 8 * len));	/* 0 < len */
	else if (len <= 8)
		k->w[0] = frn_load_upto8(u, len);
	else
	{
		/* whole 8-byte words, then the 8 bytes ending the word shifted */
		for (i = 0; i + 8 <= len; i += 8)
			k->w[i / 8] = frn_le64(u + i);
		if (i < len)
			k->w[i / 8] = frn_le64(u + len - 8) >> (8 * (8 - (len - i)));
	}
	k->len = key_len;
}

/*
 * Hash of a key: each 8-byte word multiplied by its own odd constant, then
 * a final avalanche so that the low bits (hot table) and the middle bits
 * (main table) are both well mixed.
 */
static inline uint32_t
hash_key(const stem_key *k)
{
	uint64_t	h = ((k->w[0] ^ k->len) * 0xFF51AFD7ED558CCDull) ^
		(k->w[1] * 0x9E3779B97F4A7C15ull) ^
		(k->w[2] * 0xC2B2AE3D27D4EB4Full) ^
		(k->w[3] * 0x165667B19E3779F9ull);

	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 29;
	return (uint32_t) h;
}

static inline int
key_is(const stem_slot *slot, const stem_key *k)
{
	return ((slot->w[0] ^ k->w[0]) | (slot->w[1] ^ k->w[1]) |
			(slot->w[2] ^ k->w[2]) | (slot->w[3] ^ k->w[3]) |
			(uint64_t) (slot->key_len ^ k->len)) == 0;
}

/* Where a key lives: its slot in the hot table and its set in the main one. */
typedef struct cache_ref
{
	stem_slot  *hot;
	stem_slot  *set;
} cache_ref;

/* Locate the key; false when the cache could not be allocated. */
static inline int
cache_find(const stem_key *key, cache_ref *ref)
{
	uint32_t	h;

	if (cache == NULL)
	{
		if (cache_tried)
			return 0;
		cache_tried = 1;
		/* a set is then one 128-byte block, which CPUs fetch together */
		cache = frn_cache_alloc("frnews stem cache",
								(HOT_SLOTS + 2 * CACHE_SETS) * sizeof(stem_slot), 128);
		if (cache == NULL)
			return 0;
		memset(cache, 0, (HOT_SLOTS + 2 * CACHE_SETS) * sizeof(stem_slot));
	}
	h = hash_key(key);
	ref->hot = &cache[h & (HOT_SLOTS - 1)];
	ref->set = &cache[HOT_SLOTS + 2 * ((h >> HOT_BITS) & (CACHE_SETS - 1))];
	return 1;
}

/* Append the cached stem of the key to out; false if absent. */
static inline int
cache_get(const cache_ref *ref, const stem_key *key, frn_buf *out)
{
	const stem_slot *hit;

	if (key_is(ref->hot, key))
		hit = ref->hot;
	else if (key_is(&ref->set[0], key))
		hit = &ref->set[0];
	else if (key_is(&ref->set[1], key))
	{
		/* least recently used last: that is the one cache_put replaces */
		stem_slot	used = ref->set[1];

		ref->set[1] = ref->set[0];
		ref->set[0] = used;
		hit = &ref->set[0];
	}
	else
		return 0;
	/* copy the whole stem field (a constant size), then set the length */
	if (out->cap - out->len < CACHE_STEM + 1)
		frn_buf_reserve(out, CACHE_STEM);
	memcpy(out->data + out->len, hit->stem, CACHE_STEM);
	out->len += hit->stem_len;
	out->data[out->len] = '\0';
	if (hit != ref->hot)
		*ref->hot = *hit;
	return 1;
}

static void
cache_put(const cache_ref *ref, const stem_key *key, const char *stem, size_t stem_len)
{
	stem_slot  *set = ref->set;

	if (stem_len > CACHE_STEM)
		return;
	set[1] = set[0];
	memcpy(set[0].w, key->w, sizeof key->w);
	set[0].key_len = key->len;
	set[0].stem_len = (uint8_t) stem_len;
	memset(set[0].stem, 0, CACHE_STEM);
	memcpy(set[0].stem, stem, stem_len);
	*ref->hot = set[0];
}

/*
 * Append the Snowball stem of a lower-case word.  libstemmer fails only
 * when its malloc does: never answer the unstemmed word then, which would
 * change fr_stem() and the signatures behind an index's back.
 */
static void
run_stemmer(const char *word, size_t len, frn_buf *out)
{
	const sb_symbol *r;

	if (len == 0)
		return;
	if (stemmer == NULL)
		stemmer = sb_stemmer_new("french", "UTF_8");
	if (stemmer == NULL)
		frn_fail(FRN_FAIL_OUT_OF_MEMORY, "The Snowball stemmer could not be created.");
	r = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) len);
	if (r == NULL)
		frn_fail(FRN_FAIL_OUT_OF_MEMORY, "The Snowball stemmer could not allocate memory.");
	frn_buf_append(out, (const char *) r, (size_t) sb_stemmer_length(stemmer));
}

void
frn_stem(const char *word, size_t len, frn_buf *out)
{
	stem_key	key;
	cache_ref	ref;
	int			cached;
	size_t		before = out->len;

	frn_buf_reserve(out, len);
	out->data[out->len] = '\0';
	if (len == 0 || len > FRN_STEM_MAX_BYTES)
	{
		frn_buf_append(out, word, len);
		return;
	}
	cached = len <= CACHE_WORD;
	if (cached)
	{
		make_key(&key, word, len, len, (uint8_t) len);
		cached = cache_find(&key, &ref);
	}
	if (cached && cache_get(&ref, &key, out))
		return;
	run_stemmer(word, len, out);
	if (cached)
		cache_put(&ref, &key, out->data + before, out->len - before);
}

/*
 * A word to lower-case and stem (frn_stem_word), with its key and cache
 * slots located before the lookup, so that they can be prefetched.
 */
typedef struct stem_job
{
	const char *word;
	size_t		len;
	int			cached;			/* key and ref are set */
	stem_key	key;
	cache_ref	ref;
} stem_job;

static inline void
job_prepare(stem_job *j, const char *word, size_t len, size_t readable)
{
	j->word = word;
	j->len = len;
	j->cached = len > 0 && len <= CACHE_WORD;
	if (j->cached)
	{
		make_key(&j->key, word, len, readable, (uint8_t) (len | KEY_LOWERED));
		j->cached = cache_find(&j->key, &j->ref);
	}
}

/* Append the stem of the job's word to out. */
static inline void
job_run(const stem_job *j, frn_buf *out)
{
	size_t		before = out->len,
				n;

	if (out->cap - out->len < j->len + 1)
		frn_buf_reserve(out, j->len);
	out->data[out->len] = '\0';
	if (j->len == 0)
		return;
	if (j->cached && cache_get(&j->ref, &j->key, out))
		return;

	/* lower-case into out, then stem from a copy (out will be appended to) */
	n = frn_lower(j->word, j->len, out);
	if (n > FRN_STEM_MAX_BYTES)
		return;					/* too long to stem: the lower-cased word */
	{
		char		small[2 * CACHE_WORD];
		char	   *lower = n <= sizeof small ? small : frn_malloc(n);

		memcpy(lower, out->data + before, n);
		out->len = before;
		run_stemmer(lower, n, out);
		if (lower != small)
			frn_free(lower);
	}
	if (j->cached)
		cache_put(&j->ref, &j->key, out->data + before, out->len - before);
}

void
frn_stem_word(const char *word, size_t len, frn_buf *out)
{
	stem_job	j;

	job_prepare(&j, word, len, len);
	job_run(&j, out);
}

/*
 * The word to stem in the word token s[0..*len): an inverted pronoun loses
 * its hyphen and euphonic t, an abbreviation its final period.
 */
static inline const char *
token_word(const char *s, size_t *len)
{
	size_t		n = *len;

	if (n > 1 && s[0] == '-')
	{
		s++, n--;
		if (n > 2 && s[0] == 't' && s[1] == '-')
			s += 2, n -= 2;
	}
	if (n > 1 && s[n - 1] == '.')
		n--;
	*len = n;
	return s;
}

void
frn_stem_token(const char *s, size_t len, frn_buf *out)
{
	s = token_word(s, &len);
	frn_stem_word(s, len, out);
}

/*
 * Tokens go by batches: the cache slots of every word of a batch are
 * prefetched, then the words are stemmed, so that the lookups wait for
 * memory about once per batch instead of once per word (a slot is rarely
 * in the L1 or L2 cache: the hot table alone is 1 MB).
 */
#define BATCH 16

void
frn_stem_tokens(const char *s, const frn_token *toks, size_t n, frn_buf *out, size_t *ends)
{
	stem_job	jobs[BATCH];
	/* the text up to the end of the last token may be read */
	const char *text_end = n > 0 ? s + toks[n - 1].byte_start + toks[n - 1].byte_len : s;

	for (size_t b = 0; b < n; b += BATCH)
	{
		size_t		e = n - b < BATCH ? n : b + BATCH;

		if (b % 4096 == 0)
			frn_check_interrupts();
		for (size_t i = b; i < e; i++)
		{
			stem_job   *j = &jobs[i - b];
			size_t		len = toks[i].byte_len;
			const char *w;

			if (toks[i].kind != FRN_TOK_WORD)
				continue;
			w = token_word(s + toks[i].byte_start, &len);
			job_prepare(j, w, len, (size_t) (text_end - w));
			if (j->cached)
			{
				__builtin_prefetch(j->ref.hot);
				__builtin_prefetch(&j->ref.set[0]);
				__builtin_prefetch(&j->ref.set[1]);
			}
		}
		for (size_t i = b; i < e; i++)
		{
			if (toks[i].kind == FRN_TOK_WORD)
				job_run(&jobs[i - b], out);
			ends[i] = out->len;
		}
	}
}

const char *
frn_snowball_version(void)
{
	return FRN_SNOWBALL_VERSION;
}
