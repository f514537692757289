// The national template as the generator prints it, with the canonical keys of
// shared/docs/report-format.md (the same keys as libs/domain/src/report-template.ts).

export const REQUEST_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
export const PART_COLUMNS = REQUEST_COLUMNS.slice(0, 6);

/**
 * 表三 rows: key, group label (rowspan cell in HTML, prefix in text) and the item label.
 * `templates` lists the templates in which the row is printed.
 */
export const REQUEST_ROWS = [
  { key: 'newReceived', group: null, label: '一、本年新收政府信息公开申请数量', level: 0 },
  { key: 'carriedOver', group: null, label: '二、上年结转政府信息公开申请数量', level: 0 },
  { key: 'granted', group: null, label: '（一）予以公开', level: 1 },
  { key: 'partiallyGranted', group: null, label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 1 },
  { key: 'deniedStateSecret', group: '（三）不予公开', label: '1.属于国家秘密', level: 2 },
  { key: 'deniedProhibitedByLaw', group: '（三）不予公开', label: '2.其他法律行政法规禁止公开', level: 2 },
  { key: 'deniedSecurityStability', group: '（三）不予公开', label: '3.危及“三安全一稳定”', level: 2 },
  { key: 'deniedThirdPartyRights', group: '（三）不予公开', label: '4.保护第三方合法权益', level: 2 },
  { key: 'deniedInternalAffairs', group: '（三）不予公开', label: '5.属于三类内部事务信息', level: 2 },
  { key: 'deniedProcessInformation', group: '（三）不予公开', label: '6.属于四类过程性信息', level: 2 },
  { key: 'deniedEnforcementFile', group: '（三）不予公开', label: '7.属于行政执法案卷', level: 2 },
  { key: 'deniedQueryMatter', group: '（三）不予公开', label: '8.属于行政查询事项', level: 2 },
  { key: 'unavailableNotHeld', group: '（四）无法提供', label: '1.本机关不掌握相关政府信息', level: 2 },
  { key: 'unavailableNeedsCreation', group: '（四）无法提供', label: '2.没有现成信息需要另行制作', level: 2 },
  { key: 'unavailableUnclear', group: '（四）无法提供', label: '3.补正后申请内容仍不明确', level: 2 },
  { key: 'rejectedComplaint', group: '（五）不予处理', label: '1.信访举报投诉类申请', level: 2 },
  { key: 'rejectedRepeated', group: '（五）不予处理', label: '2.重复申请', level: 2 },
  { key: 'rejectedPublication', group: '（五）不予处理', label: '3.要求提供公开出版物', level: 2 },
  { key: 'rejectedExcessive', group: '（五）不予处理', label: '4.无正当理由大量反复申请', level: 2 },
  { key: 'rejectedConfirmation', group: '（五）不予处理', label: '5.要求行政机关确认或重新出具已获取信息', level: 2 },
  { key: 'otherNoCorrection', group: '（六）其他处理', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', level: 2, only: '2021' },
  { key: 'otherUnpaidFee', group: '（六）其他处理', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', level: 2, only: '2021' },
  { key: 'otherReasons', group: '（六）其他处理', label: '3.其他', level: 2 },
  { key: 'totalProcessed', group: null, label: '（七）总计', level: 1 },
  { key: 'carriedForward', group: null, label: '四、结转下年度继续办理', level: 0 },
];

/** Outcome rows (they add up to totalProcessed). */
export const OUTCOME_ROWS = REQUEST_ROWS.slice(2, 23).map((r) => r.key);

/** Rows of 表三 printed in a template; in the trial format （六）其他处理 is one row (key otherReasons). */
export function requestRows(template) {
  if (template === '2021') return REQUEST_ROWS;
  return REQUEST_ROWS.filter((r) => !r.only).map((r) => (r.key === 'otherReasons' ? { ...r, group: null, label: '（六）其他处理', level: 1 } : r));
}

export const REVIEW_BLOCKS = ['review', 'litigationDirect', 'litigationAfterReview'];
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** 表二 blocks: heading, column headers, rows with their keys. */
export function proactiveBlocks(template, labels) {
  if (template === '2021') {
    return [
      {
        item: '（一）',
        header: [labels.issued, labels.repealed, labels.inForce],
        rows: [
          { key: 'regulations', label: '规章', columns: ['issued', 'repealed', 'inForce'] },
          { key: 'normativeDocuments', label: labels.normative, columns: ['issued', 'repealed', 'inForce'] },
        ],
      },
      { item: '（五）', header: ['本年处理决定数量'], rows: [{ key: 'licensing', label: '行政许可', columns: ['decisions'] }] },
      {
        item: '（六）',
        header: ['本年处理决定数量'],
        rows: [
          { key: 'punishment', label: '行政处罚', columns: ['decisions'] },
          { key: 'coercion', label: '行政强制', columns: ['decisions'] },
        ],
      },
      { item: '（八）', header: ['本年收费金额（单位：万元）'], rows: [{ key: 'fees', label: '行政事业性收费', columns: ['amountWan'] }] },
    ];
  }
  const items = ['itemsLastYear', 'itemsChange', 'decisions'];
  return [
    {
      item: '（一）',
      header: [labels.trialIssued, labels.trialPublished, '对外公开总数量'],
      rows: [
        { key: 'regulations', label: '规章', columns: ['issued', 'published', 'inForce'] },
        { key: 'normativeDocuments', label: labels.normative, columns: ['issued', 'published', 'inForce'] },
      ],
    },
    {
      item: '（五）',
      header: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { key: 'licensing', label: '行政许可', columns: items },
        { key: 'otherServices', label: '其他对外管理服务事项', columns: items },
      ],
    },
    {
      item: '（六）',
      header: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { key: 'punishment', label: '行政处罚', columns: items },
        { key: 'coercion', label: '行政强制', columns: items },
      ],
    },
    { item: '（八）', header: ['上一年项目数量', '本年增/减'], rows: [{ key: 'fees', label: '行政事业性收费', columns: ['itemsLastYear', 'itemsChange'] }] },
    { item: '（九）', header: ['采购项目数量', '采购总金额'], rows: [{ key: 'procurement', label: '政府集中采购', columns: ['items', 'amountWan'] }] },
  ];
}

/** Canonical keys of 表三 by row: the seven column keys (`requests.<row>.<column>`), computed once. */
export const REQUEST_KEYS = Object.fromEntries(REQUEST_ROWS.map((r) => [r.key, REQUEST_COLUMNS.map((c) => `requests.${r.key}.${c}`)]));
/** Canonical keys of 表四 by block. */
export const REVIEW_KEYS = Object.fromEntries(REVIEW_BLOCKS.map((b) => [b, REVIEW_COLUMNS.map((c) => `reviewLitigation.${b}.${c}`)]));
