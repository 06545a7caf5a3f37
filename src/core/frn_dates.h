/*
 * frn_dates.h — dates, times, periods, durations and recurrences in French
 * press text ("le 3 décembre 2025", "au premier trimestre 2024", "hier
 * soir", "entre 2010 et 2015", "pendant dix ans", "chaque lundi").
 *
 * Every expression is resolved to a half-open interval [lo, hi) of wall-
 * clock seconds (no time zone) at its grain: "en 2019" is the whole year.
 * Relative expressions ("hier", "jeudi", "en décembre", "la semaine
 * dernière") are read against a reference moment (the article's
 * publication time); without one they get no value.  Nothing here reads
 * a clock, a time zone or a setting.  docs/dates.md has the forms and the
 * tense rule for bare weekdays and months.
 */
#ifndef FRN_DATES_H
#define FRN_DATES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef enum frn_date_kind
{
	FRN_DK_DATE = 0,			/* one day */
	FRN_DK_TIME,				/* a time of day (alone) */
	FRN_DK_DATETIME,			/* a day with a time or a part of the day */
	FRN_DK_PERIOD,				/* a week, month, year... or a range */
	FRN_DK_DURATION,			/* a length of time ("pendant dix ans") */
	FRN_DK_SET					/* a recurrence ("chaque lundi") */
} frn_date_kind;

typedef enum frn_grain
{
	FRN_G_SECOND = 0, FRN_G_MINUTE, FRN_G_HOUR, FRN_G_DAY, FRN_G_WEEK, FRN_G_MONTH,
	FRN_G_QUARTER, FRN_G_SEMESTER, FRN_G_YEAR, FRN_G_DECADE, FRN_G_CENTURY
} frn_grain;

/* A length of time in the three units of a PostgreSQL interval. */
typedef struct frn_span_len
{
	int32_t		months;
	int32_t		days;
	int64_t		seconds;
} frn_span_len;

typedef struct frn_date
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;		/* 0-based code point offset */
	uint32_t	char_len;
	int64_t		lo;				/* seconds since 1970-01-01 00:00, wall clock */
	int64_t		hi;				/* exclusive */
	frn_span_len duration;		/* FRN_DK_DURATION and FRN_DK_SET */
	uint8_t		kind;			/* frn_date_kind */
	uint8_t		grain;			/* frn_grain */
	uint8_t		qualifier;		/* frn_qualifier (frn_money.h) */
	bool		has_value;		/* lo/hi set (false: relative without reference) */
	bool		has_duration;
} frn_date;

typedef struct frn_dates
{
	frn_date   *d;
	size_t		n;
	size_t		cap;
} frn_dates;

/* Years outside this range are not read (a timestamp holds them all). */
#define FRN_DATE_MIN_YEAR 1
#define FRN_DATE_MAX_YEAR 9999

/*
 * Append the expressions of time of s[0..len) (UTF-8) to out, in order of
 * start.  has_ref: ref is the reference moment (seconds since 1970-01-01,
 * wall clock) against which relative expressions are resolved.
 */
void		frn_extract_dates(const char *s, size_t len, bool has_ref, int64_t ref,
							  frn_dates *out);

const char *frn_date_kind_name(frn_date_kind k);
const char *frn_grain_name(frn_grain g);

/* Calendar helpers (proleptic Gregorian), exposed for the glue and tests. */
int64_t		frn_days_from_civil(int y, int m, int d);
void		frn_civil_from_days(int64_t days, int *y, int *m, int *d);

/* "YYYY-MM-DD HH:MM:SS" of a moment (buf: 24 bytes; the end of the last day, 10000-01-01, has five year digits). */
void		frn_moment_format(int64_t secs, char buf[24]);
/* The moment of "YYYY-MM-DD[(T| )HH:MM[:SS]]"; false if s is not one. */
bool		frn_moment_parse(const char *s, int64_t *secs);

#endif
