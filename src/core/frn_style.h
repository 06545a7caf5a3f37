/*
 * frn_style.h — is a text in the style of old newspapers (OCR of 19th and
 * early 20th century press)?  The entity tagger then uses its model of
 * historical text instead of the model of modern press (frn_ner_tag).
 */
#ifndef FRN_STYLE_H
#define FRN_STYLE_H

#include <stdbool.h>

#include "frn_ner.h"

/*
 * Do enough sentences of the analysed document d (frn_ner_analyze) carry a
 * mark of old press: OCR marks and noise, < and > as quotes, "&" between
 * lower-case words, dot leaders, a space before a comma or period, prices
 * in "fr.", an elision cut from its word?  Reads at most the
 * first FRN_STYLE_MAX_TOKENS tokens.
 */
#define FRN_STYLE_MAX_TOKENS 4096
bool		frn_style_old_press(frn_ner_doc *d);

/*
 * What a mark of old press needs of a token beyond its first byte, a bit
 * each: the first byte's entry in frn_style_mark_needs is the bits that make
 * a token (no word) a possible mark, which frn_style_old_press then tests.
 */
#define FRN_STYLE_NEED_ANY		0x01	/* nothing: every such token is tested */
#define FRN_STYLE_NEED_SPACE	0x02	/* white space before it */
#define FRN_STYLE_NEED_LONG		0x04	/* more than one byte (dot leaders) */
#define FRN_STYLE_NEED_AFTER_2	0x08	/* after a token of two bytes ("fr") */

extern const uint8_t frn_style_mark_needs[256];

/*
 * May token i of tok, no word, of the text s be a mark of old press?
 * Without a branch: frn_ner_analyze lists such tokens in d->marks as it
 * passes over the tokens, for frn_style_old_press.
 */
static inline bool
frn_style_may_mark(const frn_token *tok, size_t i, const char *s)
{
	const frn_token *t = &tok[i];
	unsigned	has = FRN_STYLE_NEED_ANY |
		((t->flags & FRN_TF_SPACE_BEFORE) ? FRN_STYLE_NEED_SPACE : 0) |
		(t->byte_len != 1 ? FRN_STYLE_NEED_LONG : 0) |
		(i > 0 && tok[i - 1].byte_len == 2 ? FRN_STYLE_NEED_AFTER_2 : 0);

	return (frn_style_mark_needs[(unsigned char) s[t->byte_start]] & has) != 0;
}

#endif
