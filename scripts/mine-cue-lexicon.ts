/**
 * Mines the speech-cue lexicon from an attribution corpus in BRAT form (PolNeAR train):
 * for every word that heads a Cue span, how often it is a cue against how often it occurs at all.
 * Writes src/extraction/data/cue-words.json, which the extraction ships as data.
 *
 *   npx ts-node --transpile-only scripts/mine-cue-lexicon.ts /work/shared/corpora/polnear/train
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readGoldAttributions } from '../src/evaluation/brat';

const MIN_CUE_COUNT = 3;
const MIN_CUE_RATE = 0.15;
// Words that sit inside cue spans without carrying the cue (auxiliaries, adverbs, particles).
const NOT_HEADS = new Set(
  'also has have had was were is are be been being will would could should can may might did does do not never just ' +
    'then still later again first previously reportedly publicly privately repeatedly recently already even once ' +
    'he she they it his her its their in a an the to of for on at by with as that this from about into and or but'
      .split(' '),
);
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

function main(folder: string): void {
  const cueCounts = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const annFiles = readdirSync(join(folder, 'attributions')).filter((name) => name.endsWith('.ann'));
  for (const annFile of annFiles) {
    const stem = annFile.replace(/_[^_]+\.ann$/, '');
    const text = readFileSync(join(folder, 'text', `${stem}.txt`), 'utf8');
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
    }
    for (const attribution of readGoldAttributions(readFileSync(join(folder, 'attributions', annFile), 'utf8'), text)) {
      if (!attribution.cue) continue;
      const words = attribution.cue.flatMap(({ start, end }) => text.slice(start, end).match(WORD) ?? []);
      const head = words.map((word) => word.toLowerCase()).find((word) => !NOT_HEADS.has(word));
      if (head) cueCounts.set(head, (cueCounts.get(head) ?? 0) + 1);
    }
    process.stderr.write('.');
  }
  const lexicon: Record<string, number> = {};
  for (const [word, count] of [...cueCounts].sort((a, b) => b[1] - a[1])) {
    const rate = count / Math.max(count, occurrences.get(word) ?? 0);
    if (count >= MIN_CUE_COUNT && rate >= MIN_CUE_RATE) lexicon[word] = Math.round(rate * 100) / 100;
  }
  const out = join(__dirname, '..', 'src', 'extraction', 'data', 'cue-words.json');
  writeFileSync(out, JSON.stringify(lexicon, null, 0).replace(/,"/g, ',\n"') + '\n');
  process.stderr.write(`\n${Object.keys(lexicon).length} cue words → ${out}\n`);
}

main(process.argv[2] ?? '/work/shared/corpora/polnear/train');
