// Renders a report in the shapes of the real corpus:
//  - pipe-text:   cells joined by ` | ` (the seed, huanren-2024.txt);
//  - flat-text:   the crawler's page.txt (8-line header, 正文 marker, cells run together);
//  - html-editor: editor tables, every cell `<td …><p>…&nbsp;</p></td>`, rowspan/colspan (pingtan-jinjingpianqu-2025.html);
//  - html-wps:    WPS/Excel export, bare-text `class="etN"` cells, <colgroup>, <h2> headings (pingtan-shichangjianguanju-2025.html).
import { proactiveBlocks, requestRows, REQUEST_KEYS, REVIEW_BLOCKS, REVIEW_KEYS } from './template.mjs';

export const SYNTHETIC_MARK = '（合成数据，仅供测试）';

/** The printed text of a cell. */
function cellText(rep, key) {
  const raw = rep.raws[key];
  if (raw !== undefined) return raw;
  const v = rep.values[key];
  return v === null || v === undefined ? '' : String(v);
}

const paren = (text, ascii) => (ascii ? text.replace(/（/g, '(').replace(/）/g, ')') : text);

function requestRowLabel(rep, row) {
  if (rep.lostLabel === row.key) return '';
  let label = row.label;
  if (row.key === 'deniedEnforcementFile' && rep.quirks.includes('typo:执法案件')) label = '7.属于行政执法案件';
  return label;
}

const GOUJI = (rep) => `（本列数据的${rep.quirks.includes('typo:钩稽') ? '钩' : '勾'}稽关系为：第一项加第二项之和，等于第三项加第四项之和）`;

function sectionTitles(rep) {
  return {
    overall: '一、总体情况',
    proactive: '二、主动公开政府信息情况',
    requests: '三、收到和处理政府信息公开申请情况',
    review: rep.reviewTitle,
    fees: '五、信息处理费收取情况',
    problems: rep.feeTable ? `六、${rep.problemsTitle}` : `五、${rep.problemsTitle}`,
    other: '六、其他需要报告的事项',
  };
}

const SUBHEADS = ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况', '（五）监督保障情况'];

/** The body as a list of blocks: headings, paragraphs and tables, in order. */
function bodyBlocks(rep) {
  const t = sectionTitles(rep);
  const p = rep.prose;
  const blocks = [];
  if (rep.letter) blocks.push({ kind: 'para', text: rep.letter.to });
  blocks.push({ kind: 'para', text: p.opening });
  blocks.push({ kind: 'head', text: t.overall });
  blocks.push({ kind: 'para', text: p.intro });
  const subs = [p.proactive, p.requests, p.management, p.platform, p.supervision];
  subs.forEach((text, i) => {
    blocks.push({ kind: 'subhead', text: SUBHEADS[i] });
    blocks.push({ kind: 'para', text });
  });
  blocks.push({ kind: 'head', text: t.proactive });
  blocks.push({ kind: 'table', table: 'proactive' });
  blocks.push({ kind: 'head', text: t.requests });
  blocks.push({ kind: 'table', table: 'requests' });
  blocks.push({ kind: 'head', text: t.review });
  blocks.push({ kind: 'table', table: 'review' });
  if (rep.feeTable) {
    blocks.push({ kind: 'head', text: t.fees });
    blocks.push({ kind: 'table', table: 'fees' });
  }
  blocks.push({ kind: 'head', text: t.problems });
  blocks.push({ kind: 'para', text: p.problems });
  if (!rep.feeTable) {
    blocks.push({ kind: 'head', text: t.other });
    blocks.push({ kind: 'para', text: p.other });
  }
  if (rep.letter) blocks.push({ kind: 'para', text: '此函' });
  return blocks;
}

// ───────────────────────────── pipe text ─────────────────────────────

function pipeProactive(rep, lines) {
  const ascii = rep.asciiParens;
  for (const block of proactiveBlocks(rep.proactiveTemplate, rep.labels)) {
    lines.push(`${paren(`第二十条第${block.item}项`, ascii)} | |||`);
    lines.push(`信息内容 | ${block.header.join(' | ')} |${block.header.length < 3 ? ' ||' : ''}`);
    for (const row of block.rows) {
      if (row.key === 'regulations' && rep.noRegulationsRow) continue;
      const cells = row.columns.map((c) => cellText(rep, `proactive.${row.key}.${c}`));
      lines.push(`${row.label} | ${cells.join(' | ')} |${cells.length < 3 ? ' ||' : ''}`);
    }
  }
}

function pipeRequests(rep, lines) {
  const ascii = rep.asciiParens;
  lines.push(`${paren(GOUJI(rep), ascii)} | 申请人情况 | ||||||||`);
  lines.push('自然人 | 法人或其他组织 | 总计 | |||||||');
  lines.push('商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||');
  const rows = requestRows(rep.requestsTemplate);
  let lastGroup = null;
  rows.forEach((row, i) => {
    const cells = REQUEST_KEYS[row.key].map((k) => cellText(rep, k));
    const prefix = [];
    if (row.key === 'granted') prefix.push('三、本年度办理结果');
    if (row.group && row.group !== lastGroup) prefix.push(row.group);
    lastGroup = row.group;
    const label = paren([...prefix, requestRowLabel(rep, row)].join(' | '), ascii);
    lines.push(`${label} | ${cells.join(' | ')} |${prefix.length === 0 ? ' ||' : ' |'}`);
    if (rep.pageFooterAt === i) lines.push(`— ${rep.pageNumber} —`);
  });
}

function pipeReview(rep, lines) {
  lines.push('行政复议 | 行政诉讼 | |||||||||||||');
  lines.push('结果维持 | 结果 | 其他 | 尚未 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||');
  lines.push('结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计 | |||||');
  const cells = REVIEW_BLOCKS.flatMap((b) => REVIEW_KEYS[b].map((k) => cellText(rep, k)));
  lines.push(`${cells.join(' | ')} |`);
}

function pipeFees(rep, lines) {
  lines.push('通知收取件数 | 通知收取金额（元） | 实际收取金额（元） |');
  lines.push(`${rep.feeTable.join(' | ')} |`);
}

export function renderPipe(rep) {
  const lines = [];
  if (rep.showTitle) {
    lines.push(rep.title);
    if (rep.titleTwice) lines.push(rep.title);
  }
  lines.push(SYNTHETIC_MARK);
  for (const block of bodyBlocks(rep)) {
    if (block.kind === 'table') {
      if (block.table === 'proactive') pipeProactive(rep, lines);
      else if (block.table === 'requests') pipeRequests(rep, lines);
      else if (block.table === 'review') pipeReview(rep, lines);
      else pipeFees(rep, lines);
    } else lines.push(rep.asciiParens && block.kind === 'subhead' ? paren(block.text, true) : block.text);
  }
  lines.push(rep.signature);
  lines.push(rep.dateSigned);
  if (rep.scanFooter) lines.push('扫一扫在手机打开当前页');
  return `${lines.join(rep.crlf ? '\r\n' : '\n')}\n`;
}

// ───────────────────────────── flattened text ─────────────────────────────

function flatProactive(rep) {
  const f = rep.flat;
  const out = [];
  proactiveBlocks(rep.proactiveTemplate, rep.labels).forEach((block, bi) => {
    const hsep = bi === 0 && f.headerSpaced ? ' ' : '';
    out.push(`第二十条第${block.item}项${hsep}信息内容${hsep}${block.header.join(hsep)}${hsep}`);
    for (const row of block.rows) {
      if (row.key === 'regulations' && rep.noRegulationsRow) continue;
      const cells = row.columns.map((c) => cellText(rep, `proactive.${row.key}.${c}`));
      out.push(`${row.label}${f.cellSep ? f.cellSep : ''}${cells.join(f.cellSep)}`);
    }
  });
  return `${out.join('')}${f.afterTable}`;
}

function flatRequests(rep, rng) {
  const f = rep.flat;
  const s = f.headerSpaced ? ' ' : '';
  const out = [`${GOUJI(rep)}${s}申请人情况${s}自然人${s}法人或其他组织${s}总计${s}商业${s}企业${s}科研${s}机构${s}社会公益组织${s}法律服务机构${s}其他${s}`];
  let lastGroup = null;
  for (const row of requestRows(rep.requestsTemplate)) {
    const cells = REQUEST_KEYS[row.key].map((k) => cellText(rep, k));
    let label = requestRowLabel(rep, row);
    if (row.group && row.group !== lastGroup) label = `${row.group}${s}${label}`;
    if (row.key === 'granted') label = `三、本年度办理结果${s}${label}`;
    lastGroup = row.group;
    // Irregular spaces inside a row (`10 0 0 0 01`, ` 2 00 00 0 2`) in some crawls.
    const parts = f.irregular > 0 ? cells.slice(0, 6).reduce((acc, cell, i) => acc + (i > 0 && rng.chance(f.irregular) ? ' ' : '') + cell, '') : cells.slice(0, 6).join('');
    const totalSep = rng.chance(f.totalSpace) ? ' ' : '';
    const labelSep = rng.chance(f.labelSpace) ? ' ' : '';
    out.push(`${label}${labelSep}${parts}${totalSep}${cells[6]}`);
  }
  return `${out.join('')}${f.afterTable}`;
}

function flatReview(rep, rng) {
  const f = rep.flat;
  const s = f.headerSpaced ? ' ' : '';
  const head = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];
  const tail = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const header = [...head, ...tail, ...tail].join(s);
  const cells = REVIEW_BLOCKS.flatMap((b) => REVIEW_KEYS[b].map((k) => cellText(rep, k)));
  let digits = '';
  cells.forEach((cell, i) => {
    digits += cell;
    if (i < cells.length - 1 && rng.chance(f.reviewSpace)) digits += ' ';
  });
  return `${header}${f.reviewLead}${digits}${f.afterTable}`;
}

function flatFees(rep) {
  return `通知收取件数通知收取金额（元）实际收取金额（元）${rep.feeTable.join('')}${rep.flat.afterTable}`;
}

export function renderFlat(rep, rng) {
  const header = [
    `标题: ${rep.title}`,
    `发布时间: ${rep.pubDate}`,
    '文号: ',
    '发布机构: ',
    '栏目: 政府信息公开年报',
    `原文链接: https://synthetic.invalid/${rep.code}/zwgk/zfxxgknb/${rep.pubMonth}/t${rep.pubDay}_${rep.pageId}.htm`,
    `本地目录: zwgk/zfxxgknb/${rep.pubMonth}/${rep.pageId}_${rep.titleBare}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
    SYNTHETIC_MARK,
  ];
  let body = '';
  if (rep.flat.breadcrumb) {
    body += `当前位置： 首页政务公开政府信息公开${rep.issuer}政府信息公开年报 ${rep.titleBare} 来源： 时间：${rep.pubDate} --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： `;
  } else if (rep.showTitle) body += rep.titleBare;
  const sep = rep.flat.blockSep;
  for (const block of bodyBlocks(rep)) {
    if (block.kind === 'table') {
      if (block.table === 'proactive') body += flatProactive(rep);
      else if (block.table === 'requests') body += flatRequests(rep, rng);
      else if (block.table === 'review') body += flatReview(rep, rng);
      else body += flatFees(rep);
    } else body += `${block.text}${block.kind === 'para' ? sep : rep.flat.headSep}`;
  }
  body += ` ${rep.signature} ${rep.dateSigned} 附件下载`;
  return `${header.join('\n')}\n${body}`;
}

// ───────────────────────────── HTML ─────────────────────────────

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const EDITOR_TD_STYLE = ' style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0);"';
const WPS_TD_STYLE = (num) =>
  ` style="padding-top: 1px; padding-left: 1px; padding-right: 1px; font-size: 12pt; font-family: ${num ? 'Calibri' : '方正书宋_GBK'}; border: 0.5pt solid rgb(0, 0, 0); vertical-align: middle; text-wrap: wrap; text-align: center;"`;

/** A table cell: text lines, spans, width, and whether it is a figure. */
const C = (text, opts = {}) => ({ lines: Array.isArray(text) ? text : [text], cs: 1, rs: 1, w: 60, num: false, ...opts });

function proactiveGrid(rep) {
  const rows = [];
  for (const block of proactiveBlocks(rep.proactiveTemplate, rep.labels)) {
    rows.push([C(`第二十条第${block.item}项`, { cs: 4, w: 614 })]);
    const spanLast = 4 - block.header.length;
    rows.push([C('信息内容', { w: 184 }), ...block.header.map((h, i) => C(h, { w: i === block.header.length - 1 ? 144 * spanLast : 144, cs: i === block.header.length - 1 ? spanLast : 1 }))]);
    for (const row of block.rows) {
      if (row.key === 'regulations' && rep.noRegulationsRow) continue;
      const label = row.key === 'fees' && rep.flavor === 'wps' ? ['行政事业性', '收费'] : row.label;
      rows.push([
        C(label, { w: 184 }),
        ...row.columns.map((c, i) => C(cellText(rep, `proactive.${row.key}.${c}`), { num: true, key: `proactive.${row.key}.${c}`, w: 144, cs: i === row.columns.length - 1 ? 4 - row.columns.length : 1 })),
      ]);
    }
  }
  return { columns: [184, 144, 138, 149], rows };
}

function requestsGrid(rep) {
  const rows = [];
  rows.push([C(GOUJI(rep), { cs: 3, rs: 3, w: 331 }), C('申请人情况', { cs: 7, w: 282 })]);
  rows.push([C('自然人', { rs: 2, w: 38 }), C('法人或其他组织', { cs: 5, w: 202 }), C('总计', { rs: 2, w: 42 })]);
  rows.push([C(['商业', '企业'], { w: 40 }), C(['科研', '机构'], { w: 40 }), C('社会公益组织', { w: 40 }), C('法律服务机构', { w: 40 }), C('其他', { w: 42 })]);
  const printed = requestRows(rep.requestsTemplate);
  const handled = printed.filter((r) => r.level > 0).length; // the rows under 三、本年度办理结果, （七）总计 included
  const groupSize = (group) => printed.filter((r) => r.group === group).length;
  let lastGroup = null;
  for (const row of printed) {
    const nums = REQUEST_KEYS[row.key].map((k) => C(cellText(rep, k), { num: true, key: k, w: 40 }));
    const label = requestRowLabel(rep, row);
    const cells = [];
    if (row.key === 'granted') cells.push(C('三、本年度办理结果', { rs: handled, w: 105 }));
    if (row.level === 0) cells.push(C(label, { cs: 3, w: 331 }));
    else if (row.group) {
      if (row.group !== lastGroup) cells.push(C(row.group, { rs: groupSize(row.group), w: 66 }));
      cells.push(C(label, { w: 160 }));
    } else cells.push(C(label, { cs: 2, w: 226 }));
    lastGroup = row.group;
    rows.push([...cells, ...nums]);
  }
  return { columns: [105, 66, 160, 38, 40, 40, 40, 40, 42, 42], rows };
}

function reviewGrid(rep) {
  const two = (a, b) => (rep.flavor === 'wps' ? [`${a}<br/>${b}`] : [a, b]);
  const head = [two('结果', '维持'), two('结果', '纠正'), two('其他', '结果'), two('尚未', '审结'), ['总计']];
  const rows = [
    [C('行政复议', { cs: 5, w: 214 }), C('行政诉讼', { cs: 10, w: 428 })],
    [...head.map((h) => C(h, { rs: 2, w: 42 })), C('未经复议直接起诉', { cs: 5, w: 214 }), C('复议后起诉', { cs: 5, w: 214 })],
    [...head, ...head].map((h) => C(h, { w: 42 })),
    REVIEW_BLOCKS.flatMap((b) => REVIEW_KEYS[b].map((k) => C(cellText(rep, k), { num: true, key: k, w: 42 }))),
  ];
  return { columns: new Array(15).fill(42), rows };
}

function feesGrid(rep) {
  return {
    columns: [201, 201, 201],
    rows: [[C('通知收取件数', { w: 201 }), C('通知收取金额（元）', { w: 201 }), C('实际收取金额（元）', { w: 201 })], rep.feeTable.map((v) => C(v, { num: true, w: 201 }))],
  };
}

function editorCell(rep, cell) {
  const span = `${cell.cs > 1 ? ` colspan="${cell.cs}"` : ''}${cell.rs > 1 ? ` rowspan="${cell.rs}"` : ''}`;
  const style = rep.html.tdStyle ? EDITOR_TD_STYLE : '';
  let inner;
  if (cell.num) {
    const text = cell.lines[0];
    if (text === '') inner = rep.html.emptyCell;
    else if (rep.splitDigitsKey && cell.key === rep.splitDigitsKey && text.length >= 2) inner = `<p><span>${text.slice(0, 1)}</span><span>${text.slice(1)}</span></p>`;
    else inner = `<p>${esc(text)}</p>`;
  } else inner = cell.lines.map((l) => (l === '' ? '<p>&nbsp;</p>' : `<p>${esc(l)}&nbsp;</p>`)).join('');
  return `<td width="${cell.w}" valign="center"${span}${style}>${inner}</td>`;
}

function wpsCell(rep, cell, header) {
  const span = `${cell.cs > 1 ? ` colspan="${cell.cs}"` : ''}${cell.rs > 1 ? ` rowspan="${cell.rs}"` : ''}`;
  const cls = cell.num ? 'et5' : header ? 'et2' : 'et4';
  let inner;
  if (cell.lines.length > 1) inner = cell.lines.map((l) => `<p>${esc(l)}</p>`).join('');
  else if (cell.lines[0].includes('<br/>')) {
    const [a, b] = cell.lines[0].split('<br/>');
    inner = `${esc(a)}<span class="font0"><br/></span><span class="font1">${esc(b)}</span>`;
  } else inner = esc(cell.lines[0]);
  return `<td${span} class="${cls}" width="${cell.w}"${WPS_TD_STYLE(cell.num)}>${inner}</td>`;
}

function htmlTable(rep, grid) {
  if (rep.flavor === 'wps') {
    const width = grid.columns.reduce((a, b) => a + b, 0);
    const cols = grid.columns.map((w) => `<col width="${w}" style="width: ${(w * 0.75).toFixed(2)}pt;"/>`).join('');
    const rows = grid.rows
      .map((row, i) => `<tr style="height: 30pt;"${i === 0 ? ' class="firstRow"' : ''}>${row.map((c) => wpsCell(rep, c, row.length === 1)).join('')}</tr>`)
      .join('');
    return `<table border="0" cellpadding="0" cellspacing="0" width="${width}" style="border-collapse: collapse;" align="center"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
  }
  const rows = grid.rows.map((row, i) => `<tr${i === 0 ? ' class="firstRow"' : ''}>${row.map((c) => editorCell(rep, c)).join('')}</tr>`).join('');
  return `<table border="1" cellspacing="0" align="center" style="border-collapse: collapse;"><tbody>${rows}</tbody></table>`;
}

const P_STYLE = ' style="text-indent: 2em; text-align: left;"';
const WPS_P = ' style=";font-family: Calibri;font-size: 14px;text-wrap: wrap;text-indent: 37px;padding: 0;line-height: 37px"';
const WPS_SPAN = ' style="font-family: 宋体;color: #1F2329;font-size: 19px"';
const WPS_H = (size) => ` style=";font-family: 宋体;font-size: ${size}px;text-wrap: wrap;text-indent: 37px;padding: 0;line-height: 37px"`;

function htmlBlock(rep, block) {
  if (block.kind === 'table') {
    const grid =
      block.table === 'proactive' ? proactiveGrid(rep) : block.table === 'requests' ? requestsGrid(rep) : block.table === 'review' ? reviewGrid(rep) : feesGrid(rep);
    return htmlTable(rep, grid);
  }
  const text = esc(block.text);
  if (rep.flavor === 'wps') {
    if (block.kind === 'head') return `<h2${WPS_H(24)}><strong><span style="color: #1F2329;font-size: 19px">${text}</span></strong></h2>`;
    if (block.kind === 'subhead') return `<h3${WPS_H(21)}><strong><span style="color: #1F2329;font-size: 19px">${text}</span></strong></h3>`;
    // Word-processor runs: the paragraph split into spans at punctuation.
    const runs = text.split(/(?<=[，。；])/).map((run) => `<span${WPS_SPAN}>${run}</span>`);
    return `<p${WPS_P}>${runs.join('')}</p>`;
  }
  return `<p${P_STYLE}>${text}</p>`;
}

export function renderHtml(rep) {
  const charset = rep.encoding === 'gb18030' ? (rep.html.httpEquiv ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="gb2312">') : '<meta charset="utf-8">';
  const parts = [
    `<!DOCTYPE html>\n<html>\n<head>\n${charset}\n<meta name="generator" content="dlens-synth (synthetic data)">\n<title>${esc(rep.title)}</title>\n</head>\n<body>\n<div class=TRS_Editor>`,
    `<p${P_STYLE}>${SYNTHETIC_MARK}</p>`,
  ];
  if (rep.showTitle) parts.push(`<p style="text-align: center;"><strong>${esc(rep.titleBare)}</strong></p>`);
  for (const block of bodyBlocks(rep)) parts.push(htmlBlock(rep, block));
  parts.push(`<p>&nbsp;</p><p style="text-align: right;">${esc(rep.signature)}</p><p style="text-align: right;">${esc(rep.dateSigned)}${rep.html.datePad}</p>`);
  parts.push('</div>\n</body>\n</html>\n');
  return parts.join(rep.html.newlines ? '\n' : '');
}
