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
	CHECK_STR(number("1\xe2\x80\x87" "234\xe2\x80\x87" "567"), "1234567");	/* U+2007 figure space */
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
	/* URLs and e-mail addresses as the tokenizer reads them (frn_urls.c): nothing inside */
	CHECK_STR(found("ftp://x.fr/a-30 8 ; jean.dupont2019@exemple.fr, 7"), "8=8;7=7;");
	CHECK_STR(found("(www.x.fr/12) 8"), "8=8;");
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

/*
 * Lines of a text's quantities: "surface|value|currency-or-kind|qualifier",
 * or with `units` (amounts) "surface|unit|value in the unit|currency or
 * ?|qualifier".
 */
static char *
render(const char *text, int want, const frn_readings *r, bool units)
{
	static char out[8192];
	frn_quantities q = {NULL, 0, 0};

	out[0] = '\0';
	frn_extract_quantities(text, strlen(text), want, r, &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];
		const char *qual = frn_qualifier_name((frn_qualifier) x->qualifier);
		const char *what = x->kind == FRN_QK_AMOUNT ? x->currency :
			(x->kind == FRN_QK_POINTS ? "points" : "percent");
		char		line[2048];

		if (units)
			snprintf(line, sizeof line, "%s%.*s|%s|%s|%s|%s", i ? "\n" : "", (int) x->byte_len,
					 text + x->byte_start, x->unit, fmt(&x->unit_value), what[0] ? what : "?",
					 qual ? qual : "-");
		else
			snprintf(line, sizeof line, "%s%.*s|%s|%s|%s", i ? "\n" : "", (int) x->byte_len,
					 text + x->byte_start, fmt(&x->value), what, qual ? qual : "-");
		strncat(out, line, sizeof out - strlen(out) - 1);
	}
	frn_free(q.q);
	return out;
}

static char *
quantities(const char *text, int want, const frn_readings *r)
{
	return render(text, want, r, false);
}

/* the amounts of a text with their unit as written */
static char *
units(const char *text, const frn_readings *r)
{
	return render(text, FRN_WANT_AMOUNTS, r, true);
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
	/* withdrawn: the euro's predecessors are kept, the Soviet rouble (SUR) is not */
	CHECK(frn_currency_valid("FRF", 3) && frn_currency_valid("NLG", 3));
	CHECK(!frn_currency_valid("eur", 3) && !frn_currency_valid("SUR", 3));
}

/*
 * A fraction longer than the exponent bound ("0,000…01", 1,500 zeros) is
 * no number: frn_dec_format's buffer holds FRN_DEC_MAX_EXP digits after
 * the point, and such a value overran it (fr_number, fr_amounts and the
 * fr_money input crashed the backend, the CLI with a segmentation fault).
 */
static char *
small_fraction(const char *before, int zeros, const char *after)
{
	size_t		len = strlen(before) + 2 + (size_t) zeros + 1 + strlen(after) + 1;
	char	   *s = malloc(len);

	snprintf(s, len, "%s0,%0*d1%s", before, zeros, 0, after);
	return s;
}

UNIT_TEST(fractions_past_the_exponent_bound)
{
	char	   *at_bound = small_fraction("", FRN_DEC_MAX_EXP - 1, "");
	char	   *past = small_fraction("", FRN_DEC_MAX_EXP, "");
	char	   *far = small_fraction("Il a payé ", 1500, " € hier, 0,5 € ce matin.");
	char	   *dotted = small_fraction("€", 1500, "");
	char	   *plain = small_fraction("", 1500, "");
	frn_dec		v;
	char		cur[4];
	const char *got;

	got = number(at_bound);
	CHECK_INT((long) strlen(got), FRN_DEC_MAX_EXP + 2);	/* "0.", 999 zeros, "1" */
	CHECK_STR(number(past), "RANGE");
	CHECK_STR(found(far), "0,5=0.5;");
	dotted[strlen("€") + 1] = '.';
	CHECK(!frn_money_parse(dotted, strlen(dotted), NULL, &v, cur));
	CHECK(!frn_percent_parse(plain, strlen(plain), &v));
	plain[1] = '.';
	CHECK(!frn_dec_parse_plain(plain, strlen(plain), &v));
	free(at_bound);
	free(past);
	free(far);
	free(dotted);
	free(plain);
}

/* Issue #12, family 5: signs as words or apart, fractions, collective numbers. */
UNIT_TEST(numbers_signs_fractions_collectives)
{
	CHECK_STR(number("moins 1200000"), "-1200000");
	CHECK_STR(number("- 1.200.000"), "-1200000");
	CHECK_STR(number("moins de zéro"), "SYNTAX");
	CHECK_STR(number("au moins 3"), "SYNTAX");
	/* fractions: numerator / denominator as numeric division gives it */
	CHECK_STR(number("un quart"), "0.25");
	CHECK_STR(number("trois quarts"), "0.75");
	CHECK_STR(number("un tiers"), "0.33333333333333333333");
	CHECK_STR(number("deux tiers"), "0.66666666666666666667");
	CHECK_STR(number("la moitié"), "0.5");
	CHECK_STR(number("un demi"), "0.5");
	CHECK_STR(number("deux et demi"), "2.5");
	CHECK_STR(number("cinq et un quart"), "5.25");
	CHECK_STR(number("cent trois et deux tiers"), "103.66666666666666666667");
	CHECK_STR(number("cinq milliards et trois quarts"), "5750000000");
	CHECK_STR(number("trois cinquièmes"), "0.6");
	CHECK_STR(number("un vingt-cinquième"), "0.04");
	CHECK_STR(number("un vingt cinquième"), "0.04");
	CHECK_STR(number("vingt et un cinquième"), "20.2");
	CHECK_STR(number("vingt et un cinquièmes"), "4.2");
	CHECK_STR(number("une vingt et unième"), "0.04761904761904761905");
	CHECK_STR(number("cent mille billionièmes"), "0.0000001");
	CHECK_STR(number("un sur trois"), "0.33333333333333333333");
	CHECK_STR(number("1 sur 4"), "0.25");
	/* not fractions: a duration, ordinals, "un cinquièmes" */
	CHECK_STR(number("une demi-heure"), "SYNTAX");
	CHECK_STR(number("un troisième"), "SYNTAX");
	CHECK_STR(number("un cinquièmes"), "SYNTAX");
	CHECK_STR(number("3 sur 2"), "SYNTAX");
	/* collective numbers */
	CHECK_STR(number("une dizaine"), "10");
	CHECK_STR(number("trois douzaines"), "36");
	CHECK_STR(number("2 douzaines"), "24");
	CHECK_STR(number("des milliers"), "1000");
	CHECK_STR(number("des quarantaines"), "SYNTAX");
	CHECK_STR(number("une centaine de millions"), "100000000");
	/* digits with scale words */
	CHECK_STR(number("3 millions 200 000"), "3200000");
	CHECK_STR(number("3 millions 200"), "SYNTAX");
	CHECK_STR(number("trente 3"), "SYNTAX");
}

/* Issue #12, family 1: codes and dollar symbols glued to the number. */
UNIT_TEST(amounts_glued_codes)
{
	CHECK_STR(quantities("EUR12,50 ; 12,50EUR ; USD1.5 ; CHF100", FRN_WANT_AMOUNTS, NULL),
			  "EUR12,50|12.5|EUR|-\n12,50EUR|12.5|EUR|-\nUSD1.5|1.5|USD|-\nCHF100|100|CHF|-");
	CHECK_STR(quantities("US$12, 12$US, C$ 5, A$10, HK$3", FRN_WANT_AMOUNTS, NULL),
			  "US$12|12|USD|-\n12$US|12|USD|-\nC$ 5|5|CAD|-\nA$10|10|AUD|-\nHK$3|3|HKD|-");
	/* glued to an integer, only the most traded currencies: a conference, a model */
	CHECK_STR(quantities("la COP21 et la ALL4 ; ALL4,5", FRN_WANT_AMOUNTS, NULL),
			  "ALL4,5|4.5|ALL|-");
}

/* Issue #12, family 2: a sub-unit after a code, a symbol or a name, or alone with "d’euro". */
UNIT_TEST(amounts_subunits)
{
	CHECK_STR(quantities("4 USD et 75 centimes, 8 USD 40 cents, 3 € 50.", FRN_WANT_AMOUNTS, NULL),
			  "4 USD et 75 centimes|4.75|USD|-\n8 USD 40 cents|8.4|USD|-\n3 € 50|3.5|EUR|-");
	CHECK_STR(quantities("3 euros 50 ; 10 livres 20 pence", FRN_WANT_AMOUNTS, NULL),
			  "3 euros 50|3.5|EUR|-\n10 livres 20 pence|10.2|GBP|-");
	CHECK_STR(quantities("23 centimes d’euro et 12 cents de dollar canadien", FRN_WANT_AMOUNTS, NULL),
			  "23 centimes d’euro|0.23|EUR|-\n12 cents de dollar canadien|0.12|CAD|-");
	CHECK_STR(quantities("6,65 milliards de pesewas, 20 cedis", FRN_WANT_AMOUNTS, NULL),
			  "6,65 milliards de pesewas|66500000|GHS|-\n20 cedis|20|GHS|-");
	/* not sub-units: a count after the amount, a percentage */
	CHECK_STR(quantities("3 € 50 fois ; 3 € 20 %", FRN_WANT_AMOUNTS, NULL), "3 €|3|EUR|-\n3 €|3|EUR|-");
	/* cents before a function word; not before a noun the number may count */
	CHECK_STR(quantities("28 SMS à 4 euros 50 l’unité, un café à 3 € 50 pour tous", FRN_WANT_AMOUNTS, NULL),
			  "4 euros 50|4.5|EUR|-\n3 € 50|3.5|EUR|-");
	CHECK_STR(quantities("20 euros 30 ans plus tôt", FRN_WANT_AMOUNTS, NULL), "20 euros|20|EUR|-");
}

/* Issue #12, family 3: English and informal names; ambiguous ones read on request. */
UNIT_TEST(amounts_names_and_readings)
{
	CHECK_STR(quantities("50 pounds, 10 US dollars, 10 dollars US, 5 livres sterling", FRN_WANT_AMOUNTS, NULL),
			  "50 pounds|50|GBP|-\n10 US dollars|10|USD|-\n10 dollars US|10|USD|-\n5 livres sterling|5|GBP|-");
	CHECK_STR(quantities("3 milliards de billets verts, 100 yuans, 100 roubles", FRN_WANT_AMOUNTS, NULL),
			  "3 milliards de billets verts|3000000000|USD|-\n100 yuans|100|CNY|-\n100 roubles|100|RUB|-");
	/*
	 * no ISO code: bitcoins are not reported; slang and words that may not
	 * be money wait for a reading; plain francs are money in a currency
	 * the text does not name (no code)
	 */
	CHECK_STR(quantities("2 bitcoins, 20 balles, 12 livres, 528 millions de francs", FRN_WANT_AMOUNTS, NULL),
			  "528 millions de francs|528000000||-");
	CHECK_STR(quantities("2 bitcoins, 20 balles, 12 livres, 528 millions de francs", FRN_WANT_AMOUNTS,
						 readings(NULL, "balles=EUR, livre=GBP franc=CHF")),
			  "20 balles|20|EUR|-\n12 livres|12|GBP|-\n528 millions de francs|528000000|CHF|-");
	CHECK_STR(quantities("20 francs suisses", FRN_WANT_AMOUNTS, readings(NULL, "franc=XOF")),
			  "20 francs suisses|20|CHF|-");
	{
		const char *list = "franc=CHF, livre=FRX";
		frn_readings r;
		const char *bad;
		size_t		badlen;

		memset(&r, 0, sizeof r);
		CHECK(!frn_readings_parse(list, strlen(list), &r, &bad, &badlen));
		CHECK_INT(bad - list, 11);
		CHECK_INT(badlen, 9);
	}
}

/*
 * The currencies the euro replaced, by their ISO 4217 list-three codes;
 * names that another currency still bears stay unread alone.
 */
UNIT_TEST(amounts_euro_predecessors)
{
	frn_dec		v;
	char		cur[4];

	CHECK_STR(quantities("pour 420 millions de mark finlandais et 250 millions de florins hollandais",
						 FRN_WANT_AMOUNTS, NULL),
			  "420 millions de mark finlandais|420000000|FIM|-\n"
			  "250 millions de florins hollandais|250000000|NLG|-");
	CHECK_STR(quantities("10 000 francs français, 12 francs belges, 3 francs luxembourgeois",
						 FRN_WANT_AMOUNTS, NULL),
			  "10 000 francs français|10000|FRF|-\n12 francs belges|12|BEF|-\n"
			  "3 francs luxembourgeois|3|LUF|-");
	CHECK_STR(quantities("3 milliards de deutsche marks, 500 Deutschemarks, 2 marks allemands, 7 markkas",
						 FRN_WANT_AMOUNTS, NULL),
			  "3 milliards de deutsche marks|3000000000|DEM|-\n500 Deutschemarks|500|DEM|-\n"
			  "2 marks allemands|2|DEM|-\n7 markkas|7|FIM|-");
	CHECK_STR(quantities("2 millions de lires italiennes, 1 000 pesetas, 20 escudos portugais",
						 FRN_WANT_AMOUNTS, NULL),
			  "2 millions de lires italiennes|2000000|ITL|-\n1 000 pesetas|1000|ESP|-\n"
			  "20 escudos portugais|20|PTE|-");
	CHECK_STR(quantities("40 schillings autrichiens, 100 drachmes grecques, 5 livres irlandaises, 9 punts",
						 FRN_WANT_AMOUNTS, NULL),
			  "40 schillings autrichiens|40|ATS|-\n100 drachmes grecques|100|GRD|-\n"
			  "5 livres irlandaises|5|IEP|-\n9 punts|9|IEP|-");
	/* codes, before or after the number; and in the type's input */
	CHECK_STR(quantities("1000 DEM, FRF 250", FRN_WANT_AMOUNTS, NULL), "1000 DEM|1000|DEM|-\nFRF 250|250|FRF|-");
	CHECK(frn_money_parse("12.5 ITL", strlen("12.5 ITL"), NULL, &v, cur));
	CHECK_STR(cur, "ITL");
	/*
	 * florins (AWG), escudos (CVE), schillings alone: money of no named
	 * currency; lires ("lire" is a verb) and marks (a name, "Marks &
	 * Spencer") not read
	 */
	CHECK_STR(quantities("30 marks, 10 florins, 5 escudos, 8 lires, 4 schillings, 3 Marks & Spencer",
						 FRN_WANT_AMOUNTS, NULL), "10 florins|10||-\n5 escudos|5||-\n4 schillings|4||-");
	/* plain francs on request */
	CHECK_STR(quantities("528 millions de francs", FRN_WANT_AMOUNTS, readings(NULL, "franc=FRF")),
			  "528 millions de francs|528000000|FRF|-");
}

/* The unit as written and the number in it, for every family of forms. */
UNIT_TEST(amounts_units)
{
	frn_dec		v;
	char		cur[4];

	/* names, symbols, codes: the French name of the unit */
	CHECK_STR(units("5 euros, 50 pounds, 100 renminbi, 3 milliards de billets verts, 10 US dollars", NULL),
			  "5 euros|euro|5|EUR|-\n50 pounds|livre|50|GBP|-\n100 renminbi|yuan|100|CNY|-\n"
			  "3 milliards de billets verts|dollar|3000000000|USD|-\n10 US dollars|dollar|10|USD|-");
	CHECK_STR(units("$75 millions, £ 8, 5 ₺, 7 $ CAD, US$12", NULL),
			  "$75 millions|dollar|75000000|USD|-\n£ 8|livre|8|GBP|-\n5 ₺|livre|5|TRY|-\n"
			  "7 $ CAD|dollar|7|CAD|-\nUS$12|dollar|12|USD|-");
	CHECK_STR(units("CHF 100, 3 IEP, 10 XDR, EUR12,50", NULL),
			  "CHF 100|franc|100|CHF|-\n3 IEP|livre|3|IEP|-\n10 XDR|xdr|10|XDR|-\nEUR12,50|euro|12.5|EUR|-");
	/* sub-units alone: counted in the sub-unit, valued in the main unit */
	CHECK_STR(units("50 cents, 1,20 cents, 470 pence, un penny, 197 centimes", NULL),
			  "50 cents|cent|50|USD|-\n1,20 cents|cent|1.2|USD|-\n470 pence|penny|470|GBP|-\n"
			  "un penny|penny|1|GBP|-\n197 centimes|centime|197|EUR|-");
	CHECK_STR(units("6,65 milliards de pesewas, 23 centimes d’euro, 12 cents de dollar canadien", NULL),
			  "6,65 milliards de pesewas|pesewa|6650000000|GHS|-\n23 centimes d’euro|centime|23|EUR|-\n"
			  "12 cents de dollar canadien|cent|12|CAD|-");
	/* a sub-unit after a code, a symbol, a name: one amount in the main unit */
	CHECK_STR(units("4 USD et 75 centimes, 3 € 50, 10 livres 20 pence, 10 francs 50.", NULL),
			  "4 USD et 75 centimes|dollar|4.75|USD|-\n3 € 50|euro|3.5|EUR|-\n"
			  "10 livres 20 pence|livre|10.2|GBP|-\n10 francs 50|franc|10.5|?|-");
	/* ranges and approximations, in every family */
	CHECK_STR(units("entre 3 et 4 millions de francs, de 10 à 12 cents", NULL),
			  "3|franc|3000000|?|from\n4 millions de francs|franc|4000000|?|to\n"
			  "10|cent|10|USD|from\n12 cents|cent|12|USD|to");
	CHECK_STR(units("près de 50 cents, plus de 2 millions de pesos, environ 3 000 CHF", NULL),
			  "50 cents|cent|50|USD|about\n2 millions de pesos|peso|2000000|?|over\n"
			  "3 000 CHF|franc|3000|CHF|about");
	/* an unnamed currency read on request; the unit stays as written */
	CHECK_STR(units("528 millions de francs, 20 balles", readings(NULL, "franc=FRF balle=EUR")),
			  "528 millions de francs|franc|528000000|FRF|-\n20 balles|balle|20|EUR|-");
	/* "franc" the adjective before a noun; the currency before a function word or a mark */
	CHECK_STR(units("un franc succès, un franc débat ; pour un franc de plus, un franc.", NULL),
			  "un franc|franc|1|?|-\nun franc|franc|1|?|-");
	CHECK_STR(units("un franc succès", readings(NULL, "franc=CHF")), "");
	/* words that may not be money are not reported without a reading */
	CHECK_STR(units("20 balles, 12 livres, 30 marks, 8 lires, trois couronnes, 2 bitcoins", NULL), "");
	/* a bare range rises: the year of a date is no first end */
	CHECK_STR(units("après le 1 janvier 1990 à 1015 francs une part", NULL),
			  "1015 francs|franc|1015|?|-");
	CHECK_STR(units("de 1990 à 1015 francs, 3 à 4 francs", NULL),
			  "1990|franc|1990|?|from\n1015 francs|franc|1015|?|to\n3|franc|3|?|from\n"
			  "4 francs|franc|4|?|to");
	/* fr_money needs a currency */
	CHECK(!frn_money_parse("528 millions de francs", strlen("528 millions de francs"), NULL, &v, cur));
	CHECK(frn_money_parse("528 millions de francs", strlen("528 millions de francs"),
						  readings(NULL, "franc=FRF"), &v, cur));
	CHECK_STR(cur, "FRF");
}

/* Issue #12, family 4: qualifiers in all their forms, and ranges. */
UNIT_TEST(amounts_qualifiers_and_ranges)
{
	static const struct
	{
		const char *before;
		const char *qual;
	}			forms[] = {
		{"plus que", "over"}, {"plus de", "over"}, {"au-delà de", "over"}, {"au-dessus de", "over"},
		{"moins que", "under"}, {"moins de", "under"}, {"en dessous de", "under"},
		{"en-dessous de", "under"}, {"au-dessous de", "under"}, {"pas plus de", "upto"},
		{"au maximum", "upto"}, {"au plus", "upto"}, {"jusqu’à", "upto"}, {"au moins", "over"},
		{"au minimum", "over"}, {"pas moins de", "over"}, {"au bas mot", "over"},
		{"près de", "about"}, {"environ", "about"}, {"quelque", "about"},
		{"aux alentours de", "about"}, {"de l’ordre de", "about"}, {"autour de", "about"},
		{"un peu plus de", "over"}, {"un peu moins de", "under"}, {"plus ou moins", "about"},
		{"quasi", "about"}, {"quasiment", "about"}, {"presque", "about"}, {"à peine", "under"},
	};

	for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
	{
		char		text[128],
					want[128];

		snprintf(text, sizeof text, "Le coût atteint %s 5 euros.", forms[k].before);
		snprintf(want, sizeof want, "5 euros|5|EUR|%s", forms[k].qual);
		CHECK_STR(quantities(text, FRN_WANT_AMOUNTS, NULL), want);
		snprintf(text, sizeof text, "Le taux atteint %s 5 %%.", forms[k].before);
		snprintf(want, sizeof want, "5 %%|5|percent|%s", forms[k].qual);
		CHECK_STR(quantities(text, FRN_WANT_PERCENTS, NULL), want);
	}
	CHECK_STR(quantities("5 euros au bas mot", FRN_WANT_AMOUNTS, NULL), "5 euros|5|EUR|over");
	/* "ne … plus que" is "only"; "plus que les 9 milliards" compares with that sum */
	CHECK_STR(quantities("Elle ne gagne plus que 5.000 euros ; plus que les 9 milliards d’euros",
						 FRN_WANT_AMOUNTS, NULL),
			  "5.000 euros|5000|EUR|-\n9 milliards d’euros|9000000000|EUR|-");
	CHECK_STR(quantities("entre 3 et 4 milliards d’euros", FRN_WANT_AMOUNTS, NULL),
			  "3|3000000000|EUR|from\n4 milliards d’euros|4000000000|EUR|to");
	CHECK_STR(quantities("de 3 à 4 milliards d’euros", FRN_WANT_AMOUNTS, NULL),
			  "3|3000000000|EUR|from\n4 milliards d’euros|4000000000|EUR|to");
	CHECK_STR(quantities("3 à 4 milliards d’euros", FRN_WANT_AMOUNTS, NULL),
			  "3|3000000000|EUR|from\n4 milliards d’euros|4000000000|EUR|to");
	CHECK_STR(quantities("3-4 milliards d’euros", FRN_WANT_AMOUNTS, NULL),
			  "3|3000000000|EUR|from\n4 milliards d’euros|4000000000|EUR|to");
	CHECK_STR(quantities("3 ou 4 millions d’euros", FRN_WANT_AMOUNTS, NULL),
			  "3|3000000|EUR|from\n4 millions d’euros|4000000|EUR|to");
	CHECK_STR(quantities("plus de 50 %, entre 2 et 3 %, de 2 à 3 points de pourcentage", FRN_WANT_PERCENTS, NULL),
			  "50 %|50|percent|over\n2|2|percent|from\n3 %|3|percent|to\n2|2|points|from\n"
			  "3 points de pourcentage|3|points|to");
	/* collective numbers are approximate; signs */
	CHECK_STR(quantities("une dizaine de millions d’euros, des milliers d’euros, un millier de dollars",
						 FRN_WANT_AMOUNTS, NULL),
			  "une dizaine de millions d’euros|10000000|EUR|about\ndes milliers d’euros|1000|EUR|about\n"
			  "un millier de dollars|1000|USD|about");
	CHECK_STR(quantities("3 millions 200 000 euros ; un solde de moins 1200000 euros ; au moins 3 €",
						 FRN_WANT_AMOUNTS, NULL),
			  "3 millions 200 000 euros|3200000|EUR|-\nmoins 1200000 euros|-1200000|EUR|-\n3 €|3|EUR|over");
	CHECK_STR(quantities("les deux tiers d’un milliard d’euros", FRN_WANT_AMOUNTS, NULL),
			  "un milliard d’euros|1000000000|EUR|-");
}

/* Offsets of the new forms are in code points, 0-based in the core. */
UNIT_TEST(new_forms_offsets)
{
	const char *text = "Été : près de 3 € 50, puis à peine 23 centimes d’euro.";
	frn_quantities q = {NULL, 0, 0};

	frn_extract_quantities(text, strlen(text), FRN_WANT_AMOUNTS, NULL, &q);
	CHECK_INT(q.n, 2);
	if (q.n == 2)
	{
		CHECK_INT(q.q[0].char_start, 14);
		CHECK_INT(q.q[0].char_len, 6);
		CHECK_INT(q.q[0].qualifier, FRN_Q_ABOUT);
		CHECK_INT(q.q[1].char_start, 35);
		CHECK_INT(q.q[1].char_len, 18);
		CHECK_INT(q.q[1].qualifier, FRN_Q_UNDER);
	}
	frn_free(q.q);
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
	UNIT_RUN(fractions_past_the_exponent_bound);
	UNIT_RUN(numbers_signs_fractions_collectives);
	UNIT_RUN(amounts_glued_codes);
	UNIT_RUN(amounts_subunits);
	UNIT_RUN(amounts_names_and_readings);
	UNIT_RUN(amounts_euro_predecessors);
	UNIT_RUN(amounts_units);
	UNIT_RUN(amounts_qualifiers_and_ranges);
	UNIT_RUN(new_forms_offsets);
	UNIT_RUN(invariants_on_noise);
	UNIT_RUN(unit_anchors_at_every_offset);
	UNIT_RUN(quantities_across_chunk_cuts);
	UNIT_MAIN_END("test_money");
}
