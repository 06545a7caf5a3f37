/*
 * frn_dates.c — reading dates, times, periods, durations and recurrences.
 *
 * The text is cut into items (a run of letters, a run of ASCII digits, one
 * punctuation or symbol character), each word folded and looked up once in
 * a small lexicon.  Every item that can start an expression of time is then
 * tried against the grammar, longest match first:
 *
 *   range  := entre P et P | de/du/des P à/au/aux P | P - P | P au P
 *   P      := date [à time | part-of-day] | time | period | relative | holiday
 *   date   := [weekday] day month [year] | dd/mm/yyyy | yyyy-mm-dd | weekday
 *   period := month [year] | year | (premier..quatrième) trimestre | T1 2024
 *             | (début|mi|fin) P | les années 80 | XIXe siècle | semaine ...
 *
 * A parsed expression is a `when` (what was said: year, month, day,
 * weekday, offsets, time...) that resolve() turns into [lo, hi) against the
 * reference moment.  What is not said (the year of "le 3 décembre", the
 * week of "jeudi") comes from the reference and the tense of the sentence
 * (see choose()).  Every loop runs once over the items, so the reading is
 * linear in the text.
 */
#include "frn_dates.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "frn_alloc.h"
#include "frn_bits.h"
#include "frn_money.h"
#include "frn_number.h"
#include "frn_numlex.h"
#include "frn_utf8.h"

/* ------------------------------------------------------------------ */
/* Calendar                                                            */

#define DAY_SECS 86400

int64_t
frn_days_from_civil(int y, int m, int d)
{
	int64_t		yy = y - (m <= 2);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
frn_civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t		era,
				doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

static int
days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* 1 = Monday ... 7 = Sunday */
static int
weekday_of(int64_t days)
{
	return (int) (((days % 7) + 7 + 3) % 7) + 1;
}

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/* Days since the epoch of the first day of month index mi (= year*12 + month-1). */
static int64_t
month_start(int64_t mi)
{
	return frn_days_from_civil((int) floor_div(mi, 12), (int) (mi - floor_div(mi, 12) * 12) + 1, 1);
}

/* Easter Sunday (Gregorian, anonymous algorithm), as days since the epoch. */
static int64_t
easter(int y)
{
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = ((h + l - 7 * m + 114) % 31) + 1;

	return frn_days_from_civil(y, month, day);
}

void
frn_moment_format(int64_t secs, char buf[24])
{
	int64_t		day = floor_div(secs, DAY_SECS),
				t = secs - day * DAY_SECS;
	int			y,
				m,
				d;

	frn_civil_from_days(day, &y, &m, &d);
	/* five digits for the year: the end of a range in 9999 is 10000-01-01 */
	snprintf(buf, 24, "%04u-%02u-%02u %02u:%02u:%02u", (unsigned) y % 100000u, (unsigned) m % 100u,
			 (unsigned) d % 100u, (unsigned) (t / 3600) % 100u, (unsigned) (t / 60) % 60u, (unsigned) t % 60u);
}

bool
frn_moment_parse(const char *s, int64_t *secs)
{
	int			y,
				m,
				d,
				h = 0,
				mi = 0,
				sec = 0,
				n = 0;
	size_t		len = strlen(s);

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
		return false;
	if (len > 10 && !((s[10] == 'T' || s[10] == ' ') &&
					  ((len == 16 && sscanf(s + 11, "%2d:%2d", &h, &mi) == 2) ||
					   (len == 19 && sscanf(s + 11, "%2d:%2d:%2d", &h, &mi, &sec) == 3))))
		return false;
	if (y < FRN_DATE_MIN_YEAR || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) ||
		h > 23 || mi > 59 || sec > 59 || h < 0 || mi < 0 || sec < 0)
		return false;
	*secs = frn_days_from_civil(y, m, d) * DAY_SECS + h * 3600 + mi * 60 + sec;
	return true;
}

const char *
frn_date_kind_name(frn_date_kind k)
{
	static const char *const names[] = {"date", "time", "datetime", "period", "duration", "set"};

	return (unsigned) k < sizeof names / sizeof names[0] ? names[k] : NULL;
}

const char *
frn_grain_name(frn_grain g)
{
	static const char *const names[] = {"second", "minute", "hour", "day", "week", "month",
	"quarter", "semester", "year", "decade", "century"};

	return (unsigned) g < sizeof names / sizeof names[0] ? names[g] : NULL;
}

/* ------------------------------------------------------------------ */
/* Lexicon                                                             */

/* Keys are lower case with French accents folded ("décembre" → decembre). */
#define DATE_LEXICON(X) \
	X(JANVIER, "janvier") X(FEVRIER, "fevrier") X(MARS, "mars") X(AVRIL, "avril") \
	X(MAI, "mai") X(JUIN, "juin") X(JUILLET, "juillet") X(AOUT, "aout") \
	X(SEPTEMBRE, "septembre") X(OCTOBRE, "octobre") X(NOVEMBRE, "novembre") \
	X(DECEMBRE, "decembre") \
	X(JANV, "janv") X(FEV, "fev") X(FEVR, "fevr") X(AVR, "avr") X(JUIL, "juil") \
	X(SEPT, "sept") X(SEP, "sep") X(OCT, "oct") X(NOV, "nov") X(DEC, "dec") \
	X(LUNDI, "lundi") X(MARDI, "mardi") X(MERCREDI, "mercredi") X(JEUDI, "jeudi") \
	X(VENDREDI, "vendredi") X(SAMEDI, "samedi") X(DIMANCHE, "dimanche") \
	X(LUNDIS, "lundis") X(MARDIS, "mardis") X(MERCREDIS, "mercredis") X(JEUDIS, "jeudis") \
	X(VENDREDIS, "vendredis") X(SAMEDIS, "samedis") X(DIMANCHES, "dimanches") \
	X(LUN, "lun") X(MER, "mer") X(JEU, "jeu") X(VEN, "ven") X(SAM, "sam") X(DIM, "dim") \
	X(HIER, "hier") X(DEMAIN, "demain") X(AUJOURD, "aujourd") X(HUI, "hui") \
	X(VEILLE, "veille") X(LENDEMAIN, "lendemain") X(SURLENDEMAIN, "surlendemain") \
	X(SECONDE_U, "secondes") X(SEC, "sec") X(MINUTE, "minute") X(MINUTES, "minutes") \
	X(MIN, "min") X(HEURE, "heure") X(HEURES, "heures") X(H, "h") \
	X(JOUR, "jour") X(JOURS, "jours") X(JOURNEE, "journee") X(JOURNEES, "journees") \
	X(SEMAINE, "semaine") X(SEMAINES, "semaines") X(MOIS, "mois") X(AN, "an") X(ANS, "ans") \
	X(ANNEE, "annee") X(ANNEES, "annees") X(TRIMESTRE, "trimestre") X(TRIMESTRES, "trimestres") \
	X(SEMESTRE, "semestre") X(SEMESTRES, "semestres") X(DECENNIE, "decennie") \
	X(DECENNIES, "decennies") X(SIECLE, "siecle") X(SIECLES, "siecles") \
	X(WEEK, "week") X(END, "end") X(WEEKEND, "weekend") \
	X(NUIT, "nuit") X(MATIN, "matin") X(MATINEE, "matinee") X(SOIR, "soir") \
	X(SOIREE, "soiree") X(MIDI, "midi") X(MINUIT, "minuit") X(APRES, "apres") \
	X(DERNIER, "dernier") X(DERNIERE, "derniere") X(DERNIERS, "derniers") \
	X(DERNIERES, "dernieres") X(PROCHAIN, "prochain") X(PROCHAINE, "prochaine") \
	X(PROCHAINS, "prochains") X(PROCHAINES, "prochaines") X(PASSE, "passe") \
	X(PASSEE, "passee") X(CE, "ce") X(CET, "cet") X(CETTE, "cette") X(CI, "ci") \
	X(PREMIER, "premier") X(PREMIERE, "premiere") X(SECOND, "second") X(SECONDE, "seconde") \
	X(DEUXIEME, "deuxieme") X(TROISIEME, "troisieme") X(QUATRIEME, "quatrieme") \
	X(ER, "er") X(ERE, "ere") X(E, "e") X(EME, "eme") X(IEME, "ieme") X(T, "t") X(S, "s") X(Q, "q") \
	X(LE, "le") X(LA, "la") X(LES, "les") X(L, "l") X(EN, "en") X(DE, "de") X(DU, "du") \
	X(DES, "des") X(D, "d") X(AU, "au") X(AUX, "aux") X(A, "a") X(ENTRE, "entre") X(ET, "et") \
	X(DEPUIS, "depuis") X(PENDANT, "pendant") X(DURANT, "durant") X(POUR, "pour") X(SOUS, "sous") \
	X(SUR, "sur") X(DANS, "dans") X(IL, "il") X(Y, "y") X(VERS, "vers") X(AVANT, "avant") \
	X(JUSQU, "jusqu") X(ICI, "ici") X(HORIZON, "horizon") X(PARTIR, "partir") \
	X(COMPTER, "compter") X(DELA, "dela") X(FIN, "fin") X(DEBUT, "debut") X(MI, "mi") X(MILIEU, "milieu") \
	X(ALENTOURS, "alentours") X(ENVIRONS, "environs") X(AUTOUR, "autour") \
	X(CHAQUE, "chaque") X(TOUS, "tous") X(TOUTES, "toutes") X(QUELQUES, "quelques") \
	X(COURS, "cours") X(COURANT, "courant") X(BOUT, "bout") X(DUREE, "duree") \
	X(PRINTEMPS, "printemps") X(ETE, "ete") X(AUTOMNE, "automne") X(HIVER, "hiver") X(EST, "est") X(PLUS, "plus") X(TARD, "tard") X(TOT, "tot") \
	X(NOEL, "noel") X(TOUSSAINT, "toussaint") X(PAQUES, "paques") X(PENTECOTE, "pentecote") \
	X(ASCENSION, "ascension") X(ASSOMPTION, "assomption") X(SAINT, "saint") \
	X(SYLVESTRE, "sylvestre") X(VALENTIN, "valentin") X(NOUVEL, "nouvel") \
	X(RAMEAUX, "rameaux") X(CENDRES, "cendres") X(GRAS, "gras") X(DEMI, "demi") \
	X(DEMIE, "demie") X(QUART, "quart") X(MOINS, "moins") \
	X(QUOTIDIENNEMENT, "quotidiennement") X(HEBDOMADAIRE, "hebdomadaire") \
	X(MENSUELLEMENT, "mensuellement") X(ANNUELLEMENT, "annuellement") \
	X(MAINTENANT, "maintenant") X(SANS, "sans") X(YA, "ya") X(AM, "am") X(PM, "pm") X(TOUT, "tout") X(TOUTE, "toute") \
	/* hedges of a shift ("il y a près de deux ans") and counts about a number ("une dizaine") */ \
	X(ENVIRON, "environ") X(PRES, "pres") X(PRESQUE, "presque") X(PEU, "peu") X(QUELQUE, "quelque") \
	X(QUASIMENT, "quasiment") X(PRATIQUEMENT, "pratiquement") \
	X(PAS, "pas") X(LOIN, "loin") X(DEJA, "deja") X(DESORMAIS, "desormais") X(SEULEMENT, "seulement") \
	X(JUSTE, "juste") X(EXACTEMENT, "exactement") X(BIENTOT, "bientot") X(PLUSIEURS, "plusieurs") \
	X(CELA, "cela") X(CA, "ca") X(FAIT, "fait") X(ENCORE, "encore") X(PEINE, "peine") X(ESPACE, "espace") \
	X(DIZAINE, "dizaine") X(DOUZAINE, "douzaine") X(QUINZAINE, "quinzaine") X(VINGTAINE, "vingtaine") \
	X(TRENTAINE, "trentaine") X(QUARANTAINE, "quarantaine") X(CINQUANTAINE, "cinquantaine") \
	X(SOIXANTAINE, "soixantaine") X(CENTAINE, "centaine") \
	/* after "dans les 15 jours": the units of the days to come */ \
	X(QUI, "qui") X(VIENNENT, "viennent") X(VENIR, "venir") \
	/* determiners after "20 heures de" (a place follows, not a length: "à 14 heures de la gare") */ \
	X(CES, "ces") X(SON, "son") X(SA, "sa") X(SES, "ses") X(LEUR, "leur") X(LEURS, "leurs") \
	X(NOTRE, "notre") X(NOS, "nos") X(VOTRE, "votre") X(VOS, "vos") X(MON, "mon") X(MA, "ma") X(MES, "mes") \
	/* a length of hours: "a duré 2h30", "en moyenne 1h30 par jour" */ \
	X(DURE, "dure") X(DURER, "durer") X(DURERA, "durera") X(DURENT, "durent") X(DURAIT, "durait") X(MOYENNE, "moyenne") \
	X(PAR, "par") \
	/* number words (keep together, ZERO first, MILLE last; "sept" is SEPT above) */ \
	X(ZERO, "zero") X(UN, "un") X(UNE, "une") X(DEUX, "deux") X(TROIS, "trois") \
	X(QUATRE, "quatre") X(CINQ, "cinq") X(SIX, "six") X(HUIT, "huit") X(NEUF, "neuf") \
	X(DIX, "dix") X(ONZE, "onze") X(DOUZE, "douze") X(TREIZE, "treize") \
	X(QUATORZE, "quatorze") X(QUINZE, "quinze") X(SEIZE, "seize") X(VINGT, "vingt") \
	X(VINGTS, "vingts") X(TRENTE, "trente") X(QUARANTE, "quarante") \
	X(CINQUANTE, "cinquante") X(SOIXANTE, "soixante") X(SEPTANTE, "septante") \
	X(HUITANTE, "huitante") X(OCTANTE, "octante") X(NONANTE, "nonante") X(CENT, "cent") \
	X(MILLE, "mille")

enum
{
	W_NONE = 0,
#define DL_ENUM(id, key) W_##id,
	DATE_LEXICON(DL_ENUM)
#undef DL_ENUM
	W__COUNT,
	W_UNKNOWN = W__COUNT		/* an item's word not looked up yet (wid() does) */
};

static const char *const lex_keys[W__COUNT] = {
	NULL,
#define DL_KEY(id, key) key,
	DATE_LEXICON(DL_KEY)
#undef DL_KEY
};

/*
 * A word of at most LEX_KEY_MAX letters, folded (ASCII lower case), as two
 * numbers of 8 bytes, zero-padded: hashed and compared with a key in a few
 * operations, not letter by letter.
 */
typedef struct lex_key
{
	uint64_t	lo,
				hi;
} lex_key;

/*
 * Open addressing: at a load of about 1/8 most words that are in no key
 * meet an empty slot at once.
 */
#define LEX_SLOTS 2048			/* power of two, > 8 × W__COUNT */
static uint16_t lex_table[LEX_SLOTS];
static lex_key lex_keyv[W__COUNT];
static uint8_t lex_len[W__COUNT];

/* The longest key ("quotidiennement"), checked at compile time. */
#define LEX_KEY_MAX 15
#define DL_CHECK(id, key) _Static_assert(sizeof(key) <= LEX_KEY_MAX + 1, "lexicon key " key " too long");
DATE_LEXICON(DL_CHECK)
#undef DL_CHECK

/*
 * lex_ends[n][f & 31] has bit l & 31 when a key of n letters starts with
 * letter f and ends with letter l (& 31: the same for both cases): half of the words of a text are in no key by
 * this test alone, and are not hashed.  strong_ends: the same for the
 * strong words, which the lexer must know; 94 % of the words are none by
 * this test, and are looked up only if the grammar asks (wid()).
 */
#define ENDS_LENGTHS 64			/* > LEX_KEY_MAX, a power of two */
typedef uint32_t word_ends[ENDS_LENGTHS][32];
static word_ends lex_ends,
			strong_ends;

/*
 * The ids of the words of one or two ASCII letters, by letter & 31 (either
 * case; [f][0] for one letter): "le", "de", "à", "au", "en" are most of the
 * words the grammar looks up, and this spares them the hash (word_find
 * gives the same ids).
 */
static uint16_t short_ids[32][32];

static inline uint16_t
short_word_id(const char *w, size_t n)
{
	return short_ids[w[0] & 31][n == 2 ? w[1] & 31 : 0];
}

static void
ends_add(word_ends ends, uint16_t id)
{
	ends[lex_len[id]][lex_keys[id][0] & 31] |= 1u << (lex_keys[id][lex_len[id] - 1] & 31);
}

/*
 * Can a word of n letters, first and last (ASCII letters, either case), be
 * in ends?  Without a test of n: a word of ENDS_LENGTHS letters or more
 * may pass (as one of n % ENDS_LENGTHS), word_find tells it is none.
 */
static inline bool
ends_may_hold(const word_ends ends, size_t n, char first, char last)
{
	return (ends[n & (ENDS_LENGTHS - 1)][first & 31] & UINT32_C(1) << (last & 31)) != 0;
}
static bool lex_ready;

/* FNV-1a, one byte at a time (the table of tense words) */
#define KEY_HASH_SEED 2166136261u
#define KEY_HASH_STEP(h, ch) (((h) ^ (unsigned char) (ch)) * 16777619u)

static uint32_t
key_hash(const char *k, size_t n)
{
	uint32_t	h = KEY_HASH_SEED;

	for (size_t i = 0; i < n; i++)
		h = KEY_HASH_STEP(h, k[i]);
	return h;
}

/*
 * The words every expression holds at least one of near its start (with
 * digits): a month, a weekday, a unit, a relative day, a holiday...  The
 * scan tries the grammar only at items that have one within STRONG_AHEAD
 * items, which skips most of a text at the cost of one table lookup.
 */
static const uint16_t strong_words[] = {
	W_JANVIER, W_FEVRIER, W_MARS, W_AVRIL, W_MAI, W_JUIN, W_JUILLET, W_AOUT, W_SEPTEMBRE,
	W_OCTOBRE, W_NOVEMBRE, W_DECEMBRE, W_JANV, W_FEV, W_FEVR, W_AVR, W_JUIL, W_SEP,
	W_OCT, W_NOV, W_DEC, W_LUNDI, W_MARDI, W_MERCREDI, W_JEUDI, W_VENDREDI, W_SAMEDI,
	W_DIMANCHE, W_LUNDIS, W_MARDIS, W_MERCREDIS, W_JEUDIS, W_VENDREDIS, W_SAMEDIS,
	W_DIMANCHES, W_LUN, W_MER, W_JEU, W_VEN, W_SAM, W_DIM, W_HIER, W_DEMAIN, W_AUJOURD,
	W_VEILLE, W_LENDEMAIN, W_SURLENDEMAIN, W_SECONDE_U, W_MINUTE, W_MINUTES,
	W_HEURE, W_HEURES, W_JOUR, W_JOURS, W_JOURNEE, W_JOURNEES, W_SEMAINE, W_SEMAINES,
	W_MOIS, W_AN, W_ANS, W_ANNEE, W_ANNEES, W_TRIMESTRE, W_TRIMESTRES, W_SEMESTRE,
	W_SEMESTRES, W_DECENNIE, W_DECENNIES, W_SIECLE, W_SIECLES, W_WEEK, W_WEEKEND, W_NUIT,
	W_MATIN, W_MATINEE, W_SOIR, W_SOIREE, W_MIDI, W_MINUIT, W_NOEL, W_TOUSSAINT, W_PAQUES,
	W_PENTECOTE, W_ASCENSION, W_ASSOMPTION, W_SYLVESTRE, W_VALENTIN, W_RAMEAUX, W_CENDRES,
	W_GRAS, W_QUOTIDIENNEMENT, W_HEBDOMADAIRE, W_MENSUELLEMENT, W_ANNUELLEMENT,
	W_PRINTEMPS, W_ETE, W_AUTOMNE, W_HIVER, W_MAINTENANT,
	/* "d'ici une vingtaine d'années" has its unit too far */
	W_ICI
};
enum
{
	STRONG_NOT = 0, STRONG_ALONE, STRONG_DOT,	/* DOT: an abbreviation, strong with its period ("mer." but not "la mer") */
	STRONG_AFTER_IL				/* the "a" of "il y a" and the "ya" of "il ya": the unit of "il y a
								 * plus d'une dizaine d'années" is too far for STRONG_AHEAD */
};
static uint8_t strong[W__COUNT + 1];	/* [W_UNKNOWN]: STRONG_NOT */
static bool month_abbrev(uint16_t w);
static int	weekday_word(uint16_t w, bool *plural, bool *abbrev);

#define STRONG_AHEAD 6

/* ASCII classes for the lexer's hot loop */
enum
{
	AC_OTHER = 0, AC_SPACE, AC_LETTER, AC_DIGIT
};
static uint8_t ascii_class[256];	/* bytes from 0x80: AC_OTHER */

static void
ascii_init(void)
{
	for (int c = 0; c < 128; c++)
		ascii_class[c] = (c == ' ' || (c >= '\t' && c <= '\r')) ? AC_SPACE :
			((c | 32) >= 'a' && (c | 32) <= 'z') ? AC_LETTER : (c >= '0' && c <= '9') ? AC_DIGIT : AC_OTHER;
}

/* The ASCII letter of the Latin-1 letters U+00C0..U+00FF without accent, 0 if none. */
static const char latin1_fold[] =
"aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

/* The slot of key k in lex_table: the top bits of a multiplicative hash */
static inline uint32_t
lex_slot(lex_key k)
{
	return (uint32_t) ((k.lo * UINT64_C(0x9E3779B97F4A7C15) ^ k.hi * UINT64_C(0xC2B2AE3D27D4EB4F)) >> 53) & (LEX_SLOTS - 1);
}

/* The key of the ASCII word w of n letters (n <= LEX_KEY_MAX), lower-cased. */
static inline lex_key
ascii_key(const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *) w;
	size_t		nl = n < 8 ? n : 8;
	/* | 0x20 lower-cases a letter; only the bytes of the word */
	uint64_t	lower = nl == 8 ? FRN_ONES * 0x20 : (FRN_ONES * 0x20) & ((UINT64_C(1) << (8 * nl)) - 1);
	lex_key		k = {frn_load_upto8(u, nl) | lower, 0};

	if (n > 8)
		k.hi = frn_load_upto8(u + 8, n - 8) | ((FRN_ONES * 0x20) & ((UINT64_C(1) << (8 * (n - 8))) - 1));
	return k;
}

/* The lexicon id of key k, 0 if none. */
static uint16_t
lex_find(lex_key k)
{
	uint16_t	id;

	for (uint32_t h = lex_slot(k); (id = lex_table[h]) != 0; h = (h + 1) & (LEX_SLOTS - 1))
		if (lex_keyv[id].lo == k.lo && lex_keyv[id].hi == k.hi)
			return id;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Items                                                               */

enum
{
	IT_NUM = 1, IT_WORD, IT_PUNCT
};

#define IF_SPACE	0x01		/* white space before (a line break: line_break_before) */
#define IF_BREAK_READ 0x40		/* line_break_before has read the white space before */
#define IF_BREAK	0x80		/* ... and found a line break there */

typedef struct item
{
	uint32_t	b,
				bl,
				c,
				cl;
	int32_t		num;			/* NUM: value (-1 when more than 9 digits) */
	uint16_t	wid;			/* WORD: lexicon id */
	uint8_t		kind;
	uint8_t		flags;
	uint8_t		ndig;			/* NUM: digit count (capped at 10) */
	char		ch;				/* PUNCT: the ASCII character, '-' for dashes, '\'' for ’ */
} item;

/*
 * Does the word x start with a capital?  Asked of the few words near a date,
 * not worked out for every word as it is lexed.
 */
static bool
word_capital(const char *s, const item *x)
{
	size_t		p = x->b;
	int32_t		cp = (unsigned char) s[p];

	return cp < 0x80 ? cp <= 'Z' : frn_is_upper(frn_utf8_step(s, x->b + x->bl, &p));
}

static void starts_init(void);

static void
lex_init(void)
{
	ascii_init();
	for (int id = 1; id < W__COUNT; id++)
	{
		uint32_t	h;

		lex_len[id] = (uint8_t) strlen(lex_keys[id]);
		lex_keyv[id] = ascii_key(lex_keys[id], lex_len[id]);
		ends_add(lex_ends, (uint16_t) id);
		for (h = lex_slot(lex_keyv[id]); lex_table[h] != 0; h = (h + 1) & (LEX_SLOTS - 1))
			;
		lex_table[h] = (uint16_t) id;
	}
	for (int id = 1; id < W__COUNT; id++)
		if (lex_len[id] <= 2)
			short_ids[lex_keys[id][0] & 31][lex_len[id] == 2 ? lex_keys[id][1] & 31 : 0] = lex_find(lex_keyv[id]);
	for (size_t k = 0; k < sizeof strong_words / sizeof strong_words[0]; k++)
	{
		uint16_t	w = strong_words[k];
		bool		plural,
					abbrev;

		strong[w] = month_abbrev(w) || (weekday_word(w, &plural, &abbrev) && abbrev) ? STRONG_DOT : STRONG_ALONE;
		ends_add(strong_ends, w);
	}
	strong[W_A] = strong[W_YA] = STRONG_AFTER_IL;
	ends_add(strong_ends, W_A);
	ends_add(strong_ends, W_YA);
	starts_init();
	lex_ready = true;
}

/* Does the non-ASCII letter cp fold to an ASCII one (a Latin-1 letter)? */
static inline bool
latin1_folds(int32_t cp)
{
	return cp >= 0xC0 && cp <= 0xFF && latin1_fold[cp - 0xC0] != 0;
}

/* The ASCII letter that the letter of s at b (of a word that folds) folds to. */
static inline char
folded_at(const char *s, size_t b)
{
	return (unsigned char) s[b] < 0x80 ? (char) (s[b] | 0x20) : latin1_fold[(unsigned char) s[b + 1] - 0x80];
}

/*
 * The lexicon id of the word s[b..e) of n code points: ASCII letters and
 * Latin-1 letters that fold (2 bytes each).
 */
static uint16_t
word_find(const char *s, size_t b, size_t e, size_t n)
{
	unsigned char f[LEX_KEY_MAX + 1] = {0};

	if (n > LEX_KEY_MAX)
		return 0;
	if (e - b == n)				/* ASCII, the common case */
		return lex_find(ascii_key(s + b, n));
	for (size_t i = b, j = 0; i < e; i += (unsigned char) s[i] < 0x80 ? 1 : 2)
		f[j++] = (unsigned char) folded_at(s, i);
	return lex_find((lex_key) {frn_le64(f), frn_le64(f + 8)});
}

/*
 * The lexicon id of the word s[b..e) of n code points: ASCII letters and
 * Latin-1 letters that fold (2 bytes each); last: where its last letter
 * starts.  Worked out here, not as the word is lexed: most words never need
 * it.
 */
static uint16_t
word_id(const char *s, size_t b, size_t e, size_t n, size_t last)
{
	if (!ends_may_hold(lex_ends, n, folded_at(s, b), folded_at(s, last)))
		return 0;
	return word_find(s, b, e, n);
}

/*
 * The id the lexer gives the word s[b..e) of n code points that folds:
 * looked up now if it may be strong, W_UNKNOWN otherwise (wid() looks it
 * up if the grammar asks).  accent: it holds a non-ASCII letter.
 */
static inline uint16_t
lexed_word_id(const char *s, size_t b, size_t e, size_t n, bool accent)
{
	size_t		last = !accent || (unsigned char) s[e - 1] < 0x80 ? e - 1 : e - 2;

	if (!(accent ? ends_may_hold(strong_ends, n, folded_at(s, b), folded_at(s, last)) :
		  ends_may_hold(strong_ends, n, s[b], s[last])))
		return W_UNKNOWN;
	return word_find(s, b, e, n);
}

static bool
sentence_end(const item *x)
{
	return x->kind == IT_PUNCT && (x->ch == '.' || x->ch == '!' || x->ch == '?');
}

/* Do the items before x read "il y" (y: true) or "il"?  (Their ids are not looked up yet.) */
static inline bool
after_il(const char *s, const item *it, const item *x, bool y)
{
	const item *il;

	/* (no pointer before the array is formed) */
	if (x - it < 1 + (ptrdiff_t) y)
		return false;
	il = x - 1 - y;
	if (il->kind != IT_WORD || il->bl != 2 || (s[il->b] | 0x20) != 'i' || (s[il->b + 1] | 0x20) != 'l')
		return false;
	return !y || (x[-1].kind == IT_WORD && x[-1].bl == 1 && (s[x[-1].b] | 0x20) == 'y');
}

/*
 * Does word x mark a place where the parser looks (the "a" of "il y a" after
 * its "il y")?  Asked of every word the lexer finds by either of its paths:
 * "a" before a no-break space is lexed as a word of more than Latin-1.
 */
static inline bool
strong_word(const char *s, const item *it, const item *x)
{
	return strong[x->wid] == STRONG_ALONE ||
		(strong[x->wid] == STRONG_AFTER_IL && after_il(s, it, x, x->wid == W_A));
}

typedef struct reader
{
	const char *s;
	size_t		len;
	size_t		pos;			/* lexer: next byte */
	uint32_t	chars;			/* lexer: code point offset of pos */
	uint8_t		pending;		/* lexer: IF_SPACE for the next item */
	item	   *it;				/* the items of the current chunk */
	size_t		n;
	size_t		starts_end;		/* scan: expressions begin before it[starts_end] (hard_cut) */
	uint16_t   *strong_at;		/* the items with digits or a strong word, in order (the grammar is tried just before) */
	size_t		n_strong;
	int8_t	   *tense;			/* word_tense of each item, TENSE_UNKNOWN until asked */
	bool		tense_ready;
	bool		has_ref;
	int64_t		ref;
	frn_dates  *out;
	size_t		no_point;		/* scan: 1 + an item where point_at failed though cued, 0: none */
} reader;

/*
 * Chunks: the text is lexed and read a chunk of items at a time, so memory
 * stays bounded whatever its length.  A chunk ends after a sentence end
 * once it holds CHUNK_SOFT items, or at CHUNK_HARD items (a text without
 * sentence ends: an expression cut there may be missed), there moved back
 * by up to CUT_REACH items to a better place (hard_cut).  After a hard cut,
 * the chunk keeps its items past the cut, so that an expression that begins
 * before it is read whole ("de 1000 à 1200 mètres", not "de 1000"), and the
 * next chunk lexes again from the cut or that expression's end.
 */
#define CHUNK_SOFT 2048
#define CHUNK_HARD 16384
#define CUT_REACH 256
#define CUT_AHEAD 64			/* items after a hard cut that an expression before it may read */
_Static_assert(CHUNK_HARD <= UINT16_MAX, "an item's index in a chunk fits reader.strong_at");

/*
 * Where a chunk of n items it[0..n) without a sentence end is cut: before
 * the last of the CUT_REACH items before its end, but CUT_AHEAD items
 * before it at least, that follows white space
 * after a punctuation mark (not a hyphen or an apostrophe) or with a line
 * break, else white space alone; else (no white space there) the item
 * CUT_AHEAD before the end, as an expression that begins before the cut is
 * read whole anyway (scan).  The rules that look at the items before one
 * ("l'" before "hebdomadaire", "il y" before "a", "Bruce" before
 * "Toussaint") then keep them more often: none of them reads across
 * punctuation or a line.  Never inside "12/03/2020" or "15:30" when white
 * space is near.
 */
static size_t
hard_cut(const char *s, const item *it, size_t n)
{
	size_t		spaced = 0;

	for (size_t k = n - CUT_AHEAD; k > n - CUT_REACH; k--)
	{
		const item *x = &it[k],
				   *before = &it[k - 1];

		if (!(x->flags & IF_SPACE))
			continue;
		if ((before->kind == IT_PUNCT && before->ch != '-' && before->ch != '\'') ||
			memchr(s + before->b + before->bl, '\n', x->b - (before->b + before->bl)) != NULL)
			return k;
		if (spaced == 0)
			spaced = k;
	}
	return spaced != 0 ? spaced : n - CUT_AHEAD;
}

/*
 * The end of the run of ASCII letters at s[i], eight bytes at a time: a byte
 * is one iff it is ASCII and (byte | 0x20) lies in 'a'..'z'.
 */
static inline size_t
ascii_letters_end(const unsigned char *s, size_t i, size_t len)
{
	for (; i + 8 <= len; i += 8)
	{
		uint64_t	v = frn_le64(s + i),
					stop = (~frn_bytes_in((v | FRN_ONES * 0x20) & ~FRN_HIGHS, 'a', 'z') | v) & FRN_HIGHS;

		if (stop)
			return i + (size_t) (__builtin_ctzll(stop) >> 3);
	}
	while (i < len && ascii_class[s[i]] == AC_LETTER)
		i++;
	return i;
}

/*
 * The classes of the 64 bytes from base, one bit each (bit k: s[base + k]):
 * the lexer finds the end of a run of letters or spaces with one count of
 * trailing zeros instead of a loop over its bytes.  Bytes past the end of
 * the text are in no class but punct, and never read.
 */
typedef struct lex_block
{
	size_t		base;
	uint64_t	word,			/* ASCII letters and the two bytes of the Latin-1 letters U+00C0..U+00FF */
				trail,			/* the second bytes of those Latin-1 letters */
				space,			/* ASCII white space */
				high,			/* bytes from 0x80 */
				punct;			/* the other ASCII bytes, digits too (told apart by their byte) */
} lex_block;

static inline void
lex_block_fill(lex_block *k, const char *s, size_t len, size_t base)
{
	frn_block64 m;

	frn_block64_fill(s, len, base, &m);
	k->base = base;
	k->space = m.space;
	k->high = m.high;
	k->trail = m.trail;
	k->word = m.letter | m.trail | m.trail >> 1;
	k->punct = ~(m.letter | m.space | m.high);
}

/* The length of the run of ones from bit 0 of m (64 if m is all ones). */
static inline size_t
run_length(uint64_t m)
{
	return ~m ? (size_t) __builtin_ctzll(~m) : 64;
}

/*
 * Lex the item at s[start], not white space: any item, but called for those
 * that lex_chunk does not read from the block (numbers, a non-ASCII
 * character, a word that runs into one that is not a Latin-1 letter, a word
 * of 64 bytes or more).  Fills in x but for b, c and the flags of the text
 * before; returns the end of the item.  A non-ASCII space is no item:
 * x->kind is left 0.
 */
static size_t
lex_item(const char *s, size_t len, size_t start, item *x)
{
	size_t		p = start;
	int32_t		cp = (unsigned char) s[p];
	uint32_t	cl = 1;

	if (cp < 0x80)
		p++;
	else if (frn_is_space(cp = frn_utf8_step(s, len, &p)))
		return p;
	if (cp >= '0' && cp <= '9')
	{
		int64_t		v = cp - '0';
		int			nd = 1;

		while (p < len && s[p] >= '0' && s[p] <= '9')
		{
			/* past 9 digits a number is no date part: -1 */
			v = (v >= 0 && v < 100000000) ? v * 10 + (s[p] - '0') : -1;
			if (nd < 10)
				nd++;
			p++;
		}
		x->kind = IT_NUM;
		x->num = (v >= 0 && v < 1000000000) ? (int32_t) v : -1;
		x->ndig = (uint8_t) nd;
		cl = (uint32_t) (p - start);
	}
	else if (cp < 0x80 ? ascii_class[cp] == AC_LETTER : frn_is_letter(cp))
	{
		/* the run of letters: ASCII ones 8 at a time, others decoded */
		size_t		cont = p - start - 1;	/* UTF-8 continuation bytes in the word */
		bool		folds = cp < 0x80 || latin1_folds(cp);	/* every letter folds to an ASCII one */

		for (;;)
		{
			size_t		q;
			int32_t		c;

			p = ascii_letters_end((const unsigned char *) s, p, len);
			q = p;
			if (p >= len || (unsigned char) s[p] < 0x80 || !frn_is_letter(c = frn_utf8_step(s, len, &q)))
				break;
			folds = folds && latin1_folds(c);
			cont += q - p - 1;
			p = q;
		}
		cl = (uint32_t) (p - start - cont);
		x->kind = IT_WORD;
		x->wid = folds ? lexed_word_id(s, start, p, cl, cont != 0) : 0;
	}
	else
	{
		x->kind = IT_PUNCT;
		if (cp < 0x80)
			x->ch = (char) cp;
		else if (cp == 0x2019 || cp == 0x02BC)
			x->ch = '\'';
		else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013)
			x->ch = '-';
		else
			x->ch = '?';
	}
	x->bl = (uint32_t) (p - start);
	x->cl = cl;
	return p;
}

/*
 * Lex the next chunk into r->it (reset first); false at the end of the text.
 * White space, punctuation and the words of ASCII and Latin-1 letters are
 * read here from the classes of the block; lex_item reads the rest.  The
 * state lives in locals while the loop runs: item fields are uint8_t, which
 * may alias anything, so fields of r would be reloaded at every store.
 */
static bool
lex_chunk(reader *r)
{
	const char *s = r->s;
	size_t		len = r->len,
				p = r->pos;
	uint32_t	chars = r->chars;
	uint8_t		pending = r->pending;
	item	   *it = r->it,		/* room for CHUNK_HARD items (frn_extract_dates) */
			   *next = it,		/* the next item */
			   *const soft = it + CHUNK_SOFT;
	uint16_t   *strong_next = r->strong_at;	/* as much room */
	lex_block	blk = {0};

	r->tense_ready = false;
	r->starts_end = SIZE_MAX;	/* the chunk's end unless cut hard */
	blk.base = p - 64;			/* filled at the first byte */
	while (p < len)
	{
		size_t		o,
					k;
		uint64_t	m,
					h;			/* the bytes from 0x80 from o */
		item	   *x;

		if (p - blk.base >= 64)
			lex_block_fill(&blk, s, len, p);
		o = p - blk.base;
		if ((m = blk.space >> o) & 1)
		{
			/* ASCII white space, to its end or the block's */
			k = run_length(m);
			pending = IF_SPACE;
			p += k;
			chars += (uint32_t) k;
			if ((o += k) == 64 || p >= len)
				continue;
		}
		/* (one test an item: the soft end comes before the hard one) */
		if (next >= soft)
		{
			if (sentence_end(next - 1))
				break;
			if (next >= it + CHUNK_HARD)
			{
				/* expressions begin before a better cut (resume_at) */
				r->starts_end = hard_cut(s, it, CHUNK_HARD);
				break;
			}
		}
		x = next++;
		/* m: the bytes from o that are in no word; none: the word runs to the block's end */
		if (!((m = ~blk.word >> o) & 1) && m && !((h = blk.high >> o) >> (k = (size_t) __builtin_ctzll(m)) & 1))
		{
			/* a word of ASCII and Latin-1 letters that ends in the block */
			uint32_t	cl = (uint32_t) k;
			uint16_t	w;

			if (h & ~(~UINT64_C(0) << k))
			{
				/* its Latin-1 letters: one code point each, folded or not */
				bool		folds = true;

				for (uint64_t tr = blk.trail >> o & ~(~UINT64_C(0) << k); tr; tr &= tr - 1)
				{
					cl--;
					folds = folds && latin1_fold[(unsigned char) s[p + (size_t) __builtin_ctzll(tr)] - 0x80] != 0;
				}
				w = folds ? lexed_word_id(s, p, p + k, cl, true) : 0;
			}
			else
				w = lexed_word_id(s, p, p + k, cl, false);
			*x = (item) {
				.b = (uint32_t) p,.bl = (uint32_t) k,.c = chars,.cl = cl,.wid = w,
				.kind = IT_WORD,.flags = pending
			};
			if (w != W_UNKNOWN && strong_word(s, it, x))	/* W_UNKNOWN: most words */
				*strong_next++ = (uint16_t) (x - it);
			p += k;
			chars += cl;
		}
		else if (m == 0 && o > 0)
		{
			/* a word that may run past the block: again from a block at its start */
			next--;
			blk.base = p - 64;
			continue;
		}
		else if (blk.punct >> o & 1 && (unsigned char) (s[p] - '0') >= 10)
		{
			*x = (item) {
				.b = (uint32_t) p,.bl = 1,.c = chars,.cl = 1,.kind = IT_PUNCT,.flags = pending,.ch = s[p]
			};
			/* the latest strong item is before x - 1: the order holds */
			if (s[p] == '.' && !(pending & IF_SPACE) && x > it && strong[x[-1].wid] == STRONG_DOT)
				*strong_next++ = (uint16_t) (x - 1 - it);
			p++;
			chars++;
		}
		else
		{
			size_t		e;

			*x = (item) {
				.b = (uint32_t) p,.c = chars,.flags = pending
			};
			e = lex_item(s, len, p, x);
			if (x->kind == 0)
			{
				/* a non-ASCII space */
				next--;
				pending = IF_SPACE;
				p = e;
				chars++;
				continue;
			}
			if (x->kind == IT_NUM || strong_word(s, it, x))
				*strong_next++ = (uint16_t) (x - it);
			p = e;
			chars += x->cl;
		}
		pending = 0;
	}
	r->n = (size_t) (next - it);
	if (r->starts_end > r->n)
		r->starts_end = r->n;
	r->n_strong = (size_t) (strong_next - r->strong_at);
	r->pos = p;
	r->chars = chars;
	r->pending = pending;
	return next > it;
}

/* ------------------------------------------------------------------ */
/* Tense of a sentence                                                 */

/* Does the word s[0..n) end with suf (ASCII)? */
static bool
ends_with(const char *s, size_t n, const char *suf)
{
	size_t		k = strlen(suf);

	return n >= k && memcmp(s + n - k, suf, k) == 0;
}

static bool
word_is(const item *x, const char *s, const char *w)
{
	return x->kind == IT_WORD && x->bl == strlen(w) && memcmp(s + x->b, w, x->bl) == 0;
}

/* The words that mark a tense by themselves, hashed by key_hash of their bytes. */
static const struct
{
	const char *w;
	int8_t		tense;
}			tense_words[] = {
	{"a", -1}, {"ont", -1}, {"avait", -1}, {"avaient", -1}, {"avons", -1}, {"avez", -1},
	{"ai", -1}, {"était", -1}, {"étaient", -1}, {"fut", -1}, {"furent", -1}, {"eut", -1},
	{"eurent", -1}, {"va", 1}, {"vont", 1}, {"doit", 1}, {"doivent", 1}, {"devrait", 1},
	{"devraient", 1}, {"prévu", 1}, {"prévue", 1}, {"prévus", 1}, {"prévues", 1}, {"aura", 1},
	{"auront", 1}, {"sera", 1}, {"seront", 1}, {"ira", 1}, {"iront", 1}
};

#define TENSE_SLOTS 128			/* power of two, > 2 × the words above */
#define TENSE_WORD_MAX 9		/* bytes of the longest */
static uint8_t tense_table[TENSE_SLOTS];	/* index + 1 into tense_words, 0: empty */
static uint32_t tense_lasts[TENSE_WORD_MAX + 1];	/* [n] bit l: a word of n bytes ends with letter l */
static bool tense_table_ready;

static int
tense_word(const char *w, size_t n)
{
	uint32_t	h;

	if (!tense_table_ready)
	{
		for (size_t k = 0; k < sizeof tense_words / sizeof tense_words[0]; k++)
		{
			size_t		len = strlen(tense_words[k].w);

			h = key_hash(tense_words[k].w, len) & (TENSE_SLOTS - 1);
			while (tense_table[h] != 0)
				h = (h + 1) & (TENSE_SLOTS - 1);
			tense_table[h] = (uint8_t) (k + 1);
			tense_lasts[len] |= 1u << (tense_words[k].w[len - 1] - 'a');
		}
		tense_table_ready = true;
	}
	/* most words fail on their length and last letter, without hashing */
	if (n > TENSE_WORD_MAX || (unsigned char) (w[n - 1] - 'a') >= 26 ||
		!(tense_lasts[n] >> (w[n - 1] - 'a') & 1))
		return 0;
	for (h = key_hash(w, n) & (TENSE_SLOTS - 1); tense_table[h] != 0; h = (h + 1) & (TENSE_SLOTS - 1))
	{
		const char *t = tense_words[tense_table[h] - 1].w;

		if (strlen(t) == n && memcmp(t, w, n) == 0)
			return tense_words[tense_table[h] - 1].tense;
	}
	return 0;
}

/* Does w[0..n) (n >= 5) end as a future or conditional: -era, -dra, -rront, -erons...? */
static bool
future_ending(const char *w, size_t n)
{
	switch (w[n - 1])
	{
		case 'a':				/* -era -dra -rra -vra -ira -tra */
			return w[n - 2] == 'r' && memchr("edrvit", w[n - 3], 6) != NULL;
		case 't':				/* -eront -dront -rront -vront -iront -tront */
			return ends_with(w, n, "ront") && memchr("edrvit", w[n - 5], 6) != NULL;
		case 'i':
			return ends_with(w, n, "erai");
		case 's':
			return ends_with(w, n, "erons");
		case 'z':
			return ends_with(w, n, "erez");
		default:
			return false;
	}
}

/*
 * The last two letters of the tense marks below (tense_words and the
 * endings): bit b of mark_ends[l] for a mark that ends with letters b, l
 * (each 0 for 'a').  The one-letter mark is "a".
 */
#define LB(c) (1u << ((c) - 'a'))
static const uint32_t mark_ends[26] = {
	['a' - 'a'] = LB('r') | LB('v'),	/* -ra (aura, sera, -era, -dra...), va */
	['e' - 'a'] = LB('u'),		/* prévue */
	['i' - 'a'] = LB('a'),		/* ai, -erai */
	['s' - 'a'] = LB('n') | LB('u') | LB('e'),	/* avons, -erons, prévus, prévues */
	['t' - 'a'] = LB('n') | LB('i') | LB('u') | LB('s'),	/* -ont, -ent, -ait, doit, fut, eut, (s')est */
	['u' - 'a'] = LB('v'),		/* prévu */
	['z' - 'a'] = LB('e'),		/* avez, -erez */
};
#undef LB

/*
 * The tense that the lower-case word w[0..n) marks: -1 past (an auxiliary of
 * the passé composé or plus-que-parfait, an imparfait), +1 future (a future
 * or conditional form, aller / devoir + infinitive, "prévu"), 0 none.
 * accent: it holds a non-ASCII letter.
 */
static int
mark_tense(const char *w, size_t n, bool accent)
{
	int			t;

	if ((t = tense_word(w, n)) != 0)
		return t;
	if (n >= 6 && (ends_with(w, n, "aient") || (ends_with(w, n, "ait") && !ends_with(w, n, "rait") &&
												 !ends_with(w, n, "fait"))))
		return -1;
	if (n >= 5 && !(accent && ends_with(w, n, "ra")) && future_ending(w, n))
		return 1;
	if (n >= 7 && (ends_with(w, n, "erait") || ends_with(w, n, "eraient")))
		return 1;
	return 0;
}

/*
 * Is item x a past participle that takes être in the passé composé ("est
 * mort le 8 juin", "sont arrivés mardi"), in any gender and number?
 */
static bool
etre_participle(const char *s, const item *x)
{
	static const char *const stems[] = {
		"venu", "revenu", "devenu", "redevenu", "intervenu", "survenu", "parvenu", "arrivé",
		"parti", "reparti", "mort", "né", "décédé", "tombé", "entré", "rentré", "sorti", "resté",
		"retourné", "apparu", "disparu", "allé", "monté", "descendu", "passé"
	};

	if (x->kind != IT_WORD)
		return false;
	for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++)
	{
		size_t		n = strlen(stems[k]);
		const char *rest = s + x->b + n;
		size_t		more = x->bl - n;

		if (x->bl >= n && x->bl <= n + 2 && memcmp(s + x->b, stems[k], n) == 0 &&
			(more == 0 || (more == 1 && (*rest == 'e' || *rest == 's')) ||
			 (more == 2 && rest[0] == 'e' && rest[1] == 's')))
			return true;
	}
	return false;
}

/*
 * The tense item k of n marks (mark_tense; 0 for all but lower-case words).
 * Asked once per word near a bare weekday or month (mark_at caches it): the
 * common case (no mark) is refused inline by its last two letters.
 */
static inline int
word_tense(const char *s, const item *it, size_t k, size_t n_items)
{
	const item *x = &it[k];
	const char *w = s + x->b;
	size_t		n = x->bl;
	unsigned	last = (unsigned char) w[n - 1] - 'a',
				before = n > 1 ? (unsigned char) w[n - 2] - 'a' : 0;

	if (x->kind != IT_WORD || last >= 26 || before >= 26 ||
		(n > 1 && !(mark_ends[last] >> before & 1)) || word_capital(s, x))
		return 0;
	/*
	 * The passé composé with être: of a pronominal verb ("s'est tenu", "se
	 * sont réunis"), or before a participle that takes it ("est mort")
	 */
	if ((n == 3 && memcmp(w, "est", 3) == 0) || (n == 4 && memcmp(w, "sont", 4) == 0))
	{
		bool		pronominal = n == 3 ?
			k >= 2 && x[-1].kind == IT_PUNCT && x[-1].ch == '\'' && x[-2].bl == 1 && (s[x[-2].b] | 0x20) == 's' :
			k >= 1 && x[-1].kind == IT_WORD && x[-1].bl == 2 && memcmp(s + x[-1].b, "se", 2) == 0;

		return pronominal || (k + 1 < n_items && etre_participle(s, x + 1)) ? -1 : 0;
	}
	return mark_tense(w, n, x->bl != x->cl);	/* a non-ASCII letter is 2 bytes or more */
}

/* How far from a date its tense is looked for. */
#define TENSE_WINDOW 40
#define TENSE_UNKNOWN 2

/* word_tense of items[k], worked out once per chunk (r->tense caches it). */
static inline int
mark_at(reader *r, size_t k)
{
	if (r->tense[k] == TENSE_UNKNOWN)
		r->tense[k] = (int8_t) word_tense(r->s, r->it, k, r->n);
	return r->tense[k];
}

/*
 * Is there a line break between items k - 1 and k (k > 0)?  Only white space
 * lies between them, and none without IF_SPACE.  The gap is mostly one
 * space: a loop here costs less than a call of memchr.  It is read once
 * (the item's flags keep the answer): the dates around it may all ask, and
 * it may be as long as the text.
 */
static inline bool
line_break_before(reader *r, size_t k)
{
	item	   *x = &r->it[k];

	if ((x->flags & (IF_SPACE | IF_BREAK_READ)) == IF_SPACE)
	{
		const char *p = r->s + x[-1].b + x[-1].bl,
				   *e = r->s + x->b;

		while (p < e && *p != '\n')
			p++;
		x->flags |= IF_BREAK_READ | (p < e ? IF_BREAK : 0);
	}
	return x->flags & IF_BREAK;
}

/*
 * Does item k end the sentence, for the tense?  The period of an abbreviated
 * month or weekday ("depuis janv. la hausse") ends none when a number or a
 * word without a capital follows it ("en bord de mer. « Avec" ends one).
 */
static inline bool
tense_stop(const reader *r, size_t k)
{
	const item *x = &r->it[k];

	if (!sentence_end(x))
		return false;
	return !(x->ch == '.' && k > 0 && !(x->flags & IF_SPACE) && strong[x[-1].wid] == STRONG_DOT &&
			 k + 1 < r->n && (x[1].kind == IT_NUM || (x[1].kind == IT_WORD && !word_capital(r->s, &x[1]))));
}

/*
 * The tense of the sentence around items[i]: that of the nearest tense mark
 * within TENSE_WINDOW items in the same sentence (the one before wins a tie).
 * Only the dates that need it (a bare weekday or month) ask; each word is
 * judged once per chunk however many dates share its sentence, so a date
 * costs at most 2 × TENSE_WINDOW cached reads.  The side before is read
 * first, then the side after up to the distance of the mark found before:
 * one bound per loop instead of two sides stepped together.
 */
static int
tense_near(reader *r, size_t i)
{
	size_t		reach = TENSE_WINDOW;	/* how far after i a mark may still win */
	int			before = 0,
				t;

	if (!r->tense_ready)
	{
		memset(r->tense, TENSE_UNKNOWN, r->n);
		r->tense_ready = true;
	}
	/* a side closes at the end of the sentence or a line break */
	for (size_t d = 1; d <= TENSE_WINDOW && d <= i && !tense_stop(r, i - d) && !line_break_before(r, i - d + 1); d++)
		if ((before = mark_at(r, i - d)) != 0)
		{
			reach = d - 1;
			break;
		}
	for (size_t d = 1; d <= reach && i + d < r->n && !tense_stop(r, i + d - 1) && !line_break_before(r, i + d); d++)
		if ((t = mark_at(r, i + d)) != 0)
			return t;
	return before;
}

/* ------------------------------------------------------------------ */
/* What an expression says                                             */

enum
{
	REL_NONE = 0, REL_DAY, REL_WEEK, REL_WEEKEND, REL_MONTH, REL_YEAR, REL_SHIFT,
	REL_SAME_DAY				/* the day of ref, N units of relunit away ("jour pour jour") */
};

/*
 * Small fields, set one by one by when_init: the grammar clears a when
 * about 800,000 times over 1000 articles, and the memset of the 88 bytes
 * it had was inlined as a "rep stos", slow to start.  Every value fits:
 * days, months, hours, minutes, seconds and centuries are checked before
 * they are stored; the rest are small codes.
 */
typedef struct when			/* the fields by size: 43 bytes, 1 of padding */
{
	int32_t		y;				/* 0: not said */
	int32_t		reln;			/* the offset of rel */
	int32_t		decade;			/* first year, 0: none */
	int16_t		m,
				d;				/* 0: not said */
	int16_t		century;		/* 1..99, 0: none */
	int16_t		easter;			/* holiday: days from Easter + 1000, 0: none */
	int16_t		h,
				mi,
				sec;			/* time; h < 0: none */
	int16_t		pod_lo,
				pod_hi;			/* part of the day in minutes from midnight (hi may pass
								 * 24 h: "la nuit"), lo < 0: none */
	int8_t		tgrain;
	int8_t		qual;			/* FRN_Q_* read inside the expression ("il y a près de"), 0: none */
	int8_t		wd;				/* weekday 1..7, 0: none */
	int8_t		dir;			/* -1 dernier, +1 prochain, 0 by tense */
	int8_t		rel;			/* REL_*: offset relative to the reference */
	int8_t		relunit;		/* REL_SHIFT, REL_SAME_DAY: grain of "il y a N <unit>" */
	int8_t		quarter,
				semester;
	int8_t		season;			/* 1 printemps (March-May), 2 été, 3 automne, 4 hiver (December-February) */
	int8_t		part;			/* 1 début, 2 mi, 3 fin of the whole */
	int8_t		nth;			/* 1..4 the nth, -1 the last, of what nth_of is in month m */
	int8_t		nth_of;			/* NTH_*: weekday wd, weekend, week or half of the month */
	int8_t		shift;			/* days added to the day read ("la veille de Noël": -1) */
} when;

/* What the nth of a month counts ("le premier mardi de mars", "la dernière semaine d'août") */
enum
{
	NTH_WEEKDAY = 1, NTH_WEEKEND, NTH_WEEK, NTH_HALF, NTH_DAY
};

static void
when_init(when *w)
{
	_Static_assert(sizeof(when) == 44, "when_init sets every field of when");
	w->y = w->reln = w->decade = 0;
	w->m = w->d = w->century = w->easter = w->mi = w->sec = w->pod_hi = 0;
	w->h = w->pod_lo = -1;
	w->tgrain = w->qual = w->wd = w->dir = w->rel = w->relunit = w->quarter = w->semester = w->season = w->part = 0;
	w->nth = w->nth_of = w->shift = 0;
}

typedef struct parser
{
	reader	   *r;
	item	   *it;				/* wid() fills in the ids not looked up yet */
	size_t		n;
	const char *s;
} parser;

/* Look up the word of x, which the lexer left W_UNKNOWN. */
static uint16_t
wid_lookup(const char *s, item *x)
{
	size_t		e = x->b + x->bl;

	if (x->bl <= 2 && x->bl == x->cl)
		return x->wid = short_word_id(s + x->b, x->bl);
	return x->wid = word_id(s, x->b, e, x->cl, (unsigned char) s[e - 1] < 0x80 ? e - 1 : e - 2);
}

/* The lexicon id of item i, 0 for numbers, punctuation and other words. */
static inline uint16_t
wid(const parser *p, size_t i)
{
	if (i >= p->n)
		return 0;
	return p->it[i].wid != W_UNKNOWN ? p->it[i].wid : wid_lookup(p->s, &p->it[i]);
}

static bool
punct(const parser *p, size_t i, char ch)
{
	return i < p->n && p->it[i].kind == IT_PUNCT && p->it[i].ch == ch;
}

static bool
glued(const parser *p, size_t i)
{
	return i < p->n && !(p->it[i].flags & IF_SPACE);
}

static int
num(const parser *p, size_t i)
{
	return i < p->n && p->it[i].kind == IT_NUM ? p->it[i].num : -1;
}

static int
month_of(uint16_t w)
{
	switch (w)
	{
		case W_JANVIER: case W_JANV: return 1;
		case W_FEVRIER: case W_FEV: case W_FEVR: return 2;
		case W_MARS: return 3;
		case W_AVRIL: case W_AVR: return 4;
		case W_MAI: return 5;
		case W_JUIN: return 6;
		case W_JUILLET: case W_JUIL: return 7;
		case W_AOUT: return 8;
		case W_SEPTEMBRE: case W_SEPT: case W_SEP: return 9;
		case W_OCTOBRE: case W_OCT: return 10;
		case W_NOVEMBRE: case W_NOV: return 11;
		case W_DECEMBRE: case W_DEC: return 12;
		default: return 0;
	}
}

static bool
month_abbrev(uint16_t w)
{
	return w == W_JANV || w == W_FEV || w == W_FEVR || w == W_AVR || w == W_JUIL ||
		w == W_SEPT || w == W_SEP || w == W_OCT || w == W_NOV || w == W_DEC;
}

static int
weekday_word(uint16_t w, bool *plural, bool *abbrev)
{
	*plural = w >= W_LUNDIS && w <= W_DIMANCHES;
	*abbrev = w >= W_LUN && w <= W_DIM;
	if (w >= W_LUNDI && w <= W_DIMANCHE)
		return w - W_LUNDI + 1;
	if (*plural)
		return w - W_LUNDIS + 1;
	if (w == W_LUN) return 1;
	if (w == W_MER) return 3;
	if (w == W_JEU) return 4;
	if (w == W_VEN) return 5;
	if (w == W_SAM) return 6;
	if (w == W_DIM) return 7;
	return 0;
}

/* A month name at i (abbreviations take their period); sets *end. */
static int
month_at(const parser *p, size_t i, size_t *end)
{
	int			m = month_of(wid(p, i));

	if (!m)
		return 0;
	*end = i + 1;
	if (month_abbrev(wid(p, i)))
	{
		if (punct(p, i + 1, '.') && glued(p, i + 1))
			*end = i + 2;
		else if (wid(p, i) != W_SEPT)
			return 0;
	}
	return m;
}

/* Is items[i] a number word ("trois", "vingt", "mille", "sept")? */
static bool
is_number_word(const parser *p, size_t i)
{
	uint16_t	w = wid(p, i);

	return (w >= W_ZERO && w <= W_MILLE) || w == W_SEPT;
}

/* The value of a number word standing alone, -1 for "vingts" (the parser judges it). */
static int
single_number_word(uint16_t w)
{
	static const int16_t values[] = {0, 1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	20, -1, 30, 40, 50, 60, 70, 80, 80, 90, 100, 1000};

	_Static_assert(sizeof values / sizeof values[0] == W_MILLE - W_ZERO + 1, "one value per number word");
	return w == W_SEPT ? 7 : values[w - W_ZERO];
}

/*
 * A number at i: digits, or words ("vingt et un", "deux mille vingt",
 * "quatre-vingt-dix") read by the shared number parser.  Sets *end and
 * *words.  Returns -1 if none.
 */
static int
number_at(const parser *p, size_t i, size_t *end, bool *words)
{
	size_t		j = i,
				last = i;
	frn_dec		v;

	*words = false;
	if (num(p, i) >= 0)
	{
		*end = i + 1;
		return num(p, i);
	}
	if (!is_number_word(p, i))
		return -1;
	if (!(punct(p, i + 1, '-') || wid(p, i + 1) == W_ET || is_number_word(p, i + 1)) &&
		(v.coef = single_number_word(wid(p, i))) >= 0)
	{
		/* one word alone (most of them: "un", "deux"), without the parser */
		*end = i + 1;
		*words = true;
		return (int) v.coef;
	}
	while (j < p->n)
	{
		if (is_number_word(p, j))
			last = j, j++;
		else if ((punct(p, j, '-') && glued(p, j) && glued(p, j + 1) && is_number_word(p, j + 1)) ||
				 (wid(p, j) == W_ET && is_number_word(p, j + 1)))
			j++;
		else
			break;
	}
	if (frn_number_parse(p->s + p->it[i].b, p->it[last].b + p->it[last].bl - p->it[i].b, &v) != FRN_NUM_OK ||
		v.exp < 0 || v.exp > 5 || v.coef < 0 || v.coef > 100000)
		return -1;
	while (v.exp-- > 0)
		v.coef *= 10;
	if (v.coef > 100000)
		return -1;
	*end = last + 1;
	*words = true;
	return (int) v.coef;
}

/* A day of the month at i: "3", "1er", "premier", "trois", "vingt et un". */
static int
day_at(const parser *p, size_t i, size_t *end)
{
	bool		words;
	int			d;

	if (wid(p, i) == W_PREMIER)
	{
		*end = i + 1;
		return 1;
	}
	d = number_at(p, i, end, &words);
	if (d < 1 || d > 31 || (!words && p->it[i].ndig > 2))
		return 0;
	if (!words && (wid(p, *end) == W_ER || wid(p, *end) == W_ERE) && glued(p, *end) && d == 1)
		(*end)++;
	return d;
}

/* A year at i: 1 to 4 digits read as written, or words ("deux mille vingt"). */
static int
year_at(const parser *p, size_t i, size_t *end, int *ndig)
{
	bool		words;
	int			y = number_at(p, i, end, &words);

	/* a year in words is written from "mille" up ("le 8 juin une quarantaine" has none) */
	*ndig = words ? (y >= 1000 ? 4 : 0) : (i < p->n ? p->it[i].ndig : 0);
	if (y < FRN_DATE_MIN_YEAR || y > FRN_DATE_MAX_YEAR)
		return 0;
	/* "2 000" is a number, not the year 2000 */
	if (!words && punct(p, *end, ',') && glued(p, *end) && num(p, *end + 1) >= 0)
		return 0;
	if (!words && num(p, *end) >= 0 && p->it[*end].ndig == 3)
		return 0;
	return y;
}

/* Is item i punctuation or the end (after a 2-digit year: "juillet 98,")? */
static bool
punct_or_end(const parser *p, size_t i)
{
	return i >= p->n || p->it[i].kind == IT_PUNCT;
}

/* Is item i a noun that counts people or measures ("1000 personnes", "2000 mètres")? */
static bool
count_noun(const parser *p, size_t i)
{
	static const char *const nouns[] = {
		"personnes", "habitants", "manifestants", "participants", "spectateurs", "visiteurs",
		"salariés", "emplois", "postes", "élèves", "étudiants", "enfants", "victimes", "morts",
		"blessés", "cas", "soldats", "policiers", "gendarmes", "migrants", "réfugiés", "foyers",
		"logements", "lits", "places", "exemplaires", "unités", "véhicules", "voitures", "lettres",
		"mètres", "m", "km", "kilomètres", "litres", "tonnes", "hectares", "ha", "kg", "kilos"
	};

	/* (not the elided "m'" of "la campagne de 2012 m'a convaincu") */
	if (p->it[i].kind != IT_WORD || punct(p, i + 1, '\''))
		return false;
	for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
		if (word_is(&p->it[i], p->s, nouns[k]))
			return true;
	return false;
}

/* Can a number of 4 digits after which this item comes be a year? */
static bool
year_follow_ok(const parser *p, size_t i)
{
	if (i >= p->n)
		return true;
	if (p->it[i].kind == IT_PUNCT)
		return !(p->it[i].ch == '%' || p->it[i].ch == '?' || p->it[i].ch == '$');
	if (p->it[i].kind == IT_NUM || count_noun(p, i))
		return false;
	/* the first end of a range of counts: "de 1000 à 1200 mètres" */
	if ((wid(p, i) == W_A || wid(p, i) == W_ET) && num(p, i + 1) >= 0 && p->it[i + 1].ndig == 4 &&
		i + 2 < p->n && count_noun(p, i + 2))
		return false;
	/* an amount: "2000 euros", "2019 dollars" (a currency word of the number lexicon) */
	{
		uint16_t	id = frn_lex_word_id(p->s + p->it[i].b, p->it[i].bl);

		/* "de 2010 à 2018 ou avant", but "2000 ou 3000 euros" is an amount */
		return wid(p, i) != 0 || word_capital(p->s, &p->it[i]) || id == 0 || id >= FRN_W_DE ||
			(id == FRN_W_OU && num(p, i + 1) < 0);
	}
}

/* A word of an approximate quantity before its number ("environ", "presque", "quasiment") */
static bool
about_word(uint16_t w)
{
	return w == W_ENVIRON || w == W_PRESQUE || w == W_QUASIMENT || w == W_PRATIQUEMENT || w == W_QUELQUE;
}

/*
 * Where the words of a quantity just before item i begin ("plus de",
 * "moins d'", "un peu plus de", "près de", "environ", "presque", "quelque",
 * "au moins"); i if there are none.  No year follows them ("plus de 1000"),
 * and a duration's cue may stand before them ("pendant près de 4 heures").
 */
static size_t
hedge_start(const parser *p, size_t i)
{
	size_t		k = i;

	if (k >= 1 && about_word(wid(p, k - 1)))
		return k - 1;
	if (k >= 2 && wid(p, k - 1) == W_MOINS && wid(p, k - 2) == W_AU)
		return k - 2;
	if (k >= 1 && wid(p, k - 1) == W_DE)
		k--;
	else if (k >= 2 && punct(p, k - 1, '\'') && wid(p, k - 2) == W_D)
		k -= 2;
	else
		return i;
	if (k >= 3 && (wid(p, k - 1) == W_PLUS || wid(p, k - 1) == W_MOINS) && wid(p, k - 2) == W_PEU && wid(p, k - 3) == W_UN)
		return k - 3;			/* "un peu plus de" */
	return k >= 1 && (wid(p, k - 1) == W_PLUS || wid(p, k - 1) == W_MOINS || wid(p, k - 1) == W_PRES) ? k - 1 : i;
}

/* A 4-digit year standing alone at i (1000..2199 or spelled). */
static int
bare_year_at(const parser *p, size_t i, size_t *end)
{
	int			nd;
	int			y = year_at(p, i, end, &nd);

	if (!y || nd != 4 || y < 1000 || y > 2199 || !year_follow_ok(p, *end) || hedge_start(p, i) < i)
		return 0;
	if (num(p, i) >= 0 && i > 0 && glued(p, i) && p->it[i - 1].kind != IT_PUNCT)
		return 0;
	return y;
}

/* "et quart", "et demi(e)" at j: the minutes (0 if none). */
static int
fraction_at(const parser *p, size_t j)
{
	if (wid(p, j) != W_ET)
		return 0;
	return wid(p, j + 1) == W_QUART ? 15 : (wid(p, j + 1) == W_DEMI || wid(p, j + 1) == W_DEMIE) ? 30 : 0;
}

/*
 * Spelled minutes after "heures" at j: "dix", "et vingt-sept minutes",
 * "moins dix", "moins le quart".  Sets *mi (negative for "moins") and
 * returns the end, or j if none.
 */
/* Two digits of minutes under 60 at j after an hour, with their unit if
 * any ("15h30", "2 heures 30 minutes"): sets *mi and returns the end, or j
 * if none. */
static size_t
digit_minutes(const parser *p, size_t j, int *mi)
{
	if (num(p, j) < 0 || p->it[j].ndig != 2 || num(p, j) >= 60)
		return j;
	*mi = num(p, j++);
	if (wid(p, j) == W_MIN || wid(p, j) == W_MINUTE || wid(p, j) == W_MINUTES)
		j++;
	return j;
}

static size_t
spelled_minutes(const parser *p, size_t j, int *mi)
{
	bool		minus = wid(p, j) == W_MOINS,
				words;
	size_t		k = j + (minus || wid(p, j) == W_ET),
				e;
	int			m;

	if (minus && (wid(p, k) == W_QUART || (wid(p, k) == W_LE && wid(p, k + 1) == W_QUART)))
		m = 15, e = k + (wid(p, k) == W_LE ? 2 : 1);
	else if (!is_number_word(p, k) || (m = number_at(p, k, &e, &words)) <= 0 || m >= 60)
		return j;
	if (wid(p, e) == W_MINUTE || wid(p, e) == W_MINUTES)
		e++;
	*mi = minus ? -m : m;
	return e;
}

static size_t part_of_day_at(const parser *p, size_t i, when *w);

/* Does hour h fall in the part of the day [lo, hi) (minutes; hi may pass 24 h)? */
static bool
in_part_of_day(int h, int lo, int hi)
{
	int			m = h * 60;

	return (m >= lo && m < hi) || (m + 24 * 60 >= lo && m + 24 * 60 < hi);
}

/*
 * The half of the day at j after a time: "am" / "pm" after 1 to 12 h ("4pm",
 * "7:56:30 pm"), or the part of the day it falls in ("4 heures du matin",
 * "8 h du soir", "3 heures de l'après-midi", "11 heures de la nuit"): w->h
 * moves to the 24-hour clock.  Returns the end (j when there is none, or
 * when the part of the day cannot hold the time: "15 heures du matin").
 */
static size_t
meridiem(const parser *p, size_t j, when *w)
{
	size_t		k = j + 1,
				e;
	when		pod;

	if (wid(p, j) == W_AM || wid(p, j) == W_PM)
	{
		if (w->h < 1 || w->h > 12)
			return j;
		w->h = wid(p, j) == W_PM ? w->h % 12 + 12 : w->h % 12;
		return j + 1;
	}
	if (wid(p, j) == W_DE && wid(p, k) == W_L && punct(p, k + 1, '\''))
		k += 2;
	else if (wid(p, j) == W_DE && wid(p, k) == W_LA)
		k++;
	else if (wid(p, j) != W_DU)
		return j;
	when_init(&pod);
	if (wid(p, k) == W_MIDI || (e = part_of_day_at(p, k, &pod)) == 0)
		return j;
	/* on the clock, the morning starts at midnight and the evening at noon */
	if (pod.pod_lo == 6 * 60 || pod.pod_lo == 18 * 60)
		pod.pod_lo -= 6 * 60;
	if (!in_part_of_day(w->h, pod.pod_lo, pod.pod_hi))
	{
		if (w->h >= 12 || !in_part_of_day(w->h + 12, pod.pod_lo, pod.pod_hi))
			return j;
		w->h += 12;
	}
	return e;
}

/* Time of day at i: "15 h 30", "15h", "15 heures", "15:30", "midi", "sept heures et quart". */
static size_t
time_at(const parser *p, size_t i, when *w, bool need_h)
{
	size_t		j,
				k;
	bool		words;
	int			h,
				mi = 0;

	if (wid(p, i) == W_MIDI || wid(p, i) == W_MINUIT)
	{
		if (need_h)
			return 0;
		w->h = wid(p, i) == W_MIDI ? 12 : 0;
		w->mi = fraction_at(p, i + 1);
		w->tgrain = FRN_G_MINUTE;
		/* "minuit moins le quart" is 23:45, "midi moins dix" 11:50 */
		if (!w->mi && wid(p, i + 1) == W_MOINS && (j = spelled_minutes(p, i + 1, &mi)) != i + 1)
		{
			w->h = w->h == 0 ? 23 : w->h - 1;
			w->mi = 60 + mi;
			return j;
		}
		return i + 1 + (w->mi ? 2 : 0);
	}
	h = number_at(p, i, &j, &words);
	if (h < 0 || h > 24 || (!words && p->it[i].ndig > 2))
		return 0;
	if (!words && glued(p, j) && (wid(p, j) == W_AM || wid(p, j) == W_PM) && h >= 1 && h <= 12)
	{
		/* "4pm" */
		w->h = h, w->tgrain = FRN_G_HOUR;
		return meridiem(p, j, w);
	}
	if (!words && punct(p, j, ':') && glued(p, j) && glued(p, j + 1) && num(p, j + 1) >= 0 &&
		p->it[j + 1].ndig == 2 && num(p, j + 1) < 60)
	{
		w->h = h;
		w->mi = num(p, j + 1);
		w->tgrain = FRN_G_MINUTE;
		j += 2;
		/* "19:56:30" */
		if (punct(p, j, ':') && glued(p, j) && glued(p, j + 1) && num(p, j + 1) >= 0 &&
			p->it[j + 1].ndig == 2 && num(p, j + 1) < 60)
		{
			w->sec = num(p, j + 1);
			w->tgrain = FRN_G_SECOND;
			j += 2;
		}
		return meridiem(p, j, w);
	}
	if (wid(p, j) != W_H && wid(p, j) != W_HEURE && wid(p, j) != W_HEURES)
		return 0;
	/* "15 h" or "15h", but "quinze h" is no time */
	if (wid(p, j) == W_H && words)
		return 0;
	j++;
	w->h = h;
	w->tgrain = FRN_G_MINUTE;
	if ((k = digit_minutes(p, j, &mi)) != j)
		j = k;
	else if ((mi = fraction_at(p, j)) != 0)
		j += 2;
	else if ((wid(p, j - 1) != W_H || (wid(p, j) == W_MOINS && (wid(p, j + 1) == W_LE || wid(p, j + 1) == W_QUART))) &&
			 (j = spelled_minutes(p, j, &mi), mi != 0))
	{
		/* "huit heures moins vingt" is 7:40 */
		if (mi < 0)
			w->h = h == 0 ? 23 : h - 1, mi += 60;
	}
	else
		w->tgrain = FRN_G_HOUR;
	w->mi = mi;
	return meridiem(p, j, w);
}

/* Part of the day named at i ("matin", "soir", "après-midi", "nuit"): hours [lo, hi). */
static size_t
part_of_day_at(const parser *p, size_t i, when *w)
{
	switch (wid(p, i))
	{
		case W_MATIN: case W_MATINEE:
			w->pod_lo = 6 * 60, w->pod_hi = 12 * 60;
			return i + 1;
		case W_SOIR: case W_SOIREE:
			w->pod_lo = 18 * 60, w->pod_hi = 24 * 60;
			return i + 1;
		case W_NUIT:
			w->pod_lo = 22 * 60, w->pod_hi = 30 * 60;
			return i + 1;
		case W_MIDI:
			w->pod_lo = 12 * 60, w->pod_hi = 14 * 60;
			return i + 1;
		case W_APRES:
			if (punct(p, i + 1, '-') && wid(p, i + 2) == W_MIDI)
			{
				w->pod_lo = 12 * 60, w->pod_hi = 18 * 60;
				return i + 3;
			}
			return 0;
		default:
			return 0;
	}
}

/* The mark of an ordinal in figures: "18e", "18ème", "18ième" */
static bool
ordinal_mark(uint16_t w)
{
	return w == W_E || w == W_EME || w == W_IEME;
}

/* "dernier", "prochain"... after a noun: -1, +1, 0. */
static int
direction_at(const parser *p, size_t i)
{
	switch (wid(p, i))
	{
		case W_DERNIER: case W_DERNIERE: case W_PASSE: case W_PASSEE: return -1;
		case W_PROCHAIN: case W_PROCHAINE: return 1;
		default: return 0;
	}
}

/* The grain a unit word names (jour, semaine, mois, an...), -1 if none. */
static int
unit_grain(uint16_t w)
{
	switch (w)
	{
		case W_SECONDE_U: case W_SECONDE: case W_SEC: return FRN_G_SECOND;
		case W_MINUTE: case W_MINUTES: case W_MIN: return FRN_G_MINUTE;
		case W_HEURE: case W_HEURES: case W_H: return FRN_G_HOUR;
		case W_JOUR: case W_JOURS: case W_JOURNEE: case W_JOURNEES: return FRN_G_DAY;
		case W_SEMAINE: case W_SEMAINES: return FRN_G_WEEK;
		case W_MOIS: return FRN_G_MONTH;
		case W_TRIMESTRE: case W_TRIMESTRES: return FRN_G_QUARTER;
		case W_SEMESTRE: case W_SEMESTRES: return FRN_G_SEMESTER;
		case W_AN: case W_ANS: case W_ANNEE: case W_ANNEES: return FRN_G_YEAR;
		case W_DECENNIE: case W_DECENNIES: return FRN_G_DECADE;
		case W_SIECLE: case W_SIECLES: return FRN_G_CENTURY;
		default: return -1;
	}
}

/* n units of grain g as an interval */
static frn_span_len
span_of(int g, int n)
{
	frn_span_len l = {0, 0, 0};

	switch (g)
	{
		case FRN_G_SECOND: l.seconds = n; break;
		case FRN_G_MINUTE: l.seconds = (int64_t) n * 60; break;
		case FRN_G_HOUR: l.seconds = (int64_t) n * 3600; break;
		case FRN_G_DAY: l.days = n; break;
		case FRN_G_WEEK: l.days = 7 * n; break;
		case FRN_G_MONTH: l.months = n; break;
		case FRN_G_QUARTER: l.months = 3 * n; break;
		case FRN_G_SEMESTER: l.months = 6 * n; break;
		case FRN_G_YEAR: l.months = 12 * n; break;
		case FRN_G_DECADE: l.months = 120 * n; break;
		default: l.months = 1200 * n; break;
	}
	return l;
}

/*
 * Do n units of grain g fit a length (an interval's 32-bit months and days,
 * with room for "et demi")?  "pendant 999999999 ans" does not: no length.
 */
static bool
span_fits(int g, int n)
{
	frn_span_len one = span_of(g, 1);

	return n <= (INT32_MAX - 1200) / (one.months ? one.months : one.days ? one.days : 1);
}

/* A Roman number of centuries ("XIX"), 0 if the word is not one (suffix e/ème allowed). */
static int
roman_century(const char *w, size_t n)
{
	int			v = 0,
				prev = 1000;
	size_t		k = 0;

	if (n >= 5 && memcmp(w + n - 4, "\xC3\xA8me", 4) == 0)
		n -= 4;
	else if (n >= 4 && memcmp(w + n - 3, "eme", 3) == 0)
		n -= 3;
	else if (n >= 2 && w[n - 1] == 'e')
		n -= 1;
	else
		return 0;
	for (; k < n; k++)
	{
		int			d = w[k] == 'I' ? 1 : w[k] == 'V' ? 5 : w[k] == 'X' ? 10 : 0;

		if (!d)
			return 0;
		v += d;
		if (d > prev)
			v -= 2 * prev;
		prev = d;
	}
	return n > 0 && v >= 1 && v <= 30 ? v : 0;
}

/* An ordinal 1..4 at i: premier, 1er, second, deuxième, 2e, troisième... */
static inline int
ordinal_at(const parser *p, size_t i, size_t *end)
{
	switch (wid(p, i))
	{
		case W_PREMIER: case W_PREMIERE: *end = i + 1; return 1;
		case W_SECOND: case W_SECONDE: case W_DEUXIEME: *end = i + 1; return 2;
		case W_TROISIEME: *end = i + 1; return 3;
		case W_QUATRIEME: *end = i + 1; return 4;
		default: break;
	}
	if (num(p, i) >= 1 && num(p, i) <= 4 && glued(p, i + 1) &&
		(wid(p, i + 1) == W_ER || wid(p, i + 1) == W_ERE || ordinal_mark(wid(p, i + 1))))
	{
		*end = i + 2;
		return num(p, i);
	}
	return 0;
}

/* An optional year after a period word: sets w->y when there is one. */
static size_t
opt_year(const parser *p, size_t i, when *w)
{
	size_t		e;
	int			y = bare_year_at(p, i, &e);

	if (!y && wid(p, i) == W_DE)
		y = bare_year_at(p, i + 1, &e);
	if (y)
	{
		w->y = y;
		return e;
	}
	return i;
}

/*
 * Is item i after a capitalised word, a first name or a title ("Bruce
 * Toussaint", "Père Noël", "Marie-Noël")?  At a sentence start the word may
 * be a capitalised preposition or article: "À Noël", "Depuis Pâques",
 * "Avant la Toussaint" are dates.
 */
static bool
capital_word_before(const parser *p, size_t i)
{
	size_t		k = i;
	uint16_t	w;

	if (k >= 2 && punct(p, k - 1, '-') && glued(p, k - 1) && glued(p, k))
		k--;
	if (k < 1 || p->it[k - 1].kind != IT_WORD || !word_capital(p->s, &p->it[k - 1]))
		return false;
	w = wid(p, k - 1);
	return !(w == W_A || w == W_AVANT || w == W_APRES || w == W_DEPUIS || w == W_POUR || w == W_VERS ||
			 w == W_LE || w == W_LA || w == W_LES || w == W_CE || w == W_CETTE || w == W_CHAQUE ||
			 w == W_DES || w == W_DU || w == W_AU || w == W_ENTRE || w == W_DE || w == W_EN ||
			 w == W_UN || w == W_UNE || w == W_SANS || word_is(&p->it[k - 1], p->s, "Dès") ||
			 word_is(&p->it[k - 1], p->s, "Avec"));
}

/* Is the word at k one that makes "nouvel an" another calendar's ("chinois", "juif")? */
static bool
other_new_year(const parser *p, size_t k)
{
	static const char *const adj[] = {
		"chinois", "juif", "lunaire", "vietnamien", "iranien", "persan", "kurde", "berbère",
		"amazigh", "tibétain", "thaï", "thaïlandais", "coréen", "hindou", "musulman", "islamique", "hégirien",
		"orthodoxe", "julien", "tamoul", "khmer", "bouddhiste", "cambodgien", "laotien", "mongol"
	};

	if (k >= p->n || p->it[k].kind != IT_WORD)
		return false;
	for (size_t j = 0; j < sizeof adj / sizeof adj[0]; j++)
		if (word_is(&p->it[k], p->s, adj[j]))
			return true;
	return false;
}

/* Does a date word stand for a holiday?  Sets w (month/day or Easter offset). */
static size_t
holiday_at(const parser *p, size_t i, when *w)
{
	uint16_t	a = wid(p, i);
	size_t		e = i + 1;

	/* a person ("Noël Mamère", "Toussaint Louverture", "Bruce Toussaint", "Père Noël", "Marie-Noël") */
	if ((e < p->n && p->it[e].kind == IT_WORD && word_capital(p->s, &p->it[e]) && !month_of(wid(p, e)) &&
		 !(a == W_NOUVEL && wid(p, e) == W_AN)) ||
		capital_word_before(p, i))
		return 0;
	/* the climb, the rise ("l'ascension du mont Fuji"), not "ascension 2023" */
	if ((a == W_ASCENSION || a == W_ASSOMPTION) && !word_capital(p->s, &p->it[i]) &&
		!(num(p, e) >= 0 && p->it[e].ndig == 4))
		return 0;
	switch (a)
	{
		case W_NOEL: w->m = 12, w->d = 25; break;
		case W_TOUSSAINT: w->m = 11, w->d = 1; break;
		case W_ASSOMPTION: w->m = 8, w->d = 15; break;
		case W_PAQUES: w->easter = 1000; break;
		case W_PENTECOTE: w->easter = 1049; break;
		case W_ASCENSION: w->easter = 1039; break;
		case W_RAMEAUX: w->easter = 993; break;
		case W_SAINT:
			if (!punct(p, e, '-'))
				return 0;
			if (wid(p, e + 1) == W_SYLVESTRE)
				w->m = 12, w->d = 31;
			else if (wid(p, e + 1) == W_VALENTIN)
				w->m = 2, w->d = 14;
			else
				return 0;
			e += 2;
			break;
		case W_LUNDI:
			if (wid(p, e) == W_DE && wid(p, e + 1) == W_PAQUES)
				w->easter = 1001;
			else if (wid(p, e) == W_DE && wid(p, e + 1) == W_PENTECOTE)
				w->easter = 1050;
			else
				return 0;
			e += 2;
			break;
		case W_MARDI:
			if (!(word_capital(p->s, &p->it[i]) || punct(p, e, '-')) || wid(p, e + (punct(p, e, '-') ? 1 : 0)) != W_GRAS)
				return 0;
			w->easter = 1000 - 47;
			e += punct(p, e, '-') ? 2 : 1;
			break;
		case W_VENDREDI:
			if (!(wid(p, e) == W_SAINT && !word_capital(p->s, &p->it[e])))
				return 0;
			w->easter = 998;
			e++;
			break;
		case W_MERCREDI:
			if (!(wid(p, e) == W_DES && wid(p, e + 1) == W_CENDRES))
				return 0;
			w->easter = 1000 - 46;
			e += 2;
			break;
		case W_NOUVEL:
			/* "Nouvel An", "nouvel-an"; not "le nouvel an chinois, juif, lunaire…" */
			if (punct(p, e, '-') && glued(p, e) && glued(p, e + 1))
				e++;
			if (!(wid(p, e) == W_AN) || other_new_year(p, e + 1))
				return 0;
			w->m = 1, w->d = 1;
			e++;
			break;
		case W_JOUR:
			if (!(wid(p, e) == W_DE && wid(p, e + 1) == W_L && punct(p, e + 2, '\'') && wid(p, e + 3) == W_AN))
				return 0;
			w->m = 1, w->d = 1;
			e += 4;
			break;
		default:
			return 0;
	}
	return opt_year(p, e, w);
}

/*
 * A day with its month at i: "3 décembre [2025]", "1er-Mai", "trois mars
 * deux mille vingt", "03/12/2025", "2025-12-03", "15.05.99".
 */
static size_t
day_month_at(const parser *p, size_t i, when *w)
{
	size_t		e,
				f;
	int			d = day_at(p, i, &e),
				m,
				nd;

	if (d)
	{
		size_t		k = e + (punct(p, e, '-') && glued(p, e) ? 1 : 0);	/* 14-Juillet */

		if ((m = month_at(p, k, &f)) != 0)
		{
			int			y;
			size_t		g;

			w->d = d, w->m = m;
			/* "23 novembre 1987", "23 novembre de 1987", "3 déc. 25" */
			if ((y = year_at(p, f, &g, &nd)) != 0 && year_follow_ok(p, g) &&
				(nd == 4 || (nd == 2 && !is_number_word(p, f) && punct_or_end(p, g))))
			{
				if (nd == 2)
					y += y < 50 ? 2000 : 1900;
				w->y = y;
				return g;
			}
			if (wid(p, f) == W_DE && num(p, f + 1) >= 0 && (y = year_at(p, f + 1, &g, &nd)) != 0 && nd == 4 &&
				year_follow_ok(p, g))
			{
				w->y = y;
				return g;
			}
			/* "le 3 mars dernier", "le 1er mai prochain": the one before or after ref, whatever the tense */
			if (wid(p, f) == W_DERNIER || wid(p, f) == W_PROCHAIN || wid(p, f) == W_PASSE)
			{
				w->dir = (int8_t) direction_at(p, f);
				return f + 1;
			}
			return f;
		}
	}
	/* numeric forms, all glued: yyyy-mm-dd, dd/mm/yyyy, dd.mm.yy, dd/mm */
	if (num(p, i) >= 0 && glued(p, i + 1) && glued(p, i + 2) && num(p, i + 2) >= 0)
	{
		char		sep = i + 1 < p->n && p->it[i + 1].kind == IT_PUNCT ? p->it[i + 1].ch : 0;
		bool		third = punct(p, i + 3, sep) && glued(p, i + 3) && glued(p, i + 4) && num(p, i + 4) >= 0;
		int			y = 0;		/* m and d of the function are reused */
		size_t		end = i + 5;

		if (sep != '/' && sep != '.' && sep != '-')
			return 0;
		if (p->it[i].ndig == 4 && sep == '-' && third && p->it[i + 2].ndig <= 2 && p->it[i + 4].ndig <= 2)
			y = num(p, i), m = num(p, i + 2), d = num(p, i + 4);
		else if (p->it[i].ndig <= 2 && p->it[i + 2].ndig <= 2 && third &&
				 (p->it[i + 4].ndig == 4 || p->it[i + 4].ndig == 2))
		{
			d = num(p, i), m = num(p, i + 2), y = num(p, i + 4);
			if (p->it[i + 4].ndig == 2)
				y += y < 50 ? 2000 : 1900;
		}
		/* dd/mm alone: after "le", "du", "au" only (a fraction or a score otherwise) */
		else if (sep == '/' && p->it[i].ndig <= 2 && p->it[i + 2].ndig <= 2 && !punct(p, i + 3, '/') &&
				 i > 0 && (wid(p, i - 1) == W_LE || wid(p, i - 1) == W_DU || wid(p, i - 1) == W_AU))
			d = num(p, i), m = num(p, i + 2), end = i + 3;
		else
			return 0;
		/* "03/13/2050" is no French date; 30/02 is read, then refused as impossible */
		if (m < 1 || m > 12 || d < 1 || d > 31 || (end == i + 5 && y < FRN_DATE_MIN_YEAR))
			return 0;
		w->y = y, w->m = m, w->d = d;
		return end;
	}
	return 0;
}

/* Is there a word before i that makes a bare month or year a date ("en", "depuis")? */
static bool
date_cue_before(const parser *p, size_t i)
{
	if (i == 0)
		return false;
	switch (wid(p, i - 1))
	{
		/* "des" is also "dès" (accents folded) */
		case W_EN: case W_DEPUIS: case W_DE: case W_DU: case W_D: case W_A: case W_AU:
		case W_ENTRE: case W_AVANT: case W_APRES: case W_ICI:
		case W_HORIZON: case W_FIN: case W_DEBUT: case W_MI: case W_MOIS: case W_AN:
		case W_ANNEE: case W_COURS: case W_MILIEU: case W_VERS: case W_DES: case W_NOEL:
		case W_POUR: case W_SUR: case W_COURANT:
			return true;
		case W_ET:
			/* "en 2018 et 2019", not "2030 licenciés et 1999 bénévoles" */
			return i >= 2 && num(p, i - 2) >= 0;
		default:
			break;
	}
	/* "jusqu'en 2030", "(2019)" */
	return (i >= 2 && wid(p, i - 2) == W_JUSQU) || punct(p, i - 1, '(');
}

/*
 * One end of a range of hours at i: a time ("14h", "12h00", "midi"), or a
 * bare number of 0 to 24 (*bare set), which the range makes an hour since a
 * day goes with it ("le 17 entre 14 et 16").  Returns its end, 0 if none.
 */
static size_t
hour_end_at(const parser *p, size_t i, when *t, bool *bare)
{
	size_t		e;

	when_init(t);
	*bare = false;
	if ((e = time_at(p, i, t, false)) != 0)
		return t->h < 24 && t->tgrain != FRN_G_SECOND ? e : 0;
	when_init(t);
	if (num(p, i) < 0 || num(p, i) > 24 || p->it[i].ndig > 2 ||
		(i + 1 < p->n && !(p->it[i + 1].flags & IF_SPACE) && p->it[i + 1].kind != IT_PUNCT))
		return 0;
	t->h = num(p, i);
	t->tgrain = FRN_G_HOUR;
	*bare = true;
	return i + 1;
}

/*
 * The end in minutes of a range of hours whose last time is t, exclusive:
 * the end of t at its grain ("à 16h": 17:00), or the end of the day for
 * "à minuit" (not one minute of the next day).
 */
static int
hours_end(const when *t)
{
	if ((t->h == 0 || t->h == 24) && t->mi == 0)
		return 24 * 60;
	return t->h * 60 + t->mi + (t->tgrain == FRN_G_HOUR ? 60 : 1);
}

/*
 * A range of hours of a day: "de 14h à 16h", "entre 12h00 et 14h00", "de
 * 14 à 16", "entre 14 et 16" (bare numbers after a day are hours), set on w
 * as its part of the day [first, end of the last).  Two bare numbers must
 * go forward and be followed by punctuation or a date word that is no unit
 * nor month ("entre 14 et 16 joueurs", "de 14 à 16 ans", "entre 10 et 15
 * %" are counts, "le 3 de 10 à 12 mai" days).  Returns the end, i if none.
 */
static size_t
hours_of_day_at(const parser *p, size_t i, when *w)
{
	bool		entre = wid(p, i) == W_ENTRE,
				bare1,
				bare2;
	size_t		c,
				e;
	when		t1,
				t2;
	int			lo,
				hi;

	if (!entre && wid(p, i) != W_DE)
		return i;
	if ((c = hour_end_at(p, i + 1, &t1, &bare1)) == 0)
		return i;
	if (entre ? wid(p, c) != W_ET : wid(p, c) != W_A)
		return i;
	if ((e = hour_end_at(p, c + 1, &t2, &bare2)) == 0)
		return i;
	lo = t1.h * 60 + t1.mi;
	hi = hours_end(&t2);
	if (bare1 && bare2)
	{
		uint16_t	next = wid(p, e);

		if (hi <= lo + 60 || !(e >= p->n || (p->it[e].kind == IT_PUNCT && p->it[e].ch != '%' &&
										 p->it[e].ch != '$' && p->it[e].ch != '-' && p->it[e].ch != '/') ||
							(next != 0 && unit_grain(next) < 0 && !month_of(next) && !is_number_word(p, e))))
			return i;
	}
	/* "de 22h à 2h" ends the next day; "de 16 à 14h" is no range */
	if (hi <= lo)
	{
		if (bare1 || bare2)
			return i;
		hi += 24 * 60;
	}
	w->pod_lo = (int16_t) lo;
	w->pod_hi = (int16_t) hi;
	return e;
}

/* The third a word names: 1 début, 2 mi or milieu, 3 fin; 0 if none. */
static int
part_word(uint16_t w)
{
	switch (w)
	{
		case W_DEBUT: return 1;
		case W_MI: case W_MILIEU: return 2;
		case W_FIN: return 3;
		default: return 0;
	}
}

/*
 * "en fin de journée", "en début d'après-midi", "en milieu de matinée":
 * the third of the day or of its part.  Returns the end, i if none.
 */
static size_t
pod_third_after_day(const parser *p, size_t i, when *w)
{
	size_t		k = i + 2,
				e;
	int			part = part_word(wid(p, i + 1)),
				third;

	if (wid(p, i) != W_EN || part == 0 || wid(p, i + 1) == W_MI)
		return i;
	if (wid(p, k) == W_DE)
		k++;
	else if (wid(p, k) == W_D && punct(p, k + 1, '\''))
		k += 2;
	else
		return i;
	if (wid(p, k) == W_JOURNEE)
	{
		w->pod_lo = 0, w->pod_hi = 24 * 60;
		e = k + 1;
	}
	else if (wid(p, k) == W_MIDI || (e = part_of_day_at(p, k, w)) == 0)
		return i;
	third = (w->pod_hi - w->pod_lo) / 3;
	w->pod_lo = (int16_t) (w->pod_lo + (part - 1) * third);
	w->pod_hi = (int16_t) (w->pod_lo + third);
	return e;
}

/*
 * A part of the day said after the day: "dans la matinée", "dans
 * l'après-midi", "en soirée", "au soir" ("mardi dans la matinée", "le 17
 * au soir").  Returns the end, i if none.
 */
static size_t
pod_after_day(const parser *p, size_t i, when *w)
{
	size_t		k,
				e;

	if (wid(p, i) == W_DANS && wid(p, i + 1) == W_LA)
		k = i + 2;
	else if (wid(p, i) == W_DANS && wid(p, i + 1) == W_L && punct(p, i + 2, '\''))
		k = i + 3;
	else if (wid(p, i) == W_EN && (wid(p, i + 1) == W_MATINEE || wid(p, i + 1) == W_SOIREE))
		k = i + 1;
	else if (wid(p, i) == W_AU && (wid(p, i + 1) == W_MATIN || wid(p, i + 1) == W_SOIR))
		k = i + 1;
	else
		return pod_third_after_day(p, i, w);
	if (wid(p, k) == W_MIDI || (e = part_of_day_at(p, k, w)) == 0)
		return i;
	return e;
}

/*
 * "jeudi avant 17h", "samedi après 20h": the part of the day before or
 * after the time ("après 2h30 de route" is a duration).  Returns the end,
 * i if none.
 */
static size_t
around_hour_at(const parser *p, size_t i, when *w)
{
	size_t		e;
	when		t;

	if (wid(p, i) != W_AVANT && wid(p, i) != W_APRES)
		return i;
	when_init(&t);
	if ((e = time_at(p, i + 1, &t, true)) == 0 || t.h >= 24 || t.tgrain == FRN_G_SECOND ||
		wid(p, e) == W_DE || wid(p, e) == W_D || (wid(p, i) == W_AVANT && t.h == 0 && t.mi == 0))
		return i;
	w->pod_lo = (int16_t) (wid(p, i) == W_AVANT ? 0 : t.h * 60 + t.mi);
	w->pod_hi = (int16_t) (wid(p, i) == W_AVANT ? t.h * 60 + t.mi : 24 * 60);
	return e;
}

/* The hours said after a day, as its part: a range, a part of the day, before or after a time. */
static size_t
hours_after_day(const parser *p, size_t i, when *w)
{
	size_t		e;

	if ((e = hours_of_day_at(p, i, w)) != i || (e = pod_after_day(p, i, w)) != i)
		return e;
	return around_hour_at(p, i, w);
}

/* What comes after a day: "à 15 h 30", "soir", "vers midi", "de 14h à 16h" (into w). */
static size_t
after_day(const parser *p, size_t i, when *w)
{
	size_t		e;

	if ((e = part_of_day_at(p, i, w)) != 0 || (e = hours_after_day(p, i, w)) != i)
		return e;
	/* "14 octobre 8:00", "mardi 11:00": a time with its h or colon */
	if ((e = time_at(p, i, w, true)) != 0 && w->h < 24 && (w->tgrain <= FRN_G_MINUTE || wid(p, i + 1) == W_H))
		return e;
	w->h = -1;
	if ((wid(p, i) == W_A || wid(p, i) == W_VERS) && (e = time_at(p, i + 1, w, false)) != 0)
		return e;
	if (punct(p, i, ',') && (wid(p, i + 1) == W_A) && (e = time_at(p, i + 2, w, false)) != 0)
		return e;
	return i;
}

/*
 * The month-based periods: "mars [2024]", "mars dernier", "début mars",
 * with the part already in w.  Needs a cue for a bare month: cued, or a
 * word before (date_cue_before).
 */
static size_t
month_period_at(const parser *p, size_t i, when *w, bool cued)
{
	size_t		e;
	int			m = month_at(p, i, &e);
	size_t		g;

	if (!m || wid(p, i) == W_SEPT)
		return 0;
	cued = cued || date_cue_before(p, i);	/* asked only here: few starts are months */
	/* "Mars" in the middle of a sentence is the planet or a brand */
	if (wid(p, i) == W_MARS && word_capital(p->s, &p->it[i]) && i > 0 && !sentence_end(&p->it[i - 1]) && !cued)
		return 0;
	w->m = m;
	g = opt_year(p, e, w);
	if (g != e)
		return g;
	/* "juillet 98", "mars 2024" */
	if (num(p, e) >= 0 && p->it[e].ndig == 2 && punct_or_end(p, e + 1) &&
		wid(p, e + 1) != W_H && wid(p, e + 1) != W_HEURES)
	{
		w->y = num(p, e) + (num(p, e) < 50 ? 2000 : 1900);
		return e + 1;
	}
	if ((w->dir = direction_at(p, e)) != 0)
		return e + 1;
	if (!cued)
		return 0;
	return e;
}

static size_t weekday_at(const parser *p, size_t i, when *w);

static int
season_of(uint16_t w)
{
	return w == W_PRINTEMPS ? 1 : w == W_ETE ? 2 : w == W_AUTOMNE ? 3 : w == W_HIVER ? 4 : 0;
}

/*
 * "l'été 2020", "au printemps", "en hiver dernier", "à l'automne": a season
 * after l' / au / en ("été" is also the participle: "a été" is none).
 */
static size_t
season_at(const parser *p, size_t i, when *w)
{
	size_t		e = i + 1;

	if (!season_of(wid(p, i)) || i == 0 ||
		!(wid(p, i - 1) == W_AU || wid(p, i - 1) == W_EN || (punct(p, i - 1, '\'') && i >= 2 && wid(p, i - 2) == W_L)))
		return 0;
	w->season = season_of(wid(p, i));
	if ((w->dir = direction_at(p, e)) != 0)
		return e + 1;
	e = opt_year(p, e, w);
	/* "l'hiver 2025-2026": the winter that starts in the first year, not two years */
	if (w->season == 4 && w->y && punct(p, e, '-') && glued(p, e) && glued(p, e + 1) &&
		num(p, e + 1) >= 0 && (num(p, e + 1) == w->y + 1 || (p->it[e + 1].ndig == 2 && num(p, e + 1) == (w->y + 1) % 100)))
		e += 2;
	return e;
}

/* The relative nouns with their determiner: "la semaine dernière", "cette année"... */
static size_t
deictic_words_at(const parser *p, size_t i, when *w)
{
	uint16_t	det = wid(p, i);
	size_t		k = i + 1,
				e;
	int			g,
				dir;
	bool		this = det == W_CE || det == W_CET || det == W_CETTE;

	if (det == W_L && punct(p, k, '\''))
		k++;
	else if (!(det == W_LA || det == W_LE || this))
		return 0;
	if (wid(p, k) == W_WEEK && punct(p, k + 1, '-') && wid(p, k + 2) == W_END)
		g = -2, e = k + 3;
	else if (wid(p, k) == W_WEEKEND)
		g = -2, e = k + 1;
	else if (this && (e = part_of_day_at(p, k, w)) != 0)
	{
		w->rel = REL_DAY;
		return e;
	}
	else if (det == W_CE && (e = weekday_at(p, k, w)) != 0)
		return e;				/* "ce jeudi": the weekday read as a bare one */
	else if (this && season_of(wid(p, k)))
	{
		w->season = season_of(wid(p, k));
		w->rel = REL_YEAR;
		return k + 1;
	}
	else if (this && month_of(wid(p, k)) && month_at(p, k, &e))
	{
		/* "ce mois de décembre", "cette décembre": the month of this year */
		w->m = month_of(wid(p, k));
		w->rel = REL_YEAR;
		return e;
	}
	else
	{
		g = unit_grain(wid(p, k));
		e = k + 1;
		if (g != FRN_G_WEEK && g != FRN_G_MONTH && g != FRN_G_YEAR)
			return 0;
	}
	dir = direction_at(p, e);
	if (dir)
		e++;
	else if (this && wid(p, e - 1) == W_MOIS && punct(p, e, '-') && wid(p, e + 1) == W_CI)
		e += 2;
	else if (!this)
		return 0;
	w->rel = g == -2 ? REL_WEEKEND : g == FRN_G_WEEK ? REL_WEEK : g == FRN_G_MONTH ? REL_MONTH : REL_YEAR;
	w->reln = dir;
	return e;
}

/* Is "-là" glued at e ("ce soir-là", "ce dimanche-là": the story's moment)? */
static bool
story_moment_at(const parser *p, size_t e)
{
	return punct(p, e, '-') && glued(p, e) && glued(p, e + 1) && wid(p, e + 1) == W_LA;
}

/*
 * "cette année", "ce soir", but not "cette année-là", "ce soir-là": the
 * moment of the story told, not of the reference.
 */
static size_t
deictic_at(const parser *p, size_t i, when *w)
{
	size_t		e = deictic_words_at(p, i, w);
	uint16_t	det = wid(p, i);

	if (e != 0 && (det == W_CE || det == W_CET || det == W_CETTE) && story_moment_at(p, e))
		return 0;
	return e;
}

/* The item after "de" or "d'" at k; 0 if there is none. */
static size_t
after_de(const parser *p, size_t k)
{
	if (wid(p, k) == W_DE)
		return k + 1;
	if (wid(p, k) == W_D && punct(p, k + 1, '\''))
		return k + 2;
	return 0;
}

/*
 * The words between "il y a" / "dans" and the count (k): words that leave
 * the moment as said ("il y a maintenant dix ans", "déjà", "tout juste"),
 * then one that makes it approximate ("près de", "environ", "à peu près":
 * about) or a bound: ten years ago "plus de" is before that moment, in two
 * years "plus de" after it, "moins de" the other way (the qualifiers of
 * fr_dates, which place the moment against the value).  Returns the item of
 * the count; *q the qualifier.
 */
static size_t
shift_hedge(const parser *p, size_t k, int sign, int *q)
{
	size_t		e;

	*q = FRN_Q_NONE;
	for (int said = 0; said < 2; said++)
	{
		uint16_t	w = wid(p, k);

		if (w == W_MAINTENANT || w == W_DEJA || w == W_DESORMAIS || w == W_SEULEMENT ||
			w == W_EXACTEMENT || w == W_BIENTOT)
			k++;
		else if (w == W_TOUT && wid(p, k + 1) == W_JUSTE)
			k += 2;
		else if (w == W_AUJOURD && punct(p, k + 1, '\'') && wid(p, k + 2) == W_HUI)
			k += 3;
		else
			break;
	}
	switch (wid(p, k))
	{
		case W_ENVIRON:
		case W_PRESQUE:
		case W_QUASIMENT:
		case W_PRATIQUEMENT:
		case W_QUELQUE:			/* about_word */
			*q = FRN_Q_ABOUT;
			return k + 1;
		case W_PRES:
			if ((e = after_de(p, k + 1)) == 0)
				return k;
			*q = FRN_Q_ABOUT;
			return e;
		case W_A:
			if (wid(p, k + 1) != W_PEU || wid(p, k + 2) != W_PRES)
				return k;
			*q = FRN_Q_ABOUT;
			return k + 3;
		case W_UN:
			/* "un peu plus d'un an" */
			if (wid(p, k + 1) != W_PEU || (wid(p, k + 2) != W_PLUS && wid(p, k + 2) != W_MOINS) ||
				(e = after_de(p, k + 3)) == 0)
				return k;
			*q = FRN_Q_ABOUT;
			return e;
		case W_PAS:
			/* "pas loin de", "pas moins de" */
			if (wid(p, k + 1) == W_LOIN && (e = after_de(p, k + 2)) != 0)
				*q = FRN_Q_ABOUT;
			else if (wid(p, k + 1) == W_MOINS && (e = after_de(p, k + 2)) != 0)
				*q = sign < 0 ? FRN_Q_UNDER : FRN_Q_OVER;
			else
				return k;
			return e;
		case W_AU:
			if (wid(p, k + 1) != W_MOINS)
				return k;
			*q = sign < 0 ? FRN_Q_UNDER : FRN_Q_OVER;
			return k + 2;
		case W_PLUS:
			if ((e = after_de(p, k + 1)) == 0)
				return k;
			*q = sign < 0 ? FRN_Q_UNDER : FRN_Q_OVER;
			return e;
		case W_MOINS:
			if ((e = after_de(p, k + 1)) == 0)
				return k;
			*q = sign < 0 ? FRN_Q_OVER : FRN_Q_UNDER;
			return e;
		default:
			return k;
	}
}

/* The number a count noun stands for ("une dizaine de"); 0 if w is none. */
static int
about_count(uint16_t w)
{
	switch (w)
	{
		case W_DIZAINE: return 10;
		case W_DOUZAINE: return 12;
		case W_QUINZAINE: return 15;
		case W_VINGTAINE: return 20;
		case W_TRENTAINE: return 30;
		case W_QUARANTAINE: return 40;
		case W_CINQUANTAINE: return 50;
		case W_SOIXANTAINE: return 60;
		case W_CENTAINE: return 100;
		default: return 0;
	}
}

/*
 * "il y a deux ans jour pour jour", "dans un mois, presque jour pour jour":
 * the day of the reference that many weeks, months or years away (w read
 * by shift_at up to i).  Returns the end.
 */
static size_t
same_day_after(const parser *p, size_t i, when *w)
{
	size_t		k = i + punct(p, i, ',');
	bool		nearly = about_word(wid(p, k));

	if (nearly || wid(p, k) == W_EXACTEMENT)
		k++;
	if (w->relunit < FRN_G_WEEK || w->reln < -9999 || w->reln > 9999 ||
		!(wid(p, k) == W_JOUR && wid(p, k + 1) == W_POUR && wid(p, k + 2) == W_JOUR))
		return i;
	w->rel = REL_SAME_DAY;
	if (nearly && w->qual == FRN_Q_NONE)
		w->qual = FRN_Q_ABOUT;
	return k + 3;
}

/*
 * "il y a deux ans", "dans trois mois", "il y a près de deux ans", "dans
 * une dizaine de jours": a shifted moment; "d'ici trois ans", "d'ici à deux
 * semaines": the same moment as a bound (upto), as "d'ici 2030".
 */
static size_t
shift_at(const parser *p, size_t i, when *w)
{
	size_t		k,
				e;
	bool		words;
	int			n,
				g,
				sign,
				q;

	if (wid(p, i) == W_IL && wid(p, i + 1) == W_Y && wid(p, i + 2) == W_A)
		k = i + 3, sign = -1;
	else if (wid(p, i) == W_IL && wid(p, i + 1) == W_YA)	/* "il ya", a frequent typo */
		k = i + 2, sign = -1;
	else if (wid(p, i) == W_DANS)
		k = i + 1, sign = 1;
	else if (wid(p, i) == W_D && punct(p, i + 1, '\'') && wid(p, i + 2) == W_ICI)
		k = i + 3 + (wid(p, i + 3) == W_A), sign = 1;
	else
		return 0;
	k = shift_hedge(p, k, sign, &q);
	if (wid(p, i) == W_D)
		q = FRN_Q_UPTO;
	if (wid(p, k) == W_UNE && (n = about_count(wid(p, k + 1))) > 0 && (e = after_de(p, k + 2)) != 0)
		q = q != FRN_Q_NONE ? q : FRN_Q_ABOUT;
	else if ((wid(p, k) == 0 || is_number_word(p, k)) && (n = number_at(p, k, &e, &words)) > 0)
		;
	else if (wid(p, k) == W_QUELQUES || wid(p, k) == W_PLUSIEURS)
	{
		/* "il y a quelques jours": three, an approximation */
		n = 3, e = k + 1;
		q = q != FRN_Q_NONE ? q : FRN_Q_ABOUT;
	}
	else
		return 0;
	if ((g = unit_grain(wid(p, e))) < 0 || g == FRN_G_DECADE || g == FRN_G_CENTURY ||
		(wid(p, e) == W_H))
		return 0;
	/* "il y a une seconde raison", "dans une seconde vidéo": the ordinal before its noun */
	if (wid(p, e) == W_SECONDE && e + 1 < p->n && p->it[e + 1].kind == IT_WORD && wid(p, e + 1) == 0)
		return 0;
	w->rel = REL_SHIFT;
	w->reln = sign * n;
	w->relunit = g;
	w->qual = (int8_t) q;
	return same_day_after(p, e + 1, w);
}

/* Does the word at k make "mois" some other month than the calendar's
 * ("la fin du mois sacré", "du mois lunaire", "du mois suivant")? */
static bool
religious_or_other_month(const parser *p, size_t k)
{
	static const char *const words[] = {"sacré", "saint", "lunaire", "suivant", "précédent"};

	for (size_t j = 0; j < sizeof(words) / sizeof(words[0]); j++)
		if (k < p->n && word_is(&p->it[k], p->s, words[j]))
			return true;
	return false;
}

/* The items of "mois de" or "mois d'" before a month's name at k ("la fin du mois de mars"), 0 if none. */
static size_t
month_noun_at(const parser *p, size_t k)
{
	size_t		e;

	if (wid(p, k) != W_MOIS)
		return 0;
	if (wid(p, k + 1) == W_DE && month_at(p, k + 2, &e))
		return 2;
	if (wid(p, k + 1) == W_D && punct(p, k + 2, '\'') && month_at(p, k + 3, &e))
		return 3;
	return 0;
}

/* "fin 2023", "début mars", "mi-juin", "la fin des années 1990", "début du XXe siècle" */
static size_t point_at(const parser *p, size_t i, when *w, bool cued);

static size_t
part_at(const parser *p, size_t i, when *w)
{
	size_t		k = i,
				e;
	int			part;
	bool		linked = false; /* "de" after the part word */

	if (wid(p, k) == W_LA && wid(p, k + 1) == W_FIN)
		k++;
	if ((part = part_word(wid(p, k))) == 0)
		return 0;
	k++;
	if (part == 2 && wid(p, k - 1) == W_MI)
	{
		if (!punct(p, k, '-'))
			return 0;
		k++;
	}
	else if (wid(p, k) == W_DE || wid(p, k) == W_DU || wid(p, k) == W_DES)
		k += 1, linked = true;
	else if (wid(p, k) == W_D && punct(p, k + 1, '\''))
		k += 2, linked = true;
	if (linked && wid(p, k) == W_SEMAINE)
	{
		/* "en fin de semaine", "début de semaine prochaine": of this week or the one said */
		w->rel = REL_WEEK;
		w->reln = direction_at(p, k + 1);
		e = k + 1 + (w->reln != 0);
	}
	else if (linked && wid(p, k) == W_ANNEE && punct(p, k - 1, '\'') && i > 0 && wid(p, i - 1) == W_EN &&
			 !(k + 1 < p->n && (word_is(&p->it[k + 1], p->s, "scolaire") ||
								word_is(&p->it[k + 1], p->s, "universitaire"))))
	{
		/* "en fin d'année", "en début d'année prochaine", "en fin d'année 2021" */
		w->rel = REL_YEAR;
		w->reln = direction_at(p, k + 1);
		e = opt_year(p, k + 1 + (w->reln != 0), w);
		if (w->y)
			w->rel = REL_NONE, w->reln = 0;
	}
	else if (wid(p, k - 1) == W_DU && wid(p, k) == W_MOIS &&
			 !(wid(p, k + 1) == W_DE || (wid(p, k + 1) == W_D && punct(p, k + 2, '\''))) &&
			 !religious_or_other_month(p, k + 1))
	{
		/* "à la fin du mois", "début du mois prochain": of this month or the one said */
		w->rel = REL_MONTH;
		w->reln = direction_at(p, k + 1);
		e = k + 1 + (w->reln != 0);
	}
	else if (wid(p, k) == W_L && punct(p, k + 1, '\'') && wid(p, k + 2) == W_ANNEE)
	{
		w->rel = REL_YEAR;	/* "fin de l'année": this year */
		e = k + 3;
		e = opt_year(p, e, w);
		if (w->y)
			w->rel = REL_NONE;
	}
	else if ((e = point_at(p, k + month_noun_at(p, k), w, true)) == 0)
		return 0;
	if (w->h >= 0 || w->pod_lo >= 0)
		return 0;
	/* "fin de dimanche", "début de demain": thirds of the day, as hours ("a pris fin jeudi" is no part) */
	if (w->d || w->wd || w->rel == REL_DAY)
	{
		if (!linked)
			return 0;
		w->pod_lo = (part - 1) * 8 * 60;
		w->pod_hi = w->pod_lo + 8 * 60;
		return e;
	}
	/* a part of a week, year, month, decade or century only */
	if (w->quarter || w->semester ||
		(w->rel != REL_NONE && w->rel != REL_YEAR && w->rel != REL_MONTH && w->rel != REL_WEEK))
		return 0;
	w->part = part;
	return e;
}

/* "premier trimestre 2024", "T1 2024", "second semestre", "S2 2023" */
static size_t
quarter_at(const parser *p, size_t i, when *w)
{
	size_t		e;
	int			o = ordinal_at(p, i, &e);

	if (o && (wid(p, e) == W_TRIMESTRE || wid(p, e) == W_SEMESTRE))
	{
		if (wid(p, e) == W_SEMESTRE && o > 2)
			return 0;
		if (wid(p, e) == W_TRIMESTRE)
			w->quarter = o;
		else
			w->semester = o;
		e++;
	}
	else if ((wid(p, i) == W_T || wid(p, i) == W_S || wid(p, i) == W_Q) && word_capital(p->s, &p->it[i]) &&
			 glued(p, i + 1) && num(p, i + 1) >= 1 && num(p, i + 1) <= (wid(p, i) == W_S ? 2 : 4))
	{
		if (wid(p, i) == W_S)
			w->semester = num(p, i + 1);
		else
			w->quarter = num(p, i + 1);
		e = i + 2;
		/* T1 2024 needs its year: "T1" alone is a type or an apartment */
		if (opt_year(p, e, w) == e)
			return 0;
	}
	else
		return 0;
	return opt_year(p, e, w);
}

/*
 * "le premier mardi d'octobre", "le dernier dimanche de mars 2014", "le
 * dernier week-end d'août", "la première semaine de septembre", "la
 * deuxième quinzaine de mars", "le dernier jour de février": the nth (or
 * last) weekday, weekend (its Saturday in the month), seven days, half or
 * day of a month, found once the month is resolved (nth_in_month).  A
 * weekday or a day may take its hours ("le premier mardi d'octobre à 20h").
 */
static size_t
nth_of_month_at(const parser *p, size_t i, when *w)
{
	size_t		k,
				e;
	int			o = ordinal_at(p, i, &k),
				m;
	bool		plural,
				abbrev;

	if (!o && (wid(p, i) == W_DERNIER || wid(p, i) == W_DERNIERE))
		o = -1, k = i + 1;
	if (!o)
		return 0;
	if ((w->wd = (int8_t) weekday_word(wid(p, k), &plural, &abbrev)) != 0 && !plural && !abbrev)
		w->nth_of = NTH_WEEKDAY, k++;
	else if (wid(p, k) == W_WEEK && punct(p, k + 1, '-') && wid(p, k + 2) == W_END)
		w->nth_of = NTH_WEEKEND, k += 3;
	else if (wid(p, k) == W_WEEKEND)
		w->nth_of = NTH_WEEKEND, k++;
	else if (wid(p, k) == W_SEMAINE)
		w->nth_of = NTH_WEEK, k++;
	else if (wid(p, k) == W_JOUR)
		w->nth_of = NTH_DAY, k++;
	else if (wid(p, k) == W_QUINZAINE && o <= 2)
		w->nth_of = NTH_HALF, k++;
	else
		return 0;
	if (w->nth_of != NTH_WEEKDAY)
		w->wd = 0;
	/* "de mars", "d'octobre", "du mois de mai" */
	if (wid(p, k) == W_D && punct(p, k + 1, '\''))
		k += 2;
	else if (wid(p, k) == W_DU && wid(p, k + 1) == W_MOIS && wid(p, k + 2) == W_DE)
		k += 3;
	else if (wid(p, k) == W_DE)
		k++;
	else
		return 0;
	if (wid(p, k) == W_SEPT || (m = month_at(p, k, &e)) == 0)
		return 0;
	w->m = (int16_t) m;
	w->nth = (int8_t) o;
	e = opt_year(p, e, w);
	return w->nth_of == NTH_WEEKDAY || w->nth_of == NTH_DAY ? after_day(p, e, w) : e;
}

/* "les années 80", "années 1990", "les années 2000" */
static size_t
decade_at(const parser *p, size_t i, when *w)
{
	size_t		k = i + (wid(p, i) == W_LES || wid(p, i) == W_DES ? 1 : 0);
	int			y;

	size_t		e;
	bool		words;

	if (wid(p, k) != W_ANNEES || (y = number_at(p, k + 1, &e, &words)) < 0 || y % 10 != 0)
		return 0;
	/* "années 80", "années quatre-vingt" are the 1980s; "années 2000" */
	if (y >= 10 && y <= 90)
		y += 1900;
	else if (y < 1000 || (!words && p->it[k + 1].ndig != 4))
		return 0;
	w->decade = y;
	return e;
}

/* "XIXe siècle", "19e siècle", "au XXIe siècle" */
static size_t
century_at(const parser *p, size_t i, when *w)
{
	int			c = 0;
	size_t		e = i + 1;

	if (p->it[i].kind == IT_WORD && word_capital(p->s, &p->it[i]))
		c = roman_century(p->s + p->it[i].b, p->it[i].bl);
	else if (num(p, i) >= 1 && num(p, i) <= 30 && glued(p, i + 1) &&
			 ordinal_mark(wid(p, i + 1)))
		c = num(p, i), e = i + 2;
	if (!c || (wid(p, e) != W_SIECLE))
		return 0;
	w->century = c;
	return e + 1;
}

/*
 * Is item i after an ordinal of any rank, in words ("cinquième", "vingt et
 * unième") or in figures ("18e", "51ème")?  ordinal_at reads only the first
 * four, the ranks a month has of a weekday.
 */
static bool
any_rank_before(const parser *p, size_t i)
{
	const item *x;

	if (i == 0)
		return false;
	x = &p->it[i - 1];
	if (x->kind == IT_WORD && x->bl > 5 &&
		(memcmp(p->s + x->b + x->bl - 5, "ième", 5) == 0 || memcmp(p->s + x->b + x->bl - 4, "ieme", 4) == 0))
		return true;
	return i >= 2 && (wid(p, i - 1) == W_ER || ordinal_mark(wid(p, i - 1))) &&
		glued(p, i - 1) && num(p, i - 2) >= 1;
}

/*
 * Is the weekday [i, e) the nth of something nth_of_month_at did not read
 * ("le deuxième mardi de l'année", "le dernier lundi du mois", "le
 * troisième samedi de mobilisation", "le quatrième samedi consécutif")?
 * It is then no day near the reference.  An ordinal that is a noun or a
 * pronoun ("la grande première samedi 8 septembre", "le second mercredi
 * matin") leaves the weekday read.
 */
static bool
nth_weekday_unread(const parser *p, size_t i, size_t e)
{
	size_t		end;

	if (i == 0 || !(wid(p, e) == W_DE || wid(p, e) == W_DU || wid(p, e) == W_D ||
					 (e < p->n && (word_is(&p->it[e], p->s, "consécutif") || word_is(&p->it[e], p->s, "suivant")))))
		return false;
	return wid(p, i - 1) == W_DERNIER || ordinal_at(p, i - 1, &end) != 0 || any_rank_before(p, i);
}

/* A weekday with what may follow ("mardi 3 décembre", "jeudi soir", "lundi prochain"). */
/*
 * "le lundi 22 et le mardi 23 octobre", "les samedi 23 et jeudi 28 mai": the
 * first weekday's day, at k, takes the month and year of the day listed after
 * it (a later one); returns the end of the first day, 0 if none.
 */
static size_t
listed_weekday_day(const parser *p, size_t k, when *w)
{
	size_t		j = k + 2;
	when		next;
	bool		plural,
				abbrev;

	if (num(p, k) < 1 || num(p, k) > 31 || p->it[k].ndig > 2 || wid(p, k + 1) != W_ET)
		return 0;
	j += wid(p, j) == W_LE;
	when_init(&next);
	if (!weekday_word(wid(p, j), &plural, &abbrev) || plural || abbrev ||
		day_month_at(p, j + 1, &next) == 0 || next.d <= num(p, k))
		return 0;
	w->d = (int16_t) num(p, k);
	w->m = next.m;
	w->y = next.y;
	return k + 1;
}

static size_t
weekday_at(const parser *p, size_t i, when *w)
{
	bool		plural,
				abbrev;
	int			wd = weekday_word(wid(p, i), &plural, &abbrev);
	size_t		e = i + 1,
				f;
	when		with_part;

	if (!wd || plural)
		return 0;
	if (abbrev)
	{
		if (!(punct(p, e, '.') && glued(p, e)))
			return 0;
		e++;
	}
	/* "mardi gras", "vendredi saint", "lundi de Pâques"; "ce dimanche-là" */
	if (holiday_at(p, i, w) || story_moment_at(p, e) || nth_weekday_unread(p, i, e))
		return 0;
	if ((f = day_month_at(p, e, w)) != 0)
	{
		w->wd = wd;
		return after_day(p, f, w);
	}
	if (abbrev)
		return 0;
	w->wd = wd;
	if ((f = listed_weekday_day(p, e, w)) != 0)
		return f;
	/* "lundi matin 11 décembre": the part of the day before the date */
	with_part = *w;
	if ((f = part_of_day_at(p, e, &with_part)) != 0 && (f = day_month_at(p, f, &with_part)) != 0)
	{
		*w = with_part;
		return after_day(p, f, w);
	}
	if ((w->dir = direction_at(p, e)) != 0)
		e++;
	return after_day(p, e, w);
}

/*
 * "la veille de Noël", "le lendemain du 14 juillet", "l'avant-veille du 1er
 * mai", "la veille de demain": the day off days from the day read after
 * "de" at k.  The day before
 * or after anything else ("la veille de son départ", "au lendemain de la
 * guerre") is no day the text gives: nothing is read.
 */
static size_t relday_at(const parser *p, size_t i, when *w);

static size_t
day_beside_at(const parser *p, size_t k, int off, when *w)
{
	size_t		e;

	if (wid(p, k) == W_D)
	{
		if (!punct(p, k + 1, '\''))
			return 0;
		k++;
	}
	k++;
	if (wid(p, k) == W_HIER || wid(p, k) == W_DEMAIN || wid(p, k) == W_AUJOURD)
	{
		/* "la veille de demain": a day from the reference already */
		if ((e = relday_at(p, k, w)) != 0)
			w->reln += off;
		return e;
	}
	if ((e = holiday_at(p, k, w)) == 0 && (when_init(w), e = day_month_at(p, k, w)) == 0)
		return 0;
	w->shift = (int8_t) off;
	return after_day(p, e, w);
}

/* "hier", "demain", "aujourd'hui", "avant-hier", "après-demain", "la veille", "le lendemain" */
static size_t
relday_at(const parser *p, size_t i, when *w)
{
	size_t		e = i + 1;
	int			off;

	switch (wid(p, i))
	{
		case W_HIER: off = -1; break;
		case W_DEMAIN: off = 1; break;
		case W_AUJOURD:
			if (!(punct(p, e, '\'') && wid(p, e + 1) == W_HUI))
				return 0;
			off = 0, e += 2;
			break;
		case W_AVANT:
			if (!(punct(p, e, '-') && glued(p, e) && wid(p, e + 1) == W_HIER))
				return 0;
			off = -2, e += 2;
			break;
		case W_APRES:
			if (!(punct(p, e, '-') && glued(p, e) && wid(p, e + 1) == W_DEMAIN))
				return 0;
			off = 2, e += 2;
			break;
		case W_MAINTENANT:
			/* the moment of the reference, to the second */
			w->rel = REL_SHIFT;
			w->relunit = FRN_G_SECOND;
			w->reln = 0;
			return e;
		case W_LENDEMAIN:
			/* without its article ("lendemain 8:00"); "au lendemain de la guerre" is another day's, "sans lendemain" none */
			if (i > 0 && (wid(p, i - 1) == W_AU || wid(p, i - 1) == W_DU || wid(p, i - 1) == W_LE || wid(p, i - 1) == W_SANS ||
						  wid(p, i - 1) == W_LA || wid(p, i - 1) == W_L || wid(p, i - 1) == W_DE ||
						  wid(p, i - 1) == W_D || wid(p, i - 1) == W_DES || wid(p, i - 1) == W_AUX))
				return 0;
			if (wid(p, e) == W_DE || wid(p, e) == W_D || wid(p, e) == W_DU || wid(p, e) == W_DES)
				return 0;
			off = 1;
			break;
		case W_AU:
			/* "au lendemain du 14 juillet" ("au lendemain de la guerre": none) */
			if (wid(p, e) != W_LENDEMAIN ||
				!(wid(p, e + 1) == W_DE || wid(p, e + 1) == W_DU || wid(p, e + 1) == W_D))
				return 0;
			return day_beside_at(p, e + 1, 1, w);
		case W_LA: case W_LE: case W_L:
			if (wid(p, i) == W_L && punct(p, e, '\''))
				e++;
			if (wid(p, e) == W_VEILLE)
				off = -1;
			else if (wid(p, e) == W_LENDEMAIN)
				off = 1;
			else if (wid(p, e) == W_SURLENDEMAIN)
				off = 2;
			else if (wid(p, e) == W_AVANT && punct(p, e + 1, '-') && wid(p, e + 2) == W_VEILLE)
				off = -2, e += 2;
			else
				return 0;
			e++;
			if (wid(p, e) == W_DE || wid(p, e) == W_DU || wid(p, e) == W_DES || wid(p, e) == W_D)
				return day_beside_at(p, e, off, w);
			break;
		default:
			return 0;
	}
	w->rel = REL_DAY;
	w->reln = off;
	return after_day(p, e, w);
}

/*
 * A time with the day after it ("15h30 ce samedi", "9h le mardi", "10 h
 * hier"): the day takes the time.  Only day forms are tried after the time
 * (never another time), so this does not recurse.
 */
static size_t
time_then_day(const parser *p, size_t e, when *w)
{
	when		day;
	size_t		k = e + (wid(p, e) == W_LE ? 1 : 0),
				f;

	when_init(&day);
	if ((f = weekday_at(p, k, &day)) == 0 && (when_init(&day), f = relday_at(p, k, &day)) == 0 &&
		(when_init(&day), f = day_month_at(p, k, &day)) == 0 &&
		(when_init(&day), f = (wid(p, k) == W_CE ? deictic_at(p, k, &day) : 0)) == 0)
		return e;
	if (day.h >= 0 || !(day.d || day.wd || day.rel == REL_DAY))
		return e;
	day.pod_lo = -1;			/* "dix heures mercredi matin": the hour says more */
	day.h = w->h;
	day.mi = w->mi;
	day.sec = w->sec;
	day.tgrain = w->tgrain;
	*w = day;
	return f;
}

/*
 * The readers a start is tried with, by its first item: one bit for each
 * reader of scan (S_) and of point_at (P_), set in starts[] for the words
 * that reader tests first.  A reader fails at any other first word, so a
 * start tries only the readers of its word, in the usual order, and a word
 * without any bit (most of them: "a", "en", "et", "été"...) starts nothing.
 * A word with a capital I, V or X also tries century_at (a roman number:
 * "XIXe"); a number tries every reader that can begin with one
 * (START_NUM).  When a reader learns a new first word, add it here: the
 * unit test first_words has an expression at each of them.
 */
enum
{
	S_NIGHT = 1 << 0, S_RANGE = 1 << 1, S_LAST_N = 1 << 2, S_SET = 1 << 3, S_DURATION = 1 << 4,
	S_WHOLE = 1 << 5,
	P_HOUR = 1 << 6, P_WEEKDAY = 1 << 7, P_RELDAY = 1 << 8, P_DEICTIC = 1 << 9, P_SHIFT = 1 << 10,
	P_PART = 1 << 11, P_QUARTER = 1 << 12, P_DECADE = 1 << 13, P_CENTURY = 1 << 14,
	P_HOLIDAY = 1 << 15, P_DAY_MONTH = 1 << 16, P_MONTH = 1 << 17, P_SEASON = 1 << 18, P_AN = 1 << 19,
	P_MIDI = 1 << 20, P_NTH = 1 << 21,
	P_ANY = (1 << 22) - P_HOUR,
	START_NUM = S_RANGE | S_LAST_N | S_DURATION | P_ANY
};
static uint32_t starts[W__COUNT];

static void
starts_init(void)
{
	static const struct
	{
		uint32_t	bit;
		uint16_t	w[14];		/* the first words, ended by W_NONE */
	}			first[] = {
		{S_NIGHT, {W_LA, W_NUIT, W_SEMAINE}},
		{S_RANGE, {W_ENTRE, W_DE, W_DU, W_DES, W_D}},
		{S_SET, {W_QUOTIDIENNEMENT, W_HEBDOMADAIRE, W_MENSUELLEMENT, W_ANNUELLEMENT, W_CHAQUE, W_TOUS,
		W_TOUTES}},
		{S_DURATION, {W_QUELQUES, W_PLUSIEURS}},
		{S_LAST_N, {W_DERNIERS, W_DERNIERES, W_PROCHAINS, W_PROCHAINES, W_DANS}},
		{S_WHOLE, {W_TOUT, W_TOUTE}},
		{P_RELDAY, {W_HIER, W_DEMAIN, W_AUJOURD, W_AVANT, W_APRES, W_MAINTENANT, W_LENDEMAIN, W_LA,
		W_LE, W_L, W_AU}},
		{P_DEICTIC, {W_L, W_LA, W_LE, W_CE, W_CET, W_CETTE}},
		{P_SHIFT, {W_IL, W_DANS, W_D}},
		{P_PART, {W_LA, W_DEBUT, W_MI, W_MILIEU, W_FIN}},
		{P_QUARTER, {W_PREMIER, W_PREMIERE, W_SECOND, W_SECONDE, W_DEUXIEME, W_TROISIEME, W_QUATRIEME,
		W_T, W_S, W_Q}},
		{P_DECADE, {W_LES, W_DES, W_ANNEES}},
		{P_HOLIDAY, {W_NOEL, W_TOUSSAINT, W_ASSOMPTION, W_PAQUES, W_PENTECOTE, W_ASCENSION, W_RAMEAUX,
		W_SAINT, W_NOUVEL, W_JOUR, W_LUNDI, W_MARDI, W_MERCREDI, W_VENDREDI}},
		{P_DAY_MONTH, {W_PREMIER}},
		{P_NTH, {W_PREMIER, W_PREMIERE, W_SECOND, W_SECONDE, W_DEUXIEME, W_TROISIEME, W_QUATRIEME,
		W_DERNIER, W_DERNIERE}},
		{P_AN, {W_L, W_LA}},
		{P_MIDI, {W_MIDI, W_MINUIT}}
	};

	for (size_t k = 0; k < sizeof first / sizeof first[0]; k++)
		for (size_t j = 0; j < sizeof first[k].w / sizeof first[k].w[0] && first[k].w[j] != W_NONE; j++)
			starts[first[k].w[j]] |= first[k].bit;
	for (uint16_t w = 1; w < W__COUNT; w++)
	{
		bool		plural,
					abbrev;

		/* number_at (last_n_at, duration_at, day_at), spelled hours (time_at) */
		if ((w >= W_ZERO && w <= W_MILLE) || w == W_SEPT)
			starts[w] |= S_LAST_N | S_DURATION | P_HOUR | P_DAY_MONTH;
		if (weekday_word(w, &plural, &abbrev))
			starts[w] |= P_WEEKDAY;
		if (month_of(w))
			starts[w] |= P_MONTH;
		if (season_of(w))
			starts[w] |= P_SEASON;
	}
}

/* The readers to try at item i (starts[]). */
static inline uint32_t
start_mask(const parser *p, size_t i)
{
	const item *x = &p->it[i];

	if (x->kind == IT_NUM)
		return START_NUM;
	if (x->kind != IT_WORD)
		return 0;
	/* a roman number begins with I, V or X (most words with a capital are names) */
	return starts[wid(p, i)] | (p->s[x->b] == 'I' || p->s[x->b] == 'V' || p->s[x->b] == 'X' ? P_CENTURY : 0);
}

/*
 * May the number i begin a date or time other than a bare year?  Each
 * reading needs a word or one of / . - : glued to the number ("1er", "15h",
 * "19e", "3/12", "2025-12-03", "15:30"), a month ("3 décembre") or an hour
 * word ("15 h", "18 heures") after it: most numbers of a text (counts,
 * amounts, scores, years) have none, and skip the readers.
 */
static bool
num_may_begin(const parser *p, size_t i)
{
	const item *x;
	uint16_t	next;

	if (i + 1 >= p->n)
		return false;
	x = &p->it[i + 1];
	if (!(x->flags & IF_SPACE) && (x->kind == IT_WORD || (x->kind == IT_PUNCT &&
														   (x->ch == '/' || x->ch == '.' || x->ch == '-' || x->ch == ':'))))
		return true;
	next = wid(p, i + 1);
	return (starts[next] & P_MONTH) || next == W_H || next == W_HEURE || next == W_HEURES;
}

/*
 * A spelled hour with its minutes read at [i, e) (w) that is a clock time
 * without a word before it ("à", "vers"): "huit heures moins le quart"
 * (only a clock says "moins"), "vingt heures trente" (13 h or later).  "sept
 * heures et demie", "deux heures vingt" are durations as often in the
 * press ("durera sept heures et demie"), and need the word before; none is
 * a time before "de" ("quatorze heures trente de visite").
 */
static bool
clock_in_words(const parser *p, size_t i, size_t e, const when *w)
{
	bool		minus = false;

	if (w->tgrain != FRN_G_MINUTE || wid(p, e) == W_DE || wid(p, e) == W_D)
		return false;
	for (size_t k = i + 1; k < e && !minus; k++)
		minus = wid(p, k) == W_MOINS;
	return minus || w->h >= 13;
}

/*
 * "le 17 de 14h à 16h", "le 17 entre 14 et 16", "le 17 à 15h", "le 17 au
 * soir": a day number without its month is a day only with the hours that
 * follow it ("le 23" alone is left: a rank, a number, a street...); the
 * month comes from the reference and the tense (resolve).  0 if none.
 */
static size_t
day_number_at(const parser *p, size_t i, when *w)
{
	size_t		e,
				k = i + 1;

	if (i == 0 || wid(p, i - 1) != W_LE || p->it[i].ndig > 2 || num(p, i) < 1 || num(p, i) > 31)
		return 0;
	w->d = (int16_t) num(p, i);
	if ((e = hours_after_day(p, k, w)) != k)
		return e;
	if (punct(p, k, ','))
		k++;
	if (wid(p, k) == W_A && (e = time_at(p, k + 1, w, true)) != 0 && w->h < 24)
		return e;
	return 0;
}

/*
 * One expression of time at i without range or qualifier; 0 if none.
 * cued: a word before makes a bare year or month a date.
 */
static size_t
point_at(const parser *p, size_t i, when *w, bool cued)
{
	size_t		e;
	uint32_t	m;

	when_init(w);
	if (i >= p->n)
		return 0;
	if (p->it[i].kind == IT_NUM)
	{
		if (num_may_begin(p, i))
		{
			if ((e = day_month_at(p, i, w)) != 0)
				return after_day(p, e, w);
			when_init(w);
			if ((e = quarter_at(p, i, w)) != 0 || (e = century_at(p, i, w)) != 0)
				return e;
			when_init(w);
			if ((e = nth_of_month_at(p, i, w)) != 0)
				return e;
			when_init(w);
			if ((e = time_at(p, i, w, true)) != 0 && w->h < 24)
				return time_then_day(p, e, w);
			when_init(w);
			/* mm/yyyy */
			if (num(p, i) >= 1 && num(p, i) <= 12 && punct(p, i + 1, '/') && glued(p, i + 1) &&
				glued(p, i + 2) && num(p, i + 2) >= 1000 && p->it[i + 2].ndig == 4 && !punct(p, i + 3, '/'))
			{
				w->m = num(p, i), w->y = num(p, i + 2);
				return i + 3;
			}
		}
		if ((e = day_number_at(p, i, w)) != 0)
			return e;
		when_init(w);
		/* a bare year: 4 digits */
		if (p->it[i].ndig == 4 && (cued || date_cue_before(p, i)) && (w->y = bare_year_at(p, i, &e)) != 0)
			return e;
		return 0;
	}
	if (!((m = start_mask(p, i)) & P_ANY))
		return 0;
	/* a spelled hour: after "à", "vers", "est"... or before its day ("dix heures mercredi") */
	if ((m & P_HOUR) && (e = time_at(p, i, w, true)) != 0 && w->h < 24)
	{
		size_t		f = time_then_day(p, e, w);
		uint16_t	before = i > 0 ? wid(p, i - 1) : 0;

		if (f != e || before == W_A || before == W_VERS || before == W_EST || before == W_AVANT ||
			before == W_APRES || (i > 0 && word_is(&p->it[i - 1], p->s, "dès")) || clock_in_words(p, i, e, w))
			return f;
	}
	/* the readers of the word, in this order (the first that reads wins) */
#define TRY(bit, reading) ((m & (bit)) && (when_init(w), (e = (reading)) != 0))
	if (TRY(P_WEEKDAY, weekday_at(p, i, w)) || TRY(P_RELDAY, relday_at(p, i, w)) ||
		TRY(P_DEICTIC, deictic_at(p, i, w)) || TRY(P_SHIFT, shift_at(p, i, w)) ||
		TRY(P_PART, part_at(p, i, w)) || TRY(P_QUARTER, quarter_at(p, i, w)) ||
		TRY(P_NTH, nth_of_month_at(p, i, w)) ||
		TRY(P_DECADE, decade_at(p, i, w)) || TRY(P_CENTURY, century_at(p, i, w)) ||
		TRY(P_HOLIDAY, holiday_at(p, i, w)) || TRY(P_DAY_MONTH, day_month_at(p, i, w)) ||
		TRY(P_MONTH, month_period_at(p, i, w, cued)) || TRY(P_SEASON, season_at(p, i, w)))
		return e;
#undef TRY
	when_init(w);
	if ((m & P_AN) && punct(p, i + 1, '\'') && wid(p, i + 2) == W_AN && (w->y = bare_year_at(p, i + 3, &e)) != 0)
		return e;
	/* "à midi", "vers minuit"; "midi et demi", "minuit moins le quart" are times by themselves */
	if ((m & P_MIDI) && wid(p, i + 1) == W_MOINS && (e = time_at(p, i, w, false)) > i + 1)
		return e;
	when_init(w);
	if ((m & P_MIDI) && (fraction_at(p, i + 1) ||
						 (i > 0 && (wid(p, i - 1) == W_A || wid(p, i - 1) == W_VERS || wid(p, i - 1) == W_AVANT ||
									wid(p, i - 1) == W_APRES || wid(p, i - 1) == W_DE || wid(p, i - 1) == W_JUSQU))))
		return time_at(p, i, w, false);
	when_init(w);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Resolution                                                          */

typedef struct range
{
	int64_t		lo,
				hi;				/* seconds */
} range;

/*
 * Of the candidate occurrences c[0..n) (ascending), the one meant: dir < 0
 * the last that ends before the reference, dir > 0 the first that starts
 * after it; otherwise the tense of the sentence: past → the last that has
 * begun, future → the first that has not ended, none → the one holding the
 * reference or the nearest (the later on a tie).
 */
static range
choose(const range *c, int n, int64_t ref, int dir, int tense)
{
	int			best = -1;

	for (int k = 0; k < n; k++)
	{
		if (dir < 0 ? c[k].hi <= ref : dir > 0 ? false : tense < 0 ? c[k].lo <= ref : false)
			best = k;
		if (dir > 0 ? c[k].lo > ref : tense > 0 && dir == 0 ? c[k].hi > ref : false)
			if (best < 0 || (dir > 0 || tense > 0))
				return c[k];
	}
	if (dir != 0 || tense != 0)
		return best >= 0 ? c[best] : c[n - 1];
	for (int k = 0; k < n; k++)
	{
		int64_t		dist = c[k].lo > ref ? c[k].lo - ref : c[k].hi <= ref ? ref - c[k].hi + 1 : 0;
		int64_t		bd = best < 0 ? 0 : c[best].lo > ref ? c[best].lo - ref :
			c[best].hi <= ref ? ref - c[best].hi + 1 : 0;

		if (best < 0 || dist <= bd)
			best = k;
	}
	return c[best];
}

static range
day_range(int64_t day)
{
	range		r = {day * DAY_SECS, (day + 1) * DAY_SECS};

	return r;
}

static range
months_range(int64_t mi, int count)
{
	range		r = {month_start(mi) * DAY_SECS, month_start(mi + count) * DAY_SECS};

	return r;
}

static range
years_range(int64_t y, int count)
{
	return months_range(y * 12, 12 * count);
}

/* The part (début / mi / fin) of r at grain g: thirds in the unit below. */
static range
part_of(range r, int g, int part)
{
	int			y,
				m,
				d;
	int64_t		lo = floor_div(r.lo, DAY_SECS);

	if (g == FRN_G_WEEK)
	{
		/* Monday-Tuesday, Wednesday-Thursday, Friday-Sunday */
		int			a = part == 1 ? 0 : part == 2 ? 2 : 4,
					b = part == 1 ? 2 : part == 2 ? 4 : 7;

		return (range) {(lo + a) * DAY_SECS, (lo + b) * DAY_SECS};
	}
	frn_civil_from_days(lo, &y, &m, &d);
	if (g == FRN_G_MONTH)
	{
		int			dm = days_in_month(y, m);
		int			a = part == 1 ? 0 : part == 2 ? 10 : 20,
					b = part == 1 ? 10 : part == 2 ? 20 : dm;

		r.hi = (lo + b) * DAY_SECS;
		r.lo = (lo + a) * DAY_SECS;
		return r;
	}
	else
	{
		/* months of a year (4/4/4), years of a decade (3/4/3) or a century (33/34/33) */
		int			span = g == FRN_G_YEAR ? 12 : g == FRN_G_DECADE ? 10 : 100;
		int			third = g == FRN_G_YEAR ? 4 : g == FRN_G_DECADE ? 3 : 33;
		int			a = part == 1 ? 0 : part == 2 ? third : span - third,
					b = part == 1 ? third : part == 2 ? span - third : span;
		int64_t		unit = g == FRN_G_YEAR ? 1 : 12;
		int64_t		mi = (int64_t) y * 12 + m - 1;

		return (range) {month_start(mi + a * unit) * DAY_SECS, month_start(mi + b * unit) * DAY_SECS};
	}
}

/* The day of a fixed or Easter-based holiday, or of a month/day, in year y; -1 if none. */
static int64_t
day_in_year(const when *w, int y)
{
	if (w->easter)
		return easter(y) + (w->easter - 1000);
	if (w->d > days_in_month(y, w->m))
		return INT64_MIN;
	return frn_days_from_civil(y, w->m, w->d);
}

/* Monday of the week holding day, moved n weeks. */
static int64_t
week_start(int64_t day, int n)
{
	return day - (weekday_of(day) - 1) + 7 * (int64_t) n;
}

/*
 * The range of a relative expression ("hier", "la semaine dernière", "il y a
 * deux ans", "cette décembre") against ref, at the grain it names.
 */
static range
relative_range(const when *w, int64_t ref, int *grain)
{
	int64_t		rday = floor_div(ref, DAY_SECS),
				cur;
	int			ry,
				rm,
				rd,
				months;

	frn_civil_from_days(rday, &ry, &rm, &rd);
	cur = (int64_t) ry * 12 + rm - 1;	/* the month of ref */
	switch (w->rel)
	{
		case REL_SHIFT:
			*grain = w->relunit;
			if (w->relunit <= FRN_G_HOUR)
			{
				int64_t		u = w->relunit == FRN_G_SECOND ? 1 : w->relunit == FRN_G_MINUTE ? 60 : 3600;
				int64_t		at = floor_div(ref, u) * u + (int64_t) w->reln * u;

				return (range) {at, at + u};
			}
			if (w->relunit == FRN_G_DAY)
				return day_range(rday + w->reln);
			if (w->relunit == FRN_G_WEEK)
				return (range) {week_start(rday, w->reln) * DAY_SECS, week_start(rday, w->reln + 1) * DAY_SECS};
			/* months, quarters, semesters, years: the unit holding ref, moved */
			months = span_of(w->relunit, 1).months;
			cur = floor_div(cur, months) * months;
			return months_range(cur + (int64_t) w->reln * months, months);
		case REL_SAME_DAY:
			*grain = FRN_G_DAY;
			if (w->relunit == FRN_G_WEEK)
				return day_range(rday + 7 * w->reln);
			/* the same day of the month, or the month's last ("le 31" a month on is the 30th) */
			months = span_of(w->relunit, 1).months;
			cur += (int64_t) w->reln * months;
			ry = (int) floor_div(cur, 12);
			rm = (int) (cur - (int64_t) ry * 12) + 1;
			return day_range(frn_days_from_civil(ry, rm, rd < days_in_month(ry, rm) ? rd : days_in_month(ry, rm)));
		case REL_DAY:
			*grain = FRN_G_DAY;
			return day_range(rday + w->reln);
		case REL_WEEK:
			*grain = FRN_G_WEEK;
			return (range) {week_start(rday, w->reln) * DAY_SECS, week_start(rday, w->reln + 1) * DAY_SECS};
		case REL_WEEKEND:
			*grain = FRN_G_DAY;
			return (range) {(week_start(rday, w->reln) + 5) * DAY_SECS, week_start(rday, w->reln + 1) * DAY_SECS};
		case REL_MONTH:
			*grain = FRN_G_MONTH;
			return months_range(cur + w->reln, 1);
		default:
			/* a year, or a month or season of it ("cette décembre", "cet été") */
			*grain = w->m || w->season ? FRN_G_MONTH : FRN_G_YEAR;
			if (w->season)
				return months_range((int64_t) (ry + w->reln) * 12 + 3 * w->season - 1, 3);
			return w->m ? months_range((int64_t) (ry + w->reln) * 12 + w->m - 1, 1) :
				years_range(ry + w->reln, 1);
	}
}

/* What resolve() found. */
typedef enum res
{
	RES_OK = 0,
	RES_UNKNOWN,				/* relative, and no reference */
	RES_IMPOSSIBLE				/* "31 février 2021", or beyond the years 1..9999 */
} res;

/* The year of a day (asked only by the readings that need it). */
static int
year_of_day(int64_t day)
{
	int			y,
				m,
				d;

	frn_civil_from_days(day, &y, &m, &d);
	return y;
}

/* The days of month r that w->nth and w->nth_of say (nth_of_month_at). */
static range
nth_in_month(range r, const when *w)
{
	int64_t		first = floor_div(r.lo, DAY_SECS),
				end = floor_div(r.hi, DAY_SECS),
				day;
	int			wd = w->nth_of == NTH_WEEKEND ? 6 : w->wd;

	switch (w->nth_of)
	{
		case NTH_WEEKDAY:
		case NTH_WEEKEND:
			if (w->nth > 0)
				day = first + (wd - weekday_of(first) + 7) % 7 + 7 * (w->nth - 1);
			else
				day = end - 1 - (weekday_of(end - 1) - wd + 7) % 7;
			return (range) {day * DAY_SECS, (day + (w->nth_of == NTH_WEEKEND ? 2 : 1)) * DAY_SECS};
		case NTH_WEEK:
			day = w->nth > 0 ? first + 7 * (w->nth - 1) : end - 7;
			return (range) {day * DAY_SECS, (day + 7) * DAY_SECS};
		case NTH_DAY:
			day = w->nth > 0 ? first + w->nth - 1 : end - 1;
			return (range) {day * DAY_SECS, (day + 1) * DAY_SECS};
		default:
			/* the first half is the 1st to the 15th */
			return w->nth == 1 ? (range) {r.lo, (first + 15) * DAY_SECS} : (range) {(first + 15) * DAY_SECS, r.hi};
	}
}

/* The grain of a part of the day: the minute if an end falls within an hour ("de 12h30 à 14h"). */
static int
pod_grain(const when *w)
{
	return w->pod_lo % 60 || w->pod_hi % 60 ? FRN_G_MINUTE : FRN_G_HOUR;
}

/* Resolve w to [lo, hi) and its grain. */
static res
resolve(const when *w, reader *rdr, size_t at, range *out, int *grain)
{
	bool		has_ref = rdr->has_ref;
	int64_t		ref = rdr->ref;
	int64_t		rday = floor_div(ref, DAY_SECS);
	range		r;

	if (w->century)
	{
		r = years_range((w->century - 1) * 100 + 1, 100);
		*grain = FRN_G_CENTURY;
	}
	else if (w->decade)
	{
		r = years_range(w->decade, 10);
		*grain = FRN_G_DECADE;
	}
	else if (w->rel != REL_NONE)
	{
		if (!has_ref)
			return RES_UNKNOWN;
		r = relative_range(w, ref, grain);
	}
	else if (w->wd && !w->d && !w->nth)
	{
		range		c[3];
		int			n = 0,
					ahead = (w->wd - weekday_of(rday) + 7) % 7;	/* days to the next one, 0 today */

		if (!has_ref)
			return RES_UNKNOWN;
		/* "jeudi" said on a Thursday is that day whatever the tense */
		if (w->dir == 0 && ahead == 0)
			r = day_range(rday);
		else
		{
			/* the days of that weekday within a week of the reference */
			for (int k = ahead - 7; k <= 7; k += 7)
				c[n++] = day_range(rday + k);
			r = choose(c, n, ref, w->dir, w->dir ? 0 : tense_near(rdr, at));
		}
		*grain = FRN_G_DAY;
	}
	else if (w->d && !w->m && !w->easter)
	{
		/* a day number alone ("le 17 de 14h à 16h"): in the month before, of or after the reference */
		range		c[3];
		int			n = 0,
					ry,
					rm,
					rd;

		if (!has_ref)
			return RES_UNKNOWN;
		frn_civil_from_days(rday, &ry, &rm, &rd);
		for (int k = -1; k <= 1; k++)
		{
			int64_t		mi = (int64_t) ry * 12 + rm - 1 + k;
			int			y = (int) floor_div(mi, 12),
						m = (int) (mi - (int64_t) y * 12) + 1;

			if (w->d <= days_in_month(y, m))
				c[n++] = day_range(frn_days_from_civil(y, m, w->d));
		}
		r = choose(c, n, ref, w->dir, w->dir ? 0 : tense_near(rdr, at));
		*grain = FRN_G_DAY;
	}
	else if ((w->d && w->m) || w->easter)
	{
		if (w->d > days_in_month(w->y ? w->y : 2000, w->m ? w->m : 1))
			return RES_IMPOSSIBLE;
		if (w->y)
		{
			int64_t		day = day_in_year(w, w->y);

			if (day == INT64_MIN)
				return RES_IMPOSSIBLE;
			r = day_range(day);
		}
		else
		{
			range		c[3];
			int			n = 0,
						ry;

			if (!has_ref)
				return RES_UNKNOWN;
			ry = year_of_day(rday);
			for (int y = ry - 1; y <= ry + 1; y++)
			{
				int64_t		day = day_in_year(w, y);

				/* a weekday said with the date picks the year it matches */
				if (day != INT64_MIN && (!w->wd || weekday_of(day) == w->wd))
					c[n++] = day_range(day);
			}
			if (n == 0)
				return RES_IMPOSSIBLE;
			r = choose(c, n, ref, w->dir, w->dir ? 0 : tense_near(rdr, at));
		}
		*grain = FRN_G_DAY;
	}
	else if (w->m || w->quarter || w->semester || w->season)
	{
		int			first = w->m ? w->m : w->quarter ? 3 * w->quarter - 2 :
			w->semester ? 6 * w->semester - 5 : 3 * w->season;
		int			count = w->m ? 1 : w->semester ? 6 : 3;

		*grain = w->m || w->season ? FRN_G_MONTH : w->quarter ? FRN_G_QUARTER : FRN_G_SEMESTER;
		if (w->y)
			r = months_range((int64_t) w->y * 12 + first - 1, count);
		else if (!has_ref)
			return RES_UNKNOWN;
		else if (!w->m && !w->season)
			r = months_range((int64_t) year_of_day(rday) * 12 + first - 1, count);
		else
		{
			/* a month or season without year: by direction or tense */
			range		c[3];
			int			ry = year_of_day(rday);

			for (int k = 0; k < 3; k++)
				c[k] = months_range((int64_t) (ry - 1 + k) * 12 + first - 1, count);
			r = choose(c, 3, ref, w->dir, w->dir ? 0 : tense_near(rdr, at));
		}
		if (w->nth)
		{
			r = nth_in_month(r, w);
			*grain = FRN_G_DAY;
		}
	}
	else if (w->y)
	{
		r = years_range(w->y, 1);
		*grain = FRN_G_YEAR;
	}
	else if (w->h >= 0 || w->pod_lo >= 0)
	{
		if (!has_ref)
			return RES_UNKNOWN;
		r = day_range(rday);
		*grain = FRN_G_DAY;
	}
	else
		return RES_UNKNOWN;
	if (w->shift)
	{
		if (*grain != FRN_G_DAY)
			return RES_UNKNOWN;
		r.lo += w->shift * DAY_SECS;
		r.hi += w->shift * DAY_SECS;
	}
	if (w->part)
	{
		r = part_of(r, *grain, w->part);
		*grain = *grain == FRN_G_MONTH || *grain == FRN_G_WEEK ? FRN_G_DAY : *grain == FRN_G_CENTURY ? FRN_G_DECADE : *grain == FRN_G_DECADE ? FRN_G_YEAR : FRN_G_MONTH;
	}
	if (w->h >= 0 && *grain == FRN_G_DAY)
	{
		int64_t		u = w->tgrain == FRN_G_HOUR ? 3600 : w->tgrain == FRN_G_MINUTE ? 60 : 1;

		r.lo += (int64_t) w->h * 3600 + (int64_t) w->mi * 60 + w->sec;
		r.hi = r.lo + u;
		*grain = w->tgrain;
	}
	else if (w->pod_lo >= 0 && *grain == FRN_G_DAY && (r.hi - r.lo) == DAY_SECS)
	{
		int64_t		day = r.lo;

		r.lo = day + (int64_t) w->pod_lo * 60;
		r.hi = day + (int64_t) w->pod_hi * 60;
		*grain = pod_grain(w);
	}
	if (r.lo < frn_days_from_civil(FRN_DATE_MIN_YEAR, 1, 1) * DAY_SECS ||
		r.hi > frn_days_from_civil(FRN_DATE_MAX_YEAR + 1, 1, 1) * DAY_SECS)
		return RES_IMPOSSIBLE;
	*out = r;
	return RES_OK;
}

/* ------------------------------------------------------------------ */
/* Emission                                                            */

/* Is the word at k a determiner ("de la gare", "de son domicile")? */
static bool
determiner_at(const parser *p, size_t k)
{
	switch (wid(p, k))
	{
		case W_LE: case W_LA: case W_LES: case W_L: case W_UN: case W_UNE: case W_DES: case W_DU:
		case W_AU: case W_AUX: case W_CE: case W_CET: case W_CETTE: case W_CES: case W_SON: case W_SA:
		case W_SES: case W_LEUR: case W_LEURS: case W_NOTRE: case W_NOS: case W_VOTRE: case W_VOS:
		case W_MON: case W_MA: case W_MES:
			return true;
		default:
			return false;
	}
}

/* Is a lower-case noun after "de" or "d'" at k ("19 heures de voyage",
 * "1h30 d'attente", "deux heures d'affilée")? */
static bool
noun_after_de(const parser *p, size_t k)
{
	const item *x;
	unsigned char c;

	if (wid(p, k) == W_D && punct(p, k + 1, '\''))
		k += 2;
	else if (wid(p, k) == W_DE)
		k++;
	else
		return false;
	if (k >= p->n || p->it[k].kind != IT_WORD || determiner_at(p, k))
		return false;
	x = &p->it[k];
	c = (unsigned char) p->s[x->b];
	/* a lower-case letter: ASCII, or Latin-1's in UTF-8 (à-ÿ) */
	return (c >= 'a' && c <= 'z') || (c == 0xC3 && x->bl > 1 && (unsigned char) p->s[x->b + 1] >= 0xA0);
}

/* Are items [a, b) a number of hours and its unit ("19 heures", "7h", "1h30")? */
static bool
hours_with_unit(const parser *p, size_t a, size_t b)
{
	uint16_t	last = wid(p, b - 1);

	return b > a + 1 && (num(p, a) >= 0 || is_number_word(p, a)) &&
		(last == W_HEURES || last == W_HEURE || last == W_H || (num(p, b - 1) >= 0 && wid(p, b - 2) == W_H));
}

/*
 * Do the words around the hours [a, b) make them a length of time, not a
 * time of day?  "a duré 2h30", "pendant 1h30", "en moyenne 1h30", "1h30 par
 * jour", "les 2h30 du débat" (the unit with its number: "pendant 3 heures"
 * is read by duration_at), or "19 heures de voyage", "1h30 d'attente" (with
 * their unit and nothing after it: "vers 18 heures de chez lui", "deux
 * heures du matin de façon" are times).
 */
static bool
hours_of_a_length(const parser *p, size_t a, size_t b)
{
	uint16_t	before = a > 0 ? wid(p, a - 1) : W_NONE;

	if (!hours_with_unit(p, a, b))
		return false;
	/* "à une heure de Liverpool", "à une heure en voiture de Niamey", "à une
	 * heure au nord de": a distance */
	if (b == a + 2 && wid(p, a) == W_UNE &&
		(wid(p, b) == W_DE || wid(p, b) == W_D || wid(p, b) == W_EN || wid(p, b) == W_AU))
		return true;
	switch (before)
	{
		case W_DURE: case W_DURERA: case W_DURENT: case W_DURAIT: case W_PENDANT: case W_DURANT:
		case W_MOYENNE: case W_LES: case W_CES:
			return true;
		case W_DES:
			/* not "dès 7 heures" (folded alike) */
			return p->it[a - 1].bl == 3;
		default:
			break;
	}
	if (wid(p, b) == W_PAR && unit_grain(wid(p, b + 1)) >= FRN_G_DAY)
		return true;
	return before != W_VERS && noun_after_de(p, b);
}

/* The kind of a resolved expression. */
static int
kind_of(const when *w, int grain)
{
	bool		day = w->d || w->wd || w->easter || w->nth_of == NTH_DAY || w->rel == REL_DAY ||
		w->rel == REL_SAME_DAY;

	/* a part of the day always belongs to a day ("ce soir"); an hour alone is a time */
	if (w->h >= 0 || w->pod_lo >= 0)
		return day || w->pod_lo >= 0 ? FRN_DK_DATETIME : FRN_DK_TIME;
	/* "il y a trois jours" is a day, "il y a trois heures" an hour of a day */
	if (w->rel == REL_SHIFT)
		return grain == FRN_G_DAY ? FRN_DK_DATE : grain < FRN_G_DAY ? FRN_DK_DATETIME : FRN_DK_PERIOD;
	return day && !w->part ? FRN_DK_DATE : FRN_DK_PERIOD;
}

/* The grain of w when it cannot be resolved (no reference). */
static int
grain_of(const when *w)
{
	if (w->h >= 0)
		return w->tgrain;
	if (w->pod_lo >= 0)
		return pod_grain(w);
	if (w->rel == REL_SHIFT)
		return w->relunit;
	if (w->nth || w->rel == REL_SAME_DAY)
		return FRN_G_DAY;
	if (w->rel == REL_WEEK)
		return w->part ? FRN_G_DAY : FRN_G_WEEK;
	if (w->rel == REL_MONTH)
		return w->part ? FRN_G_DAY : FRN_G_MONTH;
	if (w->rel == REL_YEAR)
		return w->m || w->season || w->part ? FRN_G_MONTH : FRN_G_YEAR;
	if (w->quarter)
		return FRN_G_QUARTER;
	if (w->semester)
		return FRN_G_SEMESTER;
	if (w->season)
		return FRN_G_MONTH;
	if (w->m && !w->d)
		return w->part ? FRN_G_DAY : FRN_G_MONTH;
	return FRN_G_DAY;
}

static frn_date *
push(reader *r, const parser *p, size_t a, size_t b, int kind, int grain)
{
	frn_date   *d;
	const item *x = &p->it[a],
			   *y = &p->it[b - 1];

	FRN_VEC_GROW(r->out->d, r->out->n, r->out->cap, 1);
	d = &r->out->d[r->out->n++];
	memset(d, 0, sizeof *d);
	d->byte_start = x->b;
	d->byte_len = y->b + y->bl - x->b;
	d->char_start = x->c;
	d->char_len = y->c + y->cl - x->c;
	d->kind = (uint8_t) kind;
	d->grain = (uint8_t) grain;
	return d;
}

/* Push a duration or a recurrence of length len on items [a, b) with qualifier q; returns b. */
static size_t
push_length(reader *r, const parser *p, size_t a, size_t b, int kind, int grain, frn_span_len len, int q)
{
	frn_date   *d = push(r, p, a, b, kind, grain);

	d->has_duration = true;
	d->duration = len;
	d->qualifier = (uint8_t) q;
	return b;
}

/* The qualifier the words before i give (skipping an article); 0 if none. */
static int
qualifier_before(const parser *p, size_t i)
{
	size_t		k = i;

	if (k >= 2 && wid(p, k - 1) == W_DE && wid(p, k - 2) == W_MOIS)	/* "depuis le mois de mars" */
		k -= 2;
	if (k > 0 && (wid(p, k - 1) == W_LE || wid(p, k - 1) == W_LA || wid(p, k - 1) == W_LES ||
				  wid(p, k - 1) == W_EN || wid(p, k - 1) == W_L || punct(p, k - 1, '\'')))
		k -= punct(p, k - 1, '\'') ? 2 : 1;
	if (k >= 3 && (wid(p, k - 1) == W_AU || wid(p, k - 1) == W_A || wid(p, k - 1) == W_EN) &&
		punct(p, k - 2, '\'') && wid(p, k - 3) == W_JUSQU)
		return FRN_Q_TO;
	if (k == 0 || k > p->n)
		return FRN_Q_NONE;
	if (k >= 2 && punct(p, k - 1, '\'') && wid(p, k - 2) == W_JUSQU)
		return FRN_Q_TO;
	if (k >= 3 && wid(p, k - 1) == W_ICI && punct(p, k - 2, '\'') && wid(p, k - 3) == W_D)
		return FRN_Q_UPTO;
	/* "d'ici à 2030" */
	if (k >= 4 && wid(p, k - 1) == W_A && wid(p, k - 2) == W_ICI && punct(p, k - 3, '\'') && wid(p, k - 4) == W_D)
		return FRN_Q_UPTO;
	/* "au plus tard le 5 mai", "au plus tôt en 2026": the bound is in the value */
	if (k >= 3 && wid(p, k - 2) == W_PLUS && wid(p, k - 3) == W_AU &&
		(wid(p, k - 1) == W_TARD || wid(p, k - 1) == W_TOT))
		return wid(p, k - 1) == W_TARD ? FRN_Q_TO : FRN_Q_FROM;
	if (wid(p, k - 1) == W_HORIZON)
		return FRN_Q_UPTO;
	if (wid(p, k - 1) == W_DEPUIS || word_is(&p->it[k - 1], p->s, "dès") || word_is(&p->it[k - 1], p->s, "Dès"))
		return FRN_Q_FROM;
	if ((wid(p, k - 1) == W_DE || wid(p, k - 1) == W_DU || wid(p, k - 1) == W_D || punct(p, k - 1, '\'')) && k >= 2 &&
		(wid(p, k - 2 - punct(p, k - 1, '\'')) == W_PARTIR || wid(p, k - 2 - punct(p, k - 1, '\'')) == W_COMPTER))
		return FRN_Q_FROM;
	if (wid(p, k - 1) == W_AVANT)
		return FRN_Q_UNDER;
	if (wid(p, k - 1) == W_APRES)
		return FRN_Q_OVER;
	/* "au-delà de 2030" */
	if (k >= 4 && wid(p, k - 1) == W_DE && wid(p, k - 2) == W_DELA && punct(p, k - 3, '-') && wid(p, k - 4) == W_AU)
		return FRN_Q_OVER;
	if (wid(p, k - 1) == W_VERS || wid(p, k - 1) == W_AUTOUR ||
		((wid(p, k - 1) == W_DE || wid(p, k - 1) == W_DU || wid(p, k - 1) == W_DES) && k >= 2 &&
		 (wid(p, k - 2) == W_ALENTOURS || wid(p, k - 2) == W_ENVIRONS || wid(p, k - 2) == W_AUTOUR)))
		return FRN_Q_ABOUT;
	return FRN_Q_NONE;
}

static void
emit_point(reader *r, const parser *p, size_t a, size_t b, const when *w)
{
	range		rg;
	int			grain;
	res			st = resolve(w, r, a, &rg, &grain);
	frn_date   *d;

	/* an impossible date is no date; a relative one without reference has no value */
	if (st == RES_IMPOSSIBLE)
		return;
	if (st == RES_UNKNOWN)
		grain = grain_of(w);
	if (kind_of(w, grain) == FRN_DK_TIME)
	{
		/*
		 * An hour takes no article: "le 20 heures de TF1", "du 13h" are news
		 * bulletins; "Heures" with a capital is a race ("les 12 Heures de
		 * Sebring")
		 */
		if ((a > 0 && (wid(p, a - 1) == W_LE || wid(p, a - 1) == W_DU || wid(p, a - 1) == W_AU)) ||
			(b > a + 1 && wid(p, b - 1) == W_HEURES && p->s[p->it[b - 1].b] == 'H' && p->s[p->it[b - 1].b + 1] == 'e'))
			return;
		if (w->qual == FRN_Q_NONE && hours_of_a_length(p, a, b))
		{
			frn_span_len len = span_of(FRN_G_HOUR, w->h);

			len.seconds += (int64_t) w->mi * 60;
			push_length(r, p, a, b, FRN_DK_DURATION, w->mi ? FRN_G_MINUTE : FRN_G_HOUR, len, FRN_Q_NONE);
			return;
		}
	}
	d = push(r, p, a, b, kind_of(w, grain), grain);
	d->qualifier = (uint8_t) (w->qual != FRN_Q_NONE ? w->qual : qualifier_before(p, a));
	if (st == RES_OK)
	{
		d->has_value = true;
		d->lo = rg.lo;
		d->hi = rg.hi;
	}
}

/* Is item k the two-letter word ab (in lower case)? */
static inline bool
two_letters_at(const parser *p, size_t k, char a, char b)
{
	return k < p->n && p->it[k].kind == IT_WORD && p->it[k].bl == 2 && p->s[p->it[k].b] == a &&
		p->s[p->it[k].b + 1] == b;
}

/* The most days listed before the last one ("les 1er, 2, 3 et 4 juin") */
#define LISTED_DAYS_MAX 8

/*
 * "les 3 et 4 mars", "des 1er, 2 et 3 juin 2019": the days listed before
 * the last one, each a date of its own, in the last one's month and year.
 * Emits them and returns the item of the last day (read as usual after
 * this), 0 if i begins no such list.
 */
static size_t
listed_days_at(reader *r, const parser *p, size_t i)
{
	size_t		at[LISTED_DAYS_MAX],
				end[LISTED_DAYS_MAX],
				k,
				e;
	int			day[LISTED_DAYS_MAX],
				n = 0,
				d,
				g,
				y,
				m;
	when		last;
	range		rg;

	/* most numbers are followed by neither "," nor "et": asked first, of the bytes */
	k = i + 1 + (two_letters_at(p, i + 1, 'e', 'r') && glued(p, i + 1));
	if (!(punct(p, k, ',') || two_letters_at(p, k, 'e', 't')))
		return 0;
	/* "entre les 18 et 25 juin" is a range (range_at) */
	if (i == 0 || !(wid(p, i - 1) == W_LES || wid(p, i - 1) == W_DES) || (i >= 2 && wid(p, i - 2) == W_ENTRE))
		return 0;
	k = i;
	for (;;)
	{
		if (n == LISTED_DAYS_MAX || (d = day_at(p, k, &e)) == 0 || (n > 0 && d <= day[n - 1]))
			return 0;
		day[n] = d, at[n] = k, end[n++] = e;
		k = e + 1;
		if (wid(p, e) == W_ET)
			break;
		if (!punct(p, e, ','))
			return 0;
	}
	when_init(&last);
	if (day_month_at(p, k, &last) == 0 || last.d <= day[n - 1])
		return 0;
	switch (resolve(&last, r, k, &rg, &g))
	{
		case RES_IMPOSSIBLE:
			return 0;
		case RES_OK:
			frn_civil_from_days(floor_div(rg.lo, DAY_SECS), &y, &m, &d);
			last.y = y;			/* the year the last day was read in */
			break;
		default:
			break;
	}
	for (int j = 0; j < n; j++)
	{
		when		w = last;

		w.d = (int16_t) day[j];
		w.wd = 0;
		emit_point(r, p, at[j], end[j], &w);
	}
	return k;
}

/*
 * The minutes of a duration in hours, at e after its unit: "deux heures
 * trente", "2 heures 30 minutes", "trois heures moins le quart", "4h40" (a
 * number apart must end the phrase: "deux heures trente manifestants" is a
 * count).
 * Adds them to *len; returns the end (e if none).
 */
static size_t
minutes_after_hours(const parser *p, size_t e, frn_span_len *len, int *grain)
{
	size_t		k;
	int			mi = 0;
	bool		glued_digits = num(p, e) >= 0 && glued(p, e);	/* "4h40": minutes, whatever follows */

	if ((k = digit_minutes(p, e, &mi)) == e && (k = spelled_minutes(p, e, &mi)) == e)
		return e;
	/* without its unit, a number alone ("une" is an article: "en quelques heures une enquête") */
	if (!glued_digits && wid(p, k - 1) != W_MIN && wid(p, k - 1) != W_MINUTE && wid(p, k - 1) != W_MINUTES &&
		(wid(p, e) == W_UN || wid(p, e) == W_UNE ||
		 (k < p->n && p->it[k].kind == IT_WORD && wid(p, k) != W_DE && wid(p, k) != W_D && wid(p, k) != W_ET)))
		return e;
	len->seconds += (int64_t) mi * 60;
	*grain = FRN_G_MINUTE;
	return k;
}

static size_t duration_lead_start(const parser *p, size_t i);

/* A duration at i: "dix ans", "trois mois", "24 heures", "deux ans et demi", "quelques jours",
 * "une dizaine d'années". */
static size_t
duration_at(const parser *p, size_t i, frn_span_len *len, int *grain)
{
	size_t		e,
				k;
	bool		words;
	int			n,
				g;

	if (wid(p, i) == W_QUELQUES || wid(p, i) == W_PLUSIEURS)
		n = 3, e = i + 1;
	else if (wid(p, i) == W_UNE && (n = about_count(wid(p, i + 1))) > 0 && (e = after_de(p, i + 2)) != 0)
		;						/* "une dizaine de jours" */
	else if ((n = number_at(p, i, &e, &words)) <= 0 || (!words && (punct(p, e, ',') && glued(p, e))))
		return 0;
	if ((g = unit_grain(wid(p, e))) < 0 || wid(p, e) == W_JOURNEE || !span_fits(g, n))
		return 0;
	/* "en 24h", "pendant 2h": hours of a length; "depuis 15h", "pour 20h" are times of day */
	if (wid(p, e) == W_H && n < 24 &&
		((k = duration_lead_start(p, i)) == 0 || wid(p, k - 1) == W_DEPUIS || wid(p, k - 1) == W_POUR))
		return 0;
	if (g == FRN_G_YEAR && wid(p, e) == W_ANNEES && num(p, e + 1) >= 0)
		return 0;
	*grain = g;
	*len = span_of(g, n);
	e++;
	if (wid(p, e) == W_ET && (wid(p, e + 1) == W_DEMI || wid(p, e + 1) == W_DEMIE))
	{
		frn_span_len half = span_of(g, 1);

		if (half.months % 2 == 0 && half.months)
			len->months += half.months / 2;
		else if (g == FRN_G_MONTH)
			len->days += 15;
		else if (half.days)
			len->seconds += (int64_t) half.days * 43200;
		else
			len->seconds += half.seconds / 2;
		e += 2;
	}
	else if (g == FRN_G_HOUR && wid(p, i) != W_QUELQUES)
		e = minutes_after_hours(p, e, len, grain);
	return e;
}

/*
 * "toute la journée", "tout le mois", "toute l'année": one unit, as a
 * duration ("toute l'année 2020", "tout le mois de mars", "toute la semaine
 * prochaine" name the period itself and are left to the other readings).
 */
static size_t
whole_unit_at(const parser *p, size_t i, frn_span_len *len, int *grain)
{
	size_t		k = i + 1;
	uint16_t	u,
				next;

	if (wid(p, i) != W_TOUT && wid(p, i) != W_TOUTE)
		return 0;
	if (wid(p, k) == W_L && punct(p, k + 1, '\''))
		k++;
	else if (wid(p, k) != W_LE && wid(p, k) != W_LA)
		return 0;
	u = wid(p, ++k);
	next = wid(p, k + 1);
	if ((u != W_JOUR && u != W_JOURNEE && u != W_SEMAINE && u != W_MOIS && u != W_AN && u != W_ANNEE &&
		 u != W_TRIMESTRE && u != W_SEMESTRE && u != W_SIECLE) ||
		num(p, k + 1) >= 0 || next == W_DE || next == W_D || next == W_DU || direction_at(p, k + 1))
		return 0;
	*grain = unit_grain(u);
	*len = span_of(*grain, 1);
	return k + 1;
}

/*
 * Where the words between a duration's cue and its count begin: a hedge
 * ("près de", hedge_start), after adverbs ("depuis déjà plus de deux mois",
 * "depuis bientôt", "maintenant", "seulement", "encore", "à peine") or "en
 * l'espace de".
 */
static size_t
duration_lead_start(const parser *p, size_t i)
{
	size_t		k = hedge_start(p, i);

	for (int said = 0; said < 2 && k > 0; said++)
	{
		uint16_t	w = wid(p, k - 1);

		if (w == W_MAINTENANT || w == W_DEJA || w == W_BIENTOT || w == W_SEULEMENT || w == W_ENCORE)
			k--;
		else if (w == W_PEINE && k >= 2 && wid(p, k - 2) == W_A)
			k -= 2;
		else if (w == W_DE && k >= 4 && wid(p, k - 2) == W_ESPACE && punct(p, k - 3, '\'') && wid(p, k - 4) == W_L)
			k -= 4;
		else
			break;
	}
	return k;
}

/*
 * The qualifier of the duration whose count is at i: from the words before
 * the count, as after "dans" (the length against the value: "près de deux
 * ans" about, "plus de", "au moins" over, "moins de" under), or from the
 * count itself ("quelques jours", "une dizaine d'années": about).
 */
static int
length_qualifier(const parser *p, size_t i)
{
	size_t		k = hedge_start(p, i);
	int			q;

	if (k < i && shift_hedge(p, k, 1, &q) == i && q != FRN_Q_NONE)
		return q;
	if (wid(p, i) == W_QUELQUES || wid(p, i) == W_PLUSIEURS ||
		(wid(p, i) == W_UNE && about_count(wid(p, i + 1)) > 0))
		return FRN_Q_ABOUT;
	return FRN_Q_NONE;
}

/* Words before a duration that make it one ("pendant", "depuis", "durant", "pour", "a duré",
 * "cela fait", "sous 48 heures"...), also with a hedge between ("pendant près de 4 heures",
 * "depuis plus d'un an"). */
static bool
duration_cue(const parser *p, size_t i)
{
	i = duration_lead_start(p, i);
	if (i == 0)
		return false;
	switch (wid(p, i - 1))
	{
		case W_SOUS:
			/* "sous 48 heures", not "sous un jour nouveau" (in a new light) */
			return !(wid(p, i) == W_UN && wid(p, i + 1) == W_JOUR);
		case W_PENDANT: case W_DURANT: case W_DEPUIS: case W_POUR: case W_SUR: case W_EN:
		case W_DURE: case W_DURERA: case W_DURENT: case W_DURAIT: case W_DURER:
			return true;
		case W_FAIT:
			/* "cela fait dix ans que", "ça fait trois mois" */
			return i >= 2 && (wid(p, i - 2) == W_CELA || wid(p, i - 2) == W_CA);
		case W_DE:
			return i >= 2 && (wid(p, i - 2) == W_BOUT || wid(p, i - 2) == W_DUREE);
		case W_LES: case W_DES:
			return i >= 2 && (wid(p, i - 2) == W_PENDANT || wid(p, i - 2) == W_DURANT || wid(p, i - 2) == W_COURS);
		default:
			return false;
	}
}

/* Is item i after an article or a possessive ("l'", "un", "cet", "son")? */
static bool
after_determiner(const parser *p, size_t i)
{
	static const char *const possessives[] = {"son", "sa", "notre", "votre", "leur", "mon", "ton"};
	uint16_t	w;

	if (i >= 2 && punct(p, i - 1, '\''))
		return wid(p, i - 2) == W_L || wid(p, i - 2) == W_D;
	if (i == 0)
		return false;
	w = wid(p, i - 1);
	if (w == W_LE || w == W_UN || w == W_CE || w == W_CET || w == W_LES || w == W_DES || w == W_DU ||
		w == W_AU || w == W_AUX)
		return true;
	for (size_t k = 0; k < sizeof possessives / sizeof possessives[0]; k++)
		if (word_is(&p->it[i - 1], p->s, possessives[k]))
			return true;
	return false;
}

/* "chaque lundi", "tous les ans", "toutes les trois semaines", "quotidiennement" */
static size_t
set_at(const parser *p, size_t i, frn_span_len *len, int *grain)
{
	size_t		k,
				e;
	bool		plural,
				abbrev,
				words;
	int			n = 1,
				g;

	switch (wid(p, i))
	{
		case W_QUOTIDIENNEMENT: *grain = FRN_G_DAY; *len = span_of(FRN_G_DAY, 1); return i + 1;
		case W_HEBDOMADAIRE:
			/* "l'hebdomadaire", "un hebdomadaire": the weekly paper */
			if (after_determiner(p, i))
				return 0;
			*grain = FRN_G_WEEK;
			*len = span_of(FRN_G_WEEK, 1);
			return i + 1;
		case W_MENSUELLEMENT: *grain = FRN_G_MONTH; *len = span_of(FRN_G_MONTH, 1); return i + 1;
		case W_ANNUELLEMENT: *grain = FRN_G_YEAR; *len = span_of(FRN_G_YEAR, 1); return i + 1;
		case W_CHAQUE: k = i + 1; break;
		case W_TOUS: case W_TOUTES:
			if (wid(p, i + 1) != W_LES)
				return 0;
			k = i + 2;
			break;
		default: return 0;
	}
	if (weekday_word(wid(p, k), &plural, &abbrev) && !abbrev)
	{
		*grain = FRN_G_DAY;
		*len = span_of(FRN_G_WEEK, 1);
		return k + 1;
	}
	if (wid(p, k) == 0 && (n = number_at(p, k, &e, &words)) > 1)
		k = e;
	else if (is_number_word(p, k) && (n = number_at(p, k, &e, &words)) > 1)
		k = e;
	else
		n = 1;
	if ((g = unit_grain(wid(p, k))) < 0 || wid(p, k) == W_H || !span_fits(g, n))
		return 0;
	if (wid(p, k) == W_AN || wid(p, k) == W_ANS)
		g = FRN_G_YEAR;
	*grain = g;
	*len = span_of(g, n);
	return k + 1;
}

/*
 * A first end given the month of the second (w1->m = w2->m) lies in the
 * month before when its day comes after the second's: "du 31 au 2
 * janvier" starts on 31 December, "entre le 28 et le 3 mars" on 28
 * February (a year-long range otherwise).  A year given goes back with
 * December; none is found later from the second end.
 */
static void
month_before_if_later(when *w1, const when *w2)
{
	if (!w2->d || w1->d <= w2->d)
		return;
	if (--w1->m == 0)
	{
		w1->m = 12;
		if (w1->y)
			w1->y--;
	}
}

/* Can the when w start a range with a bare number at i (completed by the other end)? */
static bool
bare_range_start(const parser *p, size_t i, const when *w2, when *w1)
{
	int			v = num(p, i);

	when_init(w1);
	if (v < 0)
		return false;
	if (w2->d && w2->m && v >= 1 && v <= 31 && p->it[i].ndig <= 2)
	{
		w1->d = v, w1->m = w2->m, w1->y = w2->y, w1->dir = w2->dir;
		month_before_if_later(w1, w2);
		return true;
	}
	/* "16-17 heures", "de 5 à 7 aujourd'hui" (forward when a day follows: "du 3 au 15h jeudi" is none) */
	if (w2->h >= 0 && (w2->rel == REL_NONE || w2->rel == REL_DAY) && v <= 24 && p->it[i].ndig <= 2 &&
		(!(w2->d || w2->wd || w2->rel) || v < w2->h))
	{
		w1->h = v, w1->mi = 0, w1->tgrain = FRN_G_HOUR;
		return true;
	}
	return false;
}

/* Fill what the first end of a range leaves unsaid from the second ("de mars à juin 2024"). */
static void
complete_from(when *w1, const when *w2)
{
	if (!w1->y && w2->y && !w1->rel && !w1->wd && (w1->m || w1->quarter || w1->semester))
		w1->y = w2->y;
	if (w1->d && !w1->m && w2->m)
	{
		w1->m = w2->m;
		month_before_if_later(w1, w2);
	}
}

/*
 * "du lundi 3 au vendredi 7 mars", "la nuit de mardi 13 à mercredi 14
 * août": a weekday read alone at the first end of a range takes the day
 * after it when "à", "au" (or link, "et" after "entre") follows; its month
 * is the second end's.
 */
static bool
weekday_day(const parser *p, when *w, size_t *e, uint16_t link)
{
	size_t		k = *e;

	if (!w->wd || w->d || w->m || w->rel || num(p, k) < 1 || num(p, k) > 31 || p->it[k].ndig > 2 ||
		!(wid(p, k + 1) == W_AU || wid(p, k + 1) == W_A || wid(p, k + 1) == link))
		return false;
	w->d = (int16_t) num(p, k);
	*e = k + 1;
	return true;
}

/*
 * A range at i: "entre P et P", "de/du P à/au P", "P-P" (years), "P au P".
 * Emits it as one period and returns its end, 0 if none.
 */
static size_t
range_at(reader *r, const parser *p, size_t i, const when *pre, size_t pre_end)
{
	size_t		k = i,
				e1,
				e2,
				c;
	when		w1,
				w2;
	range		r1,
				r2;
	int			g1,
				g2;
	res			s1,
				s2;
	bool		entre = wid(p, i) == W_ENTRE,
				de = wid(p, i) == W_DE || wid(p, i) == W_DU || wid(p, i) == W_DES ||
		(wid(p, i) == W_D && punct(p, i + 1, '\''));
	bool		bare = false,
				wd_day = false;
	frn_date   *d;

	if (!(entre || de))
	{
		/* "2010-2015", "3 au 5 mars": after a point read at i; "16-17 heures", "3-5 mars": a bare number */
		if (pre_end != 0)
			w1 = *pre, e1 = pre_end;
		else if (num(p, i) >= 0 && punct(p, i + 1, '-') && glued(p, i + 1) && glued(p, i + 2))
			bare = true, e1 = i + 1;
		else
			return 0;
	}
	else if ((e1 = point_at(p, k = i + (wid(p, i) == W_D ? 2 : entre && (wid(p, i + 1) == W_LE || wid(p, i + 1) == W_LES) ? 2 : 1),
							&w1, true)) == 0)
	{
		r->no_point = k + 1;
		if (num(p, k) < 0)
			return 0;
		bare = true;
		e1 = k + 1;
	}
	if (!bare && weekday_day(p, &w1, &e1, entre ? W_ET : W_AU))
		wd_day = true;
	c = e1;
	if (entre ? wid(p, c) == W_ET :
		de ? (wid(p, c) == W_A || wid(p, c) == W_AU || wid(p, c) == W_AUX ||
			  (wid(p, c) == W_JUSQU && punct(p, c + 1, '\''))) :
		/* "2010-2015", "9h-17h", "16-17 heures" */
		((punct(p, c, '-') && glued(p, c) && glued(p, c + 1) &&
		  (bare || (w1.y && !w1.m && !w1.decade) || (w1.h >= 0 && !w1.d && !w1.wd && !w1.rel))) ||
		 (wid(p, c) == W_AU && w1.d)))
		c += wid(p, c) == W_JUSQU ? 2 : 1;
	else
		return 0;
	if (wid(p, c) == W_A && wid(p, c - 1) == W_JUSQU)
		c++;
	if (entre && wid(p, c) == W_LE)	/* "entre le 13 juillet et le 28 août" */
		c++;
	if ((e2 = point_at(p, c, &w2, true)) == 0)
	{
		/* "de 5 à 7 aujourd'hui": bare numbers before a day are hours */
		if (!bare || num(p, c) < 0 || num(p, c) > 24 || p->it[c].ndig > 2)
			return 0;
		when_init(&w2);
		w2.h = (int16_t) num(p, c);
		w2.tgrain = FRN_G_HOUR;
		if ((e2 = time_then_day(p, c + 1, &w2)) == c + 1)
			return 0;
	}
	if (bare && !bare_range_start(p, k, &w2, &w1))
		return 0;
	/* "du lundi 3 au 7 mars", "du lundi 18 au mardi": the weekday fixes the first end's year, not the second's */
	if (wd_day && !(w2.wd && w2.d))
		return 0;
	if (wd_day)
		w1.y = w2.y;			/* the second end's (the one before after "du mardi 31 au jeudi 2 janvier 2020") */
	/* "3-5 mars" goes forward ("3-2 mars" is a score before a month) */
	if (bare && !(entre || de) && (w2.h >= 0 ? w1.h >= w2.h : w1.d >= w2.d))
		return 0;
	complete_from(&w1, &w2);
	/* "entre mai et septembre": a first end without year lies before the second */
	if (!w1.y && w1.m && !w1.rel && !w1.wd && !w1.easter && !w2.rel &&
		resolve(&w2, r, c, &r2, &g2) == RES_OK)
	{
		int			y2,
					m2,
					d2;

		frn_civil_from_days(floor_div(r2.lo, DAY_SECS), &y2, &m2, &d2);
		w1.y = (w1.m > m2 || (w1.m == m2 && w1.d > d2)) ? y2 - 1 : y2;
	}
	if (!bare && w1.h >= 0 && w2.h < 0 && !w2.d && !w2.wd && !w2.rel)
		return 0;
	/*
	 * "de 14 h à 16 h jeudi": hours of one day, read as that day with its
	 * part [first, end of the last), a datetime like "jeudi soir"
	 */
	if (w1.h >= 0 && !w1.d && !w1.wd && !w1.rel && w2.h >= 0 && w2.tgrain != FRN_G_SECOND &&
		w1.tgrain != FRN_G_SECOND && (w2.d || w2.wd || w2.rel == REL_DAY))
	{
		when		day = w2;
		int			lo = w1.h * 60 + w1.mi,
					hi = hours_end(&w2);
		bool		overnight = hi <= lo;

		/*
		 * "de 5 h à 3 h vendredi", "de 23h à 5h lundi": the day is the
		 * second end's, the first end is on the day before (not a week)
		 */
		if (overnight)
		{
			if (bare)
				return 0;
			hi += 24 * 60;
		}
		day.pod_lo = (int16_t) lo;
		day.pod_hi = (int16_t) hi;
		day.h = -1;
		s2 = resolve(&day, r, k, &r2, &g2);
		if (s2 == RES_OK && overnight)
		{
			r2.lo -= DAY_SECS;
			r2.hi -= DAY_SECS;
			if (r2.lo < frn_days_from_civil(FRN_DATE_MIN_YEAR, 1, 1) * DAY_SECS)
				s2 = RES_IMPOSSIBLE;
		}
		if (s2 == RES_IMPOSSIBLE)
			return 0;
		d = push(r, p, i, e2, FRN_DK_DATETIME, s2 == RES_OK ? g2 : grain_of(&day));
		if (s2 == RES_OK)
		{
			d->has_value = true;
			d->lo = r2.lo;
			d->hi = r2.hi;
		}
		return e2;
	}
	/* "de 14 h à 16 h": the second end's day carries to the first */
	if (w1.h >= 0 && !w1.d && !w1.wd && !w1.rel && w2.h >= 0)
	{
		int			h = w1.h,
					mi = w1.mi,
					tg = w1.tgrain;

		w1 = w2;
		w1.h = h, w1.mi = mi, w1.tgrain = tg;
	}
	s1 = resolve(&w1, r, k, &r1, &g1);
	s2 = resolve(&w2, r, k, &r2, &g2);
	if (s1 == RES_IMPOSSIBLE || s2 == RES_IMPOSSIBLE)
		return 0;
	if (s1 == RES_OK && s2 == RES_OK)
	{
		if (r2.hi <= r1.lo)
		{
			/* "du lundi au vendredi" read from the week before: move the second end a week on */
			if (w2.wd && !w2.d && w1.wd && r2.hi + 7 * DAY_SECS > r1.lo)
				r2.lo += 7 * DAY_SECS, r2.hi += 7 * DAY_SECS;
			else
				return 0;
		}
		d = push(r, p, i, e2, FRN_DK_PERIOD, g1 < g2 ? g1 : g2);
		d->has_value = true;
		d->lo = r1.lo;
		d->hi = r2.hi;
	}
	else
	{
		/* relative ends without reference: a range without value */
		g1 = grain_of(&w1);
		g2 = grain_of(&w2);
		push(r, p, i, e2, FRN_DK_PERIOD, g1 < g2 ? g1 : g2);
	}
	return e2;
}

/* Does day (days since the epoch) have what w says of it: its day, month, year, weekday? */
static bool
day_fits(const when *w, int64_t day)
{
	int			y,
				m,
				d;

	frn_civil_from_days(day, &y, &m, &d);
	return (!w->d || w->d == d) && (!w->m || w->m == m) && (!w->y || w->y == y) &&
		(!w->wd || w->wd == weekday_of(day));
}

/* What night_days says of the two days of a night */
enum
{
	NIGHT_IMPOSSIBLE = -1,		/* a day that no calendar has ("au 31 avril") */
	NIGHT_NOT = 0,				/* days that do not follow */
	NIGHT_FOLLOWS = 1
};

/*
 * Are the two days w1, w2 of a night ones that follow ("du 3 au 4 mars",
 * "du 28 février au 1er mars", "de samedi à dimanche"; not "du 29 au 1er
 * mars" in a year without 29 February, "du 30 au 2 mai", "de mercredi à
 * vendredi")?  A date that resolves fixes the first day: the day before the
 * second end ("de vendredi à samedi 27 juin"), else the first end if it
 * says more than the second (a weekday or a year: "du jeudi 31 janvier au
 * 1er février"); w1 then becomes that day.  Without a date that resolves,
 * the words alone are compared.
 */
static int
night_days(reader *r, size_t at, when *w1, const when *w2)
{
	int64_t		first[2];
	int			n = 0;
	range		rr;
	int			g;
	res			st;

	if (w2->d)
	{
		if ((st = resolve(w2, r, at, &rr, &g)) == RES_IMPOSSIBLE)
			return NIGHT_IMPOSSIBLE;
		if (st == RES_OK)
			first[n++] = floor_div(rr.lo, DAY_SECS) - 1;
	}
	if (w1->d)
	{
		if ((st = resolve(w1, r, at, &rr, &g)) == RES_IMPOSSIBLE)
			return NIGHT_IMPOSSIBLE;
		if (st == RES_OK && ((w1->wd && !w2->wd) || (w1->y && !w2->y)))
			first[n++] = floor_div(rr.lo, DAY_SECS);
	}
	for (int k = 0; k < n; k++)
		if (day_fits(w1, first[k]) && day_fits(w2, first[k] + 1))
		{
			int			y,
						m,
						d;

			frn_civil_from_days(first[k], &y, &m, &d);
			w1->y = y, w1->m = (int16_t) m, w1->d = (int16_t) d;
			return NIGHT_FOLLOWS;
		}
	if (n > 0)
		return NIGHT_NOT;
	if (w1->wd && w2->wd && w2->wd != w1->wd % 7 + 1)
		return NIGHT_NOT;
	if (!(w1->d && w2->d && w1->m && w2->m))
		return NIGHT_FOLLOWS;
	if (w1->m == w2->m)
		return w2->d == w1->d + 1 ? NIGHT_FOLLOWS : NIGHT_NOT;
	/* the last day of the month before (28 or 29 February without a year) */
	return w2->m == w1->m % 12 + 1 && w2->d == 1 &&
		w1->d >= days_in_month(w1->y ? w1->y : 2001, w1->m) &&
		w1->d <= days_in_month(w1->y ? w1->y : 2000, w1->m) ? NIGHT_FOLLOWS : NIGHT_NOT;
}

/* "la nuit de mercredi à jeudi", "dans la nuit du 3 au 4 mars" */
static size_t
night_at(reader *r, const parser *p, size_t i)
{
	size_t		k = i + (wid(p, i) == W_LA ? 1 : 0),
				e1,
				e2;
	when		w1,
				w2;
	range		r1;
	int			g,
				follows;
	frn_date   *d;
	bool		bare_day;

	if (wid(p, k) != W_NUIT || !(wid(p, k + 1) == W_DE || wid(p, k + 1) == W_DU))
		return 0;
	bare_day = (e1 = point_at(p, k + 2, &w1, true)) == 0;
	if (bare_day)
	{
		/* "du 3 au 4 mars": the first day alone, its month the second's */
		when_init(&w1);
		if ((w1.d = (int16_t) day_at(p, k + 2, &e1)) == 0)
			return 0;
	}
	else if (!(w1.wd || w1.d) || w1.h >= 0 || w1.pod_lo >= 0)
		return 0;
	else if (weekday_day(p, &w1, &e1, W_AU))
		bare_day = true;		/* "du mardi 13 au mercredi 14 août": the month is the second's */
	if (!(wid(p, e1) == W_A || wid(p, e1) == W_AU))
		return 0;
	if ((e2 = point_at(p, e1 + 1, &w2, true)) == 0 || (bare_day && !w2.m))
		return 0;
	w1.pod_lo = 22 * 60, w1.pod_hi = 30 * 60;
	if (w1.d && !w1.m)
	{
		w1.m = w2.m, w1.y = w2.y;
		/* "du 31 au 1er juin": the night begins in the month before */
		if (w2.d && w1.d > w2.d)
		{
			w1.m = (int16_t) (w2.m == 1 ? 12 : w2.m - 1);
			if (w2.m == 1 && w1.y)
				w1.y--;
		}
	}
	/* an impossible day is no night, nor a date: nothing is read */
	if ((follows = night_days(r, k, &w1, &w2)) != NIGHT_FOLLOWS)
		return follows == NIGHT_IMPOSSIBLE ? e2 : 0;
	/*
	 * "la nuit de samedi à dimanche entre 00h30 et 02h20", "... vers 3 h":
	 * hours before 6 h on the second day are when in the night ("... à
	 * jeudi matin" is still the night)
	 */
	if ((w2.h >= 0 && w2.h < 6) || (w2.pod_lo >= 0 && w2.pod_hi <= 6 * 60))
		w1 = w2;
	d = push(r, p, i, e2, FRN_DK_DATETIME, w1.h >= 0 ? w1.tgrain : pod_grain(&w1));
	if (resolve(&w1, r, k, &r1, &g) == RES_OK)
	{
		d->has_value = true;
		d->lo = r1.lo;
		d->hi = r1.hi;
	}
	return e2;
}

/* "la semaine du 8 juin": the week (Monday to Sunday) that holds the day ("la semaine du 8 au 14 juin" is a range) */
static size_t
week_of_day_at(reader *r, const parser *p, size_t i)
{
	size_t		k = i + (wid(p, i) == W_LA ? 1 : 0),
				e;
	when		w;
	range		day;
	int			g;
	res			st;
	frn_date   *d;

	if (wid(p, k) != W_SEMAINE || wid(p, k + 1) != W_DU ||
		(e = point_at(p, k + 2, &w, true)) == 0 || !w.d || !w.m || w.h >= 0 || w.pod_lo >= 0 ||
		wid(p, e) == W_A || wid(p, e) == W_AU)
		return 0;
	if ((st = resolve(&w, r, k, &day, &g)) == RES_IMPOSSIBLE)
		return 0;
	d = push(r, p, i, e, FRN_DK_PERIOD, FRN_G_WEEK);
	d->qualifier = (uint8_t) qualifier_before(p, i);
	if (st == RES_OK)
	{
		int64_t		monday = week_start(floor_div(day.lo, DAY_SECS), 0);

		d->has_value = true;
		d->lo = monday * DAY_SECS;
		d->hi = (monday + 7) * DAY_SECS;
	}
	return e;
}

/* -1 for "derniers", "dernières", +1 for "prochains", "prochaines", else 0 */
static int
plural_direction_at(const parser *p, size_t i)
{
	switch (wid(p, i))
	{
		case W_DERNIERS: case W_DERNIERES: return -1;
		case W_PROCHAINS: case W_PROCHAINES: return 1;
		default: return 0;
	}
}

/*
 * Are the units that end at end those of another moment than ref?  Before
 * "de", "du", "d'" or "avant" and no number ("les deux dernières années de
 * son mandat", "des trois derniers mois de l'année", "les 15 derniers jours
 * avant le vote").
 */
static bool
units_of_another_at(const parser *p, size_t end)
{
	uint16_t	after = wid(p, end);

	return (after == W_DE || after == W_DU || after == W_D || after == W_AVANT) &&
		!(end + 1 < p->n && p->it[end + 1].kind == IT_NUM);
}

/* The end of "à venir" or "qui viennent" at e, 0 if none ("qui viennent
 * de s'écouler" are the last ones). */
static size_t
to_come_at(const parser *p, size_t e)
{
	return (wid(p, e) == W_A && wid(p, e + 1) == W_VENIR) ||
		(wid(p, e) == W_QUI && wid(p, e + 1) == W_VIENNENT && wid(p, e + 2) != W_DE && wid(p, e + 2) != W_D) ?
		e + 2 : 0;
}

/* Push a period of n units g on items [i, end): from the unit of ref
 * shifted by from to the one shifted by to; returns end. */
static size_t
push_shifted_units(reader *r, const parser *p, size_t i, size_t end, int g, int n, int from, int to)
{
	frn_date   *d = push(r, p, i, end, FRN_DK_PERIOD, g);
	when		w;
	range		a,
				b;

	d->has_duration = true;
	d->duration = span_of(g, n);
	if (!r->has_ref)
		return end;
	when_init(&w);
	w.rel = REL_SHIFT;
	w.relunit = g;
	w.reln = from;
	if (resolve(&w, r, i, &a, &g) != RES_OK)
		return end;
	w.reln = to;
	if (resolve(&w, r, i, &b, &g) != RES_OK)
		return end;
	d->has_value = true;
	d->lo = a.lo;
	d->hi = b.hi;
	return end;
}

/*
 * "les dix derniers mois", "les trois prochaines années", "les 24 dernières
 * heures", "ces dernières 48 heures", "les trois mois à venir": [ref unit -
 * N units, ref unit) or [ref unit + 1, ref unit + 1 + N).  The units of
 * another moment, and minutes and seconds, those of a match or a recording
 * ("dans les cinq dernières minutes"), are a duration.  "Heures" with a capital is a race
 * ("les dernières 24 Heures du Mans"); "une dernière journée" is no count.
 */
static size_t
last_n_at(reader *r, const parser *p, size_t i)
{
	int			lead = plural_direction_at(p, i),
				n,
				g,
				dir;
	size_t		e,
				unit,
				end;
	bool		words,
				to_come = false;	/* "les trois mois à venir" */

	n = number_at(p, lead ? i + 1 : i, &e, &words);
	if (n < 1)
		return 0;
	if (lead)
		dir = lead, unit = e, end = e + 1;
	else if ((end = to_come_at(p, e + 1)) != 0)
		dir = 1, unit = e, to_come = true;
	else
		dir = plural_direction_at(p, e) ? plural_direction_at(p, e) : n > 1 ? direction_at(p, e) : 0,
			unit = e + 1, end = e + 2;
	if (!dir || (g = unit_grain(wid(p, unit))) < 0 || g > FRN_G_YEAR ||
		(unit < p->n && p->s[p->it[unit].b] == 'H') || (g < FRN_G_HOUR && to_come) || !span_fits(g, n))
		return 0;
	if (g < FRN_G_HOUR || units_of_another_at(p, end))
		return push_length(r, p, i, end, FRN_DK_DURATION, g, span_of(g, n), FRN_Q_NONE);
	return push_shifted_units(r, p, i, end, g, n, dir < 0 ? -n : 1, dir < 0 ? -1 : n);
}

/*
 * "dans les 48 heures", "dans les 15 jours": a duration, the units of a rule
 * or of another moment more often than the days after ref ("en cas de
 * récidive dans les 15 jours", "dans les six mois suivant", "réagir dans les
 * 48 heures à chaque fois"); before "à venir" or "qui viennent" the N units
 * from that of ref, [ref unit, ref unit + N).
 */
static size_t
within_n_at(reader *r, const parser *p, size_t i)
{
	size_t		e,
				end;
	bool		words;
	int			n,
				g;

	if (wid(p, i) != W_DANS || wid(p, i + 1) != W_LES || (n = number_at(p, i + 2, &e, &words)) < 2 ||
		(g = unit_grain(wid(p, e))) < FRN_G_HOUR || g > FRN_G_YEAR || p->s[p->it[e].b] == 'H' ||
		!span_fits(g, n))
		return 0;
	if ((end = to_come_at(p, e + 1)) != 0)
		return push_shifted_units(r, p, i, end, g, n, 0, n - 1);
	return push_length(r, p, i, e + 1, FRN_DK_DURATION, g, span_of(g, n), FRN_Q_NONE);
}

/* The end of a time after a recurrence at e ("à 18h", "vers midi"), e if none. */
static size_t
time_after_set(const parser *p, size_t e)
{
	when		w;
	size_t		f;

	when_init(&w);
	if ((wid(p, e) == W_A || wid(p, e) == W_VERS) && (f = time_at(p, e + 1, &w, false)) != 0 && w.h < 24)
		return f;
	return e;
}

/*
 * Is a mark of the years before Christ at e ("avant J.-C.", "av. J-C",
 * "avant JC", "avant Jésus-Christ", "avant notre ère"), perhaps after a
 * year that was not read ("le 15 mars 44 avant J.-C.") or the second end of
 * a range ("1301-1236 avant J.-C.")?
 */
static bool
before_christ_at(const parser *p, size_t e)
{
	size_t		k = e;
	const item *x;

	if (num(p, k) >= 0)
		k++;
	if ((punct(p, k, '-') || punct(p, k, '/')) && num(p, k + 1) >= 0)
		k += 2;
	if (wid(p, k) == W_AVANT)
		k++;
	else if (k < p->n && p->it[k].kind == IT_WORD && p->it[k].bl == 2 && memcmp(p->s + p->it[k].b, "av", 2) == 0)
		k += punct(p, k + 1, '.') ? 2 : 1;
	else
		return false;
	if (wid(p, k) == W_NOTRE)
		return wid(p, k + 1) == W_ERE;
	if (k >= p->n || p->it[k].kind != IT_WORD)
		return false;
	x = &p->it[k];
	return p->s[x->b] == 'J' &&
		(x->bl == 1 || (x->bl == 2 && p->s[x->b + 1] == 'C') || (x->bl == 6 && memcmp(p->s + x->b, "Jésus", 6) == 0));
}

/*
 * The calendar read starts at the year 1: an expression before a mark of
 * the years before Christ ("au VIIIe siècle avant J.-C.", "en 44 avant notre
 * ère") is no date, not the same years after Christ.  Drops the dates pushed
 * since kept if the mark is at e; returns e.
 */
static size_t
unless_before_christ(reader *r, const parser *p, size_t kept, size_t e)
{
	if (before_christ_at(p, e))
		r->out->n = kept;
	return e;
}

/*
 * Read the expressions of a chunk that begin before it[r->starts_end]; the
 * grammar reads the items after it too.  Returns the item the next chunk
 * begins at: r->starts_end, or the end of an expression across it.
 */
static size_t
scan(reader *r)
{
	parser		p = {r, r->it, r->n, r->s};
	size_t		i = 0,
				ks = 0,			/* r->strong_at[ks]: the first strong item at or after i */
				steps = 0;

	r->no_point = 0;
	while (i < r->starts_end)
	{
		uint32_t	m;
		size_t		e,
					kept = r->out->n;
		when		w;
		frn_span_len len;
		int			g;

		if ((++steps & 1023) == 0)
			frn_check_interrupts();
		while (ks < r->n_strong && r->strong_at[ks] < i)
			ks++;
		if (ks == r->n_strong)
			break;
		/* most items start nothing: no digits nor date word just ahead */
		if (r->strong_at[ks] >= i + STRONG_AHEAD)
		{
			/* (not past the starts: i passes them at an expression's end only) */
			i = r->strong_at[ks] - (STRONG_AHEAD - 1);
			if (i > r->starts_end)
				i = r->starts_end;
			continue;
		}
		if ((m = start_mask(&p, i)) == 0)
		{
			i++;
			continue;
		}
		if (((m & S_NIGHT) && ((e = night_at(r, &p, i)) != 0 || (e = week_of_day_at(r, &p, i)) != 0)) ||
			((m & S_RANGE) && (e = range_at(r, &p, i, NULL, 0)) != 0) ||
			((m & S_LAST_N) && ((e = last_n_at(r, &p, i)) != 0 || (e = within_n_at(r, &p, i)) != 0)))
		{
			i = unless_before_christ(r, &p, kept, e);
			continue;
		}
		if ((m & S_SET) && (e = set_at(&p, i, &len, &g)) != 0)
		{
			/* "chaque lundi à 18h": the time belongs to the recurrence */
			i = push_length(r, &p, i, time_after_set(&p, e), FRN_DK_SET, g, len, FRN_Q_NONE);
			continue;
		}
		if ((m & S_DURATION) && duration_cue(&p, i) && (e = duration_at(&p, i, &len, &g)) != 0)
		{
			i = push_length(r, &p, i, e, FRN_DK_DURATION, g, len, length_qualifier(&p, i));
			continue;
		}
		if ((m & S_WHOLE) && (e = whole_unit_at(&p, i, &len, &g)) != 0)
		{
			i = push_length(r, &p, i, e, FRN_DK_DURATION, g, len, FRN_Q_NONE);
			continue;
		}
		/* range_at may have found none there already ("de la part"): without the cue, none either */
		if ((m & P_ANY) && r->no_point != i + 1 && (e = point_at(&p, i, &w, false)) != 0)
		{
			size_t		e2 = range_at(r, &p, i, &w, e);

			/* "16 heures chaque lundi": a time alone before a recurrence is part of it */
			if (e2 == 0 && w.h >= 0 && !(w.d || w.wd || w.rel || w.m || w.y || w.easter) &&
				(e2 = set_at(&p, e, &len, &g)) != 0)
				e2 = push_length(r, &p, i, e2, FRN_DK_SET, g, len, FRN_Q_NONE);
			else if (e2 == 0)
				emit_point(r, &p, i, e, &w);
			i = unless_before_christ(r, &p, kept, e2 ? e2 : e);
			continue;
		}
		/* "les 3 et 4 mars": a day alone, listed before another */
		if (p.it[i].kind == IT_NUM && (e = listed_days_at(r, &p, i)) != 0)
		{
			i = e;
			continue;
		}
		i++;
	}
	return i > r->starts_end ? i : r->starts_end;
}

/* The next chunk lexes again from item k of this one (k < r->n). */
static void
resume_at(reader *r, size_t k)
{
	r->pos = r->it[k].b;
	r->chars = r->it[k].c;
	r->pending = r->it[k].flags & IF_SPACE;
}

void
frn_extract_dates(const char *s, size_t len, bool has_ref, int64_t ref, frn_dates *out)
{
	reader		r;
	size_t		room;

	if (len == 0)
		return;					/* no item: no room for them either (lex_chunk's bounds) */
	if (!lex_ready)
		lex_init();
	memset(&r, 0, sizeof r);
	r.s = s;
	r.len = len;
	r.has_ref = has_ref;
	r.ref = ref;
	r.out = out;
	/*
	 * An item holds at least one code point: the room of a chunk, bounded.
	 * Its items, the indexes of the strong ones and the tense cache in one
	 * allocation (most texts are short: an allocation costs as much as the
	 * tense of a date).
	 */
	room = len < CHUNK_HARD ? len : CHUNK_HARD;
	r.it = frn_malloc(room * (sizeof *r.it + sizeof *r.strong_at + sizeof *r.tense));
	r.strong_at = (uint16_t *) (r.it + room);
	r.tense = (int8_t *) (r.strong_at + room);
	while (lex_chunk(&r))
	{
		size_t		next;

		frn_check_interrupts();
		if ((next = scan(&r)) < r.n)
			resume_at(&r, next);
	}
	frn_free(r.it);
}
