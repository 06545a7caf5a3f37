/*
 * frn_text.c — SQL functions over the text core: fr_tokens, fr_sentences,
 * fr_normalize, fr_stem, fr_version.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"
#include "frn_version.h"
#include "frn_encoding.h"
#include "frn_srf.h"

PG_FUNCTION_INFO_V1(fr_tokens);
PG_FUNCTION_INFO_V1(fr_sentences);
PG_FUNCTION_INFO_V1(fr_normalize);
PG_FUNCTION_INFO_V1(fr_stem);
PG_FUNCTION_INFO_V1(fr_version);

/* A text datum from a byte range of the UTF-8 working copy. */
static Datum
utf8_slice_datum(const char *s, size_t len)
{
	return PointerGetDatum(frn_utf8_to_text(s, len));
}

/* Item k of a batch result (frn_fold_tokens, frn_stem_tokens) as text. */
static Datum
batch_item_datum(const frn_buf *b, const size_t *ends, size_t k)
{
	size_t		from = k > 0 ? ends[k - 1] : 0;

	return utf8_slice_datum(b->data ? b->data + from : "", ends[k] - from);
}

/* Tokens folded and stemmed per batch call: bounds that memory on long texts. */
#define TOKEN_WINDOW 65536

Datum
fr_tokens(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		len;
	char	   *doc;
	frn_tokens	toks;
	frn_buf		folds,
				stems;
	size_t	   *fold_ends,
			   *stem_ends;
	MemoryContext rowcxt,
				oldcxt;

	frn_srf_materialize(fcinfo);
	doc = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);

	frn_tokens_init(&toks);
	frn_tokenize(doc, len, &toks);
	frn_buf_init(&folds);
	frn_buf_init(&stems);
	fold_ends = frn_malloc(sizeof(size_t) * TOKEN_WINDOW);
	stem_ends = frn_malloc(sizeof(size_t) * TOKEN_WINDOW);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "fr_tokens row",
								   ALLOCSET_SMALL_SIZES);
	for (size_t w = 0; w < toks.n; w += TOKEN_WINDOW)
	{
		size_t		m = Min(TOKEN_WINDOW, toks.n - w);

		/* the window's folds and stems first: the batch overlaps the cache lookups */
		frn_buf_reset(&folds);
		frn_fold_tokens(doc, toks.tok + w, m, &folds, fold_ends);
		frn_buf_reset(&stems);
		frn_stem_tokens(doc, toks.tok + w, m, &stems, stem_ends);
		for (size_t k = 0; k < m; k++)
		{
			const frn_token *t = &toks.tok[w + k];
			const char *surface = doc + t->byte_start;
			Datum		values[7];
			bool		nulls[7] = {false};

			CHECK_FOR_INTERRUPTS();
			oldcxt = MemoryContextSwitchTo(rowcxt);

			values[0] = Int32GetDatum((int32) (w + k + 1));
			values[1] = Int32GetDatum((int32) t->char_start + 1);
			values[2] = Int32GetDatum((int32) t->char_len);
			values[3] = CStringGetTextDatum(frn_token_kind_name(t->kind));
			values[4] = utf8_slice_datum(surface, t->byte_len);

			values[5] = batch_item_datum(&folds, fold_ends, k);
			if (t->kind == FRN_TOK_WORD)
				values[6] = batch_item_datum(&stems, stem_ends, k);
			else
				nulls[6] = true;

			MemoryContextSwitchTo(oldcxt);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			MemoryContextReset(rowcxt);
		}
	}
	MemoryContextDelete(rowcxt);
	frn_tokens_free(&toks);
	frn_buf_free(&folds);
	frn_buf_free(&stems);
	frn_free(fold_ends);
	frn_free(stem_ends);
	return (Datum) 0;
}

Datum
fr_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		len;
	char	   *doc;
	frn_tokens	toks;
	frn_spans	sents;

	frn_srf_materialize(fcinfo);
	doc = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);

	frn_tokens_init(&toks);
	frn_spans_init(&sents);
	frn_tokenize(doc, len, &toks);
	frn_sentences(doc, len, &toks, &sents);
	frn_tokens_free(&toks);

	for (size_t i = 0; i < sents.n; i++)
	{
		const frn_span *s = &sents.span[i];
		Datum		values[4];
		bool		nulls[4] = {false};

		CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) (i + 1));
		values[1] = Int32GetDatum((int32) s->char_start + 1);
		values[2] = Int32GetDatum((int32) s->char_len);
		values[3] = utf8_slice_datum(doc + s->byte_start, s->byte_len);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(DatumGetPointer(values[3]));
	}
	frn_spans_free(&sents);
	return (Datum) 0;
}

Datum
fr_normalize(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *doc = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	frn_buf		out;

	frn_buf_init(&out);
	frn_buf_reserve(&out, len);
	frn_normalize(doc, len, &out);
	PG_RETURN_TEXT_P(frn_utf8_to_text(out.data, out.len));
}

Datum
fr_stem(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *word = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	frn_buf		out;

	frn_buf_init(&out);
	frn_stem_word(word, len, &out);
	PG_RETURN_TEXT_P(frn_utf8_to_text(out.data ? out.data : "", out.len));
}

Datum
fr_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("frnews %s, data %s, ICU %s (Unicode %s), Snowball %s",
											  FRN_VERSION, FRN_DATA_VERSION,
											  frn_icu_version(), frn_unicode_version(),
											  frn_snowball_version())));
}
