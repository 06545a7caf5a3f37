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

#endif
