/*
 * frn_entities.h — named entities (PER, LOC, ORG, MISC) in French text.
 *
 * frn_entities_find() tags a UTF-8 text with the built-in model and lists,
 * then applies an optional user dictionary.  Spans follow the CoNLL
 * convention: no leading elision, article, title or function ("le président
 * Emmanuel Macron" gives "Emmanuel Macron").  Each span has a norm: the
 * folded name, or for a person named by a part of a full name given earlier
 * in the text ("Macron" after "Emmanuel Macron"), the folded full name.
 */
#ifndef FRN_ENTITIES_H
#define FRN_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frn_alloc.h"

typedef enum frn_entity_kind
{
	FRN_ENT_NONE = 0,			/* dictionary only: never tag this name */
	FRN_ENT_PER,
	FRN_ENT_LOC,
	FRN_ENT_ORG,
	FRN_ENT_MISC,
	FRN_ENT__COUNT
} frn_entity_kind;

typedef struct frn_entity
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;		/* 0-based code point offset */
	uint32_t	char_len;
	uint32_t	norm_off;		/* norm: norms.data[norm_off .. norm_off + norm_len) */
	uint32_t	norm_len;
	uint8_t		kind;			/* frn_entity_kind, never NONE */
} frn_entity;

typedef struct frn_entities
{
	frn_entity *ent;
	size_t		n;
	size_t		cap;
	frn_buf		norms;
} frn_entities;

/*
 * A user dictionary: surface forms with a kind (NONE suppresses the name).
 * Entries match case- and accent-insensitively, on whole tokens, longest
 * first.  All its memory comes from frn_malloc at the time of the calls.
 */
typedef struct frn_dict frn_dict;

/* Longest entry, in tokens (words and punctuation marks) as the tagger reads them. */
#define FRN_DICT_MAX_TOKENS 16

frn_dict   *frn_dict_create(void);
/*
 * Add an entry; returns false (and ignores it) if the surface has no token,
 * or more than FRN_DICT_MAX_TOKENS: no scan matches such names.
 */
bool		frn_dict_add(frn_dict *d, const char *surface, size_t len, frn_entity_kind kind);
/* The tokens of a surface, as frn_dict_add counts them (to refuse an entry up front). */
size_t		frn_dict_tokens(const char *surface, size_t len);
size_t		frn_dict_size(const frn_dict *d);
void		frn_dict_free(frn_dict *d);

void		frn_entities_init(frn_entities *e);
void		frn_entities_free(frn_entities *e);

/* Find the entities of s[0..len); dict may be NULL.  Resets out first. */
void		frn_entities_find(const char *s, size_t len, const frn_dict *dict, frn_entities *out);

/* "PER", "LOC", "ORG", "MISC", "NONE" */
const char *frn_entity_kind_name(frn_entity_kind k);
/* Kind from its name (case-insensitive); -1 if unknown. */
int			frn_entity_kind_parse(const char *s, size_t len);

#endif
