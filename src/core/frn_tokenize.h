/*
 * frn_tokenize.h — French tokenizer and sentence splitter.
 *
 * Input: UTF-8.  Output: tokens with byte offsets (into the input) and
 * character offsets (code points, 0-based; the SQL glue adds 1).  Tokens
 * come in input order, never overlap, and skip white space only.
 */
#ifndef FRN_TOKENIZE_H
#define FRN_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include "frn_alloc.h"

typedef enum frn_token_kind
{
	FRN_TOK_WORD = 0,			/* letters, incl. hyphenated words (États-Unis) */
	FRN_TOK_NUMBER,				/* 1 234 567,89  839.000  -4,2  12e  (digits with separators) */
	FRN_TOK_PUNCT,				/* . , ; : ! ? … « » " ( ) [ ] - – — ' etc. */
	FRN_TOK_SYMBOL,				/* € $ % £ ¥ § & + = @ # etc. */
	FRN_TOK_URL,
	FRN_TOK_EMAIL,
	FRN_TOK_ELISION,			/* l’ d' qu’ jusqu’ ... apostrophe kept as written */
	FRN_TOK__COUNT
} frn_token_kind;

/* Token flags */
#define FRN_TF_CAPITALIZED	0x01	/* first letter upper case */
#define FRN_TF_ALLCAPS		0x02	/* >= 2 letters, all upper case (OVH, ANSSI) */
#define FRN_TF_SENT_START	0x04	/* first token of a sentence */
#define FRN_TF_SPACE_BEFORE	0x08	/* white space (any) right before the token */
#define FRN_TF_HAS_DIGIT	0x10	/* contains a digit (words like "G7", "CAC40") */
#define FRN_TF_ABBREV		0x20	/* word token includes its final period (M., etc., p. ex.) or ° (n°) */
#define FRN_TF_ASCII		0x40	/* every byte of the token is ASCII */

typedef struct frn_token
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;		/* 0-based code point offset */
	uint32_t	char_len;
	uint8_t		kind;			/* frn_token_kind */
	uint8_t		flags;			/* FRN_TF_* */
	/*
	 * Set by frn_tokenize where it knows that no sentence ends after this
	 * token: it cannot end one (a word, a comma) and the next token starts
	 * at most one byte after it.  frn_sentences passes over such tokens
	 * without looking at them; 0 (unknown) is always right.
	 */
	uint8_t		inside;
} frn_token;

typedef struct frn_tokens
{
	frn_token  *tok;
	size_t		n;
	size_t		cap;
} frn_tokens;

typedef struct frn_span
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;
	uint32_t	char_len;
} frn_span;

typedef struct frn_spans
{
	frn_span   *span;
	size_t		n;
	size_t		cap;
} frn_spans;

void		frn_tokens_init(frn_tokens *t);
void		frn_tokens_free(frn_tokens *t);
void		frn_spans_init(frn_spans *s);
void		frn_spans_free(frn_spans *s);

/* Tokenize s[0..len); appends to out (reset out->n first to reuse). */
void		frn_tokenize(const char *s, size_t len, frn_tokens *out);

/*
 * Sentences of s from its tokens; sets FRN_TF_SENT_START on the first token
 * of each sentence.  The tokens are as frn_tokenize made them (no token
 * flagged SENT_START, or flagged by an earlier call, which found the same).  A sentence span runs from its first token to its last
 * (trailing closing quotes/brackets included), so white space between
 * sentences belongs to none.
 */
void		frn_sentences(const char *s, size_t len, frn_tokens *toks, frn_spans *out);

const char *frn_token_kind_name(frn_token_kind k);

#endif
