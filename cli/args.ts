// Command-line arguments of `npm run analyze`: flags, inputs and the usage text.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run analyze -- [--json] [--pretty] [FILE | URL ...]

Analyses news pages: the article, the clutter hidden on the page, the key actors and their demands.

Inputs:
  FILE.html, FILE.htm   a saved web page
  FILE.html.gz          a gzipped web page
  FILE.txt              plain article text (a short first line without a final period is the title)
  http(s)://...         a web page, fetched once
  (none)                the sample page the project ships (sample/fishing-row.html)

Options:
  --json                one JSON object per input, one per line (JSON Lines), in input order
  --pretty              indented JSON (implies --json)
  -h, --help            show this help

Exit status: 0 if every input was analysed, 1 if any failed, 2 on a usage error.
`;

export interface CliArgs {
  json: boolean;
  pretty: boolean;
  help: boolean;
  inputs: string[];
}

/** Parses argv (without node and the script); throws a TypeError with a message on unknown flags. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const pretty = values.pretty === true;
  return {
    json: values.json === true || pretty,
    pretty,
    help: values.help === true,
    inputs: positionals,
  };
}
