/*
 * frn_money_pg.h — PostgreSQL glue shared by fr_money, fr_percent,
 * fr_number and the extraction functions.
 */
#ifndef FRN_MONEY_PG_H
#define FRN_MONEY_PG_H

#include "fmgr.h"
#include "utils/numeric.h"

#include "frn_number.h"

/*
 * fr_money on disk: a varlena holding the ISO code (3 letters + NUL) and
 * then a complete numeric datum (4-byte header), finite, with trailing
 * fractional zeros trimmed so that equal amounts have one representation.
 * The numeric starts 8 bytes in, so it is int4-aligned like the type.
 */
typedef struct FrMoney
{
	int32		vl_len_;
	char		currency[4];
	/* numeric datum follows */
} FrMoney;

#define FRMONEY_NUMERIC(m)	((Numeric) ((char *) (m) + sizeof(FrMoney)))
#define DatumGetFrMoney(d)	((FrMoney *) PG_DETOAST_DATUM(d))
#define PG_GETARG_FRMONEY(n) DatumGetFrMoney(PG_GETARG_DATUM(n))
#define PG_RETURN_FRMONEY(m) PG_RETURN_POINTER(m)

/* The setting frnews.dollar_currency (an ISO code) */
extern char *frn_dollar_currency;
void		frn_money_init_guc(void);

/* An ISO code from SQL text: upper case, active ISO 4217, else ERROR. */
void		frn_check_currency_arg(const char *code, size_t len, char out[4]);

/*
 * The readings of an extraction or parse call: the dollar from argument
 * `arg` when given (else the setting), the franc / livre / balle readings
 * from argument arg + 1 when given ('franc=CHF, balle=EUR'); ERROR on a
 * bad code or list.
 */
struct frn_readings;
void		frn_readings_from_args(FunctionCallInfo fcinfo, int arg, struct frn_readings *r);

/* A finite numeric with trailing zeros trimmed (ERROR on NaN/infinity). */
Numeric		frn_canonical_numeric(Numeric num, const char *type_name);

/* Build an fr_money from a numeric (checked and trimmed) and a valid code. */
FrMoney    *frn_make_money(Numeric num, const char *currency);

/* An exact core decimal as a numeric. */
Numeric		frn_dec_to_numeric(const frn_dec *d);

#endif
