/*
 * frn_urls.h — URLs and e-mail addresses in running text, one
 * implementation for the tokenizer (URL and EMAIL tokens) and the number
 * lexer (nothing inside them is a quantity).
 */
#ifndef FRN_URLS_H
#define FRN_URLS_H

#include <stddef.h>

/*
 * End of the URL starting at byte b of s[0..len) (http://, https://,
 * ftp://, www. followed by a letter or digit; trailing sentence
 * punctuation left out), or b if there is none.
 */
size_t		frn_scan_url(const char *s, size_t len, size_t b);

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
size_t		frn_scan_email(const char *s, size_t len, size_t b, frn_email_scan *st);

#endif
