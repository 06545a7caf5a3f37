/*
 * frn_style.c — a detector of old press style (see frn_style.h).
 *
 * A few marks that modern press (and modern encyclopaedic text) almost never
 * has and that OCR text of old newspapers often has.  Each sentence with at
 * least one mark counts once; the text is old press when the marked
 * sentences are at least 1 + (sentences read) / FRN_STYLE_PER (integer
 * division): one mark is enough in a text of fewer than FRN_STYLE_PER
 * sentences, a longer one needs one more in every FRN_STYLE_PER sentences,
 * so that a modern article with a stray space before a comma or an old
 * price stays modern.  Measured in docs/entities.md ("The style switch"):
 * on the OrangeSum corpus of modern press, on WikiNEuRal and on the
 * historical sets.
 */
#include <string.h>

#include "frn_style.h"

#define FRN_STYLE_PER 6

/* Is token i's text exactly lit (of n bytes)? */
static inline bool
tok_is(const frn_ner_doc *d, size_t i, const char *lit, size_t n)
{
	const frn_token *t = &d->toks.tok[i];

	return t->byte_len == n && memcmp(d->s + t->byte_start, lit, n) == 0;
}

static inline bool
is_word(const frn_ner_doc *d, size_t i)
{
	return i < d->toks.n && d->toks.tok[i].kind == FRN_TOK_WORD;
}

/* Is token i made of at least 5 periods (dot leaders of a table)? */
static bool
is_dot_leader(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	if (t->byte_len < 5)
		return false;
	for (uint32_t k = 0; k < t->byte_len; k++)
		if (d->s[t->byte_start + k] != '.')
			return false;
	return true;
}

static inline bool
is_apostrophe(const frn_ner_doc *d, size_t i)
{
	return tok_is(d, i, "'", 1) || tok_is(d, i, "\xE2\x80\x99", 3);
}

/* Does a mark of old press begin at token i? */
static bool
old_mark(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	const frn_token *next = i + 1 < d->toks.n ? t + 1 : NULL;

	switch (t->kind)
	{
		case FRN_TOK_WORD:
			/* an elision cut from its word by the OCR: "d' entre" */
			return t->byte_len == 1 && strchr("cdjlmnst", d->s[t->byte_start] | 0x20) != NULL &&
				next != NULL && !(next->flags & FRN_TF_SPACE_BEFORE) && is_apostrophe(d, i + 1) &&
				i + 2 < d->toks.n && (next[1].flags & FRN_TF_SPACE_BEFORE);
		case FRN_TOK_NUMBER:
			/* a price in francs written "3 fr. 50" */
			return next != NULL && tok_is(d, i + 1, "fr", 2) && i + 2 < d->toks.n &&
				tok_is(d, i + 2, ".", 1);
		case FRN_TOK_PUNCT:
		case FRN_TOK_SYMBOL:
			/* OCR marks: the hyphen of a cut word (¬), a low quote („) */
			if (tok_is(d, i, "\xC2\xAC", 2) || tok_is(d, i, "\xE2\x80\x9E", 3))
				return true;
			/* dot leaders of a table: "Tunisie ....... 100" */
			if (is_dot_leader(d, i))
				return true;
			/* a space before a comma or a period after a word: "Genève , le" */
			return (tok_is(d, i, ",", 1) || tok_is(d, i, ".", 1)) && (t->flags & FRN_TF_SPACE_BEFORE) &&
				i > 0 && is_word(d, i - 1) && (next == NULL || next->kind != FRN_TOK_NUMBER);
		default:
			return false;
	}
}

bool
frn_style_old_press(frn_ner_doc *d)
{
	size_t		n = d->toks.n < FRN_STYLE_MAX_TOKENS ? d->toks.n : FRN_STYLE_MAX_TOKENS,
				sents = 0,
				marked = 0;
	bool		seen = false;	/* the current sentence has a mark */

	for (size_t i = 0; i < n; i++)
	{
		if (d->toks.tok[i].flags & FRN_TF_SENT_START || i == 0)
		{
			sents++;
			seen = false;
		}
		if (!seen && old_mark(d, i))
		{
			seen = true;
			marked++;
		}
	}
	return marked >= 1 + sents / FRN_STYLE_PER;
}
