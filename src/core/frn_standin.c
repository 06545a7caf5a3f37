/*
 * frn_standin.c — TEMPORARY stand-in for the core tokenizer, UTF-8 helpers
 * and folding (branch core-text implements the real ones).  Deleted when
 * core-text is merged; only here so that the entity tagger can be developed
 * against the headers in the meantime.
 */
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "frn_normalize.h"
#include "frn_tokenize.h"
#include "frn_utf8.h"

int32_t
frn_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		p = *i;
	int32_t		c = u[p];
	int			n;

	if (c < 0x80)
	{
		*i = p + 1;
		return c;
	}
	n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
	if (n < 0 || p + n >= len)
	{
		*i = p + 1;
		return 0xFFFD;
	}
	c &= (0x3F >> n);
	for (int k = 1; k <= n; k++)
	{
		if ((u[p + k] & 0xC0) != 0x80)
		{
			*i = p + 1;
			return 0xFFFD;
		}
		c = (c << 6) | (u[p + k] & 0x3F);
	}
	*i = p + n + 1;
	return c;
}

int32_t
frn_utf8_prev(const char *s, size_t *i)
{
	size_t		p = *i - 1;
	size_t		q;

	while (p > 0 && ((unsigned char) s[p] & 0xC0) == 0x80 && *i - p < 4)
		p--;
	q = p;
	*i = p;
	return frn_utf8_next(s, *i + 4, &q);
}

int
frn_utf8_encode(int32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = 0xC0 | (cp >> 6);
		out[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = 0xE0 | (cp >> 12);
		out[1] = 0x80 | ((cp >> 6) & 0x3F);
		out[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	out[0] = 0xF0 | (cp >> 18);
	out[1] = 0x80 | ((cp >> 12) & 0x3F);
	out[2] = 0x80 | ((cp >> 6) & 0x3F);
	out[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
frn_utf8_count(const char *s, size_t len)
{
	size_t		i = 0,
				n = 0;

	while (i < len)
	{
		frn_utf8_next(s, len, &i);
		n++;
	}
	return n;
}

bool frn_is_letter(int32_t cp) { return u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK); }
bool frn_is_upper(int32_t cp) { return u_isupper(cp) || u_istitle(cp); }
bool frn_is_digit(int32_t cp) { return u_isdigit(cp); }
bool frn_is_space(int32_t cp) { return u_isUWhiteSpace(cp) || cp == 0xA0 || cp == 0x202F; }
bool frn_is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC || cp == 0x2018; }
bool frn_is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

size_t
frn_fold(const char *s, size_t len, frn_buf *out)
{
	size_t		i = 0,
				start = out->len;

	while (i < len)
	{
		int32_t		c = frn_utf8_next(s, len, &i);
		UChar		src[2], dec[16];
		int32_t		n, m = 0;
		UErrorCode	err = U_ZERO_ERROR;
		const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
		char		enc[4];

		if (frn_is_apostrophe(c))
			c = '\'';
		if (frn_is_space(c))
			c = ' ';
		if (c == 0x153) { frn_buf_append(out, "oe", 2); continue; }
		if (c == 0x152) { frn_buf_append(out, "oe", 2); continue; }
		if (c == 0xE6 || c == 0xC6) { frn_buf_append(out, "ae", 2); continue; }
		n = c > 0xFFFF ? 2 : 1;
		if (n == 1)
			src[0] = c;
		else
		{
			src[0] = U16_LEAD(c);
			src[1] = U16_TRAIL(c);
		}
		n = unorm2_normalize(nfd, src, n, dec, 16, &err);
		if (U_FAILURE(err))
		{
			frn_buf_append(out, enc, frn_utf8_encode(c, enc));
			continue;
		}
		while (m < n)
		{
			UChar32		d;

			U16_NEXT(dec, m, n, d);
			if (U_GET_GC_MASK(d) & U_GC_MN_MASK)
				continue;
			d = u_foldCase(d, U_FOLD_CASE_DEFAULT);
			frn_buf_append(out, enc, frn_utf8_encode(d, enc));
		}
	}
	return out->len - start;
}

void frn_tokens_init(frn_tokens *t) { memset(t, 0, sizeof(*t)); }
void frn_tokens_free(frn_tokens *t) { frn_free(t->tok); memset(t, 0, sizeof(*t)); }
void frn_spans_init(frn_spans *s) { memset(s, 0, sizeof(*s)); }
void frn_spans_free(frn_spans *s) { frn_free(s->span); memset(s, 0, sizeof(*s)); }

static const char *const abbrevs[] = {"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Me", "Mgr", "St", "Ste", "etc", "p", "ex", "av", "cf", "Cie", NULL};

static bool
is_abbrev(const char *s, size_t n)
{
	for (int k = 0; abbrevs[k]; k++)
		if (strlen(abbrevs[k]) == n && memcmp(abbrevs[k], s, n) == 0)
			return true;
	/* an initial: one upper-case letter */
	{
		size_t		i = 0;
		int32_t		c = frn_utf8_next(s, n, &i);

		return i == n && frn_is_upper(c);
	}
}

static bool
is_elision(const char *s, size_t n)
{
	static const char *const el[] = {"l", "d", "qu", "jusqu", "lorsqu", "puisqu", "n", "s", "c", "j", "m", "t", "L", "D", "Qu", "Jusqu", "Lorsqu", "Puisqu", "N", "S", "C", "J", "M", "T", "QU", NULL};

	for (int k = 0; el[k]; k++)
		if (strlen(el[k]) == n && memcmp(el[k], s, n) == 0)
			return true;
	return false;
}

void
frn_tokenize(const char *s, size_t len, frn_tokens *out)
{
	size_t		i = 0;
	uint32_t	ci = 0;
	bool		space = true;

	while (i < len)
	{
		size_t		st = i,
					j;
		uint32_t	cst = ci;
		int32_t		c = frn_utf8_next(s, len, &i);
		frn_token	t;

		ci++;
		if (frn_is_space(c) || c == '\n' || c == '\t' || c == '\r')
		{
			space = true;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.byte_start = st;
		t.char_start = cst;
		if (frn_is_letter(c) || frn_is_digit(c))
		{
			bool		upper_first = frn_is_upper(c),
						all_up = frn_is_upper(c) || !frn_is_letter(c),
						digit = frn_is_digit(c),
						alpha = frn_is_letter(c);
			int			nletters = frn_is_letter(c);

			for (;;)
			{
				size_t		k = i;
				int32_t		d;

				if (i >= len)
					break;
				d = frn_utf8_next(s, len, &k);
				if (frn_is_letter(d) || frn_is_digit(d))
				{
					if (frn_is_letter(d))
					{
						nletters++;
						alpha = true;
						if (!frn_is_upper(d))
							all_up = false;
					}
					else
						digit = true;
					i = k;
					ci++;
					continue;
				}
				if ((frn_is_hyphen(d) || (d == ',' || d == '.') && !alpha) && k < len)
				{
					size_t		k2 = k;
					int32_t		e = frn_utf8_next(s, len, &k2);

					if ((frn_is_letter(e) && alpha) || (frn_is_digit(e) && !alpha))
					{
						i = k;
						ci++;
						continue;
					}
				}
				if (frn_is_apostrophe(d) && alpha && k < len)
				{
					size_t		k2 = k;
					int32_t		e = frn_utf8_next(s, len, &k2);

					if (frn_is_letter(e) && is_elision(s + st, i - st))
					{
						i = k;
						ci++;
						t.kind = FRN_TOK_ELISION;
						break;
					}
				}
				if (d == '.' && alpha && is_abbrev(s + st, i - st))
				{
					i = k;
					ci++;
					t.flags |= FRN_TF_ABBREV;
				}
				break;
			}
			if (t.kind != FRN_TOK_ELISION)
				t.kind = alpha ? FRN_TOK_WORD : FRN_TOK_NUMBER;
			if (upper_first)
				t.flags |= FRN_TF_CAPITALIZED;
			if (all_up && nletters >= 2)
				t.flags |= FRN_TF_ALLCAPS;
			if (digit)
				t.flags |= FRN_TF_HAS_DIGIT;
		}
		else
			t.kind = (u_ispunct(c) || frn_is_apostrophe(c)) ? FRN_TOK_PUNCT : FRN_TOK_SYMBOL;
		(void) j;
		t.byte_len = i - st;
		t.char_len = ci - cst;
		if (space)
			t.flags |= FRN_TF_SPACE_BEFORE;
		space = false;
		FRN_VEC_GROW(out->tok, out->n, out->cap, 1);
		out->tok[out->n++] = t;
	}
}

void
frn_sentences(const char *s, size_t len, frn_tokens *toks, frn_spans *out)
{
	size_t		first = 0;

	for (size_t k = 0; k < toks->n; k++)
	{
		frn_token  *t = &toks->tok[k];
		bool		end = false;

		if (k == first)
			t->flags |= FRN_TF_SENT_START;
		if (t->kind == FRN_TOK_PUNCT && t->byte_len <= 3)
		{
			const char *p = s + t->byte_start;

			if (*p == '.' || *p == '!' || *p == '?' || (t->byte_len == 3 && memcmp(p, "…", 3) == 0))
				end = k + 1 == toks->n || (toks->tok[k + 1].flags & (FRN_TF_CAPITALIZED | FRN_TF_SPACE_BEFORE)) == (FRN_TF_CAPITALIZED | FRN_TF_SPACE_BEFORE);
		}
		if (end || k + 1 == toks->n)
		{
			frn_span	sp;

			sp.byte_start = toks->tok[first].byte_start;
			sp.char_start = toks->tok[first].char_start;
			sp.byte_len = t->byte_start + t->byte_len - sp.byte_start;
			sp.char_len = t->char_start + t->char_len - sp.char_start;
			FRN_VEC_GROW(out->span, out->n, out->cap, 1);
			out->span[out->n++] = sp;
			first = k + 1;
		}
	}
}
