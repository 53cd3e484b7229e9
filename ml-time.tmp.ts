import { RULES } from './src/scan/rules/index.js';
import { matchView } from './src/scan/view.js';
import { RULE_CASES } from './test/scan/rule-cases.js';
const SIZE = 100_000;
const fill = (u: string) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE);
const inputs: Array<[string,string]> = [['spaces', fill(' ')],['letters', fill('a')],['words', fill('ignore ')],['punct', fill('!-[<|=')],['digits', fill('0123456789')],['b64',fill('QUJD')]];
for (const [id, { hit }] of Object.entries(RULE_CASES)) { const v = matchView(hit); for (const c of [0.3,0.6,0.9]) inputs.push([`${id} p${c}`, fill(`${v.slice(0, Math.floor(v.length*c))} `)]); inputs.push([`${id} almost`, fill(v.slice(0,-1))]); }
function cpu(fn: () => unknown) { const b = process.cpuUsage(); fn(); const u = process.cpuUsage(b); return (u.user+u.system)/1000; }
const rows: Array<[number,string,string]> = [];
for (const r of RULES) { let worst = 0, wn = ''; for (const [n, i] of inputs) { const ms = Math.min(cpu(()=>r.pattern.test(i)), cpu(()=>r.pattern.test(i)), cpu(()=>r.pattern.test(i))); if (ms > worst) { worst = ms; wn = n; } } rows.push([worst, r.id, wn]); }
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0,15)) console.log(r[0].toFixed(1), r[1], r[2]);
