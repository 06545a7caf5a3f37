/*
 * frn_percent_type.c — the fr_percent type: an exact percentage.
 *
 * Stored exactly like numeric (same varlena, alignment and storage), the
 * value being the number before "%" (47 for 47%), finite, trailing
 * fractional zeros trimmed.  The install script therefore reuses numeric's
 * comparison, hashing and min/max functions (LANGUAGE internal) and the
 * cast to numeric is binary; only text/binary I/O, the checked cast from
 * numeric, the avg final function and the arithmetic behind sum (+) and
 * division by a number (/) live here: each result trimmed like the input.
 * sum and / also let Citus push avg down, which it rewrites into
 * sum(x) / sum(count(x)) across shards.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "frn_encoding.h"
#include "frn_money.h"
#include "frn_money_pg.h"

PG_FUNCTION_INFO_V1(fr_percent_in);
Datum
fr_percent_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len;
	char	   *u = frn_cstring_to_utf8(str, &len);
	const char *p = u;
	size_t		numlen;
	frn_dec		v;

	while (len > 0 && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++, len--;
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n' ||
					   p[len - 1] == '\r'))
		len--;
	if ((numlen = frn_percent_canonical(p, len)) > 0)
	{
		char	   *c = pnstrdup(p, numlen);

		PG_RETURN_NUMERIC(frn_canonical_numeric(DatumGetNumeric(DirectFunctionCall3(numeric_in,
																				  CStringGetDatum(c),
																				  ObjectIdGetDatum(InvalidOid),
																				  Int32GetDatum(-1))),
												"fr_percent"));
	}
	if (!frn_percent_parse(p, len, &v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "fr_percent",
						frn_input_excerpt(str, strlen(str))),
				 errhint("Write one percentage, such as \"47 %%\", \"0,5 %%\", \"16 pour cent\" or the canonical \"47%%\".")));
	PG_RETURN_NUMERIC(frn_canonical_numeric(frn_dec_to_numeric(&v), "fr_percent"));
}

PG_FUNCTION_INFO_V1(fr_percent_out);
Datum
fr_percent_out(PG_FUNCTION_ARGS)
{
	Numeric		n = PG_GETARG_NUMERIC(0);
	char	   *num = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));

	PG_RETURN_CSTRING(psprintf("%s%%", num));
}

/* Binary: numeric's binary form, checked (finite) and trimmed. */
PG_FUNCTION_INFO_V1(fr_percent_recv);
Datum
fr_percent_recv(PG_FUNCTION_ARGS)
{
	Numeric		n = DatumGetNumeric(DirectFunctionCall3(numeric_recv, PG_GETARG_DATUM(0),
														ObjectIdGetDatum(InvalidOid),
														Int32GetDatum(-1)));

	PG_RETURN_NUMERIC(frn_canonical_numeric(n, "fr_percent"));
}

PG_FUNCTION_INFO_V1(fr_percent_send);
Datum
fr_percent_send(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(numeric_send, PG_GETARG_DATUM(0));
}

/* numeric → fr_percent: finite only, trimmed */
PG_FUNCTION_INFO_V1(fr_percent_from_numeric);
Datum
fr_percent_from_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(frn_canonical_numeric(PG_GETARG_NUMERIC(0), "fr_percent"));
}

/* avg: numeric's own state and transition; the result trimmed */
PG_FUNCTION_INFO_V1(fr_percent_avg_final);
Datum
fr_percent_avg_final(PG_FUNCTION_ARGS)
{
	LOCAL_FCINFO(avg_fcinfo, 1);
	Datum		avg;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	/* numeric_avg returns NULL when every input was NULL */
	InitFunctionCallInfoData(*avg_fcinfo, NULL, 1, InvalidOid, fcinfo->context, NULL);
	avg_fcinfo->args[0].value = PG_GETARG_DATUM(0);
	avg_fcinfo->args[0].isnull = false;
	avg = numeric_avg(avg_fcinfo);
	if (avg_fcinfo->isnull)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(frn_canonical_numeric(DatumGetNumeric(avg), "fr_percent"));
}

/* fr_percent + fr_percent (the transition and combine of sum) */
PG_FUNCTION_INFO_V1(fr_percent_pl);
Datum
fr_percent_pl(PG_FUNCTION_ARGS)
{
	Datum		sum = DirectFunctionCall2(numeric_add, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1));

	PG_RETURN_NUMERIC(frn_canonical_numeric(DatumGetNumeric(sum), "fr_percent"));
}

/* fr_percent / numeric, with numeric's division (the scale avg gives) */
PG_FUNCTION_INFO_V1(fr_percent_div);
Datum
fr_percent_div(PG_FUNCTION_ARGS)
{
	Datum		quotient = DirectFunctionCall2(numeric_div, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1));

	PG_RETURN_NUMERIC(frn_canonical_numeric(DatumGetNumeric(quotient), "fr_percent"));
}
