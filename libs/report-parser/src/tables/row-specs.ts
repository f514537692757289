import {
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  type ColumnDef,
  type RowDef,
  type TableKey,
  type TemplateVersion,
} from '@dlens/domain';
import type { RowShape } from './cell-readings.js';

/** A template row with the label patterns that recognise it in normalised text. */
export interface RowSpec {
  readonly table: TableKey;
  readonly def: RowDef;
  /** Matched against normalised label text (no spaces, ASCII parentheses). */
  readonly label: RegExp;
  readonly shape: RowShape;
}

const shapeOf = (columns: readonly ColumnDef[], sums: RowShape['sums'] = []): RowShape => ({
  columns: columns.map((c) => ({ key: c.key, kind: c.unit })),
  sums,
});

// 表二 labels. 规范性文件 is also written 行政规范性文件; 规章 never occurs inside another label.
const PROACTIVE_LABELS: Readonly<Record<string, RegExp>> = {
  regulations: /规章/,
  normativeDocuments: /规范性文件/,
  licensing: /行政许可/,
  otherServices: /其他对外管理服务事项|对外管理服务/,
  punishment: /行政处罚/,
  coercion: /行政强制/,
  fees: /行政事业性收费|事业性收费/,
  procurement: /政府集中采购|集中采购/,
};

// 表三 labels: the distinctive part of each row, tolerant of typos seen in real reports
// (`7.属于行政执法案件`) and of labels cut by line breaks.
const REQUEST_LABELS: Readonly<Record<string, RegExp>> = {
  newReceived: /本年新收|新收政府信息/,
  carriedOver: /上年结转/,
  granted: /予以公开/,
  partiallyGranted: /部分公开/,
  deniedStateSecret: /国家秘密/,
  deniedProhibitedByLaw: /禁止公开/,
  deniedSecurityStability: /三安全一稳定|危及/,
  deniedThirdPartyRights: /第三方/,
  deniedInternalAffairs: /内部事务/,
  deniedProcessInformation: /过程性信息/,
  deniedEnforcementFile: /执法案[卷件]/,
  deniedQueryMatter: /查询事项/,
  unavailableNotHeld: /不掌握/,
  unavailableNeedsCreation: /另行制作|没有现成/,
  unavailableUnclear: /仍不明确|补正后申请/,
  rejectedComplaint: /信访|举报投诉/,
  rejectedRepeated: /重复申请/,
  rejectedPublication: /出版物/,
  rejectedExcessive: /大量反复/,
  rejectedConfirmation: /重新出具|确认或/,
  otherNoCorrection: /不补正/,
  otherUnpaidFee: /缴纳费用|收费通知/,
  otherReasons: /3\.其他|其他处理/,
  totalProcessed: /总计/,
  carriedForward: /结转下年/,
};

const REQUEST_SHAPE = shapeOf(REQUEST_COLUMNS, [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]);

export const REVIEW_SHAPE: RowShape = shapeOf(
  REVIEW_ROWS.flatMap(() => REVIEW_COLUMNS),
  [0, 5, 10].map((o) => ({ parts: [o, o + 1, o + 2, o + 3], total: o + 4 })),
);

function specs(table: TableKey, rows: readonly RowDef[], labels: Readonly<Record<string, RegExp>>, shape?: RowShape): RowSpec[] {
  return rows.map((def) => ({
    table,
    def,
    label: labels[def.key] ?? new RegExp(def.label.zh),
    shape: shape ?? shapeOf(def.columns),
  }));
}

export const PROACTIVE_SPECS: Readonly<Record<TemplateVersion, readonly RowSpec[]>> = {
  '2019': specs('proactive', PROACTIVE_ROWS_2019, PROACTIVE_LABELS),
  '2021': specs('proactive', PROACTIVE_ROWS_2021, PROACTIVE_LABELS),
};

export const REQUEST_SPECS: Readonly<Record<TemplateVersion, readonly RowSpec[]>> = {
  '2019': specs(
    'requests',
    REQUEST_ROWS.filter((r) => r.templates.includes('2019')),
    { ...REQUEST_LABELS, otherReasons: /其他处理/ },
    REQUEST_SHAPE,
  ),
  '2021': specs('requests', REQUEST_ROWS, REQUEST_LABELS, REQUEST_SHAPE),
};

/** Header words of the trial format's 表二 (上一年项目数量, 本年新制作数量 …). */
export const TRIAL_PROACTIVE_HEADER = /上一年项目数量|本年新制作|对外公开总数量|本年新公开|政府集中采购|采购项目数量|本年增\/减/;
/** Header words of the current 表二. */
export const CURRENT_PROACTIVE_HEADER = /本年制发件数|现行有效件数|先行有效件数|本年处理决定数量|本年收费金额/;
