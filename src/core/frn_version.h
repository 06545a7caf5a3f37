/*
 * frn_version.h — version of frnews and of its built-in data.
 *
 * FRN_DATA_VERSION changes whenever a rule or table that changes the output
 * of an IMMUTABLE function changes (fold rules, tokenizer rules, word lists,
 * models).  fr_version() reports it with the ICU and Snowball versions, and
 * README.md tells users to REINDEX expression indexes when it changes.
 */
#ifndef FRN_VERSION_H
#define FRN_VERSION_H

/* FRN_VERSION comes from default_version in frnews.control (Makefile). */
#ifndef FRN_VERSION
#define FRN_VERSION "unknown"
#endif
#define FRN_DATA_VERSION "2026.12.1"

#endif
