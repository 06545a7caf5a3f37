/*
 * frn_ner.c — document analysis, features and perceptron tagging (Viterbi).
 */
#include <math.h>
#include <string.h>
#include <time.h>

#include "frn_bits.h"
#include "frn_gazetteer.h"
#include "frn_ner.h"
#include "frn_normalize.h"
#include "frn_style.h"
#include "frn_utf8.h"

#include "frn_ner_model.inc"
#include "frn_ner_hist_model.inc"
#include "frn_ner_never.inc"

_Static_assert(FRN_NER_NCLASSES == FRN_NER_NCLASS && FRN_NER_HIST_NCLASSES == FRN_NER_NCLASS,
			   "the models' classes are the tagger's");
_Static_assert(FRN_NER_NCLASS <= 16 && FRN_NER_MAX_FEATURES * 128 <= INT16_MAX,
			   "model_score sums a row in 16 lanes of 16 bits");
_Static_assert((FRN_NER_NBUCKETS == 0 || FRN_NER_NDENSE == FRN_NER_DENSE_ROWS) &&
			   (FRN_NER_HIST_NBUCKETS == 0 || FRN_NER_HIST_NDENSE == FRN_NER_DENSE_ROWS),
			   "the models' dense tables are the tagger's (retrain after changing it)");

/* feature templates (mixed into every feature hash) */
enum
{
	T_BIAS = 1, T_W, T_W_P1, T_W_N1, T_W_P2, T_W_P1_W, T_W_P2_P1, T_SUFFIX,
	T_SHAPE, T_SHAPE_P1, T_SHAPE_N1, T_FLAGS,
	T_GAZ, T_GAZ_P1, T_GAZ_N1, T_GAZ_IN,
	T_PREFIX, T_W_N1_W = T_PREFIX + 2	/* (the word two after, dropped: it did not pay) */
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

/*
 * The hashes of the features of few values, computed once per process: a
 * gazetteer bit (of the token, with its capitalisation flags or with the
 * first-token mark of gaz_first, of a neighbour) and the flags of
 * flag_value.  The same values as mix() on the spot, without its work.
 */
#define GAZ_BITS 15				/* all but FRN_GAZ_PREFIX */
static struct
{
	bool		ready;
	uint32_t	gaz[GAZ_BITS],
				gaz_flags[GAZ_BITS][16],
				gaz_p1[GAZ_BITS],
				gaz_n1[GAZ_BITS],
				gaz_in[GAZ_BITS][3],	/* by gaz_first: 0, 1 or 2 */
				flags[128];
} fh;

static void
feature_hashes_init(void)
{
	for (uint32_t b = 0; b < GAZ_BITS; b++)
	{
		uint32_t	bit = 1u << b;

		fh.gaz[b] = mix(T_GAZ, bit);
		for (uint32_t fl = 0; fl < 16; fl++)
			fh.gaz_flags[b][fl] = mix(T_GAZ, mix(bit, fl));
		fh.gaz_p1[b] = mix(T_GAZ_P1, bit);
		fh.gaz_n1[b] = mix(T_GAZ_N1, bit);
		for (uint32_t first = 0; first < 3; first++)
			fh.gaz_in[b][first] = mix(T_GAZ_IN, mix(bit, first));
	}
	for (uint32_t fl = 0; fl < 128; fl++)
		fh.flags[fl] = mix(T_FLAGS, fl);
	fh.ready = true;
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
	frn_free(d->arrays);
	memset(d, 0, sizeof(*d));
}

/*
 * Room for the per-token arrays of n tokens, in one block (one allocation
 * per text instead of thirteen).  Their contents are not kept: the
 * analysis sets them all.
 */
static void
reserve(frn_ner_doc *d, size_t n)
{
	size_t		size = 0;
	char	   *p;

	if (n <= d->cap)
		return;
	d->cap = n < 64 ? 64 : n;
	/* each array at a multiple of 8 bytes */
#define ROOM(f, per) size += (d->cap * (per) + 7) & ~(size_t) 7
#define CARVE(f, per) (d->f = (void *) p, p += (d->cap * (per) + 7) & ~(size_t) 7)
#define ARRAYS(X) \
	X(fold_off, sizeof(*d->fold_off)); X(fold_len, sizeof(*d->fold_len)); \
	X(h_word, sizeof(*d->h_word)); X(h_shape, sizeof(*d->h_shape)); \
	X(h_suffix, sizeof(*d->h_suffix)); X(h_prefix, sizeof(*d->h_prefix)); \
	X(begins, sizeof(*d->begins)); X(marks, sizeof(*d->marks)); X(gaz, sizeof(*d->gaz)); \
	X(gaz_in, sizeof(*d->gaz_in)); X(xflags, sizeof(*d->xflags)); \
	X(gaz_first, sizeof(*d->gaz_first)); X(cls, sizeof(*d->cls)); \
	X(bp, FRN_NER_NCLASS)
	ARRAYS(ROOM);
	frn_free(d->arrays);
	d->arrays = p = frn_malloc(size);
	ARRAYS(CARVE);
#undef ARRAYS
#undef CARVE
#undef ROOM
}

/* The shape class of an ASCII byte */
#define SHAPE_CLASS(b) ((b) >= 'A' && (b) <= 'Z' ? 'X' : (b) >= 'a' && (b) <= 'z' ? 'x' : \
						(b) >= '0' && (b) <= '9' ? 'd' : (b))
#define SC4(b) SHAPE_CLASS(b), SHAPE_CLASS((b) + 1), SHAPE_CLASS((b) + 2), SHAPE_CLASS((b) + 3)
#define SC16(b) SC4(b), SC4((b) + 4), SC4((b) + 8), SC4((b) + 12)
static const char ascii_shape[128] = {
	SC16(0), SC16(16), SC16(32), SC16(48), SC16(64), SC16(80), SC16(96), SC16(112)
};
#undef SC16
#undef SC4
#undef SHAPE_CLASS

/*
 * Shape of a token: upper-case letters X, other letters x, digits d, other
 * characters as themselves, runs of one class collapsed ("Jean-Pierre" ->
 * "Xx-Xx", "ANSSI" -> "XX", "G7" -> "Xd"), at most 24 of them, hashed as
 * they come (ASCII without the Unicode tables).
 */
static uint32_t
shape_hash(const char *s, size_t len)
{
	uint32_t	h = frn_hash_start(11);
	size_t		n = 0,
				i = 0;
	char		last = 0;

	while (i < len && n < 24)
	{
		unsigned char b = (unsigned char) s[i];
		char		k;

		if (b < 0x80)
		{
			k = ascii_shape[b];
			i++;
		}
		else
		{
			size_t		j = i;	/* (i stays in a register) */
			int32_t		c = frn_utf8_next(s, len, &j);

			i = j;

			k = frn_is_upper(c) ? 'X' : frn_is_letter(c) ? 'x' : frn_is_digit(c) ? 'd' :
				frn_is_apostrophe(c) ? '\'' : c < 0x80 ? (char) c : '*';
		}
		if (k != last)
		{
			h = frn_hash_step(h, (unsigned char) k);
			n++;
		}
		last = k;
	}
	/* an all-capitals word of one letter ("A") differs from an acronym */
	if (n == 1 && last == 'X' && len > 1)
		h = frn_hash_step(h, 'X');
	return frn_hash_end(h);
}

/* Punctuation that may join the words of a name ("Assistance publique -
 * Hôpitaux de Paris", "R/T", "C_Two", "Génération.s") */
static inline bool
is_joiner(const char *s, size_t n)
{
	return n == 1 ? s[0] == '-' || s[0] == '/' || s[0] == '_' || s[0] == '.' || s[0] == '\'' :
		n == 3 && memcmp(s, "–", 3) == 0;
}

/* « " : ( and the three-byte “ — – ‘ „ */
static inline bool
is_opening(const char *s, size_t n)
{
	static const char open3[][4] = {"“", "—", "–", "‘", "„"};

	if (n == 1)
		return s[0] == '"' || s[0] == ':' || s[0] == '(';
	if (n == 2)
		return memcmp(s, "«", 2) == 0;
	for (size_t k = 0; n == 3 && k < sizeof(open3) / sizeof(open3[0]); k++)
		if (memcmp(s, open3[k], 3) == 0)
			return true;
	return false;
}

/* French function words, folded */
static const char *const function_words[] = {
	"a", "apres", "au", "aux", "avant", "avec", "ca", "car", "ce", "ceci", "cela", "celle",
	"celles", "celui", "ces", "cet", "cette", "chacun", "chaque", "chez", "comme", "comment",
	"contre", "dans", "de", "depuis", "des", "desormais", "donc", "dont", "du", "elle",
	"elles", "en", "encore", "enfin", "entre", "et", "il", "ils", "je", "la", "le", "les",
	"leur", "leurs", "lors", "lorsque", "ma", "mais", "malgre", "me", "mes", "mon", "ne",
	"ni", "nos", "notre", "nous", "on", "or", "ou", "parce", "parmi", "pas", "pendant",
	"plus", "plusieurs", "pour", "pourquoi", "pourtant", "puis", "qu", "quand", "que", "quel",
	"quelle", "quelles", "quels", "qui", "sa", "sans", "se", "selon", "ses", "si", "sinon",
	"son", "sur", "ta", "tandis", "tes", "toi", "ton", "tous", "tout", "toute", "toutes",
	"tu", "un", "une", "vers", "vos", "votre", "vous"
};

/*
 * The function words by a hash of their length and first and last bytes,
 * in a table of FW_SLOTS (open addressing; built on first use): a word
 * that is none usually finds an empty slot at once.
 */
#define FW_SLOTS 512
#define N_FUNCTION_WORDS (sizeof(function_words) / sizeof(function_words[0]))

static uint8_t fw_slot[FW_SLOTS];	/* 1 + index in function_words, 0: empty */
static uint8_t fw_len[N_FUNCTION_WORDS];

_Static_assert(N_FUNCTION_WORDS < 255 && N_FUNCTION_WORDS * 2 < FW_SLOTS, "fw_slot holds them");

static inline size_t
fw_hash(const char *s, size_t n)
{
	return ((unsigned char) s[0] * 31u + (unsigned char) s[n - 1] * 7u + n) & (FW_SLOTS - 1);
}

static bool
is_function_word(const char *s, size_t n)
{
	static bool ready;

	if (!ready)
	{
		for (size_t k = 0; k < N_FUNCTION_WORDS; k++)
		{
			size_t		h;

			fw_len[k] = (uint8_t) strlen(function_words[k]);
			for (h = fw_hash(function_words[k], fw_len[k]); fw_slot[h] != 0; h = (h + 1) & (FW_SLOTS - 1))
				;
			fw_slot[h] = (uint8_t) (k + 1);
		}
		ready = true;
	}
	if (n == 0)
		return false;
	for (size_t h = fw_hash(s, n); fw_slot[h] != 0; h = (h + 1) & (FW_SLOTS - 1))
	{
		size_t		k = fw_slot[h] - 1;

		if (fw_len[k] == n && memcmp(function_words[k], s, n) == 0)
			return true;
	}
	return false;
}

bool
frn_ner_function_word(frn_ner_doc *d, size_t i)
{
	size_t		len;
	const char *f = frn_ner_fold(d, i, &len);

	return is_function_word(f, len);
}

#define GAZ_UNKNOWN 0xFFFF			/* never a real set of bits */
_Static_assert(GAZ_UNKNOWN == 0xFFFF && FRN_NER_O == 0, "frn_ner_analyze sets gaz and cls by memset");


const char *
frn_ner_fold(frn_ner_doc *d, size_t i, size_t *len)
{
	*len = d->fold_len[i];
	return d->fold.data + d->fold_off[i];
}

static inline uint32_t
word(frn_ner_doc *d, size_t i)
{
	if (!(d->xflags[i] & FRN_NX_HASHED))
	{
		size_t		len;
		const char *f = frn_ner_fold(d, i, &len);

		d->h_word[i] = frn_hash_bytes_padded(f, len, 3);
		d->xflags[i] |= FRN_NX_HASHED;
	}
	return d->h_word[i];
}

uint32_t
frn_ner_word(frn_ner_doc *d, size_t i)
{
	return word(d, i);
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

/* Is token i looked up in the gazetteer?  (else its bits are 0) */
static inline bool
has_gaz(const frn_ner_doc *d, size_t i)
{
	uint8_t		k = d->toks.tok[i].kind;

	return k == FRN_TOK_WORD || k == FRN_TOK_ELISION || k == FRN_TOK_SYMBOL;
}

static inline uint64_t
gaz_hash(frn_ner_doc *d, size_t i)
{
	size_t		len;
	const char *f = frn_ner_fold(d, i, &len);

	return frn_gaz_hash_end(frn_gaz_hash_add_padded(FRN_GAZ_HASH_START, f, len));
}

static inline uint16_t
gaz(frn_ner_doc *d, size_t i)
{
	if (d->gaz[i] == GAZ_UNKNOWN)
		d->gaz[i] = has_gaz(d, i) ? frn_gaz_lookup_hash(gaz_hash(d, i)) : 0;
	return d->gaz[i];
}

uint16_t
frn_ner_gaz(frn_ner_doc *d, size_t i)
{
	return gaz(d, i);
}

/*
 * What is known of a word wherever it is, kept per process for the words
 * seen last: its shape, suffix and prefix hashes, its gazetteer bits (once
 * looked up), and, once it has been scored with the built-in model, the
 * sums of its own rows (own_features: the word, its affixes, shape and
 * gazetteer bits).  A word seen again ("de", "Paris", "Macron", "Le" at a
 * sentence start) is not shaped again nor looked up in the gazetteer
 * (look_up_near_names), and when scored reads one cached row instead of
 * its five to twenty hashed rows.  Direct-mapped by the hash of the folded
 * word; an entry keeps the word's bytes and kind, so that a hit is that
 * word, and its bits and sums are exactly those of the table and of its
 * rows (sums of integers).  256 kB of static
 * memory; the built-in model never changes, so the sums hold for every
 * text of the process (which tags one text at a time, as a PostgreSQL
 * backend does; nothing checks for interrupts while an entry is written,
 * so an error never leaves one half written).
 */
#define WORD_SLOTS	4096
#define WORD_MAX	29

typedef struct word_entry
{
	uint32_t	shape,
				suffix,
				prefix;
	int16_t		sum[FRN_NER_NCLASS];
	uint16_t	gaz;			/* the word's gazetteer bits, or GAZ_UNKNOWN */
	bool		summed;			/* sum is set */
	uint8_t		kind;
	uint8_t		len;			/* of word; 0: an empty entry */
	char		word[WORD_MAX];
} word_entry;

_Static_assert(sizeof(word_entry) == 64, "an entry is a cache line");

static word_entry words[WORD_SLOTS];

static inline word_entry *
word_slot(frn_ner_doc *d, size_t i)
{
	return &words[word(d, i) & (WORD_SLOTS - 1)];
}

/*
 * Is e the entry of token i?  A word of at most 16 bytes with 16 bytes of
 * text from its start (almost all) is compared as two masked 8-byte words,
 * its length and kind with it: no branch on its length or bytes, which a
 * processor cannot predict (the entry's word has 29 bytes: 16 can be read).
 */
static inline bool
word_is(const word_entry *e, const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	const unsigned char *w = (const unsigned char *) d->s + t->byte_start,
			   *ew = (const unsigned char *) e->word;
	size_t		n = t->byte_len;

	if (n <= 16 && t->byte_start + 16 <= d->len)
	{
		uint64_t	diff = ((frn_le64(ew) ^ frn_le64(w)) & frn_low_bytes_mask(n)) |
			((frn_le64(ew + 8) ^ frn_le64(w + 8)) & frn_low_bytes_mask(n > 8 ? n - 8 : 0));

		return (diff | (e->len ^ n) | (e->kind ^ t->kind)) == 0;
	}
	return e->len == n && e->kind == t->kind && memcmp(ew, w, n) == 0;
}

/* Make e the entry of token i, shaped, without sums; false if the word
 * is too long to be kept. */
static bool
word_store(word_entry *e, const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (t->byte_len > WORD_MAX)
		return false;
	e->shape = d->h_shape[i];
	e->suffix = d->h_suffix[i];
	e->prefix = d->h_prefix[i];
	e->gaz = d->gaz[i];
	e->summed = false;
	e->kind = t->kind;
	e->len = (uint8_t) t->byte_len;
	memcpy(e->word, d->s + t->byte_start, t->byte_len);
	return true;
}

/* Shape, suffix and prefix hashes of token i from e, its word's entry
 * (which takes the token's gazetteer bits if it lacks them) */
static inline void
shape_from_entry(frn_ner_doc *d, size_t i, word_entry *e)
{
	d->xflags[i] |= FRN_NX_SHAPED;
	if (e->gaz == GAZ_UNKNOWN)
		e->gaz = d->gaz[i];
	d->h_shape[i] = e->shape;
	d->h_suffix[i] = e->suffix;
	d->h_prefix[i] = e->prefix;
}

/* Shape, suffix and prefix hashes of token i (computed on first use): the
 * suffix and prefix are the last and first three characters, folded. */
static void
compute_shape(frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	const char *f = d->fold.data;
	size_t		start = d->fold_off[i],
				end = start + d->fold_len[i];
	word_entry *e = word_slot(d, i);

	if (word_is(e, d, i))
	{
		shape_from_entry(d, i, e);
		return;
	}
	d->xflags[i] |= FRN_NX_SHAPED;
	d->h_shape[i] = shape_hash(d->s + t->byte_start, t->byte_len);
	/* three ASCII bytes at each end (most tokens): no character steps, and
	 * hashes of a known length (no loop, no exit to mispredict) */
	if (end - start >= 3 && !((f[start] | f[start + 1] | f[start + 2] |
							   f[end - 3] | f[end - 2] | f[end - 1]) & 0x80))
	{
		d->h_suffix[i] = frn_hash_bytes(f + end - 3, 3, 5);
		d->h_prefix[i] = frn_hash_bytes(f + start, 3, 13);
	}
	else
	{
		size_t		suf = end,
					pre = start;

		for (int k = 0; k < 3 && suf > start; k++)
		{
			if ((unsigned char) f[suf - 1] < 0x80)
				suf--;
			else
				frn_utf8_prev(f, &suf);
		}
		for (int k = 0; k < 3 && pre < end; k++)
		{
			if ((unsigned char) f[pre] < 0x80)
				pre++;
			else
				frn_utf8_next(f, end, &pre);
		}
		d->h_suffix[i] = frn_hash_bytes(f + suf, end - suf, 5);
		d->h_prefix[i] = frn_hash_bytes(f + start, pre - start, 13);
	}
	word_store(e, d, i);
}

static inline void
shape(frn_ner_doc *d, size_t i)
{
	if (!(d->xflags[i] & FRN_NX_SHAPED))
		compute_shape(d, i);
}

/* Hash state (frn_gaz_hash_add) of a key of tokens, extended by token j. */
static inline uint64_t
key_hash_add(frn_ner_doc *d, uint64_t h, size_t j)
{
	size_t		len;
	const char *f = frn_ner_fold(d, j, &len);

	return frn_gaz_hash_add_padded(frn_gaz_hash_add(h, " ", 1), f, len);
}

/* Hash state of the key of tokens i and i + 1. */
static inline uint64_t
pair_hash(frn_ner_doc *d, size_t i)
{
	size_t		len;
	const char *f = frn_ner_fold(d, i, &len);

	return key_hash_add(d, frn_gaz_hash_add_padded(FRN_GAZ_HASH_START, f, len), i + 1);
}

/*
 * Longest multi-token gazetteer key starting at token i, whose first two
 * words have hash state h: tokens i and j = i + 1, or an article that a
 * contraction holds and token j = i (contracted_article).  Marks gaz_in on
 * the tokens of the key, and gaz_first with first on token i.  The key is
 * hashed as it grows, never copied.
 */
static void
scan_multi(frn_ner_doc *d, size_t i, size_t j, uint64_t h, uint8_t first)
{
	size_t		best = 0,
				second = j;		/* the key's words: 2 + j - second */
	uint16_t	best_bits = 0;

	for (;;)
	{
		uint16_t	bits = frn_gaz_lookup_hash(frn_gaz_hash_end(h));

		if (bits & ~FRN_GAZ_PREFIX)
		{
			best = j + 1;
			best_bits = bits & ~FRN_GAZ_PREFIX;
		}
		if (!(bits & FRN_GAZ_PREFIX) || ++j == d->toks.n || 2 + j - second > FRN_GAZ_MAX_TOKENS)
			break;
		h = key_hash_add(d, h, j);
	}
	for (size_t k = i; k < best; k++)
	{
		if (d->gaz_in[k] == 0)
		{
			d->gaz_in[k] = best_bits;
			d->gaz_first[k] = (k == i) ? first : 0;
		}
	}
}

/*
 * The article that a contraction before token i holds ("du Point", "au
 * Figaro": le; "des Républicains", "aux Échos": les), for the list names
 * that begin with it ("Le Point", "Les Échos"), or NULL.
 */
static const char *
contracted_article(frn_ner_doc *d, size_t i)
{
	size_t		len;
	const char *f;

	if (i == 0)
		return NULL;
	f = frn_ner_fold(d, i - 1, &len);
	if (len == 2 && (memcmp(f, "du", 2) == 0 || memcmp(f, "au", 2) == 0))
		return "le";
	if (len == 3 && (memcmp(f, "des", 3) == 0 || memcmp(f, "aux", 3) == 0))
		return "les";
	return NULL;
}

/*
 * Gazetteer bits of the tokens that the tagger reads, in two calls: the
 * tokens that may begin a name (before = after = 0: their bits say which
 * lower-case heads are heads and which multi-token keys to scan), then,
 * once the possible first words that begin nothing are dropped (about a
 * fifth of them), those that are left with one token before and one after
 * them (before = 1, after = 1: the features of a token read its
 * neighbours).  Other tokens are looked up on use (frn_ner_gaz): the word
 * after a name's last word, which the features of that word read, too:
 * the second word after each possible first word, queued here as well,
 * took 19,700 more lookups over the first 1,000 articles, 14,700 of them
 * of words that the tagger never read, to save 5,000 lookups on use.  A
 * word's bits are kept in the word cache once it is shaped, and most of
 * these words are there ("de", "M.", "Paris"): the cache's 256 kB are read
 * before the table's 8 MB, which is too large for the caches.  Each token
 * goes through two stages GAZ_AHEAD tokens apart, the memory asked for what
 * the next stage reads: its word cache entry is asked for; the entry is
 * read, and if it does not have the bits, the table's slot is asked for;
 * the slot is read.
 */
#define GAZ_AHEAD 8
#define GAZ_RING (2 * GAZ_AHEAD)

typedef struct gaz_queue
{
	size_t		tok[GAZ_RING];
	uint64_t	hash[GAZ_RING]; /* of tokens whose slot was asked for */
} gaz_queue;

/* The second stage of the q-th token queued */
static inline void
gaz_ask(frn_ner_doc *d, gaz_queue *gq, size_t q)
{
	size_t		k = gq->tok[q % GAZ_RING];
	const word_entry *e = word_slot(d, k);

	if (e->gaz != GAZ_UNKNOWN && word_is(e, d, k))
		d->gaz[k] = e->gaz;
	else
	{
		gq->hash[q % GAZ_RING] = gaz_hash(d, k);
		frn_gaz_prefetch(gq->hash[q % GAZ_RING]);
	}
}

/* The last stage of the q-th token queued */
static inline void
gaz_answer(frn_ner_doc *d, gaz_queue *gq, size_t q)
{
	size_t		k = gq->tok[q % GAZ_RING];

	if (d->gaz[k] == GAZ_UNKNOWN)
		d->gaz[k] = frn_gaz_lookup_hash(gq->hash[q % GAZ_RING]);
}

static void
look_up_near_names(frn_ner_doc *d, size_t before, size_t after)
{
	gaz_queue	gq;
	size_t		queued = 0,
				next = 0,		/* tokens before next are queued or skipped */
				n = d->toks.n;

	for (size_t b = 0; b < d->nbegins; b++)
	{
		size_t		i = d->begins[b];

		if ((b & 1023) == 1023)
			frn_check_interrupts();
		for (size_t k = i > next + before ? i - before : next; k < n && k <= i + after; k++, next = k)
		{
			/* (every token here is shaped later, most of them) */
			__builtin_prefetch(word_slot(d, k));
			if (!has_gaz(d, k) || d->gaz[k] != GAZ_UNKNOWN)
				continue;
			if (queued >= GAZ_AHEAD)
				gaz_ask(d, &gq, queued - GAZ_AHEAD);
			if (queued >= GAZ_RING)
				gaz_answer(d, &gq, queued - GAZ_RING);
			gq.tok[queued++ % GAZ_RING] = k;
		}
	}
	for (size_t q = queued > GAZ_AHEAD ? queued - GAZ_AHEAD : 0; q < queued; q++)
		gaz_ask(d, &gq, q);
	for (size_t q = queued > GAZ_RING ? queued - GAZ_RING : 0; q < queued; q++)
		gaz_answer(d, &gq, q);
}

/* FRN_NX_* flags of token i, but the function-word rule (settle) */
static inline uint16_t
token_flags(frn_ner_doc *d, size_t i, bool after_open)
{
	const frn_token *t = &d->toks.tok[i];
	uint16_t	x = after_open ? FRN_NX_AFTER_OPEN : 0;

	if (t->kind == FRN_TOK_WORD)
	{
		if (t->flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS))
		{
			x |= FRN_NX_CANDIDATE;
			if ((t->flags & FRN_TF_ABBREV) && t->char_len == 2)
				x |= FRN_NX_INITIAL;
		}
		else
		{
			size_t		flen;
			const char *f = frn_ner_fold(d, i, &flen);

			/* perhaps a head: confirmed or cleared once looked up (the
			 * fold buffer is padded) */
			x |= FRN_NX_LOWER | (frn_gaz_head_word_bit(frn_gaz_word_filter_bit_padded(f, flen)) ? FRN_NX_HEAD : 0);
		}
	}
	else if (t->kind == FRN_TOK_PUNCT && !is_joiner(d->s + t->byte_start, t->byte_len))
		x |= FRN_NX_OUTSIDE;
	return x;
}

/*
 * The function-word rule, for a capitalised word i not after an opening
 * mark, before a lower-case word: a capitalised function word before a
 * lower-case word that cannot begin a name ("Le gouvernement", "Dans un",
 * "Selon lui") begins no name ("Le Monde", "La Poste" and the Morgan "Plus
 * 4" are followed by something else; « Plus belle la vie » opens a quote):
 * neither it nor its neighbours are looked up or scored.  About a fifth of
 * the capitalised words of press text.  "Cannot begin a name" is read from
 * the hash-keyed filter of heads, false answers included (about 9 % of
 * lower-case words), as the model was trained: that filter, not the heads
 * as confirmed, says which function words stay candidates.
 */
static void
gate_function_word(frn_ner_doc *d, size_t i)
{
	size_t		flen;
	const char *f = frn_ner_fold(d, i, &flen);

	if (is_function_word(f, flen) && !frn_gaz_may_head(gaz_hash(d, i + 1)))
		d->xflags[i] &= ~FRN_NX_CANDIDATE;
}

/* Token i once the next token's flags are known: the function-word rule,
 * then into d->begins if it may begin a name. */
static inline void
settle(frn_ner_doc *d, size_t i)
{
	if ((d->xflags[i] & (FRN_NX_CANDIDATE | FRN_NX_AFTER_OPEN)) == FRN_NX_CANDIDATE &&
		i + 1 < d->toks.n && (d->xflags[i + 1] & FRN_NX_LOWER))
		gate_function_word(d, i);
	if (d->xflags[i] & FRN_NX_MAY_BEGIN)
		d->begins[d->nbegins++] = (uint32_t) i;
}

/*
 * Lower-case heads confirmed (or cleared) by their bits, then the
 * multi-token gazetteer names from each possible first word, in text order
 * (the first scan to mark a token wins): the key of the word and the next
 * ones, then, for a capitalised word after a contraction, the key of the
 * article it holds and the word ("du Point": "le point"; its first word gets
 * gaz_first 2, a feature of its own: "au Point" is not always the magazine).
 * A scan whose first key (of two tokens) is not in the gazetteer marks
 * nothing, and most are not: frn_gaz_may_pair drops most of those without
 * touching the table.  The slot of each other scan's first key is asked for
 * MULTI_AHEAD scans before it is read.  The heads that are cleared leave
 * d->begins.
 */
#define MULTI_AHEAD 8

typedef struct multi_queue
{
	size_t		n;				/* scans queued so far */
	uint32_t	at[MULTI_AHEAD];	/* the key's first token */
	uint32_t	last[MULTI_AHEAD];	/* the last token its hash covers */
	uint8_t		first[MULTI_AHEAD]; /* gaz_first of its first token */
	uint64_t	hash[MULTI_AHEAD];
} multi_queue;

static void
queue_multi(frn_ner_doc *d, multi_queue *mq, size_t i, size_t last, uint64_t h, uint8_t first)
{
	size_t		k;

	if (!frn_gaz_may_pair(frn_gaz_hash_end(h)))
		return;
	k = mq->n++ % MULTI_AHEAD;
	if (mq->n > MULTI_AHEAD)
		scan_multi(d, mq->at[k], mq->last[k], mq->hash[k], mq->first[k]);
	mq->at[k] = (uint32_t) i;
	mq->last[k] = (uint32_t) last;
	mq->first[k] = first;
	mq->hash[k] = h;
	frn_gaz_prefetch(frn_gaz_hash_end(h));
}

static void
confirm_and_scan(frn_ner_doc *d)
{
	multi_queue mq;
	size_t		kept = 0;

	mq.n = 0;
	for (size_t b = 0; b < d->nbegins; b++)
	{
		size_t		i = d->begins[b];
		const char *article;

		if ((b & 1023) == 1023)
			frn_check_interrupts();
		if ((d->xflags[i] & FRN_NX_HEAD) && !(gaz(d, i) & FRN_GAZ_HEAD_BITS))
			d->xflags[i] &= ~FRN_NX_HEAD;
		if (!(d->xflags[i] & FRN_NX_MAY_BEGIN))
			continue;
		d->begins[kept++] = (uint32_t) i;
		if ((gaz(d, i) & FRN_GAZ_PREFIX) && i + 1 < d->toks.n)
			queue_multi(d, &mq, i, i + 1, pair_hash(d, i), 1);
		if ((d->toks.tok[i].flags & FRN_TF_CAPITALIZED) && (article = contracted_article(d, i)) != NULL)
			queue_multi(d, &mq, i, i,
						key_hash_add(d, frn_gaz_hash_add(FRN_GAZ_HASH_START, article, strlen(article)), i), 2);
	}
	d->nbegins = kept;
	for (size_t q = mq.n > MULTI_AHEAD ? mq.n - MULTI_AHEAD : 0; q < mq.n; q++)
		scan_multi(d, mq.at[q % MULTI_AHEAD], mq.last[q % MULTI_AHEAD], mq.hash[q % MULTI_AHEAD], mq.first[q % MULTI_AHEAD]);
}

/* Is token i a word that the training text (almost) never has inside a
 * name (data/ner/never-inside.txt: "est", "a", "avait", "par")?  Read as
 * written: the verb "a" is in the list, the preposition "à" is not. */
static inline bool
never_inside(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	uint32_t	h = frn_hash_bytes(d->s + t->byte_start, t->byte_len, FRN_NER_NEVER_SEED);

	for (size_t k = h & (FRN_NER_NEVER_SLOTS - 1); frn_ner_never[k] != 0; k = (k + 1) & (FRN_NER_NEVER_SLOTS - 1))
		if (frn_ner_never[k] == h)
			return true;
	return false;
}

/*
 * The lower-case words of never-inside.txt that a name could reach (after a
 * possible first word, before any sentence start, punctuation outside names
 * or other possible first word) are outside every name, as punctuation is:
 * not scored, and the name paths end there, so the words after them take
 * the decoder's fast path too.  (A word of a multi-token gazetteer name stays
 * inside.)  So are the tokens that cannot end a name (particles, elisions,
 * joiners: the period before a sentence start) just before where names end
 * so.  Each token is visited once or twice at most, and the walk from a
 * possible first word stops at the first such word.
 */
static void
mark_never_inside(frn_ner_doc *d)
{
	size_t		next = 0,
				n = d->toks.n;

	for (size_t b = 0; b < d->nbegins; b++)
	{
		size_t		from = d->begins[b] + 1,
					k;

		if ((b & 1023) == 1023)
			frn_check_interrupts();
		from = from > next ? from : next;
		for (k = from; k < n; k++)
		{
			uint16_t	x = d->xflags[k];

			if ((x & (FRN_NX_OUTSIDE | FRN_NX_MAY_BEGIN)) || (d->toks.tok[k].flags & FRN_TF_SENT_START))
				break;
			if ((x & FRN_NX_LOWER) && d->gaz_in[k] == 0 && never_inside(d, k))
			{
				d->xflags[k] |= FRN_NX_OUTSIDE;
				break;
			}
		}
		next = k;
		/* every name ends before k: the tokens before it that cannot end one are outside */
		if (k == n || (d->xflags[k] & FRN_NX_OUTSIDE) || (d->toks.tok[k].flags & FRN_TF_SENT_START))
			while (k-- > from && frn_ner_cannot_end(d, k))
				d->xflags[k] |= FRN_NX_OUTSIDE;
	}
}

/*
 * A lower-case head begins a name only before a capitalised word or a
 * number ("ministère de l'Intérieur", "tribunal correctionnel de Bobigny",
 * "loi Evin", "plan 2030") within HEAD_REACH tokens, none of them outside
 * names, in its sentence, or at the start of a multi-token gazetteer name
 * ("parquet national financier"): "la police a", "ces derniers jours", "en
 * cours" begin nothing, so they and the words after them are not scored.
 * The others leave d->begins (and stay heads no more).
 */
#define HEAD_REACH 4

/* Has token i an ASCII capital after its first letter ("iPhone", "xAI")? */
static bool
inner_capital(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	for (size_t k = 1; k < t->byte_len; k++)
		if (d->s[t->byte_start + k] >= 'A' && d->s[t->byte_start + k] <= 'Z')
			return true;
	return false;
}

/*
 * Is token i an organisation of the lists written as one lower-case word
 * that is no ordinary word, first name, place or product ("franceinfo",
 * "abrdn")?  Such a name is written so: it begins a name by itself.  (The
 * list keys are folded, so "Orange" of the lists is also "orange": the
 * lexicon leaves out the words that are both.)
 */
static bool
lower_case_org_name(frn_ner_doc *d, size_t i)
{
	uint16_t	g = frn_ner_gaz(d, i);

	return (g & FRN_GAZ_ORGNAME) &&
		!(g & (FRN_GAZ_WORD | FRN_GAZ_FIRSTNAME | FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE |
			   FRN_GAZ_CITY | FRN_GAZ_DEMONYM | FRN_GAZ_TITLE | FRN_GAZ_PARTICLE | FRN_GAZ_PRODUCT));
}

/* Does the lower-case head i begin a name?  The tokens from it to the
 * capitalised word or number get FRN_NX_HEAD_SPAN; so do those of a list
 * name that it begins ("ministère de la Culture", "parquet national
 * financier"), up to its capitalised word or its last word: the decoder
 * must keep the name alive there too. */
static bool
head_before_name(frn_ner_doc *d, size_t i)
{
	bool		list_name = d->gaz_first[i] && d->gaz_in[i] != 0;
	size_t		k;

	/* a list name written with a capital inside is a name by itself
	 * ("les ventes d'iPhone", "bioMérieux", "xAI") */
	if (!list_name && inner_capital(d, i) && (frn_ner_gaz(d, i) & (FRN_GAZ_ORGNAME | FRN_GAZ_PRODUCT)))
		return true;
	if (!list_name && lower_case_org_name(d, i))
		return true;
	for (k = i + 1; k < d->toks.n && k <= i + HEAD_REACH; k++)
	{
		const frn_token *t = &d->toks.tok[k];

		if ((d->xflags[k] & FRN_NX_OUTSIDE) || (t->flags & FRN_TF_SENT_START))
			break;
		if ((d->xflags[k] & FRN_NX_CANDIDATE) || t->kind == FRN_TOK_NUMBER || (t->flags & FRN_TF_HAS_DIGIT))
		{
			while (k-- > i)
				d->xflags[k] |= FRN_NX_HEAD_SPAN;
			return true;
		}
	}
	if (!list_name)
		return false;
	for (k = i; k + 1 < d->toks.n && d->gaz_in[k + 1] != 0 && !d->gaz_first[k + 1]; k++)
		d->xflags[k] |= FRN_NX_HEAD_SPAN;
	return true;
}

static void
keep_heads_before_names(frn_ner_doc *d)
{
	size_t		kept = 0;

	for (size_t b = 0; b < d->nbegins; b++)
	{
		size_t		i = d->begins[b];

		if ((b & 1023) == 1023)
			frn_check_interrupts();
		if (!(d->xflags[i] & FRN_NX_CANDIDATE) && !head_before_name(d, i))
			d->xflags[i] &= ~FRN_NX_HEAD;
		else
			d->begins[kept++] = (uint32_t) i;
	}
	d->nbegins = kept;
}

void
frn_ner_analyze(frn_ner_doc *d, const char *s, size_t len)
{
	size_t		n,
				nmarks = 0;
	bool		after_open = false;

	d->s = s;
	d->len = len;
	d->toks.n = 0;
	d->sents.n = 0;
	d->nbegins = 0;
	d->nmarks = 0;
	frn_buf_reset(&d->fold);
	frn_buf_reset(&d->key);
	if (!fh.ready)
		feature_hashes_init();
	frn_tokenize(s, len, &d->toks);
	frn_sentences(s, len, &d->toks, &d->sents);
	n = d->toks.n;
	reserve(d, n);
	frn_fold_tokens_in_copy(s, len, d->toks.tok, n, &d->fold, d->fold_off, d->fold_len);
	/* 8 zero bytes after the last fold, for frn_gaz_word_filter_bit_padded */
	frn_buf_reserve(&d->fold, 8);
	memset(d->fold.data + d->fold.len, 0, 8);
	if (n == 0)
		return;					/* (and the arrays may be NULL) */
	memset(d->gaz, 0xFF, n * sizeof(*d->gaz));
	memset(d->gaz_in, 0, n * sizeof(*d->gaz_in));
	memset(d->gaz_first, 0, n * sizeof(*d->gaz_first));
	memset(d->cls, FRN_NER_O, n * sizeof(*d->cls));
	/* (in blocks of 1,024 tokens, with a check for interrupts between) */
	for (size_t i = 0, block_end = 0; i < n; i++)
	{
		const frn_token *t = &d->toks.tok[i];

		if (i == block_end)
		{
			frn_check_interrupts();
			block_end = i + 1024;
		}
		d->xflags[i] = token_flags(d, i, after_open);
		/* listed without a branch of its own: which tokens are marks
		 * cannot be predicted (the words never are) */
		if (t->kind != FRN_TOK_WORD)
		{
			d->marks[nmarks] = (uint32_t) i;
			nmarks += frn_style_may_mark(d->toks.tok, i, s);
		}
		after_open = t->kind == FRN_TOK_PUNCT && is_opening(s + t->byte_start, t->byte_len);
		if (i > 0)
			settle(d, i - 1);
	}
	settle(d, n - 1);
	d->nmarks = nmarks;
	look_up_near_names(d, 0, 0);
	confirm_and_scan(d);
	mark_never_inside(d);
	keep_heads_before_names(d);
	look_up_near_names(d, 1, 1);
}

/* The classes token i may have after class prev (a bit per class). */
static inline unsigned
allowed_after(const frn_ner_doc *d, size_t i, int prev)
{
	unsigned	m = 1u << FRN_NER_O;

	if (d->xflags[i] & FRN_NX_OUTSIDE)
		return m;
	/* B-X begins on a possible first word (bits of the four B classes) */
	if (d->xflags[i] & FRN_NX_MAY_BEGIN)
		m |= 0xAAu;
	/* I-X continues X; a name never continues over a sentence start */
	if (prev != FRN_NER_O && !(d->toks.tok[i].flags & FRN_TF_SENT_START))
		m |= 1u << FRN_NER_I(FRN_NER_TYPE(prev));
	return m;
}

bool
frn_ner_allowed(const frn_ner_doc *d, size_t i, int prev, int c)
{
	return (allowed_after(d, i, prev) >> c) & 1;
}

/* (A word not yet looked up is asked of the particles' filter first: these
 * are mostly words that nothing else looks up, and their slots cache misses.) */
bool
frn_ner_cannot_end(frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (t->kind == FRN_TOK_PUNCT || t->kind == FRN_TOK_ELISION)
		return true;
	if (!(d->xflags[i] & FRN_NX_LOWER) ||
		(d->gaz[i] == GAZ_UNKNOWN && !frn_gaz_may_particle(gaz_hash(d, i))))
		return false;
	return gaz(d, i) & FRN_GAZ_PARTICLE;
}

/* Flags of token i as a small integer feature value. */
static inline uint32_t
flag_value(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return ((t->flags & FRN_TF_SENT_START) ? 1 : 0) |
		((d->xflags[i] & FRN_NX_AFTER_OPEN) ? 2 : 0) |
		((t->flags & FRN_TF_CAPITALIZED) ? 4 : 0) |
		((t->flags & FRN_TF_ALLCAPS) ? 8 : 0) |
		((d->xflags[i] & FRN_NX_INITIAL) ? 16 : 0) |
		((t->flags & FRN_TF_SPACE_BEFORE) ? 32 : 0) |
		((d->xflags[i] & FRN_NX_HEAD) ? 64 : 0);
}

/*
 * A feature's bucket; with rows (the built-in models), the offset of its row
 * in rows instead, and the memory is asked for the row as soon as it is
 * known (one line: no row straddles two, frn_ner_row_offset).  The feature
 * functions are inlined into each caller, so that the trainer's copy (rows
 * NULL) tests nothing.
 */
static inline __attribute__((always_inline)) uint32_t
bucket(uint32_t h, uint32_t mask, const int8_t *rows)
{
	h &= mask;
	if (rows != NULL)
	{
		h = frn_ner_row_offset(h);
		__builtin_prefetch(rows + h);
	}
	return h;
}

/* The features of token i that read it alone: the same word (the same
 * bytes, the same kind) has the same ones wherever it is.  At most
 * OWN_MAX: five and a gazetteer bit each. */
#define OWN_MAX (5 + 15)
_Static_assert(FRN_GAZ_PREFIX == 0x8000, "a token has at most 15 gazetteer bits but the prefix one");

static inline __attribute__((always_inline)) size_t
own_features(frn_ner_doc *d, size_t i, uint32_t *f, uint32_t mask, const int8_t *rows)
{
	size_t		n = 0;

	shape(d, i);
	f[n++] = bucket(mix(T_BIAS, 0), mask, rows);
	f[n++] = bucket(mix(T_W, word(d, i)), mask, rows);
	f[n++] = bucket(mix(T_SUFFIX, d->h_suffix[i]), mask, rows);
	f[n++] = bucket(mix(T_PREFIX, d->h_prefix[i]), mask, rows);
	f[n++] = bucket(mix(T_SHAPE, d->h_shape[i]), mask, rows);
	for (uint32_t m = gaz(d, i) & ~FRN_GAZ_PREFIX; m != 0; m &= m - 1)
		f[n++] = bucket(fh.gaz[__builtin_ctz(m)], mask, rows);
	return n;
}

/* Bits set in x (without the library call that __builtin_popcount makes
 * on processors without a popcount instruction) */
static inline unsigned
bit_count(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
	return (unsigned) ((x * 0x0101010101010101ull) >> 56);
}

/* The features of token i that read its context too: at most
 * FRN_NER_MAX_FEATURES - OWN_MAX. */
static inline __attribute__((always_inline)) size_t
context_features(frn_ner_doc *d, size_t i, uint32_t *f, uint32_t mask, const int8_t *rows)
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
	uint16_t	g = gaz(d, i) & ~FRN_GAZ_PREFIX;
	uint16_t	gp = i > 0 ? gaz(d, i - 1) & ~FRN_GAZ_PREFIX : 0;
	uint16_t	gn = i + 1 < nt ? gaz(d, i + 1) & ~FRN_GAZ_PREFIX : 0;

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

	f[n++] = bucket(mix(T_W_P1, wp1), mask, rows);
	f[n++] = bucket(mix(T_W_N1, wn1), mask, rows);
	f[n++] = bucket(mix(T_W_P2, wp2), mask, rows);
	f[n++] = bucket(mix(T_W_P1_W, mix(wp1, w)), mask, rows);
	/* "la mairie de", "le PDG de": two words of left context together */
	f[n++] = bucket(mix(T_W_P2_P1, mix(wp2, wp1)), mask, rows);
	f[n++] = bucket(mix(T_W_N1_W, mix(w, wn1)), mask, rows);
	f[n++] = bucket(mix(T_SHAPE_P1, mix(shp, sh)), mask, rows);
	f[n++] = bucket(mix(T_SHAPE_N1, mix(sh, shn)), mask, rows);
	f[n++] = bucket(fh.flags[fl], mask, rows);
	/*
	 * gazetteer bits with the capitalisation context, of the neighbours
	 * and of the longest multi-word list name: mask by mask (the order of
	 * the features does not change the sums) when they cannot reach the
	 * bound, else bit by bit in increasing order, up to the bound
	 */
	if (n + bit_count((uint64_t) g | (uint64_t) gp << 16 | (uint64_t) gn << 32 |
					  (uint64_t) d->gaz_in[i] << 48) <= FRN_NER_MAX_FEATURES - OWN_MAX - 4 + 1)
	{
		for (uint32_t m = g; m != 0; m &= m - 1)
			f[n++] = bucket(fh.gaz_flags[__builtin_ctz(m)][fl & 15], mask, rows);
		for (uint32_t m = gp; m != 0; m &= m - 1)
			f[n++] = bucket(fh.gaz_p1[__builtin_ctz(m)], mask, rows);
		for (uint32_t m = gn; m != 0; m &= m - 1)
			f[n++] = bucket(fh.gaz_n1[__builtin_ctz(m)], mask, rows);
		for (uint32_t m = d->gaz_in[i]; m != 0; m &= m - 1)
			f[n++] = bucket(fh.gaz_in[__builtin_ctz(m)][d->gaz_first[i]], mask, rows);
		return n;
	}
	for (uint32_t m = g | gp | gn | d->gaz_in[i]; m != 0; m &= m - 1)
	{
		uint32_t	bit = m & -m;
		int			b = __builtin_ctz(m);

		if (n > FRN_NER_MAX_FEATURES - OWN_MAX - 4)
			break;
		if (g & bit)
			f[n++] = bucket(fh.gaz_flags[b][fl & 15], mask, rows);
		if (gp & bit)
			f[n++] = bucket(fh.gaz_p1[b], mask, rows);
		if (gn & bit)
			f[n++] = bucket(fh.gaz_n1[b], mask, rows);
		if (d->gaz_in[i] & bit)
			f[n++] = bucket(fh.gaz_in[b][d->gaz_first[i]], mask, rows);
	}
	return n;
}

size_t
frn_ner_features(frn_ner_doc *d, size_t i, uint32_t *f)
{
	size_t		n = own_features(d, i, f, UINT32_MAX, NULL);

	return n + context_features(d, i, f + n, UINT32_MAX, NULL);
}

/* Coarse kind of token i (8 values): its kind, and for a word its case. */
static uint16_t
token_kind(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	switch (t->kind)
	{
		case FRN_TOK_WORD:
			return (t->flags & FRN_TF_HAS_DIGIT) ? 3 : (t->flags & FRN_TF_ALLCAPS) ? 2 :
				(t->flags & FRN_TF_CAPITALIZED) ? 1 : 0;
		case FRN_TOK_NUMBER:
			return 4;
		case FRN_TOK_PUNCT:
			return 5;
		case FRN_TOK_ELISION:
			return 6;
		default:
			return 7;
	}
}

/* The first dense key of token i: its kind with the flags that the kind
 * does not imply (all but the case), the bits 1, 2, 16, 32 and 64 of
 * flag_value as 1, 2, 4, 8 and 16. */
static inline uint16_t
kind_key(const frn_ner_doc *d, size_t i)
{
	uint16_t	x = d->xflags[i];
	uint8_t		tf = d->toks.tok[i].flags;

	return token_kind(d, i) * 32 + (((tf & FRN_TF_SENT_START) ? 1 : 0) |
									((x & FRN_NX_AFTER_OPEN) ? 2 : 0) |
									((x & FRN_NX_INITIAL) ? 4 : 0) |
									((tf & FRN_TF_SPACE_BEFORE) ? 8 : 0) |
									((x & FRN_NX_HEAD) ? 16 : 0));
}

uint16_t
frn_ner_kind_key(const frn_ner_doc *d, size_t i)
{
	return kind_key(d, i);
}

/*
 * The 8 gazetteer bits of the second dense key: particle, common word,
 * company suffix, first name, organisation or place head, organisation or
 * brand list, product list, place lists.  Each is an "or" of bits of the
 * token, so it is that of its low and its high byte: two tables of 256.
 */
#define GAZ_KEY(g) ((((g) & FRN_GAZ_PARTICLE) ? 1 : 0) | (((g) & FRN_GAZ_WORD) ? 2 : 0) | \
	(((g) & FRN_GAZ_ORGSUFFIX) ? 4 : 0) | (((g) & FRN_GAZ_FIRSTNAME) ? 8 : 0) | \
	(((g) & (FRN_GAZ_ORGWORD | FRN_GAZ_LOCWORD)) ? 16 : 0) | \
	(((g) & (FRN_GAZ_ORGNAME | FRN_GAZ_BRAND)) ? 32 : 0) | (((g) & FRN_GAZ_PRODUCT) ? 64 : 0) | \
	(((g) & (FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY)) ? 128 : 0))
#define GK4(g, sh) GAZ_KEY((g) << (sh)), GAZ_KEY(((g) + 1) << (sh)), GAZ_KEY(((g) + 2) << (sh)), \
	GAZ_KEY(((g) + 3) << (sh))
#define GK16(g, sh) GK4(g, sh), GK4((g) + 4, sh), GK4((g) + 8, sh), GK4((g) + 12, sh)
#define GK256(sh) GK16(0, sh), GK16(16, sh), GK16(32, sh), GK16(48, sh), GK16(64, sh), \
	GK16(80, sh), GK16(96, sh), GK16(112, sh), GK16(128, sh), GK16(144, sh), GK16(160, sh), \
	GK16(176, sh), GK16(192, sh), GK16(208, sh), GK16(224, sh), GK16(240, sh)
static const uint8_t gaz_key_low[256] = {GK256(0)},
			gaz_key_high[256] = {GK256(8)};
#undef GK256
#undef GK16
#undef GK4
#undef GAZ_KEY

void
frn_ner_dense_keys(frn_ner_doc *d, size_t i, uint16_t keys[FRN_NER_DENSE_KEYS])
{
	uint16_t	g = gaz(d, i);

	keys[0] = kind_key(d, i);
	keys[1] = 256 + (gaz_key_low[g & 0xFF] | gaz_key_high[g >> 8]);
}

bool
frn_ner_scored(const frn_ner_doc *d, size_t i, int prev)
{
	return !(d->xflags[i] & FRN_NX_OUTSIDE) && (prev != FRN_NER_O || (d->xflags[i] & FRN_NX_MAY_BEGIN));
}

bool
frn_ner_has_model(void)
{
	return FRN_NER_NBUCKETS > 0;
}

typedef int8_t v16i8 __attribute__((vector_size(16)));
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef int32_t v4i32 __attribute__((vector_size(16)));
typedef int64_t v2i64 __attribute__((vector_size(16)));
typedef float v4f __attribute__((vector_size(16)));

/*
 * The decoder computes the features of the tokens it will probably score
 * (each possible first word, and the token after it) AHEAD such tokens
 * before it reaches them, and asks for their weights then: the model is
 * megabytes, so most weight rows are cache misses, and this way they arrive
 * while the tokens in between are decoded.  A token scored without them (a
 * long name) gets its features on the spot: the scores are the same either
 * way.
 */
#define AHEAD 2

typedef struct ahead_queue
{
	frn_ner_prepared pr[AHEAD];
	size_t		head,			/* prepared tokens: pr[head .. tail) modulo AHEAD */
				tail;
	size_t		b,				/* d->begins[b] is the next possible first word */
				next;			/* the tokens before it are queued or skipped */
} ahead_queue;

/* Prepare the next tokens that will probably be scored until AHEAD are. */
static void
queue_fill(frn_ner_doc *d, const frn_ner_scorer *sc, ahead_queue *q)
{
	size_t		n = d->toks.n;

	while (q->tail - q->head < AHEAD && q->b < d->nbegins)
	{
		size_t		i = d->begins[q->b];

		if (q->next <= i)
		{
			q->next = i;
		}
		else if (q->next > i + 1 || q->next == n || (d->xflags[q->next] & FRN_NX_OUTSIDE))
		{
			/* the word after i is queued (it may begin a name too), is
			 * punctuation outside names, or there is none */
			q->b++;
			continue;
		}
		sc->prepare(sc->arg, d, q->next, &q->pr[q->tail++ % AHEAD]);
		q->next++;
	}
}

/* The prepared features of token i, or NULL; drops those of the tokens
 * before it, which the decoder passed without scoring them. */
static inline frn_ner_prepared *
queue_take(ahead_queue *q, size_t i)
{
	while (q->head < q->tail && q->pr[q->head % AHEAD].tok < i)
		q->head++;
	return q->head < q->tail && q->pr[q->head % AHEAD].tok == i ? &q->pr[q->head++ % AHEAD] : NULL;
}

/* The first of the live classes with the best path score. */
static inline int
best_alive(unsigned alive, const float *delta)
{
	int			c = FRN_NER_O;

	if (alive == 1u << FRN_NER_O)
		return c;
	for (int k = 0; k < FRN_NER_NCLASS; k++)
		if ((alive & (1u << k)) && (!(alive & (1u << c)) || delta[k] > delta[c]))
			c = k;
	return c;
}

/* The back pointer of O at the last token of a run of tokens that no name
 * can reach (never a class) */
#define RUN_END 0xFF
_Static_assert(FRN_NER_NCLASS < RUN_END && FRN_NER_NCLASS >= 1 + sizeof(uint32_t),
			   "a run's first token fits in the back pointers of its last one");

/*
 * The best new path to each class and its previous class in a Viterbi step:
 * classes 0-3 (lo) and 4-7 (hi) in vector lanes, class 8 (I-MISC) alone.
 */
typedef struct viterbi_best
{
	v4f			lo,
				hi;
	v4i32		from_lo,
				from_hi;
	float		v8;
	int			from_8;
} viterbi_best;

/* The larger of a and b lane by lane (b where they are equal) */
static inline v4f
vec_max(v4f a, v4f b)
{
	v4i32		gt = a > b;

	return (v4f) (((v4i32) a & gt) | ((v4i32) b & ~gt));
}

/* Each class's lane in the vectors of classes 0-3 and 4-7 */
static const v4i32 lane_bit_lo = {1, 2, 4, 8},
			lane_bit_hi = {16, 32, 64, 128};

/* The lane of I of p's type after p (O after O), in those vectors; I-MISC,
 * class 8, is in neither: only B-MISC and I-MISC lead to it */
_Static_assert(FRN_NER_B_MISC == 7 && FRN_NER_I_MISC == 8, "I-MISC is the last class");
static const v4i32 inside_lane_lo[FRN_NER_NCLASS] = {
	{-1, 0, 0, 0}, {0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, 0, 0}, {0, 0, 0, 0},
	{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}},
			inside_lane_hi[FRN_NER_NCLASS] = {
	{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {-1, 0, 0, 0}, {-1, 0, 0, 0},
	{0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};

/*
 * The paths from previous class p (path score delta_p) to the classes of
 * lanes allow_lo, allow_hi and to I-MISC if allow_8 (-1), with the token's
 * static scores (stat_lo, stat_hi, stat_8) and the dense rows row0 and row1
 * of p, scored or not (lanes of -1 or 0): a new path replaces the best one
 * to c only when its score is strictly higher, so ties go to the lowest p
 * when p rises.  The same float additions in the same order for every
 * class; no branch on the scores, which a processor cannot predict.
 */
static inline __attribute__((always_inline)) void
viterbi_from(viterbi_best *b, int p, float delta_p, v4f stat_lo, v4f stat_hi, float stat_8,
			 const float *row0, const float *row1, int32_t scored,
			 v4i32 allow_lo, v4i32 allow_hi, int32_t allow_8)
{
	v4f			r0_lo,
				r0_hi,
				r1_lo,
				r1_hi,
				v_lo,
				v_hi;
	v4i32		take_lo,
				take_hi,
				pv = {p, p, p, p};
	float		v_8 = delta_p + ((stat_8 + row0[8]) + row1[8]);
	int32_t		take_8 = -(int32_t) (v_8 > b->v8) & allow_8;

	memcpy(&r0_lo, row0, sizeof(r0_lo));
	memcpy(&r0_hi, row0 + 4, sizeof(r0_hi));
	memcpy(&r1_lo, row1, sizeof(r1_lo));
	memcpy(&r1_hi, row1 + 4, sizeof(r1_hi));
	v_lo = delta_p + (v4f) ((v4i32) ((stat_lo + r0_lo) + r1_lo) & scored);
	v_hi = delta_p + (v4f) ((v4i32) ((stat_hi + r0_hi) + r1_hi) & scored);
	take_lo = (v_lo > b->lo) & allow_lo;
	take_hi = (v_hi > b->hi) & allow_hi;
	b->lo = (v4f) (((v4i32) v_lo & take_lo) | ((v4i32) b->lo & ~take_lo));
	b->hi = (v4f) (((v4i32) v_hi & take_hi) | ((v4i32) b->hi & ~take_hi));
	b->from_lo = (pv & take_lo) | (b->from_lo & ~take_lo);
	b->from_hi = (pv & take_hi) | (b->from_hi & ~take_hi);
	{
		int32_t		v_bits,
					best_bits;

		memcpy(&v_bits, &v_8, sizeof(v_bits));
		memcpy(&best_bits, &b->v8, sizeof(best_bits));
		best_bits = (v_bits & take_8) | (best_bits & ~take_8);
		memcpy(&b->v8, &best_bits, sizeof(best_bits));
		b->from_8 = (p & take_8) | (b->from_8 & ~take_8);
	}
}

/*
 * Viterbi decoding over BIO classes.  A path's score is the sum, over the
 * tokens it scores (frn_ner_scored), of the static scores of the token's
 * class (its hashed features, read once per token) and of the dense scores
 * of its class after the previous one (two rows of a small table per live
 * previous class), plus, where a token outside every name ends the path (a
 * comma, "est"), the dense score of O after its class there.  Path scores are
 * kept relative to the best one after every token, so that they stay small
 * whatever the length of the text, and a class whose best path is more than
 * beam below the best is dropped (twice beam in FRN_NX_HEAD_SPAN): after a
 * word confidently outside a name ("Le" at a sentence start), the next word
 * takes the fast path again.  Memory: one back pointer per token and class.
 */
void
frn_ner_viterbi(frn_ner_doc *d, const frn_ner_scorer *sc, float beam)
{
	ahead_queue q;				/* (its prepared entries are not cleared) */
	frn_ner_prepared here;
	uint16_t	keys[FRN_NER_DENSE_KEYS];
	float		delta[FRN_NER_NCLASS],
				stat[FRN_NER_NCLASS],
				top;
	viterbi_best best;
	unsigned	alive = 1u << FRN_NER_O,	/* classes some path reaches */
				now,
				begin,
				inside_ok;
	bool		may_begin;
	size_t		n = d->toks.n,
				b = 0,			/* d->begins[b]: the next possible first word (at a jump) */
				check_at = 1024;
	uint8_t    *const bps = d->bp,
			   *const cls = d->cls;
	int			c;

	q.head = q.tail = q.b = q.next = 0;
	delta[FRN_NER_O] = 0;
	for (size_t i = 0; i < n; i++)
	{
		uint8_t    *bp = bps + i * FRN_NER_NCLASS;
		frn_ner_prepared *pr;

		if (i >= check_at)
		{
			frn_check_interrupts();
			check_at = i + 1024;
		}
		/*
		 * No path is in a name, and no name can begin before the next
		 * possible first word: every path is O up to it, unscored (a token
		 * outside names there ends no name: the single path's score would
		 * only move by a constant, which the relative scores drop).  The
		 * back pointers of that run are its first token, in those of its
		 * last one.
		 */
		if (alive == 1u << FRN_NER_O && !(d->xflags[i] & FRN_NX_MAY_BEGIN))
		{
			uint32_t	from = (uint32_t) i;

			while (b < d->nbegins && d->begins[b] < i)
				b++;
			i = (b < d->nbegins ? d->begins[b] : n) - 1;
			bp = bps + i * FRN_NER_NCLASS;
			bp[FRN_NER_O] = RUN_END;
			memcpy(bp + 1, &from, sizeof(from));
			continue;
		}
		/*
		 * A token outside every name ends all the paths: each live class
		 * with the score of a name of that class ending here (O after it in
		 * one row of the dense table, by the token's kind: "est", a comma),
		 * which tells how names end and of what class they are.
		 */
		if (d->xflags[i] & FRN_NX_OUTSIDE)
		{
			size_t		key = kind_key(d, i);

			top = -INFINITY;
			for (unsigned live = alive; live != 0; live &= live - 1)
			{
				int			p = __builtin_ctz(live);
				float		v = delta[p] + sc->dense[((size_t) p * FRN_NER_DENSE_PER_PREV + key) * FRN_NER_NCLASS + FRN_NER_O];

				if (v > top)
				{
					top = v;
					bp[FRN_NER_O] = (uint8_t) p;
				}
			}
			delta[FRN_NER_O] = 0;
			alive = 1u << FRN_NER_O;
			continue;
		}
		queue_fill(d, sc, &q);
		pr = queue_take(&q, i);
		if (pr == NULL)
		{
			sc->prepare(sc->arg, d, i, &here);
			pr = &here;
		}
		sc->score(sc->arg, d, pr, stat);
		frn_ner_dense_keys(d, i, keys);
		begin = allowed_after(d, i, FRN_NER_O);
		may_begin = (d->xflags[i] & FRN_NX_MAY_BEGIN) != 0;
		inside_ok = (d->toks.tok[i].flags & FRN_TF_SENT_START) ? 0 : ~0u;
		/*
		 * Every live previous class p, with every class allowed after it,
		 * all classes at once: O, the four B if the token may begin a name
		 * (begin), and I of p's type but at a sentence start.  Unscored
		 * (frn_ner_scored): O after O, the path's score.
		 */
		best.lo = best.hi = (v4f) {-INFINITY, -INFINITY, -INFINITY, -INFINITY};
		best.v8 = -INFINITY;
		best.from_lo = best.from_hi = (v4i32) {0, 0, 0, 0};
		best.from_8 = 0;
		{
			/* I-X after B-X (bit 2X - 1) or I-X (bit 2X) */
			unsigned	inside = (((alive & 0xAAu) << 1) | (alive & 0x154u)) & inside_ok;
			v4i32		begin_lo = ((v4i32) {begin, begin, begin, begin} & lane_bit_lo) != 0,
						begin_hi = ((v4i32) {begin, begin, begin, begin} & lane_bit_hi) != 0,
						inside_vec = (v4i32) {inside_ok, inside_ok, inside_ok, inside_ok};
			v4f			stat_lo,
						stat_hi;

			_Static_assert(FRN_NER_DENSE_KEYS == 2, "two rows of the dense table per class");
			memcpy(&stat_lo, stat, sizeof(stat_lo));
			memcpy(&stat_hi, stat + 4, sizeof(stat_hi));
			now = begin | inside;
			for (unsigned live = alive; live != 0; live &= live - 1)
			{
				int			p = __builtin_ctz(live);
				const float *row = sc->dense + (size_t) p * FRN_NER_DENSE_PER_PREV * FRN_NER_NCLASS;
				v4i32		allow_lo = begin_lo | (inside_lane_lo[p] & inside_vec),
							allow_hi = begin_hi | (inside_lane_hi[p] & inside_vec);
				int32_t		scored = -(int32_t) (p != FRN_NER_O || may_begin);

				viterbi_from(&best, p, delta[p], stat_lo, stat_hi, stat[8], row + keys[0] * FRN_NER_NCLASS,
							 row + keys[1] * FRN_NER_NCLASS, scored, allow_lo, allow_hi,
							 -(int32_t) (p >= FRN_NER_B_MISC) & (int32_t) inside_ok);
			}
		}
		/* top: the best of the new paths (the classes not reached are at
		 * -INFINITY), the lanes halved twice (a maximum of floats that are
		 * never NaN is the same in any order, but for the sign of a zero,
		 * which no comparison sees) */
		{
			v4f			m = vec_max(best.lo, best.hi);

			m = vec_max(m, __builtin_shufflevector(m, m, 2, 3, 0, 1));
			m = vec_max(m, __builtin_shufflevector(m, m, 1, 0, 3, 2));
			top = m[0] > best.v8 ? m[0] : best.v8;
		}
		/*
		 * Scores relative to the best path; the classes too far below it
		 * die, but twice as far in a name begun by a lower-case head before
		 * its capitalised word ("cour d'appel de X": the evidence is X)
		 */
		{
			float		low = -((d->xflags[i] & FRN_NX_HEAD_SPAN) ? 2 * beam : beam);
			v4f			d_lo = best.lo - top,
						d_hi = best.hi - top;
			v4i32		dead = ((d_lo < low) & lane_bit_lo) | ((d_hi < low) & lane_bit_hi);

			memcpy(delta, &d_lo, sizeof(d_lo));
			memcpy(delta + 4, &d_hi, sizeof(d_hi));
			delta[8] = best.v8 - top;
			/* (the four lanes ORed by halves, into lane 0) */
			dead |= __builtin_shufflevector(dead, dead, 2, 3, 0, 1);
			dead |= __builtin_shufflevector(dead, dead, 1, 0, 3, 2);
			alive = now & ~(unsigned) (dead[0] | (delta[8] < low ? 1 << 8 : 0));
			for (c = 0; c < 4; c++)
			{
				bp[c] = (uint8_t) best.from_lo[c];
				bp[4 + c] = (uint8_t) best.from_hi[c];
			}
			bp[8] = (uint8_t) best.from_8;
		}
	}
	/* the best last class, then back (O is the class before a run) */
	c = best_alive(alive, delta);
	for (size_t i = n; i-- > 0;)
	{
		const uint8_t *bp = bps + i * FRN_NER_NCLASS;

		if (c == FRN_NER_O && bp[FRN_NER_O] == RUN_END)
		{
			uint32_t	from;

			memcpy(&from, bp + 1, sizeof(from));
			memset(cls + from, FRN_NER_O, i + 1 - from);
			i = from;
			continue;
		}
		cls[i] = (uint8_t) c;
		c = bp[c];
	}
}

/*
 * The built-in models have a row of int8 weights per bucket (gen_ner_model.c):
 * a feature becomes the offset of its row (frn_ner_row_offset).  The scorer's arg is the model:
 * that of modern press (frn_ner_rows) or of old press (frn_ner_hist_rows,
 * fewer buckets).  The word cache keeps sums of the modern model's rows
 * only (old press is rare): with it, the own features of a word in the
 * cache are replaced by their sums.
 */
typedef struct built_in
{
	const int8_t *rows;
	uint32_t	mask;			/* buckets - 1 */
	bool		cached;			/* the word cache's sums are of these rows */
} built_in;

static void
model_prepare(void *arg, frn_ner_doc *d, size_t i, frn_ner_prepared *pr)
{
	const built_in *m = arg;
	word_entry *e = word_slot(d, i);

	pr->tok = i;
	pr->own_cached = m->cached && e->summed && word_is(e, d, i);
	if (pr->own_cached)
	{
		memcpy(pr->own_sum, e->sum, sizeof(e->sum));
		pr->nown = 0;
		/* the context features read the token's shape: it is in the entry */
		if (!(d->xflags[i] & FRN_NX_SHAPED))
			shape_from_entry(d, i, e);
	}
	else
		pr->nown = own_features(d, i, pr->feat, m->mask, m->rows);
	pr->nf = pr->nown + context_features(d, i, pr->feat + pr->nown, m->mask, m->rows);
}

/* Sums of rows: classes 0-7 in the lanes of a vector of 16 bytes (which
 * every 64-bit target keeps in a register), class 8 in an integer. */
typedef struct row_sums
{
	v8i16		lo;
	int32_t		last;
} row_sums;

_Static_assert(FRN_NER_NCLASS == 9, "row_sums holds 8 classes in a vector and one more");

/* The sums of the classes to sums[0..FRN_NER_NCLASS) or from them */
static inline void
sums_out(const row_sums *rs, int16_t *sums)
{
	for (int c = 0; c < 8; c++)
		sums[c] = rs->lo[c];
	sums[8] = (int16_t) rs->last;
}

static inline void
sums_in(row_sums *rs, const int16_t *sums)
{
	for (int c = 0; c < 8; c++)
		rs->lo[c] = sums[c];
	rs->last = sums[8];
}

/* The first 8 weights of row r in 16-bit lanes (each byte twice in a lane,
 * shifted back: sign-extended).  Only the row's own bytes are read: 16 from
 * r would touch the next cache line for the last row of each line, and that
 * line was not asked for (bucket). */
static inline v8i16
row_low8(const int8_t *r)
{
	int64_t		low;
	v16i8		w;

	memcpy(&low, r, sizeof(low));
	w = (v16i8) (v2i64) {low, 0};
	return (v8i16) __builtin_shufflevector(w, w, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7) >> 8;
}

/* Add the rows at offsets feat[0..nf) to *acc, two at a time. */
static inline void
sum_rows(row_sums *acc, const int8_t *rows, const uint32_t *feat, size_t nf)
{
	v8i16		lo = acc->lo;
	int32_t		last = acc->last;
	size_t		k = 0;

	for (; k + 1 < nf; k += 2)
	{
		const int8_t *r = rows + feat[k],
				   *r2 = rows + feat[k + 1];

		lo += row_low8(r) + row_low8(r2);
		last += r[8] + r2[8];
	}
	if (k < nf)
	{
		const int8_t *r = rows + feat[k];

		lo += row_low8(r);
		last += r[8];
	}
	acc->lo = lo;
	acc->last = last;
}

/* Keep the sums of token i's own rows (if the word is not too long). */
static void
own_keep(frn_ner_doc *d, size_t i, const row_sums *sum)
{
	word_entry *e = word_slot(d, i);

	if (!word_is(e, d, i) && !word_store(e, d, i))
		return;
	sums_out(sum, e->sum);
	e->summed = true;
}

/*
 * Scores of the classes: sums of int8 weights (the trainer's int16 ones
 * divided by 256), brought back to the scale of the dense table.  Of each
 * row the first 8 weights are summed in 16-bit lanes, the ninth as an
 * integer: at most FRN_NER_MAX_FEATURES * 128 = 8192.
 */
static void
model_score(void *arg, frn_ner_doc *d, const frn_ner_prepared *pr, float *out)
{
	const built_in *m = arg;
	row_sums	sum = {{0}, 0};
	v4f			lo,
				hi;

	if (pr->own_cached)
		sums_in(&sum, pr->own_sum);
	else
	{
		sum_rows(&sum, m->rows, pr->feat, pr->nown);
		if (m->cached)
			own_keep(d, pr->tok, &sum);
	}
	sum_rows(&sum, m->rows, pr->feat + pr->nown, pr->nf - pr->nown);
	/* classes 0-7 four at a time (each lane twice in 32 bits, shifted back:
	 * sign-extended), then the others */
	lo = 256.0f * __builtin_convertvector((v4i32) __builtin_shufflevector(sum.lo, sum.lo,
																	   0, 0, 1, 1, 2, 2, 3, 3) >> 16, v4f);
	hi = 256.0f * __builtin_convertvector((v4i32) __builtin_shufflevector(sum.lo, sum.lo,
																	   4, 4, 5, 5, 6, 6, 7, 7) >> 16, v4f);
	memcpy(out, &lo, sizeof(lo));
	memcpy(out + 4, &hi, sizeof(hi));
	out[8] = 256.0f * (float) sum.last;
}

size_t
frn_ner_next_in_name(const frn_ner_doc *d, size_t i)
{
	size_t		n = d->toks.n;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	w = frn_le64(d->cls + i);

		if (w != 0)
			return i + __builtin_ctzll(w) / 8;
	}
	while (i < n && d->cls[i] == FRN_NER_O)
		i++;
	return i;
}

/* Last token of the name that begins at token a. */
static size_t
name_last(const frn_ner_doc *d, size_t a)
{
	size_t		b = a;

	while (b + 1 < d->toks.n && d->cls[b + 1] == FRN_NER_I(FRN_NER_TYPE(d->cls[a])))
		b++;
	return b;
}

/* Hash of the key of the folded tokens [a, b] (hashed as it grows). */
static uint64_t
name_hash(frn_ner_doc *d, size_t a, size_t b)
{
	size_t		len;
	const char *f = frn_ner_fold(d, a, &len);
	uint64_t	h = frn_gaz_hash_add_padded(FRN_GAZ_HASH_START, f, len);

	for (size_t j = a + 1; j <= b; j++)
		h = key_hash_add(d, h, j);
	return frn_gaz_hash_end(h) | 1;	/* 0 marks an empty slot */
}

typedef struct vote
{
	uint64_t	h;
	uint32_t	n[5];			/* occurrences by type */
	/* of them, persons read with a title, or with a first name of the lists
	 * (16 bits, saturated: the slot stays 32 bytes, which the table's
	 * clearing costs for every text) */
	uint16_t	titled,
				first_named;
} vote;

/* x + 1 if cond, short of UINT16_MAX */
#define SATURATED_ADD(x, cond) ((x) += ((cond) && (x) < UINT16_MAX))

/* A name of the text [a, b] and the votes for its key */
typedef struct voted
{
	size_t		a,
				b;
	vote	   *v;
} voted;

/*
 * The names' hashes are known to all: a text of names made to share the low
 * bits of their hash ("Frxkwz, Ymvqkx, ..." with h & 0xFFFFF below 1024, one
 * such name in 1,024 random ones) made one run of slots in a table indexed
 * by them, each name probing past all those before it: the CLI took 5.0 G
 * instructions for 32,000 of them (256 kB, one piece) in the vote, 0.23 G
 * for as many random names.  Mixed with a seed no text knows, the slots are
 * random again.  Where a key lies changes no answer: it is found by its hash
 * and compared whole.
 */
uint64_t
frn_ner_hash_seed(void)
{
	static uint64_t seed;

	if (seed == 0)
	{
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		seed = frn_gaz_hash_end(((uint64_t) ts.tv_sec << 30) ^ (uint64_t) ts.tv_nsec ^ (uintptr_t) &ts) | 1;
	}
	return seed;
}

/* Slot of hash h in a table of mask + 1 slots (open addressing), seeded by
 * frn_ner_hash_seed. */
static vote *
vote_slot(vote *t, size_t mask, uint64_t seed, uint64_t h)
{
	size_t		i = (size_t) frn_gaz_hash_end(h ^ seed) & mask;

	while (t[i].h != 0 && t[i].h != h)
		i = (i + 1) & mask;
	t[i].h = h;
	return &t[i];
}

/*
 * A person read with a title ("M. Hollande", "le président Hollande") is the
 * surest reading of its name in the article: against the place and work
 * readings of the name it counts three times, so it outvotes two of them
 * (the country "Hollande" elsewhere in a text about the president).  Not
 * against an organisation: firms are named after their founders ("le PDG
 * Alain Afflelou" ... "le groupe Afflelou").  The title may be the name's
 * first token, which the cleanup drops later.  Not for an acronym or a name
 * of the organisation lists, which a title may precede as a label ("le
 * maire PS", "député UMP").
 */
#define TITLE_EXTRA_VOTES 2

static bool
title_at(frn_ner_doc *d, size_t i)
{
	return (frn_ner_gaz(d, i) & FRN_GAZ_TITLE) != 0;
}

static bool
person_with_title(frn_ner_doc *d, size_t a, size_t b)
{
	return d->cls[a] == FRN_NER_B_PER && !(d->toks.tok[b].flags & FRN_TF_ALLCAPS) &&
		!(frn_ner_gaz(d, b) & (FRN_GAZ_ORGNAME | FRN_GAZ_BRAND)) &&
		((a > 0 && title_at(d, a - 1)) || (b > a && title_at(d, a)));
}

/*
 * A person's full name whose first word is a first name of the lists
 * ("Manuel Valls") counts three times for its surname against the place
 * readings of the surname alone ("Valls", a town of Catalonia), unless the
 * surname is a country, a region or a French commune of the lists ("Anatole
 * France", "Marseille"): world cities are often surnames ("Obama",
 * "Clinton"), those rarely.
 */
static bool
first_named_person(frn_ner_doc *d, size_t a, size_t b)
{
	return (frn_ner_gaz(d, a) & FRN_GAZ_FIRSTNAME) &&
		!(frn_ner_gaz(d, b) & (FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE));
}

/*
 * One article names one thing with one type: a name tagged with several
 * types takes the type it has most often ("Morgan" the carmaker, tagged ORG
 * twice and PER once, is ORG everywhere); a person's full name counts for
 * its last word too.  Ties change nothing.
 */
static void
vote_types(frn_ner_doc *d)
{
	size_t		nnames = 0,
				mask = 15;
	uint64_t	seed = frn_ner_hash_seed();
	vote	   *t;
	voted	   *names;

	/* the names, from one to the next (the decoder's output is well formed:
	 * a name begins with B) */
	for (size_t a = frn_ner_next_in_name(d, 0); a < d->toks.n; a = frn_ner_next_in_name(d, name_last(d, a) + 1))
	{
		if ((nnames & 1023) == 1023)
			frn_check_interrupts();
		nnames += FRN_NER_IS_B(d->cls[a]);
	}
	if (nnames < 2)
		return;
	/* at most two keys per name: the table stays at most half full */
	while (mask + 1 < nnames * 4)
		mask = mask * 2 + 1;
	t = frn_malloc((mask + 1) * sizeof(vote));
	memset(t, 0, (mask + 1) * sizeof(vote));
	names = frn_malloc(nnames * sizeof(voted));
	/* the votes, each name's key hashed once */
	for (size_t a = frn_ner_next_in_name(d, 0), k = 0, b; a < d->toks.n; a = frn_ner_next_in_name(d, b + 1))
	{
		voted	   *nm = &names[k];
		int			type = FRN_NER_TYPE(d->cls[a]);
		bool		titled;

		b = name_last(d, a);
		if (!FRN_NER_IS_B(d->cls[a]))
			continue;
		if ((k & 1023) == 1023)
			frn_check_interrupts();
		nm->a = a;
		nm->b = b;
		nm->v = vote_slot(t, mask, seed, name_hash(d, a, nm->b));
		nm->v->n[type]++;
		titled = person_with_title(d, a, b);
		SATURATED_ADD(nm->v->titled, titled);
		/* a full name votes for its surname: "Brandt" after "Olivier Brandt" */
		if (d->cls[a] == FRN_NER_B_PER && nm->b > a)
		{
			vote	   *surname = vote_slot(t, mask, seed, name_hash(d, nm->b, nm->b));

			surname->n[type]++;
			SATURATED_ADD(surname->titled, titled);
			SATURATED_ADD(surname->first_named, first_named_person(d, a, b));
		}
		k++;
	}
	for (size_t k = 0; k < nnames; k++)
	{
		const voted *nm = &names[k];
		int			best = FRN_NER_TYPE(d->cls[nm->a]);
		uint32_t	n[5];

		memcpy(n, nm->v->n, sizeof(n));
		if (best == FRN_NER_TYPE(FRN_NER_B_LOC))
			n[FRN_NER_TYPE(FRN_NER_B_PER)] += TITLE_EXTRA_VOTES * nm->v->first_named;
		if (best != FRN_NER_TYPE(FRN_NER_B_ORG))
			n[FRN_NER_TYPE(FRN_NER_B_PER)] += TITLE_EXTRA_VOTES * nm->v->titled;
		for (int type = 1; type <= 4; type++)
			if (n[type] > n[best])
				best = type;
		d->cls[nm->a] = (uint8_t) FRN_NER_B(best);
		for (size_t j = nm->a + 1; j <= nm->b; j++)
			d->cls[j] = (uint8_t) FRN_NER_I(best);
	}
	frn_free(names);
	frn_free(t);
}

void
frn_ner_tag(frn_ner_doc *d)
{
	static built_in modern = {frn_ner_rows.w, FRN_NER_NBUCKETS - 1, true},
				old = {frn_ner_hist_rows.w, FRN_NER_HIST_NBUCKETS - 1, false};
	static const frn_ner_scorer model = {model_prepare, model_score, &modern, &frn_ner_dense[0][0]};
	static const frn_ner_scorer hist = {model_prepare, model_score, &old, &frn_ner_hist_dense[0][0]};

	if (FRN_NER_NBUCKETS == 0)
	{
		memset(d->cls, FRN_NER_O, d->toks.n);
		return;
	}
	/*
	 * A class twice the largest weight behind the best is never the answer
	 * in practice (measured on the dev sets: same scores), and dropping it
	 * keeps most words after a capitalised one on the fast path; but a name
	 * begun by a lower-case head gets its evidence from the capitalised
	 * word up to four tokens later, and there the decoder keeps four times
	 * the largest weight (without it, 26 of the 2,100 names of the
	 * development set with invented names were lost: "cour d'appel de X").
	 */
	frn_ner_viterbi(d, FRN_NER_HIST_NBUCKETS > 0 && frn_style_old_press(d) ? &hist : &model,
					2.0f * FRN_NER_WMAX);
	vote_types(d);
}
