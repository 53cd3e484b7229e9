// Rules run only around their anchor words (rules/anchors.ts), so a match with no anchor in it is
// silently dropped. This check runs every rule's plain pattern over the match view of each text
// and lists the texts where it matches but the scanner does not report the rule: each is an
// anchor (or an anchor's companion) to add, or a pattern that matches more than it should.
// Texts: the development split and the installed dependencies' documents.
//   npm run check:anchors            (exit 1 when a gap is found)
import { docPieces } from './docs-corpus.js';
import { loadRows } from './detector-data.js';
import { prepareScanner, DEFAULT_SCAN_POLICY, RULES, scanText } from '../src/scan/index.js';
import { compiledAhead } from '../src/scan/machine-code.js';
import { confirmedIn } from '../src/scan/rules/confirm.js';
import { matchView } from '../src/scan/view.js';


const texts: Array<{ source: string; text: string }> = [];
for (const row of loadRows()) texts.push({ source: row.id, text: row.text });
for (const piece of docPieces()) texts.push({ source: `${piece.file}@${piece.offset}`, text: piece.text });

// Signal rules (reader turn, suffix statistics) have a pattern that never matches.
const patterns = RULES.filter((r) => r.pattern.source !== '(?!)').map((r) => ({ id: r.id, rule: r, re: compiledAhead(new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, ''))) }));
// many texts in one process: the patterns compiled first, this check's copies among them, stay
// fast (src/scan/prepare.ts)
await prepareScanner();
const gaps = new Map<string, string[]>();
for (const { source, text } of texts) {
  const scan = scanText(text, DEFAULT_SCAN_POLICY);
  const reported = new Set(scan.rules.map((r) => r.ruleId));
  const view = matchView(scan.text);
  for (const { id, rule, re } of patterns) {
    // (a rule with a condition on its matches counts only where one meets it)
    if (reported.has(id) || !re.test(view) || !confirmedIn(rule, view)) continue;
    gaps.set(id, [...(gaps.get(id) ?? []), source]);
  }
}
process.stdout.write(`check:anchors: ${texts.length} texts, ${patterns.length} rules\n`);
for (const [id, sources] of gaps) process.stdout.write(`  ${id}: ${sources.length} texts match its pattern but not the scanner, e.g. ${sources.slice(0, 3).join(', ')}\n`);
if (gaps.size > 0) process.exitCode = 1;
else process.stdout.write('check:anchors: every pattern match is reported\n');
