/*
 * frn_cli.h — modes of the frnews command-line tool.
 */
#ifndef FRN_CLI_H
#define FRN_CLI_H

#include <stdbool.h>

/* frnews --entities [--lines] [FILE...]: JSON Lines of entities per document */
int			frn_cli_entities_main(int argc, char **argv);

#endif
