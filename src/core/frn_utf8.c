/*
 * frn_utf8.c — strict UTF-8 decoding and character classes.
 *
 * Decoding follows the Unicode "maximal subpart" spirit in its simplest
 * form: anything that is not a complete, shortest-form, non-surrogate
 * sequence yields U+FFFD and consumes exactly one byte.  Since a valid
 * sequence never starts with a continuation byte, every lead byte is a
 * character boundary, which keeps frn_utf8_prev consistent with
 * frn_utf8_next.  Classes come from the generated tables (frn_unidata.h).
 */
#include "frn_utf8.h"
#include "frn_unidata.h"

#define REPLACEMENT 0xFFFD

/* Length of the valid sequence at s[i], or 0 if it is not one. */
static inline int
valid_seq_len(const unsigned char *s, size_t len, size_t i)
{
	unsigned char c = s[i];
	size_t		left = len - i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return left >= 2 && (s[i + 1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF)
	{
		unsigned char lo = 0x80,
					hi = 0xBF;

		if (left < 3)
			return 0;
		if (c == 0xE0)
			lo = 0xA0;			/* overlong */
		else if (c == 0xED)
			hi = 0x9F;			/* surrogates */
		return s[i + 1] >= lo && s[i + 1] <= hi && (s[i + 2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xF0 && c <= 0xF4)
	{
		unsigned char lo = 0x80,
					hi = 0xBF;

		if (left < 4)
			return 0;
		if (c == 0xF0)
			lo = 0x90;			/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;			/* > U+10FFFF */
		return s[i + 1] >= lo && s[i + 1] <= hi && (s[i + 2] & 0xC0) == 0x80 &&
			(s[i + 3] & 0xC0) == 0x80 ? 4 : 0;
	}
	return 0;
}

int32_t
frn_utf8_next(const char *str, size_t len, size_t *i)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		p = *i;
	int			n;

	if (s[p] < 0x80)
	{
		*i = p + 1;
		return s[p];
	}
	n = valid_seq_len(s, len, p);
	*i = p + (n ? n : 1);
	switch (n)
	{
		case 2:
			return ((s[p] & 0x1F) << 6) | (s[p + 1] & 0x3F);
		case 3:
			return ((s[p] & 0x0F) << 12) | ((s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
		case 4:
			return ((s[p] & 0x07) << 18) | ((s[p + 1] & 0x3F) << 12) |
				((s[p + 2] & 0x3F) << 6) | (s[p + 3] & 0x3F);
		default:
			return REPLACEMENT;
	}
}

int32_t
frn_utf8_prev(const char *str, size_t *i)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		end = *i;

	if (s[end - 1] < 0x80)
	{
		*i = end - 1;
		return s[end - 1];
	}
	/* a valid sequence ending at end starts at most 3 bytes before its last */
	for (size_t back = 2; back <= 4 && back <= end; back++)
	{
		size_t		start = end - back;

		if ((s[start] & 0xC0) == 0x80)
			continue;
		if (s[start] >= 0xC0 && valid_seq_len(s, end, start) == (int) back)
		{
			size_t		j = start;

			*i = start;
			return frn_utf8_next(str, end, &j);
		}
		break;
	}
	*i = end - 1;
	return s[end - 1] < 0x80 ? s[end - 1] : REPLACEMENT;
}

int
frn_utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = REPLACEMENT;
	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

size_t
frn_utf8_count(const char *s, size_t len)
{
	size_t		n = 0,
				i = 0;

	while (i < len)
	{
		if ((unsigned char) s[i] < 0x80)
			i++;
		else
			frn_utf8_next(s, len, &i);
		n++;
	}
	return n;
}

bool
frn_is_letter(int32_t cp)
{
	return (frn_char_class(cp) & FRN_C_LETTER) != 0;
}

bool
frn_is_upper(int32_t cp)
{
	return (frn_char_class(cp) & FRN_C_UPPER) != 0;
}

bool
frn_is_digit(int32_t cp)
{
	return (frn_char_class(cp) & FRN_C_DIGIT) != 0;
}

bool
frn_is_space(int32_t cp)
{
	return (frn_char_class(cp) & FRN_C_SPACE) != 0;
}

bool
frn_is_punct(int32_t cp)
{
	if (!(frn_char_class(cp) & FRN_C_PUNCT))
		return false;
	return !(cp == '%' || cp == 0x2030 || cp == 0x2031 || cp == '&' || cp == '@' ||
			 cp == '#' || cp == 0xA7 || cp == 0xB6 || cp == '*' || cp == 0x2020 || cp == 0x2021);
}
