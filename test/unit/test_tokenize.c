/* test_tokenize.c — the French tokenizer: kinds, offsets, flags, rules. */
#include "unit.h"
#include "unit_text.h"

/* The token list of s, checked for consistency. */
static frn_tokens
tokenize(const char *s)
{
	frn_tokens	t;

	frn_tokens_init(&t);
	frn_tokenize(s, strlen(s), &t);
	CHECK(tokens_consistent(s, strlen(s), &t));
	return t;
}

UNIT_TEST(offsets_in_characters)
{
	const char *s = "L’Élysée  a dit :  60 %";
	frn_tokens	t = tokenize(s);

	CHECK_INT(t.n, 7);
	/* L’ */
	CHECK_INT(t.tok[0].char_start, 0);
	CHECK_INT(t.tok[0].char_len, 2);
	CHECK_INT(t.tok[0].byte_len, 4);
	CHECK_INT(t.tok[0].kind, FRN_TOK_ELISION);
	/* Élysée: starts at character 2, byte 4 */
	CHECK_INT(t.tok[1].char_start, 2);
	CHECK_INT(t.tok[1].byte_start, 4);
	CHECK_INT(t.tok[1].char_len, 6);
	CHECK_INT(t.tok[1].byte_len, 8);
	/* a (after two spaces) */
	CHECK_INT(t.tok[2].char_start, 10);
	CHECK(t.tok[2].flags & FRN_TF_SPACE_BEFORE);
	CHECK(!(t.tok[1].flags & FRN_TF_SPACE_BEFORE));
	/* 60 % */
	CHECK_INT(t.tok[5].char_start, 19);
	CHECK_INT(t.tok[5].kind, FRN_TOK_NUMBER);
	CHECK_INT(t.tok[6].char_start, 22);
	CHECK_INT(t.tok[6].kind, FRN_TOK_SYMBOL);
	frn_tokens_free(&t);
}

UNIT_TEST(words_across_blocks)
{
	/*
	 * Words at every offset from the start of scan_simple_word's 64-byte
	 * blocks, Latin-1 letters on their edges, and a word longer than a
	 * block: the same tokens and flags wherever they are.
	 */
	char		s[256];

	for (size_t k = 0; k < 140; k++)
	{
		frn_tokens	t;
		size_t		w;

		memset(s, 'a', k);
		strcpy(s + k, " Été d’élan CAFÉS x2");
		t = tokenize(s);
		w = k > 0;
		CHECK_INT(t.n, w + 5);
		CHECK_INT(t.tok[w].byte_start, k + 1);
		CHECK_INT(t.tok[w].char_len, 3);
		CHECK_INT(t.tok[w].flags, FRN_TF_CAPITALIZED | FRN_TF_SPACE_BEFORE);
		CHECK_INT(t.tok[w + 1].kind, FRN_TOK_ELISION);
		CHECK_INT(t.tok[w + 2].char_len, 4);
		CHECK_INT(t.tok[w + 2].flags, 0);
		CHECK_INT(t.tok[w + 3].flags, FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS | FRN_TF_SPACE_BEFORE);
		CHECK_INT(t.tok[w + 4].flags, FRN_TF_HAS_DIGIT | FRN_TF_SPACE_BEFORE | FRN_TF_ASCII);
		if (w)
			CHECK_INT(t.tok[0].byte_len, k);
		frn_tokens_free(&t);
	}
}

UNIT_TEST(runs_across_blocks)
{
	/*
	 * What scan_run takes (elisions and the word after them, hyphenated
	 * words, numbers, periods, punctuation) and what it leaves to the main
	 * loop, at every offset from the start of its 64-byte blocks: the same
	 * tokens, flags and sentences wherever they are.
	 */
	const char *text = "l'homme d'État a-t-il dit : « Saint-Denis, 3 000 ans. » Il part (en 2019) "
		"vers l'http et M. Dupont ; quoi ?\n\nFin des États-Unis.  dit-elle 4,5 %. Ou 15 ans. Et l'été. "
		/* (the last 64 bytes before an '@' go the main loop's way) */
		"Voir a@b.fr et la suite, qui va sans e-mail jusqu'au bout. Il n'y en a plus, de la fin.";
	char		s[512];
	frn_tokens	ref,
				t;
	frn_spans	sp;

	frn_spans_init(&sp);
	ref = tokenize(text);
	frn_sentences(text, strlen(text), &ref, &sp);
	CHECK_INT(sp.n, 7);
	for (size_t k = 1; k < 140; k++)
	{
		memset(s, ' ', k);
		strcpy(s + k, text);
		t = tokenize(s);
		sp.n = 0;
		frn_sentences(s, strlen(s), &t, &sp);
		CHECK_INT(sp.n, 7);
		CHECK_INT(t.n, ref.n);
		for (size_t i = 0; i < t.n && i < ref.n; i++)
		{
			CHECK_INT(t.tok[i].byte_start, ref.tok[i].byte_start + k);
			CHECK_INT(t.tok[i].byte_len, ref.tok[i].byte_len);
			CHECK_INT(t.tok[i].char_len, ref.tok[i].char_len);
			CHECK_INT(t.tok[i].kind, ref.tok[i].kind);
			CHECK_INT(t.tok[i].flags, ref.tok[i].flags | (i == 0 ? FRN_TF_SPACE_BEFORE : 0));
		}
		frn_tokens_free(&t);
	}
	frn_tokens_free(&ref);
	frn_spans_free(&sp);
}

UNIT_TEST(elisions_each_apostrophe)
{
	CHECK_STR(kinds_of("l’homme"), "l’/elision homme/word");
	CHECK_STR(kinds_of("l'homme"), "l'/elision homme/word");
	CHECK_STR(kinds_of("lʼhomme"), "lʼ/elision homme/word");
	CHECK_STR(toks_of("L’État D'abord Qu’il"), "L’|État|D'|abord|Qu’|il");
	CHECK_STR(toks_of("jusqu’à lorsqu’il puisqu’elle quoiqu’on presqu’île"),
			  "jusqu’|à|lorsqu’|il|puisqu’|elle|quoiqu’|on|presqu’|île");
	CHECK_STR(toks_of("n’est s’il c’est j’ai m’a t’es d’où"), "n’|est|s’|il|c’|est|j’|ai|m’|a|t’|es|d’|où");
	CHECK_STR(toks_of("qu’aujourd’hui"), "qu’|aujourd’hui");
	/* any case; one letter off is a word with an apostrophe */
	CHECK_STR(toks_of("JUSQU’À Lorsqu’il PRESQU’ÎLE Qu’on"), "JUSQU’|À|Lorsqu’|il|PRESQU’|ÎLE|Qu’|on");
	CHECK_STR(toks_of("lorsqv’il jusqv’à qv’il b’a"), "lorsqv’il|jusqv’à|qv’il|b’a");
}

UNIT_TEST(apostrophe_not_elision)
{
	CHECK_STR(kinds_of("aujourd’hui"), "aujourd’hui/word");
	CHECK_STR(toks_of("prud’hommes O’Neill d’O’Neill"), "prud’hommes|O’Neill|d’|O’Neill");
	/* an apostrophe used as a closing quote is punctuation */
	CHECK_STR(kinds_of("'mot'"), "'/punct mot/word '/punct");
	/* ‘ is an opening quote, not an elision apostrophe */
	CHECK_STR(toks_of("l‘homme"), "l|‘|homme");
}

UNIT_TEST(hyphens)
{
	CHECK_STR(toks_of("États-Unis Campbell-Smith peut-être Jean-Pierre"), "États-Unis|Campbell-Smith|peut-être|Jean-Pierre");
	CHECK_STR(toks_of("Saint-Germain-en-Laye COVID-19 rendez-vous celle-ci"),
			  "Saint-Germain-en-Laye|COVID-19|rendez-vous|celle-ci");
	CHECK_STR(toks_of("a-t-il dit-elle va-t-on"), "a|-t-il|dit|-elle|va|-t-on");
	CHECK_STR(toks_of("Donne-le-moi allez-y Est-ce"), "Donne|-le|-moi|allez|-y|Est|-ce");
	/* U+2011 non-breaking hyphen joins like '-' */
	CHECK_STR(toks_of("peut\u2011être"), "peut\u2011être");
	/* a dash or a lone hyphen is punctuation */
	CHECK_STR(kinds_of("a - b – c"), "a/word -/punct b/word –/punct c/word");
	CHECK_STR(toks_of("mot- -mot"), "mot|-|-|mot");
}

UNIT_TEST(numbers_and_separators)
{
	CHECK_STR(kinds_of("1 234 567,89"), "1 234 567,89/number");
	CHECK_STR(kinds_of("1\u00A0234\u00A0567,89"), "1\u00A0234\u00A0567,89/number");
	CHECK_STR(kinds_of("1\u202F234,5"), "1\u202F234,5/number");
	CHECK_STR(kinds_of("839.000"), "839.000/number");
	CHECK_STR(kinds_of("1’000’000"), "1’000’000/number");
	CHECK_STR(kinds_of("1'000"), "1'000/number");
	CHECK_STR(kinds_of("3,14 2.5"), "3,14/number 2.5/number");
	/* a year then a number: groups after the first have exactly 3 digits */
	CHECK_STR(toks_of("en 2019 2 000 personnes"), "en|2019|2 000|personnes");
	CHECK_STR(toks_of("12 34"), "12|34");
	CHECK_STR(toks_of("1 2345"), "1|2345");
	/* mixed separators do not chain */
	CHECK_STR(toks_of("1 234.567"), "1 234.567");
	CHECK_STR(toks_of("1.234 567"), "1.234|567");
	/* enumerations and sentence ends */
	CHECK_STR(toks_of("1, 2 et 3."), "1|,|2|et|3|.");
	CHECK_STR(toks_of("2019-2020"), "2019|-|2020");
}

UNIT_TEST(signs)
{
	CHECK_STR(kinds_of("-4,2 % +0,4"), "-4,2/number %/symbol +0,4/number");
	CHECK_STR(kinds_of("\u22123"), "\u22123/number");
	/* after a word or a number the sign is an operator */
	CHECK_STR(toks_of("5-3 x-2"), "5|-|3|x-2");
	CHECK_STR(toks_of("(-3)"), "(|-3|)");
}

UNIT_TEST(ordinals_and_digit_words)
{
	CHECK_STR(kinds_of("1er 1re 2e 3ème 2nd XXIe"), "1er/number 1re/number 2e/number 3ème/number 2nd/number XXIe/word");
	CHECK_STR(kinds_of("20h30 CAC40 G7"), "20h30/word CAC40/word G7/word");
	/* units after a number are their own word */
	CHECK_STR(kinds_of("10km 50Md€"), "10/number km/word 50/number Md/word €/symbol");
	{
		frn_tokens	t = tokenize("CAC40");

		CHECK(t.tok[0].flags & FRN_TF_HAS_DIGIT);
		CHECK(t.tok[0].flags & FRN_TF_ALLCAPS);
		frn_tokens_free(&t);
	}
}

UNIT_TEST(urls_and_emails)
{
	CHECK_STR(kinds_of("Voir https://www.lemonde.fr/a/b?x=1&y=2."), "Voir/word https://www.lemonde.fr/a/b?x=1&y=2/url ./punct");
	CHECK_STR(kinds_of("(www.orange.fr)"), "(/punct www.orange.fr/url )/punct");
	CHECK_STR(kinds_of("https://fr.wikipedia.org/wiki/Paris_(ville), ok"),
			  "https://fr.wikipedia.org/wiki/Paris_(ville)/url ,/punct ok/word");
	CHECK_STR(kinds_of("HTTP://EXEMPLE.FR"), "HTTP://EXEMPLE.FR/url");
	CHECK_STR(kinds_of("écrire à jean.dupont@exemple.fr."), "écrire/word à/word jean.dupont@exemple.fr/email ./punct");
	CHECK_STR(kinds_of("presse@élysée.gouv.fr"), "presse@élysée.gouv.fr/email");
	CHECK_STR(kinds_of("a.b+c@x-y.example.com,"), "a.b+c@x-y.example.com/email ,/punct");
	/* the address ends at its last valid top-level label */
	CHECK_STR(toks_of("a@b.fr.1"), "a@b.fr|.|1");
	CHECK_STR(toks_of("a@b.c.1"), "a|@|b.c.|1");	/* no top-level label: b.c. is a dotted acronym */
	/* not addresses */
	CHECK_STR(toks_of("a@b @twitter x@y."), "a|@|b|@|twitter|x|@|y|.");
	CHECK_STR(toks_of("www. http://"), "www|.|http|:|/|/");
}

UNIT_TEST(abbreviations)
{
	frn_tokens	t = tokenize("M. Dupont");

	CHECK_INT(t.n, 2);
	CHECK(t.tok[0].flags & FRN_TF_ABBREV);
	CHECK(t.tok[0].flags & FRN_TF_CAPITALIZED);
	frn_tokens_free(&t);
	CHECK_STR(toks_of("MM. Mme Mlle Dr. Pr. St. Cie."), "MM.|Mme|Mlle|Dr.|Pr.|St.|Cie.");
	CHECK_STR(toks_of("p. ex. av. J.-C. etc. cf. n° 5"), "p.|ex.|av.|J.-C.|etc.|cf.|n°|5");
	CHECK_STR(toks_of("J. Dupont, S.N.C.F. et U.S.A."), "J.|Dupont|,|S.N.C.F.|et|U.S.A.");
	/* ordinary words keep their period separate */
	CHECK_STR(toks_of("le chat. la vie... il y a."), "le|chat|.|la|vie|...|il|y|a|.");
	CHECK_STR(toks_of("etc..."), "etc|...");
}

UNIT_TEST(flags)
{
	frn_tokens	t = tokenize("OVH Paris ANSSI l’État A");

	CHECK(t.tok[0].flags & FRN_TF_ALLCAPS);
	CHECK(t.tok[0].flags & FRN_TF_CAPITALIZED);
	CHECK(!(t.tok[1].flags & FRN_TF_ALLCAPS));
	CHECK(t.tok[1].flags & FRN_TF_CAPITALIZED);
	CHECK(t.tok[2].flags & FRN_TF_ALLCAPS);
	CHECK(!(t.tok[3].flags & FRN_TF_CAPITALIZED));
	CHECK(t.tok[4].flags & FRN_TF_CAPITALIZED);
	CHECK(!(t.tok[5].flags & FRN_TF_ALLCAPS));	/* one letter */
	frn_tokens_free(&t);
}

/*
 * The word fast path (8 bytes at a time): words crossing 8- and 16-byte
 * boundaries, non-ASCII right after an ASCII run, a word at the very end.
 */
UNIT_TEST(word_fast_path_edges)
{
	const char *s = "Anticonstitutionnellement ANTICONSTITUTIONNELLEMENT abcdefgé "
		"Abcdefgh ABCDEFGHIJKLMNOP l’ÉTAT l'Été G7a XIIe abcdefghi";
	frn_tokens	t = tokenize(s);

	CHECK(tokens_consistent(s, strlen(s), &t));
	CHECK_STR(toks_of(s), "Anticonstitutionnellement|ANTICONSTITUTIONNELLEMENT|abcdefgé|"
			  "Abcdefgh|ABCDEFGHIJKLMNOP|l’|ÉTAT|l'|Été|G7a|XIIe|abcdefghi");
	CHECK_INT(t.n, 12);
	CHECK_INT(t.tok[0].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS), FRN_TF_CAPITALIZED);
	CHECK_INT(t.tok[1].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS), FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS);
	CHECK_INT(t.tok[2].char_len, 8);
	CHECK_INT(t.tok[2].flags & FRN_TF_CAPITALIZED, 0);
	CHECK_INT(t.tok[4].flags & FRN_TF_ALLCAPS, FRN_TF_ALLCAPS);
	CHECK_INT(t.tok[6].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS), FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS);
	CHECK_INT(t.tok[8].flags & (FRN_TF_CAPITALIZED | FRN_TF_ALLCAPS), FRN_TF_CAPITALIZED);
	CHECK_INT(t.tok[9].flags & (FRN_TF_HAS_DIGIT | FRN_TF_ALLCAPS), FRN_TF_HAS_DIGIT);
	CHECK_INT(t.tok[10].flags & FRN_TF_ALLCAPS, 0);	/* a lower-case letter */
	CHECK_INT(t.tok[11].byte_start + t.tok[11].byte_len, strlen(s));
	frn_tokens_free(&t);

	/* what ends a word, and what does not */
	CHECK_STR(toks_of("mot\u00A0: fin"), "mot|:|fin");
	CHECK_STR(toks_of("« fin »"), "«|fin|»");
	CHECK_STR(toks_of("porte\u2011monnaie"), "porte\u2011monnaie");
	CHECK_STR(toks_of("aujourd’hui n°5"), "aujourd’hui|n°|5");
	CHECK_STR(toks_of("quoiqu’Anticonstitutionnellement"), "quoiqu’|Anticonstitutionnellement");
	CHECK_STR(toks_of("l’homme-orchestre"), "l’|homme-orchestre");
	CHECK_STR(toks_of("d’après M. Dupont"), "d’|après|M.|Dupont");
	CHECK_STR(toks_of("a"), "a");
	CHECK_STR(toks_of("Zé"), "Zé");
}

UNIT_TEST(punctuation_and_symbols)
{
	CHECK_STR(kinds_of("« Oui » (non) ; 5 € $ £"), "«/punct Oui/word »/punct (/punct non/word )/punct ;/punct 5/number €/symbol $/symbol £/symbol");
	CHECK_STR(kinds_of("Quoi ?! Ah… R&D #1"), "Quoi/word ?!/punct Ah/word …/punct R/word &/symbol D/word #/symbol 1/number");
}

UNIT_TEST(bad_input)
{
	frn_tokens	t;

	t = tokenize("");
	CHECK_INT(t.n, 0);
	frn_tokens_free(&t);
	t = tokenize("   \n\t\u00A0 ");
	CHECK_INT(t.n, 0);
	frn_tokens_free(&t);
	/* only punctuation */
	CHECK_STR(toks_of("!!!,,;"), "!!!|,|,|;");
	/* a lone combining mark, invalid bytes: tokens, consistent offsets */
	t = tokenize("\u0301 a\xFF\xFE" "b \xC3");
	CHECK(t.n >= 3);
	frn_tokens_free(&t);
	/* unassigned code points */
	t = tokenize("\u0378 x");
	CHECK_INT(t.n, 2);
	frn_tokens_free(&t);
}

UNIT_TEST(long_word)
{
	size_t		n = 10000;
	char	   *s = malloc(n * 2 + 1);
	frn_tokens	t;

	for (size_t i = 0; i < n; i++)
		memcpy(s + 2 * i, "é", 2);
	s[2 * n] = '\0';
	t = tokenize(s);
	CHECK_INT(t.n, 1);
	CHECK_INT(t.tok[0].char_len, n);
	frn_tokens_free(&t);
	/* 10,000 characters of a.b.c. and a-b-c and l’l’l’: still linear, consistent */
	for (size_t i = 0; i < 2 * n; i += 2)
		memcpy(s + i, "a.", 2);
	t = tokenize(s);
	CHECK_INT(t.n, 1);			/* one long dotted acronym */
	frn_tokens_free(&t);
	for (size_t i = 0; i < 2 * n; i += 2)
		memcpy(s + i, "a-", 2);
	t = tokenize(s);
	CHECK_INT(t.n, 2);
	frn_tokens_free(&t);
	for (size_t i = 0; i < 2 * n; i += 2)
		memcpy(s + i, "x@", 2);
	t = tokenize(s);
	CHECK_INT(t.n, n * 2);
	frn_tokens_free(&t);
	free(s);
}

UNIT_TEST(multi_megabyte_input)
{
	const char *unit = "L’Élysée a dit : « 1 234,5 € » aujourd’hui. M. Dupont, av. J.-C.\n";
	size_t		ul = strlen(unit),
				reps = 60000;
	char	   *s = malloc(ul * reps + 1);
	frn_tokens	t,
				one;

	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * ul, unit, ul);
	s[ul * reps] = '\0';
	frn_tokens_init(&one);
	frn_tokenize(unit, ul, &one);
	frn_tokens_init(&t);
	frn_tokenize(s, ul * reps, &t);
	CHECK_INT(t.n, one.n * reps);
	CHECK(tokens_consistent(s, ul * reps, &t));
	CHECK_INT(t.tok[t.n - 1].byte_start, ul * (reps - 1) + one.tok[one.n - 1].byte_start);
	frn_tokens_free(&t);
	frn_tokens_free(&one);
	free(s);
}

static int	interrupt_calls;

static void
count_interrupt(void)
{
	interrupt_calls++;
}

UNIT_TEST(interrupts_checked)
{
	frn_allocator hooks = {.check_interrupts = count_interrupt};
	size_t		n = 1 << 20;
	char	   *s = malloc(n + 1);
	frn_tokens	t;
	frn_spans	sp;
	frn_buf		b;
	int			after_tokenize,
				after_sentences;

	for (size_t i = 0; i < n; i++)
		s[i] = i % 7 == 6 ? ' ' : (i % 50 == 49 ? '.' : 'a');
	s[n] = '\0';
	frn_set_allocator(&hooks);
	frn_tokens_init(&t);
	frn_spans_init(&sp);
	frn_buf_init(&b);
	frn_tokenize(s, n, &t);
	after_tokenize = interrupt_calls;
	frn_sentences(s, n, &t, &sp);
	after_sentences = interrupt_calls;
	frn_normalize(s, n, &b);
	frn_buf_reset(&b);
	CHECK(after_tokenize >= 100);	/* at least every 4 kB */
	CHECK(after_sentences > after_tokenize);
	CHECK(interrupt_calls > after_sentences);
	after_sentences = interrupt_calls;
	frn_lower(s, n, &b);
	CHECK(interrupt_calls > after_sentences);
	frn_set_allocator(NULL);
	frn_tokens_free(&t);
	frn_spans_free(&sp);
	frn_buf_free(&b);
	free(s);
}

int
main(void)
{
	UNIT_RUN(offsets_in_characters);
	UNIT_RUN(words_across_blocks);
	UNIT_RUN(runs_across_blocks);
	UNIT_RUN(elisions_each_apostrophe);
	UNIT_RUN(apostrophe_not_elision);
	UNIT_RUN(hyphens);
	UNIT_RUN(numbers_and_separators);
	UNIT_RUN(signs);
	UNIT_RUN(ordinals_and_digit_words);
	UNIT_RUN(urls_and_emails);
	UNIT_RUN(abbreviations);
	UNIT_RUN(flags);
	UNIT_RUN(word_fast_path_edges);
	UNIT_RUN(punctuation_and_symbols);
	UNIT_RUN(bad_input);
	UNIT_RUN(long_word);
	UNIT_RUN(multi_megabyte_input);
	UNIT_RUN(interrupts_checked);
	UNIT_MAIN_END("test_tokenize");
}
