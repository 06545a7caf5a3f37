/*
 * frn_srf.c — the frame of frnews's set-returning functions: materialize
 * mode, and for the extractors (fr_amounts, fr_percents, fr_dates,
 * fr_entities) a work memory context per call site (kept in fn_extra) that
 * is reset once the rows are in the tuplestore, so that a long document
 * leaves nothing behind.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/memutils.h"

#include "frn_srf.h"

void
frn_srf_materialize(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	/*
	 * The caller's expected row type, when given (a FROM item, a select
	 * list), spares a catalog lookup per call, and a leak: the lookup
	 * allocates in the query's memory, which lasts until the query ends
	 * (16 MB after 20,000 calls of fr_tokens or fr_entities on a sentence,
	 * sql/many_rows.sql).
	 */
	InitMaterializedSRF(fcinfo, rsinfo && IsA(rsinfo, ReturnSetInfo) && rsinfo->expectedDesc ?
						MAT_SRF_USE_EXPECTED_DESC : 0);
}

MemoryContext
frn_srf_begin(FunctionCallInfo fcinfo)
{
	MemoryContext work;

	frn_srf_materialize(fcinfo);
	/* one work context per call site, reset at every call */
	work = (MemoryContext) fcinfo->flinfo->fn_extra;
	if (work == NULL)
	{
		work = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "frnews extraction",
									 ALLOCSET_DEFAULT_SIZES);
		fcinfo->flinfo->fn_extra = work;
	}
	else
		MemoryContextReset(work);
	return MemoryContextSwitchTo(work);
}

void
frn_srf_end(FunctionCallInfo fcinfo, MemoryContext old)
{
	MemoryContextSwitchTo(old);
	MemoryContextReset((MemoryContext) fcinfo->flinfo->fn_extra);
}
