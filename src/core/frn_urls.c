/*
 * frn_urls.c — URLs and e-mail addresses (see frn_urls.h): the tokenizer's
 * URL and EMAIL tokens and the number lexer's breaks.
 */
#include "frn_urls.h"

#include <string.h>

#include "frn_unidata.h"
#include "frn_utf8.h"

/* Code point at byte b (and the byte after it in *next), or -1 at the end. */
static inline int32_t
peek(const char *s, size_t len, size_t b, size_t *next)
{
	*next = b;
	if (b >= len)
		return -1;
	return frn_utf8_step(s, len, next);
}

static inline uint8_t
cls(int32_t cp)
{
	return cp < 0 ? 0 : frn_char_class(cp);
}

/* s[b..] starts with the lower-case ASCII literal lit, ignoring ASCII case. */
static int
has_prefix_ci(const char *s, size_t len, size_t b, const char *lit, size_t n)
{
	if (b + n > len)
		return 0;
	for (size_t i = 0; i < n; i++)
	{
		int			c = (unsigned char) s[b + i];

		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lit[i])
			return 0;
	}
	return 1;
}

#define HAS_PREFIX(s, len, b, lit) has_prefix_ci(s, len, b, lit, sizeof(lit) - 1)

/* Characters that end a URL even without a space. */
static int
url_stop(int32_t cp)
{
	return cp < 0 || (cls(cp) & FRN_C_SPACE) || cp < 0x20 || cp == '"' || cp == '<' ||
		cp == '>' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D ||
		cp == '{' || cp == '}' || cp == '|' || cp == '\\' || cp == '^' || cp == '`';
}

/* End of the URL starting at b, or b if there is none. */
size_t
frn_scan_url_at(const char *s, size_t len, size_t b)
{
	size_t		p,
				next,
				end;
	int			open = 0,
				close = 0;
	int32_t		cp;

	if (HAS_PREFIX(s, len, b, "https://"))
		p = b + 8;
	else if (HAS_PREFIX(s, len, b, "http://"))
		p = b + 7;
	else if (HAS_PREFIX(s, len, b, "ftp://"))
		p = b + 6;
	else if (HAS_PREFIX(s, len, b, "www."))
		p = b + 4;
	else
		return b;
	cp = peek(s, len, p, &next);
	if (!(cls(cp) & (FRN_C_LETTER | FRN_C_DIGIT)))
		return b;
	while (!url_stop(cp = peek(s, len, p, &next)))
	{
		open += cp == '(';
		close += cp == ')';
		p = next;
	}
	/* trailing punctuation belongs to the sentence, not to the URL */
	end = p;
	while (end > b)
	{
		size_t		q = end;

		cp = frn_utf8_prev(s, &q);
		if (cp == ')' && close > open)
			close--;
		else if (!(cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
				   cp == '?' || cp == '\'' || cp == 0x2019 || cp == ']' || cp == 0x2026))
			break;
		end = q;
	}
	return end;
}

static inline int
is_email_local(int32_t cp)
{
	return (cls(cp) & (FRN_C_LETTER | FRN_C_DIGIT)) || cp == '.' || cp == '_' ||
		cp == '%' || cp == '+' || cp == '-';
}

static inline int
is_domain_char(int32_t cp)
{
	return (cls(cp) & (FRN_C_LETTER | FRN_C_DIGIT)) || cp == '-';
}

/*
 * End of the e-mail address starting at b, or b if there is none: a local
 * part, '@', then dot-separated labels; the address ends after the last
 * label that is at least the second one and has two letters (the top-level
 * domain), so "x@exemple.fr." leaves the final period out.
 */
size_t
frn_scan_email_at(const char *s, size_t len, size_t b, frn_email_scan *st)
{
	size_t		p = b,
				next,
				end = b;
	int32_t		cp;
	int			labels = 0;

	/* frn_scan_email has checked fail_until */
	if (st->next_at < b)
	{
		const char *at = memchr(s + b, '@', len - b);

		st->next_at = at ? (size_t) (at - s) : len;
	}
	if (st->next_at >= len || st->next_at - b > FRN_EMAIL_LOCAL_MAX)
		return b;				/* no '@' within reach of a local part */
	while (is_email_local(cp = peek(s, len, p, &next)))
		p = next;
	if (cp != '@' || p == b)
	{
		st->fail_until = p;
		return b;
	}
	p = next;
	for (;;)
	{
		size_t		label = p,
					n2;
		int			letters = 0;

		while (is_domain_char(cp = peek(s, len, p, &next)))
		{
			letters += (cls(cp) & FRN_C_LETTER) != 0;
			p = next;
		}
		if (p == label)
			break;
		if (++labels >= 2 && letters >= 2 && s[p - 1] != '-')
			end = p;
		if (cp != '.' || !is_domain_char(peek(s, len, next, &n2)))
			break;
		p = next;
	}
	if (end == b)
		st->fail_until = p;
	return end;
}
