/* test_utf8.c — UTF-8 decoding and character classes. */
#include "unit.h"
#include "frn_utf8.h"

/* Decode s[0..len) forward and backward; both must agree. */
static int
forward_backward_agree(const char *s, size_t len)
{
	int32_t		cps[64];
	size_t		starts[64],
				n = 0,
				i = 0;

	while (i < len && n < 64)
	{
		starts[n] = i;
		cps[n++] = frn_utf8_next(s, len, &i);
	}
	i = len;
	while (n > 0)
	{
		int32_t		cp = frn_utf8_prev(s, &i);

		n--;
		if (cp != cps[n] || i != starts[n])
			return 0;
	}
	return i == 0;
}

UNIT_TEST(decode_valid)
{
	const char *s = "aé€😀";
	size_t		i = 0,
				len = strlen(s);

	CHECK_INT(frn_utf8_next(s, len, &i), 'a');
	CHECK_INT(frn_utf8_next(s, len, &i), 0xE9);
	CHECK_INT(frn_utf8_next(s, len, &i), 0x20AC);
	CHECK_INT(frn_utf8_next(s, len, &i), 0x1F600);
	CHECK_INT(i, len);
	CHECK_INT(frn_utf8_count(s, len), 4);
}

UNIT_TEST(decode_invalid_one_byte_each)
{
	/* lone continuation, overlong, surrogate, truncated, > U+10FFFF */
	const char *cases[] = {"\x80", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80", "\xFF"};

	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
	{
		const char *s = cases[k];
		size_t		len = strlen(s),
					i = 0,
					n = 0;

		while (i < len)
		{
			size_t		before = i;

			CHECK_INT(frn_utf8_next(s, len, &i), 0xFFFD);
			CHECK_INT(i - before, 1);
			n++;
		}
		CHECK_INT(frn_utf8_count(s, len), n);
		CHECK_INT(n, len);
		CHECK(forward_backward_agree(s, len));
	}
}

UNIT_TEST(prev_matches_next)
{
	const char *s = "l’É\xE2\x82""a\xC3\xA9\x80z😀\xF0\x9F";

	CHECK(forward_backward_agree(s, strlen(s)));
	CHECK(forward_backward_agree("€", 3));
}

UNIT_TEST(encode_roundtrip)
{
	int32_t		cps[] = {0x41, 0xE9, 0x2019, 0x1F600, 0x10FFFF};

	for (size_t k = 0; k < 5; k++)
	{
		char		b[4];
		int			n = frn_utf8_encode(cps[k], b);
		size_t		i = 0;

		CHECK_INT(frn_utf8_next(b, n, &i), cps[k]);
		CHECK_INT(i, n);
	}
	{
		char		b[4];

		CHECK_INT(frn_utf8_encode(0xD800, b), 3);	/* a surrogate is written as U+FFFD */
		CHECK(memcmp(b, "\xEF\xBF\xBD", 3) == 0);
	}
}

UNIT_TEST(classes)
{
	CHECK(frn_is_letter('a') && frn_is_letter(0xE9) && frn_is_letter(0x0153) && frn_is_letter(0x03B1));
	CHECK(frn_is_letter(0x0301));	/* combining acute: marks count as letters */
	CHECK(!frn_is_letter('1') && !frn_is_letter(' ') && !frn_is_letter(0x2019));
	CHECK(frn_is_upper('E') && frn_is_upper(0xC9) && frn_is_upper(0x01C5) && !frn_is_upper('e'));
	CHECK(frn_is_digit('7') && frn_is_digit(0x0663) && !frn_is_digit(0xB2));
	CHECK(frn_is_space(' ') && frn_is_space('\n') && frn_is_space(0xA0) && frn_is_space(0x202F));
	CHECK(frn_is_space(0x2007) && frn_is_space(0x2009) && frn_is_space(0x3000) && frn_is_space(0x200B));
	CHECK(!frn_is_space('a') && !frn_is_space(0x00AD));
	CHECK(frn_is_apostrophe('\'') && frn_is_apostrophe(0x2019) && frn_is_apostrophe(0x02BC));
	CHECK(!frn_is_apostrophe('"'));
	CHECK(frn_is_hyphen('-') && frn_is_hyphen(0x2010) && frn_is_hyphen(0x2011) && !frn_is_hyphen(0x2013));
	CHECK(!frn_is_letter(0x10FFFF) && !frn_is_letter(0xE0001));
}

int
main(void)
{
	UNIT_RUN(decode_valid);
	UNIT_RUN(decode_invalid_one_byte_each);
	UNIT_RUN(prev_matches_next);
	UNIT_RUN(encode_roundtrip);
	UNIT_RUN(classes);
	UNIT_MAIN_END("test_utf8");
}
