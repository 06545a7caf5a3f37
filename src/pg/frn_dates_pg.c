/*
 * frn_dates_pg.c — fr_dates(doc [, ref]) (set-returning, materialize mode)
 * and the DATE spans of fr_annotate() and fr_highlight().
 *
 * The core reads wall-clock seconds; here they become timestamps (no time
 * zone is involved, so both forms are IMMUTABLE).  Work memory: frn_srf.h.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "frn_annotate.h"
#include "frn_dates.h"
#include "frn_encoding.h"
#include "frn_money.h"
#include "frn_srf.h"

/* seconds from 1970-01-01 to 2000-01-01, the PostgreSQL epoch */
#define UNIX_TO_PG_SECS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/*
 * The tsrange [lo, hi) laid out as range_serialize() lays it out: the
 * header and type, the two timestamps at their alignment, the flags byte.
 * range_serialize() would compare the bounds through the type's comparison
 * function and size them generically at every row: the core's values are
 * finite with lo < hi (fuzz_dates checks it), so the flags are those of a
 * non-empty range with an inclusive lower bound.
 */
typedef struct frn_tsrange
{
	RangeType	h;
	Timestamp	lo,
				hi;
	char		flags;
} frn_tsrange;

StaticAssertDecl(offsetof(frn_tsrange, lo) == MAXALIGN(sizeof(RangeType)),
				 "the lower bound follows the header, aligned as range_serialize() does");

static Datum
make_tsrange(const frn_date *x, frn_tsrange *r)
{
	/* an empty or reversed range would be laid out wrong: never silently */
	if (unlikely(x->lo >= x->hi))
		elog(ERROR, "fr_dates: the expression at byte %zu has an empty range", (size_t) x->byte_start);
	SET_VARSIZE(r, offsetof(frn_tsrange, flags) + 1);
	r->h.rangetypid = TSRANGEOID;
	r->lo = (x->lo - UNIX_TO_PG_SECS) * USECS_PER_SEC;
	r->hi = (x->hi - UNIX_TO_PG_SECS) * USECS_PER_SEC;
	r->flags = RANGE_LB_INC;
	return RangeTypePGetDatum(&r->h);
}

static Datum
span_interval(const frn_span_len *l, Interval *iv)
{
	iv->month = l->months;
	iv->day = l->days;
	iv->time = l->seconds * USECS_PER_SEC;
	return IntervalPGetDatum(iv);
}

/*
 * The text value of a kind, grain or qualifier name, made once per backend
 * (cache: its slot): the rows of every document would allocate them again.
 */
static Datum
name_datum(text **cache, const char *name)
{
	if (*cache == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		*cache = cstring_to_text(name);
		MemoryContextSwitchTo(old);
	}
	return PointerGetDatum(*cache);
}

/* The reference moment in the core's seconds; an infinite one is refused. */
static int64
ref_seconds(Timestamp ts)
{
	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reference time of fr_dates must be finite"),
				 errhint("Pass the publication time of the article, or use fr_dates(doc) for no reference.")));
	/* floor to the second, toward minus infinity */
	return (ts >= 0 ? ts / USECS_PER_SEC : -((-ts + USECS_PER_SEC - 1) / USECS_PER_SEC)) + UNIX_TO_PG_SECS;
}

/*
 * The surface of an expression as a text value in *buf (grown as needed,
 * in the call's work context): tuplestore_putvalues() copies it into the
 * row, so one buffer serves every row of a document.
 */
static Datum
surface_datum(const char *u, const frn_date *x, text **buf, size_t *room)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		return PointerGetDatum(frn_utf8_to_text(u + x->byte_start, x->byte_len));
	if (*room < VARHDRSZ + (size_t) x->byte_len)
	{
		*room = Max(2 * *room, VARHDRSZ + (size_t) x->byte_len);
		*buf = *buf ? repalloc(*buf, *room) : palloc(*room);
	}
	SET_VARSIZE(*buf, VARHDRSZ + x->byte_len);
	memcpy(VARDATA(*buf), u + x->byte_start, x->byte_len);
	return PointerGetDatum(*buf);
}

/* fr_dates(doc [, ref]) */
PG_FUNCTION_INFO_V1(fr_dates);
Datum
fr_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	bool		has_ref = PG_NARGS() > 1;
	int64		ref = has_ref ? ref_seconds(PG_GETARG_TIMESTAMP(1)) : 0;
	MemoryContext old = frn_srf_begin(fcinfo);
	size_t		len;
	char	   *u;
	frn_dates	d = {NULL, 0, 0};
	text	   *surface = NULL;
	size_t		surface_room = 0;
	static text *kinds[FRN_DK_SET + 1],
			   *grains[FRN_G_CENTURY + 1],
			   *qualifiers[FRN_Q_TO + 1];

	u = frn_text_to_utf8(doc, &len);
	frn_extract_dates(u, len, has_ref, ref, &d);
	for (size_t i = 0; i < d.n; i++)
	{
		const frn_date *x = &d.d[i];
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		const char *qual = frn_qualifier_name(x->qualifier);
		frn_tsrange range;		/* the row's values, copied by tuplestore_putvalues */
		Interval	duration;

		values[0] = Int32GetDatum((int32) x->char_start + 1);
		values[1] = Int32GetDatum((int32) x->char_len);
		values[2] = surface_datum(u, x, &surface, &surface_room);
		values[3] = name_datum(&kinds[x->kind], frn_date_kind_name(x->kind));
		if (x->has_value)
			values[4] = make_tsrange(x, &range);
		else
			nulls[4] = true;
		values[5] = name_datum(&grains[x->grain], frn_grain_name(x->grain));
		if (x->has_duration)
			values[6] = span_interval(&x->duration, &duration);
		else
			nulls[6] = true;
		if (qual)
			values[7] = name_datum(&qualifiers[x->qualifier], qual);
		else
			nulls[7] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if ((i & 255) == 255)
			CHECK_FOR_INTERRUPTS();
	}
	frn_srf_end(fcinfo, old);
	return (Datum) 0;
}

/*
 * Span producer for fr_annotate() and fr_highlight(): kind DATE with fields
 * kind, value (the tsrange as text in ISO style, absent for a relative
 * expression: these functions have no reference time), grain, duration
 * (ISO 8601), qualifier.
 */
void
frn_dates_annotate(FunctionCallInfo fcinfo, const char *s, size_t len, frn_annot_list *out)
{
	frn_dates	d = {NULL, 0, 0};

	frn_extract_dates(s, len, false, 0, &d);
	for (size_t i = 0; i < d.n; i++)
	{
		const frn_date *x = &d.d[i];
		frn_annot  *a = frn_annot_push(out);
		const char *kind = frn_date_kind_name(x->kind),
				   *grain = frn_grain_name(x->grain),
				   *qual = frn_qualifier_name(x->qualifier);
		char	   *v;

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		a->byte_start = x->byte_start;
		a->byte_len = x->byte_len;
		a->char_start = x->char_start;
		a->char_len = x->char_len;
		a->kind = "DATE";
		frn_annot_field_add(a, "kind", FRN_AF_TEXT, kind, strlen(kind));
		if (x->has_value)
		{
			char		lo[24],
						hi[24];

			/* ISO whatever the DateStyle: the JSON does not depend on settings */
			frn_moment_format(x->lo, lo);
			frn_moment_format(x->hi, hi);
			v = psprintf("[\"%s\",\"%s\")", lo, hi);
			frn_annot_field_add(a, "value", FRN_AF_TEXT, v, strlen(v));
		}
		frn_annot_field_add(a, "grain", FRN_AF_TEXT, grain, strlen(grain));
		if (x->has_duration)
		{
			/* ISO 8601, whatever the IntervalStyle */
			v = psprintf("P%dY%dM%dDT%lldS", x->duration.months / 12, x->duration.months % 12,
						 x->duration.days, (long long) x->duration.seconds);
			frn_annot_field_add(a, "duration", FRN_AF_TEXT, v, strlen(v));
		}
		if (qual)
			frn_annot_field_add(a, "qualifier", FRN_AF_TEXT, qual, strlen(qual));
	}
	frn_free(d.d);
}
