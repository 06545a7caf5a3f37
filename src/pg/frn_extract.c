/*
 * frn_extract.c — fr_amounts, fr_percents (set-returning, materialize
 * mode) and fr_number.
 *
 * The core runs in the work memory context of frn_srf.c; its allocations
 * go to that context through the hooks of frn_module.c.
 */
#include "postgres.h"

#include "access/detoast.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "frn_annotate.h"
#include "frn_money.h"
#include "frn_money_pg.h"
#include "frn_encoding.h"
#include "frn_srf.h"

/*
 * The last compressed or out-of-line document, kept decompressed for the
 * rest of the query.  A query reading both the amounts and the percentages
 * of a row, (SELECT ... fr_amounts(body)), (SELECT ... fr_percents(body)),
 * would otherwise fetch and decompress the same stored value twice, which
 * costs about as much as the two extractions.  The value is found again by
 * its stored form, kept as the key: a TOAST pointer (relation, value OID,
 * sizes) names one stored value while the query's snapshot sees it, and
 * equal compressed bytes decompress alike.  The copy lives in a small
 * context under the query's memory (the functions' fn_mcxt), so that it
 * goes when the query ends; one document is kept at a time.
 */
static struct
{
	MemoryContext cxt;			/* holds key and doc; NULL: nothing kept */
	MemoryContext query;		/* the parent of cxt */
	struct varlena *key;		/* the stored form; NULL while fetching */
	text	   *doc;
}			kept_doc;

static void
forget_kept_doc(void *arg)
{
	kept_doc.cxt = NULL;
	kept_doc.key = NULL;
}

/* Argument 0 detoasted, through kept_doc when it is compressed or out of line. */
static text *
document_arg(FunctionCallInfo fcinfo)
{
	struct varlena *raw = (struct varlena *) PG_GETARG_POINTER(0);
	MemoryContext query = fcinfo->flinfo->fn_mcxt;
	Size		size = VARSIZE_ANY(raw);
	MemoryContext old;

	if (!VARATT_IS_EXTERNAL_ONDISK(raw) && !VARATT_IS_COMPRESSED(raw))
		return PG_GETARG_TEXT_PP(0);
	if (kept_doc.cxt && kept_doc.query == query && kept_doc.key &&
		VARSIZE_ANY(kept_doc.key) == size && memcmp(kept_doc.key, raw, size) == 0)
		return kept_doc.doc;
	if (kept_doc.cxt && kept_doc.query != query)
		MemoryContextDelete(kept_doc.cxt);	/* of an earlier query */
	if (kept_doc.cxt == NULL)
	{
		MemoryContextCallback *cb;

		kept_doc.cxt = AllocSetContextCreate(query, "frnews kept document",
											 ALLOCSET_SMALL_SIZES);
		kept_doc.query = query;
		cb = MemoryContextAlloc(kept_doc.cxt, sizeof *cb);
		cb->func = forget_kept_doc;
		cb->arg = NULL;
		MemoryContextRegisterResetCallback(kept_doc.cxt, cb);
	}
	else if (kept_doc.key)
	{
		pfree(kept_doc.key);
		pfree(kept_doc.doc);
	}
	/* nothing kept while fetching, should the fetch fail */
	kept_doc.key = NULL;
	old = MemoryContextSwitchTo(kept_doc.cxt);
	kept_doc.doc = (text *) detoast_attr(raw);
	kept_doc.key = palloc(size);
	memcpy(kept_doc.key, raw, size);
	MemoryContextSwitchTo(old);
	return kept_doc.doc;
}

/*
 * Rows of one extraction, as in the SQL: amounts (start, len, surface,
 * amount, qualifier, unit, unit_value; amount NULL when the text names no
 * currency) or percents (start, len, surface, value, kind, qualifier).
 */
static void
extract_rows(FunctionCallInfo fcinfo, int want, const frn_readings *r)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = document_arg(fcinfo);
	MemoryContext old = frn_srf_begin(fcinfo);
	size_t		len;
	char	   *u;
	frn_quantities q = {NULL, 0, 0};

	u = frn_text_to_utf8(doc, &len);
	frn_extract_quantities(u, len, want, r, &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		const char *qual = frn_qualifier_name(x->qualifier);
		Numeric		num;
		int			col = 3;

		if (x->kind == FRN_QK_AMOUNT ? !(want & FRN_WANT_AMOUNTS) : !(want & FRN_WANT_PERCENTS))
			continue;
		values[0] = Int32GetDatum((int32) x->char_start + 1);
		values[1] = Int32GetDatum((int32) x->char_len);
		values[2] = PointerGetDatum(frn_utf8_to_text(u + x->byte_start, x->byte_len));
		num = frn_dec_to_numeric(&x->value);
		if (x->kind == FRN_QK_AMOUNT)
		{
			if (x->currency[0])
				values[col] = PointerGetDatum(frn_make_money(num, x->currency));
			else
				nulls[col] = true;
			col++;
			values[5] = PointerGetDatum(cstring_to_text(x->unit));
			values[6] = NumericGetDatum(frn_dec_to_numeric(&x->unit_value));
		}
		else
		{
			values[col++] = NumericGetDatum(frn_canonical_numeric(num, "fr_percent"));
			values[col++] = PointerGetDatum(cstring_to_text(x->kind == FRN_QK_POINTS ?
															"points" : "percent"));
		}
		if (qual)
			values[col] = PointerGetDatum(cstring_to_text(qual));
		else
			nulls[col] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if ((i & 255) == 255)
			CHECK_FOR_INTERRUPTS();
	}
	frn_srf_end(fcinfo, old);
}

/*
 * Span producer for fr_annotate() and fr_highlight(): amounts (kind MONEY,
 * fields value and currency, absent when the text names no currency,
 * qualifier, unit and unit_value as fr_amounts gives them) and percentages
 * (kind PERCENT, fields value, unit "percent" or "points", qualifier),
 * bare $ read from the setting as fr_amounts(doc) does.
 */
void
frn_quantities_annotate(FunctionCallInfo fcinfo, const char *s, size_t len,
						frn_annot_list *out)
{
	frn_quantities q = {NULL, 0, 0};
	frn_readings r = {{0}};

	strlcpy(r.dollar, frn_dollar_currency, sizeof r.dollar);
	frn_extract_quantities(s, len, FRN_WANT_AMOUNTS | FRN_WANT_PERCENTS, &r, &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];
		frn_annot  *a = frn_annot_push(out);
		char		num[FRN_DEC_BUFSIZE];
		size_t		numlen = frn_dec_format(&x->value, num);
		const char *qual = frn_qualifier_name(x->qualifier);

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		a->byte_start = x->byte_start;
		a->byte_len = x->byte_len;
		a->char_start = x->char_start;
		a->char_len = x->char_len;
		a->kind = x->kind == FRN_QK_AMOUNT ? "MONEY" : "PERCENT";
		/* a copy of its length: the buffer's 1 kB per span added up */
		if (x->kind != FRN_QK_AMOUNT || x->currency[0])
			frn_annot_field_add(a, "value", FRN_AF_NUMERIC, pnstrdup(num, numlen), numlen);
		if (x->kind == FRN_QK_AMOUNT)
		{
			if (x->currency[0])
				frn_annot_field_add(a, "currency", FRN_AF_TEXT, pstrdup(x->currency),
									strlen(x->currency));
			frn_annot_field_add(a, "unit", FRN_AF_TEXT, pstrdup(x->unit), strlen(x->unit));
			numlen = frn_dec_format(&x->unit_value, num);
			frn_annot_field_add(a, "unit_value", FRN_AF_NUMERIC, pnstrdup(num, numlen), numlen);
		}
		else
		{
			const char *unit = x->kind == FRN_QK_POINTS ? "points" : "percent";

			frn_annot_field_add(a, "unit", FRN_AF_TEXT, unit, strlen(unit));
		}
		if (qual)
			frn_annot_field_add(a, "qualifier", FRN_AF_TEXT, qual, strlen(qual));
	}
	frn_free(q.q);
}

/* fr_amounts(doc [, dollar_currency [, readings]]) */
PG_FUNCTION_INFO_V1(fr_amounts);
Datum
fr_amounts(PG_FUNCTION_ARGS)
{
	frn_readings r;

	frn_readings_from_args(fcinfo, 1, &r);
	extract_rows(fcinfo, FRN_WANT_AMOUNTS, &r);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(fr_percents);
Datum
fr_percents(PG_FUNCTION_ARGS)
{
	extract_rows(fcinfo, FRN_WANT_PERCENTS, NULL);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(fr_number);
Datum
fr_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	size_t		len;
	char	   *u = frn_text_to_utf8(t, &len);
	frn_dec		v;

	switch (frn_number_parse(u, len, &v))
	{
		case FRN_NUM_OK:
			PG_RETURN_NUMERIC(frn_dec_to_numeric(&v));
		case FRN_NUM_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("French number has too many digits: \"%s\"",
							frn_input_excerpt(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
					 errdetail("fr_number reads at most %d significant digits and %d digits after the decimal point.",
							   FRN_DEC_MAX_DIGITS, FRN_DEC_MAX_EXP)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for a French number: \"%s\"",
							frn_input_excerpt(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
					 errhint("Write one number, in digits (\"12 500,75\", \"2,5 Mds\") or in words (\"quatre-vingt-dix-sept\").")));
	}
	PG_RETURN_NULL();
}
