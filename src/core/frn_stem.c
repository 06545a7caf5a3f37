/*
 * frn_stem.c — Snowball French stemming (libstemmer) behind a cache.
 *
 * News text repeats its vocabulary, so a cache in front of the stemmer
 * removes most stemming work.  It is process-wide, fixed-size and allocated
 * once with plain malloc (it must outlive any PostgreSQL memory context); if
 * that malloc fails the stemmer runs uncached.  Entries are keyed by the
 * word as given: frn_stem_word("Économiques") hits without lower-casing
 * again.  A key remembers which entry point made it (frn_stem expects
 * lower-case input, frn_stem_word lower-cases first) so the two never mix.
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

#include "frn_normalize.h"

#ifndef FRN_SNOWBALL_VERSION
#define FRN_SNOWBALL_VERSION "libstemmer (version unknown)"
#endif

/*
 * Words up to CACHE_WORD bytes are cached (nearly all French words).  A slot
 * is one 64-byte cache line.  A small direct-mapped hot table (256 kB: stays
 * in the CPU cache and holds the frequent words) sits in front of the main
 * table, whose slots go by pairs (2-way set associative, the most recently
 * filled first; 64K slots = 4 MB, enough for a corpus' vocabulary).
 */
#define CACHE_WORD 31
#define HOT_SLOTS 4096
#define CACHE_SETS 32768
#define KEY_LOWERED 0x80		/* key flag: made by frn_stem_word */

typedef struct stem_slot
{
	uint8_t		key_len;		/* word length | KEY_LOWERED; 0 = empty */
	uint8_t		stem_len;
	char		word[CACHE_WORD];
	char		stem[CACHE_WORD];
} stem_slot;

_Static_assert(sizeof(stem_slot) == 64, "a cache slot is one cache line");

static struct sb_stemmer *stemmer;
static stem_slot *cache;		/* CACHE_SETS pairs */
static int	cache_tried;

/*
 * Hash of a short key, 8 bytes at a time (a word is mostly one or two
 * steps), then a final avalanche so that the low bits (hot table) and the
 * middle bits (main table) are both well mixed.
 */
static inline uint32_t
hash_word(const char *w, size_t n)
{
	uint64_t	h = 0x9E3779B97F4A7C15ull ^ n;

	while (n >= 8)
	{
		uint64_t	v;

		memcpy(&v, w, 8);
		h = (h ^ v) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 32;
		w += 8;
		n -= 8;
	}
	if (n > 0)
	{
		uint64_t	v = 0;

		for (size_t i = 0; i < n; i++)
			v |= (uint64_t) (unsigned char) w[i] << (8 * i);
		h = (h ^ v) * 0xFF51AFD7ED558CCDull;
	}
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 29;
	return (uint32_t) h;
}

/* Where a key lives: its slot in the hot table and its set in the main one. */
typedef struct cache_ref
{
	stem_slot  *hot;
	stem_slot  *set;
} cache_ref;

/* Locate the key; false when the word is not cacheable. */
static int
cache_find(const char *word, size_t len, cache_ref *ref)
{
	uint32_t	h;

	if (len > CACHE_WORD)
		return 0;
	if (cache == NULL && !cache_tried)
	{
		cache_tried = 1;
		cache = aligned_alloc(64, (HOT_SLOTS + 2 * CACHE_SETS) * sizeof(stem_slot));
		if (cache != NULL)
			memset(cache, 0, (HOT_SLOTS + 2 * CACHE_SETS) * sizeof(stem_slot));
	}
	if (cache == NULL)
		return 0;
	h = hash_word(word, len);
	ref->hot = &cache[h & (HOT_SLOTS - 1)];
	ref->set = &cache[HOT_SLOTS + 2 * ((h >> 12) & (CACHE_SETS - 1))];
	/* start loading the main set while the hot slot is compared */
	__builtin_prefetch(ref->set);
	__builtin_prefetch(ref->set + 1);
	return 1;
}

static inline int
slot_is(const stem_slot *slot, const char *word, uint8_t key_len)
{
	return slot->key_len == key_len && memcmp(slot->word, word, key_len & ~KEY_LOWERED) == 0;
}

/* Append the cached stem of the key to out; false if absent. */
static int
cache_get(const cache_ref *ref, const char *word, uint8_t key_len, frn_buf *out)
{
	const stem_slot *hit = NULL;

	if (slot_is(ref->hot, word, key_len))
		hit = ref->hot;
	else if (slot_is(&ref->set[0], word, key_len))
		hit = &ref->set[0];
	else if (slot_is(&ref->set[1], word, key_len))
		hit = &ref->set[1];
	if (hit == NULL)
		return 0;
	frn_buf_append(out, hit->stem, hit->stem_len);
	if (hit != ref->hot)
		*ref->hot = *hit;
	return 1;
}

static void
cache_put(const cache_ref *ref, const char *word, uint8_t key_len, const char *stem, size_t stem_len)
{
	stem_slot  *set = ref->set;

	if (stem_len > CACHE_WORD)
		return;
	set[1] = set[0];
	set[0].key_len = key_len;
	memcpy(set[0].word, word, key_len & ~KEY_LOWERED);
	set[0].stem_len = (uint8_t) stem_len;
	memcpy(set[0].stem, stem, stem_len);
	*ref->hot = set[0];
}

/* Append the Snowball stem of a lower-case word (the word if unavailable). */
static void
run_stemmer(const char *word, size_t len, frn_buf *out)
{
	const sb_symbol *r = NULL;

	if (stemmer == NULL)
		stemmer = sb_stemmer_new("french", "UTF_8");
	if (stemmer != NULL && len > 0)
		r = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) len);
	if (r != NULL)
		frn_buf_append(out, (const char *) r, (size_t) sb_stemmer_length(stemmer));
	else
		frn_buf_append(out, word, len);	/* out of memory in libstemmer */
}

void
frn_stem(const char *word, size_t len, frn_buf *out)
{
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
	cached = cache_find(word, len, &ref);
	if (cached && cache_get(&ref, word, (uint8_t) len, out))
		return;
	run_stemmer(word, len, out);
	if (cached)
		cache_put(&ref, word, (uint8_t) len, out->data + before, out->len - before);
}

void
frn_stem_word(const char *word, size_t len, frn_buf *out)
{
	cache_ref	ref;
	int			cached;
	size_t		before = out->len,
				n;
	uint8_t		key = (uint8_t) (len | KEY_LOWERED);

	frn_buf_reserve(out, len);
	out->data[out->len] = '\0';
	if (len == 0)
		return;
	cached = cache_find(word, len, &ref);
	if (cached && cache_get(&ref, word, key, out))
		return;

	/* lower-case into out, then stem from a copy (out will be appended to) */
	n = frn_lower(word, len, out);
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
	if (cached)
		cache_put(&ref, word, key, out->data + before, out->len - before);
}

void
frn_stem_token(const char *s, size_t len, frn_buf *out)
{
	if (len > 1 && s[0] == '-')
	{
		s++, len--;
		if (len > 2 && s[0] == 't' && s[1] == '-')
			s += 2, len -= 2;
	}
	if (len > 1 && s[len - 1] == '.')
		len--;
	frn_stem_word(s, len, out);
}

const char *
frn_snowball_version(void)
{
	return FRN_SNOWBALL_VERSION;
}
