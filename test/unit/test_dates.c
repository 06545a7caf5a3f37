/*
 * test_dates.c — unit tests of the date reader (core only): the calendar,
 * Easter, moments, and extraction on press sentences written for frnews
 * with their spans and values, against a reference moment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "frn_dates.h"
#include "frn_money.h"
#include "unit.h"

/* Wednesday 10 December 2025, 08:00 */
static int64_t
ref(void)
{
	int64_t		t;

	frn_moment_parse("2025-12-10T08:00", &t);
	return t;
}

/*
 * The expressions of s as "surface|kind|lo|hi|grain|qualifier" lines
 * joined by "; " (lo/hi "-" without value).
 */
static const char *
read_dates(const char *s, bool has_ref)
{
	static char out[4096];
	frn_dates	d = {NULL, 0, 0};
	size_t		n = 0;

	out[0] = '\0';
	frn_extract_dates(s, strlen(s), has_ref, has_ref ? ref() : 0, &d);
	for (size_t i = 0; i < d.n; i++)
	{
		const frn_date *x = &d.d[i];
		char		lo[24] = "-",
					hi[24] = "-";
		const char *q = frn_qualifier_name(x->qualifier);

		if (x->has_value)
		{
			frn_moment_format(x->lo, lo);
			frn_moment_format(x->hi, hi);
		}
		n += snprintf(out + n, sizeof out - n, "%s%.*s|%s|%s|%s|%s|%s", i ? "; " : "",
					  (int) x->byte_len, s + x->byte_start, frn_date_kind_name(x->kind), lo, hi,
					  frn_grain_name(x->grain), q ? q : "");
	}
	free(d.d);
	return out;
}

UNIT_TEST(calendar)
{
	int			y,
				m,
				d;

	CHECK_INT(frn_days_from_civil(1970, 1, 1), 0);
	CHECK_INT(frn_days_from_civil(2000, 3, 1), 11017);
	frn_civil_from_days(frn_days_from_civil(2024, 2, 29), &y, &m, &d);
	CHECK(y == 2024 && m == 2 && d == 29);
	frn_civil_from_days(frn_days_from_civil(1, 1, 1), &y, &m, &d);
	CHECK(y == 1 && m == 1 && d == 1);
}

UNIT_TEST(moments)
{
	int64_t		t;
	char		buf[24];

	CHECK(frn_moment_parse("2025-12-10T08:00", &t));
	frn_moment_format(t, buf);
	CHECK_STR(buf, "2025-12-10 08:00:00");
	/* the end of the last day of the calendar */
	CHECK(frn_moment_parse("9999-12-31", &t));
	frn_moment_format(t + 86400, buf);
	CHECK_STR(buf, "10000-01-01 00:00:00");
	CHECK_STR(read_dates("Le 31 décembre 9999.", false),
			  "31 décembre 9999|date|9999-12-31 00:00:00|10000-01-01 00:00:00|day|");
	CHECK(frn_moment_parse("2024-02-29 23:59:59", &t));
	CHECK(!frn_moment_parse("2023-02-29", &t));
	CHECK(!frn_moment_parse("2025-12-10T25:00", &t));
	CHECK(!frn_moment_parse("10/12/2025", &t));
}

UNIT_TEST(absolute)
{
	CHECK_STR(read_dates("Le sommet s’ouvrira le 3 décembre 2025 à Paris.", false),
			  "3 décembre 2025|date|2025-12-03 00:00:00|2025-12-04 00:00:00|day|");
	CHECK_STR(read_dates("Publié le 03/12/2025, modifié le 2025-12-04.", false),
			  "03/12/2025|date|2025-12-03 00:00:00|2025-12-04 00:00:00|day|; "
			  "2025-12-04|date|2025-12-04 00:00:00|2025-12-05 00:00:00|day|");
	CHECK_STR(read_dates("Au premier trimestre 2024, puis au T3 2024.", false),
			  "premier trimestre 2024|period|2024-01-01 00:00:00|2024-04-01 00:00:00|quarter|; "
			  "T3 2024|period|2024-07-01 00:00:00|2024-10-01 00:00:00|quarter|");
	CHECK_STR(read_dates("Entre 2010 et 2015, la dette a doublé.", false),
			  "Entre 2010 et 2015|period|2010-01-01 00:00:00|2016-01-01 00:00:00|year|");
	CHECK_STR(read_dates("Le festival aura lieu du 3 au 5 mars 2026.", false),
			  "du 3 au 5 mars 2026|period|2026-03-03 00:00:00|2026-03-06 00:00:00|day|");
	CHECK_STR(read_dates("D’ici 2030, depuis 2015, avant le 1er novembre 2025.", false),
			  "2030|period|2030-01-01 00:00:00|2031-01-01 00:00:00|year|upto; "
			  "2015|period|2015-01-01 00:00:00|2016-01-01 00:00:00|year|from; "
			  "1er novembre 2025|date|2025-11-01 00:00:00|2025-11-02 00:00:00|day|under");
	CHECK_STR(read_dates("Au XIXe siècle et dans les années 80.", false),
			  "XIXe siècle|period|1801-01-01 00:00:00|1901-01-01 00:00:00|century|; "
			  "les années 80|period|1980-01-01 00:00:00|1990-01-01 00:00:00|decade|");
	CHECK_STR(read_dates("Le trois mars deux mille vingt.", false),
			  "trois mars deux mille vingt|date|2020-03-03 00:00:00|2020-03-04 00:00:00|day|");
	CHECK_STR(read_dates("Pâques 2025 et le lundi de Pentecôte 2026.", false),
			  "Pâques 2025|date|2025-04-20 00:00:00|2025-04-21 00:00:00|day|; "
			  "lundi de Pentecôte 2026|date|2026-05-25 00:00:00|2026-05-26 00:00:00|day|");
}

UNIT_TEST(relative)
{
	CHECK_STR(read_dates("Hier, la veille de demain.", true),
			  "Hier|date|2025-12-09 00:00:00|2025-12-10 00:00:00|day|; "
			  "la veille de demain|date|2025-12-10 00:00:00|2025-12-11 00:00:00|day|");
	CHECK_STR(read_dates("La semaine dernière.", true),
			  "La semaine dernière|period|2025-12-01 00:00:00|2025-12-08 00:00:00|week|");
	CHECK_STR(read_dates("Il y a deux ans.", true),
			  "Il y a deux ans|period|2023-01-01 00:00:00|2024-01-01 00:00:00|year|");
	CHECK_STR(read_dates("Jeudi soir, il a parlé.", true),
			  "Jeudi soir|datetime|2025-12-04 18:00:00|2025-12-05 00:00:00|hour|");
	CHECK_STR(read_dates("Jeudi soir, il parlera.", true),
			  "Jeudi soir|datetime|2025-12-11 18:00:00|2025-12-12 00:00:00|hour|");
	CHECK_STR(read_dates("Vers 18 heures.", true),
			  "18 heures|time|2025-12-10 18:00:00|2025-12-10 19:00:00|hour|about");
	CHECK_STR(read_dates("Cet été, puis 15h30 ce samedi.", true),
			  "Cet été|period|2025-06-01 00:00:00|2025-09-01 00:00:00|month|; "
			  "15h30 ce samedi|datetime|2025-12-13 15:30:00|2025-12-13 15:31:00|minute|");
	CHECK_STR(read_dates("Entre le 13 juillet et le 28 août 2026.", true),
			  "Entre le 13 juillet et le 28 août 2026|period|2026-07-13 00:00:00|2026-08-29 00:00:00|day|");
	/* an abbreviated month is strong only with its period, then with no number near */
	CHECK_STR(read_dates("Venu en janv. dernier ; depuis janv. la hausse a continué.", false),
			  "janv. dernier|period|-|-|month|; janv.|period|-|-|month|from");
	/* the period of "janv." ends no sentence before a lower-case word: the tense reaches past it */
	CHECK_STR(read_dates("Depuis janv. la hausse a continué.", true),
			  "janv.|period|2025-01-01 00:00:00|2025-02-01 00:00:00|month|from");
	CHECK_STR(read_dates("Depuis janvier la hausse a continué.", true),
			  "janvier|period|2025-01-01 00:00:00|2025-02-01 00:00:00|month|from");
	/* without reference: span, kind and grain, no value */
	CHECK_STR(read_dates("Hier et en mars.", false), "Hier|date|-|-|day|; mars|period|-|-|month|");
}

UNIT_TEST(not_dates)
{
	CHECK_STR(read_dates("Le groupe a supprimé 2019 postes ; le CAC 40 ; Paris 2024 a coûté cher.", true), "");
	CHECK_STR(read_dates("Le 31 février 2021 et le 30/02/2020 et le 03/13/2050.", true), "");
	CHECK_STR(read_dates("Le sénateur Noël Mamère et la Toussaint Louverture.", true), "");
	CHECK_STR(read_dates("Il y a 90000 ans.", true), "");
}

UNIT_TEST(durations_and_sets)
{
	frn_dates	d = {NULL, 0, 0};
	const char *s = "Pendant deux ans et demi, chaque lundi.";

	frn_extract_dates(s, strlen(s), false, 0, &d);
	CHECK_INT(d.n, 2);
	if (d.n == 2)
	{
		CHECK_INT(d.d[0].kind, FRN_DK_DURATION);
		CHECK_INT(d.d[0].duration.months, 30);
		CHECK_INT(d.d[1].kind, FRN_DK_SET);
		CHECK_INT(d.d[1].duration.days, 7);
	}
	free(d.d);
}

/* character offsets past multi-byte characters */
UNIT_TEST(offsets)
{
	frn_dates	d = {NULL, 0, 0};
	const char *s = "Élu « à l’unanimité » — le 3 décembre 2025.";

	frn_extract_dates(s, strlen(s), false, 0, &d);
	CHECK_INT(d.n, 1);
	if (d.n == 1)
	{
		CHECK_INT(d.d[0].char_start, 27);
		CHECK_INT(d.d[0].char_len, 15);
	}
	free(d.d);
}

/*
 * The lexer reads the classes of 64 bytes at a time and words of ASCII and
 * Latin-1 letters from them, the rest byte by byte: the same text after 0
 * to 70 spaces must give the same expressions, their code point offsets
 * shifted, whichever words straddle a block (accented capitals: "Noël
 * Étienne" is a person, œ, ×, a no-break space, ’, a word longer than a
 * block).
 */
UNIT_TEST(lexer_blocks)
{
	const char *text = "Élu à l’ÉTÉ 2020 : « À Noël », le cœur ÀÉÎ×Ô mardi 3 mars 2020 et\u00a0vendredi\tà 15h30 ; "
		"anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement 2019, "
		"Mi-Juin DÉBUT 2021 à 18 HEURES.\nLe 14-Juillet, Noël Étienne, député, en été 1990.";
	const char *expected = "8:8:ÉTÉ 2020; 23:4:Noël; 45:17:mardi 3 mars 2020; 66:16:vendredi\tà 15h30; "
		"167:7:Mi-Juin; 175:10:DÉBUT 2021; 188:9:18 HEURES; 202:10:14-Juillet; 239:8:été 1990";
	char		buf[512];

	for (size_t shift = 0; shift <= 70; shift++)
	{
		frn_dates	d = {NULL, 0, 0};
		char		got[1024];
		size_t		n = 0;

		memset(buf, ' ', shift);
		strcpy(buf + shift, text);
		got[0] = '\0';
		frn_extract_dates(buf, strlen(buf), false, 0, &d);
		for (size_t i = 0; i < d.n; i++)
			n += snprintf(got + n, sizeof got - n, "%s%u:%u:%.*s", i ? "; " : "",
						  (unsigned) (d.d[i].char_start - shift), (unsigned) d.d[i].char_len,
						  (int) d.d[i].byte_len, buf + d.d[i].byte_start);
		free(d.d);
		CHECK_STR(got, expected);
	}
}

/* Forms of issue #13's second round, and tense marks shared by two dates (read once per chunk). */
UNIT_TEST(second_round)
{
	CHECK_STR(read_dates("Il est maintenant à Paris.", true),
			  "maintenant|datetime|2025-12-10 08:00:00|2025-12-10 08:00:01|second|");
	CHECK_STR(read_dates("Il est maintenant à Paris.", false), "maintenant|datetime|-|-|second|");
	CHECK_STR(read_dates("Rendez-vous à 19:56:30, ou vers 4pm.", true),
			  "19:56:30|time|2025-12-10 19:56:30|2025-12-10 19:56:31|second|; "
			  "4pm|time|2025-12-10 16:00:00|2025-12-10 17:00:00|hour|about");
	CHECK_STR(read_dates("Il reviendra lendemain 8:00am, à 12:15 am ou 7:56:30 pm.", true),
			  "lendemain 8:00am|datetime|2025-12-11 08:00:00|2025-12-11 08:01:00|minute|; "
			  "12:15 am|time|2025-12-10 00:15:00|2025-12-10 00:16:00|minute|; "
			  "7:56:30 pm|time|2025-12-10 19:56:30|2025-12-10 19:56:31|second|");
	/* "au lendemain de", "veillé", "sans lendemain": no day after the reference */
	CHECK_STR(read_dates("Au lendemain de la guerre, il a veillé ; une consultation sans lendemain.", true), "");
	/* "prendre fin" + a day is no part of the day */
	CHECK_STR(read_dates("Les recherches ont pris fin jeudi.", true),
			  "jeudi|date|2025-12-04 00:00:00|2025-12-05 00:00:00|day|");
	CHECK_STR(read_dates("Il est né le 23 novembre de 1987, pas le 4 juin de trois ans.", true),
			  "23 novembre de 1987|date|1987-11-23 00:00:00|1987-11-24 00:00:00|day|; "
			  "4 juin|date|2025-06-04 00:00:00|2025-06-05 00:00:00|day|");	/* "est né": past */
	CHECK_STR(read_dates("Il a plu toute la journée, puis tout le mois de mars et toute l'année 2020.", true),
			  "toute la journée|duration|-|-|day|; "
			  "mars|period|2025-03-01 00:00:00|2025-04-01 00:00:00|month|; "
			  "2020|period|2020-01-01 00:00:00|2021-01-01 00:00:00|year|");
	CHECK_STR(read_dates("Fin de dimanche, il a parlé à 4 heures du matin, puis à 5 heures du soir.", true),
			  "Fin de dimanche|datetime|2025-12-07 16:00:00|2025-12-08 00:00:00|hour|; "
			  "4 heures du matin|time|2025-12-10 04:00:00|2025-12-10 05:00:00|hour|; "
			  "5 heures du soir|time|2025-12-10 17:00:00|2025-12-10 18:00:00|hour|");
	/* a part of the day that cannot hold the time is left out */
	CHECK_STR(read_dates("Il arrive à 15 heures du matin.", true),
			  "15 heures|time|2025-12-10 15:00:00|2025-12-10 16:00:00|hour|");
	CHECK_STR(read_dates("Il ya 2 jours, de 2010 à 2018 ou avant 2000, et en 2000 ou 3000 euros.", true),
			  "Il ya 2 jours|date|2025-12-08 00:00:00|2025-12-09 00:00:00|day|; "
			  "de 2010 à 2018|period|2010-01-01 00:00:00|2019-01-01 00:00:00|year|; "
			  "2000|period|2000-01-01 00:00:00|2001-01-01 00:00:00|year|under");
	/* hours of one named day are that day with its part: a datetime, like "samedi matin" */
	CHECK_STR(read_dates("Ouvert 9h-17h, et 8h30-12h le samedi ; score 2-1.", true),
			  "9h-17h|period|2025-12-10 09:00:00|2025-12-10 18:00:00|hour|; "
			  "8h30-12h le samedi|datetime|2025-12-13 08:30:00|2025-12-13 13:00:00|minute|");
	CHECK_STR(read_dates("Les 20-21 juin, de 16-17 heures ; score 3-2 mars.", true),
			  "20-21 juin|period|2025-06-20 00:00:00|2025-06-22 00:00:00|day|; "
			  "16-17 heures|period|2025-12-10 16:00:00|2025-12-10 18:00:00|hour|; "
			  "2 mars|date|2026-03-02 00:00:00|2026-03-03 00:00:00|day|");
	/* a time belongs to the recurrence it comes with, before or after */
	CHECK_STR(read_dates("Le marché a lieu chaque lundi à 18h, la messe 9 heures tous les dimanches.", true),
			  "chaque lundi à 18h|set|-|-|day|; 9 heures tous les dimanches|set|-|-|day|");
	CHECK_STR(read_dates("Jeudi et vendredi, il a parlé.", true),
			  "Jeudi|date|2025-12-04 00:00:00|2025-12-05 00:00:00|day|; "
			  "vendredi|date|2025-12-05 00:00:00|2025-12-06 00:00:00|day|");
	CHECK_STR(read_dates("Jeudi et vendredi, il parlera.\nLundi, il a parlé.", true),
			  "Jeudi|date|2025-12-11 00:00:00|2025-12-12 00:00:00|day|; "
			  "vendredi|date|2025-12-12 00:00:00|2025-12-13 00:00:00|day|; "
			  "Lundi|date|2025-12-08 00:00:00|2025-12-09 00:00:00|day|");
	/* a line break ends the sentence for the tense, as a period does (a title, then its text) */
	CHECK_STR(read_dates("Le rendez-vous de jeudi\nIl a parlé.", true),
			  "jeudi|date|2025-12-11 00:00:00|2025-12-12 00:00:00|day|");
	CHECK_STR(read_dates("Le rendez-vous de jeudi \t\n  Il a parlé ; jeudi  il a parlé.", true),
			  "jeudi|date|2025-12-11 00:00:00|2025-12-12 00:00:00|day|; "
			  "jeudi|date|2025-12-04 00:00:00|2025-12-05 00:00:00|day|");
}

/* The surfaces of the expressions of s, joined by "; ". */
static const char *
surfaces(const char *s)
{
	static char out[4096];
	frn_dates	d = {NULL, 0, 0};
	size_t		n = 0;

	out[0] = '\0';
	frn_extract_dates(s, strlen(s), false, 0, &d);
	for (size_t i = 0; i < d.n; i++)
		n += snprintf(out + n, sizeof out - n, "%s%.*s", i ? "; " : "",
					  (int) d.d[i].byte_len, s + d.d[i].byte_start);
	free(d.d);
	return out;
}

/*
 * An expression at each first word of each reader, in lower case in the
 * middle of a sentence: a start tries a reader only at the words its bit
 * of starts[] holds, so a word missing there fails here.
 */
UNIT_TEST(first_words)
{
	CHECK_STR(surfaces("on dit hier, avant-hier, après-demain, maintenant, demain et aujourd'hui."),
			  "hier; avant-hier; après-demain; maintenant; demain; aujourd'hui");
	CHECK_STR(surfaces("on dit la veille, le lendemain, le surlendemain et l'avant-veille."),
			  "la veille; le lendemain; le surlendemain; l'avant-veille");
	CHECK_STR(surfaces("on dit ce soir, cet hiver, cette semaine, la semaine dernière, le mois prochain, l'année dernière."),
			  "ce soir; cet hiver; cette semaine; la semaine dernière; le mois prochain; l'année dernière");
	CHECK_STR(surfaces("on dit qu'il y a deux ans et dans trois mois."),
			  "il y a deux ans; dans trois mois");
	CHECK_STR(surfaces("on dit début mars, mi-juin, milieu 2020 et fin 2023."),
			  "début mars; mi-juin; milieu 2020; fin 2023");
	CHECK_STR(surfaces("on dit premier trimestre 2024, second semestre 2023, deuxième trimestre 2022, troisième trimestre 2021, quatrième trimestre 2020."),
			  "premier trimestre 2024; second semestre 2023; deuxième trimestre 2022; troisième trimestre 2021; quatrième trimestre 2020");
	CHECK_STR(surfaces("on dit les années 80, des années 90 et années 2000."),
			  "les années 80; des années 90; années 2000");
	CHECK_STR(surfaces("on dit noël, toussaint, assomption 2020, pâques 2021, pentecôte 2022, ascension 2023, rameaux 2024, saint-sylvestre, nouvel an, jour de l'an."),
			  "noël; toussaint; assomption 2020; pâques 2021; pentecôte 2022; ascension 2023; rameaux 2024; saint-sylvestre; nouvel an; jour de l'an");
	CHECK_STR(surfaces("on dit à midi et vers minuit."),
			  "midi; minuit");
	CHECK_STR(surfaces("on dit la nuit de mercredi à jeudi et nuit de lundi à mardi."),
			  "la nuit de mercredi à jeudi; nuit de lundi à mardi");
	CHECK_STR(surfaces("on dit entre 2010 et 2015, de 2010 à 2015, du 3 au 5 mars, des 3 au 5 mai, d'avril à juin."),
			  "entre 2010 et 2015; de 2010 à 2015; du 3 au 5 mars; des 3 au 5 mai; d'avril à juin");
	CHECK_STR(surfaces("on dit quotidiennement, hebdomadaire, mensuellement, annuellement, chaque lundi, tous les ans, toutes les semaines."),
			  "quotidiennement; hebdomadaire; mensuellement; annuellement; chaque lundi; tous les ans; toutes les semaines");
	CHECK_STR(surfaces("on dit pendant quelques jours, tout le mois, toute la journée."),
			  "quelques jours; tout le mois; toute la journée");
	CHECK_STR(surfaces("on dit le trois mars deux mille vingt, dix heures mercredi, pendant dix ans, les trois derniers mois."),
			  "trois mars deux mille vingt; dix heures mercredi; dix ans; trois derniers mois");
	CHECK_STR(surfaces("on dit mardi, en mars, en été, l'an 2000."),
			  "mardi; mars; été; l'an 2000");
	CHECK_STR(surfaces("on dit le premier lundi de mars, la première semaine de juin, le second dimanche d'avril, la seconde quinzaine de mai, "
					   "la deuxième semaine de mai, le troisième mardi de mars, le quatrième jeudi de novembre, le dernier week-end d'août, la dernière semaine de juin."),
			  "premier lundi de mars; première semaine de juin; second dimanche d'avril; seconde quinzaine de mai; "
			  "deuxième semaine de mai; troisième mardi de mars; quatrième jeudi de novembre; dernier week-end d'août; dernière semaine de juin");
	CHECK_STR(surfaces("on dit la fin 2023, le 3 mars, le lendemain matin, il ya trois jours."),
			  "la fin 2023; 3 mars; le lendemain matin; il ya trois jours");
	CHECK_STR(surfaces("on dit lundi de pâques, mardi-gras, vendredi saint, mercredi des cendres, ce jeudi."),
			  "lundi de pâques; mardi-gras; vendredi saint; mercredi des cendres; ce jeudi");
	CHECK_STR(surfaces("on dit première semaine, seconde fois, premier mai, première quinzaine, T1 2024, S2 2023, Q3 2022, XIXe siècle, Ve siècle, IIIe siècle."),
			  "premier mai; T1 2024; S2 2023; Q3 2022; XIXe siècle; Ve siècle; IIIe siècle");
	/* the numbers that begin a date (num_may_begin): the item after each */
	CHECK_STR(surfaces("on dit le 15.05.99, le 03/12/2025, le 2025-12-03, à 15:30, le 1er mai, le 14-Juillet, le 3/12, en 12/2024."),
			  "15.05.99; 03/12/2025; 2025-12-03, à 15:30; 1er mai; 14-Juillet; 3/12; 12/2024");
	CHECK_STR(surfaces("on dit 15 h 30, 18 heures, 3 décembre, 4pm, 19e siècle, 3 déc. 2025 et 1er trimestre 2024."),
			  "15 h 30; 18 heures; 3 décembre; 4pm; 19e siècle; 3 déc. 2025; 1er trimestre 2024");
	CHECK_STR(surfaces("on dit la nuit du 3 mars au 4 mars, les deux dernières semaines, 14h30, en 2019."),
			  "la nuit du 3 mars au 4 mars; deux dernières semaines; 14h30; 2019");
	CHECK_STR(surfaces("on dit derniers 3 mois, dernières 3 semaines, prochains 3 jours, prochaines 3 heures."),
			  "derniers 3 mois; dernières 3 semaines; prochains 3 jours; prochaines 3 heures");
}

/*
 * What the scan remembers of a chunk stays in it: item 2051 of the first
 * chunk (2048 items at least, then a sentence end) is "la" of "de la part",
 * where no expression begins; item 2051 of the second is "la" of "la
 * veille".
 */
UNIT_TEST(chunks_forget)
{
	static char text[32768];
	size_t		n = 0;

	for (int k = 0; k < 2050; k++)
		n += (size_t) snprintf(text + n, sizeof text - n, "bla ");
	n += (size_t) snprintf(text + n, sizeof text - n, "de la part 2019. ");
	for (int k = 0; k < 2051; k++)
		n += (size_t) snprintf(text + n, sizeof text - n, "bla ");
	snprintf(text + n, sizeof text - n, "la veille 2019.");
	CHECK_STR(surfaces(text), "la veille");
}

/*
 * The number of expressions of s[0..n) (without a reference); of those
 * whose surface is whole, if not NULL.
 */
static size_t
count_dates(const char *s, size_t n, const char *whole)
{
	frn_dates	d = {NULL, 0, 0};
	size_t		k = 0;

	frn_extract_dates(s, n, false, 0, &d);
	for (size_t i = 0; i < d.n; i++)
		k += !whole || (d.d[i].byte_len == strlen(whole) &&
						memcmp(s + d.d[i].byte_start, whole, strlen(whole)) == 0);
	free(d.d);
	return k;
}

/* The number of expressions (of surface whole, if not NULL) of lead words "x " then unit 40,000 times. */
static size_t
count_dates_repeated(const char *unit, size_t lead, const char *whole)
{
	size_t		ul = strlen(unit),
				n = 0,
				k;
	char	   *text = malloc(2 * lead + 40000 * ul + 1);

	for (size_t w = 0; w < lead; w++, n += 2)
		memcpy(text + n, "x ", 2);
	for (int r = 0; r < 40000; r++, n += ul)
		memcpy(text + n, unit, ul);
	k = count_dates(text, n, whole);
	free(text);
	return k;
}

/*
 * A text without sentence ends is cut every CHUNK_HARD items: the cut goes
 * back a little to a line break or a punctuation mark, else to white space,
 * so that a rule's look-back stays in its chunk.  Cut between "l'" and
 * "hebdomadaire", the weekly paper was a weekly recurrence, once per cut;
 * cut between "Bruce" and "Toussaint", the name was the holiday.
 */
UNIT_TEST(hard_cuts_keep_context)
{
	static const char *const units[] = {"l'hebdomadaire ", "Bruce Toussaint\n", "Bruce Toussaint, "};

	/* (after 0, 1 or 2 words: the cuts fall at each place of the unit) */
	for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
		for (size_t lead = 0; lead < 3; lead++)
			CHECK_INT((int) count_dates_repeated(units[u], lead, NULL), 0);
	/* nor inside a date written with slashes: one date per unit */
	for (size_t lead = 0; lead < 6; lead++)
		CHECK_INT((int) count_dates_repeated("le 12/03/2020 ", lead, NULL), 40000);
	/*
	 * nor across a cut between two words: an expression that begins
	 * before the cut is read whole ("de 1000 à 1200 mètres" is no date,
	 * "de 1000" alone is a year)
	 */
	for (size_t lead = 0; lead < 5; lead++)
		CHECK_INT((int) count_dates_repeated("de 1000 à 1200 mètres ", lead, NULL), 0);
	/*
	 * nor in a text without white space, cut before an item all the same:
	 * "3/4/2020," repeated was cut at the chunk's end, where "3/4" and
	 * "/2020" were lost or "4/2020" read (39,995 dates of 40,000)
	 */
	for (size_t lead = 0; lead < 6; lead++)
		CHECK_INT((int) count_dates_repeated("3/4/2020,", lead, "3/4/2020"), 40000);
}

/* The least CPU time of three readings of s[0..n) with a reference, in seconds. */
static double
reading_time(const char *s, size_t n)
{
	double		best = 1e9;

	for (int k = 0; k < 3; k++)
	{
		frn_dates	d = {NULL, 0, 0};
		clock_t		t0 = clock();

		frn_extract_dates(s, n, true, ref(), &d);
		if ((double) (clock() - t0) / CLOCKS_PER_SEC < best)
			best = (double) (clock() - t0) / CLOCKS_PER_SEC;
		free(d.d);
	}
	return best;
}

/*
 * A long run of white space is read for a line break once, however many
 * dates look for their tense across it: 40 bare weekdays after 16 MB of
 * spaces cost about as much as one (when each of them read the run again:
 * 0.073 s against 0.012 s).
 */
UNIT_TEST(tense_across_a_long_gap)
{
	size_t		gap = 16 << 20,
				n;
	char	   *s = malloc(gap + 1024);
	double		one,
				many;

	n = (size_t) sprintf(s, "il viendra mardi");
	memset(s + n, ' ', gap);
	n += gap;
	n += (size_t) sprintf(s + n, " mardi, x");
	one = reading_time(s, n);
	for (int k = 0; k < 39; k++)
		n += (size_t) sprintf(s + n, " mardi, x");
	many = reading_time(s, n);
	printf("  16 MB of spaces, then 1 date: %.3f s, 40 dates: %.3f s\n", one, many);
	CHECK(many < 3 * one + 0.01);
	free(s);
}

/*
 * A day with its hours is one datetime: the day with its part, counted in
 * minutes ("à minuit" ends the day), before or after it; a day number
 * without month only with its hours; a night takes the hours of its second
 * day.  Bare numbers are hours only after a day, going forward, and not
 * before a unit, a count or "%".
 */
UNIT_TEST(day_with_hours)
{
	CHECK_STR(read_dates("La nuit de samedi à dimanche vers 3 h, puis dimanche de 22h à minuit.", true),
			  "La nuit de samedi à dimanche vers 3 h|datetime|2025-12-07 03:00:00|2025-12-07 04:00:00|hour|; "
			  "dimanche de 22h à minuit|datetime|2025-12-07 22:00:00|2025-12-08 00:00:00|hour|");
	CHECK_STR(read_dates("La nuit de mercredi à jeudi matin.", true),
			  "La nuit de mercredi à jeudi matin|datetime|2025-12-10 22:00:00|2025-12-11 06:00:00|hour|");
	CHECK_STR(read_dates("Ouvert jeudi avant 17h30 et le 17 entre 9 et 11.", true),
			  "jeudi avant 17h30|datetime|2025-12-11 00:00:00|2025-12-11 17:30:00|minute|; "
			  "17 entre 9 et 11|datetime|2025-12-17 09:00:00|2025-12-17 12:00:00|hour|");
	CHECK_STR(read_dates("Le 17 de 14h à 16h.", false), "17 de 14h à 16h|datetime|-|-|hour|");
	CHECK_STR(read_dates("Le 3 à 1, le 17 de la rue, lundi entre 14 et 16 %, mardi de 16 à 14.", true),
			  "lundi|date|2025-12-08 00:00:00|2025-12-09 00:00:00|day|; "
			  "mardi|date|2025-12-09 00:00:00|2025-12-10 00:00:00|day|");
	CHECK_STR(read_dates("Il est huit heures moins le quart, pas deux heures vingt de retard.", true),
			  "huit heures moins le quart|time|2025-12-10 07:45:00|2025-12-10 07:46:00|minute|");
}

/*
 * A range whose second end comes before its first (review-m10): bare days
 * with the month of the second end start in the month before; hours
 * before a day run overnight into it.  They were year-long and week-long
 * periods.
 */
UNIT_TEST(range_ends_before_it_starts)
{
	CHECK_STR(read_dates("Fermé du 31 au 2 janvier, entre le 28 et le 3 mars, du 31 au 2 mars.", true),
			  "du 31 au 2 janvier|period|2025-12-31 00:00:00|2026-01-03 00:00:00|day|; "
			  "entre le 28 et le 3 mars|period|2026-02-28 00:00:00|2026-03-04 00:00:00|day|; "
			  "2 mars|date|2026-03-02 00:00:00|2026-03-03 00:00:00|day|");
	CHECK_STR(read_dates("Fermé du 31 au 2 janvier 2026, score 3-2 mars.", true),
			  "du 31 au 2 janvier 2026|period|2025-12-31 00:00:00|2026-01-03 00:00:00|day|; "
			  "2 mars|date|2026-03-02 00:00:00|2026-03-03 00:00:00|day|");
	CHECK_STR(read_dates("Le métro roule de 5 h à 3 h vendredi, entre 23h et 5h30 samedi.", true),
			  "de 5 h à 3 h vendredi|datetime|2025-12-11 05:00:00|2025-12-12 04:00:00|hour|; "
			  "entre 23h et 5h30 samedi|datetime|2025-12-12 23:00:00|2025-12-13 05:31:00|minute|");
}

/* Bare numbers after a day number are no hours before a month: they are days (review-m10). */
UNIT_TEST(bare_numbers_before_a_month)
{
	CHECK_STR(read_dates("Le festival, le 17 entre 14 et 16 mars, puis le 3 de 10 à 12 mai.", true),
			  "entre 14 et 16 mars|period|2026-03-14 00:00:00|2026-03-17 00:00:00|day|; "
			  "de 10 à 12 mai|period|2026-05-10 00:00:00|2026-05-13 00:00:00|day|");
}

/* A number word after a day and month is no year below "mille" (year 1 was read) */
UNIT_TEST(small_number_word_after_a_date)
{
	CHECK_STR(read_dates("Le 8 juin un homme a parlé, le 6 mars deux élus ont voté.", true),
			  "8 juin|date|2025-06-08 00:00:00|2025-06-09 00:00:00|day|; "
			  "6 mars|date|2025-03-06 00:00:00|2025-03-07 00:00:00|day|");
	CHECK_STR(read_dates("Il est né le 3 mars mille neuf cent vingt.", true),
			  "3 mars mille neuf cent vingt|date|1920-03-03 00:00:00|1920-03-04 00:00:00|day|");
}

/* Words between "il y a" / "dans" and the count: kept, approximate or a bound */
UNIT_TEST(shift_hedges)
{
	CHECK_STR(read_dates("Il y a près de deux ans, il partait; il y a plus de trente ans, non.", true),
			  "Il y a près de deux ans|period|2023-01-01 00:00:00|2024-01-01 00:00:00|year|about; "
			  "il y a plus de trente ans|period|1995-01-01 00:00:00|1996-01-01 00:00:00|year|under");
	CHECK_STR(read_dates("Ce sera fini dans moins de deux ans, ou dans une dizaine d'années.", true),
			  "dans moins de deux ans|period|2027-01-01 00:00:00|2028-01-01 00:00:00|year|under; "
			  "dans une dizaine d'années|period|2035-01-01 00:00:00|2036-01-01 00:00:00|year|about");
	CHECK_STR(read_dates("Il y a maintenant dix ans, et il y a une quinzaine de jours, il y a plusieurs mois.", true),
			  "Il y a maintenant dix ans|period|2015-01-01 00:00:00|2016-01-01 00:00:00|year|; "
			  "il y a une quinzaine de jours|date|2025-11-25 00:00:00|2025-11-26 00:00:00|day|about; "
			  "il y a plusieurs mois|period|2025-09-01 00:00:00|2025-10-01 00:00:00|month|about");
	CHECK_STR(read_dates("Il y a moins d'un an, il y a déjà plus d'une dizaine d'années, il y a à peu près un mois.", true),
			  "Il y a moins d'un an|period|2024-01-01 00:00:00|2025-01-01 00:00:00|year|over; "
			  "il y a déjà plus d'une dizaine d'années|period|2015-01-01 00:00:00|2016-01-01 00:00:00|year|under; "
			  "il y a à peu près un mois|period|2025-11-01 00:00:00|2025-12-01 00:00:00|month|about");
	/* not a shift: a count of people */
	CHECK_STR(read_dates("Il y a près de 2 000 manifestants et une dizaine de blessés.", true), "");
	/* the same with a no-break space after "a" (or "ya"): the "a" is lexed
	 * as a word of more than Latin-1 there, and must mark the place as well */
	CHECK_STR(read_dates("Il y a\u00a0plus d'une dizaine d'années, il ya\u202fune vingtaine d'années.", true),
			  "Il y a\u00a0plus d'une dizaine d'années|period|2015-01-01 00:00:00|2016-01-01 00:00:00|year|under; "
			  "il ya\u202fune vingtaine d'années|period|2005-01-01 00:00:00|2006-01-01 00:00:00|year|about");
	/* "seconde" before its noun is the ordinal, no unit */
	CHECK_STR(read_dates("Il y a une seconde raison, et dans une seconde vidéo il rit; il y a une seconde, non.", true),
			  "il y a une seconde|datetime|2025-12-10 07:59:59|2025-12-10 08:00:00|second|");
}

/*
 * The passé composé with être is a past tense: of a pronominal verb, or
 * before a participle that takes être ("c'est", "est prêt" are none)
 */
UNIT_TEST(past_with_etre)
{
	CHECK_STR(read_dates("Elle est morte le 8 juin; ils sont arrivés mardi.", true),
			  "8 juin|date|2025-06-08 00:00:00|2025-06-09 00:00:00|day|; "
			  "mardi|date|2025-12-09 00:00:00|2025-12-10 00:00:00|day|");
	CHECK_STR(read_dates("Il est prêt pour le 8 juin.", true),
			  "8 juin|date|2026-06-08 00:00:00|2026-06-09 00:00:00|day|");
	CHECK_STR(read_dates("Le sommet s'est tenu le 8 juin.", true),
			  "8 juin|date|2025-06-08 00:00:00|2025-06-09 00:00:00|day|");
	CHECK_STR(read_dates("Les élus se sont réunis mardi.", true),
			  "mardi|date|2025-12-09 00:00:00|2025-12-10 00:00:00|day|");
	CHECK_STR(read_dates("Le 8 juin, c'est la fête.", true),
			  "8 juin|date|2026-06-08 00:00:00|2026-06-09 00:00:00|day|");
}

/* A holiday's word after a first name or a title is a name; "ascension" the climb */
UNIT_TEST(holiday_or_name)
{
	CHECK_STR(surfaces("Selon Bruce Toussaint, le Père Noël et Marie-Noël passent. Cédric Toussaint parle."), "");
	CHECK_STR(surfaces("L'ascension du mont Fuji, son ascension fulgurante."), "");
	CHECK_STR(surfaces("À Noël, tout ferme. Depuis Pâques, rien. Avant la Toussaint et le pont de l'Ascension."),
			  "Noël; Pâques; Toussaint; Ascension");
	CHECK_STR(surfaces("Une Saint-Valentin sous confinement. Avec Noël qui approche."), "Saint-Valentin; Noël");
}

/* A 4-digit number after a quantity's words or before a count noun is no year */
UNIT_TEST(quantity_not_year)
{
	CHECK_STR(surfaces("Plus de 1000 personnes, près de 2000 manifestants, environ 1200 étaient là, à 1500 mètres."), "");
	CHECK_STR(surfaces("La campagne de 2012 m'a convaincu, la crise de 2008 a frappé."), "2012; 2008");
	CHECK_STR(surfaces("Il neige de 1000 à 1200 mètres; disparue le 9 janvier 2003 à 200 km de là."), "9 janvier 2003");
}

/* A hedge between a duration's cue and its count, its qualifier; "l'hebdomadaire", the weekly paper */
UNIT_TEST(hedged_duration_and_weekly_paper)
{
	CHECK_STR(read_dates("Depuis une dizaine d'années, depuis plus d'une quinzaine de jours, pendant un peu plus d'un an, "
						 "en l'espace de près de deux mois, depuis moins de trois semaines, pendant une dizaine de personnes.", true),
			  "une dizaine d'années|duration|-|-|year|about; une quinzaine de jours|duration|-|-|day|over; "
			  "un an|duration|-|-|year|about; deux mois|duration|-|-|month|about; "
			  "trois semaines|duration|-|-|week|under");
	CHECK_STR(read_dates("Pendant près de 4 heures, rien; depuis plus d'un an, non.", true),
			  "4 heures|duration|-|-|hour|about; un an|duration|-|-|year|over");
	CHECK_STR(surfaces("Pendant au moins 30 jours, en quelque 4 secondes."), "30 jours; 4 secondes");
	CHECK_STR(surfaces("Selon l'hebdomadaire satirique et un hebdomadaire breton, le repos hebdomadaire est dû."),
			  "hebdomadaire");
}

/* "cette année-là", "ce soir-là": the story's moment, not the reference's */
UNIT_TEST(deictic_with_la)
{
	CHECK_STR(surfaces("Elle fut affectée cette année-là; ce soir-là, il pleuvait. Cette année, il pleut, ce soir aussi."),
			  "Cette année; ce soir");
}

/* "les 24 dernières heures", "ces dernières 48 heures"; the units of something else */
UNIT_TEST(last_n_hours_and_anchored)
{
	CHECK_STR(read_dates("Au cours des 24 dernières heures et ces dernières 48 heures.", true),
			  "24 dernières heures|period|2025-12-09 08:00:00|2025-12-10 08:00:00|hour|; "
			  "dernières 48 heures|period|2025-12-08 08:00:00|2025-12-10 08:00:00|hour|");
	CHECK_STR(read_dates("Pour les deux dernières années de son mandat, les dix dernières minutes.", true),
			  "deux dernières années|duration|-|-|year|; dix dernières minutes|duration|-|-|minute|");
	CHECK_STR(read_dates("Sur les trois derniers mois, de 0,72 à 0,84.", true),
			  "trois derniers mois|period|2025-09-01 00:00:00|2025-12-01 00:00:00|month|");
	CHECK_STR(surfaces("Lors des dernières 24 Heures du Mans, une dernière journée d'audience."), "");
	/* "dans les 15 jours": a duration, the N units from ref's only before "à venir", "qui viennent" */
	CHECK_STR(read_dates("Il répondra dans les 15 jours, puis dans les deux semaines à venir.", true),
			  "dans les 15 jours|duration|-|-|day|; "
			  "dans les deux semaines à venir|period|2025-12-08 00:00:00|2025-12-22 00:00:00|week|");
	CHECK_STR(read_dates("Les trois mois qui viennent, pas les 15 jours qui viennent de s'écouler.", true),
			  "trois mois qui viennent|period|2026-01-01 00:00:00|2026-04-01 00:00:00|month|");
}

/* "d'ici trois ans": the shifted moment as a bound; "a duré trois jours": a duration */
UNIT_TEST(within_and_lasting)
{
	CHECK_STR(read_dates("Prêt d'ici trois jours, d’ici à deux semaines ou d'ici une dizaine d'années.", true),
			  "d'ici trois jours|date|2025-12-13 00:00:00|2025-12-14 00:00:00|day|upto; "
			  "d’ici à deux semaines|period|2025-12-22 00:00:00|2025-12-29 00:00:00|week|upto; "
			  "d'ici une dizaine d'années|period|2035-01-01 00:00:00|2036-01-01 00:00:00|year|upto");
	CHECK_STR(surfaces("Il est venu d'ici, il part d'ici à Lyon."), "");
	CHECK_STR(read_dates("Le chantier durera trois ans; la grève a duré près de deux semaines.", true),
			  "trois ans|duration|-|-|year|; deux semaines|duration|-|-|week|about");
	/* hours after "a duré plus de" are a length, not a time of day */
	CHECK_STR(read_dates("Son périple a duré plus de 6 heures; il doit durer une semaine.", true),
			  "6 heures|duration|-|-|hour|over; une semaine|duration|-|-|week|");
	/* the minutes of a length in hours; a number alone must end it */
	CHECK_STR(read_dates("Un débat durant deux heures trente, en quelques heures une enquête, "
						 "pendant deux heures trente manifestants.", true),
			  "deux heures trente|duration|-|-|minute|; quelques heures|duration|-|-|hour|about; "
			  "deux heures|duration|-|-|hour|");
	/* "plusieurs" counts 3 as "quelques"; "cela fait", adverbs and "en l'espace de" before the count */
	CHECK_STR(read_dates("Depuis plusieurs mois, cela fait 40 ans que, ça fait plusieurs semaines, "
						 "en l'espace de deux mois, depuis déjà plus de deux ans, en à peine 16 mois.", true),
			  "plusieurs mois|duration|-|-|month|about; 40 ans|duration|-|-|year|; "
			  "plusieurs semaines|duration|-|-|week|about; deux mois|duration|-|-|month|; "
			  "deux ans|duration|-|-|year|over; 16 mois|duration|-|-|month|");
	CHECK_STR(surfaces("Il fait trois ans de prison, il a fait 40 ans de carrière."), "");
	/* "en 24h", "durant 3h30": hours of a length; "depuis 15h" is a time of day */
	CHECK_STR(read_dates("Il y a eu 234 cas en 24h; il a parlé durant 3h30 en ville; il est là depuis 15h.", true),
			  "24h|duration|-|-|hour|; 3h30|duration|-|-|minute|; "
			  "15h|time|2025-12-10 15:00:00|2025-12-10 16:00:00|hour|from");
	/* an age stays no duration */
	CHECK_STR(surfaces("Un enfant de trois ans et une durée de vie."), "");
	/* "sous 48 heures": a length within which; "sous un jour nouveau" is a light */
	CHECK_STR(read_dates("Une réponse sous 48 heures, un paiement sous quinze jours, vu sous un jour nouveau.", true),
			  "48 heures|duration|-|-|hour|; quinze jours|duration|-|-|day|");
}

/*
 * The two days of a night follow each other: a date on the second fixes
 * the night (it was put in the reference's week: "de vendredi à samedi 27
 * juin"); days that do not follow are no night ("du 29 au 1er mars" in a
 * year without 29 February gave 29 February of a leap year, "du 30 au 2
 * mai" one night); an impossible day gives no row, as "le 31 avril" (it
 * gave a row without value).
 */
UNIT_TEST(night_days_follow)
{
	CHECK_STR(read_dates("La nuit de vendredi à samedi 27 juin.", true),
			  "La nuit de vendredi à samedi 27 juin|datetime|2026-06-26 22:00:00|2026-06-27 06:00:00|hour|");
	CHECK_STR(read_dates("La nuit du vendredi 31 janvier au 1er février.", true),
			  "La nuit du vendredi 31 janvier au 1er février|datetime|2025-01-31 22:00:00|2025-02-01 06:00:00|hour|");
	CHECK_STR(read_dates("La nuit du 28 au 1er mars, la nuit du 31 décembre au 1er janvier.", true),
			  "La nuit du 28 au 1er mars|datetime|2026-02-28 22:00:00|2026-03-01 06:00:00|hour|; "
			  "la nuit du 31 décembre au 1er janvier|datetime|2025-12-31 22:00:00|2026-01-01 06:00:00|hour|");
	CHECK_STR(read_dates("La nuit du 29 au 1er mars.", true),
			  "1er mars|date|2026-03-01 00:00:00|2026-03-02 00:00:00|day|");
	CHECK_STR(read_dates("La nuit du 29 au 1er mars 2024.", true),
			  "La nuit du 29 au 1er mars 2024|datetime|2024-02-29 22:00:00|2024-03-01 06:00:00|hour|");
	CHECK_STR(read_dates("La nuit du 30 au 2 mai.", true),
			  "du 30 au 2 mai|period|2026-04-30 00:00:00|2026-05-03 00:00:00|day|");
	CHECK_STR(read_dates("La nuit de mercredi à vendredi.", true),
			  "de mercredi à vendredi|period|2025-12-10 00:00:00|2025-12-13 00:00:00|day|");
	CHECK_STR(read_dates("La nuit du 31 avril au 1er mai, la nuit du lundi 31 juillet au mardi 1er août.", true), "");
	CHECK_STR(read_dates("La nuit du 31 avril au 1er mai, la nuit du 30 au 2 mai.", false),
			  "du 30 au 2 mai|period|-|-|day|");
	CHECK_STR(surfaces("La nuit du 31 au 1er mars, la nuit de mercredi à vendredi, la nuit du 28 février au 1er mars."),
			  "de mercredi à vendredi; la nuit du 28 février au 1er mars");
}

/* "la nuit du 3 au 4 mars": the first day alone takes the second's month (the one before if greater) */
UNIT_TEST(night_of_bare_day)
{
	CHECK_STR(read_dates("Dans la nuit du 3 au 4 mars, puis la nuit du 31 au 1er janvier 2020.", true),
			  "la nuit du 3 au 4 mars|datetime|2026-03-03 22:00:00|2026-03-04 06:00:00|hour|; "
			  "la nuit du 31 au 1er janvier 2020|datetime|2019-12-31 22:00:00|2020-01-01 06:00:00|hour|");
	CHECK_STR(surfaces("La nuit du 14 au 15, il a plu; la nuit de vendredi à samedi aussi."),
			  "la nuit de vendredi à samedi");
}

/* "en fin de semaine", "début de la semaine prochaine": thirds of the week (Mon-Tue, Wed-Thu, Fri-Sun) */
UNIT_TEST(part_of_week)
{
	CHECK_STR(read_dates("Il partira en fin de semaine, en début de semaine prochaine ou au milieu de la semaine dernière.", true),
			  "fin de semaine|period|2025-12-12 00:00:00|2025-12-15 00:00:00|day|; "
			  "début de semaine prochaine|period|2025-12-15 00:00:00|2025-12-17 00:00:00|day|; "
			  "milieu de la semaine dernière|period|2025-12-03 00:00:00|2025-12-05 00:00:00|day|");
}

/* "il y a deux ans jour pour jour": the day of ref, that many units away */
UNIT_TEST(same_day_units_away)
{
	CHECK_STR(read_dates("Il y a deux ans jour pour jour, il y a un mois, presque jour pour jour, dans trois semaines jour pour jour.", true),
			  "Il y a deux ans jour pour jour|date|2023-12-10 00:00:00|2023-12-11 00:00:00|day|; "
			  "il y a un mois, presque jour pour jour|date|2025-11-10 00:00:00|2025-11-11 00:00:00|day|about; "
			  "dans trois semaines jour pour jour|date|2025-12-31 00:00:00|2026-01-01 00:00:00|day|");
	CHECK_STR(read_dates("Il y a 99999 ans jour pour jour.", true), "");
	/* "quasiment", "pratiquement" hedge as "presque" */
	CHECK_STR(read_dates("Il y a quasiment deux ans, pendant pratiquement un an.", true),
			  "Il y a quasiment deux ans|period|2023-01-01 00:00:00|2024-01-01 00:00:00|year|about; "
			  "un an|duration|-|-|year|about");
}

/* "le premier mardi d'octobre", "la dernière semaine de février": the nth of a month */
UNIT_TEST(nth_of_month)
{
	CHECK_STR(read_dates("Le premier mardi d'octobre 2019 à 20h, le dernier dimanche de mars 2014 et le 1er samedi du mois de juin 2019.", true),
			  "premier mardi d'octobre 2019 à 20h|datetime|2019-10-01 20:00:00|2019-10-01 21:00:00|hour|; "
			  "dernier dimanche de mars 2014|date|2014-03-30 00:00:00|2014-03-31 00:00:00|day|; "
			  "1er samedi du mois de juin 2019|date|2019-06-01 00:00:00|2019-06-02 00:00:00|day|");
	CHECK_STR(read_dates("Le dernier week-end d'août 2019, la dernière semaine de février 2020, la deuxième quinzaine de septembre 2020.", true),
			  "dernier week-end d'août 2019|period|2019-08-31 00:00:00|2019-09-02 00:00:00|day|; "
			  "dernière semaine de février 2020|period|2020-02-23 00:00:00|2020-03-01 00:00:00|day|; "
			  "deuxième quinzaine de septembre 2020|period|2020-09-16 00:00:00|2020-10-01 00:00:00|day|");
	/* the nth of something else is no day near the reference; an ordinal that is a noun or a pronoun is no nth */
	CHECK_STR(surfaces("Le troisième samedi de mobilisation, le deuxième dimanche consécutif, le dernier mardi de l'année."), "");
	CHECK_STR(surfaces("La grande première samedi 8 septembre 2018; le second mercredi matin."),
			  "samedi 8 septembre 2018; mercredi matin");
	/* a rank no month has of a weekday: no day near the reference either */
	CHECK_STR(surfaces("Le 18e samedi de mobilisation, le seizième samedi de manifestations, le 29e samedi consécutif."), "");
	CHECK_STR(read_dates("Le dernier jour de février 2020, le premier jour du mois de mai 2019 à 20h, mais pas le premier jour de grève.", true),
			  "dernier jour de février 2020|date|2020-02-29 00:00:00|2020-03-01 00:00:00|day|; "
			  "premier jour du mois de mai 2019 à 20h|datetime|2019-05-01 20:00:00|2019-05-01 21:00:00|hour|");
}

/* "les 3 et 4 mars": each day listed a date, in the last one's month and year; "entre les 18 et 25 juin" a range */
UNIT_TEST(listed_days)
{
	CHECK_STR(read_dates("Les 3 et 4 mars 2019, des 1er, 2 et 5 juin, entre les 18 et 25 juin 2020.", true),
			  "3|date|2019-03-03 00:00:00|2019-03-04 00:00:00|day|; "
			  "4 mars 2019|date|2019-03-04 00:00:00|2019-03-05 00:00:00|day|; "
			  "1er|date|2026-06-01 00:00:00|2026-06-02 00:00:00|day|; "
			  "2|date|2026-06-02 00:00:00|2026-06-03 00:00:00|day|; "
			  "5 juin|date|2026-06-05 00:00:00|2026-06-06 00:00:00|day|; "
			  "entre les 18 et 25 juin 2020|period|2020-06-18 00:00:00|2020-06-26 00:00:00|day|");
	/* not a list: out of order, an impossible last day, a percentage, no month */
	CHECK_STR(surfaces("Les 4 et 3 mars; les 30 et 31 avril 2021; les 20 et 30 % de hausse; les 3 et 4 ans."), "3 mars");
}

/* "la veille de Noël", "au lendemain du 14 juillet": the day beside the day read; beside anything else, none */
UNIT_TEST(day_before_or_after_a_date)
{
	CHECK_STR(read_dates("La veille du 1er mai 2019, le lendemain de Noël 2018, l'avant-veille du 14 juillet 2019 et au lendemain du 8 mai 2020 à 9h.", true),
			  "La veille du 1er mai 2019|date|2019-04-30 00:00:00|2019-05-01 00:00:00|day|; "
			  "le lendemain de Noël 2018|date|2018-12-26 00:00:00|2018-12-27 00:00:00|day|; "
			  "l'avant-veille du 14 juillet 2019|date|2019-07-12 00:00:00|2019-07-13 00:00:00|day|; "
			  "au lendemain du 8 mai 2020 à 9h|datetime|2020-05-09 09:00:00|2020-05-09 10:00:00|hour|");
	CHECK_STR(read_dates("La veille du 1er janvier 2000 et le lendemain de la Saint-Sylvestre 2019.", true),
			  "La veille du 1er janvier 2000|date|1999-12-31 00:00:00|2000-01-01 00:00:00|day|; "
			  "Saint-Sylvestre 2019|date|2019-12-31 00:00:00|2020-01-01 00:00:00|day|");
	CHECK_STR(surfaces("Il est arrivé la veille de son départ, à la veille d'une grève, au lendemain de la guerre."), "");
	CHECK_STR(surfaces("La veille, il était parti; le lendemain à 8h, il revint."), "La veille; le lendemain à 8h");
}

/* "à la fin du mois", "au début du mois d'août": thirds of this month or of the month said */
UNIT_TEST(parts_of_the_month)
{
	CHECK_STR(read_dates("Il partira à la fin du mois, au début du mois prochain, vers le milieu du mois d'août 2019 et fin du mois de mars 2020.", true),
			  "la fin du mois|period|2025-12-21 00:00:00|2026-01-01 00:00:00|day|; "
			  "début du mois prochain|period|2026-01-01 00:00:00|2026-01-11 00:00:00|day|; "
			  "milieu du mois d'août 2019|period|2019-08-11 00:00:00|2019-08-21 00:00:00|day|about; "
			  "fin du mois de mars 2020|period|2020-03-21 00:00:00|2020-04-01 00:00:00|day|");
	CHECK_STR(surfaces("À la fin du mois sacré, à la fin du mois suivant, en début de mois, la fin du mois de ramadan."), "");
}

/* "mardi en fin de journée", "en début d'année prochaine": thirds of a part of the day, of the year */
UNIT_TEST(thirds_of_day_parts_and_years)
{
	CHECK_STR(read_dates("Il a parlé mardi en fin de journée, jeudi en début d'après-midi, le 3 mars 2020 en milieu de matinée et dimanche en fin de nuit.", true),
			  "mardi en fin de journée|datetime|2025-12-09 16:00:00|2025-12-10 00:00:00|hour|; "
			  "jeudi en début d'après-midi|datetime|2025-12-04 12:00:00|2025-12-04 14:00:00|hour|; "
			  "3 mars 2020 en milieu de matinée|datetime|2020-03-03 08:00:00|2020-03-03 10:00:00|hour|; "
			  "dimanche en fin de nuit|datetime|2025-12-08 03:20:00|2025-12-08 06:00:00|minute|");
	CHECK_STR(read_dates("Il signera en fin d'année, en début d'année prochaine, en fin d'année 2021, mais pas en fin d'année scolaire ni pour les fêtes de fin d'année.", true),
			  "fin d'année|period|2025-09-01 00:00:00|2026-01-01 00:00:00|month|; "
			  "début d'année prochaine|period|2026-01-01 00:00:00|2026-05-01 00:00:00|month|; "
			  "fin d'année 2021|period|2021-09-01 00:00:00|2022-01-01 00:00:00|month|");
}

/* "la semaine du 8 juin": the week that holds the day; a range and an impossible day are not */
UNIT_TEST(week_of_day)
{
	CHECK_STR(read_dates("Dès la semaine du 10 décembre, puis la semaine du 5 au 9 janvier 2026.", true),
			  "la semaine du 10 décembre|period|2025-12-08 00:00:00|2025-12-15 00:00:00|week|from; "
			  "du 5 au 9 janvier 2026|period|2026-01-05 00:00:00|2026-01-10 00:00:00|day|");
	CHECK_STR(surfaces("La semaine du 31 février."), "");
}

/* "lundi matin 11 décembre": one moment; "ce dimanche-là": the story's day */
UNIT_TEST(weekday_part_before_date)
{
	CHECK_STR(read_dates("Le lundi matin 11 décembre 2017 à 8 h, puis jeudi soir 11 décembre.", true),
			  "lundi matin 11 décembre 2017 à 8 h|datetime|2017-12-11 08:00:00|2017-12-11 09:00:00|hour|; "
			  "jeudi soir 11 décembre|datetime|2025-12-11 18:00:00|2025-12-12 00:00:00|hour|");
	CHECK_STR(surfaces("Ce dimanche-là, il pleuvait; ce dimanche, il pleut."), "ce dimanche");
}

/* "19 heures de voyage": a length; "le 20 heures de TF1": a news bulletin */
UNIT_TEST(hours_of_a_length_or_a_bulletin)
{
	CHECK_STR(read_dates("Après 19 heures de voyage et 1h30 d'attente, il part à 14 heures de la gare.", true),
			  "19 heures|duration|-|-|hour|; 1h30|duration|-|-|minute|; "
			  "14 heures|time|2025-12-10 14:00:00|2025-12-10 15:00:00|hour|");
	CHECK_STR(surfaces("Invité du 20 heures de TF1, il a quitté le 13h avant minuit de justesse."), "minuit");
	CHECK_STR(read_dates("L'opération a duré 2h30; en moyenne 1h30 par jour; dès 7 heures; les 12 Heures de Sebring.", true),
			  "2h30|duration|-|-|minute|; 1h30|duration|-|-|minute|; "
			  "7 heures|time|2025-12-10 07:00:00|2025-12-10 08:00:00|hour|from");
	CHECK_STR(read_dates("À une heure de Liverpool, à une heure du matin.", true),
			  "une heure|duration|-|-|hour|; une heure du matin|time|2025-12-10 01:00:00|2025-12-10 02:00:00|hour|");
}

/* the calendar starts at the year 1: years before Christ are no dates */
UNIT_TEST(before_christ)
{
	CHECK_STR(surfaces("Au VIIIe siècle avant J.-C., en 44 avant notre ère, (1301-1236 av. J-C), vers 430 avant JC, "
					   "au 3e siècle avant Jésus-Christ; en 2019 avant Juin."),
			  "2019; Juin");
	/* a day and month before a year the reader leaves (under its first
	 * year): "15 mars" was read in the reference's year */
	CHECK_STR(surfaces("Le 15 mars 44 avant J.-C., César meurt; le 2 septembre 31 av. J.-C., Actium; "
					   "du 3 au 5 mars 490 avant notre ère."),
			  "");
}

/*
 * A length of time must fit an interval's 32-bit months and days: a count
 * past that is no length ("pendant 999999999 ans" gave -884901900 months,
 * a signed overflow in span_of), and a large one that fits is kept.
 */
UNIT_TEST(lengths_past_an_interval)
{
	static const char *const texts[] = {
		"pendant 999999999 ans", "pendant 99999999 siècles", "pendant 999999999 semaines",
		"dans les 999999999 ans", "dans les 999999999 semaines à venir", "les 999999999 dernières années",
		"les 999999999 ans à venir", "tous les 999999999 ans", "pendant 178956971 ans",
		"pendant 999999999 ans et demi"
	};

	for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
	{
		frn_dates	d = {NULL, 0, 0};

		frn_extract_dates(texts[k], strlen(texts[k]), true, ref(), &d);
		for (size_t i = 0; i < d.n; i++)
			CHECK(!d.d[i].has_duration ||
				  (d.d[i].duration.months >= 0 && d.d[i].duration.days >= 0 && d.d[i].duration.seconds >= 0));
		free(d.d);
	}
	{
		frn_dates	d = {NULL, 0, 0};
		const char *s = "pendant 100000 ans, pendant 178956000 ans";

		frn_extract_dates(s, strlen(s), true, ref(), &d);
		CHECK(d.n == 2 && d.d[0].has_duration && d.d[0].duration.months == 1200000 &&
			  d.d[1].has_duration && d.d[1].duration.months == 2147472000);
		free(d.d);
	}
}

/* "au plus tard le 5 mai", "d'ici à 2030", "au plus tôt en 2026": the bound as the qualifier */
UNIT_TEST(bounds_of_a_deadline)
{
	CHECK_STR(read_dates("Au plus tard le 5 mai 2026, d'ici à 2030, au plus tôt en 2027, au plus tard fin 2028, au-delà de 2035.", true),
			  "5 mai 2026|date|2026-05-05 00:00:00|2026-05-06 00:00:00|day|to; "
			  "2030|period|2030-01-01 00:00:00|2031-01-01 00:00:00|year|upto; "
			  "2027|period|2027-01-01 00:00:00|2028-01-01 00:00:00|year|from; "
			  "fin 2028|period|2028-09-01 00:00:00|2029-01-01 00:00:00|month|to; "
			  "2035|period|2035-01-01 00:00:00|2036-01-01 00:00:00|year|over");
}

/* "18ième siècle", "2ième trimestre": the ordinal's mark written "ième" as "e" or "ème" */
UNIT_TEST(ordinal_ieme)
{
	CHECK_STR(read_dates("Construit au 18ième siècle, rénové au 2ième trimestre 2024.", true),
			  "18ième siècle|period|1701-01-01 00:00:00|1801-01-01 00:00:00|century|; "
			  "2ième trimestre 2024|period|2024-04-01 00:00:00|2024-07-01 00:00:00|quarter|");
	CHECK_STR(surfaces("Le 18ième samedi de mobilisation."), "");
}

/* "minuit moins le quart", "midi moins dix", "10h moins le quart"; not "minuit moins quelques minutes" */
UNIT_TEST(noon_and_midnight_less)
{
	CHECK_STR(read_dates("Il est minuit moins le quart; rendez-vous à midi moins dix, puis à 10h moins le quart.", true),
			  "minuit moins le quart|time|2025-12-10 23:45:00|2025-12-10 23:46:00|minute|; "
			  "midi moins dix|time|2025-12-10 11:50:00|2025-12-10 11:51:00|minute|; "
			  "10h moins le quart|time|2025-12-10 09:45:00|2025-12-10 09:46:00|minute|");
	CHECK_STR(surfaces("Il est minuit moins quelques minutes à l'horloge."), "");
}

/* "courant 2024", "courant mars": the year or the month */
UNIT_TEST(in_the_course_of)
{
	CHECK_STR(read_dates("Le chantier sera lancé courant 2024, le vote aura lieu courant mars.", true),
			  "2024|period|2024-01-01 00:00:00|2025-01-01 00:00:00|year|; "
			  "mars|period|2026-03-01 00:00:00|2026-04-01 00:00:00|month|");
}

/* "le Nouvel An", "le nouvel-an", not another calendar's */
UNIT_TEST(new_year)
{
	CHECK_STR(read_dates("Le vote est prévu pour le Nouvel An 2027, la fête du nouvel-an 2026.", true),
			  "Nouvel An 2027|date|2027-01-01 00:00:00|2027-01-02 00:00:00|day|; "
			  "nouvel-an 2026|date|2026-01-01 00:00:00|2026-01-02 00:00:00|day|");
	CHECK_STR(surfaces("Le Nouvel An chinois, le nouvel an juif et le Nouvel An lunaire."), "");
}

/* "l'hiver 2025-2026": one winter, not two years */
UNIT_TEST(winter_of_two_years)
{
	CHECK_STR(read_dates("À l'hiver 2017-2018 et durant l'hiver 2015-16, la grippe.", true),
			  "hiver 2017-2018|period|2017-12-01 00:00:00|2018-03-01 00:00:00|month|; "
			  "hiver 2015-16|period|2015-12-01 00:00:00|2016-03-01 00:00:00|month|");
}

/* "du lundi 3 au vendredi 7 mars", "la nuit du vendredi 15 au samedi 16 mai": weekdays with their days */
UNIT_TEST(weekdays_with_days_in_a_range)
{
	CHECK_STR(read_dates("Du lundi 3 au vendredi 7 mars 2025, entre mercredi 24 et vendredi 26 juin 2020.", true),
			  "Du lundi 3 au vendredi 7 mars 2025|period|2025-03-03 00:00:00|2025-03-08 00:00:00|day|; "
			  "entre mercredi 24 et vendredi 26 juin 2020|period|2020-06-24 00:00:00|2020-06-27 00:00:00|day|");
	CHECK_STR(read_dates("Dans la nuit du vendredi 15 au samedi 16 mai 2020, puis dans la nuit de mardi 13 à mercredi 14 août 2019.", true),
			  "la nuit du vendredi 15 au samedi 16 mai 2020|datetime|2020-05-15 22:00:00|2020-05-16 06:00:00|hour|; "
			  "la nuit de mardi 13 à mercredi 14 août 2019|datetime|2019-08-13 22:00:00|2019-08-14 06:00:00|hour|");
	/* listed: "le lundi 22 et le mardi 23 octobre", the first day in the second's month and year */
	CHECK_STR(read_dates("Le lundi 22 et le mardi 23 octobre 2018, les samedi 21 et dimanche 22 septembre 2019.", true),
			  "lundi 22|date|2018-10-22 00:00:00|2018-10-23 00:00:00|day|; "
			  "mardi 23 octobre 2018|date|2018-10-23 00:00:00|2018-10-24 00:00:00|day|; "
			  "samedi 21|date|2019-09-21 00:00:00|2019-09-22 00:00:00|day|; "
			  "dimanche 22 septembre 2019|date|2019-09-22 00:00:00|2019-09-23 00:00:00|day|");
	/* the second end without its weekday or its day: the ends are read apart, as before */
	CHECK_STR(surfaces("Du lundi 3 au 7 mars 2025; dans la nuit du lundi 18 au mardi 19."), "lundi; 7 mars 2025; lundi; mardi");
}

/* "le 3 mars dernier", "le 1er mai prochain": the day before or after ref, whatever the tense */
UNIT_TEST(day_and_month_with_direction)
{
	CHECK_STR(read_dates("Il partira le 3 mars dernier; la loi entrera en vigueur le 1er décembre prochain à 9h.", true),
			  "3 mars dernier|date|2025-03-03 00:00:00|2025-03-04 00:00:00|day|; "
			  "1er décembre prochain à 9h|datetime|2026-12-01 09:00:00|2026-12-01 10:00:00|hour|");
}

int
main(void)
{
	UNIT_RUN(calendar);
	UNIT_RUN(moments);
	UNIT_RUN(absolute);
	UNIT_RUN(relative);
	UNIT_RUN(not_dates);
	UNIT_RUN(durations_and_sets);
	UNIT_RUN(offsets);
	UNIT_RUN(lexer_blocks);
	UNIT_RUN(second_round);
	UNIT_RUN(first_words);
	UNIT_RUN(same_day_units_away);
	UNIT_RUN(nth_of_month);
	UNIT_RUN(day_before_or_after_a_date);
	UNIT_RUN(listed_days);
	UNIT_RUN(parts_of_the_month);
	UNIT_RUN(thirds_of_day_parts_and_years);
	UNIT_RUN(chunks_forget);
	UNIT_RUN(hard_cuts_keep_context);
	UNIT_RUN(tense_across_a_long_gap);
	UNIT_RUN(day_with_hours);
	UNIT_RUN(range_ends_before_it_starts);
	UNIT_RUN(bare_numbers_before_a_month);
	UNIT_RUN(small_number_word_after_a_date);
	UNIT_RUN(shift_hedges);
	UNIT_RUN(past_with_etre);
	UNIT_RUN(holiday_or_name);
	UNIT_RUN(quantity_not_year);
	UNIT_RUN(hedged_duration_and_weekly_paper);
	UNIT_RUN(deictic_with_la);
	UNIT_RUN(last_n_hours_and_anchored);
	UNIT_RUN(weekday_part_before_date);
	UNIT_RUN(hours_of_a_length_or_a_bulletin);
	UNIT_RUN(before_christ);
	UNIT_RUN(within_and_lasting);
	UNIT_RUN(night_of_bare_day);
	UNIT_RUN(night_days_follow);
	UNIT_RUN(part_of_week);
	UNIT_RUN(week_of_day);
	UNIT_RUN(lengths_past_an_interval);
	UNIT_RUN(bounds_of_a_deadline);
	UNIT_RUN(in_the_course_of);
	UNIT_RUN(new_year);
	UNIT_RUN(winter_of_two_years);
	UNIT_RUN(weekdays_with_days_in_a_range);
	UNIT_RUN(day_and_month_with_direction);
	UNIT_RUN(noon_and_midnight_less);
	UNIT_RUN(ordinal_ieme);
	UNIT_MAIN_END("test_dates");
}
