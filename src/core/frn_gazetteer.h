/*
 * frn_gazetteer.h — built-in name lists and cue words of the entity tagger.
 *
 * Keys are token sequences as the tokenizer splits them, each token folded
 * (frn_fold) and the tokens joined by one space: "cote d'ivoire" is the key
 * of "Côte d’Ivoire" (tokens Côte, d’, Ivoire).  Each key carries a set of
 * FRN_GAZ_* bits.  Every proper prefix of a multi-token key is present with
 * FRN_GAZ_PREFIX, so that a longest-match scan can stop early.
 *
 * The table is generated at build time by src/gen/gen_gazetteer.c from the
 * lists in data/gazetteer/ (sources and licences in data/gazetteer/NOTICE.md)
 * and compiled into the module: read-only, shared between backends.  It is
 * an open-addressing table of 64-bit slots holding a 48-bit fingerprint of
 * the key and its bits, not the key itself: one memory access per probe,
 * and a false hit has a probability of about 2^-48 per lookup.
 */
#ifndef FRN_GAZETTEER_H
#define FRN_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frn_bits.h"

/* name lists (data/gazetteer/NAME.txt) */
#define FRN_GAZ_FIRSTNAME	0x0001
#define FRN_GAZ_COUNTRY		0x0002
#define FRN_GAZ_REGION		0x0004	/* regions, départements, ISO 3166-2 subdivisions */
#define FRN_GAZ_COMMUNE		0x0008	/* French communes */
#define FRN_GAZ_CITY		0x0010	/* world cities */
#define FRN_GAZ_WORD		0x0020	/* an ordinary French word (lexicon, lower case) */
/* cue words (data/gazetteer/cues.tsv, written for frnews) */
#define FRN_GAZ_TITLE		0x0040	/* M., Mme, président, PDG: announce a person */
#define FRN_GAZ_ORGWORD		0x0080	/* Banque, Ministère, Université: head of an organisation name */
#define FRN_GAZ_ORGSUFFIX	0x0100	/* SA, SAS, Inc., Group: ends a company name */
#define FRN_GAZ_LOCWORD		0x0200	/* rue, avenue, lac, mont: head of a place name */
#define FRN_GAZ_DEMONYM		0x0400	/* Français, Allemande: people of a place, not a place */
#define FRN_GAZ_PARTICLE	0x0800	/* de, du, von, van, ben, al: inside person names */
/* names known to be organisations, brands, products (features, not answers) */
#define FRN_GAZ_ORGNAME		0x1000	/* organisations.txt, companies.txt */
#define FRN_GAZ_BRAND		0x2000	/* brands.txt: brands, companies or products */
#define FRN_GAZ_PRODUCT		0x4000	/* products.txt: products, events, works, laws */
#define FRN_GAZ_PREFIX		0x8000	/* proper prefix of a longer key */

/*
 * Bits of the words that may head a name in lower case ("ministère", "rue",
 * "loi", "franceinfo").  Every lower-case word of a text is asked whether it
 * is one: a small bit filter (32 kB, frn_gaz_may_head_word), keyed by the
 * length and the first and last 8 bytes of the folded word (no hash of the
 * whole word), answers most of them without touching the large table.
 * A second filter of the same keys (8 kB), keyed by their frn_gaz_hash
 * (frn_gaz_may_head), serves the function-word rule of frn_ner.c, which
 * reads its answers, false ones included, as the model was trained.
 */
#define FRN_GAZ_HEAD_BITS	(FRN_GAZ_ORGWORD | FRN_GAZ_LOCWORD | FRN_GAZ_ORGNAME | FRN_GAZ_PRODUCT)
#define FRN_GAZ_FILTER_LOG2	16		/* bits in the filter of frn_gaz_may_head */
#define FRN_GAZ_WORD_FILTER_LOG2 18	/* bits in the filter of frn_gaz_may_head_word */
#define FRN_GAZ_PAIR_FILTER_LOG2 17	/* bits in the filter of frn_gaz_may_pair */
#define FRN_GAZ_PARTICLE_FILTER_LOG2 12	/* bits in the filter of frn_gaz_may_particle */

/* Bit of a key's hash h in a filter of 2^log2 bits keyed by the hash
 * (frn_gaz_may_head, frn_gaz_may_pair, frn_gaz_may_particle): bits 40 and
 * up, which the slot index does not use. */
static inline uint32_t
frn_gaz_filter_bit(uint64_t h, unsigned log2)
{
	return (uint32_t) (h >> 40) & ((1u << log2) - 1);
}

/* Bit of the folded key f[0..n) in the filter of frn_gaz_may_head_word. */
static inline uint32_t
frn_gaz_word_filter_bit(const char *f, size_t n)
{
	const unsigned char *u = (const unsigned char *) f;
	uint64_t	v = frn_load_upto8(u, n);

	if (n > 8)
		v ^= frn_le64(u + n - 8) * 0x9E3779B97F4A7C15ull;
	v = (v + n) * 0xFF51AFD7ED558CCDull;
	return (uint32_t) (v >> (64 - FRN_GAZ_WORD_FILTER_LOG2));
}

/*
 * The same bit for a key followed by at least 8 readable bytes (f[0..n + 8)
 * may be read), without a branch on n: the lengths of words cannot be
 * predicted, and the tagger asks for the bit of every lower-case word.
 */
static inline uint32_t
frn_gaz_word_filter_bit_padded(const char *f, size_t n)
{
	const unsigned char *u = (const unsigned char *) f;
	uint64_t	over8 = -(uint64_t) (n > 8),
				v = frn_le64(u) & frn_low_bytes_mask(n);

	v ^= frn_le64(u + ((n - 8) & over8)) * (0x9E3779B97F4A7C15ull & over8);
	v = (v + n) * 0xFF51AFD7ED558CCDull;
	return (uint32_t) (v >> (64 - FRN_GAZ_WORD_FILTER_LOG2));
}

#define FRN_GAZ_MAX_TOKENS	8		/* longest key, in tokens */

/*
 * 32-bit hash of a byte string (FNV-1a with a final avalanche), also built
 * a byte at a time: h = frn_hash_start(seed), h = frn_hash_step(h, byte)...,
 * then frn_hash_end(h).
 */
static inline uint32_t
frn_hash_start(uint32_t seed)
{
	return 2166136261u ^ seed;
}

static inline uint32_t
frn_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static inline uint32_t
frn_hash_end(uint32_t h)
{
	h ^= h >> 15;
	h *= 0x2c1b3c6du;
	h ^= h >> 12;
	return h;
}

static inline uint32_t
frn_hash_bytes(const char *s, size_t n, uint32_t seed)
{
	uint32_t	h = frn_hash_start(seed);

	for (size_t i = 0; i < n; i++)
		h = frn_hash_step(h, (unsigned char) s[i]);
	return frn_hash_end(h);
}

/*
 * frn_hash_bytes(s, n, seed) for s followed by at least 8 readable bytes
 * (the tagger's fold buffer is padded).  Its first 8 bytes are one load and
 * 8 steps that do not branch on n: a step past the end xors 0 and multiplies
 * by 1, which leaves h as it is; so the loop runs only past 8 bytes, and
 * the exit on the word's length, which a processor mispredicts about once a
 * word, is mostly gone.  The hash values are the same.
 */
static inline uint32_t
frn_hash_bytes_padded(const char *s, size_t n, uint32_t seed)
{
	uint32_t	h = frn_hash_start(seed);
	uint64_t	w = frn_le64((const unsigned char *) s);

	uint32_t	after[9];		/* h after k bytes */

	after[0] = h;
#pragma GCC unroll 8
	for (unsigned k = 0; k < 8; k++)
		after[k + 1] = frn_hash_step(after[k], (unsigned char) (w >> (8 * k)));
	h = after[n < 8 ? n : 8];
	for (size_t i = 8; i < n; i++)
		h = frn_hash_step(h, (unsigned char) s[i]);
	return frn_hash_end(h);
}

/*
 * 64-bit hash of a gazetteer key (FNV-1a 64 with a final avalanche), also
 * built a piece at a time, so that a key of several tokens need not be
 * copied: h = FRN_GAZ_HASH_START, h = frn_gaz_hash_add(h, piece)..., then
 * frn_gaz_hash_end(h).
 */
#define FRN_GAZ_HASH_START 14695981039346656037ull

static inline uint64_t
frn_gaz_hash_add(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* frn_gaz_hash_add(h, s, n) for s followed by at least 8 readable bytes:
 * the same values, without a branch on n up to 8 bytes (as
 * frn_hash_bytes_padded). */
static inline uint64_t
frn_gaz_hash_add_padded(uint64_t h, const char *s, size_t n)
{
	uint64_t	w = frn_le64((const unsigned char *) s);

	uint64_t	after[9];		/* h after k bytes */

	after[0] = h;
#pragma GCC unroll 8
	for (unsigned k = 0; k < 8; k++)
		after[k + 1] = (after[k] ^ (unsigned char) (w >> (8 * k))) * 1099511628211ull;
	h = after[n < 8 ? n : 8];
	for (size_t i = 8; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static inline uint64_t
frn_gaz_hash_end(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

static inline uint64_t
frn_gaz_hash(const char *s, size_t n)
{
	return frn_gaz_hash_end(frn_gaz_hash_add(FRN_GAZ_HASH_START, s, n));
}

/*
 * Slot of a key of hash h: the 48 high bits of h as fingerprint, then the
 * 16 bits of the key (0 = empty slot; a key always has a bit).  The slot
 * index comes from the low bits of h.
 */
static inline uint64_t
frn_gaz_slot(uint64_t h, uint16_t bits)
{
	return (h & ~(uint64_t) 0xFFFF) | bits;
}

/* The table: FRN_GAZ_NSLOTS slots, at most 70 % of them used (generated). */
#define FRN_GAZ_NSLOTS		(1u << 20)
extern const uint64_t frn_gaz_slots[FRN_GAZ_NSLOTS];

/* Bits of a folded key (0 when absent). */
uint16_t	frn_gaz_lookup(const char *key, size_t len);

/* The same by the key's frn_gaz_hash (linear probing from the low bits). */
static inline uint16_t
frn_gaz_lookup_hash(uint64_t h)
{
	const uint32_t mask = FRN_GAZ_NSLOTS - 1;
	uint64_t	want = frn_gaz_slot(h, 0);

	for (uint32_t i = (uint32_t) h & mask;; i = (i + 1) & mask)
	{
		uint64_t	slot = frn_gaz_slots[i];

		if (slot == 0)
			return 0;
		if ((slot & ~(uint64_t) 0xFFFF) == want)
			return (uint16_t) (slot & 0xFFFF);
	}
}

/* Ask the memory for the slot of a key's hash ahead of frn_gaz_lookup_hash
 * (the table is megabytes: a lookup is a cache miss). */
static inline void
frn_gaz_prefetch(uint64_t h)
{
	__builtin_prefetch(&frn_gaz_slots[(uint32_t) h & (FRN_GAZ_NSLOTS - 1)]);
}

/* False when the folded key of frn_gaz_hash h has none of FRN_GAZ_HEAD_BITS
 * (true may be wrong). */
bool		frn_gaz_may_head(uint64_t h);

/*
 * Presence filters of two small sets of keys, read where most lookups would
 * find nothing of the set: the table's 8 MB are far larger than the caches,
 * and there a slot is a miss to memory, asked for or not (a prefetch waits
 * as long).  False when the key of frn_gaz_hash h is not in the set (true
 * may be wrong: then the table answers).
 *
 * frn_gaz_may_pair: the keys of two tokens (about 15,000, 16 kB of bits,
 * about 11 % of them set), the first key of every multi-token name scan,
 * most of which find nothing.  frn_gaz_may_particle: the keys with
 * FRN_GAZ_PARTICLE (30, 512 bytes), asked of the lower-case words before
 * the ends of names.
 */
extern const uint64_t frn_gaz_pairs[(1u << FRN_GAZ_PAIR_FILTER_LOG2) / 64],
			frn_gaz_particles[(1u << FRN_GAZ_PARTICLE_FILTER_LOG2) / 64];

static inline bool
frn_gaz_may_pair(uint64_t h)
{
	uint32_t	b = frn_gaz_filter_bit(h, FRN_GAZ_PAIR_FILTER_LOG2);

	return (frn_gaz_pairs[b / 64] >> (b % 64)) & 1;
}

static inline bool
frn_gaz_may_particle(uint64_t h)
{
	uint32_t	b = frn_gaz_filter_bit(h, FRN_GAZ_PARTICLE_FILTER_LOG2);

	return (frn_gaz_particles[b / 64] >> (b % 64)) & 1;
}

/* The same for the folded key f[0..n), in a filter of its own. */
extern const uint64_t frn_gaz_head_words[(1u << FRN_GAZ_WORD_FILTER_LOG2) / 64];

static inline bool
frn_gaz_head_word_bit(uint32_t b)
{
	return (frn_gaz_head_words[b / 64] >> (b % 64)) & 1;
}

static inline bool
frn_gaz_may_head_word(const char *f, size_t n)
{
	return frn_gaz_head_word_bit(frn_gaz_word_filter_bit(f, n));
}

/* Number of keys, for fr_version()-style reporting and tests. */
size_t		frn_gaz_size(void);

#endif
