/*
 * frn_sig.c — the fr_sig type: I/O, fr_signature(), similarity operators,
 * the per-query form fr_sig_query, the setting frnews.similarity_threshold
 * and the selectivity estimator of %.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "frn_encoding.h"
#include "frn_sig.h"

double		frn_similarity_threshold = 0.6;

void
frn_sig_init(void)
{
	DefineCustomRealVariable("frnews.similarity_threshold",
							 "Sets the threshold used by the fr_sig % fr_sig operator.",
							 "Valid range is 0.0 .. 1.0: the fraction of equal signature slots, "
							 "an estimate of the resemblance of the two texts.",
							 &frn_similarity_threshold,
							 0.6, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
}

/* ------------------------------------------------------------------------
 * Values
 */
static FrSig *
sig_make(int nslots, const uint16 *slots)
{
	FrSig	   *s = palloc(FRSIG_SIZE(nslots));

	SET_VARSIZE(s, FRSIG_SIZE(nslots));
	s->version = FRN_SIG_VERSION;
	s->flags = 0;
	s->nslots = (uint16) nslots;
	if (slots)
		memcpy(s->slots, slots, sizeof(uint16) * nslots);
	return s;
}

FrSig *
frn_sig_from_datum(Datum d)
{
	FrSig	   *s = (FrSig *) PG_DETOAST_DATUM(d);

	if (VARSIZE(s) < offsetof(FrSig, slots))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted fr_sig value"),
				 errdetail("The value has %u bytes, fewer than its header.", (unsigned) VARSIZE(s))));
	if (s->version != FRN_SIG_VERSION || s->flags != 0 ||
		!frn_sig_valid_nslots(s->nslots) || VARSIZE(s) != FRSIG_SIZE(s->nslots))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted fr_sig value"),
				 errdetail("The header says version %d, flags %d, %d slots in %u bytes.",
						   s->version, s->flags, s->nslots, (unsigned) VARSIZE(s))));
	return s;
}

void
frn_sig_check_compatible(int nslots_a, int nslots_b)
{
	if (nslots_a != nslots_b)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot compare fr_sig values built with different parameters"),
				 errdetail("One signature has %d slots, the other %d.", nslots_a, nslots_b),
				 errhint("Compute all signatures of a column with the same slot count, e.g. fr_signature(doc) (%d slots).",
						 FRN_SIG_DEFAULT_SLOTS)));
}

PG_FUNCTION_INFO_V1(fr_sig_in);
Datum
fr_sig_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	uint16		slots[FRN_SIG_MAX_SLOTS];
	int			nslots = 0;
	frn_sig_error err = frn_sig_parse_text(str, strlen(str), &nslots, slots);

	if (err != FRN_SIG_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type fr_sig: \"%s\"",
						frn_input_excerpt(str, strlen(str))),
				 errdetail("%s", frn_sig_error_message(err))));
	PG_RETURN_POINTER(sig_make(nslots, slots));
}

PG_FUNCTION_INFO_V1(fr_sig_out);
Datum
fr_sig_out(PG_FUNCTION_ARGS)
{
	FrSig	   *s = frn_sig_from_datum(PG_GETARG_DATUM(0));
	char	   *out = palloc(frn_sig_text_length(s->nslots) + 1);

	frn_sig_to_text(s->slots, s->nslots, out);
	PG_RETURN_CSTRING(out);
}

PG_FUNCTION_INFO_V1(fr_sig_recv);
Datum
fr_sig_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	uint16		slots[FRN_SIG_MAX_SLOTS];
	int			nslots = 0;
	frn_sig_error err;

	err = frn_sig_parse_binary((const unsigned char *) buf->data + buf->cursor,
							   buf->len - buf->cursor, &nslots, slots);
	if (err != FRN_SIG_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type fr_sig"),
				 errdetail("%s", frn_sig_error_message(err))));
	buf->cursor = buf->len;
	PG_RETURN_POINTER(sig_make(nslots, slots));
}

PG_FUNCTION_INFO_V1(fr_sig_send);
Datum
fr_sig_send(PG_FUNCTION_ARGS)
{
	FrSig	   *s = frn_sig_from_datum(PG_GETARG_DATUM(0));
	size_t		len = frn_sig_binary_length(s->nslots);
	unsigned char *bin = palloc(len);
	StringInfoData buf;

	frn_sig_to_binary(s->slots, s->nslots, bin);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (char *) bin, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------------------
 * Computing and comparing
 */
static FrSig *
signature_of(text *doc, int nslots)
{
	size_t		len;
	char	   *utf8 = frn_text_to_utf8(doc, &len);
	FrSig	   *s = sig_make(nslots, NULL);

	frn_sig_compute(utf8, len, nslots, s->slots);
	return s;
}

PG_FUNCTION_INFO_V1(fr_signature);
Datum
fr_signature(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(signature_of(PG_GETARG_TEXT_PP(0), FRN_SIG_DEFAULT_SLOTS));
}

PG_FUNCTION_INFO_V1(fr_signature_slots);
Datum
fr_signature_slots(PG_FUNCTION_ARGS)
{
	int32		nslots = PG_GETARG_INT32(1);

	if (!frn_sig_valid_nslots(nslots))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fr_sig slot count %d is not supported", nslots),
				 errdetail("%s", frn_sig_error_message(FRN_SIG_ERR_NSLOTS))));
	PG_RETURN_POINTER(signature_of(PG_GETARG_TEXT_PP(0), nslots));
}

/* Equality: same parameters and same slots (exact duplicates' signatures). */
static bool
sig_equal(const FrSig *a, const FrSig *b)
{
	return a->nslots == b->nslots &&
		memcmp(a->slots, b->slots, sizeof(uint16) * a->nslots) == 0;
}

PG_FUNCTION_INFO_V1(fr_sig_eq);
Datum
fr_sig_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(sig_equal(frn_sig_from_datum(PG_GETARG_DATUM(0)),
							 frn_sig_from_datum(PG_GETARG_DATUM(1))));
}

PG_FUNCTION_INFO_V1(fr_sig_ne);
Datum
fr_sig_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!sig_equal(frn_sig_from_datum(PG_GETARG_DATUM(0)),
							  frn_sig_from_datum(PG_GETARG_DATUM(1))));
}

PG_FUNCTION_INFO_V1(fr_sig_hash);
Datum
fr_sig_hash(PG_FUNCTION_ARGS)
{
	FrSig	   *s = frn_sig_from_datum(PG_GETARG_DATUM(0));

	/* the slots are hash bits already; hash them with the slot count */
	return hash_any((unsigned char *) &s->nslots,
					sizeof(uint16) + sizeof(uint16) * s->nslots);
}

static int
sig_matches(const FrSig *a, const FrSig *b)
{
	frn_sig_check_compatible(a->nslots, b->nslots);
	return frn_sig_matches(a->slots, b->slots, a->nslots);
}

PG_FUNCTION_INFO_V1(fr_similarity);
Datum
fr_similarity(PG_FUNCTION_ARGS)
{
	FrSig	   *a = frn_sig_from_datum(PG_GETARG_DATUM(0));
	FrSig	   *b = frn_sig_from_datum(PG_GETARG_DATUM(1));

	PG_RETURN_FLOAT4((float4) sig_matches(a, b) / (float4) a->nslots);
}

PG_FUNCTION_INFO_V1(fr_similarity_text);
Datum
fr_similarity_text(PG_FUNCTION_ARGS)
{
	FrSig	   *a = signature_of(PG_GETARG_TEXT_PP(0), FRN_SIG_DEFAULT_SLOTS);
	FrSig	   *b = signature_of(PG_GETARG_TEXT_PP(1), FRN_SIG_DEFAULT_SLOTS);

	PG_RETURN_FLOAT4((float4) sig_matches(a, b) / (float4) a->nslots);
}

PG_FUNCTION_INFO_V1(fr_sig_distance);
Datum
fr_sig_distance(PG_FUNCTION_ARGS)
{
	FrSig	   *a = frn_sig_from_datum(PG_GETARG_DATUM(0));
	FrSig	   *b = frn_sig_from_datum(PG_GETARG_DATUM(1));

	PG_RETURN_FLOAT4((float4) (a->nslots - sig_matches(a, b)) / (float4) a->nslots);
}

PG_FUNCTION_INFO_V1(fr_sig_similar);
Datum
fr_sig_similar(PG_FUNCTION_ARGS)
{
	FrSig	   *a = frn_sig_from_datum(PG_GETARG_DATUM(0));
	FrSig	   *b = frn_sig_from_datum(PG_GETARG_DATUM(1));

	PG_RETURN_BOOL(sig_matches(a, b) >=
				   frn_sig_min_matches(frn_similarity_threshold, a->nslots));
}

/* ------------------------------------------------------------------------
 * fr_sig_query: (sig fr_sig, threshold float4), the per-query form of %
 */
static bool
threshold_in_range(double t)
{
	return !isnan(t) && t >= 0.0 && t <= 1.0;
}

static void
check_threshold(double t)
{
	if (!threshold_in_range(t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("similarity threshold %g is out of range", t),
				 errdetail("The threshold must be between 0 and 1.")));
}

/* Decode an fr_sig_query composite value. */
static FrSig *
decode_query(Datum d, double *threshold)
{
	HeapTupleHeader th = DatumGetHeapTupleHeader(d);
	bool		sig_null,
				t_null;
	Datum		sig = GetAttributeByNum(th, 1, &sig_null);
	Datum		t = GetAttributeByNum(th, 2, &t_null);

	if (sig_null || t_null)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("fr_sig_query fields must not be null")));
	*threshold = DatumGetFloat4(t);
	check_threshold(*threshold);
	return frn_sig_from_datum(sig);
}

/*
 * The threshold of an fr_sig_query value, without raising errors: false
 * when a field is NULL or the threshold is out of range, a value the
 * operator refuses when it runs.  The planner reads the right-hand side of
 * % (the selectivity estimate, GIN's cost estimate through extractQuery):
 * it must not raise that error itself, or a query that never runs the
 * operator (an empty table, a false condition before it) could not be
 * planned.
 */
static bool
query_threshold(Datum d, double *threshold)
{
	HeapTupleHeader th = DatumGetHeapTupleHeader(d);
	bool		sig_null,
				t_null;
	double		t;

	(void) GetAttributeByNum(th, 1, &sig_null);
	t = DatumGetFloat4(GetAttributeByNum(th, 2, &t_null));
	if (sig_null || t_null || !threshold_in_range(t))
		return false;
	*threshold = t;
	return true;
}

bool
frn_sig_query_refused(Datum query, StrategyNumber strategy)
{
	double		t;

	return strategy == FrSigSimilarQueryStrategy && !query_threshold(query, &t);
}

PG_FUNCTION_INFO_V1(fr_sig_query);
Datum
fr_sig_query(PG_FUNCTION_ARGS)
{
	float4		t = PG_GETARG_FLOAT4(1);
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	check_threshold(t);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "fr_sig_query must return a composite type");
	values[0] = PointerGetDatum(frn_sig_from_datum(PG_GETARG_DATUM(0)));
	values[1] = Float4GetDatum(t);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}

PG_FUNCTION_INFO_V1(fr_sig_similar_query);
Datum
fr_sig_similar_query(PG_FUNCTION_ARGS)
{
	FrSig	   *a = frn_sig_from_datum(PG_GETARG_DATUM(0));
	double		t;
	FrSig	   *b = decode_query(PG_GETARG_DATUM(1), &t);

	PG_RETURN_BOOL(sig_matches(a, b) >= frn_sig_min_matches(t, a->nslots));
}

/* ------------------------------------------------------------------------
 * Index support: the decoded right-hand side, cached per scan
 */
typedef struct QueryCache
{
	StrategyNumber strategy;
	double		guc_threshold;	/* strategy 1 depends on the setting */
	Size		rawlen;
	char	   *raw;			/* the query datum's bytes */
	FrSigQuery	q;
} QueryCache;

FrSigQuery *
frn_sig_query(FmgrInfo *flinfo, Datum query, StrategyNumber strategy)
{
	QueryCache *c = (QueryCache *) flinfo->fn_extra;
	struct varlena *raw = PG_DETOAST_DATUM(query);
	Size		rawlen = VARSIZE(raw);
	FrSig	   *sig;
	double		t = frn_similarity_threshold;

	if (c && c->strategy == strategy && c->rawlen == rawlen &&
		(strategy != FrSigSimilarStrategy || c->guc_threshold == frn_similarity_threshold) &&
		memcmp(c->raw, raw, rawlen) == 0)
		return &c->q;

	if (strategy == FrSigSimilarQueryStrategy)
		sig = decode_query(PointerGetDatum(raw), &t);
	else if (strategy == FrSigSimilarStrategy || strategy == FrSigDistanceStrategy)
		sig = frn_sig_from_datum(PointerGetDatum(raw));
	else
		elog(ERROR, "unrecognized fr_sig strategy number: %d", strategy);

	if (c == NULL)
		c = flinfo->fn_extra = MemoryContextAllocZero(flinfo->fn_mcxt, sizeof(QueryCache));
	else
	{
		pfree(c->raw);
		pfree(c->q.slots);
	}
	c->strategy = strategy;
	c->guc_threshold = frn_similarity_threshold;
	c->rawlen = rawlen;
	c->raw = MemoryContextAlloc(flinfo->fn_mcxt, rawlen);
	memcpy(c->raw, raw, rawlen);
	c->q.nslots = sig->nslots;
	c->q.slots = MemoryContextAlloc(flinfo->fn_mcxt, sizeof(uint16) * sig->nslots);
	memcpy(c->q.slots, sig->slots, sizeof(uint16) * sig->nslots);
	c->q.min_matches = frn_sig_min_matches(t, sig->nslots);
	return &c->q;
}

/* ------------------------------------------------------------------------
 * Selectivity of sig % q and sig % fr_sig_query(q, t)
 *
 * ANALYZE keeps no distribution of similarities, so the estimate models the
 * similarity of two news articles: unrelated pairs score near 0.01 with a
 * steep exponential tail (OrangeSum, bench/similarity.sh: median 0.008,
 * 99th percentile 0.047, 99.9th 0.070), and a small fraction of the rows is
 * the same story (rewrites, updates, copies).
 */
#define SIM_NOISE_CENTRE	0.02
#define SIM_NOISE_SCALE		0.0065
#define SIM_SAME_STORY		0.0001

static double
similar_selectivity(double t)
{
	double		noise;

	if (t <= 0.0)
		return 1.0;
	if (t < SIM_NOISE_CENTRE)
		noise = 1.0 - 0.5 * t / SIM_NOISE_CENTRE;
	else
		noise = 0.5 * exp(-(t - SIM_NOISE_CENTRE) / SIM_NOISE_SCALE);
	return noise + SIM_SAME_STORY * (1.0 - t);
}

PG_FUNCTION_INFO_V1(fr_sig_restrict);
Datum
fr_sig_restrict(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	double		t = frn_similarity_threshold;
	double		sel;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		PG_RETURN_FLOAT8(similar_selectivity(t));
	if (IsA(other, Const) && ((Const *) other)->constisnull)
		sel = 0.0;
	else
	{
		/* a query % refuses gets the setting's threshold: see query_threshold */
		if (IsA(other, Const) && type_is_rowtype(((Const *) other)->consttype))
			(void) query_threshold(((Const *) other)->constvalue, &t);
		sel = similar_selectivity(t);
	}
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}

/* Join selectivity of a.sig % b.sig: the same model, at the setting. */
PG_FUNCTION_INFO_V1(fr_sig_joinsel);
Datum
fr_sig_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(similar_selectivity(frn_similarity_threshold));
}

/* ------------------------------------------------------------------------
 * fr_related: words and entities
 */

/*
 * Bytewise order of two text pointers.  The sort, the removal of duplicates
 * and the merge of two key arrays all compare through here: sorting arrays
 * of millions of keys takes seconds, so it checks for interrupts (qsort is
 * PostgreSQL's pg_qsort, which allocates nothing: leaving it by an error is
 * safe).
 */
static int
cmp_text_ptr(const void *a, const void *b)
{
	static uint32 calls;
	text	   *x = *(text *const *) a;
	text	   *y = *(text *const *) b;
	int			lx,
				ly,
				c;

	if ((++calls & 0xFFFF) == 0)
		CHECK_FOR_INTERRUPTS();
	lx = VARSIZE_ANY_EXHDR(x);
	ly = VARSIZE_ANY_EXHDR(y);
	c = memcmp(VARDATA_ANY(x), VARDATA_ANY(y), Min(lx, ly));

	return c != 0 ? c : (lx > ly) - (lx < ly);
}

/* Distinct non-null elements of a text[], sorted bytewise. */
static text **
distinct_texts(ArrayType *arr, int *n)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems,
				k = 0;
	text	  **out;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	out = palloc(sizeof(text *) * (nelems + 1));
	for (int i = 0; i < nelems; i++)
		if (!nulls[i])
			out[k++] = DatumGetTextPP(elems[i]);
	qsort(out, k, sizeof(text *), cmp_text_ptr);
	*n = 0;
	for (int i = 0; i < k; i++)
		if (*n == 0 || cmp_text_ptr(&out[*n - 1], &out[i]) != 0)
			out[(*n)++] = out[i];
	return out;
}

PG_FUNCTION_INFO_V1(fr_related);
Datum
fr_related(PG_FUNCTION_ARGS)
{
	FrSig	   *a = frn_sig_from_datum(PG_GETARG_DATUM(0));
	FrSig	   *b = frn_sig_from_datum(PG_GETARG_DATUM(1));
	float4		w = PG_GETARG_FLOAT4(4);
	float4		words = (float4) sig_matches(a, b) / (float4) a->nslots;
	int			na,
				nb,
				i = 0,
				j = 0,
				common = 0;
	text	  **ea,
			  **eb;

	if (isnan(w) || w < 0.0f || w > 1.0f)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("entity weight %g is out of range", w),
				 errdetail("The weight must be between 0 and 1.")));
	ea = distinct_texts(PG_GETARG_ARRAYTYPE_P(2), &na);
	eb = distinct_texts(PG_GETARG_ARRAYTYPE_P(3), &nb);
	if (na + nb == 0)
		PG_RETURN_FLOAT4(words);	/* no entity on either side: words alone */
	while (i < na && j < nb)
	{
		int			c = cmp_text_ptr(&ea[i], &eb[j]);

		common += (c == 0);
		i += (c <= 0);
		j += (c >= 0);
	}
	PG_RETURN_FLOAT4((1.0f - w) * words + w * (float4) common / (float4) (na + nb - common));
}

/* ------------------------------------------------------------------------
 * Debugging: the words a signature is built from
 */
static void
collect_word(const char *word, size_t len, uint64 hash, void *arg)
{
	ArrayBuildState **astate = arg;

	if (word == NULL)
		return;
	*astate = accumArrayResult(*astate, PointerGetDatum(frn_utf8_to_text(word, len)),
							   false, TEXTOID, CurrentMemoryContext);
}

PG_FUNCTION_INFO_V1(fr_sig_words);
Datum
fr_sig_words(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *utf8 = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	ArrayBuildState *astate = initArrayResult(TEXTOID, CurrentMemoryContext, false);

	frn_sig_words(utf8, len, collect_word, &astate);
	PG_RETURN_DATUM(makeArrayResult(astate, CurrentMemoryContext));
}

/* The GiST key type is internal: no text I/O. */
PG_FUNCTION_INFO_V1(fr_sig_gkey_in);
Datum
fr_sig_gkey_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("type fr_sig_gkey is internal to the fr_sig GiST operator class")));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(fr_sig_gkey_out);
Datum
fr_sig_gkey_out(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("type fr_sig_gkey is internal to the fr_sig GiST operator class")));
	PG_RETURN_VOID();
}
