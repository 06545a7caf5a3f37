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

/* Is token i a comma or period right after a word, with a space before? */
static bool
spaced_after_word(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return t->byte_len == 1 && (t->flags & FRN_TF_SPACE_BEFORE) && is_word(d, i - 1) &&
		(i + 1 == d->toks.n || t[1].kind != FRN_TOK_NUMBER);
}

/* Is token i, an apostrophe, one that the OCR cut from its word: "d' entre"? */
static bool
cut_elision(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	return !(t->flags & FRN_TF_SPACE_BEFORE) && is_word(d, i - 1) && t[-1].byte_len == 1 &&
		strchr("cdjlmnst", d->s[t[-1].byte_start] | 0x20) != NULL &&
		i + 1 < d->toks.n && (t[1].flags & FRN_TF_SPACE_BEFORE);
}

/* Is token i, a < or >, a quote read so by the OCR: no number on either
 * side ("x > 3" compares), not the first token (a bullet of modern press:
 * "> La transition écologique")? */
static bool
ocr_quote(const frn_ner_doc *d, size_t i)
{
	return i > 0 && d->toks.tok[i - 1].kind != FRN_TOK_NUMBER &&
		(i + 1 == d->toks.n || d->toks.tok[i + 1].kind != FRN_TOK_NUMBER);
}

/*
 * Is token i (no word) a mark of old press?  Every mark is found
 * from a token that is no word, so that the scan skips the words at once,
 * and from its first byte (each first byte here has its entry in
 * frn_style_mark_needs below, which says what else the mark needs of the
 * token).
 */
static bool
old_mark(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];

	switch ((unsigned char) d->s[t->byte_start])
	{
		case ',':
			/* a space before a comma after a word: "Genève , le" */
			return spaced_after_word(d, i);
		case '.':
			/* the same before a period; dot leaders of a table ("Tunisie
			 * ....... 100"); a price in francs written "3 fr. 50" */
			return spaced_after_word(d, i) || is_dot_leader(d, i) ||
				(t->byte_len == 1 && i >= 2 && tok_is(d, i - 1, "fr", 2) && t[-2].kind == FRN_TOK_NUMBER);
		case '\'':
		case 0xE2:
			/* OCR marks: a low quote („); an elision cut from its word; an
			 * em dash that begins a sentence, as old papers begin each
			 * item of news ("— On annonce de Berne…"; in modern press
			 * it begins a quoted tweet: 6 of the 532,834 sentences of the
			 * OrangeSum corpus) */
			return tok_is(d, i, "\xE2\x80\x9E", 3) || (is_apostrophe(d, i) && cut_elision(d, i)) ||
				((t->flags & FRN_TF_SENT_START) && tok_is(d, i, "\xE2\x80\x94", 3));
		case '_':
			/* an underscore after a space, not inside a name (C_Two) nor at
			 * the end of a handle (@nom_) */
			return (t->flags & FRN_TF_SPACE_BEFORE) != 0;
		case '^':
		case '~':
		case '\\':
		case '{':
		case '}':
			/* OCR noise (none of them once in the OrangeSum corpus) */
			return t->byte_len == 1;
		case '<':
		case '>':
			/* « and » read as < and > by the OCR */
			return t->byte_len == 1 && ocr_quote(d, i);
		case '&':
			/* "&" for "et" between lower-case words: "chaloupes & deux" */
			return t->byte_len == 1 && is_word(d, i - 1) && is_word(d, i + 1) &&
				!(t[-1].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS)) &&
				!(t[1].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS));
		case 0xC2:
			/* OCR marks: the hyphen of a cut word (¬); a broken bar (¦,
			 * not once in the OrangeSum corpus) */
			return tok_is(d, i, "\xC2\xAC", 2) || tok_is(d, i, "\xC2\xA6", 2);
		default:
			return false;
	}
}

/* Sentences of d that begin before token n. */
static size_t
sentences_before(const frn_ner_doc *d, size_t n)
{
	size_t		lo = 0,
				hi = d->sents.n;

	if (n >= d->toks.n)
		return d->sents.n;
	/* the sentences begin in order: the first that begins at or after token n */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (d->sents.span[mid].byte_start < d->toks.tok[n].byte_start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const uint8_t frn_style_mark_needs[256] = {
	[','] = FRN_STYLE_NEED_SPACE,
	['.'] = FRN_STYLE_NEED_SPACE | FRN_STYLE_NEED_LONG | FRN_STYLE_NEED_AFTER_2,
	['\''] = FRN_STYLE_NEED_ANY, [0xE2] = FRN_STYLE_NEED_ANY, [0xC2] = FRN_STYLE_NEED_ANY,
	['_'] = FRN_STYLE_NEED_SPACE,
	['^'] = FRN_STYLE_NEED_ANY, ['~'] = FRN_STYLE_NEED_ANY, ['\\'] = FRN_STYLE_NEED_ANY,
	['{'] = FRN_STYLE_NEED_ANY, ['}'] = FRN_STYLE_NEED_ANY,
	['<'] = FRN_STYLE_NEED_ANY, ['>'] = FRN_STYLE_NEED_ANY, ['&'] = FRN_STYLE_NEED_ANY,
};

bool
frn_style_old_press(frn_ner_doc *d)
{
	const frn_token *tok = d->toks.tok;
	size_t		n = d->toks.n < FRN_STYLE_MAX_TOKENS ? d->toks.n : FRN_STYLE_MAX_TOKENS,
				need = 1 + sentences_before(d, n) / FRN_STYLE_PER,
				marked = 0,
				next = 0;		/* where the next sentence with no mark yet begins */

	/* the possible marks, listed by frn_ner_analyze (0.8 % of the tokens) */
	for (size_t j = 0; j < d->nmarks && d->marks[j] < n; j++)
	{
		size_t		i = d->marks[j];

		if (i < next || !old_mark(d, i))
			continue;
		if (++marked >= need)
			return true;
		/* one mark per sentence */
		while (i + 1 < n && !(tok[i + 1].flags & FRN_TF_SENT_START))
			i++;
		next = i + 1;
	}
	return false;
}
