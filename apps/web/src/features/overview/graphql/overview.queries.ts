import { graphql } from '../../../generated';

/** The metric catalogue: keys, bilingual labels, units and groups. */
export const OverviewMetricsQuery = graphql(`
  query OverviewMetrics {
    metrics {
      key
      labelZh
      labelEn
      unit
      group
    }
  }
`);

/** One value per metric and report; every report in the database when no filter is given. */
export const OverviewCompareQuery = graphql(`
  query OverviewCompare($metrics: [String!]!) {
    compare(metrics: $metrics) {
      metric
      reportId
      issuerId
      issuerName
      year
      value
    }
  }
`);
