/*
 * cli_money.c — JSON Lines output of amounts, percentages and numbers.
 */
#include "cli_money.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_json.h"
#include "frn_money.h"
#include "frn_number.h"

static void
put(frn_buf *b, const char *s)
{
	frn_buf_append(b, s, strlen(s));
}

/* ,"<key>":"V" (null when value is NULL) */
static void
put_decimal(frn_buf *out, const char *key, const frn_dec *value)
{
	char		dec[FRN_DEC_BUFSIZE];

	put(out, ",\"");
	put(out, key);
	put(out, "\":");
	if (!value)
	{
		put(out, "null");
		return;
	}
	put(out, "\"");
	frn_dec_format(value, dec);
	put(out, dec);
	put(out, "\"");
}

/* ,"<key>":"s" (null when s is "") */
static void
put_text(frn_buf *out, const char *key, const char *s)
{
	put(out, ",\"");
	put(out, key);
	put(out, "\":");
	if (!s[0])
	{
		put(out, "null");
		return;
	}
	put(out, "\"");
	put(out, s);
	put(out, "\"");
}

/* {"doc":<id>,"start":S,"len":L,"surface":"...","value":"V" (null when value is NULL) */
static void
begin(frn_buf *out, const char *id_json, size_t id_len, const char *text,
	  uint32_t byte_start, uint32_t byte_len, uint32_t char_start, uint32_t char_len,
	  const frn_dec *value)
{
	char		num[64];

	put(out, "{\"doc\":");
	frn_buf_append(out, id_json, id_len);
	snprintf(num, sizeof num, ",\"start\":%u,\"len\":%u,\"surface\":", char_start + 1, char_len);
	put(out, num);
	json_put_string(out, text + byte_start, byte_len);
	put_decimal(out, "value", value);
}

static void
put_qualifier(frn_buf *out, uint8_t q)
{
	const char *name = frn_qualifier_name((frn_qualifier) q);

	put_text(out, "qualifier", name ? name : "");
}

/*
 * FRNEWS_DOLLAR_CURRENCY (a code) and FRNEWS_READINGS ("franc=CHF,
 * balle=EUR"), as the SQL arguments; invalid values are ignored.
 */
static const frn_readings *
readings(void)
{
	static frn_readings r;
	const char *env = getenv("FRNEWS_DOLLAR_CURRENCY");
	const char *list = getenv("FRNEWS_READINGS");
	const char *bad;
	size_t		badlen;

	frn_readings t;

	memset(&r, 0, sizeof r);
	if (env && frn_currency_valid(env, strlen(env)))
		memcpy(r.dollar, env, 4);
	t = r;
	if (list && frn_readings_parse(list, strlen(list), &t, &bad, &badlen))
		r = t;
	return &r;
}

static void
quantities(frn_buf *out, const char *id_json, size_t id_len, const char *text, size_t len,
		   int want)
{
	frn_quantities q = {NULL, 0, 0};

	frn_extract_quantities(text, len, want, readings(), &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];

		bool		amount = x->kind == FRN_QK_AMOUNT;

		/* an amount in a currency the text does not name: no value, no currency */
		begin(out, id_json, id_len, text, x->byte_start, x->byte_len, x->char_start,
			  x->char_len, amount && !x->currency[0] ? NULL : &x->value);
		if (amount)
			put_text(out, "currency", x->currency);
		else
			put(out, x->kind == FRN_QK_POINTS ? ",\"kind\":\"points\"" : ",\"kind\":\"percent\"");
		put_qualifier(out, x->qualifier);
		if (amount)
		{
			put_text(out, "unit", x->unit);
			put_decimal(out, "unit_value", &x->unit_value);
		}
		put(out, "}\n");
	}
	frn_free(q.q);
}

void
cli_amounts(frn_buf *out, const char *id_json, size_t id_len, const char *text, size_t len)
{
	quantities(out, id_json, id_len, text, len, FRN_WANT_AMOUNTS);
}

void
cli_percents(frn_buf *out, const char *id_json, size_t id_len, const char *text, size_t len)
{
	quantities(out, id_json, id_len, text, len, FRN_WANT_PERCENTS);
}

void
cli_numbers(frn_buf *out, const char *id_json, size_t id_len, const char *text, size_t len)
{
	frn_number_matches m = {NULL, 0, 0};

	frn_find_numbers(text, len, &m);
	for (size_t i = 0; i < m.n; i++)
	{
		begin(out, id_json, id_len, text, m.m[i].byte_start, m.m[i].byte_len,
			  m.m[i].char_start, m.m[i].char_len, &m.m[i].value);
		put(out, "}\n");
	}
	frn_free(m.m);
}
