/*
 * frn_stem.c — Snowball French stemming (libstemmer) behind a cache.
 *
 * News text repeats its vocabulary, so a small direct-mapped cache in front
 * of the stemmer removes most stemming work.  The cache is process-wide,
 * fixed-size and allocated once with plain malloc (it must outlive any
 * PostgreSQL memory context); a collision simply overwrites the slot.  If
 * that malloc fails the stemmer runs uncached.
 *
 * Snowball is run on lower-cased NFC words (frn_lower); libstemmer returns a
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

/* Words up to CACHE_WORD bytes are cached; 16K slots ≈ 1.4 MB. */
#define CACHE_WORD 40
#define CACHE_SLOTS 16384

typedef struct stem_slot
{
	uint8_t		word_len;		/* 0 = empty slot */
	uint8_t		stem_len;
	char		word[CACHE_WORD];
	char		stem[CACHE_WORD];
} stem_slot;

static struct sb_stemmer *stemmer;
static stem_slot *cache;
static int	cache_tried;

/* FNV-1a: fast on short keys and good enough for a direct-mapped table. */
static inline uint32_t
hash_word(const char *w, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char) w[i]) * 16777619u;
	return h;
}

/* Stem without the cache; false if the stemmer is unavailable. */
static int
run_stemmer(const char *word, size_t len, frn_buf *out)
{
	const sb_symbol *r;

	if (stemmer == NULL)
	{
		stemmer = sb_stemmer_new("french", "UTF_8");
		if (stemmer == NULL)
			return 0;
	}
	r = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) len);
	if (r == NULL)
		return 0;
	frn_buf_append(out, (const char *) r, (size_t) sb_stemmer_length(stemmer));
	return 1;
}

void
frn_stem(const char *word, size_t len, frn_buf *out)
{
	stem_slot  *slot = NULL;
	size_t		before = out->len;

	if (len == 0)
	{
		frn_buf_reserve(out, 0);
		out->data[out->len] = '\0';
		return;
	}
	if (len > FRN_STEM_MAX_BYTES)
	{
		frn_buf_append(out, word, len);
		return;
	}
	if (len <= CACHE_WORD)
	{
		if (cache == NULL && !cache_tried)
		{
			cache_tried = 1;
			cache = calloc(CACHE_SLOTS, sizeof(stem_slot));
		}
		if (cache != NULL)
		{
			slot = &cache[hash_word(word, len) & (CACHE_SLOTS - 1)];
			if (slot->word_len == len && memcmp(slot->word, word, len) == 0)
			{
				frn_buf_append(out, slot->stem, slot->stem_len);
				return;
			}
		}
	}
	if (!run_stemmer(word, len, out))
	{
		/* out of memory inside libstemmer: the word is its own stem */
		out->len = before;
		frn_buf_append(out, word, len);
		return;
	}
	if (slot != NULL && out->len - before <= CACHE_WORD)
	{
		slot->word_len = (uint8_t) len;
		memcpy(slot->word, word, len);
		slot->stem_len = (uint8_t) (out->len - before);
		memcpy(slot->stem, out->data + before, slot->stem_len);
	}
}

void
frn_stem_word(const char *word, size_t len, frn_buf *out)
{
	frn_buf		lower;

	frn_buf_init(&lower);
	frn_lower(word, len, &lower);
	frn_stem(lower.data, lower.len, out);
	frn_buf_free(&lower);
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
