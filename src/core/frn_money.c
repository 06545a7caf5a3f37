/*
 * frn_money.c — currencies, and extraction of amounts and percentages.
 *
 * The text is lexed in chunks that end at a sentence boundary (so memory
 * stays bounded on huge documents); within a chunk, every item that can
 * start a quantity (a number, a number word, a sign, a currency symbol or
 * code before a number) is tried against the grammar:
 *
 *   amount   := prefix-currency number | number [de|d’] currency [sub-unit]
 *   percent  := number (% | pour cent | pour-cent | pourcent(s) | pour 100)
 *   points   := number point(s) [de pourcentage | de base]
 *   range    := number (à|et|-) quantity      (the unit carried to the first)
 *             | quantity (à|et|-) quantity   after "de" / "entre"
 *
 * and the qualifier is read from the words before it (negations
 * included) or "environ" after it.
 */
#include "frn_money.h"

#include <stddef.h>
#include <string.h>

#include "frn_alloc.h"
#include "frn_iso4217.h"
#include "frn_numlex.h"

/* ------------------------------------------------------------------ */
/* Currencies                                                          */

/* An ISO code written in any case (as in "usd$", "$ cad"); sets up[4]. */
static bool
iso_code_ci(const char *w, size_t n, char up[4])
{
	if (n != 3)
		return false;
	for (int k = 0; k < 3; k++)
	{
		char		c = w[k];

		if (c >= 'a' && c <= 'z')
			c -= 32;
		if (c < 'A' || c > 'Z')
			return false;
		up[k] = c;
	}
	up[3] = '\0';
	return frn_currency_valid(up, 3);
}

/* Country prefixes and suffixes of "$": US$, C$, $ CAD, HK$, $ hk ... */
static const struct
{
	const char *prefix;
	const char *code;
	bool		spaced_ok;		/* may stand after "$" with a space ("$ c") */
}			dollar_countries[] = {
	{"us", "USD", true}, {"c", "CAD", true}, {"ca", "CAD", true}, {"can", "CAD", true},
	{"a", "AUD", false}, {"au", "AUD", true}, {"nz", "NZD", true}, {"hk", "HKD", true},
	{"s", "SGD", false}, {"sg", "SGD", true}, {"nt", "TWD", true}, {"mx", "MXN", true},
	{"r", "BRL", false}
};

/* The code a word next to "$" names (glued, or spaced when spaced_ok). */
static const char *
dollar_country(const char *w, size_t n, bool spaced, char buf[4])
{
	char		low[4];

	if (iso_code_ci(w, n, buf))
		return buf;
	if (n > 3)
		return NULL;
	for (size_t k = 0; k < n; k++)
		low[k] = (w[k] >= 'A' && w[k] <= 'Z') ? (char) (w[k] + 32) : w[k];
	for (size_t k = 0; k < sizeof(dollar_countries) / sizeof(dollar_countries[0]); k++)
		if (strlen(dollar_countries[k].prefix) == n &&
			memcmp(dollar_countries[k].prefix, low, n) == 0 &&
			(!spaced || dollar_countries[k].spaced_ok))
			return dollar_countries[k].code;
	return NULL;
}

/*
 * Units: every amount also says which unit its number counts, as written,
 * by a lower-case singular key ("euro", "dollar", "cent", "franc"): a
 * symbol or an ISO code gives the French name of its currency's unit, a
 * sub-unit its own name.
 */

/* Currency symbols (other than "$"). */
static const struct
{
	int32_t		cp;
	const char *code;
	const char *key;
}			symbols[] = {
	{0x20AC, "EUR", "euro"},	/* € */
	{0x00A3, "GBP", "livre"},	/* £ */
	{0x00A5, "JPY", "yen"},		/* ¥ */
	{0x20B9, "INR", "roupie"},	/* ₹ */
	{0x20BD, "RUB", "rouble"},	/* ₽ */
	{0x20A9, "KRW", "won"},		/* ₩ */
	{0x20BA, "TRY", "livre"},	/* ₺: livre turque */
	{0x20AA, "ILS", "shekel"},	/* ₪ */
};

static int
symbol_index(int32_t cp)
{
	for (int k = 0; k < (int) (sizeof(symbols) / sizeof(symbols[0])); k++)
		if (symbols[k].cp == cp)
			return k;
	return -1;
}

/*
 * Currency names (singular and plural lexicon ids), their meaning alone
 * (NULL: ambiguous alone; "$": the caller's dollar currency) and their
 * unit key.  `money`, for a name with no meaning alone: it is money
 * wherever a number counts it ("528 millions de francs": some franc), and
 * is reported with its unit and no currency; if false, it may not be money
 * at all ("20 balles" are bullets, "trois couronnes" crowns, "3 Marks &
 * Spencer", "lire" a verb) and stays unread unless the caller names its
 * currency.  (Plain "livres", books at small counts: livre_is_money.)
 */
typedef struct named_unit
{
	uint16_t	one,
				many;
	const char *code;
	const char *key;
	bool		money;
} named_unit;

static const named_unit heads[] = {
	{FRN_W_EURO, FRN_W_EUROS, "EUR", "euro", true},
	{FRN_W_DOLLAR, FRN_W_DOLLARS, "$", "dollar", true},
	{FRN_W_LIVRE, FRN_W_LIVRES, "GBP", "livre", true},
	{FRN_W_POUND, FRN_W_POUNDS, "GBP", "livre", true},
	{FRN_W_STERLING, FRN_W_STERLINGS, "GBP", "livre", true},
	{FRN_W_YEN, FRN_W_YENS, "JPY", "yen", true},
	{FRN_W_YUAN, FRN_W_YUANS, "CNY", "yuan", true},
	{FRN_W_RENMINBI, FRN_W_RENMINBIS, "CNY", "yuan", true},
	{FRN_W_WON, FRN_W_WONS, "KRW", "won", true},
	{FRN_W_ROUPIE, FRN_W_ROUPIES, "INR", "roupie", true},
	{FRN_W_ROUBLE, FRN_W_ROUBLES, "RUB", "rouble", true},
	{FRN_W_REAL, FRN_W_REALS, "BRL", "real", true},
	{FRN_W_REAIS, FRN_W_REAIS, "BRL", "real", true},
	{FRN_W_RAND, FRN_W_RANDS, "ZAR", "rand", true},
	{FRN_W_ZLOTY, FRN_W_ZLOTYS, "PLN", "zloty", true},
	{FRN_W_FORINT, FRN_W_FORINTS, "HUF", "forint", true},
	{FRN_W_SHEKEL, FRN_W_SHEKELS, "ILS", "shekel", true},
	{FRN_W_CEDI, FRN_W_CEDIS, "GHS", "cedi", true},
	{FRN_W_DEUTSCHEMARK, FRN_W_DEUTSCHEMARKS, "DEM", "mark", true},
	{FRN_W_MARKKA, FRN_W_MARKKAS, "FIM", "markka", true},
	{FRN_W_PESETA, FRN_W_PESETAS, "ESP", "peseta", true},
	{FRN_W_PUNT, FRN_W_PUNTS, "IEP", "punt", true},
	{FRN_W_DRACHME, FRN_W_DRACHMES, "GRD", "drachme", true},
	/* ambiguous alone: their complement names the currency */
	{FRN_W_FRANC, FRN_W_FRANCS, NULL, "franc", true},
	{FRN_W_FLORIN, FRN_W_FLORINS, NULL, "florin", true},	/* AWG today, NLG */
	{FRN_W_ESCUDO, FRN_W_ESCUDOS, NULL, "escudo", true},	/* CVE today, PTE */
	{FRN_W_SCHILLING, FRN_W_SCHILLINGS, NULL, "schilling", true},
	{FRN_W_PESO, FRN_W_PESOS, NULL, "peso", true},
	{FRN_W_DINAR, FRN_W_DINARS, NULL, "dinar", true},
	{FRN_W_DIRHAM, FRN_W_DIRHAMS, NULL, "dirham", true},
	{FRN_W_MARK, FRN_W_MARKS, NULL, "mark", false},
	{FRN_W_LIRE, FRN_W_LIRES, NULL, "lire", false},
	{FRN_W_COURONNE, FRN_W_COURONNES, NULL, "couronne", false},
	{FRN_W_BILLET, FRN_W_BILLETS, NULL, "billet", false},
	{FRN_W_BALLE, FRN_W_BALLES, NULL, "balle", false},
};

/* Sub-units: value / 100 in the currency given ("$": the caller's dollar). */
static const named_unit subunits[] = {
	{FRN_W_CENT, FRN_W_CENTS, "$", "cent", true},
	{FRN_W_CENTIME, FRN_W_CENTIMES, "EUR", "centime", true},
	{FRN_W_PENNY, FRN_W_PENCE, "GBP", "penny", true},
	{FRN_W_PESEWA, FRN_W_PESEWAS, "GHS", "pesewa", true},
};

#define NAMED(t) (t), sizeof(t) / sizeof((t)[0])

/* The entry of a table of names for a lexicon id, NULL if none. */
static const named_unit *
find_named(const named_unit *t, size_t n, uint16_t w)
{
	if (w == 0)
		return NULL;
	for (size_t k = 0; k < n; k++)
		if (t[k].one == w || t[k].many == w)
			return &t[k];
	return NULL;
}

/* Singular masculine form of a head or adjective id, for the table below. */
static uint16_t
canon(uint16_t w)
{
	switch (w)
	{
		case FRN_W_DOLLARS: return FRN_W_DOLLAR;
		case FRN_W_LIVRES: return FRN_W_LIVRE;
		case FRN_W_FRANCS: return FRN_W_FRANC;
		case FRN_W_COURONNES: return FRN_W_COURONNE;
		case FRN_W_PESOS: return FRN_W_PESO;
		case FRN_W_DINARS: return FRN_W_DINAR;
		case FRN_W_DIRHAMS: return FRN_W_DIRHAM;
		case FRN_W_YENS: return FRN_W_YEN;
		case FRN_W_YUANS: return FRN_W_YUAN;
		case FRN_W_WONS: return FRN_W_WON;
		case FRN_W_ROUPIES: return FRN_W_ROUPIE;
		case FRN_W_ROUBLES: return FRN_W_ROUBLE;
		case FRN_W_REALS: case FRN_W_REAIS: return FRN_W_REAL;
		case FRN_W_RANDS: return FRN_W_RAND;
		case FRN_W_CEDIS: return FRN_W_CEDI;
		case FRN_W_MARKS: return FRN_W_MARK;
		case FRN_W_FLORINS: return FRN_W_FLORIN;
		case FRN_W_LIRES: return FRN_W_LIRE;
		case FRN_W_ESCUDOS: return FRN_W_ESCUDO;
		case FRN_W_SCHILLINGS: return FRN_W_SCHILLING;
		case FRN_W_DRACHMES: return FRN_W_DRACHME;
		case FRN_W_ALLEMANDS: return FRN_W_ALLEMAND;
		case FRN_W_BELGES: return FRN_W_BELGE;
		case FRN_W_ITALIENNES: return FRN_W_ITALIENNE;
		case FRN_W_AUTRICHIENS: return FRN_W_AUTRICHIEN;
		case FRN_W_GRECQUES: return FRN_W_GRECQUE;
		case FRN_W_IRLANDAISES: return FRN_W_IRLANDAISE;
		case FRN_W_AMERICAINS: return FRN_W_AMERICAIN;
		case FRN_W_CANADIENS: return FRN_W_CANADIEN;
		case FRN_W_AUSTRALIENS: return FRN_W_AUSTRALIEN;
		case FRN_W_SINGAPOURIENS: return FRN_W_SINGAPOURIEN;
		case FRN_W_SUISSES: return FRN_W_SUISSE;
		case FRN_W_TURQUES: return FRN_W_TURQUE;
		case FRN_W_EGYPTIENNES: return FRN_W_EGYPTIENNE;
		case FRN_W_LIBANAISES: return FRN_W_LIBANAISE;
		case FRN_W_SUEDOISES: return FRN_W_SUEDOISE;
		case FRN_W_NORVEGIENNES: return FRN_W_NORVEGIENNE;
		case FRN_W_DANOISES: return FRN_W_DANOISE;
		case FRN_W_TCHEQUES: return FRN_W_TCHEQUE;
		case FRN_W_INDIENNES: return FRN_W_INDIENNE;
		case FRN_W_MEXICAINS: return FRN_W_MEXICAIN;
		case FRN_W_ARGENTINS: return FRN_W_ARGENTIN;
		case FRN_W_SUDAFRICAINS: return FRN_W_SUDAFRICAIN;
		case FRN_W_BRESILIENS: return FRN_W_BRESILIEN;
		case FRN_W_SUDCOREENS: return FRN_W_SUDCOREEN;
		case FRN_W_RUSSES: return FRN_W_RUSSE;
		case FRN_W_MAROCAINS: return FRN_W_MAROCAIN;
		case FRN_W_ALGERIENS: return FRN_W_ALGERIEN;
		case FRN_W_TUNISIENS: return FRN_W_TUNISIEN;
		case FRN_W_EMIRATIS: return FRN_W_EMIRATI;
		case FRN_W_STERLINGS: return FRN_W_STERLING;
		case FRN_W_BILLETS: return FRN_W_BILLET;
		case FRN_W_BALLES: return FRN_W_BALLE;
		case FRN_W_VERTS: return FRN_W_VERT;
		default: return w;
	}
}

/* Head + complement → code ("dollars de Hong Kong", "francs suisses"). */
static const struct
{
	uint16_t	head;
	uint16_t	w[3];
	const char *code;
	const char *key;			/* NULL: the head's */
}			currency_names[] = {
	{FRN_W_DOLLAR, {FRN_W_AMERICAIN}, "USD", NULL},
	{FRN_W_DOLLAR, {FRN_W_US}, "USD", NULL},
	{FRN_W_DOLLAR, {FRN_W_DES, FRN_W_ETATSUNIS}, "USD", NULL},
	{FRN_W_DOLLAR, {FRN_W_CANADIEN}, "CAD", NULL},
	{FRN_W_DOLLAR, {FRN_W_AUSTRALIEN}, "AUD", NULL},
	{FRN_W_DOLLAR, {FRN_W_NEOZELANDAIS}, "NZD", NULL},
	{FRN_W_DOLLAR, {FRN_W_HONGKONGAIS}, "HKD", NULL},
	{FRN_W_DOLLAR, {FRN_W_DE, FRN_W_HONG, FRN_W_KONG}, "HKD", NULL},
	{FRN_W_DOLLAR, {FRN_W_SINGAPOURIEN}, "SGD", NULL},
	{FRN_W_DOLLAR, {FRN_W_DE, FRN_W_SINGAPOUR}, "SGD", NULL},
	{FRN_W_DOLLAR, {FRN_W_TAIWANAIS}, "TWD", NULL},
	{FRN_W_LIVRE, {FRN_W_STERLING}, "GBP", NULL},
	{FRN_W_LIVRE, {FRN_W_TURQUE}, "TRY", NULL},
	{FRN_W_LIVRE, {FRN_W_EGYPTIENNE}, "EGP", NULL},
	{FRN_W_LIVRE, {FRN_W_LIBANAISE}, "LBP", NULL},
	{FRN_W_FRANC, {FRN_W_SUISSE}, "CHF", NULL},
	{FRN_W_FRANC, {FRN_W_CFA}, "XOF", NULL},
	{FRN_W_COURONNE, {FRN_W_SUEDOISE}, "SEK", NULL},
	{FRN_W_COURONNE, {FRN_W_NORVEGIENNE}, "NOK", NULL},
	{FRN_W_COURONNE, {FRN_W_DANOISE}, "DKK", NULL},
	{FRN_W_COURONNE, {FRN_W_TCHEQUE}, "CZK", NULL},
	{FRN_W_PESO, {FRN_W_MEXICAIN}, "MXN", NULL},
	{FRN_W_PESO, {FRN_W_ARGENTIN}, "ARS", NULL},
	{FRN_W_ROUPIE, {FRN_W_INDIENNE}, "INR", NULL},
	{FRN_W_RAND, {FRN_W_SUDAFRICAIN}, "ZAR", NULL},
	{FRN_W_REAL, {FRN_W_BRESILIEN}, "BRL", NULL},
	{FRN_W_WON, {FRN_W_SUDCOREEN}, "KRW", NULL},
	{FRN_W_YEN, {FRN_W_JAPONAIS}, "JPY", NULL},
	{FRN_W_YUAN, {FRN_W_CHINOIS}, "CNY", NULL},
	{FRN_W_ROUBLE, {FRN_W_RUSSE}, "RUB", NULL},
	{FRN_W_DIRHAM, {FRN_W_MAROCAIN}, "MAD", NULL},
	{FRN_W_DIRHAM, {FRN_W_EMIRATI}, "AED", NULL},
	{FRN_W_DINAR, {FRN_W_ALGERIEN}, "DZD", NULL},
	{FRN_W_DINAR, {FRN_W_TUNISIEN}, "TND", NULL},
	{FRN_W_BILLET, {FRN_W_VERT}, "USD", "dollar"},	/* the greenback */
	/* the currencies the euro replaced (ISO 4217 list three) */
	{FRN_W_FRANC, {FRN_W_FRANCAIS}, "FRF", NULL},
	{FRN_W_FRANC, {FRN_W_BELGE}, "BEF", NULL},
	{FRN_W_FRANC, {FRN_W_LUXEMBOURGEOIS}, "LUF", NULL},
	{FRN_W_MARK, {FRN_W_ALLEMAND}, "DEM", NULL},
	{FRN_W_MARK, {FRN_W_FINLANDAIS}, "FIM", NULL},
	{FRN_W_FLORIN, {FRN_W_HOLLANDAIS}, "NLG", NULL},
	{FRN_W_FLORIN, {FRN_W_NEERLANDAIS}, "NLG", NULL},
	{FRN_W_LIRE, {FRN_W_ITALIENNE}, "ITL", NULL},
	{FRN_W_ESCUDO, {FRN_W_PORTUGAIS}, "PTE", NULL},
	{FRN_W_SCHILLING, {FRN_W_AUTRICHIEN}, "ATS", NULL},
	{FRN_W_LIVRE, {FRN_W_IRLANDAISE}, "IEP", NULL},
	{FRN_W_DRACHME, {FRN_W_GRECQUE}, "GRD", NULL},
};

/* ------------------------------------------------------------------ */
/* Matching over items                                                 */

typedef struct ctx
{
	const char *s;
	const frn_item *it;
	size_t		n;
	const char *dollar;
	const frn_readings *r;		/* never NULL */
	char		buf[4];			/* storage for codes built on the fly */
} ctx;

/* The caller's reading of an ambiguous head (canonical id), NULL if none. */
static const char *
explicit_reading(const ctx *c, uint16_t head)
{
	const char *code = head == FRN_W_FRANC ? c->r->franc :
		head == FRN_W_LIVRE ? c->r->livre :
		head == FRN_W_BALLE ? c->r->balle : NULL;

	return code && code[0] ? code : NULL;
}

static inline uint16_t
wid_at(const ctx *c, size_t i)
{
	if (i >= c->n || (c->it[i].kind != FRN_IT_WORD && c->it[i].kind != FRN_IT_ELISION))
		return 0;
	return c->it[i].wid;
}

static inline bool
glued(const ctx *c, size_t i)
{
	return i < c->n && !(c->it[i].flags & FRN_IF_SPACE);
}

static inline bool
sym_at(const ctx *c, size_t i, int32_t cp)
{
	return i < c->n && c->it[i].kind == FRN_IT_SYM && c->it[i].cp == cp;
}

/*
 * Item k is a lower-case word that is not a function word, so that the
 * word before it qualifies it: "100 % électrique", "un franc succès".
 */
static bool
before_content_word(const ctx *c, size_t k)
{
	const frn_item *nx;
	unsigned char ch;

	if (k >= c->n)
		return false;
	nx = &c->it[k];
	if (nx->kind != FRN_IT_WORD)
		return false;
	ch = (unsigned char) c->s[nx->b];
	if (ch >= 'A' && ch <= 'Z')
		return false;
	switch (nx->wid)
	{
		case FRN_W_DE: case FRN_W_DES: case FRN_W_DU: case FRN_W_A: case FRN_W_AU:
		case FRN_W_AUX: case FRN_W_EN: case FRN_W_PAR: case FRN_W_POUR: case FRN_W_SUR:
		case FRN_W_DANS: case FRN_W_ET: case FRN_W_OU: case FRN_W_QUE: case FRN_W_QUI:
		case FRN_W_LA: case FRN_W_LE: case FRN_W_LES: case FRN_W_CE: case FRN_W_CETTE:
		case FRN_W_CES: case FRN_W_SELON: case FRN_W_CONTRE: case FRN_W_SONT: case FRN_W_EST:
		case FRN_W_SERA: case FRN_W_ETAIT: case FRN_W_ONT: case FRN_W_SOIT: case FRN_W_CAR:
		case FRN_W_MAIS: case FRN_W_DONT: case FRN_W_AVEC: case FRN_W_SANS: case FRN_W_CHEZ:
		case FRN_W_VERS: case FRN_W_APRES: case FRN_W_AVANT: case FRN_W_DEPUIS:
		case FRN_W_PENDANT: case FRN_W_SEULEMENT: case FRN_W_PLUS: case FRN_W_MOINS:
		case FRN_W_ENVIRON: case FRN_W_ENTRE: case FRN_W_NE: case FRN_W_PAS: case FRN_W_CONTRE2:
		case FRN_W_UN: case FRN_W_UNE:
			return false;
		default:
			return true;
	}
}

/* A unit found after a number. */
typedef struct unit
{
	uint8_t		kind;			/* frn_quantity_kind */
	char		code[4];		/* "" for an amount: a currency the text does not name */
	char		key[FRN_UNIT_KEY_SIZE];	/* the unit as written: "euro", "cent" */
	size_t		end;			/* first item after the unit */
	int			shift;			/* value × 10^shift (sub-units -2, basis points -2) */
	bool		is_word;		/* a currency name (may take a sub-unit after it) */
	bool		plain_livre;	/* "livre(s)" alone: pounds, or books */
} unit;

/* code: an ISO code, or "" (an amount in a currency the text does not name) */
static void
set_code(unit *u, const char *code)
{
	memcpy(u->code, code, code[0] ? 3 : 0);
	u->code[code[0] ? 3 : 0] = '\0';
}

static void
set_key(unit *u, const char *key)
{
	size_t		n = strlen(key);

	if (n >= sizeof u->key)
		n = sizeof u->key - 1;
	memcpy(u->key, key, n);
	u->key[n] = '\0';
}

/*
 * The key of the unit an ISO code counts: that of the name frnews reads
 * for the currency ("CHF": franc, "IEP": livre), else the code in lower
 * case ("xdr").
 */
static void
set_code_and_key(unit *u, const char *code)
{
	set_code(u, code);
	for (size_t k = 0; k < sizeof(currency_names) / sizeof(currency_names[0]); k++)
		if (strcmp(currency_names[k].code, u->code) == 0)
		{
			const named_unit *hd = find_named(NAMED(heads), currency_names[k].head);

			set_key(u, currency_names[k].key ? currency_names[k].key : hd->key);
			return;
		}
	for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
		if (heads[k].code && strcmp(heads[k].code, u->code) == 0)
		{
			set_key(u, heads[k].key);
			return;
		}
	for (int k = 0; k < 3; k++)
		u->key[k] = (char) (u->code[k] + ('a' - 'A'));
	u->key[3] = '\0';
}

/*
 * A currency written as a word item, before or after the number: a country
 * glued to "$" ("US$", "C$", "usd$") or an ISO code in capitals ("EUR",
 * "CHF").  Sets u and returns true when item i is one.
 */
static bool
code_word_currency(ctx *c, size_t i, unit *u)
{
	const frn_item *x = &c->it[i];

	if (sym_at(c, i + 1, '$') && glued(c, i + 1))
	{
		const char *cc = dollar_country(c->s + x->b, x->bl, false, c->buf);

		if (cc)
		{
			set_code(u, cc);
			set_key(u, "dollar");
			u->end = i + 2;
			return true;
		}
	}
	if ((x->flags & FRN_IF_ALLCAPS) && x->bl == 3 && frn_currency_valid(c->s + x->b, 3))
	{
		char		code[4];

		memcpy(code, c->s + x->b, 3);
		code[3] = '\0';
		set_code_and_key(u, code);
		u->end = i + 1;
		return true;
	}
	return false;
}

/* A currency symbol at item i: "€", "$" (with "$CAD", "$ US", "$ c", "$ hk" when `country`). */
static bool
symbol_currency(ctx *c, size_t i, bool country, unit *u)
{
	const frn_item *x = &c->it[i];
	int			k;

	u->end = i + 1;
	if (x->cp == '$')
	{
		set_code(u, c->dollar);
		set_key(u, "dollar");
		if (country && i + 1 < c->n && c->it[i + 1].kind == FRN_IT_WORD)
		{
			const frn_item *w = &c->it[i + 1];
			const char *cc = dollar_country(c->s + w->b, w->bl,
											(w->flags & FRN_IF_SPACE) != 0, c->buf);

			if (cc)
			{
				set_code(u, cc);
				u->end = i + 2;
			}
		}
		return true;
	}
	if ((k = symbol_index(x->cp)) < 0)
		return false;
	set_code(u, symbols[k].code);
	set_key(u, symbols[k].key);
	return true;
}

/*
 * A currency name at item i, with its complement ("dollars de Hong Kong",
 * "francs suisses"), or read as the caller says ("franc=FRF"), or a name
 * that is money in an unnamed currency (code "").
 */
static bool
name_currency(ctx *c, size_t i, unit *u)
{
	const named_unit *hd = find_named(NAMED(heads), c->it[i].wid);
	uint16_t	h = canon(c->it[i].wid);
	size_t		best_len = 0;
	int			best = -1;
	const char *code;

	if (!hd)
		return false;
	for (size_t k = 0; k < sizeof(currency_names) / sizeof(currency_names[0]); k++)
	{
		size_t		len = 0;
		bool		ok = true;

		if (currency_names[k].head != h)
			continue;
		while (len < 3 && currency_names[k].w[len])
		{
			if (canon(wid_at(c, i + 1 + len)) != currency_names[k].w[len])
			{
				ok = false;
				break;
			}
			len++;
		}
		if (ok && len > best_len)
		{
			best_len = len;
			best = (int) k;
		}
	}
	/* "un franc succès", "un franc débat": the adjective (frank), not the currency */
	if (best < 0 && c->it[i].wid == FRN_W_FRANC && before_content_word(c, i + 1))
		return false;
	u->plain_livre = false;
	set_key(u, hd->key);
	if (best >= 0)
	{
		code = currency_names[best].code;
		if (currency_names[best].key)
			set_key(u, currency_names[best].key);
	}
	else
	{
		const char *reading = explicit_reading(c, h);

		code = reading ? reading : hd->code;
		if (!code && !hd->money)
			return false;
		if (!code)
			code = "";
		else if (code[0] == '$')
			code = c->dollar;
		u->plain_livre = (h == FRN_W_LIVRE && !reading);
	}
	set_code(u, code);
	u->end = i + 1 + best_len;
	u->is_word = true;
	return true;
}

/*
 * A currency at items[i] in suffix position: symbol (with "$ CAD", "$ c"),
 * ISO code in capitals, "US$", a name with its complement, a sub-unit.
 */
static bool
currency_at(ctx *c, size_t i, unit *u)
{
	const frn_item *x;
	const named_unit *sub;

	if (i >= c->n)
		return false;
	x = &c->it[i];
	u->kind = FRN_QK_AMOUNT;
	u->shift = 0;
	u->is_word = false;
	if (x->kind == FRN_IT_SYM)
		return symbol_currency(c, i, true, u);
	if (x->kind != FRN_IT_WORD)
		return false;
	if (code_word_currency(c, i, u))
		return true;
	if (x->wid == 0)
		return false;
	if ((sub = find_named(NAMED(subunits), x->wid)) != NULL)
	{
		unit		named;

		set_code(u, sub->code[0] == '$' ? c->dollar : sub->code);
		set_key(u, sub->key);
		u->end = i + 1;
		u->shift = -2;
		/* "23 centimes d’euro", "12 cents de dollar canadien" */
		if ((wid_at(c, i + 1) == FRN_W_DE || wid_at(c, i + 1) == FRN_W_D) &&
			!find_named(NAMED(subunits), wid_at(c, i + 2)) && currency_at(c, i + 2, &named) &&
			named.is_word)
		{
			memcpy(u->code, named.code, 4);
			u->end = named.end;
		}
		return true;
	}
	/* "10 US dollars", "10 deutsche marks" */
	if ((x->wid == FRN_W_US && canon(wid_at(c, i + 1)) == FRN_W_DOLLAR) ||
		(x->wid == FRN_W_DEUTSCHE && canon(wid_at(c, i + 1)) == FRN_W_MARK))
	{
		set_code(u, x->wid == FRN_W_US ? "USD" : "DEM");
		set_key(u, x->wid == FRN_W_US ? "dollar" : "mark");
		u->end = i + 2;
		u->is_word = true;
		return true;
	}
	return name_currency(c, i, u);
}

/* Rate and index words deciding whether bare "N points" are percentage points. */
static bool
points_are_rate(const ctx *c, size_t i)
{
	size_t		lo = i,
				hi = i;
	bool		rate = false;

	while (lo > 0)
	{
		const frn_item *p = &c->it[lo - 1];

		if (p->kind == FRN_IT_PUNCT && (p->cp == '.' || p->cp == '!' || p->cp == '?' || p->cp == ';'))
			break;
		if (c->it[lo].flags & FRN_IF_NEWLINE)
			break;
		lo--;
	}
	while (hi + 1 < c->n)
	{
		const frn_item *p = &c->it[hi + 1];

		if (p->kind == FRN_IT_PUNCT && (p->cp == '.' || p->cp == '!' || p->cp == '?' || p->cp == ';'))
			break;
		if (p->flags & FRN_IF_NEWLINE)
			break;
		hi++;
	}
	for (size_t k = lo; k <= hi; k++)
	{
		const frn_item *p = &c->it[k];

		if (p->kind == FRN_IT_SYM && p->cp == '%')
			rate = true;
		else if (p->kind == FRN_IT_WORD)
			switch (p->wid)
			{
				case FRN_W_TAUX: case FRN_W_POURCENTAGE: case FRN_W_POURCENTAGES:
				case FRN_W_INFLATION: case FRN_W_CHOMAGE: case FRN_W_CROISSANCE:
				case FRN_W_MARGE: case FRN_W_PART: case FRN_W_PARTS:
				case FRN_W_POURCENT: case FRN_W_POURCENTS: case FRN_W_POURCENTCOMP:
					rate = true;
					break;
				case FRN_W_POUR:
					if (wid_at(c, k + 1) == FRN_W_CENT)
						rate = true;
					break;
				case FRN_W_INDICE: case FRN_W_CAC: case FRN_W_DOW: case FRN_W_NASDAQ:
				case FRN_W_DAX: case FRN_W_NIKKEI: case FRN_W_FTSE: case FRN_W_FOOTSIE:
				case FRN_W_STOXX: case FRN_W_SBF: case FRN_W_BOURSE:
					return false;
				default:
					break;
			}
	}
	return rate;
}

/* A percent unit or percentage points at items[k], after the number np. */
static bool
percent_at(ctx *c, size_t k, const frn_numparse *np, unit *u)
{
	uint16_t	w = wid_at(c, k);

	u->code[0] = '\0';
	u->shift = 0;
	u->is_word = false;
	u->kind = FRN_QK_PERCENT;
	if (sym_at(c, k, '%'))
	{
		u->end = k + 1;
		return true;
	}
	if (k >= c->n || c->it[k].kind != FRN_IT_WORD)
		return false;
	switch (w)
	{
		case FRN_W_POUR:
			if (c->it[k].flags & FRN_IF_HYPHEN)
				return false;
			if (wid_at(c, k + 1) == FRN_W_CENT && !(c->it[k + 1].flags & FRN_IF_HYPHEN))
			{
				u->end = k + 2;
				return true;
			}
			if (k + 1 < c->n && c->it[k + 1].kind == FRN_IT_NUM &&
				c->it[k + 1].num.coef == 100 && c->it[k + 1].num.exp == 0)
			{
				u->end = k + 2;
				return true;
			}
			return false;
		case FRN_W_POURCENTAGE: case FRN_W_POURCENTAGES:
			/* "un pourcentage" is "a percentage", not 1 % */
			if ((np->flags & FRN_NF_WORDS) && np->value.coef == 1 && np->value.exp == 0)
				return false;
			u->end = k + 1;
			return true;
		case FRN_W_POURCENTCOMP: case FRN_W_POURCENT: case FRN_W_POURCENTS:
			u->end = k + 1;
			return true;
		case FRN_W_POINT: case FRN_W_POINTS:
			u->kind = FRN_QK_POINTS;
			u->end = k + 1;
			if (wid_at(c, k + 1) == FRN_W_DE)
			{
				uint16_t	w2 = wid_at(c, k + 2);

				if (w2 == FRN_W_POURCENTAGE || w2 == FRN_W_POURCENTAGES)
				{
					u->end = k + 3;
					return true;
				}
				if (w2 == FRN_W_BASE)
				{
					u->end = k + 3;
					u->shift = -2;
					return true;
				}
			}
			if (wid_at(c, k + 1) == FRN_W_D && (wid_at(c, k + 2) == FRN_W_POURCENTAGE ||
												wid_at(c, k + 2) == FRN_W_POURCENTAGES))
			{
				u->end = k + 3;
				return true;
			}
			/* "0,5 point de PIB", "2 points de croissance": points of a rate */
			if (wid_at(c, k + 1) == FRN_W_DE || wid_at(c, k + 1) == FRN_W_D)
				switch (wid_at(c, k + 2))
				{
					case FRN_W_PIB: case FRN_W_CROISSANCE: case FRN_W_TAUX:
					case FRN_W_CHOMAGE: case FRN_W_INFLATION: case FRN_W_MARGE:
						return true;
					case FRN_W_PLUS: case FRN_W_MOINS: case FRN_W_AVANCE:
					case FRN_W_ECART: case FRN_W_POPULARITE:
						break;	/* "12 points de plus", "20 points d’avance": see the context */
					default:
						return false;	/* "points de contrôle", "points de vente" */
				}
			/* bare "N points": percentage points of a rate, never 150 of them */
			{
				frn_dec		hundred = {100, 0};

				if (frn_dec_cmp(&np->value, &hundred) > 0)
					return false;
				/* "d’un point aérodynamique", "sur un point": idioms, not a rate */
				if ((np->flags & FRN_NF_WORDS) && np->value.coef == 1 && np->value.exp == 0)
					return false;
			}
			return points_are_rate(c, k);
		default:
			return false;
	}
}

/*
 * Plain "livre(s)" is pounds sterling with a scale ("361 millions de
 * livres"), a fraction ("2,5 livres"), "une livre" or a large count; "un
 * livre", "deux livres", "12 livres" are books.
 */
static bool
livre_is_money(const ctx *c, const frn_numparse *np)
{
	frn_dec		thousand = {1000, 0};
	frn_dec		v = np->value;

	if (np->flags & FRN_NF_SCALE)
		return true;
	frn_dec_normalize(&v);
	if (v.exp < 0)
		return true;
	if (np->flags & FRN_NF_WORDS)
		return wid_at(c, np->end - 1) == FRN_W_UNE || frn_dec_cmp(&v, &thousand) >= 0;
	return frn_dec_cmp(&v, &thousand) >= 0;
}

/* "10 livres 20 pence", "2 livres et 5 pence": pence make plain "livres" money. */
static bool
pence_follow(const ctx *c, size_t k)
{
	frn_numparse np;

	if (wid_at(c, k) == FRN_W_ET)
		k++;
	if (k >= c->n || c->it[k].kind != FRN_IT_NUM ||
		!frn_parse_number_items(c->s, c->it, c->n, k, &np))
		return false;
	return wid_at(c, np.end) == FRN_W_PENCE || wid_at(c, np.end) == FRN_W_PENNY;
}

/* The unit after a number (np): percent, points or currency. */
static bool
unit_after(ctx *c, const frn_numparse *np, int want, unit *u)
{
	size_t		k = np->end;

	if ((want & FRN_WANT_PERCENTS) && percent_at(c, k, np, u))
		return true;
	if (!(want & FRN_WANT_AMOUNTS))
		return false;
	u->plain_livre = false;
	if (!currency_at(c, k, u))
	{
		/*
		 * "75 millions de dollars", "cinq millions de yens", "un million
		 * d’euros", "6,65 milliards de pesewas" (but "de cent(s)" is a number)
		 */
		if (!((np->flags & (FRN_NF_SCALE | FRN_NF_WORDS)) &&
			  (wid_at(c, k) == FRN_W_DE || wid_at(c, k) == FRN_W_D) &&
			  currency_at(c, k + 1, u) &&
			  (u->shift == 0 || (wid_at(c, k + 1) != FRN_W_CENT && wid_at(c, k + 1) != FRN_W_CENTS))))
			return false;
	}
	return !u->plain_livre || livre_is_money(c, np) || pence_follow(c, u->end);
}

/* "100 % électrique", "100 % remboursé": an adjectival percent, not a quantity. */
static bool
adjectival_percent(const ctx *c, const frn_numparse *np, const unit *u)
{
	if (u->kind != FRN_QK_PERCENT || np->value.coef != 1 || np->value.exp != 2)
		return false;
	if (u->end >= c->n)
		return false;
	return before_content_word(c, u->end);
}

/*
 * A "ne"/"n’" among the few items before items[k]: the 4 before, within
 * the clause ("ne peuvent être facturés plus de"), or with `wide` the 10
 * before, within the sentence ("ne concernent, en 2016, plus que 7 %").
 */
static bool
negated_before(const ctx *c, size_t k, bool wide)
{
	size_t		reach = wide ? 10 : 4;

	for (size_t j = k; j > 0 && k - j < reach; j--)
	{
		const frn_item *p = &c->it[j - 1];

		if (p->kind == FRN_IT_PUNCT && (!wide || p->cp == '.' || p->cp == '!' || p->cp == '?' ||
										p->cp == ';'))
			return false;
		if (!wide && (p->kind == FRN_IT_NUM || p->kind == FRN_IT_SYM))
			return false;
		if (wid_at(c, j - 1) == FRN_W_NE || wid_at(c, j - 1) == FRN_W_N)
			return true;
	}
	return false;
}

/* Qualifier from the words before items[i] (and "environ" after `end`). */
static frn_qualifier
qualifier_at(const ctx *c, size_t i, size_t end)
{
	uint16_t	w1,
				w2,
				w3;

	if (i > 0)
	{
		const frn_item *p = &c->it[i - 1];

		if (p->kind == FRN_IT_SYM && (p->cp == '~' || p->cp == 0x2248))
			return FRN_Q_ABOUT;
		w1 = wid_at(c, i - 1);
		w2 = i > 1 ? wid_at(c, i - 2) : 0;
		w3 = i > 2 ? wid_at(c, i - 3) : 0;
		switch (w1)
		{
			case FRN_W_ENVIRON: case FRN_W_QUELQUE: case FRN_W_APPROXIMATIVEMENT:
			case FRN_W_PRESQUE: case FRN_W_QUASIMENT: case FRN_W_QUASI:
				return FRN_Q_ABOUT;
			case FRN_W_QUE:
				/*
				 * plus que, moins que; pas plus que, pas moins que.  Not "ne
				 * gagne plus que 60 euros" (only: the "ne" may stand far
				 * before), nor "plus que les 9 milliards" (a comparison with
				 * that sum: the gap is "que les").
				 */
				if (c->it[i - 1].cl != 3)
					break;
				if (w2 == FRN_W_PLUS)
					return w3 == FRN_W_PAS ? FRN_Q_UPTO :
						negated_before(c, i - 2, true) ? FRN_Q_NONE : FRN_Q_OVER;
				if (w2 == FRN_W_MOINS)
					return w3 == FRN_W_PAS ? FRN_Q_OVER : FRN_Q_UNDER;
				break;
			case FRN_W_MOT:
				if (w2 == FRN_W_BAS && w3 == FRN_W_AU)
					return FRN_Q_OVER;
				break;
			case FRN_W_DE: case FRN_W_D:
				switch (w2)
				{
					case FRN_W_PRES: case FRN_W_AUTOUR: case FRN_W_LOIN: case FRN_W_ALENTOURS:
					case FRN_W_ORDRE:
						return FRN_Q_ABOUT;
					case FRN_W_AUDESSUS:
						return FRN_Q_OVER;
					case FRN_W_DESSUS:
						return w3 == FRN_W_AU ? FRN_Q_OVER : FRN_Q_NONE;
					case FRN_W_AUDESSOUS: case FRN_W_ENDESSOUS:
						return FRN_Q_UNDER;
					case FRN_W_PLUS:
						/* pas plus de, ne … plus de: at most (but "n’inclut pas les plus de") */
						if (w3 == FRN_W_LES || w3 == FRN_W_DES || w3 == FRN_W_LE || w3 == FRN_W_LA)
							return FRN_Q_OVER;
						if (w3 == FRN_W_PAS || negated_before(c, i - 2, false))
							return FRN_Q_UPTO;
						return FRN_Q_OVER;
					case FRN_W_MOINS:
						if (w3 == FRN_W_PAS)
							return FRN_Q_OVER;	/* pas moins de: a lower bound */
						return FRN_Q_UNDER;
					case FRN_W_AUDELA: case FRN_W_DELA:
						return FRN_Q_OVER;
					case FRN_W_DESSOUS: case FRN_W_DECA:
						return FRN_Q_UNDER;
					default:
						break;
				}
				break;
			case FRN_W_A:
				if (w2 == FRN_W_JUSQU)
					return FRN_Q_UPTO;
				if (w2 == FRN_W_SUPERIEUR || w2 == FRN_W_SUPERIEURE ||
					w2 == FRN_W_SUPERIEURS || w2 == FRN_W_SUPERIEURES)
					return FRN_Q_OVER;
				if (w2 == FRN_W_INFERIEUR || w2 == FRN_W_INFERIEURE ||
					w2 == FRN_W_INFERIEURS || w2 == FRN_W_INFERIEURES)
					return FRN_Q_UNDER;
				break;
			case FRN_W_AU:
				if (w2 == FRN_W_JUSQU)
					return FRN_Q_UPTO;
				break;
			case FRN_W_PEINE:
				if (w2 == FRN_W_A)
					return FRN_Q_UNDER;
				break;
			case FRN_W_MOINS: case FRN_W_MINIMUM:
				if (w2 == FRN_W_AU)
					return FRN_Q_OVER;
				if (w1 == FRN_W_MOINS && w2 == FRN_W_OU && w3 == FRN_W_PLUS)
					return FRN_Q_ABOUT;	/* plus ou moins */
				break;
			case FRN_W_PLUS: case FRN_W_MAXIMUM:
				if (w2 == FRN_W_AU)
					return FRN_Q_UPTO;
				break;
			case FRN_W_DEPASSER: case FRN_W_DEPASSE: case FRN_W_DEPASSES:
			case FRN_W_DEPASSENT: case FRN_W_DEPASSANT: case FRN_W_DEPASSAIT:
			case FRN_W_DEPASSERA: case FRN_W_EXCEDER: case FRN_W_EXCEDE: case FRN_W_EXCEDANT:
				return FRN_Q_OVER;
			default:
				break;
		}
	}
	if (wid_at(c, end) == FRN_W_ENVIRON)
		return FRN_Q_ABOUT;
	if (wid_at(c, end) == FRN_W_AU && wid_at(c, end + 1) == FRN_W_BAS &&
		wid_at(c, end + 2) == FRN_W_MOT)
		return FRN_Q_OVER;
	return FRN_Q_NONE;
}

/* A matched quantity before emission. */
typedef struct qmatch
{
	size_t		start;			/* first item */
	size_t		end;			/* first item after */
	frn_dec		value;
	unit		u;
	frn_numparse np;
} qmatch;

static bool
apply_shift(frn_dec *v, int shift)
{
	v->exp += shift;
	return v->exp > -FRN_DEC_MAX_EXP && v->exp < FRN_DEC_MAX_EXP;
}

/*
 * Can a bare number that ends before item i be the cents of the amount
 * before it?  Where the text ends, at a punctuation mark other than a dash
 * (a dash makes a range: "3 € 50-60"), or before a function word ("3 € 50
 * pour un café", "2 euros 40 le kilo"); not before a noun it may count
 * ("20 euros 30 ans plus tôt").
 */
static bool
cents_end(const ctx *c, size_t i)
{
	uint16_t	w = wid_at(c, i);

	if (i >= c->n)
		return true;
	if (c->it[i].kind == FRN_IT_PUNCT)
		return c->it[i].cp != '-' && c->it[i].cp != 0x2013;
	return w >= FRN_W_FIRST_FUNCTION_WORD || w == FRN_W_POUR || w == FRN_W_A ||
		w == FRN_W_AU || w == FRN_W_ET || w == FRN_W_OU;
}

/*
 * "3 euros et 50 centimes", "15 dollars 15 cents", "15 dollars et 15.",
 * "4 USD et 75 centimes", "3 € 50": cents after a currency, as part of the
 * same amount.
 */
static void
add_subunit(ctx *c, qmatch *m)
{
	size_t		k = m->end;
	bool		et = false;
	frn_numparse np;
	size_t		after;

	if (m->u.shift != 0)
		return;
	if (wid_at(c, k) == FRN_W_ET)
	{
		et = true;
		k++;
	}
	if (k >= c->n || !frn_item_starts_number(c->s, c->it, c->n, k) ||
		!frn_parse_number_items(c->s, c->it, c->n, k, &np))
		return;
	/* an integer from 1 to 99 */
	if ((np.flags & (FRN_NF_SCALE | FRN_NF_SIGNED)) || np.value.exp < 0 || np.value.exp > 1 ||
		np.value.coef <= 0 || np.value.coef * (np.value.exp ? 10 : 1) >= 100)
		return;
	after = np.end;
	if (find_named(NAMED(subunits), wid_at(c, after)))
		after++;
	else if (!cents_end(c, after) ||
			 !(et || ((np.flags & FRN_NF_DIGITS) && c->it[k].ndigits == 2)))
		return;
	{
		frn_dec		cents = np.value,
					sum;

		cents.exp -= 2;
		if (!frn_dec_add(&sum, &m->value, &cents))
			return;
		m->value = sum;
		m->end = after;
	}
}

/* A currency before a number: "$75", "US$ 10", "€ 5", "EUR 1000", "£ 8,10 millions". */
static bool
prefix_currency(ctx *c, size_t i, unit *u)
{
	const frn_item *x = &c->it[i];

	u->kind = FRN_QK_AMOUNT;
	u->shift = 0;
	u->is_word = false;
	/* "$CAD 10" is rare; "$ US 10" too: keep the symbol alone */
	if (x->kind == FRN_IT_SYM)
		return symbol_currency(c, i, false, u);
	if (x->kind == FRN_IT_WORD)
		return code_word_currency(c, i, u);
	return false;
}

/* Try a quantity starting at items[i]. */
static bool
match_quantity(ctx *c, size_t i, int want, qmatch *m)
{
	unit		u;

	if (i >= c->n)
		return false;
	m->start = i;
	if ((want & FRN_WANT_AMOUNTS) && prefix_currency(c, i, &u) && u.end < c->n &&
		c->it[u.end].kind == FRN_IT_NUM &&
		frn_parse_number_items(c->s, c->it, c->n, u.end, &m->np))
	{
		m->u = u;
		m->value = m->np.value;
		m->end = m->np.end;
		return true;
	}
	if (!frn_item_starts_number(c->s, c->it, c->n, i) ||
		!frn_parse_number_items(c->s, c->it, c->n, i, &m->np))
		return false;
	if (!unit_after(c, &m->np, want, &m->u))
		return false;
	m->value = m->np.value;
	if (!apply_shift(&m->value, m->u.shift))
		return false;
	m->end = m->u.end;
	if (m->u.kind == FRN_QK_AMOUNT)
		add_subunit(c, m);
	return true;
}

static bool
connector_at(const ctx *c, size_t k, uint16_t *which)
{
	uint16_t	w = wid_at(c, k);

	*which = 0;
	if (w == FRN_W_A || w == FRN_W_ET || w == FRN_W_OU)
	{
		*which = w;
		return !(c->it[k].flags & FRN_IF_HYPHEN);
	}
	if (k < c->n && c->it[k].kind == FRN_IT_PUNCT &&
		(c->it[k].cp == '-' || c->it[k].cp == 0x2013 || c->it[k].cp == 0x2014))
		return true;
	return false;
}

static void
emit(ctx *c, const qmatch *m, const frn_dec *value, size_t end, frn_qualifier q,
	 frn_quantities *out)
{
	frn_quantity *o;
	const frn_item *first = &c->it[m->start];
	const frn_item *last = &c->it[end - 1];

	FRN_VEC_GROW(out->q, out->n, out->cap, 1);
	o = &out->q[out->n++];
	o->byte_start = first->b;
	o->byte_len = last->b + last->bl - first->b;
	o->char_start = first->c;
	o->char_len = last->c + last->cl - first->c;
	o->value = *value;
	frn_dec_normalize(&o->value);
	/* the number as written, in its unit: "50 cents" is 50, not 0.5 */
	o->unit_value = o->value;
	o->unit_value.exp -= m->u.shift;
	if (m->u.kind == FRN_QK_AMOUNT)
	{
		memcpy(o->currency, m->u.code, 4);
		memcpy(o->unit, m->u.key, sizeof o->unit);
	}
	else
		o->currency[0] = o->unit[0] = '\0';
	o->kind = m->u.kind;
	o->qualifier = (uint8_t) q;
}

static bool
kind_wanted(int want, uint8_t kind)
{
	return (kind == FRN_QK_AMOUNT) ? (want & FRN_WANT_AMOUNTS) : (want & FRN_WANT_PERCENTS);
}

/* Magnitude check for "N1 à N2": a year before "à 12 %" is no range. */
static bool
plausible_range(const frn_dec *v1, const frn_dec *v2)
{
	frn_dec		t;

	if (!frn_dec_mul_int(&t, v2, 10))
		return true;
	if (t.coef < 0)
		t.coef = -t.coef;
	{
		frn_dec		a = *v1;

		if (a.coef < 0)
			a.coef = -a.coef;
		return frn_dec_cmp(&a, &t) <= 0;
	}
}

/* Extract from one chunk of items. */
static void
extract_chunk(ctx *c, int want, frn_quantities *out)
{
	/* while scanning we ask for both kinds: a range or a sub-unit needs them */
	int			scan = FRN_WANT_AMOUNTS | FRN_WANT_PERCENTS;

	for (size_t i = 0; i < c->n;)
	{
		const frn_item *x = &c->it[i];
		qmatch		m1,
					m2;
		uint16_t	conn;

		/* cheap filter: only numbers, number words, signs and currency marks */
		if ((x->kind == FRN_IT_PUNCT && x->cp != '-') || x->kind == FRN_IT_BREAK ||
			x->kind == FRN_IT_ELISION || (x->flags & FRN_IF_GAP) ||
			(x->kind == FRN_IT_WORD && !(x->flags & (FRN_IF_ALLCAPS | FRN_IF_HYPHEN)) &&
			 !frn_item_starts_number(c->s, c->it, c->n, i) &&
			 !(sym_at(c, i + 1, '$') && glued(c, i + 1))))
		{
			i++;
			continue;
		}
		if (match_quantity(c, i, scan, &m1))
		{
			frn_qualifier q = qualifier_at(c, i, m1.end);
			uint16_t	before = i > 0 ? wid_at(c, i - 1) : 0;

			/* "une dizaine de millions d’euros" */
			if (q == FRN_Q_NONE && (m1.np.flags & FRN_NF_APPROX))
				q = FRN_Q_ABOUT;

			/* "de 10 % à 12 %", "entre 5 € et 6 €", "5 %-6 %" */
			if (connector_at(c, m1.end, &conn) && conn != FRN_W_OU &&
				((conn == FRN_W_A && (before == FRN_W_DE || before == FRN_W_D)) ||
				 (conn == FRN_W_ET && before == FRN_W_ENTRE) || conn == 0) &&
				match_quantity(c, m1.end + 1, scan, &m2) && m2.u.kind == m1.u.kind &&
				m2.start == m1.end + 1)
			{
				if (kind_wanted(want, m1.u.kind))
				{
					emit(c, &m1, &m1.value, m1.end, FRN_Q_FROM, out);
					emit(c, &m2, &m2.value, m2.end, FRN_Q_TO, out);
				}
				i = m2.end;
				continue;
			}
			if (m1.u.kind == FRN_QK_PERCENT && adjectival_percent(c, &m1.np, &m1.u))
			{
				i = m1.end;
				continue;
			}
			if (kind_wanted(want, m1.u.kind))
				emit(c, &m1, &m1.value, m1.end, q, out);
			i = m1.end;
			continue;
		}
		/*
		 * a bare number followed by a range connector: "entre 5 et 6
		 * milliards d’euros", "3 ou 4 millions d’euros"
		 */
		if (frn_item_starts_number(c->s, c->it, c->n, i))
		{
			frn_numparse np;

			/*
			 * without "de" or "entre" before, a range rises: "3 à 4
			 * milliards"; "le 1 janvier 1990 à 1015 francs" is a date
			 */
			uint16_t	before = i > 0 ? wid_at(c, i - 1) : 0;
			bool		opened = before == FRN_W_DE || before == FRN_W_D || before == FRN_W_ENTRE;

			if (frn_parse_number_items(c->s, c->it, c->n, i, &np) &&
				connector_at(c, np.end, &conn) &&
				(conn != FRN_W_ET || (i > 0 && wid_at(c, i - 1) == FRN_W_ENTRE)) &&
				match_quantity(c, np.end + 1, scan, &m2) && m2.start == np.end + 1 &&
				!(m2.np.flags & FRN_NF_SIGNED))
			{
				frn_dec		v1 = np.value;

				/* the scale and the unit of the second end carry to the first */
				if (!(np.flags & FRN_NF_SCALE) && m2.np.scale_exp &&
					frn_dec_cmp(&v1, &(frn_dec) {1000, 0}) < 0)
					v1.exp += m2.np.scale_exp;
				if (apply_shift(&v1, m2.u.shift) && plausible_range(&v1, &m2.value) &&
					(opened || frn_dec_cmp(&v1, &m2.value) < 0))
				{
					if (kind_wanted(want, m2.u.kind))
					{
						qmatch		m1b = m2;

						m1b.start = i;
						emit(c, &m1b, &v1, np.end, FRN_Q_FROM, out);
						emit(c, &m2, &m2.value, m2.end, FRN_Q_TO, out);
					}
					i = m2.end;
					continue;
				}
			}
			/* skip the whole number so that its parts are not re-read */
			if (frn_parse_number_items(c->s, c->it, c->n, i, &np))
			{
				i = np.end;
				continue;
			}
		}
		i++;
	}
}

#define CHUNK_SOFT 2048
#define CHUNK_HARD 65536
/* items: more than a quantity with its qualifier and range spans */
#define CHUNK_OVERLAP 64

/* Of the quantities out->q[first..], keep those starting in [from, limit). */
static void
keep_between(frn_quantities *out, size_t first, size_t from, size_t limit)
{
	size_t		k = first;

	while (out->n > first && out->q[out->n - 1].byte_start >= limit)
		out->n--;
	while (k < out->n && out->q[k].byte_start < from)
		k++;
	if (k == first)
		return;
	memmove(out->q + first, out->q + k, (out->n - k) * sizeof(frn_quantity));
	out->n -= k - first;
}

/*
 * Windows of text around unit anchors: BACK bytes before the anchor cover
 * the number, its scale, "de", a qualifier and the first end of a range;
 * FWD bytes after cover a prefix currency's number, a complement ("dollars
 * de Hong Kong") and a sub-unit ("et 50 centimes").
 */
#define WINDOW_BACK 200
#define WINDOW_FWD 100

static inline bool
is_digit_byte(char ch)
{
	return ch >= '0' && ch <= '9';
}

/*
 * A window edge at p: just after an ASCII space or line break that does
 * not sit between two digits ("1 234" is one number) — or 0 / len.
 */
static bool
safe_edge(const char *s, size_t len, size_t p)
{
	if (p == 0 || p >= len)
		return true;
	if (s[p - 1] != ' ' && s[p - 1] != '\n')
		return false;
	return !(p >= 2 && is_digit_byte(s[p - 2]) && is_digit_byte(s[p]));
}

static size_t
window_start(const char *s, size_t len, size_t anchor, size_t floor)
{
	size_t		p = anchor > floor + WINDOW_BACK ? anchor - WINDOW_BACK : floor;

	while (p > floor && !safe_edge(s, len, p))
		p--;
	return p;
}

static size_t
window_end(const char *s, size_t len, size_t anchor)
{
	size_t		p = anchor + WINDOW_FWD < len ? anchor + WINDOW_FWD : len;

	while (p < len && !safe_edge(s, len, p))
		p++;
	return p;
}

/*
 * Code points in s[0..n) (lead bytes; exact on valid UTF-8).  Eight bytes
 * at a time: a continuation byte 10xxxxxx has bit 7 set and bit 6 clear.
 */
static uint32_t
count_chars(const char *s, size_t n)
{
	const uint64_t hi = 0x8080808080808080ULL;
	size_t		cont = 0;
	size_t		i = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	v;

		memcpy(&v, s + i, 8);
		/* one bit per byte at bit 7: the multiply sums the eight bytes into the top one */
		cont += (size_t) ((((v & ~(v << 1) & hi) >> 7) * 0x0101010101010101ULL) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char) s[i] & 0xC0) == 0x80;
	return (uint32_t) (n - cont);
}

void
frn_extract_quantities(const char *s, size_t len, int want, const frn_readings *r,
					   frn_quantities *out)
{
	static const frn_readings none = {"USD", "", "", ""};
	frn_lexer	lx;
	frn_item   *items = NULL;
	size_t		cap = 0;
	size_t		n;
	ctx			c;
	size_t		done = 0;		/* bytes before this are processed */
	size_t		seen = 0;		/* quantities before this byte are found already */
	uint32_t	chars = 0;		/* code points in s[0..done) */
	int			kinds = ((want & FRN_WANT_AMOUNTS) ? FRN_ANCHOR_AMOUNT : 0) |
		((want & FRN_WANT_PERCENTS) ? FRN_ANCHOR_PERCENT : 0);
	size_t		anchor = frn_next_unit_anchor(s, len, 0, kinds);

	c.s = s;
	c.r = r ? r : &none;
	c.dollar = c.r->dollar[0] ? c.r->dollar : "USD";
	while (anchor < len)
	{
		size_t		ws = window_start(s, len, anchor, done);
		size_t		we = window_end(s, len, anchor);

		/* merge the windows of anchors that come close */
		while ((anchor = frn_next_unit_anchor(s, len, we, kinds)) < len &&
			   anchor < we + WINDOW_BACK)
			we = window_end(s, len, anchor);
		chars += count_chars(s + done, ws - done);
		frn_lexer_init(&lx, s, we);
		lx.pos = ws;
		lx.chars = chars;
		while ((n = frn_lex_chunk(&lx, &items, &cap, CHUNK_SOFT, CHUNK_HARD)) > 0)
		{
			size_t		first = out->n,
						limit = SIZE_MAX;

			c.it = items;
			c.n = n;
			extract_chunk(&c, want, out);
			if (n >= CHUNK_HARD && lx.pos < we)
			{
				/*
				 * Cut with no sentence end in sight: keep the quantities that
				 * start before the last CHUNK_OVERLAP items, and lex again
				 * from CHUNK_OVERLAP items before those, for their context.
				 */
				limit = items[n - CHUNK_OVERLAP].b;
				lx.pos = items[n - 2 * CHUNK_OVERLAP].b;
				lx.chars = items[n - 2 * CHUNK_OVERLAP].c;
				lx.email = (frn_email_scan) {0, 0};
			}
			keep_between(out, first, seen, limit);
			seen = limit == SIZE_MAX ? 0 : limit;
			frn_check_interrupts();
		}
		chars = lx.chars;
		done = we;
	}
	frn_free(items);
}

/* One "name=CODE" pair of a readings list; false if it is not one. */
static bool
reading_pair(const char *p, size_t n, frn_readings *r)
{
	static const struct
	{
		const char *name;
		size_t		off;
	}			names[] = {
		{"franc", offsetof(frn_readings, franc)}, {"francs", offsetof(frn_readings, franc)},
		{"livre", offsetof(frn_readings, livre)}, {"livres", offsetof(frn_readings, livre)},
		{"balle", offsetof(frn_readings, balle)}, {"balles", offsetof(frn_readings, balle)},
	};
	const char *eq = memchr(p, '=', n);
	size_t		nl;

	if (!eq || n - (size_t) (eq - p) - 1 != 3 || !frn_currency_valid(eq + 1, 3))
		return false;
	nl = (size_t) (eq - p);
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strlen(names[k].name) == nl && memcmp(names[k].name, p, nl) == 0)
		{
			char	   *code = (char *) r + names[k].off;

			memcpy(code, eq + 1, 3);
			code[3] = '\0';
			return true;
		}
	return false;
}

bool
frn_readings_parse(const char *s, size_t len, frn_readings *r, const char **bad,
				   size_t *badlen)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		j;

		if (s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n')
		{
			i++;
			continue;
		}
		j = i;
		while (j < len && s[j] != ',' && s[j] != ' ' && s[j] != '\t' && s[j] != '\n')
			j++;
		if (!reading_pair(s + i, j - i, r))
		{
			*bad = s + i;
			*badlen = j - i;
			return false;
		}
		i = j;
	}
	return true;
}

const char *
frn_qualifier_name(frn_qualifier q)
{
	switch (q)
	{
		case FRN_Q_ABOUT: return "about";
		case FRN_Q_OVER: return "over";
		case FRN_Q_UNDER: return "under";
		case FRN_Q_UPTO: return "upto";
		case FRN_Q_FROM: return "from";
		case FRN_Q_TO: return "to";
		default: return NULL;
	}
}

/* ------------------------------------------------------------------ */
/* Type input                                                          */

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\n' || (*s)[0] == '\r'))
	{
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' ||
						(*s)[*len - 1] == '\n' || (*s)[*len - 1] == '\r'))
		(*len)--;
}

/* The text is exactly one quantity of the given kind, without qualifier. */
static bool
single_quantity(const char *s, size_t len, int want, const frn_readings *r, frn_quantity *q)
{
	frn_quantities out = {NULL, 0, 0};
	bool		ok;

	frn_extract_quantities(s, len, want, r, &out);
	ok = out.n == 1 && out.q[0].byte_start == 0 && out.q[0].byte_len == len &&
		out.q[0].qualifier == FRN_Q_NONE;
	if (ok)
		*q = out.q[0];
	frn_free(out.q);
	return ok;
}

/* "-?[0-9]+(\.[0-9]*[1-9])?" over all of s[0..len), any number of digits */
static bool
plain_decimal_syntax(const char *s, size_t len)
{
	size_t		i = (len > 0 && s[0] == '-') ? 1 : 0;
	size_t		d = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++, d++;
	if (d == 0)
		return false;
	if (i < len && s[i] == '.')
	{
		size_t		f = 0;

		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, f++;
		/* the output never ends a fraction with 0: "100.000" is French for 100000 */
		if (f == 0 || s[i - 1] == '0')
			return false;
	}
	return i == len;
}

size_t
frn_money_canonical(const char *s, size_t len)
{
	if (len >= 5 && s[len - 4] == ' ' && frn_currency_valid(s + len - 3, 3) &&
		plain_decimal_syntax(s, len - 4))
		return len - 4;
	return 0;
}

size_t
frn_percent_canonical(const char *s, size_t len)
{
	if (len >= 2 && s[len - 1] == '%' && plain_decimal_syntax(s, len - 1))
		return len - 1;
	return 0;
}

bool
frn_money_parse(const char *s, size_t len, const frn_readings *r, frn_dec *value,
				char currency[4])
{
	frn_quantity q;

	trim(&s, &len);
	if (!single_quantity(s, len, FRN_WANT_AMOUNTS, r, &q) || q.kind != FRN_QK_AMOUNT ||
		q.currency[0] == '\0')
		return false;
	*value = q.value;
	memcpy(currency, q.currency, 4);
	return true;
}

bool
frn_percent_parse(const char *s, size_t len, frn_dec *value)
{
	frn_quantity q;

	trim(&s, &len);
	if (!single_quantity(s, len, FRN_WANT_PERCENTS, NULL, &q) || q.kind != FRN_QK_PERCENT)
		return false;
	*value = q.value;
	return true;
}
