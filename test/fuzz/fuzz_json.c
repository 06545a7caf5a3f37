/*
 * fuzz_json.c — libFuzzer target for the CLI's JSON Lines reader and string
 * writer (src/cli/cli_json.c, compiled in here): any input line is read
 * without crashing, and a text that was read round-trips through
 * json_put_string and json_read_doc unchanged.
 */
#include <stdint.h>
#include <string.h>

#include "../../src/cli/cli_json.c"

#define REQUIRE(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static int
valid_utf8(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		from = i;

		if (frn_utf8_next(s, len, &i) == 0xFFFD && i - from == 1)
			return 0;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	frn_buf		id,
				text,
				line,
				id2,
				text2;
	json_doc	jd,
				jd2;

	frn_buf_init(&id);
	frn_buf_init(&text);
	frn_buf_init(&line);
	frn_buf_init(&id2);
	frn_buf_init(&text2);
	if (json_read_doc((const char *) data, size, &id, &text, &jd) == 0)
	{
		REQUIRE(jd.has_text);
		if (valid_utf8(text.data ? text.data : "", text.len))
		{
			frn_buf_append(&line, "{\"text\":", 8);
			json_put_string(&line, text.data ? text.data : "", text.len);
			frn_buf_putc(&line, '}');
			REQUIRE(json_read_doc(line.data, line.len, &id2, &text2, &jd2) == 0);
			REQUIRE(text2.len == text.len && memcmp(text2.data, text.data, text.len) == 0);
		}
	}
	frn_buf_free(&id);
	frn_buf_free(&text);
	frn_buf_free(&line);
	frn_buf_free(&id2);
	frn_buf_free(&text2);
	return 0;
}
