#include "cli.h"
int cli_export(const cli_opts *o){(void)o;return 0;}
int cli_stats(const cli_opts *o){(void)o;return 0;}
