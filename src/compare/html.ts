/**
 * The compare report as one self-contained HTML page: the headline, charts of the largest movers
 * and of the change by function class, each table's rows side by side (old, new, Δ, Δ%, new and
 * gone rows marked in words as well as colour), and the newer year's claims about the older one.
 */
import { barChart, esc, htmlHead, htmlTail } from '../report/html.js';
import { fileAt, type Style, T } from '../report/style.js';
import type { Place } from './claims.js';
import { type CompareReport, candidateText, pct, STATUS, VERDICT } from './report.js';

/** A 类 row of a function table: a three-digit code, then its name ("208 社会保障和就业支出"). */
const CLASS = /^\d{3} /;

export function renderCompareHtml(r: CompareReport, o: Style & { version: string }): string {
  const title = T(o.lang, `${r.new.unit} ${r.new.year} 对比 ${r.old.year}`, `${r.new.unit}: ${r.new.year} against ${r.old.year}`);
  const out: string[] = [htmlHead(o.lang, title), '<article id="compare">', `<header><h1>${esc(title)}</h1>`];
  out.push(`<p class="meta"><code>${esc(r.old.file)}</code> (${r.old.year}) → <code>${esc(r.new.file)}</code> (${r.new.year})</p>`);
  for (const w of r.warnings) out.push(`<p class="verdict fail">⚠ ${esc(w[o.lang])}</p>`);
  const h = r.headline;
  const bad = r.claims.filter((c) => c.verdict === 'contradicted').length;
  out.push(
    `<p><span class="verdict ${bad > 0 ? 'fail' : 'pass'}">${bad > 0 ? T(o.lang, `${bad} 个关于上年的说法不符`, `${bad} claim(s) about last year contradicted`) : T(o.lang, '关于上年的说法均未发现不符', 'No claim about last year is contradicted')}</span></p>`,
    `<div class="counts"><span>${T(o.lang, '增加', 'Rose')} <b>${h.rose}</b></span><span>${T(o.lang, '减少', 'Fell')} <b>${h.fell}</b></span><span>${T(o.lang, '新增', 'Appeared')} <b>${h.appeared}</b></span><span>${T(o.lang, '取消', 'Disappeared')} <b>${h.disappeared}</b></span></div>`,
    '</header>',
  );
  if (h.totals.length > 0) {
    out.push(`<section class="checklist"><h2>${T(o.lang, '总额', 'Totals')}</h2><table><thead><tr><th></th><th>${r.old.year}</th><th>${r.new.year}</th><th>Δ</th><th>Δ%</th></tr></thead><tbody>`);
    for (const x of h.totals) out.push(`<tr><td>${esc(x.label)}</td><td class="num">${esc(x.old ?? '—')}</td><td class="num">${esc(x.new ?? '—')}</td><td class="num">${esc(x.delta)}</td><td class="num">${esc(pct(x.percent))}</td></tr>`);
    out.push('</tbody></table></section>');
  }
  // Deltas are exact decimal strings; a chart needs only their proportion.
  const charts: string[] = [];
  // Bars share one scale, so they share one unit: the movers in the most common unit.
  const units = h.movers.map((m) => m.unit);
  const unit = units.sort((a, b) => units.filter((u) => u === b).length - units.filter((u) => u === a).length)[0];
  const movers = h.movers.filter((m) => m.unit === unit);
  if (movers.length > 0) charts.push(barChart(T(o.lang, `变动最大的行（${unit}）`, `Largest movers (${unit})`), movers.map((m) => ({ label: m.label, value: Number(m.delta), text: `${m.delta} ${m.unit}` }))));
  // The first function table that prints its classes: 支出总表, else the general or appropriation one.
  const expenditure = ['expenditure', 'general_expenditure', 'appropriation_expenditure']
    .map((role) => r.tables.find((x) => x.role === role))
    .find((x) => x?.rows.some((row) => CLASS.test(row.label)));
  const classes = expenditure?.rows.filter((x) => CLASS.test(x.label)) ?? [];
  if (expenditure && classes.length > 0) {
    charts.push(barChart(T(o.lang, `按功能分类的变动（${expenditure.title}，${expenditure.unit}）`, `Change by function class (${expenditure.title}, ${expenditure.unit})`), classes.map((x) => ({ label: x.label, value: Number(x.delta), text: `${x.delta} (${pct(x.percent)})` }))));
  }
  if (charts.length > 0) out.push(`<section class="charts"><h2>${T(o.lang, '图表', 'Charts')}</h2>${charts.join('\n')}</section>`);
  r.tables.forEach((table, k) => {
    if (table.rows.length === 0) return;
    out.push(`<section class="printed-table" id="table-${k + 1}"><h3>${esc(table.title)}</h3><p class="unit">${esc(table.column)} · ${esc(table.unit)}</p>`);
    out.push(`<table><thead><tr><th>${T(o.lang, '行', 'Row')}</th><th>${r.old.year}</th><th>${r.new.year}</th><th>Δ</th><th>Δ%</th><th></th></tr></thead><tbody>`);
    for (const row of table.rows) {
      const cls = row.status === 'new' || row.status === 'gone' ? ` class="mark ${row.status === 'new' ? 'tail' : 'error'}"` : '';
      out.push(`<tr><td>${esc(row.label + candidateText(row, o))}</td><td class="num">${esc(row.old ?? '—')}</td><td class="num">${esc(row.new ?? '—')}</td><td class="num">${esc(row.delta)}</td><td class="num">${esc(pct(row.percent))}</td><td${cls}>${esc(STATUS[row.status][o.lang])}</td></tr>`);
    }
    out.push('</tbody></table></section>');
  });
  if (r.claims.length > 0) {
    out.push(`<section class="narrative"><h2>${T(o.lang, '新文件中关于上年的说法', "The newer year's claims about the older one")}</h2><table><thead><tr><th>${T(o.lang, '说法', 'Claim')}</th><th>${T(o.lang, '本年数', 'This year')}</th><th>${T(o.lang, '上年数', 'Last year')}</th><th>${T(o.lang, '应为', 'Should be')}</th><th>${T(o.lang, '结论', 'Verdict')}</th></tr></thead><tbody>`);
    r.claims.forEach((c, i) => {
      const verdict = c.verdict === 'contradicted' ? 'error' : c.verdict === 'verified' ? '' : 'tail';
      const place = (p?: Place) => (p ? `${esc(p.value ?? '')}<br><small>${esc(`${p.place} (${fileAt(p)})`)}</small>` : '—');
      out.push(`<tr id="claim-${i + 1}"><td>${esc(c.claim)}<br><small>${esc(fileAt(c.at))}</small></td><td>${place(c.current)}</td><td>${place(c.prior)}</td><td>${esc(c.expected ?? '')}</td><td${verdict ? ` class="mark ${verdict}"` : ''}>${esc(VERDICT[c.verdict][o.lang])}<br><small>${esc(c.reason[o.lang])}</small></td></tr>`);
    });
    out.push('</tbody></table></section>');
  }
  out.push('</article>', htmlTail(o));
  return out.join('\n');
}
