/*
 * frn_unidata.c — the generated Unicode tables (see frn_unidata.h).
 */
#include "frn_unidata.h"

#include "frn_fold_table.inc"
