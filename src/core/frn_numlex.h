/*
 * frn_numlex.h — the lexer behind numbers, amounts and percentages.
 *
 * A small, fast scanner over UTF-8 that cuts text into the items the
 * number/money grammars need: numbers in digits (with their French
 * separators already resolved into an exact value), words (looked up in a
 * lexicon of number words, currency names and qualifier words), elisions,
 * symbols and punctuation.  It is separate from the general tokenizer
 * (frn_tokenize.h) on purpose: the number grammar resolves separators
 * differently ("1, 234" is two numbers, "$75", "10k€", "Md€" are glued
 * forms), and the extractors must run far faster than a full
 * tokenization, since most of a news text holds no number at all.
 *
 * Offsets are byte offsets into the input and 0-based code point offsets.
 */
#ifndef FRN_NUMLEX_H
#define FRN_NUMLEX_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "frn_number.h"
#include "frn_urls.h"

typedef enum frn_item_kind
{
	FRN_IT_NUM = 1,				/* digits: 1 234,5  94.000  12’500 */
	FRN_IT_WORD,				/* letters, hyphenated runs kept whole */
	FRN_IT_ELISION,				/* d’ l’ jusqu’ (apostrophe included) */
	FRN_IT_SYM,					/* € $ £ % ~ ^ / ... */
	FRN_IT_PUNCT,				/* . , ; : ! ? ( ) « » - – ... */
	FRN_IT_BREAK				/* a skipped URL or e-mail: nothing joins across */
} frn_item_kind;

/* item flags */
#define FRN_IF_SPACE	0x01	/* white space right before the item */
#define FRN_IF_ALLCAPS	0x02	/* word of ASCII capitals only (EUR, USD, US) */
#define FRN_IF_HYPHEN	0x04	/* word contains a hyphen */
#define FRN_IF_OVERFLOW 0x08	/* number too long to be held exactly */
#define FRN_IF_GROUPED	0x10	/* number uses thousands separators */
#define FRN_IF_DECIMAL	0x20	/* number has a decimal part */
#define FRN_IF_NEWLINE	0x40	/* the white space before holds a line break */
#define FRN_IF_GAP		0x80	/* a run of words no grammar looks at (one item) */

typedef struct frn_item
{
	frn_dec		num;			/* FRN_IT_NUM: its value */
	uint32_t	b;				/* byte start */
	uint32_t	bl;				/* byte length */
	uint32_t	c;				/* code point start (0-based) */
	uint32_t	cl;				/* length in code points */
	int32_t		cp;				/* SYM/PUNCT: the code point */
	uint16_t	wid;			/* WORD/ELISION: lexicon id, 0 if none */
	uint8_t		kind;
	uint8_t		flags;
	uint8_t		ndigits;		/* NUM: digits in the integer part (capped) */
} frn_item;

/*
 * Ordinals, singular and plural, in the order of their value: the grammar
 * reads an ordinal's value from its place (frn_number.c, ordinal_value).
 */
#define FRN_ORDINALS(X) \
	X(UNIEME, "unieme") X(UNIEMES, "uniemes") \
	X(DEUXIEME, "deuxieme") X(DEUXIEMES, "deuxiemes") \
	X(TROISIEME, "troisieme") X(TROISIEMES, "troisiemes") \
	X(QUATRIEME, "quatrieme") X(QUATRIEMES, "quatriemes") \
	X(CINQUIEME, "cinquieme") X(CINQUIEMES, "cinquiemes") \
	X(SIXIEME, "sixieme") X(SIXIEMES, "sixiemes") \
	X(SEPTIEME, "septieme") X(SEPTIEMES, "septiemes") \
	X(HUITIEME, "huitieme") X(HUITIEMES, "huitiemes") \
	X(NEUVIEME, "neuvieme") X(NEUVIEMES, "neuviemes") \
	X(DIXIEME, "dixieme") X(DIXIEMES, "dixiemes") \
	X(ONZIEME, "onzieme") X(ONZIEMES, "onziemes") \
	X(DOUZIEME, "douzieme") X(DOUZIEMES, "douziemes") \
	X(TREIZIEME, "treizieme") X(TREIZIEMES, "treiziemes") \
	X(QUATORZIEME, "quatorzieme") X(QUATORZIEMES, "quatorziemes") \
	X(QUINZIEME, "quinzieme") X(QUINZIEMES, "quinziemes") \
	X(SEIZIEME, "seizieme") X(SEIZIEMES, "seiziemes") \
	X(VINGTIEME, "vingtieme") X(VINGTIEMES, "vingtiemes") \
	X(TRENTIEME, "trentieme") X(TRENTIEMES, "trentiemes") \
	X(QUARANTIEME, "quarantieme") X(QUARANTIEMES, "quarantiemes") \
	X(CINQUANTIEME, "cinquantieme") X(CINQUANTIEMES, "cinquantiemes") \
	X(SOIXANTIEME, "soixantieme") X(SOIXANTIEMES, "soixantiemes") \
	X(SEPTANTIEME, "septantieme") X(SEPTANTIEMES, "septantiemes") \
	X(HUITANTIEME, "huitantieme") X(HUITANTIEMES, "huitantiemes") \
	X(OCTANTIEME, "octantieme") X(OCTANTIEMES, "octantiemes") \
	X(NONANTIEME, "nonantieme") X(NONANTIEMES, "nonantiemes") \
	X(CENTIEME, "centieme") X(CENTIEMES, "centiemes") \
	X(MILLIEME, "millieme") X(MILLIEMES, "milliemes") \
	X(MILLIONIEME, "millionieme") X(MILLIONIEMES, "millioniemes") \
	X(MILLIARDIEME, "milliardieme") X(MILLIARDIEMES, "milliardiemes") \
	X(BILLIONIEME, "billionieme") X(BILLIONIEMES, "billioniemes")

/*
 * Lexicon ids.  Keys are lower case, accents folded (é→e), so "Millions",
 * "millions" and "MILLIONS" share an id.  Case-sensitive forms (ISO codes,
 * "M", "Md") are checked on the raw bytes by the grammars.
 */
#define FRN_LEXICON(X) \
	X(ZERO, "zero") X(UN, "un") X(UNE, "une") X(DEUX, "deux") X(TROIS, "trois") \
	X(QUATRE, "quatre") X(CINQ, "cinq") X(SIX, "six") X(SEPT, "sept") X(HUIT, "huit") \
	X(NEUF, "neuf") X(DIX, "dix") X(ONZE, "onze") X(DOUZE, "douze") X(TREIZE, "treize") \
	X(QUATORZE, "quatorze") X(QUINZE, "quinze") X(SEIZE, "seize") X(VINGT, "vingt") \
	X(VINGTS, "vingts") X(TRENTE, "trente") X(QUARANTE, "quarante") \
	X(CINQUANTE, "cinquante") X(SOIXANTE, "soixante") X(SEPTANTE, "septante") \
	X(HUITANTE, "huitante") X(OCTANTE, "octante") X(NONANTE, "nonante") \
	X(CENT, "cent") X(CENTS, "cents") X(MILLE, "mille") X(MILLION, "million") \
	X(MILLIONS, "millions") X(MILLIARD, "milliard") X(MILLIARDS, "milliards") \
	X(BILLION, "billion") X(BILLIONS, "billions") X(DEMI, "demi") X(DEMIE, "demie") \
	X(VIRGULE, "virgule") X(ET, "et") X(OU, "ou") \
	/* fractions and collective numbers */ \
	X(DEMIS, "demis") X(TIERS, "tiers") X(QUART, "quart") X(QUARTS, "quarts") \
	X(MOITIE, "moitie") \
	X(DIZAINE, "dizaine") X(DIZAINES, "dizaines") X(DOUZAINE, "douzaine") \
	X(DOUZAINES, "douzaines") X(QUINZAINE, "quinzaine") X(QUINZAINES, "quinzaines") \
	X(VINGTAINE, "vingtaine") X(VINGTAINES, "vingtaines") X(TRENTAINE, "trentaine") \
	X(TRENTAINES, "trentaines") X(QUARANTAINE, "quarantaine") \
	X(QUARANTAINES, "quarantaines") X(CINQUANTAINE, "cinquantaine") \
	X(CINQUANTAINES, "cinquantaines") X(SOIXANTAINE, "soixantaine") \
	X(SOIXANTAINES, "soixantaines") X(CENTAINE, "centaine") X(CENTAINES, "centaines") \
	X(MILLIER, "millier") X(MILLIERS, "milliers") \
	/* ordinals, as denominators ("trois cinquièmes", "un vingt et unième") */ \
	FRN_ORDINALS(X) \
	/* currencies and sub-units */ \
	X(EURO, "euro") X(EUROS, "euros") X(DOLLAR, "dollar") X(DOLLARS, "dollars") \
	X(LIVRE, "livre") X(LIVRES, "livres") X(STERLING, "sterling") X(STERLINGS, "sterlings") \
	X(FRANC, "franc") X(FRANCS, "francs") X(YEN, "yen") X(YENS, "yens") \
	X(YUAN, "yuan") X(YUANS, "yuans") X(RENMINBI, "renminbi") X(RENMINBIS, "renminbis") \
	X(COURONNE, "couronne") X(COURONNES, "couronnes") X(WON, "won") X(WONS, "wons") \
	X(ROUPIE, "roupie") X(ROUPIES, "roupies") X(ROUBLE, "rouble") X(ROUBLES, "roubles") \
	X(REAL, "real") X(REALS, "reals") X(REAIS, "reais") X(RAND, "rand") X(RANDS, "rands") \
	X(PESO, "peso") X(PESOS, "pesos") X(ZLOTY, "zloty") X(ZLOTYS, "zlotys") \
	X(FORINT, "forint") X(FORINTS, "forints") X(SHEKEL, "shekel") X(SHEKELS, "shekels") \
	X(DIRHAM, "dirham") X(DIRHAMS, "dirhams") X(DINAR, "dinar") X(DINARS, "dinars") \
	X(LIRE, "lire") X(LIRES, "lires") X(POUND, "pound") X(POUNDS, "pounds") \
	X(BILLET, "billet") X(BILLETS, "billets") X(VERT, "vert") X(VERTS, "verts") \
	X(BALLE, "balle") X(BALLES, "balles") \
	X(CENTIME, "centime") X(CENTIMES, "centimes") X(PENNY, "penny") X(PENCE, "pence") \
	X(CEDI, "cedi") X(CEDIS, "cedis") X(PESEWA, "pesewa") X(PESEWAS, "pesewas") \
	/* the currencies the euro replaced */ \
	X(MARK, "mark") X(MARKS, "marks") X(DEUTSCHEMARK, "deutschemark") \
	X(DEUTSCHEMARKS, "deutschemarks") X(DEUTSCHE, "deutsche") X(MARKKA, "markka") \
	X(MARKKAS, "markkas") X(FLORIN, "florin") X(FLORINS, "florins") X(PESETA, "peseta") \
	X(PESETAS, "pesetas") X(ESCUDO, "escudo") X(ESCUDOS, "escudos") \
	X(SCHILLING, "schilling") X(SCHILLINGS, "schillings") X(DRACHME, "drachme") \
	X(DRACHMES, "drachmes") X(PUNT, "punt") X(PUNTS, "punts") \
	/* adjectives and complements naming a currency's country */ \
	X(AMERICAIN, "americain") X(AMERICAINS, "americains") X(US, "us") \
	X(CANADIEN, "canadien") X(CANADIENS, "canadiens") X(AUSTRALIEN, "australien") \
	X(AUSTRALIENS, "australiens") X(NEOZELANDAIS, "neo-zelandais") \
	X(HONGKONGAIS, "hongkongais") X(SINGAPOURIEN, "singapourien") \
	X(SINGAPOURIENS, "singapouriens") X(TAIWANAIS, "taiwanais") X(SUISSE, "suisse") \
	X(SUISSES, "suisses") X(CFA, "cfa") X(TURQUE, "turque") X(TURQUES, "turques") \
	X(EGYPTIENNE, "egyptienne") X(EGYPTIENNES, "egyptiennes") X(LIBANAISE, "libanaise") \
	X(LIBANAISES, "libanaises") X(SUEDOISE, "suedoise") X(SUEDOISES, "suedoises") \
	X(NORVEGIENNE, "norvegienne") X(NORVEGIENNES, "norvegiennes") X(DANOISE, "danoise") \
	X(DANOISES, "danoises") X(TCHEQUE, "tcheque") X(TCHEQUES, "tcheques") \
	X(INDIENNE, "indienne") X(INDIENNES, "indiennes") X(MEXICAIN, "mexicain") \
	X(MEXICAINS, "mexicains") X(ARGENTIN, "argentin") X(ARGENTINS, "argentins") \
	X(SUDAFRICAIN, "sud-africain") X(SUDAFRICAINS, "sud-africains") \
	X(BRESILIEN, "bresilien") X(BRESILIENS, "bresiliens") X(SUDCOREEN, "sud-coreen") \
	X(SUDCOREENS, "sud-coreens") X(JAPONAIS, "japonais") X(CHINOIS, "chinois") \
	X(RUSSE, "russe") X(RUSSES, "russes") X(MAROCAIN, "marocain") X(MAROCAINS, "marocains") \
	X(ALGERIEN, "algerien") X(ALGERIENS, "algeriens") X(TUNISIEN, "tunisien") \
	X(TUNISIENS, "tunisiens") X(EMIRATI, "emirati") X(EMIRATIS, "emiratis") \
	X(FINLANDAIS, "finlandais") X(ALLEMAND, "allemand") X(ALLEMANDS, "allemands") \
	X(HOLLANDAIS, "hollandais") X(NEERLANDAIS, "neerlandais") X(FRANCAIS, "francais") \
	X(BELGE, "belge") X(BELGES, "belges") X(LUXEMBOURGEOIS, "luxembourgeois") \
	X(ITALIENNE, "italienne") X(ITALIENNES, "italiennes") X(PORTUGAIS, "portugais") \
	X(AUTRICHIEN, "autrichien") X(AUTRICHIENS, "autrichiens") X(GRECQUE, "grecque") \
	X(GRECQUES, "grecques") X(IRLANDAISE, "irlandaise") X(IRLANDAISES, "irlandaises") \
	X(HONG, "hong") X(KONG, "kong") X(SINGAPOUR, "singapour") X(ETATSUNIS, "etats-unis") \
	/* grammar and qualifier words */ \
	X(DE, "de") X(D, "d") X(DES, "des") X(DU, "du") X(A, "a") X(AU, "au") X(ENTRE, "entre") \
	X(ENVIRON, "environ") X(PRES, "pres") X(QUELQUE, "quelque") X(AUTOUR, "autour") \
	X(APPROXIMATIVEMENT, "approximativement") X(PRESQUE, "presque") X(QUASIMENT, "quasiment") \
	X(PLUS, "plus") X(MOINS, "moins") X(AUDELA, "au-dela") X(DELA, "dela") X(PEINE, "peine") \
	X(QUASI, "quasi") X(AUDESSUS, "au-dessus") X(DESSUS, "dessus") X(AUDESSOUS, "au-dessous") \
	X(ENDESSOUS, "en-dessous") X(BAS, "bas") X(MOT, "mot") X(ALENTOURS, "alentours") \
	X(ORDRE, "ordre") \
	X(DESSOUS, "dessous") X(DECA, "deca") X(JUSQU, "jusqu") X(PAS, "pas") X(NE, "ne") \
	X(N, "n") X(LOIN, "loin") X(SUPERIEUR, "superieur") X(SUPERIEURE, "superieure") \
	X(SUPERIEURS, "superieurs") X(SUPERIEURES, "superieures") X(INFERIEUR, "inferieur") \
	X(INFERIEURE, "inferieure") X(INFERIEURS, "inferieurs") X(INFERIEURES, "inferieures") \
	X(MINIMUM, "minimum") X(MAXIMUM, "maximum") X(DEPASSER, "depasser") \
	X(DEPASSE, "depasse") X(DEPASSES, "depasses") X(DEPASSENT, "depassent") \
	X(DEPASSANT, "depassant") X(DEPASSAIT, "depassait") X(DEPASSERA, "depassera") \
	X(EXCEDER, "exceder") X(EXCEDE, "excede") X(EXCEDANT, "excedant") \
	X(POUR, "pour") X(POURCENT, "pourcent") X(POURCENTS, "pourcents") \
	X(POURCENTCOMP, "pour-cent") X(POURCENTAGE, "pourcentage") X(POURCENTAGES, "pourcentages") \
	X(POINT, "point") X(POINTS, "points") X(BASE, "base") X(AVANCE, "avance") \
	X(ECART, "ecart") X(POPULARITE, "popularite") \
	X(TAUX, "taux") X(INFLATION, "inflation") X(CHOMAGE, "chomage") \
	X(CROISSANCE, "croissance") X(PIB, "pib") X(MARGE, "marge") X(PART, "part") X(PARTS, "parts") \
	X(INDICE, "indice") X(CAC, "cac") X(DOW, "dow") X(NASDAQ, "nasdaq") X(DAX, "dax") \
	X(NIKKEI, "nikkei") X(FTSE, "ftse") X(FOOTSIE, "footsie") X(STOXX, "stoxx") \
	X(SBF, "sbf") X(BOURSE, "bourse") \
	/* function words that may follow "100 %" without making it adjectival; \
	 * only ever seen as the first word of a gap item (keep them last) */ \
	X(EN, "en") X(AUX, "aux") X(PAR, "par") X(SUR, "sur") X(DANS, "dans") \
	X(QUE, "que") X(QU, "qu") X(QUI, "qui") X(L, "l") X(LA, "la") X(LE, "le") X(LES, "les") \
	X(CE, "ce") X(CETTE, "cette") X(CES, "ces") X(SELON, "selon") X(CONTRE, "contre") \
	X(SONT, "sont") X(EST, "est") X(SERA, "sera") X(ETAIT, "etait") X(ONT, "ont") \
	X(CONTRE2, "vs") X(SOIT, "soit") X(CAR, "car") X(MAIS, "mais") X(DONT, "dont") \
	X(AVEC, "avec") X(SANS, "sans") X(CHEZ, "chez") X(VERS, "vers") X(APRES, "apres") \
	X(AVANT, "avant") X(DEPUIS, "depuis") X(PENDANT, "pendant") X(SEULEMENT, "seulement")

enum
{
	FRN_W_NONE = 0,
#define FRN_LEX_ENUM(id, key) FRN_W_##id,
	FRN_LEXICON(FRN_LEX_ENUM)
#undef FRN_LEX_ENUM
	FRN_W__COUNT
};

/* Ids from this one on are function words only (see FRN_IF_GAP). */
#define FRN_W_FIRST_FUNCTION_WORD FRN_W_EN

/* The lexicon id of a lower-case, accent-folded key (0 if unknown). */
uint16_t	frn_lex_lookup(const char *key, size_t len);

/*
 * The id of a word as written (folds case and Latin accents first).
 * Used for the parts of hyphenated words.
 */
uint16_t	frn_lex_word_id(const char *s, size_t len);

/*
 * Lex s[*pos..len) into items, appending to *items (n/cap as in
 * FRN_VEC_GROW), *chars being the code point offset of *pos.  Stops after a
 * sentence-ending punctuation once at least `soft` items were produced, or
 * at `hard` items, or at the end.  Returns false at the end of input.
 */
typedef struct frn_lexer
{
	const char *s;
	size_t		len;
	size_t		pos;			/* next byte to read */
	uint32_t	chars;			/* code point offset of pos */
	frn_email_scan email;		/* e-mail look-ahead (reset when pos moves back) */
} frn_lexer;

void		frn_lexer_init(frn_lexer *lx, const char *s, size_t len);
/* Lex the next chunk (items reset first); returns the number of items. */
size_t		frn_lex_chunk(frn_lexer *lx, frn_item **items, size_t *cap,
						  size_t soft, size_t hard);

/*
 * The byte offset of the next unit at or after pos (pos at a word
 * boundary): for FRN_ANCHOR_AMOUNT a currency sign, an ISO code in
 * capitals, a currency or sub-unit word; for FRN_ANCHOR_PERCENT "%",
 * "cent" (pour cent), pourcent(s), pourcentage(s), point(s), "pour 100".
 * Every amount and percentage has one, so the extractors lex only the text
 * around these anchors.  Returns len if there is none.
 */
#define FRN_ANCHOR_AMOUNT	0x01
#define FRN_ANCHOR_PERCENT	0x02
size_t		frn_next_unit_anchor(const char *s, size_t len, size_t pos, int kinds);

#endif
