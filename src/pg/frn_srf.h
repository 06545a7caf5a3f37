/*
 * frn_srf.h — the frame of frnews's set-returning functions: materialize
 * mode, and for the extractors a work memory context per call site (kept
 * in fn_extra) that is reset once the rows are in the tuplestore, so that a
 * long document leaves nothing behind.
 */
#ifndef FRN_SRF_H
#define FRN_SRF_H

#include "fmgr.h"

/*
 * Set up materialize mode: the tuplestore, and the row type the executor
 * expects when it gives one.
 */
void		frn_srf_materialize(FunctionCallInfo fcinfo);

/* Set up the result and switch to the work context; returns the context to go back to. */
MemoryContext frn_srf_begin(FunctionCallInfo fcinfo);

/* Switch back to old and free what the call allocated in the work context. */
void		frn_srf_end(FunctionCallInfo fcinfo, MemoryContext old);

#endif
