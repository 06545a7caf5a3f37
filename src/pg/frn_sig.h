/*
 * frn_sig.h — the fr_sig type and what its GIN and GiST support share.
 *
 * On disk an fr_sig is a varlena with a 4-byte header and the parameters
 * stored in the value (format version, slot count), followed by the slots
 * (see src/core/frn_signature.h for the sketch itself).  STORAGE plain: the
 * slots are random bits that would not compress.
 */
#ifndef FRN_SIG_H
#define FRN_SIG_H

#include "fmgr.h"
#include "access/stratnum.h"
/*
 * The varlena macros (VARSIZE, SET_VARSIZE...): in postgres.h up to 15, in
 * varatt.h from 16 on, which postgres.h no longer includes from 18 on.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "frn_signature.h"

typedef struct FrSig
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;		/* FRN_SIG_VERSION */
	uint8		flags;			/* reserved, 0 */
	uint16		nslots;
	uint16		slots[FLEXIBLE_ARRAY_MEMBER];
} FrSig;

#define FRSIG_SIZE(n)	(offsetof(FrSig, slots) + sizeof(uint16) * (n))

/*
 * GiST key (type fr_sig_gkey): a ball in the slot-mismatch metric.  Every
 * signature below the key differs from "slots" in at most "radius" slots.
 * A leaf key is the signature itself with radius 0.
 */
typedef struct FrSigGKey
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;			/* reserved, 0 */
	uint16		nslots;
	uint16		radius;
	uint16		pad;			/* 0 */
	uint16		slots[FLEXIBLE_ARRAY_MEMBER];
} FrSigGKey;

#define FRSIG_GKEY_SIZE(n)	(offsetof(FrSigGKey, slots) + sizeof(uint16) * (n))

/* Strategies: GIN serves 1 and 2, GiST serves 3. */
#define FrSigSimilarStrategy		1	/* fr_sig % fr_sig (GUC threshold) */
#define FrSigSimilarQueryStrategy	2	/* fr_sig % fr_sig_query */
#define FrSigDistanceStrategy		3	/* ORDER BY fr_sig <-> fr_sig */

/* frnews.similarity_threshold */
extern double frn_similarity_threshold;

/* Register the settings of this module (called from _PG_init). */
void		frn_sig_init(void);

/* Detoast and check the header of an fr_sig datum. */
FrSig	   *frn_sig_from_datum(Datum d);

/* Error unless a and b were built with the same parameters. */
void		frn_sig_check_compatible(int nslots_a, int nslots_b);

/*
 * The right-hand side of an index strategy, decoded once per scan and
 * cached in flinfo->fn_extra: the query slots and the match count that
 * satisfies its threshold (GUC for strategy 1, the value for strategy 2).
 */
typedef struct FrSigQuery
{
	int			nslots;
	int			min_matches;
	uint16	   *slots;
} FrSigQuery;

FrSigQuery *frn_sig_query(FmgrInfo *flinfo, Datum query, StrategyNumber strategy);

/*
 * Whether % refuses the right-hand side of strategy (an fr_sig_query with a
 * NULL field or a threshold out of range), without raising the error.
 */
bool		frn_sig_query_refused(Datum query, StrategyNumber strategy);

#endif
