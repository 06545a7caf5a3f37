/*
 * frn_annotate.c — fr_annotate(doc) jsonb and fr_highlight(doc) text: every
 * span every producer finds, in order of start.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "frn_annotate.h"
#include "frn_encoding.h"

PG_FUNCTION_INFO_V1(fr_annotate);
PG_FUNCTION_INFO_V1(fr_highlight);

/* Every source of spans.  Add new producers here. */
static const frn_annot_producer producers[] = {
	frn_entities_annotate,
	frn_quantities_annotate,
	frn_dates_annotate,
};

frn_annot *
frn_annot_push(frn_annot_list *l)
{
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 16;
		l->a = l->a ? repalloc(l->a, l->cap * sizeof(frn_annot)) : palloc(l->cap * sizeof(frn_annot));
	}
	memset(&l->a[l->n], 0, sizeof(frn_annot));
	return &l->a[l->n++];
}

void
frn_annot_field_add(frn_annot *a, const char *key, frn_annot_field_type type,
					const char *value, size_t len)
{
	if (a->nfields >= FRN_ANNOT_MAX_FIELDS)
		elog(ERROR, "too many fields in an frnews span");
	a->fields[a->nfields].key = key;
	a->fields[a->nfields].type = type;
	a->fields[a->nfields].value = value;
	a->fields[a->nfields].len = len;
	a->nfields++;
}

/*
 * by start, longer spans first; a sort of millions of spans takes seconds,
 * so it checks for interrupts (qsort is PostgreSQL's pg_qsort, which
 * allocates nothing: leaving it by an error is safe)
 */
static int
annot_cmp(const void *x, const void *y)
{
	static uint32 calls;
	const frn_annot *a = x,
			   *b = y;

	if ((++calls & 0xFFFF) == 0)
		CHECK_FOR_INTERRUPTS();

	if (a->char_start != b->char_start)
		return a->char_start < b->char_start ? -1 : 1;
	if (a->char_len != b->char_len)
		return a->char_len > b->char_len ? -1 : 1;
	return 0;
}

static void
collect_all(FunctionCallInfo fcinfo, const char *s, size_t len, frn_annot_list *l)
{
	memset(l, 0, sizeof(*l));
	for (size_t k = 0; k < lengthof(producers); k++)
		producers[k] (fcinfo, s, len, l);
	if (l->n > 1)
		qsort(l->a, l->n, sizeof(frn_annot), annot_cmp);
}

static void
push_key(JsonbParseState **st, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	pushJsonbValue(st, WJB_KEY, &k);
}

static void
push_int(JsonbParseState **st, const char *key, int64 v)
{
	JsonbValue	jv;

	push_key(st, key);
	jv.type = jbvNumeric;
	jv.val.numeric = int64_to_numeric(v);
	pushJsonbValue(st, WJB_VALUE, &jv);
}

/* A string value from UTF-8 bytes, in the database encoding. */
static void
push_text(JsonbParseState **st, const char *key, const char *s, size_t len)
{
	JsonbValue	jv;

	push_key(st, key);
	jv.type = jbvString;
	jv.val.string.val = frn_utf8_to_cstring(s, len);
	jv.val.string.len = strlen(jv.val.string.val);
	pushJsonbValue(st, WJB_VALUE, &jv);
}

/* One span as a jsonb object {start, len, kind, surface, fields...}. */
static Jsonb *
span_object(const char *s, const frn_annot *a)
{
	JsonbParseState *st = NULL;

	pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	push_int(&st, "start", (int64) a->char_start + 1);
	push_int(&st, "len", a->char_len);
	push_text(&st, "kind", a->kind, strlen(a->kind));
	push_text(&st, "surface", s + a->byte_start, a->byte_len);
	for (int f = 0; f < a->nfields; f++)
	{
		const frn_annot_field *fd = &a->fields[f];

		if (fd->type == FRN_AF_NUMERIC)
		{
			JsonbValue	jv;

			push_key(&st, fd->key);
			jv.type = jbvNumeric;
			jv.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in,
																 CStringGetDatum(pnstrdup(fd->value, fd->len)),
																 ObjectIdGetDatum(InvalidOid),
																 Int32GetDatum(-1)));
			pushJsonbValue(&st, WJB_VALUE, &jv);
		}
		else
			push_text(&st, fd->key, fd->value, fd->len);
	}
	return JsonbValueToJsonb(pushJsonbValue(&st, WJB_END_OBJECT, NULL));
}

static void
check_array_size(size_t len)
{
	if (len > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("total size of jsonb array elements exceeds the maximum of %u bytes",
						JENTRY_OFFLENMASK),
				 errhint("Call fr_annotate on a shorter text.")));
}

/*
 * The spans as a jsonb array, built in binary form one object at a time:
 * each object is made by pushJsonbValue and JsonbValueToJsonb in a memory
 * context reset after it, and its container is appended as
 * convertJsonbArray (jsonb_util.c) lays out array elements (each aligned to
 * 4 bytes, every JB_OFFSET_STRIDE'th JEntry an offset, the others lengths),
 * so the result is the same bytes.  Memory is the result and one span, not
 * a JsonbValue tree of the whole answer (about 2.8 kB per span).
 */
static Jsonb *
annot_jsonb(const char *s, const frn_annot_list *l)
{
	StringInfoData buf;
	uint32		header = (uint32) l->n | JB_FARRAY;
	size_t		jentries,
				total = 0;
	MemoryContext span_cxt,
				old;

	check_array_size(l->n * sizeof(JEntry));
	span_cxt = AllocSetContextCreate(CurrentMemoryContext, "fr_annotate span",
									 ALLOCSET_DEFAULT_SIZES);
	initStringInfo(&buf);
	enlargeStringInfo(&buf, VARHDRSZ + sizeof(header) + l->n * sizeof(JEntry));
	buf.len = VARHDRSZ;
	appendBinaryStringInfo(&buf, (char *) &header, sizeof(header));
	jentries = buf.len;
	buf.len += l->n * sizeof(JEntry);
	for (size_t i = 0; i < l->n; i++)
	{
		size_t		base = buf.len;
		Jsonb	   *obj;
		JEntry		meta;

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(span_cxt);
		obj = span_object(s, &l->a[i]);
		MemoryContextSwitchTo(old);
		while (buf.len % sizeof(uint32) != 0)
			appendStringInfoCharMacro(&buf, '\0');
		appendBinaryStringInfo(&buf, VARDATA(obj), VARSIZE(obj) - VARHDRSZ);
		total += buf.len - base;
		check_array_size(total);
		meta = JENTRY_ISCONTAINER |
			(i % JB_OFFSET_STRIDE == 0 ? (uint32) total | JENTRY_HAS_OFF : (uint32) (buf.len - base));
		memcpy(buf.data + jentries + i * sizeof(JEntry), &meta, sizeof(JEntry));
		MemoryContextReset(span_cxt);
	}
	MemoryContextDelete(span_cxt);
	check_array_size(buf.len - VARHDRSZ);
	SET_VARSIZE(buf.data, buf.len);
	return (Jsonb *) buf.data;
}

Datum
fr_annotate(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *s = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	frn_annot_list l;

	collect_all(fcinfo, s, len, &l);
	PG_RETURN_JSONB_P(annot_jsonb(s, &l));
}

/*
 * The text with each span written [surface|KIND].  Spans that overlap an
 * earlier (or longer) span are left unmarked.
 */
Datum
fr_highlight(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *s = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	frn_annot_list l;
	StringInfoData out;
	size_t		pos = 0;

	collect_all(fcinfo, s, len, &l);
	initStringInfo(&out);
	for (size_t i = 0; i < l.n; i++)
	{
		const frn_annot *a = &l.a[i];

		if (a->byte_start < pos)
			continue;
		appendBinaryStringInfo(&out, s + pos, a->byte_start - pos);
		appendStringInfoChar(&out, '[');
		appendBinaryStringInfo(&out, s + a->byte_start, a->byte_len);
		appendStringInfoChar(&out, '|');
		appendStringInfoString(&out, a->kind);
		appendStringInfoChar(&out, ']');
		pos = a->byte_start + a->byte_len;
	}
	appendBinaryStringInfo(&out, s + pos, len - pos);
	PG_RETURN_TEXT_P(frn_utf8_to_text(out.data, out.len));
}
