// The figures of one issuer, year after year: requests proportional to population with a heavy
// tail, realistic outcome composition, enforcement counts, fees, documents in force, and the
// continuity between years (carried over = last year's carried forward; documents in force
// = last year's + issued − repealed; 上一年项目数量 = last year's + 本年增/减).
import { Rng } from './rng.mjs';
import { OUTCOME_ROWS } from './template.mjs';

export const ALL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const REQUEST_TREND = { 2019: 0.72, 2020: 0.84, 2021: 1, 2022: 1.06, 2023: 1.12, 2024: 1.15, 2025: 1.1 };
const ENFORCEMENT_TREND = { 2019: 0.9, 2020: 0.85, 2021: 1, 2022: 0.97, 2023: 1.05, 2024: 1.08, 2025: 1.1 };

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** Traits of a county shared by its government and its departments. */
export function countyTraits(county, seed) {
  const rng = new Rng(`${seed}|county|${county.code}`);
  const pop = county.population;
  const urban = /区$/.test(county.name) ? 1.6 : county.zone ? 1.3 : 1;
  return {
    // Requests per 10,000 residents: median ≈ 0.8, heavy tail (sigma 0.95).
    requests: Math.max(0.3, (pop / 1e4) * rng.lognormal(0.8, 0.95) * urban),
    licensing: clamp(pop * rng.lognormal(0.03, 1.1), 300, 480_000),
    punishment: clamp(pop * rng.lognormal(0.006, 1.35), 80, 650_000),
    coercion: rng.chance(0.12) ? 0 : clamp(rng.lognormal(45, 1.3) * Math.sqrt(pop / 360_000), 0, 2800),
    fees: rng.chance(0.1) ? 0 : clamp(rng.lognormal(260, 1.35) * (pop / 360_000) ** 0.7, 0, 7600),
    docs: rng.lognormal(7, 0.6),
    procurement: rng.lognormal(40, 0.9),
  };
}

/** Outcome weights of one issuer (granted ~40–60 %, partly ~5–15 %, unavailable ~15–30 % …). */
function outcomeWeights(rng) {
  const w = {
    granted: rng.uniform(0.4, 0.6),
    partiallyGranted: rng.uniform(0.05, 0.15),
    deniedStateSecret: 0,
    deniedProhibitedByLaw: 0,
    deniedSecurityStability: 0,
    deniedThirdPartyRights: 0,
    deniedInternalAffairs: 0,
    deniedProcessInformation: 0,
    deniedEnforcementFile: 0,
    deniedQueryMatter: 0,
    unavailableNotHeld: 0,
    unavailableNeedsCreation: 0,
    unavailableUnclear: 0,
    rejectedComplaint: 0,
    rejectedRepeated: 0,
    rejectedPublication: 0,
    rejectedExcessive: 0,
    rejectedConfirmation: 0,
    otherNoCorrection: 0,
    otherUnpaidFee: 0,
    otherReasons: 0,
  };
  const spread = (total, parts) => {
    for (const [key, share] of parts) w[key] = total * share * rng.uniform(0.5, 1.5);
  };
  spread(rng.uniform(0.01, 0.05), [
    ['deniedStateSecret', 0.04],
    ['deniedProhibitedByLaw', 0.1],
    ['deniedSecurityStability', 0.05],
    ['deniedThirdPartyRights', 0.25],
    ['deniedInternalAffairs', 0.15],
    ['deniedProcessInformation', 0.26],
    ['deniedEnforcementFile', 0.1],
    ['deniedQueryMatter', 0.05],
  ]);
  spread(rng.uniform(0.15, 0.3), [
    ['unavailableNotHeld', 0.75],
    ['unavailableNeedsCreation', 0.15],
    ['unavailableUnclear', 0.1],
  ]);
  spread(rng.uniform(0.01, 0.06), [
    ['rejectedComplaint', 0.45],
    ['rejectedRepeated', 0.35],
    ['rejectedPublication', 0.05],
    ['rejectedExcessive', 0.1],
    ['rejectedConfirmation', 0.05],
  ]);
  spread(rng.uniform(0.02, 0.08), [
    ['otherNoCorrection', 0.7],
    ['otherUnpaidFee', 0.04],
    ['otherReasons', 0.26],
  ]);
  return OUTCOME_ROWS.map((k) => w[k]);
}

function applicantShares(rng, dept) {
  const natural = dept ? rng.uniform(0.6, 0.95) : rng.uniform(0.75, 0.97);
  const rest = 1 - natural;
  const raw = [rng.uniform(0.3, 0.7), rng.uniform(0, 0.08), rng.uniform(0, 0.08), rng.uniform(0.1, 0.3), rng.uniform(0.05, 0.3)];
  const sum = raw.reduce((a, b) => a + b, 0);
  return [natural, ...raw.map((r) => (rest * r) / sum)];
}

const zeros6 = () => [0, 0, 0, 0, 0, 0];

/**
 * One issuer over the years. `simulate(year, plant)` must be called for 2019…2025 in order;
 * it returns the true figures of that year (before any printing slip).
 */
export class IssuerModel {
  constructor({ id, county, dept, traits, seed }) {
    this.id = id;
    this.county = county;
    this.dept = dept;
    const rng = new Rng(`${seed}|issuer|${id}`);
    this.rng = rng;
    const f = (factor) => (dept ? factor * rng.lognormal(1, 0.7) : 1);
    this.requestBase = Math.max(dept ? 0.05 : 0.5, traits.requests * f(dept?.requests ?? 1));
    this.licensingBase = dept && dept.licensing === 0 ? 0 : traits.licensing * f(dept?.licensing ?? 1);
    this.punishmentBase = dept && dept.punishment === 0 ? 0 : traits.punishment * f(dept?.punishment ?? 1);
    this.coercionBase = dept && dept.coercion === 0 ? 0 : traits.coercion * f(dept?.coercion ?? 1);
    this.feesBase = dept && (dept.fees === 0 || rng.chance(0.4)) ? 0 : traits.fees * f(dept?.fees ?? 1);
    this.docsRate = traits.docs * (dept ? dept.docs * rng.lognormal(0.5, 0.6) : 1);
    this.feeDecimals = rng.pick([2, 2, 2, 2, 3, 4, 4, 6]);
    this.cfRate = rng.chance(0.45) ? 0 : rng.uniform(0.01, 0.12);
    this.shares = applicantShares(rng, dept);
    this.weights = outcomeWeights(rng);
    this.reviewRate = rng.lognormal(0.02, 0.8);
    this.lawsuitRate = rng.lognormal(0.012, 0.8);
    // Stocks carried from year to year.
    this.stock = Math.round(this.docsRate * rng.uniform(2, 8));
    this.published = this.stock + rng.int(0, 30);
    const items = (median) => (median <= 0 ? 0 : Math.max(0, Math.round(rng.lognormal(median, 0.6))));
    this.items = {
      licensing: this.licensingBase > 0 ? items(dept ? 25 : 180) : rng.int(0, 3),
      otherServices: rng.chance(dept ? 0.5 : 0.15) ? 0 : items(dept ? 10 : 45),
      punishment: this.punishmentBase > 0 ? items(dept ? 120 : 650) : 0,
      coercion: this.coercionBase > 0 ? items(dept ? 12 : 35) : 0,
      fees: this.feesBase > 0 ? items(dept ? 4 : 14) : 0,
    };
    this.otherServicesRate = this.items.otherServices > 0 ? rng.lognormal(dept ? 60 : 400, 1.2) : 0;
    this.procurementBase = traits.procurement * (dept ? rng.lognormal(0.2, 0.8) : 1);
    /** Template lag: reports for 2021 still printed in the trial format. */
    this.lag2021 = rng.weighted([
      ['none', 0.89],
      ['proactive', 0.08],
      ['both', 0.03],
    ]);
    this.prevForward = null;
    this.prev = null;
  }

  /** A count drawn around `base`, with the year's trend and noise. */
  count(base, trend, sigma = 0.3) {
    if (base <= 0) return 0;
    const x = base * trend * Math.exp(sigma * this.rng.normal());
    return x < 30 ? this.rng.poisson(x) : Math.round(x);
  }

  /**
   * @param {number} year
   * @param {{ rule: string, metric?: string, factor?: number, shift?: number } | null} plant
   *   model-level plants: outlier.yoy (a fivefold jump) and crossYear.carryOver (a broken chain).
   */
  simulate(year, plant) {
    const rng = this.rng;
    const trial = year <= 2020;
    const proactiveTemplate = trial || (year === 2021 && this.lag2021 !== 'none') ? '2019' : '2021';
    const requestsTemplate = trial || (year === 2021 && this.lag2021 === 'both') ? '2019' : '2021';
    const outlier = plant?.rule === 'outlier.yoy' ? plant : null;
    const spike = (metric) => (outlier?.metric === metric ? outlier.factor : 1);

    // 表三: new requests by applicant type, the carry-over chain, outcomes by column.
    const n = this.count(this.requestBase * spike('requestsReceived'), REQUEST_TREND[year], 0.32);
    const received = rng.multinomial(n, this.shares);
    let carried;
    if (this.prevForward) carried = [...this.prevForward];
    else carried = rng.chance(0.35) ? rng.multinomial(rng.poisson(this.requestBase * 0.05), this.shares) : zeros6();
    if (plant?.rule === 'crossYear.carryOver') {
      // The printed carry-over does not follow last year's report (a broken chain).
      const c = plant.column ?? 0;
      carried[c] = Math.max(0, carried[c] + plant.shift);
      if (carried[c] === (this.prevForward?.[c] ?? 0)) carried[c] += 1;
    }
    const forwardRate = this.cfRate * rng.uniform(0.5, 1.5);
    const forward = zeros6();
    const outcomes = OUTCOME_ROWS.map(() => zeros6());
    for (let c = 0; c < 6; c++) {
      const inflow = received[c] + carried[c];
      forward[c] = rng.binomial(inflow, forwardRate);
      const processed = inflow - forward[c];
      const split = rng.multinomial(processed, this.weights);
      for (let r = 0; r < split.length; r++) outcomes[r][c] = split[r];
    }
    this.prevForward = forward;
    /** @type {Record<string, number[]>} */
    const requests = {};
    const withTotal = (parts) => [...parts, parts.reduce((a, b) => a + b, 0)];
    requests.newReceived = withTotal(received);
    requests.carriedOver = withTotal(carried);
    OUTCOME_ROWS.forEach((key, r) => {
      requests[key] = withTotal(outcomes[r]);
    });
    const processed = zeros6();
    for (const row of outcomes) for (let c = 0; c < 6; c++) processed[c] += row[c];
    requests.totalProcessed = withTotal(processed);
    requests.carriedForward = withTotal(forward);

    // 表二.
    const trend = ENFORCEMENT_TREND[year];
    const issued = rng.poisson(this.docsRate * rng.uniform(0.6, 1.4));
    const repealed = Math.min(this.stock + issued, rng.binomial(this.stock, rng.chance(0.6) ? rng.uniform(0, 0.06) : 0));
    this.stock = this.stock + issued - repealed;
    const published = issued + (rng.chance(0.2) ? rng.int(1, 3) : 0);
    this.published += published;
    const licensing = this.count(this.licensingBase * spike('licensingDecisions'), trend, 0.25);
    const punishment = this.count(this.punishmentBase * spike('punishmentDecisions'), trend, 0.3);
    const coercion = this.count(this.coercionBase * spike('coercionDecisions'), trend, 0.4);
    const feeUnits = 10 ** this.feeDecimals;
    const feeBase = this.feesBase * spike('feesWan');
    const fees = feeBase <= 0 ? 0 : Math.round(Math.min(8000, feeBase * trend * Math.exp(0.3 * rng.normal())) * feeUnits) / feeUnits;
    const itemsNow = { ...this.items };
    const change = {};
    for (const [key, value] of Object.entries(this.items)) {
      const delta = value === 0 ? (rng.chance(0.05) ? rng.int(1, 3) : 0) : rng.chance(0.45) ? 0 : rng.int(-Math.min(value, Math.ceil(value * 0.08) + 2), Math.ceil(value * 0.12) + 2);
      change[key] = delta;
      this.items[key] = value + delta;
    }
    const otherServices = this.count(this.otherServicesRate, trend, 0.4);
    const procurementItems = this.count(this.procurementBase, 1, 0.4);
    const procurementWan = procurementItems === 0 ? 0 : Math.round(procurementItems * rng.lognormal(45, 0.9) * 100) / 100;

    // 表四.
    const reviewTotal = rng.poisson(n * this.reviewRate);
    const review = rng.multinomial(reviewTotal, [0.6, 0.1, 0.15, 0.15]);
    const direct = rng.multinomial(rng.poisson(n * this.lawsuitRate), [0.55, 0.08, 0.2, 0.17]);
    const after = rng.multinomial(rng.poisson(reviewTotal * 0.22), [0.55, 0.08, 0.2, 0.17]);
    const block = (parts) => [...parts, parts.reduce((a, b) => a + b, 0)];

    const truth = {
      year,
      proactiveTemplate,
      requestsTemplate,
      requests,
      proactive: {
        issued,
        repealed,
        inForce: this.stock,
        published,
        publishedTotal: this.published,
        licensing,
        punishment,
        coercion,
        fees,
        feeDecimals: this.feeDecimals,
        itemsLastYear: itemsNow,
        itemsChange: change,
        otherServices,
        procurementItems,
        procurementWan,
      },
      review: { review: block(review), litigationDirect: block(direct), litigationAfterReview: block(after) },
    };
    this.prev = truth;
    return truth;
  }
}
