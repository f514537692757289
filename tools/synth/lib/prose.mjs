// The prose of a report: opening, the five 总体情况 paragraphs, problems and other matters.
// Sentences are recombined from pools written after the real reports; the figures stated in
// the prose (收到申请N件 …) are returned with the metric they state, for the ground truth.

/** Metric keys of the domain catalogue and the cells whose sum they state. */
export const NARRATIVE_KEYS = {
  requestsReceived: ['requests.newReceived.total'],
  requestsCarriedOver: ['requests.carriedOver.total'],
  requestsCarriedForward: ['requests.carriedForward.total'],
  outcomeGranted: ['requests.granted.total'],
  outcomePartiallyGranted: ['requests.partiallyGranted.total'],
  outcomeUnavailable: ['requests.unavailableNotHeld.total', 'requests.unavailableNeedsCreation.total', 'requests.unavailableUnclear.total'],
};

const OPENINGS = [
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制本报告。报告数据统计期限为{Y}年1月1日至{Y}年12月31日。',
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求，结合{we}工作实际，现编制完成本报告。本报告所列数据的统计期限自{Y}年1月1日起至{Y}年12月31日止。本报告的电子版可在{site}下载。如对本报告有任何疑问，请与{office}联系。',
  '本报告依据《中华人民共和国政府信息公开条例》编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。本报告中所列数据的统计期限自{Y}年1月1日至{Y}年12月31日。',
  '按照《中华人民共和国政府信息公开条例》（国务院令第711号）、《中华人民共和国政府信息公开工作年度报告格式》要求，{issuer}编制了{Y}年度政府信息公开工作年度报告。报告数据统计期限为{Y}年1月1日至{Y}年12月31日。',
];

const OVERALL_INTRO = [
  '{Y}年，{who}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，严格执行《条例》，扎实推进政府信息公开工作。现将有关情况报告如下：',
  '{Y}年，在{leader}的正确领导下，{who}认真贯彻落实《条例》，紧紧围绕中心工作，以标准化规范化建设为重点，全面推动政府信息公开提质增效。',
  '{Y}年，{who}始终将政务公开工作作为提升治理能力、促进依法行政的关键环节，不断完善公开机制，拓展公开渠道，较好地完成了年度各项工作任务。',
];

const PROACTIVE = [
  '依托政府网站抓好政府信息全面发布。全年共发布信息{a}条，其中政策文件{b}条，工作动态{c}条。做好政策解读工作，全年共发布图文解读{d}篇，解读率100%。',
  '全年主动公开政府信息{a}条，其中规范性文件类{b}条，财政预决算信息{c}条，重点领域信息{d}条。',
  '{who}严格按照政府信息公开的相关规定，{Y}年累计主动公开政府信息{a}条，发布公示公告{c}条，推送政务新媒体文章{d}篇。',
  '坚持“以公开为常态、不公开为例外”，及时公开机构职能、政策文件、财政信息、重点领域信息等，全年主动公开各类信息{a}条。',
];

const REQUESTS_PREFIX = ['强化依申请公开工作。加强业务培训和管理，完善受理渠道，规范受理、办理和答复环节。', '依法做好依申请公开工作，畅通申请渠道，严格按照法定程序和时限办理。', '坚持“民有所呼、我有所应”，以规范化标准推进依申请公开工作。', ''];

const MANAGEMENT = [
  '按照国家、省、市工作要求，完善政府信息审核发布制度。强化主体责任，明确审核流程，严格把好政治关、法律关、政策关、保密关、文字关，确保信息内容发布及时、表述准确。',
  '严格落实“先审后发”“三审三校”制度，对拟公开信息进行保密审查和公开属性审核，定期开展历史信息清理，及时调整过时、失效信息。',
  '规范政府信息管理。定期对规范性文件进行系统梳理，组织对文件数量、格式内容等情况逐件确认，动态更新政府信息公开指南和目录。',
];

const PLATFORM = [
  '加强政府网站和政务新媒体运营及监管机制建设，强化日常监测、季度检查和年度考评，现有政务新媒体账号{e}个，及时发布政策解读、工作动态、便民服务信息等内容。',
  '优化政府门户网站政府信息公开专栏，统一栏目名称和格式，规范信息分类，发挥好网站检索、查阅、下载等功能；同时加强政府网站与政务新媒体联动。',
  '依托门户网站这一核心载体，严格按照信息公开目录规范，及时更新维护相关栏目内容，同时用好微信公众号等平台，打造指尖上的政务公开窗口。',
];

const SUPERVISION = [
  '根据新形势、新要求，不断完善政府信息公开工作机制，成立政务公开工作领导小组，明确各科室职责，将政务公开工作纳入年度绩效考核。',
  '建立“上级监督、内部自查、社会监督”三位一体的监督保障机制，对检查发现的问题第一时间整改，全年未发生因政府信息公开引发的责任追究情况。',
  '加强队伍建设，组织业务培训{f}次，要求各责任单位明确专职负责人员，确保工作衔接顺畅。',
];

const PROBLEMS = [
  '{Y}年，{who}政府信息公开工作取得一定成效，但与群众期盼和上级要求还存在一定差距：一是信息公开的深度和广度有待提升，二是政策解读形式不够丰富。下一步，{who}将继续加强培训，提升公开质量，丰富解读形式。',
  '存在的主要问题：主动公开意识不够强，业务能力有待提高，部分栏目更新不够及时。改进措施：一是全面梳理公开内容，对照“五公开”要求查漏补缺；二是持续加强业务培训；三是进一步丰富政策解读形式。',
  '当前工作仍存在短板：重点领域公开内容偏少，依申请公开办理质效有待提升。对此，{who}将聚焦群众关切，加大重点领域公开力度，持续优化依申请公开办理流程，规范答复口径。',
];

const OTHER_MATTERS = [
  '{Y}年，{who}未收取政府信息公开信息处理费。',
  '（一）政府信息公开处理费收取情况。{Y}年，{who}未收取信息处理费。（二）其他需要报告的事项：无。',
  '按照《政府信息公开信息处理费管理办法》规定，本年度没有产生信息处理费。',
  '无其他需要报告的事项。',
];

const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

/**
 * The figures the prose states about requests (from the printed table), in one of several
 * phrasings. Returns the sentence and the statements (metric, value, the words stating it).
 */
export function requestSentence(rng, values, vars) {
  const total = (key) => values[`requests.${key}.total`] ?? 0;
  const received = total('newReceived');
  const statements = [];
  const say = (metric, value, text) => {
    statements.push({ metric, keys: NARRATIVE_KEYS[metric], value, raw: text });
    return text;
  };
  if (received === 0 && rng.chance(0.7)) {
    return { text: rng.pick([`${vars.Y}年，${vars.who}未收到政府信息公开申请。`, `${vars.Y}年暂未接到群众对依申请公开信息申请。`]), statements };
  }
  const parts = [];
  const form = rng.int(0, 4);
  if (form === 0) parts.push(`${vars.Y}年，${vars.who}共${say('requestsReceived', received, `收到政府信息公开申请${received}件`)}`);
  else if (form === 1) parts.push(`${vars.Y}年，${vars.short}${say('requestsReceived', received, `收到以信件、网络形式的政府信息公开申请${received}件`)}，均依法依规予以答复办理`);
  else if (form === 2) parts.push(`全年${say('requestsReceived', received, `受理政府信息公开申请${received}件`)}`);
  else if (form === 3) parts.push(`本年度${say('requestsReceived', received, `新收政府信息公开申请${received}件`)}`);
  else parts.push(`${vars.Y}年共${say('requestsReceived', received, `接收政府信息公开申请${received}件`)}`);
  const carried = total('carriedOver');
  if (carried > 0 && rng.chance(0.4)) parts.push(say('requestsCarriedOver', carried, `上年结转政府信息公开申请${carried}件`));
  if (rng.chance(0.45)) {
    const detail = [say('outcomeGranted', total('granted'), `予以公开${total('granted')}件`)];
    if (rng.chance(0.7)) detail.push(say('outcomePartiallyGranted', total('partiallyGranted'), `部分公开${total('partiallyGranted')}件`));
    const unavailable = NARRATIVE_KEYS.outcomeUnavailable.reduce((a, k) => a + (values[k] ?? 0), 0);
    if (rng.chance(0.5)) detail.push(say('outcomeUnavailable', unavailable, `无法提供${unavailable}件`));
    parts.push(`其中${detail.join('，')}`);
  }
  const forward = total('carriedForward');
  if (forward > 0 && rng.chance(0.5)) parts.push(say('requestsCarriedForward', forward, `结转下年度继续办理${forward}件`));
  return { text: `${parts.join('，')}。`, statements };
}

/** Changes one stated figure (a narrative.totals inconsistency); returns the statement changed. */
export function misstate(rng, statements) {
  if (statements.length === 0) return null;
  const s = statements[rng.int(0, statements.length - 1)];
  const delta = rng.chance(0.5) ? rng.int(1, Math.max(2, Math.ceil(s.value * 0.2))) : -rng.int(1, Math.max(1, Math.min(s.value, Math.ceil(s.value * 0.2))));
  const value = Math.max(0, s.value + delta) === s.value ? s.value + 1 : Math.max(0, s.value + delta);
  const raw = s.raw.replace(/\d+(?=件$)/, String(value));
  return { statement: s, value, raw };
}

/** All prose sections of a report. */
export function reportProse(rng, vars, requestText) {
  const r = () => rng.int(3, 60);
  const numbers = { a: rng.int(40, 2400), b: rng.int(1, 40), c: rng.int(5, 300), d: rng.int(1, 30), e: rng.int(1, 9), f: rng.int(1, 6) };
  const v = { ...vars, ...numbers };
  const trap = rng.chance(0.06) ? `全年依申请公开信息${r()}条。` : '';
  return {
    opening: fill(rng.pick(OPENINGS), v),
    intro: fill(rng.pick(OVERALL_INTRO), v),
    proactive: fill(rng.pick(PROACTIVE), v),
    requests: `${rng.pick(REQUESTS_PREFIX)}${requestText}${trap}`,
    management: fill(rng.pick(MANAGEMENT), v),
    platform: fill(rng.pick(PLATFORM), v),
    supervision: fill(rng.pick(SUPERVISION), v),
    problems: fill(rng.pick(PROBLEMS), v),
    other: fill(rng.pick(OTHER_MATTERS), v),
  };
}
