/*
 * cli_dates.c — JSON Lines output of dates, times, periods and durations:
 * {"doc":..,"start":S,"len":L,"surface":"..","kind":"date","lo":"2025-12-03 00:00:00",
 *  "hi":"2025-12-04 00:00:00","grain":"day","duration":null,"qualifier":null}
 * (lo/hi null when a relative expression has no reference; duration as
 * {"months":M,"days":D,"seconds":S}).
 */
#include "cli_dates.h"

#include <stdio.h>
#include <string.h>

#include "cli_json.h"
#include "frn_dates.h"
#include "frn_money.h"

static bool has_ref;
static int64_t ref;

bool
cli_dates_set_ref(const char *s)
{
	has_ref = frn_moment_parse(s, &ref);
	return has_ref;
}

static void
put(frn_buf *b, const char *s)
{
	frn_buf_append(b, s, strlen(s));
}

static void
put_name(frn_buf *b, const char *key, const char *name)
{
	put(b, key);
	if (name)
	{
		put(b, "\"");
		put(b, name);
		put(b, "\"");
	}
	else
		put(b, "null");
}

void
cli_dates(frn_buf *out, const char *id_json, size_t id_len, const char *text, size_t len)
{
	frn_dates	d = {NULL, 0, 0};

	frn_extract_dates(text, len, has_ref, ref, &d);
	for (size_t i = 0; i < d.n; i++)
	{
		const frn_date *x = &d.d[i];
		char		buf[128];

		put(out, "{\"doc\":");
		frn_buf_append(out, id_json, id_len);
		snprintf(buf, sizeof buf, ",\"start\":%u,\"len\":%u,\"surface\":", x->char_start + 1, x->char_len);
		put(out, buf);
		json_put_string(out, text + x->byte_start, x->byte_len);
		put_name(out, ",\"kind\":", frn_date_kind_name(x->kind));
		if (x->has_value)
		{
			char		lo[24],
						hi[24];

			frn_moment_format(x->lo, lo);
			frn_moment_format(x->hi, hi);
			snprintf(buf, sizeof buf, ",\"lo\":\"%s\",\"hi\":\"%s\"", lo, hi);
			put(out, buf);
		}
		else
			put(out, ",\"lo\":null,\"hi\":null");
		put_name(out, ",\"grain\":", frn_grain_name(x->grain));
		if (x->has_duration)
		{
			snprintf(buf, sizeof buf, ",\"duration\":{\"months\":%d,\"days\":%d,\"seconds\":%lld}",
					 x->duration.months, x->duration.days, (long long) x->duration.seconds);
			put(out, buf);
		}
		else
			put(out, ",\"duration\":null");
		put_name(out, ",\"qualifier\":", frn_qualifier_name(x->qualifier));
		put(out, "}\n");
	}
	frn_free(d.d);
}
