/*
 * gen_fold_table.c — build-time generator of the core's Unicode tables.
 *
 * Writes C source (build/gen/frn_fold_table.inc, compiled into
 * src/core/frn_unidata.c) with three two-stage tables covering every code
 * point U+0000..U+10FFFF, all derived from the ICU linked at build time:
 *
 *   class  character class bits (letter, upper, lower, digit, space, punct,
 *          ignorable) for the tokenizer;
 *   fold   the search-key folding of one code point:
 *            NFC → full case folding → NFD → drop nonspacing marks (Mn)
 *            → remaining non-ASCII letters that ICU's "Latin-ASCII"
 *              transliterator turns into ASCII letters are replaced by
 *              that (ł→l, ø→o, đ→d, œ→oe, æ→ae, þ→th, ı→i)
 *          plus the typographic unifications: apostrophes → ', double
 *          quotes and guillemets → ", every space → ' ', U+2010/U+2011/U+2212
 *          → '-', default-ignorable characters (soft hyphen, ZWJ, bidi
 *          marks) → nothing.  The mapping is closed: folding a folded
 *          character changes nothing, so normalisation is idempotent;
 *   lower  NFC then simple lower case, accents kept (stemmer input);
 *          combining characters that may compose with a preceding
 *          character are marked so that the run-time falls back to ICU's
 *          NFC for that (rare) input.
 *
 * The Unicode and ICU versions are emitted too (fr_version()).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

#include "../core/frn_unidata.h"

#define NCP 0x110000
#define MAXU 64					/* UTF-16 units of one mapping, ample */

static const UNormalizer2 *nfc;
static const UNormalizer2 *nfd;
static UTransliterator *latin_ascii;

static void
die(const char *what, UErrorCode err)
{
	fprintf(stderr, "gen_fold_table: %s: %s\n", what, u_errorName(err));
	exit(1);
}

/* ---- code point lists ---------------------------------------------------- */

typedef struct
{
	UChar32		cp[MAXU];
	int			n;
} cplist;

static void
push(cplist *l, UChar32 c)
{
	if (l->n >= MAXU)
	{
		fprintf(stderr, "gen_fold_table: mapping too long\n");
		exit(1);
	}
	l->cp[l->n++] = c;
}

static int
to_utf16(const cplist *l, UChar *u)
{
	int			n = 0;

	for (int i = 0; i < l->n; i++)
		U16_APPEND_UNSAFE(u, n, l->cp[i]);
	return n;
}

static void
from_utf16(const UChar *u, int n, cplist *l)
{
	l->n = 0;
	for (int i = 0; i < n;)
	{
		UChar32		c;

		U16_NEXT(u, i, n, c);
		push(l, c);
	}
}

static void
normalize(const UNormalizer2 *norm, cplist *l)
{
	UChar		src[MAXU * 2], dst[MAXU * 2];
	UErrorCode	err = U_ZERO_ERROR;
	int			n = to_utf16(l, src);
	int			m = unorm2_normalize(norm, src, n, dst, MAXU * 2, &err);

	if (U_FAILURE(err))
		die("unorm2_normalize", err);
	from_utf16(dst, m, l);
}

static void
casefold(cplist *l)
{
	UChar		src[MAXU * 2], dst[MAXU * 2];
	UErrorCode	err = U_ZERO_ERROR;
	int			n = to_utf16(l, src);
	int			m = u_strFoldCase(dst, MAXU * 2, src, n, U_FOLD_CASE_DEFAULT, &err);

	if (U_FAILURE(err))
		die("u_strFoldCase", err);
	from_utf16(dst, m, l);
}

/* ---- classes ------------------------------------------------------------- */

/* Apostrophes as used in French text (and their look-alikes). */
static int
is_apostrophe_like(UChar32 c)
{
	return c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x00B4 ||
		c == 0x0060 || c == 0x2032 || c == 0x201B || c == 0xFF07;
}

/* Double quotes and guillemets (single guillemets too). */
static int
is_quote_like(UChar32 c)
{
	return c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
		c == 0x201E || c == 0x201F || c == 0x2033 || c == 0x2039 ||
		c == 0x203A || c == 0xFF02;
}

/*
 * Spaces: White_Space (includes U+00A0, U+202F, U+2007, U+2009, line and
 * paragraph separators) plus U+200B ZERO WIDTH SPACE, which marks a word
 * break, and U+FEFF, a byte-order mark or an old zero-width no-break space.
 */
static int
is_space(UChar32 c)
{
	return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF;
}

static int
is_ignorable(UChar32 c)
{
	return !is_space(c) && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

static uint32_t
char_class(UChar32 c)
{
	uint32_t	m = U_MASK(u_charType(c));
	uint32_t	k = 0;

	if (m & (U_GC_L_MASK | U_GC_M_MASK))
		k |= FRN_C_LETTER;
	if (m & (U_GC_LU_MASK | U_GC_LT_MASK))
		k |= FRN_C_UPPER;
	if (m & U_GC_LL_MASK)
		k |= FRN_C_LOWER;
	if (m & U_GC_ND_MASK)
		k |= FRN_C_DIGIT;
	if (is_space(c))
		k |= FRN_C_SPACE;
	if (m & U_GC_P_MASK)
		k |= FRN_C_PUNCT;
	if (is_ignorable(c))
		k |= FRN_C_IGNORABLE;
	return k;
}

/* ---- folding ------------------------------------------------------------- */

/* The Latin-ASCII transliteration of letter c, if it is ASCII letters/digits. */
static int
latin_ascii_letter(UChar32 c, cplist *out)
{
	UChar		buf[MAXU];
	int32_t		len = 0,
				limit;
	UErrorCode	err = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(buf, len, c);
	limit = len;
	utrans_transUChars(latin_ascii, buf, &len, MAXU, 0, &limit, &err);
	if (U_FAILURE(err))
		die("utrans_transUChars", err);
	if (len == 0)
		return 0;
	for (int i = 0; i < len; i++)
		if (buf[i] > 0x7F || !((buf[i] >= 'a' && buf[i] <= 'z') ||
							   (buf[i] >= 'A' && buf[i] <= 'Z') ||
							   (buf[i] >= '0' && buf[i] <= '9')))
			return 0;
	out->n = 0;
	for (int i = 0; i < len; i++)
		push(out, buf[i] >= 'A' && buf[i] <= 'Z' ? buf[i] + 32 : buf[i]);
	return 1;
}

/* One application of the folding to code point c. */
static void
fold_once(UChar32 c, cplist *out)
{
	cplist		l = {.n = 0};

	out->n = 0;
	if (is_space(c))
	{
		push(out, ' ');
		return;
	}
	if (is_apostrophe_like(c))
	{
		push(out, '\'');
		return;
	}
	if (is_quote_like(c))
	{
		push(out, '"');
		return;
	}
	if (c == 0x2010 || c == 0x2011 || c == 0x2212)
	{
		push(out, '-');
		return;
	}
	if (is_ignorable(c))
		return;
	if (U_IS_SURROGATE(c))
	{
		push(out, c);
		return;
	}

	push(&l, c);
	normalize(nfc, &l);
	casefold(&l);
	normalize(nfd, &l);
	for (int i = 0; i < l.n; i++)
	{
		UChar32		d = l.cp[i];
		cplist		t;

		if (u_charType(d) == U_NON_SPACING_MARK)
			continue;
		if (d > 0x7F && (U_MASK(u_charType(d)) & U_GC_L_MASK) && latin_ascii_letter(d, &t))
		{
			for (int j = 0; j < t.n; j++)
				push(out, t.cp[j]);
			continue;
		}
		push(out, d);
	}
}

/* Fold c to a fixed point: folding any code point of the result is identity. */
static void
fold_full(UChar32 c, cplist *out)
{
	fold_once(c, out);
	for (int round = 0; round < 8; round++)
	{
		cplist		next = {.n = 0};
		int			changed = 0;

		for (int i = 0; i < out->n; i++)
		{
			cplist		f;

			fold_once(out->cp[i], &f);
			if (f.n != 1 || f.cp[0] != out->cp[i])
				changed = 1;
			for (int j = 0; j < f.n; j++)
				push(&next, f.cp[j]);
		}
		if (!changed)
			return;
		*out = next;
	}
	fprintf(stderr, "gen_fold_table: folding of U+%04X does not converge\n", (unsigned) c);
	exit(1);
}

static int
is_composing(UChar32 c)
{
	int			qc = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK);

	return qc == UNORM_MAYBE || (qc == UNORM_NO && u_getCombiningClass(c) != 0);
}

static void
lower_full(UChar32 c, cplist *out)
{
	out->n = 0;
	push(out, c);
	if (U_IS_SURROGATE(c))
		return;
	normalize(nfc, out);
	for (int i = 0; i < out->n; i++)
		out->cp[i] = u_tolower(out->cp[i]);
}

/* ---- output -------------------------------------------------------------- */

static char *pool;
static size_t pool_len, pool_cap;

/* Append the UTF-8 of l to the pool; return the table value. */
static uint32_t
pool_add(const cplist *l)
{
	char		u8[MAXU * 4];
	size_t		n = 0;

	for (int i = 0; i < l->n; i++)
	{
		UChar32		c = l->cp[i];

		if (c < 0x80)
			u8[n++] = (char) c;
		else if (c < 0x800)
		{
			u8[n++] = (char) (0xC0 | (c >> 6));
			u8[n++] = (char) (0x80 | (c & 0x3F));
		}
		else if (c < 0x10000)
		{
			u8[n++] = (char) (0xE0 | (c >> 12));
			u8[n++] = (char) (0x80 | ((c >> 6) & 0x3F));
			u8[n++] = (char) (0x80 | (c & 0x3F));
		}
		else
		{
			u8[n++] = (char) (0xF0 | (c >> 18));
			u8[n++] = (char) (0x80 | ((c >> 12) & 0x3F));
			u8[n++] = (char) (0x80 | ((c >> 6) & 0x3F));
			u8[n++] = (char) (0x80 | (c & 0x3F));
		}
	}
	if (n > 63)
	{
		fprintf(stderr, "gen_fold_table: mapping of %d code points exceeds 63 bytes\n", l->n);
		exit(1);
	}
	/* share identical strings already in the pool (short ones are common) */
	for (size_t off = 0; n > 0 && off + n <= pool_len && n <= 4; off++)
		if (memcmp(pool + off, u8, n) == 0)
			return (uint32_t) (((off + 1) << 6) | n);
	if (pool_len + n > pool_cap)
	{
		pool_cap = (pool_cap + n) * 2;
		pool = realloc(pool, pool_cap);
		if (!pool)
			exit(1);
	}
	memcpy(pool + pool_len, u8, n);
	pool_len += n;
	return (uint32_t) (((pool_len - n + 1) << 6) | n);
}

static void
emit_two_stage(const char *name, const char *type, const uint32_t *v)
{
	static uint16_t stage1[FRN_UNI_BLOCKS];
	uint32_t   *blocks = malloc(sizeof(uint32_t) * NCP);
	int			nblocks = 0;
	const int	bs = 1 << FRN_UNI_SHIFT;

	for (int b = 0; b < FRN_UNI_BLOCKS; b++)
	{
		const uint32_t *blk = v + (size_t) b * bs;
		int			found = -1;

		for (int k = 0; k < nblocks && found < 0; k++)
			if (memcmp(blocks + (size_t) k * bs, blk, sizeof(uint32_t) * bs) == 0)
				found = k;
		if (found < 0)
		{
			memcpy(blocks + (size_t) nblocks * bs, blk, sizeof(uint32_t) * bs);
			found = nblocks++;
		}
		stage1[b] = (uint16_t) found;
	}
	printf("const uint16_t frn_%s_stage1[FRN_UNI_BLOCKS] = {", name);
	for (int b = 0; b < FRN_UNI_BLOCKS; b++)
		printf("%s%u,", b % 16 ? "" : "\n", stage1[b]);
	printf("\n};\n\n/* %d blocks */\nconst %s frn_%s_stage2[] = {", nblocks, type, name);
	for (int i = 0; i < nblocks * bs; i++)
		printf("%s%u,", i % 16 ? "" : "\n", blocks[i]);
	printf("\n};\n\n");
	free(blocks);
}

static void
emit_pool(void)
{
	printf("const char frn_map_pool[] =");
	for (size_t i = 0; i < pool_len; i++)
	{
		unsigned char ch = (unsigned char) pool[i];

		if (i % 64 == 0)
			printf("\n\"");
		if (ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' && ch != '?')
			putchar(ch);
		else
			printf("\\%03o", ch);
		if (i % 64 == 63 || i + 1 == pool_len)
			putchar('"');
	}
	if (pool_len == 0)
		printf(" \"\"");
	printf(";\n");
}

int
main(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	static const UChar latin_ascii_id[] = {'L', 'a', 't', 'i', 'n', '-', 'A', 'S', 'C', 'I', 'I', 0};
	uint32_t   *cls = calloc(NCP, sizeof(uint32_t));
	uint32_t   *fold = calloc(NCP, sizeof(uint32_t));
	uint32_t   *lower = calloc(NCP, sizeof(uint32_t));
	UVersionInfo uv;
	char		vs[U_MAX_VERSION_STRING_LENGTH];

	nfc = unorm2_getNFCInstance(&err);
	nfd = unorm2_getNFDInstance(&err);
	if (U_FAILURE(err))
		die("unorm2_get*Instance", err);
	latin_ascii = utrans_openU(latin_ascii_id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
	if (U_FAILURE(err))
		die("utrans_openU(Latin-ASCII)", err);

	for (UChar32 c = 0; c < NCP; c++)
	{
		cplist		m;

		cls[c] = char_class(c);

		fold_full(c, &m);
		if (!(m.n == 1 && m.cp[0] == c))
			fold[c] = pool_add(&m);

		if (is_composing(c))
			lower[c] = FRN_MAP_COMPOSE;
		else
		{
			lower_full(c, &m);
			if (!(m.n == 1 && m.cp[0] == c))
				lower[c] = pool_add(&m);
		}
	}

	printf("/* Generated by src/gen/gen_fold_table.c from ICU %s — do not edit. */\n\n", U_ICU_VERSION);
	u_getUnicodeVersion(uv);
	u_versionToString(uv, vs);
	printf("const char frn_unidata_unicode_version[] = \"%s\";\n", vs);
	u_getVersion(uv);
	u_versionToString(uv, vs);
	printf("const char frn_unidata_icu_version[] = \"%s\";\n\n", vs);
	/* ASCII folds to single ASCII bytes: a flat table for the fast path */
	printf("const char frn_fold_ascii[128] = {");
	for (int c = 0; c < 128; c++)
	{
		cplist		m;

		fold_full(c, &m);
		if (m.n != 1 || m.cp[0] > 0x7F)
		{
			fprintf(stderr, "gen_fold_table: ASCII %d does not fold to one ASCII byte\n", c);
			return 1;
		}
		printf("%s%d,", c % 16 ? "" : "\n", (int) m.cp[0]);
	}
	printf("\n};\n\n");
	/* U+00C0..U+00FF (C3 80..C3 BF): their folds of two bytes at most, flat */
	printf("const uint32_t frn_fold_latin1[64] = {");
	for (int c = 0; c < 64; c++)
	{
		uint32_t	v = fold[0xC0 + c],
					len = v ? FRN_MAP_LEN(v) : 2;
		const unsigned char *f = v ? (const unsigned char *) pool + FRN_MAP_OFF(v) : NULL;
		uint32_t	packed = len > 2 ? FRN_FOLD_LATIN1_LONG :
			!v ? 2 | 0xC3u << 8 | (0x80u | c) << 16 :
			len | (len > 0 ? (uint32_t) f[0] << 8 : 0) | (len > 1 ? (uint32_t) f[1] << 16 : 0);

		printf("%s%uu,", c % 8 ? "" : "\n", packed);
	}
	printf("\n};\n\n");
	printf("const uint8_t frn_class_latin1[256] = {");
	for (int c = 0; c < 256; c++)
		printf("%s%u,", c % 16 ? "" : "\n", cls[c]);
	printf("\n};\n\n");
	emit_two_stage("class", "uint8_t", cls);
	emit_two_stage("fold", "uint32_t", fold);
	emit_two_stage("lower", "uint32_t", lower);
	emit_pool();

	utrans_close(latin_ascii);
	free(cls);
	free(fold);
	free(lower);
	free(pool);
	return 0;
}
