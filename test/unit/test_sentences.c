/* test_sentences.c — sentence boundaries. */
#include "unit.h"
#include "unit_text.h"

UNIT_TEST(basic_boundaries)
{
	CHECK_STR(sents_of("Il pleut. Elle sort ! Qui vient ? Personne…"),
			  "Il pleut. || Elle sort ! || Qui vient ? || Personne…");
	CHECK_STR(sents_of("Une seule phrase sans point"), "Une seule phrase sans point");
	CHECK_STR(sents_of(""), "");
	CHECK_STR(sents_of("   "), "");
	CHECK_STR(sents_of("Fin. 2020 fut dure."), "Fin. || 2020 fut dure.");
}

UNIT_TEST(abbreviations_do_not_end)
{
	CHECK_STR(sents_of("M. Dupont est là. Mme Durand aussi."), "M. Dupont est là. || Mme Durand aussi.");
	CHECK_STR(sents_of("Selon le Dr. Martin, c'est grave."), "Selon le Dr. Martin, c'est grave.");
	CHECK_STR(sents_of("En 52 av. J.-C. César gagna."), "En 52 av. J.-C. César gagna.");
	CHECK_STR(sents_of("J. Dupont et S.N.C.F. Réseau signent."), "J. Dupont et S.N.C.F. Réseau signent.");
	CHECK_STR(sents_of("Le 3 nov. Paris vota."), "Le 3 nov. Paris vota.");
	/* a letter glued to a number is not an initial */
	CHECK_STR(sents_of("Il a la 5G. La 4G suffit."), "Il a la 5G. || La 4G suffit.");
	/* etc. ends a sentence when one begins after it */
	CHECK_STR(sents_of("Des chaises, etc. Puis rien."), "Des chaises, etc. || Puis rien.");
	CHECK_STR(sents_of("Des chaises, etc. et des tables."), "Des chaises, etc. et des tables.");
}

UNIT_TEST(not_inside_numbers_or_urls)
{
	CHECK_STR(sents_of("Il vaut 3.5 euros. Voir www.exemple.fr. Merci."),
			  "Il vaut 3.5 euros. || Voir www.exemple.fr. || Merci.");
	CHECK_STR(sents_of("Soit 839.000 habitants."), "Soit 839.000 habitants.");
}

UNIT_TEST(lower_case_continuation)
{
	CHECK_STR(sents_of("Il hésite... puis part."), "Il hésite... puis part.");
	CHECK_STR(sents_of("Ah ! dit-il. Bon."), "Ah ! dit-il. || Bon.");
	CHECK_STR(sents_of("Vraiment ? oui."), "Vraiment ? oui.");
}

UNIT_TEST(quotes_and_brackets)
{
	CHECK_STR(sents_of("Il a dit : « Je pars. » Puis il partit."),
			  "Il a dit : « Je pars. » || Puis il partit.");
	CHECK_STR(sents_of("« Non. » « Si. »"), "« Non. » || « Si. »");
	CHECK_STR(sents_of("Il cria \"Stop.\" Elle rit."), "Il cria \"Stop.\" || Elle rit.");
	CHECK_STR(sents_of("(Voir plus bas.) Ensuite."), "(Voir plus bas.) || Ensuite.");
	CHECK_STR(sents_of("Fin. \"Début\" ici."), "Fin. || \"Début\" ici.");
	CHECK_STR(sents_of("Fin. – Tiret ici."), "Fin. || – Tiret ici.");
	/* a cut in a quotation does not end the sentence */
	CHECK_STR(sents_of("« Nous irons (...) Paris et Lyon », dit-il."), "« Nous irons (...) Paris et Lyon », dit-il.");
	CHECK_STR(sents_of("Des mots [...] Puis."), "Des mots [...] Puis.");
}

UNIT_TEST(paragraphs)
{
	CHECK_STR(sents_of("Un titre sans point\n\nLe texte suit."), "Un titre sans point || Le texte suit.");
	CHECK_STR(sents_of("une ligne\ncoupée"), "une ligne\ncoupée");
	/* press sub-headings "- Heading? -" keep their closing dash */
	CHECK_STR(sents_of("Fin.\n\n- Pourquoi maintenant? -\n\nLa suite."), "Fin. || - Pourquoi maintenant? - || La suite.");
	CHECK_STR(sents_of("Il vient ? - Oui."), "Il vient ? || - Oui.");
}

UNIT_TEST(sentence_start_flags_and_offsets)
{
	const char *s = "É1. Ça va ? Oui.";
	frn_tokens	t;
	frn_spans	sp;

	frn_tokens_init(&t);
	frn_spans_init(&sp);
	frn_tokenize(s, strlen(s), &t);
	frn_sentences(s, strlen(s), &t, &sp);
	CHECK_INT(sp.n, 3);
	CHECK_INT(sp.span[1].char_start, 4);
	CHECK_INT(sp.span[1].char_len, 7);
	CHECK_INT(sp.span[1].byte_start, 5);
	CHECK_INT(sp.span[2].char_start, 12);
	for (size_t i = 0; i < t.n; i++)
	{
		int			starts = (t.tok[i].flags & FRN_TF_SENT_START) != 0;
		int			want = i == 0 || t.tok[i].byte_start == sp.span[1].byte_start ||
			t.tok[i].byte_start == sp.span[2].byte_start;

		CHECK_INT(starts, want);
	}
	/* a second call gives the same result (flags are recomputed) */
	sp.n = 0;
	frn_sentences(s, strlen(s), &t, &sp);
	CHECK_INT(sp.n, 3);
	frn_tokens_free(&t);
	frn_spans_free(&sp);
}

UNIT_TEST(many_sentences_linear)
{
	const char *unit = "M. Dupont arrive. Il dit : « Oui ! » Puis… rien. ";
	size_t		ul = strlen(unit),
				reps = 40000;
	char	   *s = malloc(ul * reps + 1);
	frn_tokens	t;
	frn_spans	sp;

	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * ul, unit, ul);
	s[ul * reps] = '\0';
	frn_tokens_init(&t);
	frn_spans_init(&sp);
	frn_tokenize(s, ul * reps, &t);
	frn_sentences(s, ul * reps, &t, &sp);
	/* "M. Dupont arrive." "Il dit : « Oui ! »" "Puis… rien." */
	CHECK_INT(sp.n, 3 * reps);
	frn_tokens_free(&t);
	frn_spans_free(&sp);
	free(s);
}

int
main(void)
{
	UNIT_RUN(basic_boundaries);
	UNIT_RUN(abbreviations_do_not_end);
	UNIT_RUN(not_inside_numbers_or_urls);
	UNIT_RUN(lower_case_continuation);
	UNIT_RUN(quotes_and_brackets);
	UNIT_RUN(paragraphs);
	UNIT_RUN(sentence_start_flags_and_offsets);
	UNIT_RUN(many_sentences_linear);
	UNIT_MAIN_END("test_sentences");
}
