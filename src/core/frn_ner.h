/*
 * frn_ner.h — the statistical part of the entity tagger (internal).
 *
 * A document is analysed once (tokens, sentences, folded tokens, hashes,
 * gazetteer hits), then tagged with BIO classes by a structured averaged
 * perceptron: hashed features of the token, and dense features of the token
 * with the previous class (a small table indexed directly: the previous
 * class with the token's kind and flags, and with a few gazetteer bits),
 * decoded by Viterbi over the whole text.  The same feature functions serve
 * the trainer (src/gen/frn_ner_train.c) and the tagger, so that training and
 * tagging see exactly the same features.
 *
 * Tokens that cannot begin a name (no upper-case letter, and not one of the
 * lower-case head words of the gazetteer such as "ministère" or "rue" before
 * a capitalised word) and do not follow a name are classed O without
 * scoring, and so are the words that names never contain ("est", "a":
 * data/ner/never-inside.txt): most tokens of a text cost nothing.
 * For the same reason the costlier facts about a token (shape, suffix, word
 * hash) are computed on first use.  Every token is folded at once (in a
 * lower-cased copy of the text: frn_fold_tokens_in_copy), and the
 * gazetteer bits of the tokens around possible names are looked up in one
 * pass that asks for the table's slots ahead of use.
 */
#ifndef FRN_NER_H
#define FRN_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frn_alloc.h"
#include "frn_tokenize.h"

/* BIO classes; entity type of class c > 0 is (c + 1) / 2 (frn_entity_kind). */
enum
{
	FRN_NER_O = 0,
	FRN_NER_B_PER, FRN_NER_I_PER,
	FRN_NER_B_LOC, FRN_NER_I_LOC,
	FRN_NER_B_ORG, FRN_NER_I_ORG,
	FRN_NER_B_MISC, FRN_NER_I_MISC,
	FRN_NER_NCLASS
};

#define FRN_NER_TYPE(c)		(((c) + 1) / 2)
#define FRN_NER_IS_B(c)		((c) & 1)
#define FRN_NER_B(type)		((type) * 2 - 1)
#define FRN_NER_I(type)		((type) * 2)

#define FRN_NER_MAX_FEATURES 64
/*
 * The built-in models keep a row of FRN_NER_NCLASS int8 weights per bucket
 * (src/gen/gen_ner_model.c), seven to a 64-byte line (63 bytes and one of
 * padding, the array aligned to 64): no row straddles two cache lines, so a
 * row is one line to bring in and one prefetch.  Row r is at
 * (r / 7) * 64 + (r % 7) * 9, that is after r rows and r / 7 bytes of
 * padding.
 */
#define FRN_NER_ROW_LINE	64
#define FRN_NER_ROWS_PER_LINE (FRN_NER_ROW_LINE / FRN_NER_NCLASS)
#define FRN_NER_ROW_PAD		(FRN_NER_ROW_LINE - FRN_NER_ROWS_PER_LINE * FRN_NER_NCLASS)

static inline uint32_t
frn_ner_row_offset(uint32_t r)
{
	/* r / 7 as (r * ceil(2^32 / 7)) >> 32, exact for r < 2^32 / 3 (there
	 * are at most 2^28 rows): one multiplication, without the correction
	 * that a division of any 32-bit number by 7 needs */
	uint32_t	line = (uint32_t) (((uint64_t) r * 0x24924925u) >> 32);

	_Static_assert(FRN_NER_ROWS_PER_LINE == 7, "the multiplier divides by 7");
	return r * FRN_NER_NCLASS + line * FRN_NER_ROW_PAD;
}
/*
 * Dense features of a token after a previous class: row
 * prev * FRN_NER_DENSE_PER_PREV + key of a table of FRN_NER_DENSE_ROWS rows
 * of FRN_NER_NCLASS weights, for each of the token's FRN_NER_DENSE_KEYS
 * keys (frn_ner_dense_keys): its kind with its flags (256), and its
 * gazetteer bits (256).
 */
#define FRN_NER_DENSE_KEYS	2
#define FRN_NER_DENSE_PER_PREV 512
#define FRN_NER_DENSE_ROWS	(FRN_NER_NCLASS * FRN_NER_DENSE_PER_PREV)
#define FRN_NER_WMAX		32000	/* the model's weights are scaled to [-WMAX, WMAX] */

/* frn_ner_doc.xflags */
#define FRN_NX_CANDIDATE	0x01	/* may begin a name: a word with an upper-case letter */
#define FRN_NX_AFTER_OPEN	0x02	/* right after « “ " : — – ( : a capital there says little */
#define FRN_NX_INITIAL		0x04	/* one capital letter and a period (J.) */
#define FRN_NX_LOWER		0x08	/* a word with no upper-case letter */
#define FRN_NX_DICT			0x10	/* in a name from the user dictionary (set by frn_entities.c) */
#define FRN_NX_SHAPED		0x20	/* h_shape, h_suffix and h_prefix are computed */
#define FRN_NX_HASHED		0x40	/* h_word is computed */
#define FRN_NX_HEAD			0x80	/* a lower-case word that may head a name: "ministère"
									 * (de l'Intérieur), "rue" (de Rivoli), "loi" (Evin) */
#define FRN_NX_OUTSIDE		0x100	/* never inside a name (punctuation but the joiners
									 * - / _ . ' –, and the words of never-inside.txt
									 * that a name could reach): not scored, always O */
#define FRN_NX_HEAD_SPAN	0x200	/* from a lower-case head that begins a name to just
									 * before the capitalised word or number it leads to:
									 * the decoder keeps the paths of names longer there */
#define FRN_NX_MAY_BEGIN	(FRN_NX_CANDIDATE | FRN_NX_HEAD)

/* seed of the hashes of the words of data/ner/never-inside.txt (gen_ner_never.c) */
#define FRN_NER_NEVER_SEED	23

typedef struct frn_ner_doc
{
	const char *s;
	size_t		len;
	frn_tokens	toks;
	frn_spans	sents;
	/* folded tokens (frn_ner_fold, frn_fold_tokens_in_copy): token i is
	 * fold.data[fold_off[i] .. fold_off[i] + fold_len[i]) */
	frn_buf		fold;
	uint32_t   *fold_off,
			   *fold_len;
	frn_buf		key;			/* scratch: a key of several tokens (frn_ner_key_*) */
	uint32_t   *h_word;			/* hash of the folded token: frn_ner_word */
	uint32_t   *h_shape;		/* hash of the shape (Xx, XX, Xx-Xx, d, x'...): frn_ner_shape */
	uint32_t   *h_suffix;		/* hash of the last three characters, folded: same */
	uint32_t   *h_prefix;		/* hash of the first three characters, folded: same */
	uint16_t   *gaz;			/* gazetteer bits of the token alone: frn_ner_gaz */
	uint16_t   *gaz_in;			/* bits of the longest multi-token key covering it */
	uint8_t    *gaz_first;		/* 1 if the token begins that key, 2 if an
								 * article held by a contraction before it
								 * does ("du Point": "le point") */
	uint16_t   *xflags;			/* FRN_NX_* */
	uint32_t   *begins;			/* the tokens that may begin a name
								 * (FRN_NX_MAY_BEGIN), in text order */
	size_t		nbegins;
	uint32_t   *marks;			/* the tokens, no word, that may be marks of old
								 * press (frn_style_may_mark), in text order */
	size_t		nmarks;
	uint8_t    *cls;			/* BIO class per token (tagger output) */
	uint8_t    *bp;				/* Viterbi back pointers: FRN_NER_NCLASS per token */
	size_t		cap;			/* tokens the arrays above have room for */
	void	   *arrays;			/* the block that holds them */
} frn_ner_doc;

void		frn_ner_doc_init(frn_ner_doc *d);
void		frn_ner_doc_free(frn_ner_doc *d);

/* Tokenize, split sentences, fold and look up every token of s[0..len). */
void		frn_ner_analyze(frn_ner_doc *d, const char *s, size_t len);

/* May token i have class c after class prev? (BIO well-formedness, candidates) */
bool		frn_ner_allowed(const frn_ner_doc *d, size_t i, int prev, int c);

/* Folded form of token i. */
const char *frn_ner_fold(frn_ner_doc *d, size_t i, size_t *len);

/* Build in d->key the key of tokens i..j: start with i, add j = i+1, ... */
void		frn_ner_key_start(frn_ner_doc *d, size_t i);
void		frn_ner_key_add(frn_ner_doc *d, size_t j);

/* Gazetteer bits of token i alone (looked up on first use). */
uint16_t	frn_ner_gaz(frn_ner_doc *d, size_t i);

/* Is token i a French function word ("les", "ces", "dans")?  (read folded) */
bool		frn_ner_function_word(frn_ner_doc *d, size_t i);

/* Hashed features of token i alone; returns their number (<=
 * FRN_NER_MAX_FEATURES).  Bucket of a feature: h & (buckets - 1).  The
 * first ones read token i alone (its "own" features: the word, its shape,
 * prefix, suffix and gazetteer bits), the others its context too. */
size_t		frn_ner_features(frn_ner_doc *d, size_t i, uint32_t *feat);

/* Keys of token i in the dense table, whatever the previous class. */
void		frn_ner_dense_keys(frn_ner_doc *d, size_t i, uint16_t keys[FRN_NER_DENSE_KEYS]);
/* the first dense key of token i (its kind and flags), the only one read at
 * a token outside every name, where the name paths end */
uint16_t	frn_ner_kind_key(const frn_ner_doc *d, size_t i);

/* Is token i scored after class prev?  (else it is O, at no cost) */
bool		frn_ner_scored(const frn_ner_doc *d, size_t i, int prev);

/* The features of a token as the decoder keeps them until it scores it. */
typedef struct frn_ner_prepared
{
	size_t		tok;			/* the token whose features these are, or SIZE_MAX */
	size_t		nf;
	uint32_t	feat[FRN_NER_MAX_FEATURES];
	/*
	 * For a scorer that keeps the sums of a word's own features (the
	 * built-in model): feat[0..nown) are those features, whose sums score
	 * keeps for the word; or, when own_cached, they are not in feat and
	 * own_sum holds their sums.
	 */
	size_t		nown;
	bool		own_cached;
	int16_t		own_sum[FRN_NER_NCLASS];
} frn_ner_prepared;

/* The weights the decoder reads. */
typedef struct frn_ner_scorer
{
	/*
	 * The features of token i into pr (pr->tok = i), turned into what score
	 * reads, and ask the memory for their weights (score comes a few tokens
	 * later).
	 */
	void		(*prepare) (void *arg, frn_ner_doc *d, size_t i, frn_ner_prepared *pr);
	/* class scores out[FRN_NER_NCLASS] of prepared features */
	void		(*score) (void *arg, frn_ner_doc *d, const frn_ner_prepared *pr, float *out);
	void	   *arg;
	/* the dense table: FRN_NER_DENSE_ROWS * FRN_NER_NCLASS weights */
	const float *dense;
} frn_ner_scorer;

/* Best class sequence of the document under sc (d->cls), searching only
 * the classes whose best path is within beam of the best one. */
void		frn_ner_viterbi(frn_ner_doc *d, const frn_ner_scorer *sc, float beam);

/* Can a name not end with token i? (particles, elisions, punctuation) */
bool		frn_ner_cannot_end(frn_ner_doc *d, size_t i);

/* The first token from i on that is in a name (d->cls not O), or d->toks.n:
 * most tokens are outside names, and this skips them eight at a time. */
size_t		frn_ner_next_in_name(const frn_ner_doc *d, size_t i);

/* A seed drawn once per process for the slot index of the tables keyed by
 * the text's words (frn_ner.c: texts made to collide). */
uint64_t	frn_ner_hash_seed(void);

/* Hash of the folded token i (computed on first use). */
uint32_t	frn_ner_word(frn_ner_doc *d, size_t i);

/* Tag every token with the built-in model (d->cls), then give every name
 * of the text the type it has most often. */
void		frn_ner_tag(frn_ner_doc *d);

/* Whether a built-in model is compiled in (an empty model tags nothing). */
bool		frn_ner_has_model(void);

#endif
