/*
 * frn_urls.h — URLs and e-mail addresses in running text, one
 * implementation for the tokenizer (URL and EMAIL tokens) and the number
 * lexer (nothing inside them is a quantity).
 */
#ifndef FRN_URLS_H
#define FRN_URLS_H

#include <stddef.h>

/* Longest local part of an e-mail address (RFC 5321). */
#define FRN_EMAIL_LOCAL_MAX 64

/*
 * End of the URL starting at byte b of s[0..len) (http://, https://,
 * ftp://, www. followed by a letter or digit; trailing sentence
 * punctuation left out), or b if there is none.
 */
size_t		frn_scan_url_at(const char *s, size_t len, size_t b);

/* Whether a URL can start with byte c: h, f or w in either case. */
static inline int
frn_url_may_start(char c)
{
	return (c | 0x20) == 'h' || (c | 0x20) == 'f' || (c | 0x20) == 'w';
}

/* frn_scan_url_at, its first test inlined: scanners try it at every token. */
static inline size_t
frn_scan_url(const char *s, size_t len, size_t b)
{
	return frn_url_may_start(s[b]) ? frn_scan_url_at(s, len, b) : b;
}

/*
 * What an e-mail scan remembers between calls over one text, scanned left
 * to right, so that no byte is rescanned (zero it before the first call).
 */
typedef struct frn_email_scan
{
	size_t		fail_until;		/* no e-mail starts before this byte */
	size_t		next_at;		/* byte of the next '@' at or after the scan */
} frn_email_scan;

/*
 * End of the e-mail address starting at byte b, or b if there is none: a
 * local part, '@', then dot-separated labels; the address ends after the
 * last label that is at least the second one and has two letters (the
 * top-level domain), so "x@exemple.fr." leaves the final period out.
 */
size_t		frn_scan_email_at(const char *s, size_t len, size_t b, frn_email_scan *st);

/*
 * Whether an e-mail address may start at b, as far as st knows: not where
 * the last scan failed, nor before an '@' known to lie out of reach.
 */
static inline int
frn_email_may_start(const frn_email_scan *st, size_t b)
{
	return b >= st->fail_until && (st->next_at < b || st->next_at - b <= FRN_EMAIL_LOCAL_MAX);
}

/* The function to call: frn_scan_email_at where an address may start. */
static inline size_t
frn_scan_email(const char *s, size_t len, size_t b, frn_email_scan *st)
{
	return frn_email_may_start(st, b) ? frn_scan_email_at(s, len, b, st) : b;
}

#endif
