/*
 * frn_annotate.h — spans from every source of frnews, for fr_annotate() and
 * fr_highlight().
 *
 * A span producer appends the spans it finds in a UTF-8 text to a list;
 * fr_annotate() and fr_highlight() run every producer of the table in
 * frn_annotate.c, sort the spans by start and render them.  A new kind of
 * span (amounts, percentages...) is one more producer in that table, with
 * its parsed values as extra fields.
 */
#ifndef FRN_ANNOTATE_H
#define FRN_ANNOTATE_H

#include "fmgr.h"

#define FRN_ANNOT_MAX_FIELDS 6

typedef enum frn_annot_field_type
{
	FRN_AF_TEXT,				/* a UTF-8 string */
	FRN_AF_NUMERIC				/* a number written in C syntax ("1234.5") */
} frn_annot_field_type;

typedef struct frn_annot_field
{
	const char *key;
	frn_annot_field_type type;
	const char *value;			/* UTF-8, not necessarily NUL-terminated */
	size_t		len;
} frn_annot_field;

typedef struct frn_annot
{
	uint32		byte_start;		/* into the UTF-8 text */
	uint32		byte_len;
	uint32		char_start;		/* 0-based code points */
	uint32		char_len;
	const char *kind;			/* "PER", "LOC", "ORG", "MISC", ... */
	int			nfields;
	frn_annot_field fields[FRN_ANNOT_MAX_FIELDS];
} frn_annot;

typedef struct frn_annot_list
{
	frn_annot  *a;
	size_t		n;
	size_t		cap;
} frn_annot_list;

/* A new zeroed span at the end of the list. */
frn_annot  *frn_annot_push(frn_annot_list *l);

/* Add a field to a span (value is not copied: it must outlive the list). */
void		frn_annot_field_add(frn_annot *a, const char *key, frn_annot_field_type type,
								const char *value, size_t len);

/* A span producer; fcinfo is the calling SQL function (for settings, schema). */
typedef void (*frn_annot_producer) (FunctionCallInfo fcinfo, const char *s, size_t len,
									frn_annot_list *out);

/* producers */
void		frn_entities_annotate(FunctionCallInfo fcinfo, const char *s, size_t len,
								  frn_annot_list *out);
void		frn_quantities_annotate(FunctionCallInfo fcinfo, const char *s, size_t len,
									frn_annot_list *out);
void		frn_dates_annotate(FunctionCallInfo fcinfo, const char *s, size_t len,
							   frn_annot_list *out);

#endif
