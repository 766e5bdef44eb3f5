// The baseline process for `npm run bench`: linkedom + Mozilla Readability over the pages given,
// read and decoded exactly as the analyze command reads them (cli/load, cli/dom), one JSON line
// per page. No clutter rules, no NLP. With no pages it only starts up (the launcher baseline).
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../cli/dom';
import { loadInput } from '../cli/load';

async function main(sources: string[]): Promise<void> {
  for (const source of sources) {
  try {
    const loaded = await loadInput(source);
    if (loaded.kind !== 'html') throw new Error('not an HTML page');
    const doc = parseDocument(loaded.html);
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    process.stdout.write(JSON.stringify({ source, title: parsed?.title ?? null, length: parsed?.length ?? 0 }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ source, error: e instanceof Error ? e.message : String(e) }) + '\n');
  }
  }
}

void main(process.argv.slice(2));
