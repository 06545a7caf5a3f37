/*
 * test_money.c — unit tests of the number parser, the exact decimals and
 * the extraction of amounts and percentages (core only).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frn_money.h"
#include "frn_number.h"
#include "frn_numlex.h"
#include "unit.h"

static const char *
fmt(const frn_dec *d)
{
	static char buf[FRN_DEC_BUFSIZE];

	frn_dec_format(d, buf);
	return buf;
}

static const char *
number(const char *s)
{
	frn_dec		d;

	switch (frn_number_parse(s, strlen(s), &d))
	{
		case FRN_NUM_OK: return fmt(&d);
		case FRN_NUM_RANGE: return "RANGE";
		default: return "SYNTAX";
	}
}

UNIT_TEST(decimal_format)
{
	frn_dec		d = {12345, -2};

	CHECK_STR(fmt(&d), "123.45");
	d.coef = -5; d.exp = -3;
	CHECK_STR(fmt(&d), "-0.005");
	d.coef = 593; d.exp = 7;
	CHECK_STR(fmt(&d), "5930000000");
	d.coef = 1500; d.exp = -3;
	CHECK_STR(fmt(&d), "1.5");
	d.coef = 0; d.exp = 5;
	CHECK_STR(fmt(&d), "0");
}

UNIT_TEST(numbers_in_digits)
{
	CHECK_STR(number("12.500,75"), "12500.75");
	CHECK_STR(number("1 234 567"), "1234567");
	CHECK_STR(number("1\xc2\xa0" "234\xe2\x80\xaf" "567,89"), "1234567.89");
	CHECK_STR(number("94.000"), "94000");
	CHECK_STR(number("3.14"), "3.14");
	CHECK_STR(number("0.500"), "0.5");
	CHECK_STR(number("1\xe2\x80\x99" "000\xe2\x80\x99" "000"), "1000000");
	CHECK_STR(number("-4,2"), "-4.2");
	CHECK_STR(number("+7"), "7");
	CHECK_STR(number("2,5 Mds"), "2500000000");
	CHECK_STR(number("10k"), "10000");
	CHECK_STR(number("3 M"), "3000000");
	CHECK_STR(number("1,5 million"), "1500000");
	CHECK_STR(number("2 milliards 300 millions"), "2300000000");
	CHECK_STR(number("3 millions et demi"), "3500000");
	CHECK_STR(number("1 billion"), "1000000000000");
	CHECK_STR(number("423 0000"), "SYNTAX");
	CHECK_STR(number("1er"), "SYNTAX");
	CHECK_STR(number("3/4"), "SYNTAX");
	CHECK_STR(number("99999999999999999999999999999999999999999"), "RANGE");
	CHECK_STR(number(""), "SYNTAX");
	CHECK_STR(number("   "), "SYNTAX");
}

/* The numbers found in s, as "surface=value;" pairs. */
static const char *
found(const char *s)
{
	static char buf[256];
	frn_number_matches m = {NULL, 0, 0};
	size_t		len = 0;

	frn_find_numbers(s, strlen(s), &m);
	buf[0] = '\0';
	for (size_t i = 0; i < m.n && len < sizeof buf - 64; i++)
		len += (size_t) snprintf(buf + len, sizeof buf - len, "%.*s=%s;", (int) m.m[i].byte_len,
								 s + m.m[i].byte_start, fmt(&m.m[i].value));
	frn_free(m.m);
	return buf;
}

/*
 * The number lexer classifies characters as the tokenizer does: a soft
 * hyphen is inside a word ("adoles\u00ADcent" holds no "cent"), '/' is
 * punctuation, after which a sign starts a number.
 */
UNIT_TEST(numbers_cut_like_tokens)
{
	CHECK_STR(found("air adoles\xc2\xad" "cent, 3 ans"), "3=3;");
	CHECK_STR(found("air adoles\xc2\xad cent"), "cent=100;");
	CHECK_STR(found("(3%/-1)"), "3=3;-1=-1;");
	CHECK_STR(found("x_2 a/2 3/4"), "");
}

UNIT_TEST(numbers_in_words)
{
	CHECK_STR(number("quatre-vingt-dix-sept"), "97");
	CHECK_STR(number("quatre vingt dix neuf"), "99");
	CHECK_STR(number("deux millions trois cent mille"), "2300000");
	CHECK_STR(number("un milliard et demi"), "1500000000");
	CHECK_STR(number("un demi-million"), "500000");
	CHECK_STR(number("mille milliards"), "1000000000000");
	CHECK_STR(number("un million mille"), "1001000");
	CHECK_STR(number("septante-deux"), "72");
	CHECK_STR(number("huitante et un"), "81");
	CHECK_STR(number("nonante-neuf"), "99");
	CHECK_STR(number("soixante et onze"), "71");
	CHECK_STR(number("Vingt-Et-Un"), "21");
	CHECK_STR(number("deux cent virgule zéro cinq"), "200.05");
	CHECK_STR(number("zéro"), "0");
	CHECK_STR(number("trois quatre"), "SYNTAX");
	CHECK_STR(number("quatre-vingt et un"), "SYNTAX");
	CHECK_STR(number("vingt cent"), "SYNTAX");
	CHECK_STR(number("million"), "SYNTAX");
	CHECK_STR(number("et"), "SYNTAX");
}

/* Readings: the dollar's code (NULL: USD) and a list such as "franc=CHF". */
static const frn_readings *
readings(const char *dollar, const char *list)
{
	static frn_readings r;
	const char *bad;
	size_t		badlen;

	memset(&r, 0, sizeof r);
	if (dollar)
		memcpy(r.dollar, dollar, 4);
	if (list && !frn_readings_parse(list, strlen(list), &r, &bad, &badlen))
		printf("  bad readings list \"%s\"\n", list);
	return &r;
}

/* "surface|value|currency-or-kind|qualifier" lines of a text's quantities */
static char *
quantities(const char *text, int want, const frn_readings *r)
{
	static char out[8192];
	frn_quantities q = {NULL, 0, 0};

	out[0] = '\0';
	frn_extract_quantities(text, strlen(text), want, r, &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];
		const char *qual = frn_qualifier_name((frn_qualifier) x->qualifier);
		char		line[2048];

		snprintf(line, sizeof line, "%s%.*s|%s|%s|%s", i ? "\n" : "", (int) x->byte_len,
				 text + x->byte_start, fmt(&x->value),
				 x->kind == FRN_QK_AMOUNT ? x->currency : (x->kind == FRN_QK_POINTS ? "points" : "percent"),
				 qual ? qual : "-");
		strncat(out, line, sizeof out - strlen(out) - 1);
	}
	frn_free(q.q);
	return out;
}

UNIT_TEST(amounts)
{
	CHECK_STR(quantities("Un chiffre d’affaires de 5,93 milliards de dollars.", FRN_WANT_AMOUNTS, NULL),
			  "5,93 milliards de dollars|5930000000|USD|-");
	CHECK_STR(quantities("Il vise 10 Md€, puis $10 milliards et 32 milliards $.", FRN_WANT_AMOUNTS, NULL),
			  "10 Md€|10000000000|EUR|-\n$10 milliards|10000000000|USD|-\n32 milliards $|32000000000|USD|-");
	CHECK_STR(quantities("Un coût de 15 $.", FRN_WANT_AMOUNTS, readings("CAD", NULL)), "15 $|15|CAD|-");
	CHECK_STR(quantities("soit 3 euros et 50 centimes", FRN_WANT_AMOUNTS, NULL),
			  "3 euros et 50 centimes|3.5|EUR|-");
	CHECK_STR(quantities("15 cents", FRN_WANT_AMOUNTS, NULL), "15 cents|0.15|USD|-");
	CHECK_STR(quantities("entre 5 et 6 milliards d’euros", FRN_WANT_AMOUNTS, NULL),
			  "5|5000000000|EUR|from\n6 milliards d’euros|6000000000|EUR|to");
	CHECK_STR(quantities("près d’un milliard de yuans", FRN_WANT_AMOUNTS, NULL),
			  "un milliard de yuans|1000000000|CNY|about");
	CHECK_STR(quantities("pas moins de 200 millions de francs suisses", FRN_WANT_AMOUNTS, NULL),
			  "200 millions de francs suisses|200000000|CHF|over");
	CHECK_STR(quantities("pas plus de 20 €, moins de 30 €, jusqu’à 40 €, au moins 50 €", FRN_WANT_AMOUNTS, NULL),
			  "20 €|20|EUR|upto\n30 €|30|EUR|under\n40 €|40|EUR|upto\n50 €|50|EUR|over");
	CHECK_STR(quantities("Les frais ne peuvent être facturés plus de 20 euros.", FRN_WANT_AMOUNTS, NULL),
			  "20 euros|20|EUR|upto");
	CHECK_STR(quantities("un modèle 100 % d’ici juin, 100 % s’il le faut", FRN_WANT_PERCENTS, NULL),
			  "100 %|100|percent|-\n100 %|100|percent|-");
	CHECK_STR(quantities("12 000 salariés et 3 millions d’habitants", FRN_WANT_AMOUNTS, NULL), "");
	CHECK_STR(quantities("Le dollar recule face à l’euro.", FRN_WANT_AMOUNTS, NULL), "");
	CHECK_STR(quantities("Il publie un livre, puis deux livres ; une livre vaut 1,15 €.", FRN_WANT_AMOUNTS, NULL),
			  "une livre|1|GBP|-\n1,15 €|1.15|EUR|-");
	CHECK_STR(quantities("361 millions de livres", FRN_WANT_AMOUNTS, NULL),
			  "361 millions de livres|361000000|GBP|-");
	CHECK_STR(quantities("usd$ 15, C$ 20 et 7 $ CAD", FRN_WANT_AMOUNTS, NULL),
			  "usd$ 15|15|USD|-\nC$ 20|20|CAD|-\n7 $ CAD|7|CAD|-");
}

UNIT_TEST(percents)
{
	CHECK_STR(quantities("hausse de 75 % et près de 16%", FRN_WANT_PERCENTS, NULL),
			  "75 %|75|percent|-\n16%|16|percent|about");
	CHECK_STR(quantities("16 pour cent, 16 pour-cent, 16 pourcents, 50 pour 100", FRN_WANT_PERCENTS, NULL),
			  "16 pour cent|16|percent|-\n16 pour-cent|16|percent|-\n16 pourcents|16|percent|-\n50 pour 100|50|percent|-");
	CHECK_STR(quantities("-3,2 % puis +0,4 %", FRN_WANT_PERCENTS, NULL),
			  "-3,2 %|-3.2|percent|-\n+0,4 %|0.4|percent|-");
	CHECK_STR(quantities("de 10 à 12 %", FRN_WANT_PERCENTS, NULL),
			  "10|10|percent|from\n12 %|12|percent|to");
	CHECK_STR(quantities("un modèle 100 % électrique", FRN_WANT_PERCENTS, NULL), "");
	CHECK_STR(quantities("100 % du capital", FRN_WANT_PERCENTS, NULL), "100 %|100|percent|-");
	CHECK_STR(quantities("Le taux gagne 3 points de pourcentage, puis 0,5 point.", FRN_WANT_PERCENTS, NULL),
			  "3 points de pourcentage|3|points|-\n0,5 point|0.5|points|-");
	CHECK_STR(quantities("Le CAC 40 perd 50 points.", FRN_WANT_PERCENTS, NULL), "");
	CHECK_STR(quantities("une baisse de 25 points de base", FRN_WANT_PERCENTS, NULL),
			  "25 points de base|0.25|points|-");
	CHECK_STR(quantities("http://x.fr/?a=30%25 et 1,1^23 pourcent", FRN_WANT_PERCENTS, NULL), "");
}

UNIT_TEST(type_input)
{
	frn_dec		v;
	char		cur[4];

	CHECK(frn_money_parse(" 1,5 Md€ ", strlen(" 1,5 Md€ "), NULL, &v, cur));
	CHECK_STR(fmt(&v), "1500000000");
	CHECK_STR(cur, "EUR");
	CHECK(!frn_money_parse("environ 10 €", strlen("environ 10 €"), NULL, &v, cur));
	CHECK(!frn_money_parse("10 €, 20 €", strlen("10 €, 20 €"), NULL, &v, cur));
	CHECK(!frn_money_parse("20 balles", strlen("20 balles"), NULL, &v, cur));
	CHECK(frn_money_parse("20 balles", strlen("20 balles"), readings(NULL, "balles=EUR"), &v, cur));
	CHECK_STR(cur, "EUR");
	CHECK(frn_percent_parse("16 pour cent", 12, &v));
	CHECK_STR(fmt(&v), "16");
	CHECK_INT(frn_money_canonical("5930000000 USD", 14), 10);
	CHECK_INT(frn_money_canonical("100.000 EUR", 11), 0);
	CHECK_INT(frn_money_canonical("1.125 USD", 9), 5);
	CHECK_INT(frn_money_canonical("1 XYZ", 5), 0);
	CHECK_INT(frn_percent_canonical("0.5%", 4), 3);
	CHECK(frn_currency_valid("EUR", 3) && frn_currency_valid("XOF", 3));
	CHECK(!frn_currency_valid("eur", 3) && !frn_currency_valid("FRF", 3));
}

/* Random bytes and fragments: spans in range, ordered, non-overlapping. */
UNIT_TEST(invariants_on_noise)
{
	static const char *const parts[] = {
		"12", " ", "000", ",5", ".", "€", "$", "%", "milliards", " de ", "d’", "euros", "-",
		"entre", " et ", "à", "pour cent", "points", "\xc2\xa0", "\xe2\x80\xaf", "M", "Md",
		"un", "vingt", "quatre-vingt", "\xff", "\xe2\x82", "US", "CHF", "près de", "pas moins de"
	};
	unsigned	seed = 7;
	int			bad = 0;

	for (int round = 0; round < 3000; round++)
	{
		char		text[600];
		size_t		len = 0;
		frn_quantities q = {NULL, 0, 0};
		frn_number_matches m = {NULL, 0, 0};
		uint32_t	prev_end = 0;

		while (len < 500)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = parts[(seed >> 16) % (sizeof parts / sizeof parts[0])];
			memcpy(text + len, p, strlen(p));
			len += strlen(p);
			if (((seed >> 8) & 15) == 0)
				break;
		}
		frn_extract_quantities(text, len, FRN_WANT_AMOUNTS | FRN_WANT_PERCENTS, NULL, &q);
		for (size_t i = 0; i < q.n; i++)
		{
			if (q.q[i].byte_start < prev_end || q.q[i].byte_start + q.q[i].byte_len > len ||
				q.q[i].byte_len == 0 || q.q[i].char_len == 0)
				bad++;
			prev_end = q.q[i].byte_start + q.q[i].byte_len;
		}
		frn_find_numbers(text, len, &m);
		prev_end = 0;
		for (size_t i = 0; i < m.n; i++)
		{
			if (m.m[i].byte_start < prev_end || m.m[i].byte_start + m.m[i].byte_len > len)
				bad++;
			prev_end = m.m[i].byte_start + m.m[i].byte_len;
		}
		frn_free(q.q);
		frn_free(m.m);
	}
	CHECK_INT(bad, 0);
}

/*
 * The anchor scan reads 64 bytes at a time with a word filter in front of
 * the full test: every unit, and every near miss, at every offset across
 * two blocks and with every length of text after it (the scalar tail).
 */
UNIT_TEST(unit_anchors_at_every_offset)
{
	static const struct
	{
		const char *text;
		int			kinds;			/* kinds for which it is an anchor */
	}			cases[] = {
		{"euros", FRN_ANCHOR_AMOUNT}, {"EUROS", FRN_ANCHOR_AMOUNT}, {"Dollars", FRN_ANCHOR_AMOUNT},
		{"USD", FRN_ANCHOR_AMOUNT}, {"€", FRN_ANCHOR_AMOUNT}, {"$", FRN_ANCHOR_AMOUNT},
		{"£", FRN_ANCHOR_AMOUNT}, {"¥", FRN_ANCHOR_AMOUNT}, {"₹", FRN_ANCHOR_AMOUNT},
		{"couronnes", FRN_ANCHOR_AMOUNT}, {"sterlings", FRN_ANCHOR_AMOUNT},
		{"RENMINBIS", FRN_ANCHOR_AMOUNT}, {"cent", FRN_ANCHOR_AMOUNT | FRN_ANCHOR_PERCENT},
		{"%", FRN_ANCHOR_PERCENT}, {"Pourcent", FRN_ANCHOR_PERCENT},
		{"pourcentages", FRN_ANCHOR_PERCENT}, {"points", FRN_ANCHOR_PERCENT},
		{"pour 100", FRN_ANCHOR_PERCENT},
		/* near misses */
		{"Eur", 0}, {"eurosx", 0}, {"xeuros", 0}, {"pour 10", 0}, {"poure", 0}, {"’", 0},
		{"«", 0}, {"\xc2\xa0", 0}, {"\xe2\x80\xaf", 0}, {"abcdefghijklmnopqrstuvweuros", 0},
		{"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 0}
	};
	static const char filler[] = "le maintenant ";
	int			bad = 0;

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
		for (size_t off = 1; off < 140; off++)
			for (size_t after = 0; after < 80; after += 7)
			{
				char		text[400];
				size_t		n = strlen(cases[c].text),
							len;

				for (size_t i = 0; i < off; i++)
					text[i] = filler[i % (sizeof filler - 1)];
				text[off - 1] = ' ';
				memcpy(text + off, cases[c].text, n);
				len = off + n;
				text[len++] = ' ';
				for (size_t i = 0; i < after; i++)
					text[len++] = filler[i % (sizeof filler - 1)];
				for (int kinds = 1; kinds <= 3; kinds++)
				{
					size_t		want = (cases[c].kinds & kinds) ? off : len;

					if (frn_next_unit_anchor(text, len, 0, kinds) != want)
					{
						if (bad++ < 5)
							fprintf(stderr, "  anchor \"%s\" at %zu, %zu after, kinds %d: got %zu\n",
									cases[c].text, off, after, kinds,
									frn_next_unit_anchor(text, len, 0, kinds));
					}
				}
			}
	CHECK_INT(bad, 0);
}

/* The quantities of s other than the filler's "12 %", as "surface|value|currency|qualifier; ". */
static const char *
quantities_but_filler(const char *s, size_t len)
{
	static char out[512];
	frn_quantities q = {NULL, 0, 0};
	size_t		n = 0;

	frn_extract_quantities(s, len, FRN_WANT_AMOUNTS | FRN_WANT_PERCENTS, NULL, &q);
	out[0] = '\0';
	for (size_t i = 0; i < q.n && n < sizeof out - 100; i++)
	{
		const frn_quantity *x = &q.q[i];
		const char *qual = frn_qualifier_name(x->qualifier);

		if (x->byte_len == 4 && memcmp(s + x->byte_start, "12 %", 4) == 0 &&
			strcmp(fmt(&x->value), "12") == 0 && !qual)
			continue;
		n += snprintf(out + n, sizeof out - n, "%.*s|%s|%s|%s; ", (int) x->byte_len,
					  s + x->byte_start, fmt(&x->value), x->currency, qual ? qual : "");
	}
	frn_free(q.q);
	return out;
}

/*
 * Text with no sentence end is lexed in chunks of at most 65,536 items: a
 * quantity placed so that the cut falls before each of its items in turn
 * is found whole, once.
 */
UNIT_TEST(quantities_across_chunk_cuts)
{
	static const struct
	{
		const char *text;
		const char *want;
	}			cases[] = {
		{"45 %", "45 %|45||; "},
		{"plus de 45 %", "45 %|45||over; "},
		{"3 euros et 50 centimes", "3 euros et 50 centimes|3.5|EUR|; "},
		{"entre 5 et 6 milliards d’euros",
		 "5|5000000000|EUR|from; 6 milliards d’euros|6000000000|EUR|to; "},
	};
	const char *filler = "12 % ";	/* two items */
	size_t		fl = strlen(filler),
				reps = 65536 / 2 - 12;
	char	   *text = malloc((reps + 40) * fl + 200);

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
		for (size_t shift = 0; shift < 24; shift++)
		{
			size_t		len = 0;

			/* one more item of filler per shift: "7" alone, or a "12 %" */
			for (size_t r = 0; r < reps + shift / 2; r++, len += fl)
				memcpy(text + len, filler, fl);
			if (shift % 2)
				len += sprintf(text + len, "7 ");
			len += sprintf(text + len, "%s ", cases[c].text);
			for (size_t r = 0; r < 20; r++, len += fl)
				memcpy(text + len, filler, fl);
			CHECK_STR(quantities_but_filler(text, len), cases[c].want);
			if (unit_current_failed)
			{
				printf("  \"%s\" after %zu filler items\n", cases[c].text, 2 * (reps + shift / 2) + shift % 2);
				free(text);
				return;
			}
		}
	free(text);
}

int
main(void)
{
	UNIT_RUN(decimal_format);
	UNIT_RUN(numbers_in_digits);
	UNIT_RUN(numbers_in_words);
	UNIT_RUN(numbers_cut_like_tokens);
	UNIT_RUN(amounts);
	UNIT_RUN(percents);
	UNIT_RUN(type_input);
	UNIT_RUN(invariants_on_noise);
	UNIT_RUN(unit_anchors_at_every_offset);
	UNIT_RUN(quantities_across_chunk_cuts);
	UNIT_MAIN_END("test_money");
}
