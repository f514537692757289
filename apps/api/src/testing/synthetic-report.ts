/**
 * Builds a small 2021-format report as ` | ` text (the shape of the seed report), for tests
 * that need reports with chosen figures. Every generated title says it is synthetic.
 */
export interface SyntheticReport {
  /** As printed in the title, e.g. 桓仁满族自治县 or 南京市鼓楼区人民政府. */
  readonly issuer: string;
  readonly year: number;
  /** Prose under 一、总体情况 (where parent regions are often named). */
  readonly prose?: string;
  readonly licensing?: number;
  readonly punishment?: number;
  readonly coercion?: number;
  readonly feesWan?: number;
  readonly normativeDocuments?: readonly [issued: number, repealed: number, inForce: number];
  /** 表三 rows by canonical key, 7 cells each (自然人 … 其他, 总计); missing rows are zeros. */
  readonly requests?: Readonly<Record<string, readonly number[]>>;
  /** 表四: 15 cells. */
  readonly review?: readonly number[];
}

const REQUEST_LABELS: readonly [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '三、本年度办理结果 | （一）予以公开'],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['deniedStateSecret', '（三）不予公开 | 1.属于国家秘密'],
  ['deniedProhibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['deniedSecurityStability', '3.危及“三安全一稳定”'],
  ['deniedThirdPartyRights', '4.保护第三方合法权益'],
  ['deniedInternalAffairs', '5.属于三类内部事务信息'],
  ['deniedProcessInformation', '6.属于四类过程性信息'],
  ['deniedEnforcementFile', '7.属于行政执法案卷'],
  ['deniedQueryMatter', '8.属于行政查询事项'],
  ['unavailableNotHeld', '（四）无法提供 | 1.本机关不掌握相关政府信息'],
  ['unavailableNeedsCreation', '2.没有现成信息需要另行制作'],
  ['unavailableUnclear', '3.补正后申请内容仍不明确'],
  ['rejectedComplaint', '（五）不予处理 | 1.信访举报投诉类申请'],
  ['rejectedRepeated', '2.重复申请'],
  ['rejectedPublication', '3.要求提供公开出版物'],
  ['rejectedExcessive', '4.无正当理由大量反复申请'],
  ['rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ['otherNoCorrection', '（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherReasons', '3.其他'],
  ['totalProcessed', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];

const cells = (values: readonly number[]) => values.join(' | ');

/** One row for a total-only figure: 自然人 carries it all. */
export const onlyNaturalPersons = (n: number): number[] => [n, 0, 0, 0, 0, 0, n];

export function syntheticReport(report: SyntheticReport): string {
  const [issued, repealed, inForce] = report.normativeDocuments ?? [0, 0, 0];
  const rows = REQUEST_LABELS.map(([key, label]) => `${label} | ${cells(report.requests?.[key] ?? [0, 0, 0, 0, 0, 0, 0])}`);
  return [
    `${report.issuer}${report.year}年政府信息公开工作年度报告（合成测试数据）`,
    '一、总体情况',
    report.prose ?? `本报告为合成测试数据。报告数据统计期限为${report.year}年1月1日至${report.year}年12月31日。`,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    '规章 | 0 | 0 | 0',
    `行政规范性文件 | ${issued} | ${repealed} | ${inForce}`,
    '第二十条第（五）项',
    '信息内容 | 本年处理决定数量',
    `行政许可 | ${report.licensing ?? 0}`,
    '第二十条第（六）项',
    '信息内容 | 本年处理决定数量',
    `行政处罚 | ${report.punishment ?? 0}`,
    `行政强制 | ${report.coercion ?? 0}`,
    '第二十条第（八）项',
    '信息内容 | 本年收费金额（单位：万元）',
    `行政事业性收费 | ${report.feesWan ?? 0}`,
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况',
    '自然人 | 法人或其他组织 | 总计',
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼',
    cells(report.review ?? new Array<number>(15).fill(0)),
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n');
}
