/*
 * test_edges.c — texts that end where the readable memory ends.
 *
 * The core reads whole words of 8, 16 or 32 bytes where it can (the
 * tokenizer's blocks, the folds' copy, the numbers' scan): never past the
 * end of the text.  Each text here ends right before a page that may not be
 * read (PROT_NONE): a read past its end is a crash.  The same text followed
 * by other bytes must also give the same tokens, folds, names and dates.
 */
#define _DEFAULT_SOURCE			/* MAP_ANONYMOUS */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "unit.h"
#include "frn_dates.h"
#include "frn_entities.h"
#include "frn_normalize.h"
#include "frn_tokenize.h"

/* Texts whose every prefix and suffix is read: capitals for the folds'
 * 16-byte steps, Latin-1 letters, elisions, names, dates, broken UTF-8,
 * names split at a slash. */
static const char *const texts[] = {
	"Le PRÉSIDENT Emmanuel Macron a rencontré Angela Merkel à Berlin les 3 et 4 mars 2020. L'ÉTAT",
	"la veille de Noël, à la fin du mois, la nuit du 3 au 4 mars, un peu plus de deux ans, 12/03/2020",
	"ÀÉÈÊËÎÏÔÙÛÜÇŒÆàéèêëîïôùûüçœæ ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ abcdefghijklmnopqrstuvwxyz 0123456789",
	"qu'il JUSQU'AU lorsqu’elle presqu'île l'État d'Orsay ʼaʼʼb xʼ M. Jean-Pierre Dupont (PS) 1,5 Md€ 12 %",
	"ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ ß İ ﬁ ΣΑΣ \xc3",
	"\xff\xfe\xc3\x28\xe2\x82\x28\xf0\x9f\x98\x80\xed\xa0\x80 \xc2\xa0\xe2\x80\xaf l\xe2\x80\x99\xc3\xa9t\xc3\xa9",
	/* a name of two sides of a slash that ends the text (the numerals' test) */
	"Selon BFMTV/RMC, le pape Pie/XII",
};

/* What the core makes of s[0..len), as one hash (FNV-1a) */
static uint64_t
outputs(const char *s, size_t len)
{
	uint64_t	h = UINT64_C(14695981039346656037);
	frn_tokens	toks;
	frn_buf		fb = {0};
	frn_entities ents;
	frn_dates	d = {NULL, 0, 0};
	uint32_t   *off,
			   *flen;
	size_t	   *ends;

#define MIX(p, n) do { const unsigned char *m_ = (const unsigned char *) (p); \
		for (size_t j_ = 0; j_ < (n); j_++) h = (h ^ m_[j_]) * UINT64_C(1099511628211); } while (0)
#define MIXV(v) do { uint64_t v_ = (uint64_t) (v); MIX(&v_, 8); } while (0)
	frn_tokens_init(&toks);
	frn_tokenize(s, len, &toks);
	for (size_t i = 0; i < toks.n; i++)
	{
		MIXV(toks.tok[i].byte_start);
		MIXV(toks.tok[i].byte_len);
		MIXV(toks.tok[i].kind);
		MIXV(toks.tok[i].flags);
	}
	off = malloc((toks.n + 1) * sizeof(*off));
	flen = malloc((toks.n + 1) * sizeof(*flen));
	ends = malloc((toks.n + 1) * sizeof(*ends));
	frn_fold_tokens_in_copy(s, len, toks.tok, toks.n, &fb, off, flen);
	for (size_t i = 0; i < toks.n; i++)
		MIX(fb.data + off[i], flen[i]);
	fb.len = 0;
	frn_fold_tokens(s, toks.tok, toks.n, &fb, ends);
	frn_normalize(s, len, &fb);
	frn_lower(s, len, &fb);
	MIX(fb.data, fb.len);
	frn_entities_init(&ents);
	frn_entities_find(s, len, NULL, &ents);
	for (size_t i = 0; i < ents.n; i++)
	{
		MIXV(ents.ent[i].byte_start);
		MIXV(ents.ent[i].byte_len);
		MIXV(ents.ent[i].kind);
	}
	frn_extract_dates(s, len, true, INT64_C(1590998400), &d);
	for (size_t i = 0; i < d.n; i++)
		MIX(&d.d[i], offsetof(frn_date, has_duration) + 1);
#undef MIXV
#undef MIX
	free(d.d);
	frn_entities_free(&ents);
	free(off);
	free(flen);
	free(ends);
	frn_buf_free(&fb);
	frn_tokens_free(&toks);
	return h;
}

UNIT_TEST(texts_ending_at_an_unreadable_page)
{
	size_t		pg = (size_t) sysconf(_SC_PAGESIZE);
	char	   *map = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
			   *guard = map + pg,
				padded[512];

	CHECK(map != MAP_FAILED && mprotect(guard, pg, PROT_NONE) == 0);
	if (map == MAP_FAILED)
		return;
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		size_t		tl = strlen(texts[t]);

		for (size_t len = 0; len <= tl; len++)
			for (int suffix = 0; suffix < 2; suffix++)
			{
				const char *src = suffix ? texts[t] + tl - len : texts[t];
				uint64_t	h;

				memcpy(guard - len, src, len);
				h = outputs(guard - len, len);
				/* the same bytes followed by capitals, then by a lead byte */
				memcpy(padded, src, len);
				memset(padded + len, 'A', sizeof(padded) - len);
				CHECK(outputs(padded, len) == h);
				memset(padded + len, 0xC3, sizeof(padded) - len);
				CHECK(outputs(padded, len) == h);
			}
	}
	munmap(map, 2 * pg);
}

int
main(void)
{
	UNIT_RUN(texts_ending_at_an_unreadable_page);
	UNIT_MAIN_END("test_edges");
}
