/*
 * frn_sig_gin.c — GIN operator class fr_sig_gin_ops for % (exact).
 *
 * Keys: the K slots are cut into K/2 bands of 2 consecutive slots; each band
 * is hashed (with its position) into an int4 key.  Two signatures with at
 * least m equal slots have at most K - m unequal ones, and each unequal slot
 * spoils at most one band, so they share at least K/2 - (K - m) = m - K/2
 * keys.  consistent() therefore asks for that many keys (pigeonhole), which
 * never loses a row, and the exact recheck on the heap value makes the
 * answer identical to a sequential scan.  Thresholds at or below 0.5 leave
 * no band required: the scan then visits the whole index (still exact,
 * never faster than a sequential scan, and costed as such).
 *
 * Unrelated articles share a band with probability about J^2 per band
 * (J ~ 0.02), so the posting lists read for a query are short.
 *
 * A column should hold one slot count.  Band keys of another slot count
 * never match the query's, so a row of another count would silently never
 * be found where a sequential scan raises "cannot compare fr_sig values
 * built with different parameters".  So every row also has one key for its
 * slot count, and a query asks for the keys of the other counts: such a
 * row reaches consistent(), which sends it to the recheck, where % raises
 * that error.  In a column of one slot count those keys have no rows.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "port/pg_bitutils.h"

#include "frn_sig.h"

/* The slot counts: powers of two from FRN_SIG_MIN_SLOTS to FRN_SIG_MAX_SLOTS. */
#define SLOT_COUNTS		7
StaticAssertDecl(FRN_SIG_MIN_SLOTS << (SLOT_COUNTS - 1) == FRN_SIG_MAX_SLOTS,
				 "SLOT_COUNTS covers every valid slot count");

/* The key of slot count n: -log2(n), below every band key (those are >= 0). */
static int32
slot_count_key(int nslots)
{
	return -pg_rightmost_one_pos32((uint32) nslots);
}

/* Entries: the band keys of slots, then the given slot count keys. */
static Datum *
entries_of(const uint16 *slots, int nslots, const int32 *count_keys, int ncount_keys,
		   int32 *nkeys)
{
	int			nbands = nslots / FRN_SIG_BAND_ROWS;
	int32	   *keys = palloc(sizeof(int32) * nbands);
	Datum	   *entries = palloc(sizeof(Datum) * (nbands + ncount_keys));

	*nkeys = frn_sig_band_keys(slots, nslots, keys);
	for (int i = 0; i < *nkeys; i++)
		entries[i] = Int32GetDatum(keys[i]);
	for (int i = 0; i < ncount_keys; i++)
		entries[(*nkeys)++] = Int32GetDatum(count_keys[i]);
	pfree(keys);
	return entries;
}

PG_FUNCTION_INFO_V1(fr_sig_gin_extract_value);
Datum
fr_sig_gin_extract_value(PG_FUNCTION_ARGS)
{
	FrSig	   *s = frn_sig_from_datum(PG_GETARG_DATUM(0));
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	int32		count_key = slot_count_key(s->nslots);

	PG_RETURN_POINTER(entries_of(s->slots, s->nslots, &count_key, 1, nkeys));
}

/* Number of query keys a matching row must contain. */
static int
bands_required(FrSigQuery *q)
{
	return frn_sig_bands_required(q->min_matches, q->nslots);
}

PG_FUNCTION_INFO_V1(fr_sig_gin_extract_query);
Datum
fr_sig_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	FrSigQuery *q;
	int32		other_counts[SLOT_COUNTS - 1];
	int			nother = 0;

	*nkeys = 0;
	if (frn_sig_query_refused(PG_GETARG_DATUM(0), strategy))
	{
		/*
		 * A query % refuses: no error here, where the planner calls too
		 * (gincostestimate); every row goes to consistent(), which raises
		 * it, and an empty index raises none, as a sequential scan.
		 */
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	q = frn_sig_query(fcinfo->flinfo, PG_GETARG_DATUM(0), strategy);
	if (q->min_matches > q->nslots)
		PG_RETURN_POINTER(NULL);	/* threshold above 1: nothing matches */
	if (bands_required(q) <= 0)
	{
		/* Every row may qualify: let consistent() see them all. */
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	for (int n = FRN_SIG_MIN_SLOTS; n <= FRN_SIG_MAX_SLOTS; n *= 2)
		if (n != q->nslots)
			other_counts[nother++] = slot_count_key(n);
	PG_RETURN_POINTER(entries_of(q->slots, q->nslots, other_counts, nother, nkeys));
}

PG_FUNCTION_INFO_V1(fr_sig_gin_consistent);
Datum
fr_sig_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	FrSigQuery *q = frn_sig_query(fcinfo->flinfo, PG_GETARG_DATUM(2), strategy);
	int			nbands = Min(q->nslots / FRN_SIG_BAND_ROWS, nkeys);	/* none in mode ALL */
	int			need = bands_required(q);
	int			have = 0;

	*recheck = true;			/* bands only bound the match count */
	for (int i = nbands; i < nkeys; i++)
		if (check[i])
			PG_RETURN_BOOL(true);	/* another slot count: the recheck raises */
	for (int i = 0; i < nbands && have < need; i++)
		have += check[i];
	PG_RETURN_BOOL(have >= need);
}

PG_FUNCTION_INFO_V1(fr_sig_gin_triconsistent);
Datum
fr_sig_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	FrSigQuery *q = frn_sig_query(fcinfo->flinfo, PG_GETARG_DATUM(2), strategy);
	int			nbands = Min(q->nslots / FRN_SIG_BAND_ROWS, nkeys);	/* none in mode ALL */
	int			need = bands_required(q);
	int			possible = 0;

	for (int i = nbands; i < nkeys; i++)
		if (check[i] != GIN_FALSE)
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);	/* another slot count */
	for (int i = 0; i < nbands && possible < need; i++)
		possible += (check[i] != GIN_FALSE);
	PG_RETURN_GIN_TERNARY_VALUE(possible >= need ? GIN_MAYBE : GIN_FALSE);
}
