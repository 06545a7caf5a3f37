/* test_normalize.c — folding, normalisation, lower-casing. */
#include "unit.h"
#include "unit_text.h"

UNIT_TEST(normalize_example)
{
	CHECK_STR(norm_of("L’Élysée  a dit :  60 %"), "l'elysee a dit : 60 %");
	CHECK_STR(norm_of("L’Élysée\u00A0a dit\u202F:\t\n60\u00A0%"), "l'elysee a dit : 60 %");
}

UNIT_TEST(fold_french_letters)
{
	CHECK_STR(fold_of("ÉéÈèÊêËëÀàÂâÎîÏïÔôÙùÛûÜüŸÿ"), "eeeeeeeeaaaaiiiioouuuuuuyy");
	CHECK_STR(fold_of("Œuvre cœur Æsop ça Ç"), "oeuvre coeur aesop ca c");
}

UNIT_TEST(fold_other_latin)
{
	CHECK_STR(fold_of("Erdős"), "erdos");
	CHECK_STR(fold_of("Łódź"), "lodz");
	CHECK_STR(fold_of("Ștefan Țiriac"), "stefan tiriac");
	CHECK_STR(fold_of("Straße STRASSE"), "strasse strasse");
	CHECK_STR(fold_of("Øresund Đorđe Þór ıi"), "oresund dorde thor ii");
	CHECK_STR(fold_of("ﬁnance"), "finance");
}

UNIT_TEST(fold_greek)
{
	CHECK_STR(fold_of("ά"), "α");
	CHECK_STR(fold_of("ΆΘΗΝΑ Αθήνα"), "αθηνα αθηνα");
	CHECK_STR(fold_of("Σ σ ς"), "σ σ σ");
	CHECK_STR(fold_of("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
}

UNIT_TEST(fold_punctuation)
{
	CHECK_STR(fold_of("l’ ʼ ‘ ´ ` ′"), "l' ' ' ' ' '");
	CHECK_STR(fold_of("« » “ ” „ ‟ ″"), "\" \" \" \" \" \" \"");
	CHECK_STR(fold_of("a\u2010b\u2011c"), "a-b-c");
	CHECK_STR(fold_of("a\u00A0b\u202Fc\u2007d\u2009e\u3000f\u200Bg"), "a b c d e f g");
	/* dashes stay distinct from hyphens */
	CHECK_STR(fold_of("a – b — c"), "a – b — c");
	/* soft hyphen and zero-width joiner vanish */
	CHECK_STR(fold_of("inter\u00ADnational"), "international");
}

/* The fold fast paths: 8 bytes at a time, and of token arrays. */
UNIT_TEST(fold_fast_path_edges)
{
	const char *mixed = "AbCdEfGhIjKlMnOpQrStUvWxYz";
	const char *lower = "abcdefghijklmnopqrstuvwxyz";
	char		in[32];

	/* every length from 1 to 26 bytes, so every tail */
	for (size_t n = 1; n <= 26; n++)
	{
		memcpy(in, mixed, n);
		in[n] = '\0';
		CHECK(strncmp(fold_of(in), lower, n) == 0 && strlen(fold_of(in)) == n);
	}
	/* the bytes around A-Z, and the bytes that are not lower-cased */
	CHECK_STR(fold_of("@AZ[`az{"), "@az['az{");
	CHECK_STR(fold_of("ABCDEFG`"), "abcdefg'");
	CHECK_STR(fold_of("ABCDEFGH\tI"), "abcdefgh i");
	CHECK_STR(fold_of("ABCDEFGÉ"), "abcdefge");
	CHECK_STR(fold_of("ABCDEFGHÉTÉ"), "abcdefghete");
	CHECK_STR(fold_of("ŒUVRES"), "oeuvres");
}

/* fold_long's steps: an accented letter or a byte that folds otherwise at every offset of a long token. */
UNIT_TEST(fold_mixed_at_every_offset)
{
	static const struct
	{
		const char *in,
				   *out;
	}			odd[] = {{"É", "e"}, {"ß", "ss"}, {"×", "×"}, {"`", "'"}, {"\t", " "}, {"Œ", "oe"}};
	const char *upper = "ABCDEFGHIJKLMNOPQRSTU";
	const char *lower = "abcdefghijklmnopqrstu";

	for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++)
		for (size_t at = 0; at <= 20; at++)
		{
			char		in[64],
						want[64];

			snprintf(in, sizeof in, "%.*s%s%s", (int) at, upper, odd[k].in, upper + at);
			snprintf(want, sizeof want, "%.*s%s%s", (int) at, lower, odd[k].out, lower + at);
			CHECK_STR(fold_of(in), want);
		}
}

UNIT_TEST(fold_tokens_as_fold)
{
	/* short and long tokens, non-ASCII, and short ones at the very end */
	const char *s = "L’ÉTAT a dit : « Anticonstitutionnellement ! » Œuvre, x` B";
	frn_tokens	t;
	frn_buf		all,
				one;
	size_t		ends[64];

	frn_tokens_init(&t);
	frn_buf_init(&all);
	frn_buf_init(&one);
	frn_tokenize(s, strlen(s), &t);
	CHECK(t.n <= 64);
	frn_fold_tokens(s, t.tok, t.n, &all, ends);
	for (size_t i = 0; i < t.n && i < 64; i++)
	{
		size_t		from = i > 0 ? ends[i - 1] : 0;

		frn_buf_reset(&one);
		frn_fold(s + t.tok[i].byte_start, t.tok[i].byte_len, &one);
		CHECK_INT(ends[i] - from, one.len);
		CHECK(memcmp(all.data + from, one.data, one.len) == 0);
	}
	CHECK_INT(all.data[all.len], '\0');
	frn_tokens_free(&t);
	frn_buf_free(&all);
	frn_buf_free(&one);
}

UNIT_TEST(fold_tokens_in_copy_as_fold_tokens)
{
	/* ASCII tokens read in place, the others appended: the same folds (@ [ next to A Z) */
	const char *s = "[ZA]@Z L’ÉTAT a dit : « Anticonstitutionnellement ! » Œuvre, x` B\t"
		"HTTPS://Example.COM/A mail: Jean.Dupont@Example.FR 1\u00a0234,5 STRASSE straße "
		"\xff\xfe" "abc ﬁn ÉTÉ été BNP-Paribas 3e";
	frn_tokens	t;
	frn_buf		all,
				copy;
	size_t		ends[64];
	uint32_t	off[64],
				flen[64];

	frn_tokens_init(&t);
	frn_buf_init(&all);
	frn_buf_init(&copy);
	frn_buf_append(&copy, "x", 1);	/* appended after what out holds */
	frn_tokenize(s, strlen(s), &t);
	CHECK(t.n <= 64);
	frn_fold_tokens(s, t.tok, t.n, &all, ends);
	frn_fold_tokens_in_copy(s, strlen(s), t.tok, t.n, &copy, off, flen);
	for (size_t i = 0; i < t.n && i < 64; i++)
	{
		size_t		from = i > 0 ? ends[i - 1] : 0;

		CHECK_INT(flen[i], ends[i] - from);
		CHECK(memcmp(copy.data + off[i], all.data + from, flen[i]) == 0);
		if (t.tok[i].flags & FRN_TF_ASCII && t.tok[i].kind == FRN_TOK_WORD)
			CHECK_INT(off[i], 1 + t.tok[i].byte_start);
	}
	CHECK_INT(copy.data[copy.len], '\0');
	frn_tokens_free(&t);
	frn_buf_free(&all);
	frn_buf_free(&copy);
}

UNIT_TEST(fold_tokens_in_copy_past_4_gib)
{
	/*
	 * Folds whose 32-bit offsets would wrap are refused, never read at the
	 * wrapped offset.  out is made to hold 4 GiB less 2 bytes already: the
	 * pages of the allocation are reserved, and only those written touched.
	 */
	const char *s = "Été";
	frn_allocator a = {.fail = unit_fail_hook};
	frn_tokens	t;
	frn_buf		out;
	uint32_t	off[1],
				flen[1];

	out.cap = (size_t) UINT32_MAX + 4096;
	out.len = (size_t) UINT32_MAX - 2;
	if ((out.data = malloc(out.cap)) == NULL)
	{
		printf("  (skipped: no 4 GiB of address space)\n");
		return;
	}
	frn_tokens_init(&t);
	frn_tokenize(s, strlen(s), &t);
	CHECK_INT(t.n, 1);
	frn_set_allocator(&a);
	if (setjmp(unit_fail_jump) == 0)
	{
		frn_fold_tokens_in_copy(s, strlen(s), t.tok, t.n, &out, off, flen);
		CHECK_INT(flen[0], 3);
		CHECK(memcmp(out.data + off[0], "ete", 3) == 0);
		CHECK(!"frn_fold_tokens_in_copy returned offsets past 4 GiB");
	}
	else
		CHECK_INT(unit_fail_why, FRN_FAIL_TOO_LONG);
	frn_set_allocator(NULL);
	free(out.data);
	frn_tokens_free(&t);
}

UNIT_TEST(fold_decomposed_input)
{
	CHECK_STR(fold_of("E\u0301le\u0300ve"), "eleve");
	CHECK_STR(fold_of("\u0301"), "");	/* a lone combining mark */
	CHECK_STR(norm_of("a \u0301 b"), "a b");
	CHECK_STR(norm_of("\u0301\u0301"), "");
}

UNIT_TEST(normalize_spaces_and_trim)
{
	CHECK_STR(norm_of(""), "");
	CHECK_STR(norm_of("   \t\n "), "");
	CHECK_STR(norm_of("  a  "), "a");
	CHECK_STR(norm_of("a\u00A0\u00A0\u202F b"), "a b");
	CHECK_STR(norm_of("...!!"), "...!!");
}

UNIT_TEST(normalize_idempotent)
{
	const char *samples[] = {
		"L’Élysée  a dit :  60 %", "Straße ﬁ ŉ ᾳ ǅ", "\u0301x\u0345", "Ⅻ ½ ² ℃ Ω Å",
		"a\xFF\xC3 b", "İstanbul", "ΐ ΰ", "ﬀ", "ß\u00AD\u200Dß"
	};

	for (size_t k = 0; k < sizeof samples / sizeof *samples; k++)
	{
		char	   *once = strdup(norm_of(samples[k]));

		CHECK_STR(norm_of(once), once);
		CHECK_STR(fold_of(once), once);
		free(once);
	}
}

UNIT_TEST(invalid_utf8_and_unassigned)
{
	CHECK_STR(norm_of("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
	CHECK_STR(fold_of("\xC3"), "\xEF\xBF\xBD");
	CHECK_STR(lower_of("A\x80"), "a\xEF\xBF\xBD");
	/* unassigned and private-use code points pass through */
	CHECK_STR(fold_of("\u0378\U00050000\U0010FFFD"), "\u0378\U00050000\U0010FFFD");
	/* default-ignorable tag characters vanish like other format characters */
	CHECK_STR(fold_of("a\U000E0041b"), "ab");
}

UNIT_TEST(lower_keeps_accents)
{
	CHECK_STR(lower_of("ÉCONOMIQUES Œuvre ÇA"), "économiques œuvre ça");
	CHECK_STR(lower_of("L’État"), "l’état");
	/* decomposed input is composed (NFC) so the stemmer sees é */
	CHECK_STR(lower_of("E\u0301conomie"), "économie");
	CHECK_STR(lower_of("e\u0301"), "é");
	CHECK_STR(lower_of("\u0301"), "\u0301");
	CHECK_STR(lower_of("Å"), "å");	/* U+212B ANGSTROM SIGN → NFC Å → å */
	CHECK_STR(lower_of(""), "");
	/*
	 * NFC that lengthens the text (U+0344 → U+0308 U+0301) after a composing
	 * mark; each U+0344 counts as two non-starters of the stream-safe limit,
	 * so a CGJ comes before the 15th one (1 + 14 × 2 = 29 in a row) and then
	 * before every 15th.
	 */
	{
		frn_buf		in,
					want;

		frn_buf_init(&in);
		frn_buf_init(&want);
		frn_buf_append(&in, "e\u0301", 3);
		frn_buf_append(&want, "é", 2);
		for (int k = 0; k < 100; k++)
		{
			frn_buf_append(&in, "\u0344", 2);
			if (k >= 14 && (k - 14) % 15 == 0)
				frn_buf_append(&want, "\u034F", 2);
			frn_buf_append(&want, "\u0308\u0301", 4);
		}
		CHECK_STR(lower_of(in.data), want.data);
		frn_buf_free(&in);
		frn_buf_free(&want);
	}
}

/* "e" then n times the marks m, as a frn_buf */
static void
marks_after_e(frn_buf *b, const char *m, int n)
{
	frn_buf_init(b);
	frn_buf_append(b, "e", 1);
	for (int k = 0; k < n; k++)
		frn_buf_append(b, m, strlen(m));
}

/* The longest run of combining marks U+0300..U+036F in UTF-8 s, and the CGJs. */
static size_t
longest_mark_run(const char *s, size_t *cgj)
{
	size_t		run = 0,
				longest = 0;

	*cgj = 0;
	for (const unsigned char *p = (const unsigned char *) s; *p; p++)
	{
		if ((p[0] == 0xCC && p[1] >= 0x80) || (p[0] == 0xCD && p[1] < 0xB0 && p[1] != 0x8F))
			run++, p++;
		else
		{
			if (p[0] == 0xCD && p[1] == 0x8F)
				(*cgj)++;
			run = 0;
		}
		longest = run > longest ? run : longest;
	}
	return longest;
}

/*
 * Lower-casing goes through ICU's NFC in Stream-Safe Text Format (UAX #15):
 * a CGJ before the 31st non-starter in a row, so that ICU's reordering stays
 * linear on any run of marks.
 */
UNIT_TEST(lower_stream_safe)
{
	frn_buf		in,
				want;
	size_t		cgj;
	int			n = 120000;

	/* 30 marks in a row stay together; a CGJ comes before the 31st */
	marks_after_e(&in, "\u0301", 30);
	frn_buf_init(&want);
	frn_buf_append(&want, "é", 2);
	for (int k = 1; k < 30; k++)
		frn_buf_append(&want, "\u0301", 2);
	CHECK_STR(lower_of(in.data), want.data);
	frn_buf_append(&in, "\u0301", 2);
	frn_buf_append(&want, "\u034F\u0301", 4);
	CHECK_STR(lower_of(in.data), want.data);
	frn_buf_free(&in);
	frn_buf_free(&want);

	/*
	 * Marks out of canonical order (classes 230, 220, 202): NFC sorts each
	 * run of 30 (then e + U+0327 composes to U+0229), not across the CGJ.
	 */
	marks_after_e(&in, "\u0301\u0316\u0327", 11);
	frn_buf_init(&want);
	frn_buf_append(&want, "\u0229", 2);
	for (int k = 0; k < 9; k++)
		frn_buf_append(&want, "\u0327", 2);
	for (int k = 0; k < 10; k++)
		frn_buf_append(&want, "\u0316", 2);
	for (int k = 0; k < 10; k++)
		frn_buf_append(&want, "\u0301", 2);
	frn_buf_append(&want, "\u034F\u0327\u0316\u0301", 8);
	CHECK_STR(lower_of(in.data), want.data);
	frn_buf_free(&in);
	frn_buf_free(&want);

	/* a long run (quadratic in ICU without the limit): a CGJ every 30 marks */
	marks_after_e(&in, "\u0301\u0316\u0327", n);
	CHECK(longest_mark_run(lower_of(in.data), &cgj) == 30);
	CHECK_INT(cgj, (3 * n - 1) / 30);
	frn_buf_free(&in);
}

static int
latin1_only(int32_t cp)
{
	return cp < 0x100;
}

static int
ascii_and_yi(int32_t cp)
{
	return cp < 0x80 || cp == 0x0407 || cp == 0x0457;
}

/*
 * In a restricted repertoire (a single-byte database), folds and lower
 * cases stay in it: the fold, else the lower case, else the character.
 */
UNIT_TEST(fold_within_repertoire)
{
	CHECK_STR(norm_of("5 µg"), "5 μg");
	frn_set_repertoire(latin1_only);
	CHECK_STR(norm_of("5 µg Été"), "5 µg ete");
	CHECK_STR(fold_of("µ"), "µ");
	CHECK_STR(lower_of("µ É"), "µ é");
	/* no NFC: composition could leave the repertoire */
	CHECK_STR(lower_of("E\u0301"), "e\u0301");
	frn_set_repertoire(ascii_and_yi);
	CHECK_STR(norm_of("\u0407 \u0457"), "\u0457 \u0457");	/* Ї ї, not і */
	frn_set_repertoire(NULL);
	CHECK_STR(norm_of("\u0407"), "\u0456");
	CHECK_STR(lower_of("E\u0301"), "é");
}

UNIT_TEST(versions)
{
	CHECK(strlen(frn_unicode_version()) >= 3);
	CHECK(strlen(frn_icu_version()) >= 2);
	CHECK(strchr(frn_unicode_version(), '.') != NULL);
}

UNIT_TEST(long_input)
{
	size_t		n = 3 * 1000 * 1000;
	char	   *s = malloc(n + 1);
	frn_buf		b;

	for (size_t i = 0; i < n; i += 3)
		memcpy(s + i, (i / 3) % 5 == 4 ? "   " : "É\x41", 3);
	s[n] = '\0';
	frn_buf_init(&b);
	frn_normalize(s, n, &b);
	CHECK(b.len > 0 && b.data[0] == 'e' && b.data[1] == 'a');
	CHECK(strstr(b.data, "  ") == NULL);
	frn_buf_free(&b);
	free(s);
}

int
main(void)
{
	UNIT_RUN(normalize_example);
	UNIT_RUN(fold_french_letters);
	UNIT_RUN(fold_other_latin);
	UNIT_RUN(fold_greek);
	UNIT_RUN(fold_punctuation);
	UNIT_RUN(fold_fast_path_edges);
	UNIT_RUN(fold_mixed_at_every_offset);
	UNIT_RUN(fold_tokens_as_fold);
	UNIT_RUN(fold_tokens_in_copy_as_fold_tokens);
	UNIT_RUN(fold_tokens_in_copy_past_4_gib);
	UNIT_RUN(fold_decomposed_input);
	UNIT_RUN(normalize_spaces_and_trim);
	UNIT_RUN(normalize_idempotent);
	UNIT_RUN(invalid_utf8_and_unassigned);
	UNIT_RUN(lower_keeps_accents);
	UNIT_RUN(lower_stream_safe);
	UNIT_RUN(fold_within_repertoire);
	UNIT_RUN(versions);
	UNIT_RUN(long_input);
	UNIT_MAIN_END("test_normalize");
}
