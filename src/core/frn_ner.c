/*
 * frn_ner.c — document analysis, features and greedy perceptron tagging.
 */
#include <string.h>

#include "frn_gazetteer.h"
#include "frn_ner.h"
#include "frn_normalize.h"
#include "frn_utf8.h"

#include "frn_ner_model.inc"

_Static_assert(FRN_NER_NCLASSES == FRN_NER_NCLASS, "the model's classes are the tagger's");
_Static_assert(FRN_NER_NCLASS == 9, "frn_ner_tag keeps nine sums in registers");

/* feature templates (mixed into every feature hash) */
enum
{
	T_BIAS = 1, T_W, T_W_P1, T_W_N1, T_W_P2, T_W_P1_W, T_W_P2_P1, T_SUFFIX,
	T_SHAPE, T_SHAPE_P1, T_SHAPE_N1, T_FLAGS,
	T_GAZ, T_GAZ_P1, T_GAZ_N1, T_GAZ_IN,
	T_PREV, T_PREV2, T_PREV_W, T_PREV_SHAPE, T_PREV_GAZ, T_PREV_SUFFIX
};

static inline uint32_t
mix(uint32_t a, uint32_t b)
{
	uint32_t	h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));

	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h;
}

void
frn_ner_doc_init(frn_ner_doc *d)
{
	memset(d, 0, sizeof(*d));
	frn_tokens_init(&d->toks);
	frn_spans_init(&d->sents);
	frn_buf_init(&d->fold);
	frn_buf_init(&d->key);
}

void
frn_ner_doc_free(frn_ner_doc *d)
{
	frn_tokens_free(&d->toks);
	frn_spans_free(&d->sents);
	frn_buf_free(&d->fold);
	frn_buf_free(&d->key);
	frn_free(d->fold_off);
	frn_free(d->fold_len);
	frn_free(d->h_word);
	frn_free(d->h_shape);
	frn_free(d->h_suffix);
	frn_free(d->gaz);
	frn_free(d->gaz_in);
	frn_free(d->gaz_first);
	frn_free(d->xflags);
	frn_free(d->cls);
	memset(d, 0, sizeof(*d));
}

static void
reserve(frn_ner_doc *d, size_t n)
{
	if (n <= d->cap)
		return;
	d->cap = n < 64 ? 64 : n;
#define GROW(f) d->f = frn_realloc(d->f, d->cap * sizeof(*d->f))
	GROW(fold_off);
	GROW(fold_len);
	GROW(h_word);
	GROW(h_shape);
	GROW(h_suffix);
	GROW(gaz);
	GROW(gaz_in);
	GROW(gaz_first);
	GROW(xflags);
	GROW(cls);
#undef GROW
}

/*
 * Shape of a token: upper-case letters X, other letters x, digits d, other
 * characters as themselves, runs of one class collapsed ("Jean-Pierre" ->
 * "Xx-Xx", "ANSSI" -> "XX", "G7" -> "Xd").
 */
static uint32_t
shape_hash(const char *s, size_t len)
{
	char		buf[24];
	size_t		n = 0,
				i = 0;
	char		last = 0;

	while (i < len && n < sizeof(buf))
	{
		int32_t		c = frn_utf8_next(s, len, &i);
		char		k;

		if (c < 0x80)			/* ASCII: no table lookups */
			k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' :
				(c >= '0' && c <= '9') ? 'd' : (char) c;
		else if (frn_is_upper(c))
			k = 'X';
		else if (frn_is_letter(c))
			k = 'x';
		else if (frn_is_digit(c))
			k = 'd';
		else if (frn_is_apostrophe(c))
			k = '\'';
		else if (c < 0x80)
			k = (char) c;
		else
			k = '*';
		if (k != last)
			buf[n++] = k;
		last = k;
	}
	/* an all-capitals word of one letter ("A") differs from an acronym */
	if (n == 1 && buf[0] == 'X' && len > 1)
		buf[n++] = 'X';
	return frn_hash_bytes(buf, n, 11);
}

static bool
is_opening(const char *s, size_t n)
{
	static const char *const open[] = {"«", "“", "\"", ":", "—", "–", "(", "‘", "„", NULL};

	/* all of them start with one of these bytes */
	if (s[0] != '\xc2' && s[0] != '\xe2' && s[0] != '"' && s[0] != ':' && s[0] != '(')
		return false;
	for (int k = 0; open[k]; k++)
		if (strlen(open[k]) == n && memcmp(open[k], s, n) == 0)
			return true;
	return false;
}

#define GAZ_UNKNOWN 0xFFFF			/* never a real set of bits */

static void
fold(frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (d->xflags[i] & FRN_NX_FOLDED)
		return;
	d->fold_off[i] = (uint32_t) d->fold.len;
	d->fold_len[i] = (uint32_t) frn_fold(d->s + t->byte_start, t->byte_len, &d->fold);
	d->h_word[i] = frn_hash_bytes(d->fold.data + d->fold_off[i], d->fold_len[i], 3);
	d->xflags[i] |= FRN_NX_FOLDED;
}

const char *
frn_ner_fold(frn_ner_doc *d, size_t i, size_t *len)
{
	fold(d, i);
	*len = d->fold_len[i];
	return d->fold.data + d->fold_off[i];
}

static inline uint32_t
word(frn_ner_doc *d, size_t i)
{
	fold(d, i);
	return d->h_word[i];
}

void
frn_ner_key_start(frn_ner_doc *d, size_t i)
{
	size_t		len;
	const char *f = frn_ner_fold(d, i, &len);

	frn_buf_reset(&d->key);
	frn_buf_append(&d->key, f, len);
}

void
frn_ner_key_add(frn_ner_doc *d, size_t j)
{
	size_t		len;
	const char *f = frn_ner_fold(d, j, &len);

	frn_buf_putc(&d->key, ' ');
	frn_buf_append(&d->key, f, len);
}

uint16_t
frn_ner_gaz(frn_ner_doc *d, size_t i)
{
	if (d->gaz[i] == GAZ_UNKNOWN)
	{
		const frn_token *t = &d->toks.tok[i];

		size_t		len;
		const char *f;

		if (t->kind == FRN_TOK_WORD || t->kind == FRN_TOK_ELISION || t->kind == FRN_TOK_SYMBOL)
		{
			f = frn_ner_fold(d, i, &len);
			d->gaz[i] = frn_gaz_lookup(f, len);
		}
		else
			d->gaz[i] = 0;
	}
	return d->gaz[i];
}

/* Shape and suffix hashes of token i (computed on first use). */
static void
shape(frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	size_t		end,
				suf;

	if (d->xflags[i] & FRN_NX_SHAPED)
		return;
	fold(d, i);
	end = suf = d->fold_off[i] + d->fold_len[i];
	d->h_shape[i] = shape_hash(d->s + t->byte_start, t->byte_len);
	for (int k = 0; k < 3 && suf > d->fold_off[i]; k++)
		frn_utf8_prev(d->fold.data, &suf);
	d->h_suffix[i] = frn_hash_bytes(d->fold.data + suf, end - suf, 5);
	d->xflags[i] |= FRN_NX_SHAPED;
}

/* Longest multi-token gazetteer key starting at token i: marks gaz_in. */
static void
scan_multi(frn_ner_doc *d, size_t i)
{
	size_t		best = 0;
	uint16_t	best_bits = 0;
	uint16_t	bits = frn_ner_gaz(d, i);

	frn_ner_key_start(d, i);
	for (size_t j = i + 1; (bits & FRN_GAZ_PREFIX) && j < d->toks.n && j - i < FRN_GAZ_MAX_TOKENS; j++)
	{
		frn_ner_key_add(d, j);
		bits = frn_gaz_lookup(d->key.data, d->key.len);
		if (bits & ~FRN_GAZ_PREFIX)
		{
			best = j;
			best_bits = bits & ~FRN_GAZ_PREFIX;
		}
	}
	for (size_t k = i; best && k <= best; k++)
	{
		if (d->gaz_in[k] == 0)
		{
			d->gaz_in[k] = best_bits;
			d->gaz_first[k] = (k == i);
		}
	}
}

void
frn_ner_analyze(frn_ner_doc *d, const char *s, size_t len)
{
	size_t		n;

	d->s = s;
	d->len = len;
	d->toks.n = 0;
	d->sents.n = 0;
	frn_buf_reset(&d->fold);
	frn_buf_reset(&d->key);
	frn_tokenize(s, len, &d->toks);
	frn_sentences(s, len, &d->toks, &d->sents);
	n = d->toks.n;
	reserve(d, n);
	for (size_t i = 0; i < n; i++)
	{
		const frn_token *t = &d->toks.tok[i];
		uint8_t		x = 0;

		if ((i & 1023) == 1023)
			frn_check_interrupts();
		d->gaz[i] = GAZ_UNKNOWN;
		d->gaz_in[i] = 0;
		d->gaz_first[i] = 0;
		d->cls[i] = FRN_NER_O;
		if (t->kind == FRN_TOK_WORD)
		{
			if (t->flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS))
				x |= FRN_NX_CANDIDATE;
			else
				x |= FRN_NX_LOWER;
			if ((t->flags & FRN_TF_ABBREV) && t->char_len == 2 && (x & FRN_NX_CANDIDATE))
				x |= FRN_NX_INITIAL;
		}
		if (i > 0 && d->toks.tok[i - 1].kind == FRN_TOK_PUNCT &&
			is_opening(s + d->toks.tok[i - 1].byte_start, d->toks.tok[i - 1].byte_len))
			x |= FRN_NX_AFTER_OPEN;
		d->xflags[i] = x;
	}
	/* gazetteer names span several tokens from a capitalised one */
	for (size_t i = 0; i < n; i++)
	{
		if ((i & 1023) == 1023)
			frn_check_interrupts();
		if ((d->xflags[i] & FRN_NX_CANDIDATE) && (frn_ner_gaz(d, i) & FRN_GAZ_PREFIX))
			scan_multi(d, i);
	}
}

bool
frn_ner_allowed(const frn_ner_doc *d, size_t i, int prev, int c)
{
	if (c == FRN_NER_O)
		return true;
	if (FRN_NER_IS_B(c))
		return (d->xflags[i] & FRN_NX_CANDIDATE) != 0;
	/* I-X continues X; a name never continues over a sentence start */
	return prev != FRN_NER_O && FRN_NER_TYPE(prev) == FRN_NER_TYPE(c) &&
		!(d->toks.tok[i].flags & FRN_TF_SENT_START);
}

bool
frn_ner_cannot_end(frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (t->kind == FRN_TOK_PUNCT || t->kind == FRN_TOK_ELISION)
		return true;
	return (d->xflags[i] & FRN_NX_LOWER) && (frn_ner_gaz(d, i) & FRN_GAZ_PARTICLE);
}

/* Flags of token i as a small integer feature value. */
static uint32_t
flag_value(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return ((t->flags & FRN_TF_SENT_START) ? 1 : 0) |
		((d->xflags[i] & FRN_NX_AFTER_OPEN) ? 2 : 0) |
		((t->flags & FRN_TF_CAPITALIZED) ? 4 : 0) |
		((t->flags & FRN_TF_ALLCAPS) ? 8 : 0) |
		((d->xflags[i] & FRN_NX_INITIAL) ? 16 : 0) |
		((t->flags & FRN_TF_SPACE_BEFORE) ? 32 : 0);
}

size_t
frn_ner_features(frn_ner_doc *d, size_t i, int prev, int prev2, uint32_t *f)
{
	size_t		n = 0,
				nt = d->toks.n;
	uint32_t	w = word(d, i);
	uint32_t	wp1 = i > 0 ? word(d, i - 1) : 1;
	uint32_t	wp2 = i > 1 ? word(d, i - 2) : 1;
	uint32_t	wn1 = i + 1 < nt ? word(d, i + 1) : 2;
	uint32_t	sh,
				shp = 1,
				shn = 2;
	uint32_t	fl = flag_value(d, i);
	uint16_t	g = frn_ner_gaz(d, i) & ~FRN_GAZ_PREFIX;
	uint16_t	gp = i > 0 ? frn_ner_gaz(d, i - 1) & ~FRN_GAZ_PREFIX : 0;
	uint16_t	gn = i + 1 < nt ? frn_ner_gaz(d, i + 1) & ~FRN_GAZ_PREFIX : 0;

	shape(d, i);
	sh = d->h_shape[i];
	if (i > 0)
	{
		shape(d, i - 1);
		shp = d->h_shape[i - 1];
	}
	if (i + 1 < nt)
	{
		shape(d, i + 1);
		shn = d->h_shape[i + 1];
	}

	f[n++] = mix(T_BIAS, 0);
	f[n++] = mix(T_W, w);
	f[n++] = mix(T_W_P1, wp1);
	f[n++] = mix(T_W_N1, wn1);
	f[n++] = mix(T_W_P2, wp2);
	f[n++] = mix(T_W_P1_W, mix(wp1, w));
	/* "la mairie de", "le PDG de": two words of left context together */
	f[n++] = mix(T_W_P2_P1, mix(wp2, wp1));
	f[n++] = mix(T_SUFFIX, d->h_suffix[i]);
	f[n++] = mix(T_SHAPE, sh);
	f[n++] = mix(T_SHAPE_P1, mix(shp, sh));
	f[n++] = mix(T_SHAPE_N1, mix(sh, shn));
	f[n++] = mix(T_FLAGS, fl);
	/* gazetteer bits, alone and with the capitalisation context */
	for (int b = 0; b < 16; b++)
	{
		uint32_t	bit = 1u << b;

		if (g & bit)
		{
			f[n++] = mix(T_GAZ, bit);
			f[n++] = mix(T_GAZ, mix(bit, fl & 15));
		}
		if (gp & bit)
			f[n++] = mix(T_GAZ_P1, bit);
		if (gn & bit)
			f[n++] = mix(T_GAZ_N1, bit);
		if (d->gaz_in[i] & bit)
			f[n++] = mix(T_GAZ_IN, mix(bit, d->gaz_first[i]));
		if (n > FRN_NER_MAX_FEATURES - 8)
			break;
	}
	f[n++] = mix(T_PREV, prev);
	f[n++] = mix(T_PREV2, prev2 * 16 + prev);
	f[n++] = mix(T_PREV_W, mix(prev, w));
	f[n++] = mix(T_PREV_SHAPE, mix(prev, sh));
	f[n++] = mix(T_PREV_GAZ, mix(prev, g & (FRN_GAZ_PARTICLE | FRN_GAZ_WORD | FRN_GAZ_ORGSUFFIX)));
	/* lower-case adjectives continue organisation names ("Banque centrale européenne") */
	f[n++] = mix(T_PREV_SUFFIX, mix(prev, d->h_suffix[i]));
	return n;
}

bool
frn_ner_has_model(void)
{
	return FRN_NER_NBUCKETS > 0;
}

void
frn_ner_tag(frn_ner_doc *d)
{
	uint32_t	feat[FRN_NER_MAX_FEATURES];
	int			prev = FRN_NER_O,
				prev2 = FRN_NER_O;

	for (size_t i = 0; i < d->toks.n; i++)
	{
		int			best = FRN_NER_O;

		if ((i & 1023) == 1023)
			frn_check_interrupts();
		/* the fast path: nothing to decide */
		if (FRN_NER_NBUCKETS > 0 &&
			(prev != FRN_NER_O || (d->xflags[i] & FRN_NX_CANDIDATE)))
		{
			int32_t		score[FRN_NER_NCLASS];
			size_t		nf = frn_ner_features(d, i, prev, prev2, feat);
			int32_t		best_score = 0;

			/* the weight rows are scattered: ask for all of them first */
			for (size_t k = 0; k < nf; k++)
			{
				feat[k] = (feat[k] & (FRN_NER_NBUCKETS - 1)) * FRN_NER_NCLASSES;
				__builtin_prefetch(frn_ner_blob.w + feat[k]);
			}
			/* nine sums kept in registers (the model has FRN_NER_NCLASS == 9) */
			{
				int32_t		s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;

				for (size_t k = 0; k < nf; k++)
				{
					const int16_t *w = frn_ner_blob.w + feat[k];

					s0 += w[0]; s1 += w[1]; s2 += w[2]; s3 += w[3]; s4 += w[4];
					s5 += w[5]; s6 += w[6]; s7 += w[7]; s8 += w[8];
				}
				score[0] = s0; score[1] = s1; score[2] = s2; score[3] = s3; score[4] = s4;
				score[5] = s5; score[6] = s6; score[7] = s7; score[8] = s8;
			}
			best_score = score[FRN_NER_O];
			for (int c = 1; c < FRN_NER_NCLASS; c++)
				if (score[c] > best_score && frn_ner_allowed(d, i, prev, c))
				{
					best = c;
					best_score = score[c];
				}
		}
		d->cls[i] = (uint8_t) best;
		prev2 = prev;
		prev = best;
	}
}
