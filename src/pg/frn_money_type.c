/*
 * frn_money_type.c — the fr_money type: an exact amount and its ISO 4217
 * currency.  Input/output, binary I/O, comparison (currency, then value),
 * hashing, arithmetic and aggregate support.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/numeric.h"

#include "frn_encoding.h"
#include "frn_money.h"
#include "frn_money_pg.h"

char	   *frn_dollar_currency = NULL;

/* ---- the setting frnews.dollar_currency ---------------------------------- */

static bool
check_dollar_currency(char **newval, void **extra, GucSource source)
{
	if (*newval == NULL || !frn_currency_valid(*newval, strlen(*newval)))
	{
		GUC_check_errdetail("\"%s\" is not an active ISO 4217 currency code in capitals.",
							*newval ? frn_input_excerpt(*newval, strlen(*newval)) : "");
		GUC_check_errhint("Use a code such as USD, CAD or AUD.");
		return false;
	}
	return true;
}

void
frn_money_init_guc(void)
{
	DefineCustomStringVariable("frnews.dollar_currency",
							   "Currency meant by a bare \"$\", \"dollar(s)\" or \"cent(s)\" in French text.",
							   "An ISO 4217 code: USD (default), or CAD for Québec press, AUD, ...",
							   &frn_dollar_currency,
							   "USD",
							   PGC_USERSET,
							   0,
							   check_dollar_currency, NULL, NULL);
}

/* ---- helpers shared by the glue ------------------------------------------ */

void
frn_check_currency_arg(const char *code, size_t len, char out[4])
{
	if (!frn_currency_valid(code, len))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid currency code: \"%s\"", frn_input_excerpt(code, len)),
				 errhint("Use an active ISO 4217 code in capitals, such as EUR, USD or CHF.")));
	memcpy(out, code, 3);
	out[3] = '\0';
}

void
frn_readings_from_args(FunctionCallInfo fcinfo, int arg, frn_readings *r)
{
	memset(r, 0, sizeof(*r));
	if (PG_NARGS() > arg)
	{
		text	   *d = PG_GETARG_TEXT_PP(arg);

		frn_check_currency_arg(VARDATA_ANY(d), VARSIZE_ANY_EXHDR(d), r->dollar);
	}
	else
		strlcpy(r->dollar, frn_dollar_currency, sizeof r->dollar);
	if (PG_NARGS() > arg + 1)
	{
		text	   *t = PG_GETARG_TEXT_PP(arg + 1);
		const char *bad;
		size_t		badlen;

		if (!frn_readings_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), r, &bad, &badlen))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid reading of currency names: \"%s\"",
							frn_input_excerpt(bad, badlen)),
					 errhint("Write name=CODE pairs separated by commas, such as 'franc=CHF, livre=GBP, balle=EUR': the names are franc, livre and balle, the codes active ISO 4217 codes in capitals.")));
	}
}

Numeric
frn_canonical_numeric(Numeric num, const char *type_name)
{
	if (numeric_is_nan(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot hold NaN", type_name)));
	if (numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s cannot hold an infinite value", type_name)));
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, NumericGetDatum(num)));
}

FrMoney *
frn_make_money(Numeric num, const char *currency)
{
	Numeric		n = frn_canonical_numeric(num, "fr_money");
	Size		nlen = VARSIZE(n);
	FrMoney    *m = palloc(sizeof(FrMoney) + nlen);

	SET_VARSIZE(m, sizeof(FrMoney) + nlen);
	memcpy(m->currency, currency, 3);
	m->currency[3] = '\0';
	memcpy(FRMONEY_NUMERIC(m), n, nlen);
	return m;
}

Numeric
frn_dec_to_numeric(const frn_dec *d)
{
	char		buf[FRN_DEC_BUFSIZE];

	frn_dec_format(d, buf);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

static Numeric
plain_to_numeric(const char *s, size_t len)
{
	char	   *c = pnstrdup(s, len);

	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(c),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/*
 * Text to fr_money: the canonical "<decimal> <ISO>" (any precision numeric
 * accepts) or one French amount.  NULL (with *ok false) when neither.
 */
static FrMoney *
parse_money(const char *str, const frn_readings *r)
{
	size_t		len;
	char	   *u = frn_cstring_to_utf8(str, &len);
	const char *p = u;
	size_t		numlen;
	frn_dec		v;
	char		cur[4];

	while (len > 0 && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++, len--;
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n' ||
					   p[len - 1] == '\r'))
		len--;
	if ((numlen = frn_money_canonical(p, len)) > 0)
		return frn_make_money(plain_to_numeric(p, numlen), p + len - 3);
	if (frn_money_parse(p, len, r, &v, cur))
		return frn_make_money(frn_dec_to_numeric(&v), cur);
	return NULL;
}

static void
bad_money_input(const char *str)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fr_money",
					frn_input_excerpt(str, strlen(str))),
			 errhint("Write one amount with its currency, such as \"12,50 €\", \"1,5 milliard de dollars\", \"$75 millions\", \"3 000 CHF\" or the canonical \"5930000000 USD\".")));
}

/* ---- I/O ------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(fr_money_in);
Datum
fr_money_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	frn_readings r = {{0}};
	FrMoney    *m;

	strlcpy(r.dollar, frn_dollar_currency, sizeof r.dollar);
	m = parse_money(str, &r);

	if (m == NULL)
		bad_money_input(str);
	PG_RETURN_FRMONEY(m);
}

PG_FUNCTION_INFO_V1(fr_money_out);
Datum
fr_money_out(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);
	char	   *num = DatumGetCString(DirectFunctionCall1(numeric_out,
														  NumericGetDatum(FRMONEY_NUMERIC(m))));

	PG_RETURN_CSTRING(psprintf("%s %s", num, m->currency));
}

/* Binary: 3 bytes of ISO code, then numeric's own binary form. */
PG_FUNCTION_INFO_V1(fr_money_recv);
Datum
fr_money_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	char		cur[4];
	Numeric		num;

	if (buf->len - buf->cursor < 3)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary fr_money: too short")));
	pq_copymsgbytes(buf, cur, 3);
	cur[3] = '\0';
	if (!frn_currency_valid(cur, 3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary fr_money: unknown currency code"),
				 errdetail("The first three bytes must be an active ISO 4217 code in capitals.")));
	num = DatumGetNumeric(DirectFunctionCall3(numeric_recv, PointerGetDatum(buf),
											  ObjectIdGetDatum(InvalidOid),
											  Int32GetDatum(-1)));
	PG_RETURN_FRMONEY(frn_make_money(num, cur));
}

PG_FUNCTION_INFO_V1(fr_money_send);
Datum
fr_money_send(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);
	bytea	   *nb = DatumGetByteaPP(DirectFunctionCall1(numeric_send,
														 NumericGetDatum(FRMONEY_NUMERIC(m))));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, m->currency, 3);
	pq_sendbytes(&buf, VARDATA_ANY(nb), VARSIZE_ANY_EXHDR(nb));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- constructors and accessors ------------------------------------------- */

PG_FUNCTION_INFO_V1(fr_money_make);
Datum
fr_money_make(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	text	   *code = PG_GETARG_TEXT_PP(1);
	char		cur[4];

	frn_check_currency_arg(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), cur);
	PG_RETURN_FRMONEY(frn_make_money(num, cur));
}

/* fr_parse_money(text [, dollar_currency [, readings]]) */
PG_FUNCTION_INFO_V1(fr_parse_money);
Datum
fr_parse_money(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	frn_readings r;
	FrMoney    *m;

	frn_readings_from_args(fcinfo, 1, &r);
	m = parse_money(str, &r);
	if (m == NULL)
		bad_money_input(str);
	PG_RETURN_FRMONEY(m);
}

PG_FUNCTION_INFO_V1(fr_money_value);
Datum
fr_money_value(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);
	Numeric		n = FRMONEY_NUMERIC(m);
	Numeric		copy = palloc(VARSIZE(n));

	memcpy(copy, n, VARSIZE(n));
	PG_RETURN_NUMERIC(copy);
}

PG_FUNCTION_INFO_V1(fr_money_currency);
Datum
fr_money_currency(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(m->currency, 3));
}

/* ---- comparison and hashing ----------------------------------------------- */

static int
money_cmp(FrMoney *a, FrMoney *b)
{
	int			c = memcmp(a->currency, b->currency, 3);

	if (c != 0)
		return c < 0 ? -1 : 1;
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(FRMONEY_NUMERIC(a)),
											 NumericGetDatum(FRMONEY_NUMERIC(b))));
}

#define MONEY_CMP_FN(name, test) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = money_cmp(PG_GETARG_FRMONEY(0), PG_GETARG_FRMONEY(1)); \
	PG_RETURN_BOOL(test); \
}

MONEY_CMP_FN(fr_money_eq, c == 0)
MONEY_CMP_FN(fr_money_ne, c != 0)
MONEY_CMP_FN(fr_money_lt, c < 0)
MONEY_CMP_FN(fr_money_le, c <= 0)
MONEY_CMP_FN(fr_money_gt, c > 0)
MONEY_CMP_FN(fr_money_ge, c >= 0)

PG_FUNCTION_INFO_V1(fr_money_cmp);
Datum
fr_money_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(money_cmp(PG_GETARG_FRMONEY(0), PG_GETARG_FRMONEY(1)));
}

PG_FUNCTION_INFO_V1(fr_money_hash);
Datum
fr_money_hash(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);
	uint32		h = DatumGetUInt32(hash_any((const unsigned char *) m->currency, 3));
	uint32		hn = DatumGetUInt32(DirectFunctionCall1(hash_numeric,
														NumericGetDatum(FRMONEY_NUMERIC(m))));

	PG_RETURN_UINT32(hash_combine(h, hn));
}

PG_FUNCTION_INFO_V1(fr_money_hash_extended);
Datum
fr_money_hash_extended(PG_FUNCTION_ARGS)
{
	FrMoney    *m = PG_GETARG_FRMONEY(0);
	Datum		seed = PG_GETARG_DATUM(1);
	uint64		h = DatumGetUInt64(hash_any_extended((const unsigned char *) m->currency, 3,
													 DatumGetUInt64(seed)));
	uint64		hn = DatumGetUInt64(DirectFunctionCall2(hash_numeric_extended,
														NumericGetDatum(FRMONEY_NUMERIC(m)),
														seed));

	/*
	 * A hash operator class wants the low 32 bits under seed 0 to be those
	 * of fr_money_hash: hash_combine of the two parts' low halves (which
	 * are then hash_any's and hash_numeric's), hash_combine64 above.
	 */
	PG_RETURN_UINT64((hash_combine64(h, hn) & UINT64CONST(0xFFFFFFFF00000000)) |
					 hash_combine((uint32) h, (uint32) hn));
}

/* ---- arithmetic ----------------------------------------------------------- */

static void
same_currency(FrMoney *a, FrMoney *b, const char *what)
{
	if (memcmp(a->currency, b->currency, 3) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot %s fr_money amounts in different currencies: %s and %s",
						what, a->currency, b->currency),
				 errhint("Convert the amounts to one currency first, or group by fr_money_currency().")));
}

/* a op b for two amounts of the same currency (op: numeric_add, numeric_sub) */
static FrMoney *
money_same_currency_op(FunctionCallInfo fcinfo, PGFunction op, const char *what)
{
	FrMoney    *a = PG_GETARG_FRMONEY(0);
	FrMoney    *b = PG_GETARG_FRMONEY(1);

	same_currency(a, b, what);
	return frn_make_money(DatumGetNumeric(DirectFunctionCall2(op,
															  NumericGetDatum(FRMONEY_NUMERIC(a)),
															  NumericGetDatum(FRMONEY_NUMERIC(b)))),
						  a->currency);
}

PG_FUNCTION_INFO_V1(fr_money_add);
Datum
fr_money_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_FRMONEY(money_same_currency_op(fcinfo, numeric_add, "add"));
}

PG_FUNCTION_INFO_V1(fr_money_sub);
Datum
fr_money_sub(PG_FUNCTION_ARGS)
{
	PG_RETURN_FRMONEY(money_same_currency_op(fcinfo, numeric_sub, "subtract"));
}

PG_FUNCTION_INFO_V1(fr_money_mul);
Datum
fr_money_mul(PG_FUNCTION_ARGS)
{
	FrMoney    *a = PG_GETARG_FRMONEY(0);
	Numeric		k = PG_GETARG_NUMERIC(1);

	PG_RETURN_FRMONEY(frn_make_money(DatumGetNumeric(DirectFunctionCall2(numeric_mul,
																		 NumericGetDatum(FRMONEY_NUMERIC(a)),
																		 NumericGetDatum(k))),
									 a->currency));
}

PG_FUNCTION_INFO_V1(fr_money_mul_left);
Datum
fr_money_mul_left(PG_FUNCTION_ARGS)
{
	Numeric		k = PG_GETARG_NUMERIC(0);
	FrMoney    *a = PG_GETARG_FRMONEY(1);

	PG_RETURN_FRMONEY(frn_make_money(DatumGetNumeric(DirectFunctionCall2(numeric_mul,
																		 NumericGetDatum(k),
																		 NumericGetDatum(FRMONEY_NUMERIC(a)))),
									 a->currency));
}

PG_FUNCTION_INFO_V1(fr_money_div);
Datum
fr_money_div(PG_FUNCTION_ARGS)
{
	FrMoney    *a = PG_GETARG_FRMONEY(0);
	Numeric		k = PG_GETARG_NUMERIC(1);

	PG_RETURN_FRMONEY(frn_make_money(DatumGetNumeric(DirectFunctionCall2(numeric_div,
																		 NumericGetDatum(FRMONEY_NUMERIC(a)),
																		 NumericGetDatum(k))),
									 a->currency));
}

/* ---- aggregates ----------------------------------------------------------- */

/* min/max transition: mixed currencies are an error, not an ordering */
PG_FUNCTION_INFO_V1(fr_money_min_step);
Datum
fr_money_min_step(PG_FUNCTION_ARGS)
{
	FrMoney    *a = PG_GETARG_FRMONEY(0);
	FrMoney    *b = PG_GETARG_FRMONEY(1);

	same_currency(a, b, "compare");
	PG_RETURN_FRMONEY(money_cmp(a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(fr_money_max_step);
Datum
fr_money_max_step(PG_FUNCTION_ARGS)
{
	FrMoney    *a = PG_GETARG_FRMONEY(0);
	FrMoney    *b = PG_GETARG_FRMONEY(1);

	same_currency(a, b, "compare");
	PG_RETURN_FRMONEY(money_cmp(a, b) >= 0 ? a : b);
}

/* avg: internal state (currency, count, sum) with (de)serialisation for parallel plans */
typedef struct MoneyAvgState
{
	char		currency[4];
	int64		count;
	Numeric		sum;			/* in the aggregate context */
} MoneyAvgState;

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return ctx;
}

static void
avg_add(MoneyAvgState *st, const char *currency, Numeric sum, int64 count, MemoryContext ctx)
{
	MemoryContext old;
	Numeric		r;

	if (st->count > 0 && memcmp(st->currency, currency, 3) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot average fr_money amounts in different currencies: %s and %s",
						st->currency, currency),
				 errhint("Group by fr_money_currency() to average each currency apart.")));
	memcpy(st->currency, currency, 4);
	old = MemoryContextSwitchTo(ctx);
	if (st->sum == NULL)
	{
		r = palloc(VARSIZE(sum));
		memcpy(r, sum, VARSIZE(sum));
	}
	else
	{
		r = DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(st->sum),
												NumericGetDatum(sum)));
		pfree(st->sum);
	}
	MemoryContextSwitchTo(old);
	st->sum = r;
	if (pg_add_s64_overflow(st->count, count, &st->count))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("avg(fr_money) counted more than 2^63 - 1 amounts")));
}

PG_FUNCTION_INFO_V1(fr_money_avg_accum);
Datum
fr_money_avg_accum(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "fr_money_avg_accum");
	MoneyAvgState *st = PG_ARGISNULL(0) ? NULL : (MoneyAvgState *) PG_GETARG_POINTER(0);

	if (st == NULL)
		st = MemoryContextAllocZero(ctx, sizeof(MoneyAvgState));
	if (!PG_ARGISNULL(1))
	{
		FrMoney    *m = PG_GETARG_FRMONEY(1);

		avg_add(st, m->currency, FRMONEY_NUMERIC(m), 1, ctx);
	}
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(fr_money_avg_combine);
Datum
fr_money_avg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "fr_money_avg_combine");
	MoneyAvgState *a = PG_ARGISNULL(0) ? NULL : (MoneyAvgState *) PG_GETARG_POINTER(0);
	MoneyAvgState *b = PG_ARGISNULL(1) ? NULL : (MoneyAvgState *) PG_GETARG_POINTER(1);

	if (b == NULL || b->count == 0)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = MemoryContextAllocZero(ctx, sizeof(MoneyAvgState));
	avg_add(a, b->currency, b->sum, b->count, ctx);
	PG_RETURN_POINTER(a);
}

/* serialised: currency (3 bytes), count (int8), sum (numeric binary) */
PG_FUNCTION_INFO_V1(fr_money_avg_serialize);
Datum
fr_money_avg_serialize(PG_FUNCTION_ARGS)
{
	MoneyAvgState *st = (MoneyAvgState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, st->currency, 3);
	pq_sendint64(&buf, st->count);
	if (st->count > 0)
	{
		bytea	   *nb = DatumGetByteaPP(DirectFunctionCall1(numeric_send,
															 NumericGetDatum(st->sum)));

		pq_sendbytes(&buf, VARDATA_ANY(nb), VARSIZE_ANY_EXHDR(nb));
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(fr_money_avg_deserialize);
Datum
fr_money_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *sstate = PG_GETARG_BYTEA_PP(0);
	MemoryContext ctx = agg_context(fcinfo, "fr_money_avg_deserialize");
	MoneyAvgState *st = MemoryContextAllocZero(ctx, sizeof(MoneyAvgState));
	StringInfoData buf;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(sstate), VARSIZE_ANY_EXHDR(sstate));
	pq_copymsgbytes(&buf, st->currency, 3);
	st->currency[3] = '\0';
	st->count = pq_getmsgint64(&buf);

	/*
	 * Checked like fr_money_recv's input: the bytes may come from another
	 * node (a Citus worker's partial aggregate), and an unchecked currency
	 * made an fr_money value whose text form its own input refuses.
	 */
	if (st->count < 0 || (st->count > 0 && !frn_currency_valid(st->currency, 3)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid serialized state of avg(fr_money)"),
				 errdetail("The count must not be negative and the currency must be an active ISO 4217 code in capitals.")));
	if (st->count > 0)
	{
		Numeric		n = frn_canonical_numeric(DatumGetNumeric(DirectFunctionCall3(numeric_recv,
																				  PointerGetDatum(&buf),
																				  ObjectIdGetDatum(InvalidOid),
																				  Int32GetDatum(-1))),
											  "fr_money");
		MemoryContext old = MemoryContextSwitchTo(ctx);

		st->sum = palloc(VARSIZE(n));
		memcpy(st->sum, n, VARSIZE(n));
		MemoryContextSwitchTo(old);
	}
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(fr_money_avg_final);
Datum
fr_money_avg_final(PG_FUNCTION_ARGS)
{
	MoneyAvgState *st = PG_ARGISNULL(0) ? NULL : (MoneyAvgState *) PG_GETARG_POINTER(0);
	Numeric		avg;

	if (st == NULL || st->count == 0)
		PG_RETURN_NULL();
	avg = DatumGetNumeric(DirectFunctionCall2(numeric_div, NumericGetDatum(st->sum),
											  NumericGetDatum(int64_to_numeric(st->count))));
	PG_RETURN_FRMONEY(frn_make_money(avg, st->currency));
}
