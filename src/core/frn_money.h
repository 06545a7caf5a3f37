/*
 * frn_money.h — amounts of money and percentages in French text.
 *
 * Extraction finds amounts ("5,93 milliards de dollars", "10 Md€",
 * "$75 millions", "3 euros et 50 centimes") and percentages ("47 %",
 * "16 pour cent", "3 points de pourcentage") with the qualifier their
 * context gives them ("près de", "plus de", "pas moins de", "jusqu’à",
 * ranges).  Values are exact decimals (frn_number.h).
 *
 * Currencies: every active ISO 4217 code (data/iso4217/), plus French
 * names, symbols and adjectives of the most traded currencies.  A bare
 * "$", "dollar(s)" and "cent(s)" mean the caller's dollar currency (USD by
 * default; CAD for Québec press, ...).
 */
#ifndef FRN_MONEY_H
#define FRN_MONEY_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "frn_iso4217.h"
#include "frn_number.h"

typedef enum frn_qualifier
{
	FRN_Q_NONE = 0,
	FRN_Q_ABOUT,				/* environ, près de, quelque, autour de, ~ */
	FRN_Q_OVER,					/* plus de, au moins, au-delà de, dépasser, pas moins de */
	FRN_Q_UNDER,				/* moins de, à peine, en dessous de */
	FRN_Q_UPTO,					/* jusqu’à, au plus, pas plus de */
	FRN_Q_FROM,					/* first end of a range */
	FRN_Q_TO					/* second end of a range */
} frn_qualifier;

typedef enum frn_quantity_kind
{
	FRN_QK_AMOUNT = 0,
	FRN_QK_PERCENT,
	FRN_QK_POINTS				/* percentage points */
} frn_quantity_kind;

/* Room for a unit key ("schilling") or a lower-case ISO code, with its NUL. */
#define FRN_UNIT_KEY_SIZE 12

typedef struct frn_quantity
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;		/* 0-based code point offset */
	uint32_t	char_len;
	frn_dec		value;			/* in the main unit of the currency: 0.5 for "50 cents" */
	/*
	 * An amount: its unit as written, a lower-case singular key ("euro",
	 * "dollar", "cent", "centime", "penny", "franc"; a symbol or an ISO
	 * code gives the French name of its unit: "€" euro, "CHF" franc, else
	 * the code in lower case), and the number in that unit (50 for "50
	 * cents", equal to value for a main unit).  "" for a percentage.
	 */
	char		unit[FRN_UNIT_KEY_SIZE];
	frn_dec		unit_value;
	/*
	 * ISO 4217 code of an amount; "" for a percentage, and for an amount
	 * in a currency the text does not name: a plain name that is money in
	 * several currencies ("528 millions de francs": Swiss, CFA or French)
	 * when the caller gives no reading for it.
	 */
	char		currency[4];
	uint8_t		kind;			/* frn_quantity_kind */
	uint8_t		qualifier;		/* frn_qualifier */
} frn_quantity;

typedef struct frn_quantities
{
	frn_quantity *q;
	size_t		n;
	size_t		cap;
} frn_quantities;

/*
 * How to read the currency names that French press uses for several
 * currencies.  dollar: a bare "$", "dollar(s)" and "cent(s)" (NULL or ""
 * = "USD").  franc, livre, balle: plain "franc(s)", plain "livre(s)" at
 * any count ("12 livres") and the slang "balle(s)"; NULL or "" (the
 * default) leaves them unread: they are ambiguous (Swiss, CFA or the
 * withdrawn French franc; pounds or books; "balles" are euros in
 * speech, bullets or balls in print).  Codes must satisfy
 * frn_currency_valid.
 */
typedef struct frn_readings
{
	char		dollar[4];
	char		franc[4];
	char		livre[4];
	char		balle[4];
} frn_readings;

/*
 * Set the franc / livre / balle readings from a list such as "franc=CHF,
 * livre=GBP, balle=EUR" (pairs separated by commas or spaces; the names
 * may be plural).  Returns true, or false with *bad / *badlen the first
 * pair that is not one (unknown name, missing "=", invalid code).
 */
bool		frn_readings_parse(const char *s, size_t len, frn_readings *r,
							   const char **bad, size_t *badlen);

#define FRN_WANT_AMOUNTS	0x01
#define FRN_WANT_PERCENTS	0x02	/* percents and percentage points */

/*
 * Append the amounts and/or percentages of s[0..len) to out, in order of
 * start.  r: how to read the ambiguous names (NULL: a bare dollar is
 * USD, the others are not read).
 */
void		frn_extract_quantities(const char *s, size_t len, int want,
								   const frn_readings *r, frn_quantities *out);

/* Qualifier name for SQL/JSON ("about", "over", ...), NULL for none. */
const char *frn_qualifier_name(frn_qualifier q);

/*
 * The canonical text forms (output of the SQL types): "<plain decimal>
 * <ISO code>" and "<plain decimal>%", the decimal being -?[0-9]+(.[0-9]*[1-9])?
 * of any length (the SQL glue hands it to numeric); a fraction ending in 0
 * is left to the French reading ("100.000 EUR" = 100000).  s is trimmed.
 * Returns the length of the decimal part, 0 if s is not canonical.
 */
size_t		frn_money_canonical(const char *s, size_t len);
size_t		frn_percent_canonical(const char *s, size_t len);

/*
 * One French amount making up the whole text ("1,5 Md€", "10 000 $",
 * "douze euros"), without qualifier.  On success sets *value and
 * currency (NUL-terminated).
 */
bool		frn_money_parse(const char *s, size_t len, const frn_readings *r,
							frn_dec *value, char currency[4]);

/* One French percentage making up the whole text ("47 %", "16 pour cent"). */
bool		frn_percent_parse(const char *s, size_t len, frn_dec *value);

#endif
