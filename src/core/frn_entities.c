/*
 * frn_entities.c — entity spans from the tagger, the user dictionary and
 * document-level evidence.
 *
 * Steps for one text:
 *   1. frn_ner_analyze + frn_ner_tag: a BIO class per token (frn_ner.c);
 *   2. user dictionary: its longest matches replace what they overlap, and
 *      NONE entries erase it;
 *   3. span cleanup: leading titles and trailing particles are not part of
 *      a name;
 *   4. document evidence: a name tagged once is tagged again where the
 *      tagger missed it (sentence starts, after «), and so is the last part
 *      of a person's full name ("Macron" after "Emmanuel Macron");
 *   5. spans with their norm (folded name, or the full name of the person).
 */
#include <string.h>
#include <strings.h>

#include "frn_entities.h"
#include "frn_gazetteer.h"
#include "frn_iso4217.h"
#include "frn_ner.h"
#include "frn_normalize.h"
#include "frn_tokenize.h"
#include "frn_utf8.h"

/* ------------------------------------------------------------------------
 * keymap: folded token sequences ("cote d' ivoire") -> kind, with every
 * proper prefix marked so that a longest-match scan can stop early.
 */
#define KM_ENTRY		0x01
#define KM_PREFIX		0x02
#define KM_NEEDS_UPPER	0x04	/* the entry was written with a capital: match capitalised text only */

/*
 * The longest key, in tokens, that a scan (km_longest) tries.  Longer keys
 * could never match, so they are not stored: a name of L tokens costs at
 * most KM_MAX_TOKENS keys, which keeps the maps linear in the text however
 * long the names the tagger finds ("Jean Jean Jean ...").
 */
#define KM_MAX_TOKENS	(FRN_GAZ_MAX_TOKENS * 2)
_Static_assert(KM_MAX_TOKENS == FRN_DICT_MAX_TOKENS, "a dictionary entry is one key of a keymap");

/*
 * A slot keeps its key's hash (its low half: the slot index is taken from
 * it), compared before the bytes, and the bytes
 * (keys[off, off + len)), compared on a hash match only: a key matches
 * exactly its own bytes, whatever the hashes do.
 */
typedef struct kslot
{
	uint32_t	hash;			/* the low half of the key's hash */
	uint32_t	off;
	uint32_t	len;
	uint32_t	val;			/* free for the user of the map */
	uint8_t		flags;
	uint8_t		kind;
} kslot;

typedef struct keymap
{
	frn_buf		keys;
	kslot	   *slot;
	size_t		nslots;
	size_t		n;
	uint64_t	seed;			/* frn_ner_hash_seed */
} keymap;

struct frn_dict
{
	keymap		km;
	size_t		entries;
	bool		any_lower;		/* an entry starts without a capital: try every token */
};

/* An empty map with room for about `keys` keys of tokens without growing. */
static void
km_init(keymap *km, size_t keys)
{
	frn_buf_init(&km->keys);
	frn_buf_reserve(&km->keys, keys * 8);
	km->nslots = 64;
	while (km->nslots < keys * 2)
		km->nslots *= 2;
	km->slot = frn_malloc(km->nslots * sizeof(kslot));
	memset(km->slot, 0, km->nslots * sizeof(kslot));
	km->n = 0;
	km->seed = frn_ner_hash_seed();
}

static void
km_free(keymap *km)
{
	frn_buf_free(&km->keys);
	frn_free(km->slot);
	km->slot = NULL;
}

/*
 * Hash of a key given as bytes, 8 bytes at a time (a key is a few folded
 * words, 14 bytes on average): a multiplication per 8 bytes instead of one
 * per byte, and no branch per byte.  The map is never walked in slot order
 * but to grow it, so the hash changes no answer.
 */
static inline uint64_t
km_hash(const char *key, size_t len)
{
	const unsigned char *u = (const unsigned char *) key;
	uint64_t	h = UINT64_C(0x9E3779B97F4A7C15) ^ len;
	size_t		i = 0;

	for (; len - i > 8; i += 8)
	{
		h = (h ^ frn_le64(u + i)) * UINT64_C(0xFF51AFD7ED558CCD);
		h ^= h >> 29;
	}
	h = (h ^ frn_load_upto8(u + i, len - i)) * UINT64_C(0xFF51AFD7ED558CCD);
	h ^= h >> 32;
	h *= UINT64_C(0xC4CEB9FE1A85EC53);
	return h ^ (h >> 29);
}

/*
 * Keys of tokens are hashed as they grow, a word at a time, from the hashes
 * of the folded words that the tagger keeps (frn_ner_word): no key string is
 * built and no prefix hashed again.  The hash is that of the key's bytes
 * split at their spaces, so a fold with a space ("3 000", a number) is mixed
 * in by its parts: the same bytes always have the same hash, however the
 * tokens cut them.  A map's keys are hashed one way only: those of tokens
 * here (the dictionary, the evidence), those of bytes by km_hash.
 */
#define KM_TOKENS_START	UINT64_C(0x9E3779B97F4A7C15)

static inline uint64_t
km_mix(uint64_t h, uint32_t word)
{
	h = (h ^ word) * UINT64_C(0xFF51AFD7ED558CCD);
	return h ^ (h >> 32);
}

/* km_hash_add of a number, whose fold may hold spaces ("3 000"). */
static uint64_t
km_hash_add_number(frn_ner_doc *d, uint64_t h, size_t j)
{
	size_t		len;
	const char *f = frn_ner_fold(d, j, &len);
	const char *space;

	if (!(space = memchr(f, ' ', len)))
		return km_mix(h, frn_ner_word(d, j));
	/* the parts of the fold lie in the fold buffer: padded reads are safe */
	do
	{
		h = km_mix(h, frn_hash_bytes_padded(f, (size_t) (space - f), 3));
		len -= (size_t) (space - f) + 1;
		f = space + 1;
	} while ((space = memchr(f, ' ', len)) != NULL);
	return km_mix(h, frn_hash_bytes_padded(f, len, 3));
}

/* The hash h of a key of tokens, extended by token j (only a number's fold,
 * of all the tokens, may hold a space). */
static inline uint64_t
km_hash_add(frn_ner_doc *d, uint64_t h, size_t j)
{
	if (d->toks.tok[j].kind == FRN_TOK_NUMBER)
		return km_hash_add_number(d, h, j);
	return km_mix(h, frn_ner_word(d, j));
}

/* Are the bytes of slot s the key of tokens [a, b] of d? */
static bool
km_same_tokens(const keymap *km, const kslot *s, frn_ner_doc *d, size_t a, size_t b)
{
	const char *k = km->keys.data + s->off;

	for (size_t j = a; j <= b; j++)
	{
		size_t		len;
		const char *f = frn_ner_fold(d, j, &len);

		if (j > a && *k++ != ' ')
			return false;
		if (memcmp(k, f, len) != 0)
			return false;
		k += len;
	}
	return true;
}

/* The slot of hash h where a probe starts: from the low half that the slot
 * keeps, mixed with the seed (texts made to collide, frn_ner_hash_seed:
 * 100,000 names like "Frxkwz, " took the CLI 1.19 s against 0.16 s). */
static inline size_t
km_first(const keymap *km, uint64_t h)
{
	return (size_t) frn_gaz_hash_end((uint32_t) h ^ km->seed) & (km->nslots - 1);
}

/* The slot of the key of bytes key[0, len) of hash h, or the empty slot for it. */
static kslot *
km_find(const keymap *km, uint64_t h, const char *key, size_t len)
{
	for (size_t i = km_first(km, h);; i = (i + 1) & (km->nslots - 1))
	{
		kslot	   *s = &km->slot[i];

		if (s->flags == 0 ||
			(s->hash == (uint32_t) h && s->len == len && memcmp(km->keys.data + s->off, key, len) == 0))
			return s;
	}
}

/*
 * The slot of the key of tokens [a, b] of d, of hash h and len bytes, or
 * the empty slot for it.
 */
static inline kslot *
km_find_tokens(const keymap *km, uint64_t h, frn_ner_doc *d, size_t a, size_t b, size_t len)
{
	for (size_t i = km_first(km, h);; i = (i + 1) & (km->nslots - 1))
	{
		kslot	   *s = &km->slot[i];

		if (s->flags == 0 ||
			(s->hash == (uint32_t) h && s->len == len && km_same_tokens(km, s, d, a, b)))
			return s;
	}
}

/* Double the slots. */
static void
km_grow(keymap *km)
{
	kslot	   *old = km->slot;
	size_t		oldn = km->nslots;

	km->nslots *= 2;
	km->slot = frn_malloc(km->nslots * sizeof(kslot));
	memset(km->slot, 0, km->nslots * sizeof(kslot));
	for (size_t i = 0; i < oldn; i++)
		if (old[i].flags)
		{
			size_t		j = km_first(km, old[i].hash);

			while (km->slot[j].flags)
				j = (j + 1) & (km->nslots - 1);
			km->slot[j] = old[i];
		}
	frn_free(old);
}

/* Make room for one more key (at most half of the slots are used). */
static inline void
km_reserve(keymap *km)
{
	if ((km->n + 1) * 2 > km->nslots)
		km_grow(km);
}

/* Append n bytes to the keys. */
static inline void
km_append(keymap *km, const char *s, size_t n)
{
	if (km->keys.len + n + 1 > km->keys.cap)
		frn_buf_reserve(&km->keys, n);
	memcpy(km->keys.data + km->keys.len, s, n);
	km->keys.len += n;
}

/* Add flags (and, for an entry, its kind: the last one given wins) to slot s. */
static void
km_mark(kslot *s, uint8_t flags, uint8_t kind)
{
	if (flags & KM_ENTRY)
	{
		s->flags &= ~KM_NEEDS_UPPER;
		s->kind = kind;
	}
	s->flags |= flags;
}

/* Add the key of bytes key[0, len) with flags; returns its slot. */
static kslot *
km_put(keymap *km, const char *key, size_t len, uint8_t flags, uint8_t kind)
{
	uint64_t	h = km_hash(key, len);
	kslot	   *s;

	km_reserve(km);
	s = km_find(km, h, key, len);
	if (s->flags == 0)
	{
		s->hash = (uint32_t) h;
		s->off = (uint32_t) km->keys.len;
		s->len = (uint32_t) len;
		km_append(km, key, len);
		km->n++;
	}
	km_mark(s, flags, kind);
	return s;
}

/*
 * Add the key of tokens [a, b] of a document and its prefixes; nothing when
 * it is longer than KM_MAX_TOKENS (no scan could match it).  The prefixes
 * share their bytes: a new key whose shorter prefix ends the stored bytes
 * only appends its last word.
 */
static bool
km_put_tokens(keymap *km, frn_ner_doc *d, size_t a, size_t b, uint8_t flags, uint8_t kind)
{
	uint64_t	h = KM_TOKENS_START;
	size_t		len = 0;
	size_t		prev_off = 0,	/* the bytes of the key [a, j - 1] */
				prev_end = 0;

	if (b - a >= KM_MAX_TOKENS)
		return false;
	for (size_t j = a; j <= b; j++)
	{
		size_t		flen;
		const char *f = frn_ner_fold(d, j, &flen);
		kslot	   *s;

		h = km_hash_add(d, h, j);
		len += (j > a) + flen;
		km_reserve(km);
		s = km_find_tokens(km, h, d, a, j, len);
		if (s->flags == 0)
		{
			s->hash = (uint32_t) h;
			s->len = (uint32_t) len;
			if (j > a && prev_end == km->keys.len)
			{
				s->off = (uint32_t) prev_off;
				km_append(km, " ", 1);
			}
			else
			{
				s->off = (uint32_t) km->keys.len;
				for (size_t k = a; k < j; k++)
				{
					size_t		klen;
					const char *kf = frn_ner_fold(d, k, &klen);

					km_append(km, kf, klen);
					km_append(km, " ", 1);
				}
			}
			km_append(km, f, flen);
			km->n++;
		}
		km_mark(s, j < b ? KM_PREFIX : flags, kind);
		prev_off = s->off;
		prev_end = prev_off + len;
	}
	return true;
}

/*
 * Longest entry matching the tokens from i on; returns its last token + 1
 * (i when none) and its kind.
 */
static size_t
km_longest(const keymap *km, frn_ner_doc *d, size_t i, uint8_t *kind)
{
	size_t		end = i,
				len = 0;
	uint64_t	h = KM_TOKENS_START;

	for (size_t j = i; j < d->toks.n && j - i < KM_MAX_TOKENS; j++)
	{
		const kslot *s;

		h = km_hash_add(d, h, j);
		len += (j > i) + d->fold_len[j];
		s = km_find_tokens(km, h, d, i, j, len);
		if (s->flags == 0)
			break;
		if ((s->flags & KM_ENTRY) &&
			(!(s->flags & KM_NEEDS_UPPER) || (d->xflags[i] & FRN_NX_CANDIDATE)))
		{
			end = j + 1;
			*kind = s->kind;
		}
		if (!(s->flags & KM_PREFIX))
			break;
	}
	return end;
}

/* ------------------------------------------------------------------------
 * user dictionary
 */
frn_dict *
frn_dict_create(void)
{
	frn_dict   *d = frn_malloc(sizeof(frn_dict));

	km_init(&d->km, 0);
	d->entries = 0;
	d->any_lower = false;
	return d;
}

bool
frn_dict_add(frn_dict *dict, const char *surface, size_t len, frn_entity_kind kind)
{
	frn_ner_doc doc;
	bool		ok;

	frn_ner_doc_init(&doc);
	frn_ner_analyze(&doc, surface, len);
	ok = doc.toks.n > 0 && doc.toks.n <= FRN_DICT_MAX_TOKENS;
	if (ok)
	{
		uint8_t		flags = KM_ENTRY;

		if (doc.xflags[0] & FRN_NX_CANDIDATE)
			flags |= KM_NEEDS_UPPER;
		else
			dict->any_lower = true;
		km_put_tokens(&dict->km, &doc, 0, doc.toks.n - 1, flags, (uint8_t) kind);
		dict->entries++;
	}
	frn_ner_doc_free(&doc);
	return ok;
}

size_t
frn_dict_tokens(const char *surface, size_t len)
{
	frn_ner_doc doc;
	size_t		n;

	frn_ner_doc_init(&doc);
	frn_ner_analyze(&doc, surface, len);
	n = doc.toks.n;
	frn_ner_doc_free(&doc);
	return n;
}

size_t
frn_dict_size(const frn_dict *d)
{
	return d->entries;
}

void
frn_dict_free(frn_dict *d)
{
	if (!d)
		return;
	km_free(&d->km);
	frn_free(d);
}

/* ------------------------------------------------------------------------
 * spans over tokens
 */
typedef struct tspan
{
	size_t		a;				/* first token */
	size_t		b;				/* last token */
	size_t		head;			/* first token without an article or a number the model left out */
	uint8_t		kind;
	bool		cut_period;		/* the last token's period ends the sentence, not the name */
	uint8_t		year_tokens;	/* the last tokens are a year that collect() added ("2018", "de 2010") */
} tspan;

/* Set classes of [a, b] to one name of type kind, erasing names it overlaps. */
static void
set_name(frn_ner_doc *d, size_t a, size_t b, int kind)
{
	size_t		lo = a,
				hi = b;

	/* widen to whole names overlapping [a, b], then clear them */
	while (lo > 0 && d->cls[lo] != FRN_NER_O && !FRN_NER_IS_B(d->cls[lo]))
		lo--;
	while (hi + 1 < d->toks.n && d->cls[hi + 1] != FRN_NER_O && !FRN_NER_IS_B(d->cls[hi + 1]))
		hi++;
	for (size_t i = lo; i <= hi; i++)
		d->cls[i] = FRN_NER_O;
	if (kind == FRN_ENT_NONE)
		return;
	d->cls[a] = FRN_NER_B(kind);
	for (size_t i = a + 1; i <= b; i++)
		d->cls[i] = FRN_NER_I(kind);
}

static void
apply_dict(frn_ner_doc *d, const frn_dict *dict)
{
	for (size_t i = 0; i < d->toks.n;)
	{
		uint8_t		kind = 0;
		size_t		end;

		if ((i & 1023) == 1023)
			frn_check_interrupts();
		/* capitalised entries match capitalised tokens only: skip the others */
		if (!dict->any_lower && !(d->xflags[i] & FRN_NX_CANDIDATE))
		{
			i++;
			continue;
		}
		end = km_longest(&dict->km, d, i, &kind);

		if (end > i)
		{
			set_name(d, i, end - 1, kind);
			for (size_t j = i; j < end; j++)
				d->xflags[j] |= FRN_NX_DICT;
			i = end;
		}
		else
			i++;
	}
}

/*
 * Does the name ending at token b go on with the period after it?  Yes when
 * b is a company suffix written with a period ("Inc.", "Corp.") that the
 * tokenizer left apart.
 */
static bool
suffix_period(frn_ner_doc *d, size_t b)
{
	const frn_token *dot = b + 1 < d->toks.n ? &d->toks.tok[b + 1] : NULL;

	if (!dot || dot->kind != FRN_TOK_PUNCT || dot->byte_len != 1 ||
		d->s[dot->byte_start] != '.' || (dot->flags & FRN_TF_SPACE_BEFORE) ||
		!(frn_ner_gaz(d, b) & FRN_GAZ_ORGSUFFIX))
		return false;
	/* keys are token sequences: "Inc." as two tokens is the key "inc ." */
	frn_ner_key_start(d, b);
	frn_ner_key_add(d, b + 1);
	return (frn_gaz_lookup(d->key.data, d->key.len) & FRN_GAZ_ORGSUFFIX) != 0;
}

/*
 * Names of the lists that begin with an article ("Le Havre", "La Rochelle",
 * "Les Sables-d'Olonne", "Le Figaro", "Les Échos") keep it when it is
 * written with a capital and the whole is a name of the gazetteer: a place
 * for a place, an organisation, brand or product for the others.  "Le
 * Havre est..." names Le Havre, while "du Havre" and "au Havre" contract
 * the article and name Havre; "Le Figaro rapporte" at a sentence start,
 * where the model leaves the capitalised article out, names Le Figaro, an
 * organisation also where the model read a person ("Figaro" alone is a
 * barber).  Sets *kind to the name's.
 */
static bool
article_of_list_name(frn_ner_doc *d, size_t art, size_t last, uint8_t *kind)
{
	const frn_token *t = &d->toks.tok[art];
	const char *s = d->s + t->byte_start;
	uint16_t	bits = *kind == FRN_ENT_LOC ?
		(FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY) :
		(FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT),
				g;

	/* "Le", "La" or "Les" */
	if (t->kind != FRN_TOK_WORD || s[0] != 'L' || t->byte_len < 2 || t->byte_len > 3 ||
		(t->flags & FRN_TF_ALLCAPS) || last - art >= FRN_GAZ_MAX_TOKENS ||
		!(t->byte_len == 2 ? s[1] == 'e' || s[1] == 'a' : s[1] == 'e' && s[2] == 's'))
		return false;
	frn_ner_key_start(d, art);
	for (size_t j = art + 1; j <= last; j++)
		frn_ner_key_add(d, j);
	g = frn_gaz_lookup(d->key.data, d->key.len);
	if (!(g & bits))
		return false;
	if (*kind == FRN_ENT_PER && (g & FRN_GAZ_ORGNAME))
		*kind = FRN_ENT_ORG;
	return true;
}

/*
 * Does a name that is no person's, ending with an initial at token b ("Model
 * Y.", "Système U."), end its sentence there?  Then the period is the
 * sentence's.  A person's initial keeps it ("Christian B.").  FRN_NX_INITIAL
 * is also set on "N°" (an abbreviation of two characters that ends with no
 * period): only a final period is given back, never a byte of "°".
 */
static inline bool
initial_ends_sentence(const frn_ner_doc *d, size_t b, uint8_t kind)
{
	const frn_token *t = &d->toks.tok[b];

	return kind != FRN_ENT_PER && (d->xflags[b] & FRN_NX_INITIAL) &&
		d->s[t->byte_start + t->byte_len - 1] == '.' &&
		(b + 1 == d->toks.n || (d->toks.tok[b + 1].flags & FRN_TF_SENT_START));
}

/*
 * Is the name [a, b], which the model read as a person, a product of the
 * lists written with its final initial at the end of its sentence ("Tesla
 * 🚗 Model Y.")?  A person's initial keeps its period ("Christian B."): the
 * model reads that shape as a person's, the lists know the product.
 */
static bool
product_ends_sentence(frn_ner_doc *d, size_t a, size_t b)
{
	size_t		len;
	const char *f;

	if (a == b || b - a >= FRN_GAZ_MAX_TOKENS || !initial_ends_sentence(d, b, FRN_ENT_MISC) ||
		!(frn_ner_gaz(d, a) & FRN_GAZ_PREFIX))
		return false;
	frn_ner_key_start(d, a);
	for (size_t j = a + 1; j < b; j++)
		frn_ner_key_add(d, j);
	f = frn_ner_fold(d, b, &len);
	frn_buf_putc(&d->key, ' ');
	frn_buf_append(&d->key, f, len - 1);
	return (frn_gaz_lookup(d->key.data, d->key.len) & (FRN_GAZ_PRODUCT | FRN_GAZ_BRAND)) != 0;
}

/* First and last token of the name that token i is in. */
static size_t
name_start(const frn_ner_doc *d, size_t i)
{
	while (i > 0 && !FRN_NER_IS_B(d->cls[i]))
		i--;
	return i;
}

static size_t
name_end(const frn_ner_doc *d, size_t i)
{
	while (i + 1 < d->toks.n && d->cls[i + 1] != FRN_NER_O && !FRN_NER_IS_B(d->cls[i + 1]))
		i++;
	return i;
}

/* Tokens i - 1 and i are on one line and in one sentence. */
static bool
same_line(const frn_ner_doc *d, size_t i)
{
	const frn_token *l = &d->toks.tok[i - 1],
			   *r = &d->toks.tok[i];

	return !(r->flags & FRN_TF_SENT_START) &&
		memchr(d->s + l->byte_start + l->byte_len, '\n',
			   r->byte_start - (l->byte_start + l->byte_len)) == NULL;
}

/*
 * Is token i a capitalised elided article that belongs to the name after it,
 * written against it ("chez L'Oréal", "selon L'Obs", "de L'Occitane en
 * Provence")?  After a word of its line only: at a sentence start, after a
 * dash, « or : the capital is the sentence's ("- L'Allemagne en récession");
 * nor in capitals.
 */
static bool
article_of_name(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i],
			   *next = &d->toks.tok[i + 1];

	return t->kind == FRN_TOK_ELISION && t->char_len == 2 && d->s[t->byte_start] == 'L' &&
		i > 0 && d->toks.tok[i - 1].kind == FRN_TOK_WORD && same_line(d, i) &&
		!(next->flags & (FRN_TF_SPACE_BEFORE | FRN_TF_ALLCAPS));
}

/* Token i is written against token i - 1, on its line and in its sentence. */
static bool
attached(const frn_ner_doc *d, size_t i)
{
	return !(d->toks.tok[i].flags & (FRN_TF_SPACE_BEFORE | FRN_TF_SENT_START));
}

static bool
is_ampersand(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return t->byte_len == 1 && d->s[t->byte_start] == '&';
}

/* Type of the name token i is in, or FRN_ENT_NONE. */
static int
type_at(const frn_ner_doc *d, size_t i)
{
	return d->cls[i] == FRN_NER_O ? FRN_ENT_NONE : FRN_NER_TYPE(d->cls[i]);
}

/* Does the name part [a, b] look like a person's full name ("Marie Lenoir")? */
static bool
full_name(frn_ner_doc *d, size_t a, size_t b)
{
	return b > a && (frn_ner_gaz(d, a) & FRN_GAZ_FIRSTNAME) && (d->xflags[b] & FRN_NX_CANDIDATE);
}

static bool
is_slash(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return t->byte_len == 1 && d->s[t->byte_start] == '/';
}

/* Are the n bytes at s all characters of set?  (The text need not end
 * with a 0 byte: strspn could read past it.) */
static bool
all_bytes_of(const char *s, size_t n, const char *set)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] == '\0' || strchr(set, s[k]) == NULL)
			return false;
	return true;
}

/* A word of capitals that are all Roman numerals ("II", "XIV") */
static bool
roman_numeral(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return all_bytes_of(d->s + t->byte_start, t->byte_len, "IVXLCDM");
}

/* May token i be one of two names written against a slash: a capitalised
 * word of two characters or more, no numeral? */
static bool
name_word_at_slash(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return t->kind == FRN_TOK_WORD && t->char_len >= 2 && (d->xflags[i] & FRN_NX_CANDIDATE) &&
		!roman_numeral(d, i);
}

/* Are the name's tokens [a, b] a key of the lists ("AC/DC", "Biel/Bienne")? */
static bool
listed_name(frn_ner_doc *d, size_t a, size_t b)
{
	if (b - a >= FRN_GAZ_MAX_TOKENS || !(frn_ner_gaz(d, a) & FRN_GAZ_PREFIX))
		return false;
	frn_ner_key_start(d, a);
	for (size_t j = a + 1; j <= b; j++)
		frn_ner_key_add(d, j);
	return frn_gaz_lookup(d->key.data, d->key.len) != 0;
}

/*
 * First token from token i on that begins at or after byte off (tokens are
 * in text order): a search that gallops from i, so that calls with rising
 * offsets cost linear time in all.
 */
static size_t
token_from_byte(const frn_ner_doc *d, size_t i, size_t off)
{
	size_t		step = 1,
				hi;

	while (i + step < d->toks.n && d->toks.tok[i + step].byte_start < off)
	{
		i += step;
		step *= 2;
	}
	hi = i + step < d->toks.n ? i + step : d->toks.n;
	while (i < hi)
	{
		size_t		mid = i + (hi - i) / 2;

		if (d->toks.tok[mid].byte_start < off)
			i = mid + 1;
		else
			hi = mid;
	}
	return i;
}

/*
 * A person or place name [a, b] with "&" at token i: one word on each side
 * is a firm ("Kessler & Vogt"); longer sides are two names ("Pierre Durand &
 * Marie Lenoir").  An organisation name with two full names of persons
 * around "&" is two persons too.
 */
static void
split_at_ampersand(frn_ner_doc *d, size_t a, size_t i, size_t b)
{
	int			type = type_at(d, i);

	if (type == FRN_ENT_ORG)
	{
		if (full_name(d, a, i - 1) && full_name(d, i + 1, b))
		{
			set_name(d, a, i - 1, FRN_ENT_PER);
			set_name(d, i + 1, b, FRN_ENT_PER);
		}
	}
	else if (a + 1 == i && i + 1 == b)
		set_name(d, a, b, FRN_ENT_ORG);
	else
	{
		set_name(d, a, i - 1, type);
		set_name(d, i + 1, b, type);
	}
}

/*
 * Names written against a slash, each side a capitalised word ("BFMTV/RMC",
 * "Pfizer/BioNTech", "Lehto/Dalmas/Sekiya"), are as many names of the type
 * of the whole [a, b], as the conventions annotate them; not a name that
 * begins in lower case ("l'accord Netanyahu/Gantz"), a name of the lists
 * ("AC/DC"), a code ("Charger R/T", "Morgan 4/4") nor numerals ("II/III").
 */
static void
split_at_slashes(frn_ner_doc *d, size_t a, size_t b)
{
	uint8_t		begin = (uint8_t) FRN_NER_B(type_at(d, a));

	if (!(d->xflags[a] & FRN_NX_CANDIDATE) || listed_name(d, a, b))
		return;
	for (size_t i = a + 1; i < b; i++)
	{
		if ((i & 1023) == 1023)
			frn_check_interrupts();
		if (is_slash(d, i) && attached(d, i) && attached(d, i + 1) &&
			name_word_at_slash(d, i - 1) && name_word_at_slash(d, i + 1))
		{
			d->cls[i] = FRN_NER_O;
			d->cls[i + 1] = begin;
		}
	}
}

/*
 * Split the names joined by "&" or "/", found where the text has these
 * characters: most texts have no "&" and few "/", all outside names (dates,
 * addresses), so no name is visited for nothing.  Each name is visited once,
 * at its first joiner: "&" written against both its words makes one word
 * ("S&P 500"), and only the first "&" of a name splits it.  The user
 * dictionary's names stay whole.
 */
static void
split_joined_names(frn_ner_doc *d)
{
	static const char joiners[] = "&/";

	for (const char *c = joiners; *c; c++)
	{
		const char *end = d->s + d->len;
		size_t		i = 0,
					next = 1,	/* first token not visited yet */
					k = 0;

		for (const char *p = memchr(d->s, *c, d->len); p; p = memchr(p + 1, *c, end - p - 1))
		{
			size_t		a,
						b;

			if ((k++ & 1023) == 1023)
				frn_check_interrupts();
			i = token_from_byte(d, i, p - d->s);
			if (i < next || i + 1 >= d->toks.n || d->toks.tok[i].byte_start != (size_t) (p - d->s) ||
				d->toks.tok[i].byte_len != 1 || d->cls[i] == FRN_NER_O ||
				FRN_NER_IS_B(d->cls[i]) || (d->xflags[i] & FRN_NX_DICT) ||
				(*c == '&' && attached(d, i) && attached(d, i + 1)))
				continue;
			a = name_start(d, i);
			b = name_end(d, i);
			if (*c == '/')
				split_at_slashes(d, a, b);
			else if (b > i)
				split_at_ampersand(d, a, i, b);
			next = b + 1;
		}
	}
}

/*
 * Company names the tagger cut in two, where the two parts got different
 * types (a sign that it hesitated):
 *  - a name followed, on the same line, by an organisation name
 *    ("Transmanche" PER + "Logistique SAS" ORG) is one organisation;
 *  - one name word on each side of "&" ("Heller & Brandt", "Procter &
 *    Gamble"), or a word and an organisation name ("Heller & Brandt GmbH"),
 *    are one organisation when one side is an organisation or the two got
 *    different types; two persons or two places stay apart ("Schwitz &
 *    Unterwald" in older text, where & stands for "et").
 * The user dictionary's names are left as they are.
 */
static void
join_names(frn_ner_doc *d)
{
	/* both cases begin after a name: token i - 1 is in one */
	for (size_t p = frn_ner_next_in_name(d, 0), k = 0; p + 1 < d->toks.n; p = frn_ner_next_in_name(d, p + 1))
	{
		size_t		i = p + 1,
					a,
					b;
		int			left,
					right;

		if ((k++ & 1023) == 1023)
			frn_check_interrupts();
		if ((d->xflags[i - 1] | d->xflags[i]) & FRN_NX_DICT)
			continue;
		left = type_at(d, i - 1);
		right = type_at(d, i);
		if (left != FRN_ENT_NONE && left != FRN_ENT_ORG && right == FRN_ENT_ORG &&
			FRN_NER_IS_B(d->cls[i]) && same_line(d, i))
		{
			a = name_start(d, i - 1);
			b = name_end(d, i);
		}
		else if (is_ampersand(d, i) && i + 1 < d->toks.n && left != FRN_ENT_NONE &&
				 FRN_NER_IS_B(d->cls[i - 1]) && (d->xflags[i + 1] & FRN_NX_CANDIDATE) &&
				 !(d->xflags[i + 1] & FRN_NX_DICT) &&
				 (name_end(d, i + 1) == i + 1 || type_at(d, i + 1) == FRN_ENT_ORG) &&
				 (left == FRN_ENT_ORG ||
				  (type_at(d, i + 1) != FRN_ENT_NONE && type_at(d, i + 1) != left)) &&
				 same_line(d, i) && same_line(d, i + 1))
		{
			a = i - 1;
			b = d->cls[i + 1] == FRN_NER_O ? i + 1 : name_end(d, i + 1);
		}
		else
			continue;
		set_name(d, a, b, FRN_ENT_ORG);
		p = b - 1;				/* the next token i is b + 1 */
	}
}

/* Words of the cleanup rules, with their lengths (no strlen per span) */
typedef struct listed
{
	const char *s;
	size_t		len;
} listed;

#define LISTED(x) {x, sizeof(x) - 1}
#define IN_LIST(s, len, list) in_list(s, len, list, sizeof(list) / sizeof(list[0]))

static bool
in_list(const char *s, size_t len, const listed *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (list[k].len == len && list[k].s[0] == s[0] && memcmp(list[k].s, s, len) == 0)
			return true;
	return false;
}

/* Is s in the list, sorted by bytes (shorter first when one begins the
 * other)?  For the long lists. */
static bool
in_sorted_list(const char *s, size_t len, const listed *list, size_t n)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = memcmp(list[mid].s, s, list[mid].len < len ? list[mid].len : len);

		if (c == 0)
			c = (list[mid].len > len) - (list[mid].len < len);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Is the fold of token i in the list (folded: "pres", "l'")? */
#define FOLD_IN(d, i, list) fold_in(d, i, list, sizeof(list) / sizeof(list[0]))

static bool
fold_in(frn_ner_doc *d, size_t i, const listed *list, size_t n)
{
	size_t		len;
	const char *f = frn_ner_fold(d, i, &len);

	return len > 0 && in_list(f, len, list, n);
}

/* Is token i written as one of the list ("Smic", "GHz")? */
static bool
written_in(const frn_ner_doc *d, size_t i, const listed *list, size_t n)
{
	const frn_token *t = &d->toks.tok[i];

	return t->byte_len > 0 && in_list(d->s + t->byte_start, t->byte_len, list, n);
}

/*
 * A name right after a civil title in its short form ("M. Bloomfield", "Mme
 * Borne", "Me Goldman", "Mgr Dumas") or in lower case ("courtiser monsieur
 * Macron") is a person, whatever the model read: a place of the lists
 * ("M. Birmingham", "Mme Touraine") or a work.  Capitalised, "Monsieur" and
 * "Madame" also begin nicknames and works ("Monsieur Patrimoine", "Madame
 * Tussauds"), "Dr" a series ("Dr House").  Not an acronym, a name of the
 * organisation, brand or product lists ("Mme Fiat"), or a span longer than
 * a full name ("Me Too: Assaulted By Church").
 */
#define CIVIL_TITLE_MAX_TOKENS 3

static bool
person_after_civil_title(frn_ner_doc *d, size_t a, size_t b)
{
	static const listed civil[] = {
		LISTED("M."), LISTED("MM."), LISTED("Mme"), LISTED("Mmes"), LISTED("Mlle"), LISTED("Me"),
		LISTED("Mgr"), LISTED("monsieur"), LISTED("madame")
	};

	/* (every one of them begins with an m: most names are over after one test) */
	return a > 0 && b - a < CIVIL_TITLE_MAX_TOKENS && (d->s[d->toks.tok[a - 1].byte_start] | 0x20) == 'm' &&
		written_in(d, a - 1, civil, sizeof(civil) / sizeof(civil[0])) && !(d->toks.tok[a].flags & FRN_TF_ALLCAPS) &&
		!(frn_ner_gaz(d, a) & (FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT));
}

/*
 * A capitalised function word, word of quantity or weekday followed by
 * numbers only ("Ces 15 mois", "Environ 500 personnes", "Mardi 18
 * septembre", "Les 13 et 19 décembre") names nothing: the model reads a
 * capitalised word and a number as a product ("Model 3", "Office 365").
 * All capitals ("CES 2020"), one letter ("A 7", a motorway), "Plus" (the
 * Morgan "Plus 4") and a title after an opening quote or a colon ("Les
 * 33", a film) stay.
 */
static bool
word_before_count(frn_ner_doc *d, size_t a, size_t b)
{
	static const listed plus[] = {LISTED("plus")};
	static const listed count_words[] = {
		LISTED("environ"), LISTED("pres"), LISTED("presque"), LISTED("quelque"), LISTED("seulement"),
		LISTED("lundi"), LISTED("mardi"), LISTED("mercredi"), LISTED("jeudi"), LISTED("vendredi"),
		LISTED("samedi"), LISTED("dimanche")
	};
	const frn_token *t = &d->toks.tok[a];

	if (a == b || !(t->flags & FRN_TF_CAPITALIZED) || (t->flags & FRN_TF_ALLCAPS) ||
		t->char_len < 2 || (d->xflags[a] & FRN_NX_AFTER_OPEN))
		return false;
	for (size_t k = a + 1; k <= b; k++)
		if (d->toks.tok[k].kind != FRN_TOK_NUMBER)
			return false;
	if (FOLD_IN(d, a, plus))
		return false;
	return frn_ner_function_word(d, a) || FOLD_IN(d, a, count_words);
}

/*
 * The portfolio in a minister's function is no name of its own ("le
 * ministre de la Santé", "la ministre des Armées", "ministre déléguée à la
 * Citoyenneté", "secrétaire d'État chargé des Transports"): a span right
 * after "ministre" or "secrétaire d'État" (and "délégué" or "chargé") and
 * "de la", "de l'", "du" or "des" ("à la", "au" or "aux" after
 * "secrétaire d'État", "délégué" or "chargé" only), whose first word is an
 * ordinary word and neither it nor the span a name of the lists.  "Le
 * ministère de la Santé" is a ministry; "ministre de Nicolas Sarkozy", "le
 * Premier ministre de l'Écosse", "le ministre au Figaro" and "ministre à
 * l'Assemblée nationale" keep their names.
 */
/* The article token i is, read from its bytes: "la" or "l'" (the), "du" or
 * "des" (of the), "au" or "aux" (to the), or none. */
enum article
{
	NO_ARTICLE, THE, OF_THE, TO_THE
};

static enum article
article_at(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	const char *s = d->s + t->byte_start;
	size_t		n = t->byte_len;
	char		c0 = (char) (s[0] | 0x20),
				c1 = n > 1 ? (char) (s[1] | 0x20) : 0,
				c2 = n > 2 ? (char) (s[2] | 0x20) : 0;

	if (t->kind == FRN_TOK_ELISION)
		return c0 == 'l' ? THE : NO_ARTICLE;
	if (t->kind != FRN_TOK_WORD || n < 2 || n > 3)
		return NO_ARTICLE;
	if (n == 2 && c0 == 'l' && c1 == 'a')
		return THE;
	if (c0 == 'd' && ((n == 2 && c1 == 'u') || (c1 == 'e' && c2 == 's')))
		return OF_THE;
	if (c0 == 'a' && c1 == 'u' && (n == 2 || c2 == 'x'))
		return TO_THE;
	return NO_ARTICLE;
}

static bool
portfolio_of_minister(frn_ner_doc *d, size_t a, size_t b)
{
	static const listed de[] = {LISTED("de")},
				a_to[] = {LISTED("a")},
				roles[] = {LISTED("delegue"), LISTED("deleguee"), LISTED("delegues"), LISTED("deleguees"),
		LISTED("charge"), LISTED("chargee"), LISTED("charges"), LISTED("chargees")},
				minister[] = {LISTED("ministre"), LISTED("ministres")},
				prime[] = {LISTED("premier"), LISTED("premiere")},
				secretary[] = {LISTED("secretaire"), LISTED("secretaires")},
				of[] = {LISTED("d'")},
				state[] = {LISTED("etat")};
	const uint16_t names = FRN_GAZ_FIRSTNAME | FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE |
		FRN_GAZ_CITY | FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT;
	uint16_t	g = frn_ner_gaz(d, a);
	enum article art;
	size_t		k,
				nroles = 0;
	bool		to;

	/* (most names are no common word, and most of the others follow no
	 * article: nothing more is read for them) */
	if (!(g & FRN_GAZ_WORD) || (g & names) || a == 0)
		return false;
	art = article_at(d, a - 1);
	if (art == NO_ARTICLE)
		return false;
	to = art == TO_THE;
	k = a - 1;					/* the article */
	if (art == THE)
	{
		if (k == 0 || !(FOLD_IN(d, k - 1, de) || (to = FOLD_IN(d, k - 1, a_to))))
			return false;
		k--;
	}
	for (; k > 0 && FOLD_IN(d, k - 1, roles); k--)
		nroles++;
	if (k == 0)
		return false;
	if (FOLD_IN(d, k - 1, minister))
	{
		if ((to && nroles == 0) || (k >= 2 && FOLD_IN(d, k - 2, prime)))
			return false;
	}
	else if (!(k >= 3 && FOLD_IN(d, k - 1, state) && FOLD_IN(d, k - 2, of) && FOLD_IN(d, k - 3, secretary)))
		return false;
	/* the span a multi-word name of the lists ("Émirats arabes unis")? */
	if (b > a && b - a < FRN_GAZ_MAX_TOKENS)
	{
		frn_ner_key_start(d, a);
		for (size_t j = a + 1; j <= b; j++)
			frn_ner_key_add(d, j);
		if (frn_gaz_lookup(d->key.data, d->key.len) & names)
			return false;
	}
	return true;
}

/* Is token i a word with a capital after its first letter ("LR", "MoDem")? */
static bool
acronym(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (t->kind != FRN_TOK_WORD || (t->flags & FRN_TF_ALLCAPS))
		return t->kind == FRN_TOK_WORD;
	for (size_t j = 1; j < t->byte_len; j++)
		if (d->s[t->byte_start + j] >= 'A' && d->s[t->byte_start + j] <= 'Z')
			return true;
	return false;
}

/*
 * A name that runs into a person's full name after it, with no comma
 * between ("le président de LR Christian Jacob", "le maire de Nice
 * Christian Estrosi", "secrétaire d'État aux Transports Alain Vidalies"),
 * is two names: the one before, when it is an organisation or a place of
 * the lists (given that kind) or a minister's portfolio (left to collect(),
 * which drops it), and the person.  The model's works and products are
 * split only after an acronym ("le ministre MoDem Marc Fesneau"): a car's
 * make goes on with words the first-name list has ("Ferrari California T",
 * "Porsche Carrera Cup").  The person is a first name, particles
 * maybe, and a capitalised last word that is no ordinary word; neither is
 * a brand or a product ("Porsche Cars North America" stays whole).
 * Called by collect() on the model's span sp (classes and sp change).
 */
static void
split_person_after_name(frn_ner_doc *d, tspan *sp)
{
	const uint16_t places = FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY,
				no_person = FRN_GAZ_BRAND | FRN_GAZ_PRODUCT;
	const frn_token *last = &d->toks.tok[sp->b];
	size_t		a = sp->a,
				b = sp->b,
				f;
	int			type = sp->kind;
	uint16_t	g;

	if ((type != FRN_ENT_ORG && type != FRN_ENT_MISC) || b - a < 2 ||
		last->kind != FRN_TOK_WORD || (last->flags & (FRN_TF_ALLCAPS | FRN_TF_HAS_DIGIT)) ||
		!(d->xflags[a] & FRN_NX_CANDIDATE) || !(d->xflags[b] & FRN_NX_CANDIDATE) ||
		(frn_ner_gaz(d, b) & (FRN_GAZ_WORD | places | no_person)))
		return;
	for (f = b - 1; f > a + 1 && (frn_ner_gaz(d, f) & FRN_GAZ_PARTICLE); f--)
		;
	g = frn_ner_gaz(d, f);
	if (!(g & FRN_GAZ_FIRSTNAME) || (g & no_person) || !(d->xflags[f] & FRN_NX_CANDIDATE) ||
		(d->toks.tok[f].flags & FRN_TF_ALLCAPS) || f - a > FRN_GAZ_MAX_TOKENS)
		return;
	frn_ner_key_start(d, a);
	for (size_t j = a + 1; j < f; j++)
		frn_ner_key_add(d, j);
	g = frn_gaz_lookup(d->key.data, d->key.len);
	/* the first name must not go on a name of the lists ("France Bleu
	 * Provence", "Aston Martin Vantage", "Los Angeles Times") */
	frn_ner_key_add(d, f);
	if (frn_gaz_lookup(d->key.data, d->key.len) & (FRN_GAZ_PREFIX | FRN_GAZ_ORGNAME | places | no_person))
		return;
	if ((g & (FRN_GAZ_ORGNAME | places)) && !(g & no_person) &&
		(type == FRN_ENT_ORG || (f == a + 1 && acronym(d, a))))
		type = (g & FRN_GAZ_ORGNAME) ? FRN_ENT_ORG : FRN_ENT_LOC;
	else if (!portfolio_of_minister(d, a, f - 1))
		return;
	/* collect() reads the person when it comes to token f */
	set_name(d, a, f - 1, type);
	set_name(d, f, b, FRN_ENT_PER);
	sp->b = f - 1;
	sp->kind = (uint8_t) type;
}

/* Is token a a function word, pronoun or interjection, capitalised only
 * because it begins a sentence or a quotation? */
static bool
function_word_at_start(frn_ner_doc *d, size_t a)
{
	static const listed spoken[] = {
		LISTED("non"), LISTED("oui"), LISTED("moi"), LISTED("toi"), LISTED("lui"), LISTED("eux"),
		LISTED("evidemment"), LISTED("merci"), LISTED("personne"), LISTED("jamais"), LISTED("toujours"),
		LISTED("bref"), LISTED("surtout"), LISTED("ici"), LISTED("pardon"), LISTED("desole"),
		LISTED("desolee"), LISTED("rien"), LISTED("certes"), LISTED("alors"), LISTED("helas")
	};
	const frn_token *t = &d->toks.tok[a];

	return !(t->flags & FRN_TF_ALLCAPS) &&
		((t->flags & FRN_TF_SENT_START) || (d->xflags[a] & FRN_NX_AFTER_OPEN)) &&
		(frn_ner_function_word(d, a) || FOLD_IN(d, a, spoken));
}

/*
 * A function word, pronoun or interjection alone at a sentence or quotation
 * start ("Ces discussions", « Cela a conduit », « Non », « Moi, je ») names
 * nothing; the magazine in "selon Elle" does.  Nor does such a word with
 * lower-case words after it that stops inside its sentence, before another
 * word (« Quand on est », « Je suis prêt », « Des gens ont »): the model
 * reads what begins a quotation as a title, but a title runs to the
 * quotation's end (« Plus belle la vie », « On n'est pas couché »).
 */
static bool
function_word_alone(frn_ner_doc *d, size_t a, size_t b)
{
	/* (the words' shapes first: most names have another capital) */
	if (a < b)
	{
		const frn_token *next = b + 1 < d->toks.n ? &d->toks.tok[b + 1] : NULL;

		if (!next || next->kind != FRN_TOK_WORD || (next->flags & FRN_TF_SENT_START))
			return false;
		for (size_t k = a + 1; k <= b; k++)
			if ((d->toks.tok[k].flags & (FRN_TF_CAPITALIZED | FRN_TF_HAS_DIGIT)) ||
				(d->toks.tok[k].kind != FRN_TOK_WORD && d->toks.tok[k].kind != FRN_TOK_ELISION))
				return false;
	}
	return function_word_at_start(d, a);
}

/*
 * A title the tagger cut short inside its quotes is the whole of them: «
 * Un jour, un destin », "Mille et une vies", « Les Terriens du samedi »
 * (a work's title reads like a sentence, and the model stops at its first
 * lower-case or function word).  A name of kind MISC that begins right
 * after an opening quote runs to the closing quote when the whole is at
 * most TITLE_MAX_TOKENS tokens on one line (titles in quotes have six
 * words or fewer but for a few), with no other quote and no end of
 * sentence between ("?" or "!" right before the closing quote are the
 * title's), no subject pronoun after the name (« Ces derniers mois, il a
 * travaillé » is speech) and no comma before another name (a list: «
 * Tours, Strasbourg, Dijon »); names inside give way (« Un Américain à
 * Paris »).  A longer quotation stays as it is; so do a function word
 * alone (« Ces discussions se poursuivent »: see function_word_alone) and
 * the user dictionary's names.
 */
#define TITLE_MAX_TOKENS 10

/* Which of the n marks (UTF-8) token i is, or n: none of them. */
static size_t
mark_of(const frn_ner_doc *d, size_t i, const char *const *marks, size_t n)
{
	const frn_token *t = &d->toks.tok[i];
	size_t		m;

	if (t->kind != FRN_TOK_PUNCT)
		return n;
	for (m = 0; m < n; m++)
		if (t->byte_len == strlen(marks[m]) && memcmp(d->s + t->byte_start, marks[m], t->byte_len) == 0)
			break;
	return m;
}

/* The first token from i on whose class is c, or the token count: eight
 * classes at a time (the lowest byte of x that is 0 is found exactly). */
static size_t
next_of_class(const frn_ner_doc *d, size_t i, uint8_t c)
{
	size_t		n = d->toks.n;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	x = frn_le64(d->cls + i) ^ (FRN_ONES * c),
					zero = (x - FRN_ONES) & ~x & FRN_HIGHS;

		if (zero != 0)
			return i + (size_t) __builtin_ctzll(zero) / 8;
	}
	while (i < n && d->cls[i] != c)
		i++;
	return i;
}

/* the opening quotes and, at the same index, their closing ones */
static const char *const open_quotes[] = {"\xc2\xab", "\xe2\x80\x9c", "\""},	/* « “ " */
			*const close_quotes[] = {"\xc2\xbb", "\xe2\x80\x9d", "\""};	/* » ” " */

#define NQUOTES (sizeof(open_quotes) / sizeof(open_quotes[0]))

static void
quoted_titles(frn_ner_doc *d)
{
	static const char *const *const open = open_quotes,
			   *const *const close = close_quotes;
	static const char *const ends[] = {".", "!", "?", ";", "\xe2\x80\xa6"},	/* … */
				*const comma[] = {","};
	static const listed subjects[] = {
		LISTED("il"), LISTED("ils"), LISTED("elle"), LISTED("elles"), LISTED("je"), LISTED("j'"),
		LISTED("on"), LISTED("nous"), LISTED("vous")
	};
	const size_t nq = NQUOTES,
				nends = sizeof(ends) / sizeof(ends[0]);

	/* the first tokens of works, without stopping at the other names' tokens */
	for (size_t a = next_of_class(d, 0, FRN_NER_B(FRN_ENT_MISC)), k = 0; a < d->toks.n;
		 a = next_of_class(d, a + 1, FRN_NER_B(FRN_ENT_MISC)))
	{
		size_t		q,
					b,
					c;
		bool		closed = false;

		if ((k++ & 1023) == 1023)
			frn_check_interrupts();
		if (a == 0 || (d->xflags[a] & FRN_NX_DICT) || (q = mark_of(d, a - 1, open, nq)) == nq)
			continue;
		b = name_end(d, a);
		if (a == b && function_word_at_start(d, a))
			continue;
		for (c = b + 1; c < d->toks.n && c <= a + TITLE_MAX_TOKENS && same_line(d, c) &&
			 !(d->xflags[c] & FRN_NX_DICT); c++)
		{
			size_t		m;

			if (d->toks.tok[c].kind != FRN_TOK_PUNCT)
			{
				if (d->toks.tok[c].byte_len <= 5 && FOLD_IN(d, c, subjects))
					break;
				continue;
			}
			/* (a straight quote closes) */
			if ((m = mark_of(d, c, close, nq)) < nq)
			{
				closed = m == q;
				break;
			}
			if (mark_of(d, c, open, nq) < nq)
				break;
			/* an end of sentence, unless the title's own last mark */
			if (mark_of(d, c, ends, nends) < nends &&
				!(c + 1 < d->toks.n && mark_of(d, c + 1, close, nq) == q))
				break;
			if (mark_of(d, c, comma, 1) == 0 && c + 1 < d->toks.n && d->cls[c + 1] != FRN_NER_O)
				break;
		}
		if (closed && c > b + 1)
			set_name(d, a, c - 1, FRN_ENT_MISC);
	}
}

/*
 * A unit symbol or a currency code right after a number is a quantity, not
 * a name ("1 600 Nm", "500 MW", "3,2 GHz", "12 h GMT", "50 CHF"), and so is
 * the scale of a temperature after a degree sign ("42,1°C", "104 °F"): the
 * model reads a capitalised token it does not know as one.  Written as
 * written (case counts: "20 Minutes" is a newspaper).  A degree's letter
 * ("35°C", "-5 °F") too, with or without the sentence's period.
 */
static bool
unit_after_number(const frn_ner_doc *d, size_t a, size_t b)
{
	static const listed units[] = {
		LISTED("Nm"), LISTED("W"), LISTED("kW"), LISTED("MW"), LISTED("GW"), LISTED("TW"), LISTED("Wh"),
		LISTED("kWh"), LISTED("MWh"), LISTED("GWh"), LISTED("TWh"), LISTED("V"), LISTED("kV"),
		LISTED("Volts"), LISTED("Hz"), LISTED("kHz"), LISTED("MHz"), LISTED("GHz"), LISTED("Ko"),
		LISTED("Mo"), LISTED("Go"), LISTED("To"), LISTED("Mb"), LISTED("Gb"), LISTED("Mbit"),
		LISTED("Gbit"), LISTED("CV"), LISTED("GMT"), LISTED("UTC"), LISTED("Md"), LISTED("Mds"),
		LISTED("Mt"), LISTED("Gt")
	};
	const frn_token *t = &d->toks.tok[a],
			   *prev;

	if (a != b || a == 0)
		return false;
	prev = &d->toks.tok[a - 1];
	if (a >= 2 && prev->byte_len == 2 && memcmp(d->s + prev->byte_start, "\xC2\xB0", 2) == 0)
	{
		const char *u = d->s + t->byte_start;

		prev = &d->toks.tok[a - 2];
		return (prev->kind == FRN_TOK_NUMBER || (prev->flags & FRN_TF_HAS_DIGIT)) &&
			(u[0] == 'C' || u[0] == 'F') && (t->byte_len == 1 || (t->byte_len == 2 && u[1] == '.'));
	}
	/* "12 h GMT": the hour's unit between */
	if (a >= 2 && prev->byte_len == 1 && d->s[prev->byte_start] == 'h')
		prev = &d->toks.tok[a - 2];
	if (prev->kind != FRN_TOK_NUMBER && !(prev->flags & FRN_TF_HAS_DIGIT))
		return false;
	return frn_currency_valid(d->s + t->byte_start, t->byte_len) ||
		written_in(d, a, units, sizeof(units) / sizeof(units[0]));
}

/*
 * A person is not named after an elided article: a single ordinary word
 * there, capitalised, is a common noun written with a capital ("les droits
 * de l'Homme", "l'État"), not the person the model read.
 */
static bool
common_noun_after_article(frn_ner_doc *d, size_t a, size_t b, uint8_t kind)
{
	const frn_token *art;
	uint16_t	g;

	if (kind != FRN_ENT_PER || a != b || a == 0)
		return false;
	art = &d->toks.tok[a - 1];
	if (art->kind != FRN_TOK_ELISION || art->char_len != 2 || (d->s[art->byte_start] | 0x20) != 'l' ||
		!attached(d, a))
		return false;
	g = frn_ner_gaz(d, a);
	return (g & FRN_GAZ_WORD) && !(g & FRN_GAZ_FIRSTNAME);
}

/*
 * An ordinary word alone at a sentence start, with a lower-case word after
 * it, and in none of the lists of names ("Interrogé sur", "Quelques minutes
 * après"), is the sentence's capital, not the title the model read (the
 * caller asks for MISC only: a person, a place or an organisation there is
 * often a name the lists lack, "Londres", "Hertz").
 */
static bool
word_at_sentence_start(frn_ner_doc *d, size_t a, size_t b)
{
	const uint16_t names = FRN_GAZ_FIRSTNAME | FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE |
		FRN_GAZ_CITY | FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT | FRN_GAZ_DEMONYM;
	const frn_token *t = &d->toks.tok[a],
			   *next;
	uint16_t	g;

	if (a != b || !(t->flags & FRN_TF_SENT_START) || (t->flags & FRN_TF_ALLCAPS) || b + 1 >= d->toks.n)
		return false;
	next = &d->toks.tok[b + 1];
	if (next->kind != FRN_TOK_WORD || (next->flags & (FRN_TF_CAPITALIZED | FRN_TF_SENT_START)))
		return false;
	g = frn_ner_gaz(d, a);
	return (g & FRN_GAZ_WORD) && !(g & names);
}

/*
 * A clock time is no name ("19H00", "20H33 GMT"): the model reads a word
 * with a capital H as one.  One or two digits of hours, "h" or "H", two of
 * minutes; a time zone after it is the time's.
 */
static bool
clock_time(const frn_ner_doc *d, size_t a, size_t b)
{
	static const listed zones[] = {LISTED("GMT"), LISTED("UTC")};
	const frn_token *t = &d->toks.tok[a];
	const char *s = d->s + t->byte_start;
	size_t		n = t->byte_len,
				h = n - 3;		/* where the h is */

	if (!(t->flags & FRN_TF_HAS_DIGIT) || n < 4 || n > 5 || b > a + 1 || (s[h] != 'h' && s[h] != 'H'))
		return false;
	for (size_t k = 0; k < n; k++)
		if (k != h && (s[k] < '0' || s[k] > '9'))
			return false;
	return b == a || written_in(d, b, zones, sizeof(zones) / sizeof(zones[0]));
}

/*
 * Is the name [a, b] a capital H written against an hour ("13H", "20H")?
 * After "le", "du", "au", "des" or "un" it is the news of that hour on
 * television (the presenter "du 13H de TF1", "le 20H"), a work with its
 * number; otherwise a clock time, no name ("à 16H", "de 10H à 15H").
 */
static bool
h_of_hour(const frn_ner_doc *d, size_t a, size_t b)
{
	const frn_token *h = &d->toks.tok[a],
			   *num;
	const char *c;

	if (a != b || a == 0 || h->byte_len != 1 || d->s[h->byte_start] != 'H' || !attached(d, a))
		return false;
	num = &d->toks.tok[a - 1];
	c = d->s + num->byte_start;
	if (num->kind != FRN_TOK_NUMBER || num->byte_len > 2 || !all_bytes_of(c, num->byte_len, "0123456789"))
		return false;
	return (num->byte_len == 1 ? c[0] - '0' : (c[0] - '0') * 10 + c[1] - '0') <= 24;
}

static bool
news_of_hour(frn_ner_doc *d, size_t a)
{
	static const listed articles[] = {LISTED("le"), LISTED("du"), LISTED("au"), LISTED("des"), LISTED("un")};

	return a >= 2 && FOLD_IN(d, a - 2, articles);
}

/*
 * A title of two or three words written with capitals names no one ("la
 * Première dame", "le Premier ministre", "le Garde des Sceaux", "la First
 * Lady"): the model reads it as a work or an organisation.  These are not
 * in the title cues (cues.tsv), which are features of the model: adding
 * them asks for a retraining.  Compared folded.
 */
static bool
title_written_as_name(frn_ner_doc *d, size_t a, size_t b)
{
	static const listed titles[] = {
		LISTED("first lady"), LISTED("garde des sceaux"), LISTED("premier ministre"),
		LISTED("premiere dame"), LISTED("premiere ministre")
	},
				last_words[] = {LISTED("dame"), LISTED("lady"), LISTED("ministre"), LISTED("sceaux")};
	char		c = d->s[d->toks.tok[a].byte_start];

	/* (the first letters and the last words of the titles above) */
	if (b == a || b - a > 2 || (c != 'P' && c != 'F' && c != 'G') || !FOLD_IN(d, b, last_words))
		return false;
	frn_ner_key_start(d, a);
	for (size_t j = a + 1; j <= b; j++)
		frn_ner_key_add(d, j);
	return in_list(d->key.data, d->key.len, titles, sizeof(titles) / sizeof(titles[0]));
}

/*
 * An acronym of a common noun names nothing ("une ONG", "l'ADN", "les
 * Ehpad", "un CDD", "le Smic", "la PMA", an editor's note "NDLR", "TTC",
 * a school year "CE1", an engine's layout "un bloc V8"): the model reads an
 * unknown acronym as an organisation.  Written as written; acronyms that are
 * also names in press (TGV and RER are services, CAF and CRS bodies, BAC,
 * RSA, DVD a political label "divers droite" as often as a disc) are not
 * here.
 */
static bool
common_acronym(const frn_ner_doc *d, size_t a, size_t b)
{
	/* sorted by bytes */
	static const listed capitals[] = {
		LISTED("ADN"), LISTED("ARN"), LISTED("AVC"), LISTED("BTP"), LISTED("BTS"), LISTED("CBD"),
		LISTED("CD"), LISTED("CDD"), LISTED("CDI"), LISTED("CE1"), LISTED("CE2"), LISTED("CEO"),
		LISTED("CM1"), LISTED("CM2"), LISTED("CO2"), LISTED("CP"), LISTED("CSG"), LISTED("DJ"),
		LISTED("DLUO"), LISTED("DRH"), LISTED("EHPAD"), LISTED("FFP2"),
		LISTED("GPA"), LISTED("GPS"), LISTED("HD"), LISTED("HLM"), LISTED("HPV"), LISTED("HT"),
		LISTED("IFI"), LISTED("IRM"), LISTED("ISF"), LISTED("ITT"), LISTED("IVG"), LISTED("JT"),
		LISTED("LBD"), LISTED("LED"), LISTED("LGBT"), LISTED("LGBTQ"), LISTED("MMA"),
		LISTED("NDLR"), LISTED("OGM"), LISTED("ONG"), LISTED("ORL"), LISTED("PCR"), LISTED("PDF"),
		LISTED("PIB"), LISTED("PMA"), LISTED("PME"), LISTED("PV"), LISTED("QG"), LISTED("QR"),
		LISTED("RTT"), LISTED("SDF"), LISTED("SMIC"), LISTED("SMS"), LISTED("SUV"), LISTED("THC"),
		LISTED("TPE"), LISTED("TTC"), LISTED("TV"), LISTED("TVA"), LISTED("USB"), LISTED("UV"),
		LISTED("V10"), LISTED("V12"), LISTED("V16"), LISTED("V6"), LISTED("V8"),
		LISTED("VIH"), LISTED("VIP"), LISTED("VTC"), LISTED("W12"), LISTED("W16"), LISTED("WC")
	},
				lower_case[] = {LISTED("Ehpad"), LISTED("Ndlr"), LISTED("Smic")};
	const frn_token *t = &d->toks.tok[a];
	char		second;

	/* (all of them 2 to 5 bytes long and capitalised) */
	if (a != b || t->byte_len < 2 || t->byte_len > 5 || !(t->flags & FRN_TF_CAPITALIZED))
		return false;
	second = d->s[t->byte_start + 1];
	return second >= 'a' && second <= 'z' ?
		written_in(d, a, lower_case, sizeof(lower_case) / sizeof(lower_case[0])) :
		in_sorted_list(d->s + t->byte_start, t->byte_len, capitals, sizeof(capitals) / sizeof(capitals[0]));
}

/*
 * How many tokens before the name [a, b] begin it with a number: 1 when the
 * number and the name are one name of the lists ("20 Minutes", "24 Heures
 * du Mans"), 2 when a hyphen written against both joins them ("14-Juillet",
 * the list's "14 Juillet"), else 0.  The model reads a number as no part of
 * a name.  Only a name after a number on its line is looked up.
 */
static size_t
number_of_list_name(frn_ner_doc *d, size_t a, size_t b)
{
	const uint16_t names = FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT;
	size_t		num;

	if (a == 0 || b - a + 1 >= FRN_GAZ_MAX_TOKENS)
		return 0;
	num = a - 1;
	if (a >= 2 && d->toks.tok[num].byte_len == 1 && d->s[d->toks.tok[num].byte_start] == '-' &&
		attached(d, num) && attached(d, a))
		num--;
	if (d->toks.tok[num].kind != FRN_TOK_NUMBER || !same_line(d, num + 1))
		return 0;
	frn_ner_key_start(d, num);
	for (size_t j = a; j <= b; j++)
		frn_ner_key_add(d, j);
	return (frn_gaz_lookup(d->key.data, d->key.len) & names) ? a - num : 0;
}

/*
 * How many tokens before a month name, which the model read as a work or an
 * event, are its day: an event named by its date ("le 11-Novembre", "le
 * 1er-Mai", "la manifestation du 1er Mai", "les attentats du 13-Novembre")
 * is one name with the day, as "14-Juillet" of the lists is.  2 with a
 * hyphen written against both, 1 with a space, else 0.
 */
static size_t
day_of_month_name(frn_ner_doc *d, size_t a, size_t b)
{
	static const listed months[] = {
		LISTED("janvier"), LISTED("fevrier"), LISTED("mars"), LISTED("avril"), LISTED("mai"),
		LISTED("juin"), LISTED("juillet"), LISTED("aout"), LISTED("septembre"), LISTED("octobre"),
		LISTED("novembre"), LISTED("decembre")
	};
	const frn_token *t;
	const char *c;
	size_t		num;

	if (a != b || a == 0 || !(d->toks.tok[a].flags & FRN_TF_CAPITALIZED) ||
		(d->toks.tok[a].flags & FRN_TF_ALLCAPS))
		return 0;
	num = a - 1;
	if (a >= 2 && d->toks.tok[num].byte_len == 1 && d->s[d->toks.tok[num].byte_start] == '-' &&
		attached(d, num) && attached(d, a))
		num--;
	t = &d->toks.tok[num];
	c = d->s + t->byte_start;
	/* a day: 1 to 31, or "1er" */
	if (t->kind != FRN_TOK_NUMBER ||
		!(t->byte_len == 1 ? c[0] >= '1' && c[0] <= '9' :
		  t->byte_len == 2 ? (c[0] >= '1' && c[0] <= '2' && c[1] >= '0' && c[1] <= '9') ||
		  (c[0] == '3' && (c[1] == '0' || c[1] == '1')) :
		  t->byte_len == 3 && c[0] == '1' && c[1] == 'e' && c[2] == 'r') ||
		!same_line(d, num + 1) || !FOLD_IN(d, a, months))
		return 0;
	return a - num;
}

/*
 * Does the title at token t, the first of the name sp or right before it,
 * begin a name of the organisation, brand or product lists with the rest
 * of the name ("Madame Figaro", a magazine)?  Then the name is that
 * organisation, brand or product, not the person the model read.
 */
static bool
title_of_list_name(frn_ner_doc *d, size_t t, tspan *sp)
{
	uint16_t	g;

	if (!(frn_ner_gaz(d, t) & FRN_GAZ_PREFIX) || sp->b - t >= FRN_GAZ_MAX_TOKENS || !same_line(d, t + 1))
		return false;
	frn_ner_key_start(d, t);
	for (size_t j = t + 1; j <= sp->b; j++)
		frn_ner_key_add(d, j);
	g = frn_gaz_lookup(d->key.data, d->key.len);
	if (!(g & (FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT)))
		return false;
	if (sp->kind == FRN_ENT_PER)
		sp->kind = (g & FRN_GAZ_PRODUCT) && !(g & FRN_GAZ_ORGNAME) ? FRN_ENT_MISC : FRN_ENT_ORG;
	return true;
}

/*
 * Is the name [a, b], which the model read as MISC, an organisation of the
 * lists and no brand or product ("le président du FN", "l'université d'été
 * du Medef")?  A brand may name its product ("une Audi"), an organisation
 * of the lists alone is an organisation.
 */
static bool
organisation_of_lists(frn_ner_doc *d, size_t a, size_t b)
{
	uint16_t	g;

	/* a word's own bits say whether it is one or begins one ("6Ter", "20
	 * Minutes" begin with a number, which has none) */
	if (d->toks.tok[a].kind == FRN_TOK_WORD)
	{
		g = frn_ner_gaz(d, a);
		if (a == b)
			return (g & FRN_GAZ_ORGNAME) && !(g & (FRN_GAZ_PRODUCT | FRN_GAZ_BRAND));
		if (!(g & FRN_GAZ_PREFIX))
			return false;
	}
	if (b - a >= FRN_GAZ_MAX_TOKENS)
		return false;
	frn_ner_key_start(d, a);
	for (size_t j = a + 1; j <= b; j++)
		frn_ner_key_add(d, j);
	g = frn_gaz_lookup(d->key.data, d->key.len);
	return (g & FRN_GAZ_ORGNAME) && !(g & (FRN_GAZ_PRODUCT | FRN_GAZ_BRAND));
}

/* Is token i a year from 1800 to 2099 written after token i - 1, one space
 * between? */
static bool
year_after(const frn_ner_doc *d, size_t i)
{
	const frn_token *prev = &d->toks.tok[i - 1],
			   *y = &d->toks.tok[i];
	const char *c = d->s + y->byte_start;

	return y->kind == FRN_TOK_NUMBER && y->byte_len == 4 &&
		y->byte_start == prev->byte_start + prev->byte_len + 1 && c[-1] == ' ' &&
		((c[0] == '1' && (c[1] == '8' || c[1] == '9')) || (c[0] == '2' && c[1] == '0')) &&
		c[2] >= '0' && c[2] <= '9' && c[3] >= '0' && c[3] <= '9';
}

/*
 * How many tokens after the name [a, b], of kind MISC, are its year: one in
 * "Miss France 2018", "Festival de Cannes 2019", "Euro 2016"; two in "Jeux
 * olympiques d'hiver de 2010", "Coupe du monde de 1998", where the name
 * begins with a word of the events that "de" and a year number ("la Ferrari
 * F40 de 1989", "la loi de 1905" keep theirs outside); else none.  An
 * edition of an event is written after its name; the model, which sees a
 * number as a number, often stops before it.
 */
static size_t
year_of_misc(frn_ner_doc *d, size_t a, size_t b, uint8_t kind)
{
	static const listed de[] = {LISTED("de")},
				events[] = {LISTED("jeux"), LISTED("coupe"), LISTED("coupes"), LISTED("championnat"),
		LISTED("championnats"), LISTED("mondial"), LISTED("mondiaux"), LISTED("revolution"),
		LISTED("exposition"), LISTED("festival"), LISTED("tournoi")};

	if (kind != FRN_ENT_MISC || b + 1 >= d->toks.n)
		return 0;
	if (year_after(d, b + 1))
		return 1;
	if (b + 2 < d->toks.n && FOLD_IN(d, b + 1, de) && same_line(d, b + 1) && year_after(d, b + 2) &&
		FOLD_IN(d, a, events))
		return 2;
	return 0;
}

/*
 * The end of an organisation begun by a lower-case head without the numbers
 * after its capitalised words: they are the sentence's ("selon le ministère
 * de la Santé 500 cas", "le ministère de l'Intérieur 2 000 policiers"), where
 * a number right after the head names with it ("plan 2030").
 */
static size_t
end_before_numbers(const frn_ner_doc *d, const tspan *sp)
{
	size_t		b = sp->b;

	if (sp->kind != FRN_ENT_ORG || !(d->xflags[sp->a] & FRN_NX_HEAD))
		return b;
	while (b > sp->a && d->toks.tok[b].kind == FRN_TOK_NUMBER)
		b--;
	return b < sp->b && b > sp->a && (d->toks.tok[b].flags & FRN_TF_CAPITALIZED) ? b : sp->b;
}

/*
 * May collect() widen the name sp over its neighbours [i, j] (an article, a
 * number or a title before it, a year after it)?  Not over a token of the
 * user's dictionary (its names are taken as written, and a word it says is
 * none stays out of names), nor over another name: before sp one collected
 * (first_free: the token after the last one's end), after it one that
 * begins there.  The names stay disjoint and in order: a dictionary "Le"
 * made the names "Le" and "Le Figaro" overlap.
 */
static bool
may_widen(const frn_ner_doc *d, const tspan *sp, size_t i, size_t j, size_t first_free)
{
	for (size_t k = i; k <= j; k++)
		if ((d->xflags[k] & FRN_NX_DICT) || (k < sp->a ? k < first_free : FRN_NER_IS_B(d->cls[k])))
			return false;
	return true;
}

/*
 * Do the words between two names join them in a list?  LIST_COMMA for ","
 * alone, LIST_AND for "et" or "ou" (", et" too), which may be followed by up
 * to two articles or prepositions ("de l'Adour et la Nive", "du Tibet et de
 * la Mongolie"), else LIST_NONE.
 */
typedef enum
{
	LIST_NONE,
	LIST_COMMA,
	LIST_AND
} list_link;

static list_link
list_separator(frn_ner_doc *d, size_t from, size_t to)
{
	static const listed art[] = {LISTED("de"), LISTED("du"), LISTED("des"), LISTED("d'"), LISTED("la"),
		LISTED("le"), LISTED("les"), LISTED("l'"), LISTED("a"), LISTED("au"), LISTED("aux"), LISTED("en")};
	size_t		i = from;
	bool		comma = false,
				and = false;

	/* at most ", et de la": most names are farther apart */
	if (to <= from || to - from > 4)
		return LIST_NONE;
	if (d->toks.tok[i].byte_len == 1 && d->s[d->toks.tok[i].byte_start] == ',')
		comma = true, i++;
	if (i < to && d->toks.tok[i].byte_len == 2 &&
		(memcmp(d->s + d->toks.tok[i].byte_start, "et", 2) == 0 ||
		 memcmp(d->s + d->toks.tok[i].byte_start, "ou", 2) == 0))
		and = true, i++;
	for (size_t k = 0; and && k < 2 && i < to && FOLD_IN(d, i, art); k++)
		i++;
	if (i != to)
		return LIST_NONE;
	return and ? LIST_AND : comma ? LIST_COMMA : LIST_NONE;
}

/* Is token i a place of the lists (a country, region, commune or city)? */
static bool
listed_place(frn_ner_doc *d, size_t i)
{
	return (frn_ner_gaz(d, i) | d->gaz_in[i]) & (FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY);
}

/*
 * May the name sp take the type kind of the list it is in?  Only an
 * organisation (or a person, to become a place) that the model read from
 * its context: in no list of organisations, brands, products, titles or
 * demonyms, no acronym ("l'ACO"), not a full name to become a place
 * ("Valérie Petit"), no place of the lists to
 * become a person, and none after its first word ("Météo France", "Yahoo
 * France" are firms).  A MISC (a title, a disease) stays what it is.
 */
static bool
may_take_list_type(frn_ner_doc *d, const tspan *sp, uint8_t kind)
{
	const uint16_t known = FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT | FRN_GAZ_ORGWORD |
		FRN_GAZ_ORGSUFFIX | FRN_GAZ_DEMONYM | FRN_GAZ_TITLE;

	if (!(sp->kind == FRN_ENT_ORG || (sp->kind == FRN_ENT_PER && kind == FRN_ENT_LOC)) ||
		(d->xflags[sp->a] & FRN_NX_DICT) || (d->toks.tok[sp->a].flags & FRN_TF_ALLCAPS) ||
		(kind == FRN_ENT_PER && listed_place(d, sp->a)) || (kind == FRN_ENT_LOC && full_name(d, sp->a, sp->b)))
		return false;
	for (size_t i = sp->a; i <= sp->b; i++)
		if (((frn_ner_gaz(d, i) | d->gaz_in[i]) & known) || (i > sp->a && listed_place(d, i)))
			return false;
	return true;
}

/*
 * The kind a plural noun right before a list names ("les villes de X, Y et
 * Z", "les communes : X, Y", "les îles de X et Y", "les philosophes X et
 * Y"), or FRN_ENT_NONE.  Between the noun and the first name: nothing,
 * "de", "d'", ":" or "comme"; not "de" after a noun of persons.
 */
static uint8_t
kind_of_list_head(frn_ner_doc *d, size_t first)
{
	static const listed link[] = {LISTED("de"), LISTED("d'"), LISTED(":"), LISTED("comme")},
				de[] = {LISTED("de"), LISTED("d'")},
				places[] = {LISTED("villes"), LISTED("communes"), LISTED("villages"), LISTED("iles"),
		LISTED("rivieres"), LISTED("regions"), LISTED("provinces"), LISTED("cites"), LISTED("localites"),
		LISTED("departements"), LISTED("cantons"), LISTED("quartiers"), LISTED("hameaux"),
		LISTED("comtes"), LISTED("etats"), LISTED("affluents"), LISTED("fleuves"), LISTED("lacs"),
		LISTED("vallees"), LISTED("bourgs"), LISTED("municipalites"), LISTED("arrondissements"),
		LISTED("districts"), LISTED("territoires"), LISTED("royaumes"), LISTED("archipels")},
				persons[] = {LISTED("auteurs"), LISTED("ecrivains"), LISTED("philosophes"), LISTED("historiens"),
		LISTED("poetes"), LISTED("peintres"), LISTED("artistes"), LISTED("chanteurs"), LISTED("chanteuses"),
		LISTED("musiciens"), LISTED("acteurs"), LISTED("actrices"), LISTED("joueurs"), LISTED("joueuses"),
		LISTED("rois"), LISTED("empereurs"), LISTED("catcheurs"), LISTED("compositeurs"), LISTED("savants"),
		LISTED("ecrivaines"), LISTED("rappeurs"), LISTED("humoristes"), LISTED("comediens"), LISTED("comediennes"),
		LISTED("realisateurs"), LISTED("cineastes"), LISTED("pilotes"), LISTED("cyclistes"), LISTED("footballeurs")};
	size_t		i = first;
	bool		of = false;

	if (i > 0 && FOLD_IN(d, i - 1, link))
		of = FOLD_IN(d, i - 1, de), i--;
	if (i == 0)
		return FRN_ENT_NONE;
	if (FOLD_IN(d, i - 1, places))
		return FRN_ENT_LOC;
	/* "les pilotes de X et Y" names their teams */
	if (!of && FOLD_IN(d, i - 1, persons))
		return FRN_ENT_PER;
	return FRN_ENT_NONE;
}

/*
 * The names of a list agree ("Uruk, Nippur et Larsa", "chez Descartes et
 * Leibniz"): in a run of names joined by list_separator (three or more, or
 * two joined by "et" or "ou"), after a plural noun of places (persons) or
 * where at least two names and more than half of them are places
 * (persons), a name of another type takes their type where
 * may_take_list_type allows.  The model reads each unknown word from its
 * neighbours, and the neighbours in a list are names: it gives a place it
 * does not know the type of a team or a firm.  Two names with one place
 * make no majority: a person or a firm next to a place stays ("Trump et la
 * Chine", "entre Vextrane et la France").  A list of towns the model read as
 * persons is no list of persons: a run with a place of the lists read as a
 * place is not made persons, nor is a place of the lists.
 */
static void
agree_in_lists(frn_ner_doc *d, tspan *sp, size_t n)
{
	for (size_t first = 0, last; first < n; first = last + 1)
	{
		size_t		places = 0,
					persons = 0,
					len;
		bool		listed_loc = false;
		list_link	link = LIST_NONE,
					next;
		uint8_t		kind;

		for (last = first; last + 1 < n; last++, link = next)
			if ((next = list_separator(d, sp[last].b + 1, sp[last + 1].a)) == LIST_NONE)
				break;
		len = last - first + 1;
		/* a list of two ends with "et" or "ou": a comma alone may close a
		 * phrase put before its sentence ("À Paris, Vextrane a ouvert") */
		if (len < 2 || (link != LIST_AND && len < 3))
			continue;
		for (size_t k = first; k <= last; k++)
		{
			places += sp[k].kind == FRN_ENT_LOC;
			persons += sp[k].kind == FRN_ENT_PER;
			listed_loc |= sp[k].kind == FRN_ENT_LOC && listed_place(d, sp[k].a);
		}
		/* the noun before the list first ("les villes de X et Y") */
		kind = kind_of_list_head(d, sp[first].a);
		if (kind == FRN_ENT_NONE && places >= 2 && 2 * places > len)
			kind = FRN_ENT_LOC;
		else if (kind == FRN_ENT_NONE && persons >= 2 && 2 * persons > len && !listed_loc)
			kind = FRN_ENT_PER;
		if (kind == FRN_ENT_NONE)
			continue;
		for (size_t k = first; k <= last; k++)
			if (sp[k].kind != kind && may_take_list_type(d, &sp[k], kind))
				sp[k].kind = kind;
	}
}

/*
 * A preposition, a conjunction or a relative pronoun in lower case ends no
 * name: the tagger ran on past the name ("le Parlement dans", "la Bugatti
 * Chiron Pur Sport qui", "le César pour").  Unless a quote closes right
 * after it: the end of a title ("« Vivre avec »").
 */
static bool
run_on_word(frn_ner_doc *d, size_t b)
{
	static const listed words[] = {
		LISTED("à"), LISTED("au"), LISTED("aux"), LISTED("avec"), LISTED("chez"), LISTED("contre"),
		LISTED("dans"), LISTED("dont"), LISTED("entre"), LISTED("et"), LISTED("ou"), LISTED("où"),
		LISTED("par"), LISTED("pour"), LISTED("que"), LISTED("qui"), LISTED("sans"), LISTED("sous"),
		LISTED("sur"), LISTED("vers")
	};

	const frn_token *t = &d->toks.tok[b];

	/* (most names that end in lower case end in a longer word: "nationale") */
	return (d->xflags[b] & FRN_NX_LOWER) && t->byte_len <= 6 && IN_LIST(d->s + t->byte_start, t->byte_len, words) &&
		!(b + 1 < d->toks.n && mark_of(d, b + 1, close_quotes, NQUOTES) < NQUOTES);
}

/*
 * A demonym of the lists alone names people, not a place ("des Français",
 * "entre Palestiniens et Israéliens"), unless it is a place too ("Corse",
 * "Argentine").
 */
static bool
demonym_alone(frn_ner_doc *d, size_t a, size_t b)
{
	return a == b &&
		(frn_ner_gaz(d, a) & (FRN_GAZ_DEMONYM | FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY)) ==
		FRN_GAZ_DEMONYM;
}

/* Names as token spans, cleaned: no leading title, no trailing particle. */
static size_t
collect(frn_ner_doc *d, tspan *out)
{
	size_t		n = 0,
				last = 0;		/* the last token of the name at i, as tagged */

	/* from name to name: the tokens inside one are passed over */
	for (size_t i = frn_ner_next_in_name(d, 0); i < d->toks.n; i = frn_ner_next_in_name(d, last + 1))
	{
		tspan		sp;
		size_t		first_free = n > 0 ? out[n - 1].b + 1 : 0,
					number;
		bool		hour;

		if ((n & 1023) == 1023)
			frn_check_interrupts();
		last = i;
		if (!FRN_NER_IS_B(d->cls[i]))
			continue;
		sp.a = i;
		sp.b = i;
		sp.head = i;
		sp.kind = (uint8_t) FRN_NER_TYPE(d->cls[i]);
		sp.cut_period = false;
		sp.year_tokens = 0;
		while (sp.b + 1 < d->toks.n && d->cls[sp.b + 1] == FRN_NER_I(sp.kind))
			sp.b++;
		last = sp.b;
		/* the user's names are taken as written */
		if (d->xflags[sp.a] & FRN_NX_DICT)
		{
			out[n++] = sp;
			continue;
		}
		if (sp.b - sp.a >= 2)
			split_person_after_name(d, &sp);
		/* a person split off the end is a name of its own, read next */
		last = sp.b;
		/* "M." is the title, not an initial: "M. Brandt" is "Brandt"; a
		 * magazine "Madame Figaro" keeps it */
		while (sp.a < sp.b && (frn_ner_gaz(d, sp.a) & FRN_GAZ_TITLE) && !title_of_list_name(d, sp.a, &sp))
			sp.a++;
		if (sp.a > 0 && (d->toks.tok[sp.a - 1].flags & FRN_TF_CAPITALIZED) &&
			(frn_ner_gaz(d, sp.a - 1) & FRN_GAZ_TITLE) && may_widen(d, &sp, sp.a - 1, sp.a - 1, first_free) &&
			title_of_list_name(d, sp.a - 1, &sp))
			sp.a--;
		while (sp.b > sp.a && (frn_ner_cannot_end(d, sp.b) || run_on_word(d, sp.b)))
			sp.b--;
		sp.b = end_before_numbers(d, &sp);
		if (suffix_period(d, sp.b))
			sp.b++;
		/* (most names are no single byte) */
		hour = d->toks.tok[sp.a].byte_len == 1 && h_of_hour(d, sp.a, sp.b);
		/* a title or an initial alone ("M.", "S.") names no one */
		if (!(d->xflags[sp.a] & FRN_NX_MAY_BEGIN) ||
			(sp.a == sp.b && (d->toks.tok[sp.a].flags & FRN_TF_ABBREV)) ||
			word_before_count(d, sp.a, sp.b) || unit_after_number(d, sp.a, sp.b) ||
			function_word_alone(d, sp.a, sp.b) || portfolio_of_minister(d, sp.a, sp.b) ||
			common_acronym(d, sp.a, sp.b) || clock_time(d, sp.a, sp.b) || title_written_as_name(d, sp.a, sp.b) ||
			common_noun_after_article(d, sp.a, sp.b, sp.kind) || (sp.kind == FRN_ENT_MISC && word_at_sentence_start(d, sp.a, sp.b)) ||
			(hour && !news_of_hour(d, sp.a)))
			continue;
		sp.head = sp.a;
		if (sp.a > 0 && may_widen(d, &sp, sp.a - 1, sp.a - 1, first_free) &&
			article_of_list_name(d, sp.a - 1, sp.b, &sp.kind))
			sp.a--;
		else if (sp.a > 0 && may_widen(d, &sp, sp.a - 1, sp.a - 1, first_free) && article_of_name(d, sp.a - 1))
			sp.head = --sp.a;
		else
		{
			number = number_of_list_name(d, sp.a, sp.b);
			if (number == 0 && sp.kind == FRN_ENT_MISC)
				number = day_of_month_name(d, sp.a, sp.b);
			if (number == 0 && hour)
			{
				number = 1;
				sp.kind = FRN_ENT_MISC;
			}
			if (number > 0 && may_widen(d, &sp, sp.a - number, sp.a - 1, first_free))
				sp.a -= number;
		}
		if (sp.kind == FRN_ENT_LOC && demonym_alone(d, sp.a, sp.b))
			continue;
		if (sp.kind == FRN_ENT_MISC && organisation_of_lists(d, sp.a, sp.b))
			sp.kind = FRN_ENT_ORG;
		if (sp.kind != FRN_ENT_PER && person_after_civil_title(d, sp.a, sp.b))
			sp.kind = FRN_ENT_PER;
		sp.year_tokens = (uint8_t) year_of_misc(d, sp.a, sp.b, sp.kind);
		if (sp.year_tokens > 0 && !may_widen(d, &sp, sp.b + 1, sp.b + sp.year_tokens, first_free))
			sp.year_tokens = 0;
		sp.b += sp.year_tokens;
		if (sp.kind == FRN_ENT_PER && product_ends_sentence(d, sp.a, sp.b))
			sp.kind = FRN_ENT_MISC;
		sp.cut_period = initial_ends_sentence(d, sp.b, sp.kind);
		out[n++] = sp;
	}
	agree_in_lists(d, out, n);
	return n;
}

/*
 * Evidence: the names found in the text, by key, and for each hash of a
 * first word (FRN_EVIDENCE_HASHES of them) the most tokens of a name that
 * begins with it.  The scan builds no key for a word that begins no name
 * of the evidence, nor for a tagged name that none of them could extend.
 */
#define FRN_EVIDENCE_HASHES 4096

typedef struct evidence
{
	keymap		km;
	uint8_t		longest[FRN_EVIDENCE_HASHES];
} evidence;

static void
evidence_put(evidence *ev, frn_ner_doc *d, size_t a, size_t b, uint8_t kind)
{
	uint8_t    *l = &ev->longest[frn_ner_word(d, a) % FRN_EVIDENCE_HASHES];

	/* b - a < KM_MAX_TOKENS when the key is stored */
	if (km_put_tokens(&ev->km, d, a, b, KM_ENTRY, kind) && *l < b - a + 1)
		*l = (uint8_t) (b - a + 1);
}

/* May a name of the evidence longer than len tokens begin at token i? */
static bool
evidence_may_begin(evidence *ev, frn_ner_doc *d, size_t i, size_t len)
{
	return ev->longest[frn_ner_word(d, i) % FRN_EVIDENCE_HASHES] > len;
}

/*
 * The first token of the surname of a full person name, with its particle
 * ("Le Pen" of "Marine Le Pen"); sp->head when the name is one word or ends
 * with an ordinary word.
 */
static inline size_t
surname_start(frn_ner_doc *d, const tspan *sp)
{
	size_t		first = sp->b;

	if (sp->kind != FRN_ENT_PER || sp->b == sp->head ||
		!(d->xflags[sp->b] & FRN_NX_CANDIDATE) || (frn_ner_gaz(d, sp->b) & FRN_GAZ_WORD))
		return sp->head;
	while (first - 1 > sp->head && (frn_ner_gaz(d, first - 1) & FRN_GAZ_PARTICLE))
		first--;
	return first;
}

/*
 * Surnames (surnames_of_persons): a surname of a full person name of the
 * text is that person where the model read a place or a work ("Emmanuel
 * Macron" ... "le couple Macron", "voter Macron", "Valls a dit"), unless
 * the lists know the word as a place, an organisation, a brand or a product
 * ("Ettore Bugatti" ... "une Bugatti", "Hollande").  An organisation is left
 * as read: firms are named after their founders ("Vincent Bolloré" ... "le
 * groupe Bolloré").  propagate() fills two filters of last words, of the
 * surnames and of the places and works that may be one, and builds the
 * surnames' keys only when the two meet.
 */
#define FRN_SURNAME_FILTER 1024		/* bits of the filters of surnames' last words */

/* the lists whose names are no surname */
#define FRN_GAZ_LISTED	(FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY | \
						 FRN_GAZ_ORGNAME | FRN_GAZ_BRAND | FRN_GAZ_PRODUCT)

/* The first token of the surname of sp, a full name begun by a first name
 * that is no name of the lists, or sp->head */
static size_t
surname_of_full_name(frn_ner_doc *d, const tspan *sp)
{
	size_t		first = surname_start(d, sp);

	/* "Porsche Panamera", read as a person, has no surname "Panamera" */
	if (first == sp->head ||
		(frn_ner_gaz(d, sp->head) & (FRN_GAZ_FIRSTNAME | FRN_GAZ_LISTED)) != FRN_GAZ_FIRSTNAME)
		return sp->head;
	return first;
}

/* May span sp, a place or a work the model read, be a surname? */
static inline bool
may_be_surname(frn_ner_doc *d, const tspan *sp)
{
	return (sp->kind == FRN_ENT_LOC || sp->kind == FRN_ENT_MISC) && sp->head == sp->a &&
		!sp->year_tokens && (d->xflags[sp->b] & FRN_NX_CANDIDATE) &&
		!(frn_ner_gaz(d, sp->b) & (FRN_GAZ_LISTED | FRN_GAZ_WORD));
}

/* Set the bit of token i's word in a filter; true. */
static bool
filter_set(uint64_t *filter, frn_ner_doc *d, size_t i)
{
	uint32_t	h = frn_ner_word(d, i) % FRN_SURNAME_FILTER;

	filter[h / 64] |= UINT64_C(1) << (h % 64);
	return true;
}

/*
 * The places and works of sp[0..n) that are a surname of a full name
 * become persons, in the classes (read by a second collect()), in sp and
 * in the evidence ev.
 */
static void
surnames_of_persons(frn_ner_doc *d, tspan *sp, size_t n, evidence *ev)
{
	evidence	sur;

	km_init(&sur.km, 0);
	memset(sur.longest, 0, sizeof(sur.longest));
	for (size_t k = 0; k < n; k++)
	{
		size_t		first = surname_of_full_name(d, &sp[k]);

		if ((k & 1023) == 1023)
			frn_check_interrupts();
		if (first != sp[k].head)
			evidence_put(&sur, d, first, sp[k].b, FRN_ENT_PER);
	}
	for (size_t k = 0; k < n; k++)
	{
		uint8_t		kind = 0;

		if ((k & 1023) == 1023)
			frn_check_interrupts();
		if (!may_be_surname(d, &sp[k]) || !evidence_may_begin(&sur, d, sp[k].a, 0) ||
			km_longest(&sur.km, d, sp[k].a, &kind) != sp[k].b + 1)
			continue;
		sp[k].kind = FRN_ENT_PER;
		set_name(d, sp[k].a, sp[k].b, FRN_ENT_PER);
		evidence_put(ev, d, sp[k].a, sp[k].b, FRN_ENT_PER);
	}
	km_free(&sur.km);
}

/*
 * Document evidence: names found in the text, and the last part of full
 * person names, are tagged where the tagger left them out.  Only capitalised
 * tokens are considered; the dictionary's NONE entries still win.  Returns
 * whether a name was added.
 */
static bool
propagate(frn_ner_doc *d, tspan *sp, size_t n, const frn_dict *dict)
{
	evidence	ev;
	bool		added = false;
	/* the last words of surnames, and of places and works that may be one */
	uint64_t	surnames[FRN_SURNAME_FILTER / 64] = {0},
				maybe[FRN_SURNAME_FILTER / 64] = {0};
	bool		any_surname = false,
				any_maybe = false;
	size_t		keys = 0;

	if (n == 0)
		return false;
	/* the keys of the names' tokens, most of them: the map need not grow */
	for (size_t k = 0; k < n; k++)
		keys += sp[k].b - sp[k].head < KM_MAX_TOKENS ? sp[k].b - sp[k].head + 1 : 0;
	km_init(&ev.km, keys);
	memset(ev.longest, 0, sizeof(ev.longest));
	for (size_t k = 0; k < n; k++)
	{
		/* "20 Minutes" and "Le Figaro" (at a sentence start) are put as
		 * "Minutes" and "Figaro", the model's part, found again where the
		 * model tags it; collect() gives them their number or article */
		size_t		a = sp[k].head,
					first;

		if ((k & 1023) == 1023)
			frn_check_interrupts();
		if (sp[k].kind != FRN_ENT_PER && may_be_surname(d, &sp[k]))
			any_maybe = filter_set(maybe, d, sp[k].b);
		/* a lone capitalised word at a sentence start is weak evidence */
		if (a == sp[k].b && (d->toks.tok[a].flags & FRN_TF_SENT_START))
			continue;
		evidence_put(&ev, d, a, sp[k].b, sp[k].kind);
		/* a company without its legal form ("Transmanche Logistique" SAS) */
		if (sp[k].kind == FRN_ENT_ORG)
		{
			size_t		last = sp[k].b;

			while (last > a && (frn_ner_gaz(d, last) & FRN_GAZ_ORGSUFFIX))
				last--;
			if (last < sp[k].b)
				evidence_put(&ev, d, a, last, FRN_ENT_ORG);
		}
		/* an event without its year ("Miss France" of "Miss France 2018") */
		if (sp[k].year_tokens)
			evidence_put(&ev, d, sp[k].a, sp[k].b - sp[k].year_tokens, FRN_ENT_MISC);
		/* the surname of a full name, with its particle ("Le Pen") */
		first = sp[k].kind == FRN_ENT_PER ? surname_start(d, &sp[k]) : a;
		if (first > a)
		{
			evidence_put(&ev, d, first, sp[k].b, FRN_ENT_PER);
			if (first != sp[k].b)
				evidence_put(&ev, d, sp[k].b, sp[k].b, FRN_ENT_PER);
			if (surname_of_full_name(d, &sp[k]) != sp[k].head)
				any_surname = filter_set(surnames, d, sp[k].b);
		}
	}
	if (any_surname && any_maybe)
	{
		bool		may = false;

		for (size_t w = 0; w < FRN_SURNAME_FILTER / 64; w++)
			may |= (surnames[w] & maybe[w]) != 0;
		if (may)
			surnames_of_persons(d, sp, n, &ev);
	}
	/* the capitalised words are among the possible first words */
	for (size_t k = 0, next = 0; k < d->nbegins; k++)
	{
		size_t		i = d->begins[k],
					end,
					tagged;
		uint8_t		kind = 0;

		if ((k & 1023) == 1023)
			frn_check_interrupts();
		/* inside a name (the tagger's or one added here), or a word that
		 * cannot begin one */
		if (i < next || (d->cls[i] != FRN_NER_O && !FRN_NER_IS_B(d->cls[i])) ||
			!(d->xflags[i] & FRN_NX_CANDIDATE))
			continue;
		/* a name found here must be longer than the one the tagger found */
		tagged = d->cls[i] == FRN_NER_O ? 0 : name_end(d, i) + 1 - i;
		if (!evidence_may_begin(&ev, d, i, tagged))
			continue;
		end = km_longest(&ev.km, d, i, &kind);
		if (end <= i + tagged)
			continue;
		/*
		 * Names of another type inside it give way to the longer name
		 * ("Heller" in "Heller & Brandt"); it must not cut a name that goes
		 * on past its end, nor match the dictionary's NONE entries.
		 */
		if (end < d->toks.n && d->cls[end] != FRN_NER_O && !FRN_NER_IS_B(d->cls[end]))
			end = i;
		if (end > i && dict)
		{
			uint8_t		dk = 0;

			if (km_longest(&dict->km, d, i, &dk) > i && dk == FRN_ENT_NONE)
				end = i;
		}
		if (end > i)
		{
			set_name(d, i, end - 1, kind);
			added = true;
			next = end;
		}
	}
	km_free(&ev.km);
	return added;
}

/* Append the folded surface of tokens [a, b] (original spacing) to buf. */
static void
fold_span(frn_ner_doc *d, size_t a, size_t b, frn_buf *buf)
{
	size_t		most = 0;
	char	   *p;

	/* room for the folds and a space before each, made once */
	for (size_t i = a; i <= b; i++)
		most += 1 + d->fold_len[i];
	frn_buf_reserve(buf, most);
	p = buf->data + buf->len;
	for (size_t i = a; i <= b; i++)
	{
		size_t		len;
		const char *f = frn_ner_fold(d, i, &len);

		if (i > a && (d->toks.tok[i].flags & FRN_TF_SPACE_BEFORE))
			*p++ = ' ';
		memcpy(p, f, len);
		p += len;
	}
	*p = '\0';
	buf->len = (size_t) (p - buf->data);
}

/*
 * Person norms: a name that ends a longer person name of the text ("Macron",
 * "M. Le Pen") takes that full name's norm, when the text has exactly one
 * such full name.  The word-boundary suffixes of every full name, up to
 * KM_MAX_TOKENS words, go into a map (suffix -> entity, or ambiguous), so
 * this is linear in the names.
 */
#define KM_AMBIGUOUS 0xFFFFFFFFu

static void
group_persons(frn_entities *out)
{
	keymap		km;
	size_t		persons = 0;

	/* a norm is taken from another person: nothing to do for fewer than two */
	for (size_t m = 0; m < out->n && persons < 2; m++)
		persons += out->ent[m].kind == FRN_ENT_PER;
	if (persons < 2)
		return;
	km_init(&km, 0);
	for (size_t m = 0; m < out->n; m++)
	{
		const frn_entity *f = &out->ent[m];
		const char *fn;
		size_t		words = 0;

		if ((m & 1023) == 1023)
			frn_check_interrupts();
		if (f->kind != FRN_ENT_PER)
			continue;
		fn = out->norms.data + f->norm_off;
		/* the suffixes after a space, shortest first */
		for (size_t q = f->norm_len; q-- > 1 && words < KM_MAX_TOKENS;)
		{
			kslot	   *s;

			if (fn[q - 1] != ' ')
				continue;
			words++;
			s = km_put(&km, fn + q, f->norm_len - q, KM_ENTRY, 0);
			if (s->val == 0)
				s->val = (uint32_t) m + 1;
			else if (s->val != KM_AMBIGUOUS)
			{
				const frn_entity *g = &out->ent[s->val - 1];

				if (g->norm_len != f->norm_len ||
					memcmp(out->norms.data + g->norm_off, fn, f->norm_len) != 0)
					s->val = KM_AMBIGUOUS;
			}
		}
	}
	for (size_t k = 0; k < out->n; k++)
	{
		frn_entity *e = &out->ent[k];
		const kslot *s;

		if (e->kind != FRN_ENT_PER)
			continue;
		s = km_find(&km, km_hash(out->norms.data + e->norm_off, e->norm_len),
					out->norms.data + e->norm_off, e->norm_len);
		if (s->flags && s->val != 0 && s->val != KM_AMBIGUOUS)
		{
			e->norm_off = out->ent[s->val - 1].norm_off;
			e->norm_len = out->ent[s->val - 1].norm_len;
		}
	}
	km_free(&km);
}

void
frn_entities_init(frn_entities *e)
{
	memset(e, 0, sizeof(*e));
	frn_buf_init(&e->norms);
}

void
frn_entities_free(frn_entities *e)
{
	frn_free(e->ent);
	frn_buf_free(&e->norms);
	memset(e, 0, sizeof(*e));
}

/*
 * A long text is tagged in pieces, so that memory stays proportional to the
 * piece, not to the text; news articles are one piece.  A piece is tagged up
 * to piece_end (about FRN_ENT_PIECE bytes, after a line break or else a
 * space), but only the names before its cut (piece_cut) are kept: the text
 * from the cut on is tagged again as the start of the next piece.  So a
 * name, with the context the tagger reads around it, is never split, and
 * the text is tagged at most about twice.
 */
#define FRN_ENT_PIECE	(256 * 1024)
#define FRN_ENT_SEARCH	(64 * 1024)

static size_t
piece_end(const char *s, size_t len, size_t from)
{
	size_t		lim;

	if (len - from <= FRN_ENT_PIECE + FRN_ENT_SEARCH)
		return len;
	lim = from + FRN_ENT_PIECE + FRN_ENT_SEARCH;
	for (size_t i = from + FRN_ENT_PIECE; i < lim; i++)
		if (s[i] == '\n')
			return i + 1;
	for (size_t i = from + FRN_ENT_PIECE; i < lim; i++)
		if (s[i] == ' ')
			return i + 1;
	/* no space in 64 kB: cut before a UTF-8 lead byte */
	lim = from + FRN_ENT_PIECE;
	while (lim > from && ((unsigned char) s[lim] & 0xC0) == 0x80)
		lim--;
	return lim > from ? lim : len;
}

/*
 * Does token t (t > 0) follow a break that no rule reads across: white
 * space after a token that ends with ".", "!", "?" or ";" (a mark, or a word
 * with its period: "°F. il"), or a line break?  (A name's own tokens, as "M."
 * of "M. Dupont", are no cut: piece_cut asks of tokens outside names only.)
 */
static bool
after_break(const frn_ner_doc *d, size_t t)
{
	const frn_token *x = &d->toks.tok[t],
			   *before = x - 1;
	size_t		end = before->byte_start + before->byte_len;

	if (!(x->flags & FRN_TF_SPACE_BEFORE))
		return false;
	return memchr(".!?;", d->s[end - 1], 4) != NULL || memchr(d->s + end, '\n', x->byte_start - end) != NULL;
}

/*
 * The token of a piece of len bytes before which its names are kept: the
 * last sentence start of the second half of the piece that is not inside a
 * name (spans sp[0..n), in order), else the last token there outside every
 * name after a break (after_break: "il fait 42,1°C. il", where no capital
 * starts a sentence), else the last token there outside every name; never
 * the last token, whose right context is cut.  0 when there is none: a name
 * longer than half a piece (128 kB) is cut at the piece's end.
 */
static size_t
piece_cut(const frn_ner_doc *d, const tspan *sp, size_t n, size_t len)
{
	size_t		k = n,
				broken = 0,
				outside = 0;

	for (size_t t = d->toks.n > 0 ? d->toks.n - 1 : 0; t-- > 1 && d->toks.tok[t].byte_start >= len / 2;)
	{
		while (k > 0 && sp[k - 1].a >= t)
			k--;
		if (k > 0 && sp[k - 1].b >= t)
			continue;
		if (d->toks.tok[t].flags & FRN_TF_SENT_START)
			return t;
		if (broken == 0 && after_break(d, t))
			broken = t;
		if (outside == 0)
			outside = t;
	}
	return broken ? broken : outside;
}

/*
 * Tag one piece s[0..len) starting at (byte, char) offset base_b, base_c,
 * and append its names; returns the bytes it covers (len for the last
 * piece, else up to its cut).
 */
static size_t
find_piece(const char *s, size_t len, bool last, uint32_t base_b, uint32_t base_c,
		   const frn_dict *dict, frn_entities *out)
{
	frn_ner_doc d;
	tspan	   *sp;
	size_t		n,
				cut = 0,
				covered = len;

	frn_ner_doc_init(&d);
	frn_ner_analyze(&d, s, len);
	frn_ner_tag(&d);
	if (dict && dict->entries > 0)
		apply_dict(&d, dict);
	sp = frn_malloc((d.toks.n + 1) * sizeof(tspan));
	join_names(&d);
	split_joined_names(&d);
	quoted_titles(&d);
	n = collect(&d, sp);
	if (propagate(&d, sp, n, dict))
		n = collect(&d, sp);
	if (!last)
		cut = piece_cut(&d, sp, n, len);
	if (cut > 0)
	{
		covered = d.toks.tok[cut].byte_start;
		while (n > 0 && sp[n - 1].a >= cut)
			n--;
	}

	FRN_VEC_GROW(out->ent, out->n, out->cap, n);
	for (size_t k = 0; k < n; k++)
	{
		const frn_token *ta = &d.toks.tok[sp[k].a],
				   *tb = &d.toks.tok[sp[k].b];
		frn_entity *e = &out->ent[out->n++];

		e->byte_start = base_b + ta->byte_start;
		e->byte_len = tb->byte_start + tb->byte_len - ta->byte_start - sp[k].cut_period;
		e->char_start = base_c + ta->char_start;
		e->char_len = tb->char_start + tb->char_len - ta->char_start - sp[k].cut_period;
		e->kind = sp[k].kind;
		e->norm_off = (uint32_t) out->norms.len;
		fold_span(&d, sp[k].a, sp[k].b, &out->norms);
		out->norms.len -= sp[k].cut_period;	/* the fold of "Y." ends with its period */
		e->norm_len = (uint32_t) (out->norms.len - e->norm_off);
	}
	frn_free(sp);
	frn_ner_doc_free(&d);
	return covered;
}

void
frn_entities_find(const char *s, size_t len, const frn_dict *dict, frn_entities *out)
{
	size_t		b = 0,
				c = 0;

	out->n = 0;
	frn_buf_reset(&out->norms);
	while (b < len)
	{
		size_t		e = piece_end(s, len, b);

		e = b + find_piece(s + b, e - b, e == len, (uint32_t) b, (uint32_t) c, dict, out);
		if (e < len)
			c += frn_utf8_count(s + b, e - b);
		b = e;
	}
	group_persons(out);
}

static const char *const kind_names[FRN_ENT__COUNT] = {"NONE", "PER", "LOC", "ORG", "MISC"};

const char *
frn_entity_kind_name(frn_entity_kind k)
{
	return (unsigned) k < FRN_ENT__COUNT ? kind_names[k] : "NONE";
}

int
frn_entity_kind_parse(const char *s, size_t len)
{
	for (int k = 0; k < FRN_ENT__COUNT; k++)
		if (strlen(kind_names[k]) == len && strncasecmp(kind_names[k], s, len) == 0)
			return k;
	return -1;
}
