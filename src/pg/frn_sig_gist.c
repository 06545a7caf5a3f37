/*
 * frn_sig_gist.c — GiST operator class fr_sig_gist_ops: ORDER BY sig <-> q.
 *
 * The number of unequal slots between two signatures is a metric (a
 * Hamming distance over 16-bit symbols), so the tree is a metric tree in
 * the manner of an M-tree: an inner key is a ball, a centre signature and a
 * radius bounding the distance from the centre to every signature below.
 * By the triangle inequality every signature below a key is at least
 * d(query, centre) - radius from the query: an exact lower bound, so KNN
 * through this index returns exactly what a sequential scan and sort return
 * (leaf distances are exact and never need a recheck).
 *
 * The bound only prunes balls that are tight, i.e. groups of versions of one
 * story.  The 2nd to 10th neighbours of a typical article are unrelated
 * articles that resemble it by chance (similarity 0.05 to 0.1), and a ball
 * holding unrelated articles is as wide as the space, so an exact top-k
 * reads most leaf pages: the cost is linear in the table size, with a
 * smaller constant than a sequential scan and sort.  docs/similarity.md
 * says when % through GIN is the better tool.  The opclass offers no %:
 * balls of unrelated articles cannot rule out a threshold either, so a GiST
 * % would read the whole index while looking cheap to the planner.
 *
 * Build: sorted (sortsupport orders signatures by their slots, which
 * places versions of one story side by side and fills pages completely),
 * or by insertion with penalty = radius growth and a split around the two
 * farthest keys.
 */
#include "postgres.h"

#include <limits.h>

#include "access/gist.h"
#include "access/itup.h"
#include "access/stratnum.h"
#include "utils/sortsupport.h"

#include "frn_sig.h"

static FrSigGKey *
gkey_make(int nslots, const uint16 *slots, int radius)
{
	FrSigGKey  *k = palloc(FRSIG_GKEY_SIZE(nslots));

	SET_VARSIZE(k, FRSIG_GKEY_SIZE(nslots));
	k->version = FRN_SIG_VERSION;
	k->flags = 0;
	k->nslots = (uint16) nslots;
	k->radius = (uint16) radius;
	k->pad = 0;
	memcpy(k->slots, slots, sizeof(uint16) * nslots);
	return k;
}

/*
 * A key, checked.  Keys are stored as gkey_make builds them: fr_sig_gkey has
 * STORAGE plain, so index_form_tuple keeps the 4-byte header and never
 * compresses or moves them.  Anything else comes from a corrupt page, and is
 * not detoasted: an "indirect" TOAST pointer there would be followed as a raw
 * memory address.
 */
static FrSigGKey *
gkey_from_datum(Datum d)
{
	FrSigGKey  *k = (FrSigGKey *) DatumGetPointer(d);

	if (!VARATT_IS_4B_U(k) ||
		VARSIZE(k) < offsetof(FrSigGKey, slots) || k->version != FRN_SIG_VERSION ||
		!frn_sig_valid_nslots(k->nslots) || VARSIZE(k) != FRSIG_GKEY_SIZE(k->nslots) ||
		k->radius > k->nslots)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("corrupted fr_sig GiST key"),
				 errhint("Please REINDEX the GiST index.")));
	return k;
}

static inline int
mismatches(const uint16 *a, const uint16 *b, int n)
{
	return n - frn_sig_matches(a, b, n);
}

PG_FUNCTION_INFO_V1(fr_sig_gist_compress);
Datum
fr_sig_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	FrSig	   *s;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	s = frn_sig_from_datum(entry->key);
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, PointerGetDatum(gkey_make(s->nslots, s->slots, 0)),
				  entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

/* Required by GiST; the operator class has no search strategy. */
PG_FUNCTION_INFO_V1(fr_sig_gist_consistent);
Datum
fr_sig_gist_consistent(PG_FUNCTION_ARGS)
{
	elog(ERROR, "unrecognized fr_sig GiST strategy number: %d", PG_GETARG_UINT16(2));
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(fr_sig_gist_distance);
Datum
fr_sig_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	FrSigQuery *q;
	FrSigGKey  *key;
	int			d;

	if (strategy != FrSigDistanceStrategy)
		elog(ERROR, "unrecognized fr_sig GiST strategy number: %d", strategy);
	q = frn_sig_query(fcinfo->flinfo, PG_GETARG_DATUM(1), strategy);
	key = gkey_from_datum(entry->key);
	frn_sig_check_compatible(key->nslots, q->nslots);
	d = mismatches(key->slots, q->slots, q->nslots) - key->radius;
	*recheck = false;
	PG_RETURN_FLOAT8((float8) Max(d, 0) / (float8) q->nslots);
}

/*
 * The smallest ball holding the n balls among those centred on one of them
 * (n <= 2: centred on the first, so that a parent key keeps its centre when
 * a tuple is added below it).
 */
static FrSigGKey *
union_of(FrSigGKey **keys, int n)
{
	int			nslots = keys[0]->nslots;
	int			best = 0,
				best_radius = INT_MAX;

	for (int c = 0; c < (n <= 2 ? 1 : n); c++)
	{
		int			r = 0;

		for (int i = 0; i < n && r < best_radius; i++)
		{
			frn_sig_check_compatible(nslots, keys[i]->nslots);
			r = Max(r, mismatches(keys[c]->slots, keys[i]->slots, nslots) + keys[i]->radius);
		}
		if (r < best_radius)
		{
			best = c;
			best_radius = r;
		}
	}
	return gkey_make(nslots, keys[best]->slots, Min(best_radius, nslots));
}

PG_FUNCTION_INFO_V1(fr_sig_gist_union);
Datum
fr_sig_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *size = (int *) PG_GETARG_POINTER(1);
	FrSigGKey **keys = palloc(sizeof(FrSigGKey *) * entryvec->n);
	FrSigGKey  *u;

	for (int i = 0; i < entryvec->n; i++)
		keys[i] = gkey_from_datum(entryvec->vector[i].key);
	u = union_of(keys, entryvec->n);
	*size = VARSIZE(u);
	PG_RETURN_POINTER(u);
}

PG_FUNCTION_INFO_V1(fr_sig_gist_penalty);
Datum
fr_sig_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	FrSigGKey  *orig = gkey_from_datum(origentry->key);
	FrSigGKey  *add = gkey_from_datum(newentry->key);
	int			d;

	frn_sig_check_compatible(orig->nslots, add->nslots);
	d = mismatches(orig->slots, add->slots, orig->nslots);
	/* Radius growth first; among equal growth, the closer centre. */
	*penalty = (float) Max(0, d + add->radius - orig->radius) +
		(float) d / (float) (2 * orig->nslots + 1);
	PG_RETURN_POINTER(penalty);
}

typedef struct SplitItem
{
	OffsetNumber off;
	int			diff;			/* distance to left seed - to right seed */
} SplitItem;

static int
cmp_split_item(const void *a, const void *b)
{
	const SplitItem *x = a,
			   *y = b;

	if (x->diff != y->diff)
		return x->diff < y->diff ? -1 : 1;
	return x->off < y->off ? -1 : (x->off > y->off);
}

/* How many keys of this size fit on a GiST page. */
static int
keys_per_page(const FrSigGKey *k)
{
	Size		tuple = MAXALIGN(sizeof(IndexTupleData) + VARSIZE(k)) + sizeof(ItemIdData);

	return (BLCKSZ - SizeOfPageHeaderData - MAXALIGN(sizeof(GISTPageOpaqueData))) / tuple;
}

/*
 * Order keys[FirstOffsetNumber .. FirstOffsetNumber + n - 1] into items
 * around the two keys farthest apart (nearer the left seed first) and
 * return how many go left: those nearer the left seed, with at least a
 * quarter of the keys on each side.
 */
static int
split_by_seeds(FrSigGKey **keys, int n, SplitItem *items)
{
	int			nslots = keys[FirstOffsetNumber]->nslots;
	OffsetNumber last = FirstOffsetNumber + n - 1,
				seed_l = FirstOffsetNumber,
				seed_r = FirstOffsetNumber + 1;
	int			far = -1,
				nleft = 0;

	for (OffsetNumber i = FirstOffsetNumber; i <= last; i++)
		for (OffsetNumber j = i + 1; j <= last; j++)
		{
			int			d = mismatches(keys[i]->slots, keys[j]->slots, nslots) +
				keys[i]->radius + keys[j]->radius;

			if (d > far)
			{
				far = d;
				seed_l = i;
				seed_r = j;
			}
		}
	for (int k = 0; k < n; k++)
	{
		OffsetNumber i = FirstOffsetNumber + k;

		items[k].off = i;
		items[k].diff = mismatches(keys[i]->slots, keys[seed_l]->slots, nslots) -
			mismatches(keys[i]->slots, keys[seed_r]->slots, nslots);
	}
	qsort(items, n, sizeof(SplitItem), cmp_split_item);
	while (nleft < n && items[nleft].diff < 0)
		nleft++;
	while (nleft < n && items[nleft].diff == 0 && nleft < n - nleft)
		nleft++;				/* ties go to the smaller side */
	nleft = Max(nleft, n / 4);
	nleft = Min(nleft, n - n / 4);
	nleft = Max(nleft, 1);
	return Min(nleft, n - 1);
}

/*
 * A page overflowing by a few keys is split around two seeds.  More keys
 * than two pages hold come from the sorted build, which hands over several
 * pages of keys in sort order: those are cut into full pages in that order
 * instead (halving them again and again would leave pages half empty, and
 * the order already keeps versions of a story together).
 */
PG_FUNCTION_INFO_V1(fr_sig_gist_picksplit);
Datum
fr_sig_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1;
	FrSigGKey **keys = palloc(sizeof(FrSigGKey *) * (maxoff + 1));
	SplitItem  *items = palloc(sizeof(SplitItem) * n);
	FrSigGKey **side = palloc(sizeof(FrSigGKey *) * n);
	int			per_page,
				nleft;

	for (OffsetNumber i = FirstOffsetNumber; i <= maxoff; i++)
	{
		keys[i] = gkey_from_datum(entryvec->vector[i].key);
		frn_sig_check_compatible(keys[FirstOffsetNumber]->nslots, keys[i]->nslots);
	}
	per_page = keys_per_page(keys[FirstOffsetNumber]);
	if (n > 2 * per_page)
	{
		for (int k = 0; k < n; k++)
			items[k].off = FirstOffsetNumber + k;
		nleft = per_page;
	}
	else
		nleft = split_by_seeds(keys, n, items);

	v->spl_left = palloc(sizeof(OffsetNumber) * n);
	v->spl_right = palloc(sizeof(OffsetNumber) * n);
	v->spl_nleft = v->spl_nright = 0;
	for (int k = 0; k < n; k++)
	{
		if (k < nleft)
			v->spl_left[v->spl_nleft++] = items[k].off;
		else
			v->spl_right[v->spl_nright++] = items[k].off;
	}
	for (int k = 0; k < v->spl_nleft; k++)
		side[k] = keys[v->spl_left[k]];
	v->spl_ldatum = PointerGetDatum(union_of(side, v->spl_nleft));
	for (int k = 0; k < v->spl_nright; k++)
		side[k] = keys[v->spl_right[k]];
	v->spl_rdatum = PointerGetDatum(union_of(side, v->spl_nright));
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(fr_sig_gist_same);
Datum
fr_sig_gist_same(PG_FUNCTION_ARGS)
{
	FrSigGKey  *a = gkey_from_datum(PG_GETARG_DATUM(0));
	FrSigGKey  *b = gkey_from_datum(PG_GETARG_DATUM(1));
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
	PG_RETURN_POINTER(result);
}

/* Sorted build: leaf keys in lexicographic order of their slots. */
static int
gkey_cmp(Datum a, Datum b, SortSupport ssup)
{
	FrSigGKey  *x = gkey_from_datum(a);
	FrSigGKey  *y = gkey_from_datum(b);
	int			n = Min(x->nslots, y->nslots);

	for (int i = 0; i < n; i++)
		if (x->slots[i] != y->slots[i])
			return x->slots[i] < y->slots[i] ? -1 : 1;
	return (x->nslots > y->nslots) - (x->nslots < y->nslots);
}

PG_FUNCTION_INFO_V1(fr_sig_gist_sortsupport);
Datum
fr_sig_gist_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = gkey_cmp;
	PG_RETURN_VOID();
}
