/*
 * unit.h — a tiny harness for the core's C unit tests.
 *
 * Each test_*.c defines tests with UNIT_TEST(name) and lists them in main
 * through UNIT_RUN(name); UNIT_MAIN_END prints "unit <file>: N passed,
 * N failed" (one count per test function) and sets the exit status.
 */
#ifndef FRN_UNIT_H
#define FRN_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_passed;
static int	unit_failed;
static int	unit_current_failed;

#define UNIT_TEST(name) static void name(void)

#define UNIT_RUN(name) \
	do { \
		unit_current_failed = 0; \
		name(); \
		if (unit_current_failed) { unit_failed++; printf("FAIL %s\n", #name); } \
		else unit_passed++; \
	} while (0)

#define UNIT_MAIN_END(file) \
	do { \
		printf("unit %s: %d passed, %d failed\n", (file), unit_passed, unit_failed); \
		return unit_failed ? 1 : 0; \
	} while (0)

#define CHECK(cond) \
	do { \
		if (!(cond)) { \
			unit_current_failed = 1; \
			printf("  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *unit__g = (got), *unit__w = (want); \
		if (unit__g == NULL || strcmp(unit__g, unit__w) != 0) { \
			unit_current_failed = 1; \
			printf("  %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
				   unit__g ? unit__g : "(null)", unit__w); \
		} \
	} while (0)

#define CHECK_INT(got, want) \
	do { \
		long long unit__g = (long long) (got), unit__w = (long long) (want); \
		if (unit__g != unit__w) { \
			unit_current_failed = 1; \
			printf("  %s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, unit__g, unit__w); \
		} \
	} while (0)

#endif
