import { loadTablesFromDir } from '../lib/codes/node';
import { lookup } from '../lib/lookup/answer';
const t = await loadTablesFromDir(undefined, { extras: 'eager' });
for (const q of process.argv.slice(2)) {
  const a = lookup(t, q, { dos: '2026-03-01', limit: 8 });
  console.log(`\n${q}  copy=${a.copyList} notes=${a.notes}`);
  for (const g of a.groups) {
    console.log(` [${g.token?.text ?? 'words'}] units=${g.units} mods=${g.modifiers.map(m=>m.code+':'+(m.entry?.title.slice(0,30)))} hist=${g.history ? g.history.status+' '+g.history.knownFrom+' '+g.history.changedOn+'/'+g.history.deletedBefore+' -> '+g.history.successors.slice(0,4).map(s=>s.code) : ''} unknown=${g.unknown ? g.unknown.nearest.map(n=>n.code).join(',') : ''}`);
    for (const d of g.denials) console.log(`   ${d.list} ${d.group??''} ${d.code}: ${d.explanation.inPlaybook ? d.explanation.entry.en.title : d.explanation.official}`);
    for (const r of g.rows.slice(0,6)) console.log(`   ${r.system} ${r.code} ${r.score.toFixed(2)} ${r.title.slice(0,60)} ${r.gem ? '(gem '+(r.gem.approximate?'approx':'exact')+')':''}`);
  }
}
