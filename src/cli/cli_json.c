/*
 * cli_json.c — JSON string output and a small strict reader of one JSON
 * object per line (RFC 8259 syntax; nesting depth limited).
 */
#include "cli_json.h"

#include <string.h>

#include "frn_utf8.h"

#define MAX_DEPTH 256

void
json_put_string(frn_buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t		i = 0;

	frn_buf_reserve(out, n + 2);
	frn_buf_putc(out, '"');
	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		from = i;
		int32_t		cp;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
		{
			/* copy the run of plain ASCII at once */
			while (i < n && (unsigned char) s[i] >= 0x20 && (unsigned char) s[i] < 0x80 &&
				   s[i] != '"' && s[i] != '\\')
				i++;
			frn_buf_append(out, s + from, i - from);
			continue;
		}
		cp = frn_utf8_next(s, n, &i);
		if (cp == '"' || cp == '\\')
		{
			frn_buf_putc(out, '\\');
			frn_buf_putc(out, (char) cp);
		}
		else if (cp < 0x20)
		{
			const char *esc = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r" :
			cp == '\b' ? "\\b" : cp == '\f' ? "\\f" : NULL;

			if (esc)
				frn_buf_append(out, esc, 2);
			else
			{
				char		u[6] = {'\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 15]};

				frn_buf_append(out, u, 6);
			}
		}
		else if (cp == 0xFFFD && i - from == 1)
			frn_buf_append(out, "\\ufffd", 6);
		else
			frn_buf_append(out, s + from, i - from);
	}
	frn_buf_putc(out, '"');
}

typedef struct jreader
{
	const char *s;
	size_t		n;
	size_t		p;
} jreader;

static void
skip_ws(jreader *r)
{
	while (r->p < r->n && (r->s[r->p] == ' ' || r->s[r->p] == '\t' || r->s[r->p] == '\r' || r->s[r->p] == '\n'))
		r->p++;
}

static int
hex4(jreader *r, int32_t *v)
{
	*v = 0;
	if (r->p + 4 > r->n)
		return -1;
	for (int k = 0; k < 4; k++)
	{
		char		c = r->s[r->p++];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			*v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			*v |= c - 'A' + 10;
		else
			return -1;
	}
	return 0;
}

/* Read a string at r->p (on its opening quote); decode into out if not NULL. */
static int
read_string(jreader *r, frn_buf *out)
{
	if (r->p >= r->n || r->s[r->p] != '"')
		return -1;
	r->p++;
	while (r->p < r->n)
	{
		size_t		from = r->p;
		unsigned char c;

		while (r->p < r->n && r->s[r->p] != '"' && r->s[r->p] != '\\' && (unsigned char) r->s[r->p] >= 0x20)
			r->p++;
		if (out)
			frn_buf_append(out, r->s + from, r->p - from);
		if (r->p >= r->n)
			return -1;
		c = (unsigned char) r->s[r->p++];
		if (c == '"')
			return 0;
		if (c < 0x20 || r->p >= r->n)
			return -1;			/* raw control character, or a lone backslash */
		c = (unsigned char) r->s[r->p++];
		{
			int32_t		cp;
			char		enc[4];

			switch (c)
			{
				case '"':
				case '\\':
				case '/':
					cp = c;
					break;
				case 'b':
					cp = '\b';
					break;
				case 'f':
					cp = '\f';
					break;
				case 'n':
					cp = '\n';
					break;
				case 'r':
					cp = '\r';
					break;
				case 't':
					cp = '\t';
					break;
				case 'u':
					if (hex4(r, &cp) != 0)
						return -1;
					if (cp >= 0xD800 && cp <= 0xDBFF && r->p + 6 <= r->n &&
						r->s[r->p] == '\\' && r->s[r->p + 1] == 'u')
					{
						size_t		save = r->p;
						int32_t		lo;

						r->p += 2;
						if (hex4(r, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF)
							cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
						else
							r->p = save;
					}
					if (cp >= 0xD800 && cp <= 0xDFFF)
						cp = 0xFFFD;	/* lone surrogate */
					break;
				default:
					return -1;
			}
			if (out)
				frn_buf_append(out, enc, frn_utf8_encode(cp, enc));
		}
	}
	return -1;
}

static int	skip_value(jreader *r, int depth);

/* A number, true, false or null: the span of its characters. */
static int
skip_scalar(jreader *r)
{
	size_t		from = r->p;

	while (r->p < r->n && strchr("+-.0123456789eEtruefalsn", r->s[r->p]))
		r->p++;
	if (r->p == from)
		return -1;
	if (strchr("tfn", r->s[from]))
	{
		size_t		len = r->p - from;

		if (!((len == 4 && memcmp(r->s + from, "true", 4) == 0) ||
			  (len == 5 && memcmp(r->s + from, "false", 5) == 0) ||
			  (len == 4 && memcmp(r->s + from, "null", 4) == 0)))
			return -1;
	}
	return 0;
}

static int
skip_container(jreader *r, int depth, char close)
{
	int			object = close == '}';

	if (depth > MAX_DEPTH)
		return -1;
	r->p++;
	skip_ws(r);
	if (r->p < r->n && r->s[r->p] == close)
	{
		r->p++;
		return 0;
	}
	for (;;)
	{
		skip_ws(r);
		if (object)
		{
			if (read_string(r, NULL) != 0)
				return -1;
			skip_ws(r);
			if (r->p >= r->n || r->s[r->p++] != ':')
				return -1;
			skip_ws(r);
		}
		if (skip_value(r, depth + 1) != 0)
			return -1;
		skip_ws(r);
		if (r->p >= r->n)
			return -1;
		if (r->s[r->p] == close)
		{
			r->p++;
			return 0;
		}
		if (r->s[r->p++] != ',')
			return -1;
	}
}

static int
skip_value(jreader *r, int depth)
{
	if (r->p >= r->n)
		return -1;
	switch (r->s[r->p])
	{
		case '"':
			return read_string(r, NULL);
		case '{':
			return skip_container(r, depth, '}');
		case '[':
			return skip_container(r, depth, ']');
		default:
			return skip_scalar(r);
	}
}

int
json_read_doc(const char *s, size_t n, frn_buf *id, frn_buf *text, json_doc *jd)
{
	jreader		r = {s, n, 0};
	frn_buf		key;
	int			has_body = 0,
				rc = -1;

	jd->has_id = 0;
	jd->has_text = 0;
	frn_buf_init(&key);
	skip_ws(&r);
	if (r.p >= n || s[r.p] != '{')
		goto done;
	r.p++;
	skip_ws(&r);
	if (r.p < n && s[r.p] == '}')
		r.p++;
	else
		for (;;)
		{
			skip_ws(&r);
			frn_buf_reset(&key);
			if (read_string(&r, &key) != 0)
				goto done;
			skip_ws(&r);
			if (r.p >= n || s[r.p++] != ':')
				goto done;
			skip_ws(&r);
			if (r.p >= n)
				goto done;
			if (key.len == 2 && memcmp(key.data, "id", 2) == 0 && s[r.p] != '{' && s[r.p] != '[')
			{
				size_t		from = r.p;

				frn_buf_reset(id);
				if (s[r.p] == '"')
				{
					frn_buf		v;

					frn_buf_init(&v);
					if (read_string(&r, &v) != 0)
					{
						frn_buf_free(&v);
						goto done;
					}
					json_put_string(id, v.data ? v.data : "", v.len);
					frn_buf_free(&v);
				}
				else
				{
					if (skip_scalar(&r) != 0)
						goto done;
					frn_buf_append(id, s + from, r.p - from);
				}
				jd->has_id = 1;
			}
			else if (s[r.p] == '"' && ((key.len == 4 && memcmp(key.data, "body", 4) == 0) ||
									   (!has_body && key.len == 4 && memcmp(key.data, "text", 4) == 0)))
			{
				has_body |= key.data[0] == 'b';
				frn_buf_reset(text);
				if (read_string(&r, text) != 0)
					goto done;
				jd->has_text = 1;
			}
			else if (skip_value(&r, 1) != 0)
				goto done;
			skip_ws(&r);
			if (r.p >= n)
				goto done;
			if (s[r.p] == '}')
			{
				r.p++;
				break;
			}
			if (s[r.p++] != ',')
				goto done;
		}
	skip_ws(&r);
	if (r.p == n && jd->has_text)
		rc = 0;
done:
	frn_buf_free(&key);
	return rc;
}
