/*
 * frn_sig_flat.c — the fr_flat index access method: exact KNN over fr_sig,
 * ORDER BY sig <-> q LIMIT k, by scanning every signature.
 *
 * Why a scan: the ten nearest neighbours of a news article are its other
 * versions (if any) and then articles that resemble it by chance, at a
 * similarity of 0.05 to 0.1, i.e. a distance within a few slots of that of
 * every other unrelated article.  No bound on a group of unrelated articles
 * separates those from the rest, so an exact top-k through any tree reads
 * every signature (docs/similarity.md).  A tree then only adds cost: GiST
 * allocates and queues every leaf entry.  fr_flat stores the signatures
 * packed in pages and, per scan, computes every distance once in a tight
 * loop, keeping the best entries only.
 *
 * Layout: block 0 is a metapage (magic, format version); every other block
 * holds index tuples, one per heap row (the signature, or NULL), in no
 * order.  Inserts go to the page of the previous insert, a page the free
 * space map knows, or a new page at the end; VACUUM deletes entries in place
 * and records the space freed.  Every change is WAL-logged as a generic
 * record, so the index is crash-safe and replicates.
 *
 * Scan: entries are ranked by (distance, heap TID), a total order packed in
 * a 64-bit key.  A pass over the index keeps the `batch` lowest keys above
 * those of earlier passes (in a buffer of twice that size, halved when full
 * by a histogram of distances, after which a cutoff rejects most entries at
 * once), orders them by a counting sort and returns them; a consumer that
 * wants more than a batch (no LIMIT, or rows filtered out by other
 * conditions) triggers another pass with a batch four times larger, up to
 * what work_mem holds.  Memory per scan is therefore bounded by the batch, never
 * by the table, and LIMIT k <= FLAT_FIRST_BATCH costs one pass.  NULL
 * signatures (and every entry when the query is NULL, or when there is no
 * ORDER BY at all, as in count(*) by an index-only scan) rank last with a
 * NULL distance, as ORDER BY puts them.
 *
 * Results are exact: the distance returned is the one fr_sig <-> computes,
 * so the executor needs no recheck.
 */
#include "postgres.h"

#include <math.h>

#include "access/amapi.h"
#include "access/amvalidate.h"
#include "access/generic_xlog.h"
#include "access/htup_details.h"
#include "access/itup.h"
#include "access/reloptions.h"
#include "access/relscan.h"
#include "access/tableam.h"
#include "access/xloginsert.h"
#include "catalog/index.h"
#include "catalog/pg_amop.h"
#include "catalog/pg_amproc.h"
#include "catalog/pg_opclass.h"
#include "catalog/pg_type.h"
#include "commands/vacuum.h"
#include "miscadmin.h"
#include "optimizer/optimizer.h"
#include "storage/bufmgr.h"
#include "storage/freespace.h"
#include "storage/lmgr.h"
#include "utils/catcache.h"
#include "utils/float.h"
#include "utils/memutils.h"
#include "utils/selfuncs.h"
#include "utils/spccache.h"
#include "utils/syscache.h"

#include "frn_sig.h"

#define FLAT_MAGIC			0x66724653	/* "frFS" */
#define FLAT_FORMAT			1
#define FLAT_PAGE_ID		0xFA7E		/* in every page's special space */
#define FLAT_META_BLKNO		0
#define FLAT_DISTANCE_STRATEGY	1		/* the only operator: <-> */

#define FLAT_FIRST_BATCH	1024
#define FLAT_NULL_DISTANCE	(FRN_SIG_MAX_SLOTS + 1)	/* above any real distance */
#define FLAT_NDISTANCES		(FLAT_NULL_DISTANCE + 1)

/* vacuum_delay_point() is told whether ANALYZE calls it from PostgreSQL 18 on */
#if PG_VERSION_NUM >= 180000
#define flat_vacuum_delay_point() vacuum_delay_point(false)
#else
#define flat_vacuum_delay_point() vacuum_delay_point()
#endif

/* Page flags */
#define FLAT_META			0x0001

typedef struct FlatPageOpaqueData
{
	uint16		flags;
	uint16		format;			/* FLAT_FORMAT */
	uint16		unused;
	uint16		page_id;		/* FLAT_PAGE_ID */
} FlatPageOpaqueData;

typedef FlatPageOpaqueData *FlatPageOpaque;

typedef struct FlatMetaData
{
	uint32		magic;
	uint32		format;
} FlatMetaData;

#define FlatPageGetOpaque(page)	((FlatPageOpaque) PageGetSpecialPointer(page))
#define FlatPageGetMeta(page)	((FlatMetaData *) PageGetContents(page))

/* Largest entry a page holds (a 1024-slot signature is about 2 kB). */
#define FLAT_MAX_ITEM_SIZE \
	MAXALIGN_DOWN(BLCKSZ - SizeOfPageHeaderData - MAXALIGN(sizeof(FlatPageOpaqueData)) - sizeof(ItemIdData))

/* ------------------------------------------------------------------------
 * Pages
 */
static void
flat_page_init(Page page, uint16 flags)
{
	FlatPageOpaque opaque;

	PageInit(page, BLCKSZ, sizeof(FlatPageOpaqueData));
	opaque = FlatPageGetOpaque(page);
	opaque->flags = flags;
	opaque->format = FLAT_FORMAT;
	opaque->unused = 0;
	opaque->page_id = FLAT_PAGE_ID;
}

static void
flat_meta_init(Page page)
{
	FlatMetaData *meta;

	flat_page_init(page, FLAT_META);
	meta = FlatPageGetMeta(page);
	meta->magic = FLAT_MAGIC;
	meta->format = FLAT_FORMAT;
	((PageHeader) page)->pd_lower = (char *) (meta + 1) - (char *) page;
}

/*
 * A page of this index, or an error.  PostgreSQL checked the header when it
 * read the page (pd_lower <= pd_upper <= pd_special), which still allows
 * more line pointers than entries fit on a page: VACUUM collects the
 * offsets of a page in an array of MaxIndexTuplesPerPage.
 */
static void
flat_check_page(Relation index, Page page, BlockNumber blkno)
{
	FlatPageOpaque opaque;

	if (PageGetSpecialSize(page) != MAXALIGN(sizeof(FlatPageOpaqueData)) ||
		(opaque = FlatPageGetOpaque(page))->page_id != FLAT_PAGE_ID ||
		opaque->format != FLAT_FORMAT ||
		((opaque->flags & FLAT_META) != 0) != (blkno == FLAT_META_BLKNO) ||
		PageGetMaxOffsetNumber(page) > MaxIndexTuplesPerPage)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("index \"%s\" contains a corrupted page at block %u",
						RelationGetRelationName(index), blkno),
				 errhint("Please REINDEX it.")));
}

/*
 * Entry off of a data page, its line pointer, size and heap TID checked (a
 * heap fetch of block InvalidBlockNumber, P_NEW, would extend the table).
 */
static inline IndexTuple
flat_page_entry(Relation index, Page page, BlockNumber blkno, OffsetNumber off)
{
	ItemId		iid = PageGetItemId(page, off);
	IndexTuple	itup;

	if (unlikely(!ItemIdIsNormal(iid) ||
				 ItemIdGetLength(iid) < sizeof(IndexTupleData) ||
				 ItemIdGetOffset(iid) + ItemIdGetLength(iid) > BLCKSZ ||
				 IndexTupleSize(itup = (IndexTuple) PageGetItem(page, iid)) > ItemIdGetLength(iid) ||
				 !BlockNumberIsValid(ItemPointerGetBlockNumberNoCheck(&itup->t_tid)) ||
				 !OffsetNumberIsValid(ItemPointerGetOffsetNumberNoCheck(&itup->t_tid))))
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("index \"%s\" contains a corrupted entry at block %u, offset %u",
						RelationGetRelationName(index), blkno, off),
				 errhint("Please REINDEX it.")));
	return itup;
}

/*
 * Data page blkno, pinned and locked in mode and checked, or InvalidBuffer
 * for a page left zeroed by an extension that failed before its WAL record
 * (it holds no entry).
 */
static Buffer
flat_read_data_page(Relation index, BlockNumber blkno, int mode,
					BufferAccessStrategy strategy)
{
	Buffer		buf = ReadBufferExtended(index, MAIN_FORKNUM, blkno, RBM_NORMAL, strategy);
	Page		page;

	LockBuffer(buf, mode);
	page = BufferGetPage(buf);
	if (PageIsNew(page))
	{
		UnlockReleaseBuffer(buf);
		return InvalidBuffer;
	}
	flat_check_page(index, page, blkno);
	return buf;
}

/* Check the metapage: an fr_flat index of a format this module reads. */
static void
flat_check_meta(Relation index)
{
	Buffer		buf = ReadBuffer(index, FLAT_META_BLKNO);
	Page		page;
	FlatMetaData *meta;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	flat_check_page(index, page, FLAT_META_BLKNO);
	meta = FlatPageGetMeta(page);
	if (meta->magic != FLAT_MAGIC || meta->format != FLAT_FORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("index \"%s\" is not an fr_flat index of format %d",
						RelationGetRelationName(index), FLAT_FORMAT),
				 errhint("Please REINDEX it.")));
	UnlockReleaseBuffer(buf);
}

/* A new page at the end of fork `fork` of the index, pinned and exclusively locked. */
static Buffer
flat_new_buffer(Relation index, ForkNumber fork)
{
#if PG_VERSION_NUM >= 160000
	/* takes the relation extension lock itself unless the index is local */
	return ExtendBufferedRel(BMR_REL(index), fork, NULL, EB_LOCK_FIRST);
#else
	bool		need_lock = !RELATION_IS_LOCAL(index);
	Buffer		buf;

	if (need_lock)
		LockRelationForExtension(index, ExclusiveLock);
	buf = ReadBufferExtended(index, fork, P_NEW, RBM_NORMAL, NULL);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	if (need_lock)
		UnlockRelationForExtension(index, ExclusiveLock);
	return buf;
#endif
}

/* Write a whole page image (built in local memory) to a new block. */
static void
flat_write_new_page(Relation index, Page image)
{
	Buffer		buf = flat_new_buffer(index, MAIN_FORKNUM);
	GenericXLogState *state = GenericXLogStart(index);
	Page		page = GenericXLogRegisterBuffer(state, buf, GENERIC_XLOG_FULL_IMAGE);

	memcpy(page, image, BLCKSZ);
	GenericXLogFinish(state);
	UnlockReleaseBuffer(buf);
}

/* ------------------------------------------------------------------------
 * Entries
 */

/* The index tuple of one heap row: its signature (validated) or NULL. */
static IndexTuple
flat_form_entry(Relation index, Datum value, bool isnull, ItemPointer tid)
{
	Datum		v = 0;
	IndexTuple	itup;

	if (!isnull)
		v = PointerGetDatum(frn_sig_from_datum(value));
	itup = index_form_tuple(RelationGetDescr(index), &v, &isnull);
	itup->t_tid = *tid;
	if (IndexTupleSize(itup) > FLAT_MAX_ITEM_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("index row size %zu exceeds fr_flat maximum %zu for index \"%s\"",
						IndexTupleSize(itup), (Size) FLAT_MAX_ITEM_SIZE,
						RelationGetRelationName(index))));
	return itup;
}

/* ------------------------------------------------------------------------
 * Build
 */
typedef struct FlatBuildState
{
	double		indtuples;
	MemoryContext tmpcxt;		/* reset after every row */
	PGAlignedBlock page;		/* the page being filled */
	bool		page_has_data;
} FlatBuildState;

static void
flat_build_callback(Relation index, ItemPointer tid, Datum *values,
					bool *isnull, bool tupleIsAlive, void *arg)
{
	FlatBuildState *bs = arg;
	MemoryContext old = MemoryContextSwitchTo(bs->tmpcxt);
	IndexTuple	itup = flat_form_entry(index, values[0], isnull[0], tid);
	Size		size = MAXALIGN(IndexTupleSize(itup));

	if (PageGetFreeSpace(bs->page.data) < size)
	{
		flat_write_new_page(index, bs->page.data);
		flat_page_init(bs->page.data, 0);
	}
	if (PageAddItem(bs->page.data, (Item) itup, size, InvalidOffsetNumber,
					false, false) == InvalidOffsetNumber)
		elog(ERROR, "failed to add an entry to fr_flat index \"%s\"",
			 RelationGetRelationName(index));
	bs->page_has_data = true;
	bs->indtuples += 1;
	MemoryContextSwitchTo(old);
	MemoryContextReset(bs->tmpcxt);
}

static IndexBuildResult *
flat_build(Relation heap, Relation index, IndexInfo *indexInfo)
{
	FlatBuildState bs;
	IndexBuildResult *result;
	double		reltuples;

	if (RelationGetNumberOfBlocks(index) != 0)
		elog(ERROR, "index \"%s\" already contains data", RelationGetRelationName(index));

	memset(&bs, 0, sizeof(bs));
	flat_meta_init(bs.page.data);
	flat_write_new_page(index, bs.page.data);

	bs.tmpcxt = AllocSetContextCreate(CurrentMemoryContext, "fr_flat build",
									  ALLOCSET_DEFAULT_SIZES);
	flat_page_init(bs.page.data, 0);
	reltuples = table_index_build_scan(heap, index, indexInfo, true, true,
									   flat_build_callback, &bs, NULL);
	if (bs.page_has_data)
		flat_write_new_page(index, bs.page.data);
	MemoryContextDelete(bs.tmpcxt);

	result = palloc(sizeof(IndexBuildResult));
	result->heap_tuples = reltuples;
	result->index_tuples = bs.indtuples;
	return result;
}

/*
 * The init fork of an unlogged index: the metapage alone, written through
 * shared buffers as GiST does, which keeps smgr's API (different in each
 * server version) out of this module.  The page is WAL-logged whatever the
 * index's persistence (generic records are not, for an unlogged index):
 * redo of a full image of an init fork writes it to disk at once, as the
 * reset of unlogged relations after a crash needs.
 */
static void
flat_build_empty(Relation index)
{
	Buffer		buf = flat_new_buffer(index, INIT_FORKNUM);

	START_CRIT_SECTION();
	flat_meta_init(BufferGetPage(buf));
	MarkBufferDirty(buf);
	log_newpage_buffer(buf, true);
	END_CRIT_SECTION();
	UnlockReleaseBuffer(buf);
}

/* ------------------------------------------------------------------------
 * Insert
 */

/* Add itup to data block blkno if it has room; false (and FSM updated) if not. */
static bool
flat_try_insert(Relation index, BlockNumber blkno, IndexTuple itup, Size size)
{
	Buffer		buf;
	GenericXLogState *state;
	Page		page;

	if (blkno == FLAT_META_BLKNO || blkno >= RelationGetNumberOfBlocks(index))
		return false;
	buf = ReadBuffer(index, blkno);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	page = BufferGetPage(buf);
	/* a zeroed page is left by an extension that failed before its WAL record */
	if (PageIsNew(page) || PageGetFreeSpace(page) < size)
	{
		Size		avail = PageIsNew(page) ? 0 : PageGetFreeSpace(page);

		UnlockReleaseBuffer(buf);
		RecordPageWithFreeSpace(index, blkno, avail);
		return false;
	}
	flat_check_page(index, page, blkno);
	state = GenericXLogStart(index);
	page = GenericXLogRegisterBuffer(state, buf, 0);
	if (PageAddItem(page, (Item) itup, size, InvalidOffsetNumber, false, false) == InvalidOffsetNumber)
		elog(ERROR, "failed to add an entry to fr_flat index \"%s\"",
			 RelationGetRelationName(index));
	GenericXLogFinish(state);
	UnlockReleaseBuffer(buf);
	return true;
}

static bool
flat_insert(Relation index, Datum *values, bool *isnull, ItemPointer ht_ctid,
			Relation heap, IndexUniqueCheck checkUnique, bool indexUnchanged,
			IndexInfo *indexInfo)
{
	IndexTuple	itup = flat_form_entry(index, values[0], isnull[0], ht_ctid);
	Size		size = MAXALIGN(IndexTupleSize(itup));
	BlockNumber blkno = RelationGetTargetBlock(index);
	GenericXLogState *state;
	Buffer		buf;
	Page		page;

	/* The page of the previous insert, then one the free space map knows. */
	if (blkno != InvalidBlockNumber && !flat_try_insert(index, blkno, itup, size))
		blkno = InvalidBlockNumber;
	if (blkno == InvalidBlockNumber)
	{
		blkno = GetPageWithFreeSpace(index, size + sizeof(ItemIdData));
		if (blkno != InvalidBlockNumber && !flat_try_insert(index, blkno, itup, size))
			blkno = InvalidBlockNumber;
	}
	if (blkno == InvalidBlockNumber)
	{
		/* A new page at the end. */
		buf = flat_new_buffer(index, MAIN_FORKNUM);
		state = GenericXLogStart(index);
		page = GenericXLogRegisterBuffer(state, buf, GENERIC_XLOG_FULL_IMAGE);
		flat_page_init(page, 0);
		if (PageAddItem(page, (Item) itup, size, InvalidOffsetNumber, false, false) == InvalidOffsetNumber)
			elog(ERROR, "failed to add an entry to fr_flat index \"%s\"",
				 RelationGetRelationName(index));
		GenericXLogFinish(state);
		blkno = BufferGetBlockNumber(buf);
		UnlockReleaseBuffer(buf);
	}
	RelationSetTargetBlock(index, blkno);
	pfree(itup);
	return false;
}

/* ------------------------------------------------------------------------
 * VACUUM
 */
static IndexBulkDeleteResult *
flat_bulkdelete(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
				IndexBulkDeleteCallback callback, void *callback_state)
{
	Relation	index = info->index;
	BlockNumber nblocks = RelationGetNumberOfBlocks(index);
	OffsetNumber *dead = palloc(sizeof(OffsetNumber) * MaxIndexTuplesPerPage);

	if (stats == NULL)
		stats = palloc0(sizeof(IndexBulkDeleteResult));

	for (BlockNumber blkno = FLAT_META_BLKNO + 1; blkno < nblocks; blkno++)
	{
		Buffer		buf;
		Page		page;
		OffsetNumber maxoff;
		int			ndead = 0;
		Size		avail;

		flat_vacuum_delay_point();
		buf = flat_read_data_page(index, blkno, BUFFER_LOCK_EXCLUSIVE, info->strategy);
		if (!BufferIsValid(buf))
			continue;
		page = BufferGetPage(buf);
		maxoff = PageGetMaxOffsetNumber(page);
		for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
		{
			IndexTuple	itup = flat_page_entry(index, page, blkno, off);

			if (callback(&itup->t_tid, callback_state))
				dead[ndead++] = off;
		}
		if (ndead > 0)
		{
			GenericXLogState *state = GenericXLogStart(index);

			PageIndexMultiDelete(GenericXLogRegisterBuffer(state, buf, 0), dead, ndead);
			/* the working copy dies in GenericXLogFinish: page stays the buffer's */
			GenericXLogFinish(state);
		}
		stats->tuples_removed += ndead;
		stats->num_index_tuples += maxoff - ndead;
		avail = PageGetFreeSpace(page);
		UnlockReleaseBuffer(buf);
		if (ndead > 0)
			RecordPageWithFreeSpace(index, blkno, avail);
	}
	stats->num_pages = nblocks;
	pfree(dead);
	return stats;
}

static IndexBulkDeleteResult *
flat_vacuumcleanup(IndexVacuumInfo *info, IndexBulkDeleteResult *stats)
{
	Relation	index = info->index;
	BlockNumber nblocks;

	if (info->analyze_only)
		return stats;

	nblocks = RelationGetNumberOfBlocks(index);
	if (stats == NULL)
	{
		/* No deletion pass ran: count the entries and the free space. */
		stats = palloc0(sizeof(IndexBulkDeleteResult));
		for (BlockNumber blkno = FLAT_META_BLKNO + 1; blkno < nblocks; blkno++)
		{
			Buffer		buf;
			Page		page;

			flat_vacuum_delay_point();
			buf = flat_read_data_page(index, blkno, BUFFER_LOCK_SHARE, info->strategy);
			if (!BufferIsValid(buf))
				continue;
			page = BufferGetPage(buf);
			stats->num_index_tuples += PageGetMaxOffsetNumber(page);
			RecordPageWithFreeSpace(index, blkno, PageGetFreeSpace(page));
			UnlockReleaseBuffer(buf);
		}
	}
	stats->num_pages = nblocks;
	FreeSpaceMapVacuum(index);
	return stats;
}

/* ------------------------------------------------------------------------
 * Scan
 */
typedef struct FlatScanOpaqueData
{
	MemoryContext cxt;			/* per-scan buffers, reset by rescan */
	IndexTuple	null_itup;		/* what an index-only scan gets: a NULL entry */
	bool		query_null;		/* ORDER BY sig <-> NULL, or no ORDER BY */
	int			qnslots;
	uint16		qslots[FRN_SIG_MAX_SLOTS];

	uint64	   *keys;			/* the current batch, sorted */
	int			nkeys;
	int			next;			/* next key of the batch to return */
	int			batch;			/* entries kept per pass */
	bool		started;
	bool		last_pass;		/* the current batch holds every key left */
	bool		have_floor;
	uint64		floor;			/* the cutoff of the current batch: every key
								 * <= floor is in it or in an earlier one */
} FlatScanOpaqueData;

typedef FlatScanOpaqueData *FlatScanOpaque;

/* (distance, heap TID) as one integer ordered like the pair. */
static inline uint64
flat_key(int distance, ItemPointer tid)
{
	return ((uint64) distance << 48) |
		((uint64) ItemPointerGetBlockNumberNoCheck(tid) << 16) |
		ItemPointerGetOffsetNumberNoCheck(tid);
}

/* Entries kept per pass at most: the buffer (twice that) fits in work_mem. */
static int
flat_max_batch(void)
{
	long		n = (long) work_mem * 1024L / (2 * sizeof(uint64));

	return (int) Min(Max(n, FLAT_FIRST_BATCH), MaxAllocSize / (2 * sizeof(uint64)));
}

/* An entry that is not a signature of the query's slot count: say why. */
static _Noreturn void
flat_bad_entry(Relation index, FlatScanOpaque so, IndexTuple itup)
{
	Size		size = IndexTupleSize(itup);
	Size		off = IndexInfoFindDataOffset(itup->t_info);
	const FrSig *s = (const FrSig *) ((const char *) itup + off);

	if (size >= off + offsetof(FrSig, slots) && VARATT_IS_4B_U(s) &&
		s->version == FRN_SIG_VERSION && s->flags == 0 &&
		frn_sig_valid_nslots(s->nslots) && VARSIZE(s) == FRSIG_SIZE(s->nslots) &&
		size >= off + VARSIZE(s))
		frn_sig_check_compatible(s->nslots, so->qnslots);
	ereport(ERROR,
			(errcode(ERRCODE_INDEX_CORRUPTED),
			 errmsg("index \"%s\" contains a corrupted fr_sig entry",
					RelationGetRelationName(index)),
			 errhint("Please REINDEX it.")));
}

/*
 * Distance from the query to the entry: FLAT_NULL_DISTANCE for a NULL entry
 * or query.  fr_sig has STORAGE plain, so index_form_tuple stored it with a
 * 4-byte header, uncompressed; anything else is corruption.
 */
static inline int
flat_distance(Relation index, FlatScanOpaque so, IndexTuple itup)
{
	Size		off;
	const FrSig *s;

	if (IndexTupleHasNulls(itup) || so->query_null)
		return FLAT_NULL_DISTANCE;
	off = IndexInfoFindDataOffset(itup->t_info);
	s = (const FrSig *) ((const char *) itup + off);
	if (unlikely(IndexTupleSize(itup) < off + FRSIG_SIZE(so->qnslots) ||
				 !VARATT_IS_4B_U(s) || VARSIZE(s) != FRSIG_SIZE(so->qnslots) ||
				 s->version != FRN_SIG_VERSION || s->flags != 0 ||
				 s->nslots != so->qnslots))
		flat_bad_entry(index, so, itup);
	return so->qnslots - frn_sig_matches(s->slots, so->qslots, so->qnslots);
}

static inline int
key_distance(uint64 key)
{
	return (int) (key >> 48);
}

/*
 * Order of two keys, for the sort of the keys tied at the cut of a batch:
 * up to work_mem / 8 of them (tens of millions with a large work_mem,
 * seconds of sorting), so it checks for interrupts (pg_qsort allocates
 * nothing: leaving it by an error is safe).
 */
static int
cmp_uint64(const void *a, const void *b)
{
	static uint32 calls;
	uint64		x = *(const uint64 *) a,
				y = *(const uint64 *) b;

	if ((++calls & 0xFFFF) == 0)
		CHECK_FOR_INTERRUPTS();
	return (x > y) - (x < y);
}

/*
 * Keep the `keep` lowest of keys[0..n) (in place, order not kept) and return
 * the highest key kept.  A histogram of the distances finds the distance of
 * the cut; only the keys at that distance are sorted, to cut among ties.
 */
static uint64
flat_compact(uint64 *keys, int n, int keep, uint32 *hist, uint64 *scratch)
{
	int			cut = 0,
				below = 0,
				ntied = 0,
				m = 0;
	uint64		top;

	memset(hist, 0, sizeof(uint32) * FLAT_NDISTANCES);
	for (int i = 0; i < n; i++)
		hist[key_distance(keys[i])]++;
	while (below + (int) hist[cut] < keep)
		below += hist[cut++];
	for (int i = 0; i < n; i++)
		if (key_distance(keys[i]) == cut)
			scratch[ntied++] = keys[i];
	qsort(scratch, ntied, sizeof(uint64), cmp_uint64);
	top = scratch[keep - below - 1];
	for (int i = 0; i < n; i++)
		if (keys[i] <= top)
			keys[m++] = keys[i];
	Assert(m == keep);
	return top;
}

/* Order keys[0..n) by distance into out (ties in any order). */
static void
flat_sort(const uint64 *keys, int n, uint64 *out, uint32 *hist)
{
	uint32		pos = 0;

	memset(hist, 0, sizeof(uint32) * FLAT_NDISTANCES);
	for (int i = 0; i < n; i++)
		hist[key_distance(keys[i])]++;
	for (int d = 0; d < FLAT_NDISTANCES; d++)
	{
		uint32		c = hist[d];

		hist[d] = pos;
		pos += c;
	}
	for (int i = 0; i < n; i++)
		out[hist[key_distance(keys[i])]++] = keys[i];
}

/*
 * One pass over the index: the so->batch lowest keys above the floor, sorted,
 * into so->keys.
 */
static void
flat_collect(IndexScanDesc scan)
{
	Relation	index = scan->indexRelation;
	FlatScanOpaque so = (FlatScanOpaque) scan->opaque;
	BlockNumber nblocks = RelationGetNumberOfBlocks(index);
	int			cap = 2 * so->batch;
	uint64		cutoff = PG_UINT64_MAX;
	uint64	   *keys,
			   *scratch;
	uint32	   *hist;
	int			n = 0;

	MemoryContextReset(so->cxt);
	keys = MemoryContextAlloc(so->cxt, sizeof(uint64) * cap);
	scratch = MemoryContextAlloc(so->cxt, sizeof(uint64) * cap);
	hist = MemoryContextAlloc(so->cxt, sizeof(uint32) * FLAT_NDISTANCES);

	for (BlockNumber blkno = FLAT_META_BLKNO + 1; blkno < nblocks; blkno++)
	{
		Buffer		buf;
		Page		page;
		OffsetNumber maxoff;

		CHECK_FOR_INTERRUPTS();
		buf = flat_read_data_page(index, blkno, BUFFER_LOCK_SHARE, NULL);
		if (!BufferIsValid(buf))
			continue;
		page = BufferGetPage(buf);
		maxoff = PageGetMaxOffsetNumber(page);
		for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
		{
			IndexTuple	itup = flat_page_entry(index, page, blkno, off);
			int			d = flat_distance(index, so, itup);
			uint64		key = flat_key(d, &itup->t_tid);

			if (key > cutoff || (so->have_floor && key <= so->floor))
				continue;
			keys[n++] = key;
			if (n == cap)
			{
				/* keep the lower half; later entries must beat its top */
				cutoff = flat_compact(keys, n, so->batch, hist, scratch);
				n = so->batch;
			}
		}
		UnlockReleaseBuffer(buf);
	}
	so->keys = scratch;
	flat_sort(keys, n, so->keys, hist);
	so->floor = cutoff;
	so->nkeys = n;
	so->next = 0;
	so->last_pass = (cutoff == PG_UINT64_MAX);
}

static IndexScanDesc
flat_beginscan(Relation index, int nkeys, int norderbys)
{
	IndexScanDesc scan = RelationGetIndexScan(index, nkeys, norderbys);
	FlatScanOpaque so = palloc0(sizeof(FlatScanOpaqueData));
	Datum		null_value = (Datum) 0;
	bool		isnull = true;

	flat_check_meta(index);
	so->null_itup = index_form_tuple(RelationGetDescr(index), &null_value, &isnull);
	so->cxt = AllocSetContextCreate(CurrentMemoryContext, "fr_flat scan",
									ALLOCSET_DEFAULT_SIZES);
	scan->opaque = so;
	scan->xs_orderbyvals = palloc0(sizeof(Datum) * Max(norderbys, 1));
	scan->xs_orderbynulls = palloc(sizeof(bool) * Max(norderbys, 1));
	return scan;
}

static void
flat_rescan(IndexScanDesc scan, ScanKey keys, int nkeys,
			ScanKey orderbys, int norderbys)
{
	FlatScanOpaque so = (FlatScanOpaque) scan->opaque;

	if (nkeys != 0 || norderbys > 1)
		elog(ERROR, "fr_flat scans take at most one ORDER BY operator and no conditions");
	memmove(scan->orderByData, orderbys, sizeof(ScanKeyData) * norderbys);
	if (norderbys == 1 && scan->orderByData[0].sk_strategy != FLAT_DISTANCE_STRATEGY)
		elog(ERROR, "unrecognized fr_flat strategy number: %d",
			 scan->orderByData[0].sk_strategy);

	/*
	 * No ORDER BY: the planner may scan the index for every row when it needs
	 * no column, e.g. count(*) by an index-only scan.  Every entry then comes
	 * out, as for a NULL query.
	 */
	so->query_null = norderbys == 0 || (scan->orderByData[0].sk_flags & SK_ISNULL) != 0;
	if (!so->query_null)
	{
		FrSig	   *q = frn_sig_from_datum(scan->orderByData[0].sk_argument);

		so->qnslots = q->nslots;
		memcpy(so->qslots, q->slots, sizeof(uint16) * q->nslots);
	}
	MemoryContextReset(so->cxt);
	so->keys = NULL;
	so->nkeys = so->next = 0;
	so->batch = FLAT_FIRST_BATCH;
	so->started = so->last_pass = so->have_floor = false;
}

static bool
flat_gettuple(IndexScanDesc scan, ScanDirection dir)
{
	FlatScanOpaque so = (FlatScanOpaque) scan->opaque;
	uint64		key;
	int			d;

	if (dir != ForwardScanDirection)
		elog(ERROR, "fr_flat supports forward scans only");

	while (!so->started || so->next >= so->nkeys)
	{
		if (so->started)
		{
			if (so->last_pass || so->nkeys == 0)
				return false;
			so->have_floor = true;	/* so->floor: the last pass's cutoff */
			so->batch = Min(so->batch * 4, flat_max_batch());
		}
		so->started = true;
		flat_collect(scan);
	}

	key = so->keys[so->next++];
	d = (int) (key >> 48);
	ItemPointerSet(&scan->xs_heaptid, (BlockNumber) (key >> 16), (OffsetNumber) key);
	scan->xs_recheck = false;
	scan->xs_recheckorderby = false;
	if (scan->xs_want_itup)
	{
		/* fr_flat returns no column: an index-only scan needs none (as GiST) */
		scan->xs_itup = so->null_itup;
		scan->xs_itupdesc = RelationGetDescr(scan->indexRelation);
	}
	if (d == FLAT_NULL_DISTANCE)
	{
		scan->xs_orderbyvals[0] = (Datum) 0;
		scan->xs_orderbynulls[0] = true;
	}
	else
	{
		/* exactly what fr_sig <-> returns */
		scan->xs_orderbyvals[0] = Float4GetDatum((float4) d / (float4) so->qnslots);
		scan->xs_orderbynulls[0] = false;
	}
	return true;
}

static void
flat_endscan(IndexScanDesc scan)
{
	FlatScanOpaque so = (FlatScanOpaque) scan->opaque;

	MemoryContextDelete(so->cxt);
	pfree(so);
}

/* ------------------------------------------------------------------------
 * Planner, options, validation
 */

/*
 * A pass reads every page in physical order and computes every distance
 * before its first row comes out: the first pass is startup cost, and
 * returning every row takes as many passes as batches.
 */
static void
flat_costestimate(PlannerInfo *root, IndexPath *path, double loop_count,
				  Cost *indexStartupCost, Cost *indexTotalCost,
				  Selectivity *indexSelectivity, double *indexCorrelation,
				  double *indexPages)
{
	IndexOptInfo *index = path->indexinfo;
	double		tuples = clamp_row_est(index->tuples);	/* 1 .. 1e100, never NaN */
	double		pages = Max((double) index->pages, 1.0);
	double		spc_seq_page_cost,
				pass_cost,
				left = tuples,
				batch = FLAT_FIRST_BATCH,
				max_batch = flat_max_batch(),
				passes = 0;

	get_tablespace_page_costs(index->reltablespace, NULL, &spc_seq_page_cost);
	pass_cost = pages * spc_seq_page_cost + tuples * (cpu_index_tuple_cost + cpu_operator_cost);

	/*
	 * The batches grow to max_batch, then the passes left are one division:
	 * a loop to the end took as many steps as passes, without a check for
	 * interrupts, and never ended on the row count of statistics that say
	 * 1e30 rows (left - batch == left).
	 */
	while (left > 0 && batch < max_batch)
	{
		passes++;
		left -= batch;
		batch = Min(batch * 4, max_batch);
	}
	if (left > 0)
		passes += ceil(left / max_batch);
	*indexStartupCost = pass_cost + index_other_operands_eval_cost(root, path->indexorderbys);
	*indexTotalCost = *indexStartupCost + (passes - 1) * pass_cost;
	*indexSelectivity = 1.0;
	*indexCorrelation = 0.0;
	*indexPages = pages;
}

static bytea *
flat_options(Datum reloptions, bool validate)
{
	if (validate && DatumGetPointer(reloptions) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fr_flat indexes take no storage parameters")));
	return NULL;
}

/*
 * An fr_flat operator class holds one ordering operator, strategy 1, on its
 * input type, returning float4, and no support function.
 */
static bool
flat_validate(Oid opclassoid)
{
	HeapTuple	classtup = SearchSysCache1(CLAOID, ObjectIdGetDatum(opclassoid));
	Form_pg_opclass classform;
	CatCList   *oprs,
			   *procs;
	bool		ok = true;

	if (!HeapTupleIsValid(classtup))
		elog(ERROR, "cache lookup failed for operator class %u", opclassoid);
	classform = (Form_pg_opclass) GETSTRUCT(classtup);
	oprs = SearchSysCacheList1(AMOPSTRATEGY, ObjectIdGetDatum(classform->opcfamily));
	procs = SearchSysCacheList1(AMPROCNUM, ObjectIdGetDatum(classform->opcfamily));

	for (int i = 0; i < oprs->n_members; i++)
	{
		Form_pg_amop op = (Form_pg_amop) GETSTRUCT(&oprs->members[i]->tuple);

		if (op->amopstrategy != FLAT_DISTANCE_STRATEGY || op->amoppurpose != AMOP_ORDER ||
			op->amoplefttype != classform->opcintype || op->amoprighttype != classform->opcintype ||
			!check_amop_signature(op->amopopr, FLOAT4OID, classform->opcintype, classform->opcintype))
		{
			ereport(INFO,
					(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
					 errmsg("fr_flat operator class \"%s\" has an invalid operator %u with strategy %d",
							NameStr(classform->opcname), op->amopopr, op->amopstrategy),
					 errdetail("fr_flat serves only ORDER BY an operator of strategy 1 returning float4.")));
			ok = false;
		}
	}
	if (oprs->n_members == 0)
	{
		ereport(INFO,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("fr_flat operator class \"%s\" has no ordering operator",
						NameStr(classform->opcname))));
		ok = false;
	}
	if (procs->n_members != 0)
	{
		ereport(INFO,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("fr_flat operator class \"%s\" has support functions; fr_flat uses none",
						NameStr(classform->opcname))));
		ok = false;
	}
	ReleaseCatCacheList(procs);
	ReleaseCatCacheList(oprs);
	ReleaseSysCache(classtup);
	return ok;
}

PG_FUNCTION_INFO_V1(fr_flat_handler);
Datum
fr_flat_handler(PG_FUNCTION_ARGS)
{
	IndexAmRoutine *am = makeNode(IndexAmRoutine);

	am->amstrategies = 1;
	am->amsupport = 0;
	am->amoptsprocnum = 0;
	am->amcanorder = false;
	am->amcanorderbyop = true;
	am->amcanbackward = false;
	am->amcanunique = false;
	am->amcanmulticol = false;
	am->amoptionalkey = true;
	am->amsearcharray = false;
	am->amsearchnulls = false;
	am->amstorage = false;
	am->amclusterable = false;
	am->ampredlocks = false;
	am->amcanparallel = false;
	am->amcaninclude = false;
	am->amusemaintenanceworkmem = false;
	am->amparallelvacuumoptions = VACUUM_OPTION_PARALLEL_BULKDEL | VACUUM_OPTION_PARALLEL_CLEANUP;
	am->amkeytype = InvalidOid;

	am->ambuild = flat_build;
	am->ambuildempty = flat_build_empty;
	am->aminsert = flat_insert;
	am->ambulkdelete = flat_bulkdelete;
	am->amvacuumcleanup = flat_vacuumcleanup;
	am->amcanreturn = NULL;
	am->amcostestimate = flat_costestimate;
	am->amoptions = flat_options;
	am->amproperty = NULL;
	am->ambuildphasename = NULL;
	am->amvalidate = flat_validate;
	am->amadjustmembers = NULL;
	am->ambeginscan = flat_beginscan;
	am->amrescan = flat_rescan;
	am->amgettuple = flat_gettuple;
	am->amgetbitmap = NULL;
	am->amendscan = flat_endscan;
	am->ammarkpos = NULL;
	am->amrestrpos = NULL;
	am->amestimateparallelscan = NULL;
	am->aminitparallelscan = NULL;
	am->amparallelrescan = NULL;

	PG_RETURN_POINTER(am);
}
