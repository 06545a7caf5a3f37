/*
 * frn_entities.c — SQL glue of the entity tagger: fr_entities(),
 * fr_entities_builtin(), the user dictionary cache and the entity producer
 * of fr_annotate()/fr_highlight().
 *
 * The user dictionary is the table fr_dictionary(surface, kind) in the
 * extension's schema.  Each backend keeps it compiled (frn_dict) in a memory
 * context of its own.  A statement trigger on the table sends a relcache
 * invalidation for it (plain DML sends none); our relcache callback then
 * marks the cache stale, so a change is seen by the backend that made it
 * from its next statement on and by every other backend once committed.
 *
 * On Citus, fr_dictionary_distribute() makes the table a reference table:
 * its rows then live in a shard fr_dictionary_<shardid> (same schema) on
 * every node, the trigger is copied onto the shards, and a query on the
 * table itself would be a distributed query, which Citus refuses inside a
 * query on a shard.  So the reader reads the node's own shard when it has
 * one, and both the table and its shard invalidate the cache.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "frn_annotate.h"
#include "frn_entities.h"
#include "frn_encoding.h"
#include "frn_srf.h"

PG_FUNCTION_INFO_V1(fr_entities);
PG_FUNCTION_INFO_V1(fr_entities_builtin);
PG_FUNCTION_INFO_V1(fr_dictionary_changed);
PG_FUNCTION_INFO_V1(fr_dictionary_check);

#define DICT_TABLE "fr_dictionary"

static MemoryContext dict_cxt = NULL;
static frn_dict *dict_cache = NULL;
static Oid	dict_relid = InvalidOid;	/* fr_dictionary */
static Oid	dict_read_relid = InvalidOid;	/* it, or its local Citus shard */
static bool dict_valid = false;
static bool dict_callback_registered = false;

/*
 * The copy is read with the calling statement's snapshot, and a change
 * committed by another session invalidates it only once this backend reads
 * the invalidation.  A copy read after an invalidation, in the transaction
 * that read it, may come from a snapshot older than the change (a
 * REPEATABLE READ transaction, or a statement whose snapshot was taken
 * before the invalidation was read), unless no transaction has completed
 * since the snapshot was taken.  Such a copy holds for its snapshot only:
 * it is kept while the calling statements' snapshots see the same
 * transactions (snapshot_sees_same) and dropped at the end of the
 * transaction, so that the next one reads the table again.  (The count of
 * completed transactions, snapXactCompletionCount, cannot tell: the active
 * snapshot is a copy, whose count is 0.)  Without this, a
 * session kept the dictionary of its old snapshot after COMMIT until the
 * next change.  The first transaction of a backend that reads the
 * dictionary counts as one that read an invalidation: it may have been read
 * before the callback was registered.
 */
static bool dict_invalidated_in_xact = false;
static bool dict_snapshot_bound = false;

/*
 * What the snapshot of a bound copy sees (its own transaction aside, whose
 * changes invalidate the copy): its bounds and the transactions in
 * progress, xip then subxip in xids (in dict_cxt).
 */
typedef struct dict_snapshot
{
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
	TransactionId *xids;
} dict_snapshot;

static dict_snapshot dict_snap;

static void
dict_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == dict_relid || relid == dict_read_relid)
	{
		dict_valid = false;
		dict_invalidated_in_xact = true;
	}
}

static void
dict_xact_end(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			if (dict_snapshot_bound)
				dict_valid = false;
			dict_snapshot_bound = false;
			dict_invalidated_in_xact = false;
			break;
		default:
			break;
	}
}

/* Keep what snapshot s sees into k (its xids in cxt). */
static void
snapshot_keep(Snapshot s, dict_snapshot *k, MemoryContext cxt)
{
	size_t		nsub = Max(s->subxcnt, 0);

	k->xmin = s->xmin, k->xmax = s->xmax, k->xcnt = s->xcnt;
	k->subxcnt = s->subxcnt, k->suboverflowed = s->suboverflowed;
	k->xids = MemoryContextAlloc(cxt, (s->xcnt + nsub + 1) * sizeof(TransactionId));
	if (s->xcnt > 0)
		memcpy(k->xids, s->xip, s->xcnt * sizeof(TransactionId));
	if (nsub > 0)
		memcpy(k->xids + s->xcnt, s->subxip, nsub * sizeof(TransactionId));
}

/*
 * Does snapshot s see the same transactions as the one kept in k?  (Not
 * when it lists the same ones in another order: the copy is read again.)
 */
static bool
snapshot_sees_same(Snapshot s, const dict_snapshot *k)
{
	size_t		nsub = Max(s->subxcnt, 0);

	return s->xmin == k->xmin && s->xmax == k->xmax && s->xcnt == k->xcnt &&
		s->subxcnt == k->subxcnt && s->suboverflowed == k->suboverflowed &&
		(s->xcnt == 0 || memcmp(s->xip, k->xids, s->xcnt * sizeof(TransactionId)) == 0) &&
		(nsub == 0 || memcmp(s->subxip, k->xids + s->xcnt, nsub * sizeof(TransactionId)) == 0);
}

/*
 * Does the calling statement's snapshot see every transaction completed so
 * far?  (Unknown in parallel mode, where no snapshot can be taken.)
 */
static bool
statement_snapshot_is_latest(void)
{
	dict_snapshot latest;
	bool		same;

	if (!ActiveSnapshotSet() || IsInParallelMode())
		return false;
	snapshot_keep(GetLatestSnapshot(), &latest, CurrentMemoryContext);
	same = snapshot_sees_same(GetActiveSnapshot(), &latest);
	pfree(latest.xids);
	return same;
}

/* The role that owns relation relid. */
static Oid
relation_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/*
 * The relation that holds the rows of fr_dictionary (relid) on this node:
 * its local shard if Citus made it a reference table, else itself.  Called
 * inside SPI.
 */
static Oid
dict_local_relation(Oid relid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(relid)};
	bool		isnull;
	int64		shardid;
	Oid			shard;

	if (!OidIsValid(get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE)))
		return relid;

	/*
	 * The caller's search_path applies: a plain "=" would resolve to an
	 * exact (regclass, oid) operator of any schema in it before the
	 * built-in oid "=", and run that operator's owner's code as the caller.
	 */
	if (SPI_execute_with_args("SELECT shardid FROM pg_catalog.pg_dist_shard"
							  " WHERE logicalrelid OPERATOR(pg_catalog.=) $1",
							  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read pg_dist_shard");
	if (SPI_processed != 1)
		return relid;
	shardid = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	shard = get_relname_relid(psprintf("%s_" INT64_FORMAT, DICT_TABLE, shardid),
							  get_rel_namespace(relid));

	/*
	 * Citus makes the shard a table of the table's owner.  Where there is no
	 * placement (a coordinator outside pg_dist_node), any role with CREATE
	 * on the schema could make a relation of that name: a view would be read
	 * as the dictionary, running its functions as the caller.
	 */
	if (OidIsValid(shard) && get_rel_relkind(shard) == RELKIND_RELATION &&
		relation_owner(shard) == relation_owner(relid))
		return shard;
	/* no local placement: read through the table (allowed on a coordinator) */
	return relid;
}

/*
 * Read fr_dictionary (relation relid) into a new frn_dict in dict_cxt; sets
 * dict_read_relid.
 */
static frn_dict *
dict_load(Oid relid)
{
	frn_dict   *d;
	char	   *query;
	MemoryContext old;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	dict_read_relid = dict_local_relation(relid);
	query = psprintf("SELECT surface, kind FROM %s.%s",
					 quote_identifier(get_namespace_name(get_rel_namespace(dict_read_relid))),
					 quote_identifier(get_rel_name(dict_read_relid)));
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the frnews dictionary");
	old = MemoryContextSwitchTo(dict_cxt);
	d = frn_dict_create();
	MemoryContextSwitchTo(old);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		null_s,
					null_k;
		Datum		ds = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &null_s);
		Datum		dk = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &null_k);
		size_t		slen,
					klen;
		char	   *s,
				   *k;
		int			kind;

		if (null_s || null_k)
			continue;
		CHECK_FOR_INTERRUPTS();
		s = frn_text_to_utf8(DatumGetTextPP(ds), &slen);
		k = frn_text_to_utf8(DatumGetTextPP(dk), &klen);
		kind = frn_entity_kind_parse(k, klen);
		if (kind < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid kind \"%s\" in %s", pnstrdup(k, klen), DICT_TABLE),
					 errhint("Use PER, LOC, ORG, MISC or NONE.")));
		old = MemoryContextSwitchTo(dict_cxt);
		frn_dict_add(d, s, slen, (frn_entity_kind) kind);
		MemoryContextSwitchTo(old);
	}
	SPI_finish();
	return d;
}

/* The user dictionary of the schema of the calling function (NULL if none). */
static const frn_dict *
dict_get(FunctionCallInfo fcinfo)
{
	Oid			relid;

	if (!dict_callback_registered)
	{
		CacheRegisterRelcacheCallback(dict_invalidate, (Datum) 0);
		RegisterXactCallback(dict_xact_end, NULL);
		dict_callback_registered = true;
		/* an invalidation may have been read before we listened */
		dict_invalidated_in_xact = true;
	}
	/* changes committed before this statement's snapshot, as a lock would */
	AcceptInvalidationMessages();
	if (dict_valid &&
		(!dict_snapshot_bound ||
		 (ActiveSnapshotSet() && snapshot_sees_same(GetActiveSnapshot(), &dict_snap))))
		return dict_cache;

	relid = get_relname_relid(DICT_TABLE, get_func_namespace(fcinfo->flinfo->fn_oid));
	if (dict_cxt == NULL)
		dict_cxt = AllocSetContextCreate(TopMemoryContext, "frnews dictionary",
										 ALLOCSET_DEFAULT_SIZES);
	MemoryContextReset(dict_cxt);
	dict_cache = NULL;
	dict_relid = relid;
	dict_read_relid = InvalidOid;
	/* valid from now on: an invalidation arriving while we read clears it */
	dict_valid = true;
	dict_snapshot_bound = dict_invalidated_in_xact && !statement_snapshot_is_latest();
	/* with no snapshot to compare with (xmin invalid), for this call only */
	dict_snap.xmin = InvalidTransactionId;
	if (dict_snapshot_bound && ActiveSnapshotSet())
		snapshot_keep(GetActiveSnapshot(), &dict_snap, dict_cxt);
	if (!OidIsValid(relid))
		return NULL;
	PG_TRY();
	{
		dict_cache = dict_load(relid);
	}
	PG_CATCH();
	{
		dict_valid = false;
		dict_cache = NULL;
		PG_RE_THROW();
	}
	PG_END_TRY();
	return dict_cache;
}

/*
 * The rows of fr_entities()/fr_entities_builtin(): start, len, surface, kind,
 * norm.  The core and the row values live in the call site's work context
 * (frn_srf.c), reset once the rows are in the tuplestore.  The text values
 * of a row are written into one scratch buffer reused by every row, and the
 * kind texts made once per call, since tuplestore_putvalues copies them.
 */
static void
entities_srf(FunctionCallInfo fcinfo, const frn_dict *dict)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old = frn_srf_begin(fcinfo);
	size_t		len;
	char	   *s = frn_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	frn_entities ents;
	text	   *kind_text[FRN_ENT__COUNT] = {NULL};
	size_t		longest = 0;
	char	   *scratch;
	text	   *surface,
			   *norm;

	frn_entities_init(&ents);
	frn_entities_find(s, len, dict, &ents);
	for (size_t i = 0; i < ents.n; i++)
		longest = Max(longest, Max(ents.ent[i].byte_len, ents.ent[i].norm_len));
	/* two texts of up to longest bytes (as many in the database encoding) */
	scratch = palloc(2 * INTALIGN(VARHDRSZ + longest));
	surface = (text *) scratch;
	norm = (text *) (scratch + INTALIGN(VARHDRSZ + longest));
	for (size_t i = 0; i < ents.n; i++)
	{
		const frn_entity *e = &ents.ent[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		if (kind_text[e->kind] == NULL)
			kind_text[e->kind] = cstring_to_text(frn_entity_kind_name(e->kind));
		values[0] = Int32GetDatum((int32) e->char_start + 1);
		values[1] = Int32GetDatum((int32) e->char_len);
		values[2] = PointerGetDatum(frn_utf8_to_text_in(s + e->byte_start, e->byte_len, surface));
		values[3] = PointerGetDatum(kind_text[e->kind]);
		values[4] = PointerGetDatum(frn_utf8_to_text_in(ents.norms.data + e->norm_off, e->norm_len, norm));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	frn_srf_end(fcinfo, old);
}

Datum
fr_entities(PG_FUNCTION_ARGS)
{
	entities_srf(fcinfo, dict_get(fcinfo));
	return (Datum) 0;
}

Datum
fr_entities_builtin(PG_FUNCTION_ARGS)
{
	entities_srf(fcinfo, NULL);
	return (Datum) 0;
}

/* Statement trigger on fr_dictionary: make every backend reload it. */
Datum
fr_dictionary_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("fr_dictionary_changed() must be called as a trigger")));
	CacheInvalidateRelcache(td->tg_relation);
	return PointerGetDatum(NULL);
}

/*
 * Row trigger on fr_dictionary (before INSERT or UPDATE): refuse an entry
 * the tagger would ignore, with no token (white space other than the
 * spaces the table's CHECK trims) or more than it matches.
 */
Datum
fr_dictionary_check(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	HeapTuple	row;
	TupleDesc	desc;
	int			attnum;
	Oid			surface_type;
	bool		isnull;
	Datum		surface;
	text	   *t;
	size_t		len,
				ntokens;
	char	   *s;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(td->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(td->tg_event) || TRIGGER_FIRED_BY_DELETE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("fr_dictionary_check() must be called as a trigger BEFORE INSERT OR UPDATE FOR EACH ROW")));
	row = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;
	desc = RelationGetDescr(td->tg_relation);
	attnum = SPI_fnumber(desc, "surface");

	/*
	 * Any role may attach this function to a table of its own: the column
	 * must be text before its value is read as one (an int4 was a crash).
	 */
	surface_type = attnum > 0 ? TupleDescAttr(desc, attnum - 1)->atttypid : InvalidOid;
	if (surface_type != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("fr_dictionary_check() needs a column \"surface\" of type text"),
				 OidIsValid(surface_type) ?
				 errdetail("Column \"surface\" of relation \"%s\" is of type %s.",
						   RelationGetRelationName(td->tg_relation), format_type_be(surface_type)) :
				 errdetail("Relation \"%s\" has no column \"surface\".",
						   RelationGetRelationName(td->tg_relation)),
				 errhint("It is the trigger of %s.", DICT_TABLE)));
	surface = heap_getattr(row, attnum, desc, &isnull);
	if (isnull)
		return PointerGetDatum(row);	/* the primary key refuses it */
	t = DatumGetTextPP(surface);
	s = frn_text_to_utf8(t, &len);
	ntokens = frn_dict_tokens(s, len);
	if (ntokens == 0)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("%s entry \"%s\" has no word", DICT_TABLE,
						frn_input_excerpt(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
				 errdetail("The entity tagger reads no token in it, so it would never match."),
				 errhint("Write the name as it appears in text.")));
	if (ntokens > FRN_DICT_MAX_TOKENS)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("%s entry \"%s\" is too long", DICT_TABLE,
						frn_input_excerpt(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
				 errdetail("It has %zu tokens (words and punctuation marks); the entity tagger matches names of at most %d.",
						   ntokens, FRN_DICT_MAX_TOKENS),
				 errhint("Enter a shorter form of the name.")));
	return PointerGetDatum(row);
}

/* fr_annotate()/fr_highlight() producer: entities with their norm. */
void
frn_entities_annotate(FunctionCallInfo fcinfo, const char *s, size_t len, frn_annot_list *out)
{
	frn_entities ents;

	frn_entities_init(&ents);
	frn_entities_find(s, len, dict_get(fcinfo), &ents);
	for (size_t i = 0; i < ents.n; i++)
	{
		const frn_entity *e = &ents.ent[i];
		frn_annot  *a = frn_annot_push(out);

		a->byte_start = e->byte_start;
		a->byte_len = e->byte_len;
		a->char_start = e->char_start;
		a->char_len = e->char_len;
		a->kind = frn_entity_kind_name(e->kind);
		/* the norms buffer stays allocated: fields point into it */
		frn_annot_field_add(a, "norm", FRN_AF_TEXT, ents.norms.data + e->norm_off, e->norm_len);
	}
	frn_free(ents.ent);
}
