/**
 * The national annual-report template (国办公开办函〔2019〕60号 trial format and
 * 国办公开办函〔2021〕30号 current format) as canonical keys.
 *
 * A value key is `<table>.<row>.<column>`, e.g. `requests.granted.total` or
 * `proactive.licensing.decisions`. See docs: report-format.md.
 */

export type TemplateVersion = '2019' | '2021';

export type TableKey = 'proactive' | 'requests' | 'reviewLitigation';

export interface Label {
  readonly zh: string;
  readonly en: string;
}

export interface ColumnDef {
  readonly key: string;
  readonly label: Label;
  /** 'count' values are integers; 'wan' is 万元 (10,000 yuan) with decimals; 'change' may be negative. */
  readonly unit: 'count' | 'wan' | 'change';
}

export interface RowDef {
  readonly key: string;
  readonly label: Label;
  readonly columns: readonly ColumnDef[];
  /** Templates in which this row (with these columns) exists. */
  readonly templates: readonly TemplateVersion[];
}

export interface TableDef {
  readonly key: TableKey;
  readonly label: Label;
  readonly rows: readonly RowDef[];
}

const col = (key: string, zh: string, en: string, unit: ColumnDef['unit'] = 'count'): ColumnDef => ({
  key,
  label: { zh, en },
  unit,
});

const BOTH: readonly TemplateVersion[] = ['2019', '2021'];
const CURRENT: readonly TemplateVersion[] = ['2021'];
const TRIAL: readonly TemplateVersion[] = ['2019'];

// Table 二 (proactive disclosure). The trial format and the current format share row
// keys where the meaning is the same, so that e.g. `licensing.decisions` compares across both.
const documentColumns2021 = [
  col('issued', '本年制发件数', 'Issued this year'),
  col('repealed', '本年废止件数', 'Repealed this year'),
  col('inForce', '现行有效件数', 'In force'),
];
const documentColumns2019 = [
  col('issued', '本年新制作数量', 'Newly made this year'),
  col('published', '本年新公开数量', 'Newly published this year'),
  col('inForce', '对外公开总数量', 'Published in total'),
];
const itemColumns2019 = [
  col('itemsLastYear', '上一年项目数量', 'Items last year'),
  col('itemsChange', '本年增/减', 'Change this year', 'change'),
  col('decisions', '处理决定数量', 'Decisions'),
];
const decisions2021 = [col('decisions', '本年处理决定数量', 'Decisions this year')];

export const PROACTIVE_ROWS_2021: readonly RowDef[] = [
  { key: 'regulations', label: { zh: '规章', en: 'Regulations' }, columns: documentColumns2021, templates: CURRENT },
  {
    key: 'normativeDocuments',
    label: { zh: '行政规范性文件', en: 'Normative documents' },
    columns: documentColumns2021,
    templates: CURRENT,
  },
  { key: 'licensing', label: { zh: '行政许可', en: 'Administrative licensing' }, columns: decisions2021, templates: CURRENT },
  { key: 'punishment', label: { zh: '行政处罚', en: 'Administrative penalties' }, columns: decisions2021, templates: CURRENT },
  { key: 'coercion', label: { zh: '行政强制', en: 'Administrative coercion' }, columns: decisions2021, templates: CURRENT },
  {
    key: 'fees',
    label: { zh: '行政事业性收费', en: 'Administrative fees' },
    columns: [col('amountWan', '本年收费金额（单位：万元）', 'Amount collected (10k yuan)', 'wan')],
    templates: CURRENT,
  },
];

export const PROACTIVE_ROWS_2019: readonly RowDef[] = [
  { key: 'regulations', label: { zh: '规章', en: 'Regulations' }, columns: documentColumns2019, templates: TRIAL },
  {
    key: 'normativeDocuments',
    label: { zh: '规范性文件', en: 'Normative documents' },
    columns: documentColumns2019,
    templates: TRIAL,
  },
  { key: 'licensing', label: { zh: '行政许可', en: 'Administrative licensing' }, columns: itemColumns2019, templates: TRIAL },
  {
    key: 'otherServices',
    label: { zh: '其他对外管理服务事项', en: 'Other public services' },
    columns: itemColumns2019,
    templates: TRIAL,
  },
  { key: 'punishment', label: { zh: '行政处罚', en: 'Administrative penalties' }, columns: itemColumns2019, templates: TRIAL },
  { key: 'coercion', label: { zh: '行政强制', en: 'Administrative coercion' }, columns: itemColumns2019, templates: TRIAL },
  {
    key: 'fees',
    label: { zh: '行政事业性收费', en: 'Administrative fees' },
    columns: itemColumns2019.slice(0, 2),
    templates: TRIAL,
  },
  {
    key: 'procurement',
    label: { zh: '政府集中采购', en: 'Centralised procurement' },
    columns: [col('items', '采购项目数量', 'Procurement items'), col('amountWan', '采购总金额', 'Procurement amount (10k yuan)', 'wan')],
    templates: TRIAL,
  },
];

/** Table 三 columns: applicant types. */
export const REQUEST_COLUMNS: readonly ColumnDef[] = [
  col('naturalPerson', '自然人', 'Natural persons'),
  col('commercial', '商业企业', 'Commercial enterprises'),
  col('research', '科研机构', 'Research institutions'),
  col('socialWelfare', '社会公益组织', 'Social welfare organisations'),
  col('legalService', '法律服务机构', 'Legal service institutions'),
  col('otherOrg', '其他', 'Other organisations'),
  col('total', '总计', 'Total'),
];

/** The six applicant columns that add up to `total`. */
export const REQUEST_PART_COLUMNS = REQUEST_COLUMNS.slice(0, 6).map((c) => c.key);

const requestRow = (key: string, zh: string, en: string, templates = BOTH): RowDef => ({
  key,
  label: { zh, en },
  columns: REQUEST_COLUMNS,
  templates,
});

export const REQUEST_ROWS: readonly RowDef[] = [
  requestRow('newReceived', '一、本年新收政府信息公开申请数量', 'New requests received'),
  requestRow('carriedOver', '二、上年结转政府信息公开申请数量', 'Carried over from last year'),
  requestRow('granted', '（一）予以公开', 'Granted'),
  requestRow('partiallyGranted', '（二）部分公开', 'Partly granted'),
  requestRow('deniedStateSecret', '（三）不予公开 1.属于国家秘密', 'Denied: state secret'),
  requestRow('deniedProhibitedByLaw', '2.其他法律行政法规禁止公开', 'Denied: prohibited by other laws'),
  requestRow('deniedSecurityStability', '3.危及“三安全一稳定”', 'Denied: endangers security or stability'),
  requestRow('deniedThirdPartyRights', '4.保护第三方合法权益', 'Denied: third-party rights'),
  requestRow('deniedInternalAffairs', '5.属于三类内部事务信息', 'Denied: internal affairs'),
  requestRow('deniedProcessInformation', '6.属于四类过程性信息', 'Denied: process information'),
  requestRow('deniedEnforcementFile', '7.属于行政执法案卷', 'Denied: enforcement file'),
  requestRow('deniedQueryMatter', '8.属于行政查询事项', 'Denied: administrative query matter'),
  requestRow('unavailableNotHeld', '（四）无法提供 1.本机关不掌握相关政府信息', 'Unavailable: not held'),
  requestRow('unavailableNeedsCreation', '2.没有现成信息需要另行制作', 'Unavailable: would need to be created'),
  requestRow('unavailableUnclear', '3.补正后申请内容仍不明确', 'Unavailable: still unclear after correction'),
  requestRow('rejectedComplaint', '（五）不予处理 1.信访举报投诉类申请', 'Not processed: petition or complaint'),
  requestRow('rejectedRepeated', '2.重复申请', 'Not processed: repeated request'),
  requestRow('rejectedPublication', '3.要求提供公开出版物', 'Not processed: asks for publications'),
  requestRow('rejectedExcessive', '4.无正当理由大量反复申请', 'Not processed: excessive requests'),
  requestRow('rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息', 'Not processed: asks to confirm held information'),
  requestRow('otherNoCorrection', '（六）其他处理 1.申请人无正当理由逾期不补正', 'Other: applicant did not correct in time', CURRENT),
  requestRow('otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用', 'Other: fee not paid in time', CURRENT),
  requestRow('otherReasons', '（六）其他处理 3.其他', 'Other handling'),
  requestRow('totalProcessed', '（七）总计', 'Total processed'),
  requestRow('carriedForward', '四、结转下年度继续办理', 'Carried forward to next year'),
];

/** Outcome rows: they add up to `totalProcessed`. */
export const REQUEST_OUTCOME_ROWS = REQUEST_ROWS.slice(2, 23).map((r) => r.key);

/** Outcome groups used for composition charts. */
export const REQUEST_OUTCOME_GROUPS: Readonly<Record<string, readonly string[]>> = {
  granted: ['granted'],
  partiallyGranted: ['partiallyGranted'],
  denied: REQUEST_OUTCOME_ROWS.filter((k) => k.startsWith('denied')),
  unavailable: REQUEST_OUTCOME_ROWS.filter((k) => k.startsWith('unavailable')),
  rejected: REQUEST_OUTCOME_ROWS.filter((k) => k.startsWith('rejected')),
  other: ['otherNoCorrection', 'otherUnpaidFee', 'otherReasons'],
};

export const REVIEW_COLUMNS: readonly ColumnDef[] = [
  col('upheld', '结果维持', 'Upheld'),
  col('corrected', '结果纠正', 'Corrected'),
  col('other', '其他结果', 'Other result'),
  col('pending', '尚未审结', 'Pending'),
  col('total', '总计', 'Total'),
];

export const REVIEW_PART_COLUMNS = REVIEW_COLUMNS.slice(0, 4).map((c) => c.key);

export const REVIEW_ROWS: readonly RowDef[] = [
  { key: 'review', label: { zh: '行政复议', en: 'Administrative reconsideration' }, columns: REVIEW_COLUMNS, templates: BOTH },
  {
    key: 'litigationDirect',
    label: { zh: '行政诉讼 未经复议直接起诉', en: 'Lawsuits filed directly' },
    columns: REVIEW_COLUMNS,
    templates: BOTH,
  },
  {
    key: 'litigationAfterReview',
    label: { zh: '行政诉讼 复议后起诉', en: 'Lawsuits after reconsideration' },
    columns: REVIEW_COLUMNS,
    templates: BOTH,
  },
];

export const TABLE_LABELS: Readonly<Record<TableKey, Label>> = {
  proactive: { zh: '二、主动公开政府信息情况', en: 'II. Proactive disclosure' },
  requests: { zh: '三、收到和处理政府信息公开申请情况', en: 'III. Information requests' },
  reviewLitigation: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: 'IV. Reconsideration and litigation' },
};

/** The rows of a table in a given template. */
export function tableRows(table: TableKey, template: TemplateVersion): readonly RowDef[] {
  switch (table) {
    case 'proactive':
      return template === '2021' ? PROACTIVE_ROWS_2021 : PROACTIVE_ROWS_2019;
    case 'requests':
      return REQUEST_ROWS.filter((r) => r.templates.includes(template));
    case 'reviewLitigation':
      return REVIEW_ROWS;
  }
}

/** Joins the parts of a canonical value key. */
export function valueKey(table: TableKey, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

/** Splits a canonical value key into table, row and column. */
export function parseValueKey(key: string): { table: TableKey; row: string; column: string } {
  const [table, row, column] = key.split('.');
  return { table: table as TableKey, row: row ?? '', column: column ?? '' };
}
