import { Args, Query, Resolver } from '@nestjs/graphql';
import { BenchmarkArgs, BenchmarkModel, BenchmarkSubjectArgs } from './benchmark.model.js';
import { BenchmarkService } from './benchmark.service.js';

@Resolver(() => BenchmarkModel)
export class BenchmarkResolver {
  constructor(private readonly benchmarks: BenchmarkService) {}

  @Query(() => BenchmarkModel, {
    description: "A government's value of a metric for a year: rank, percentile, median and quartiles among its peers.",
    complexity: ({ childComplexity }) => 20 + childComplexity,
  })
  benchmark(@Args() args: BenchmarkArgs): Promise<BenchmarkModel> {
    const { metric, ...subject } = args;
    return this.benchmarks.benchmark(metric, subject);
  }

  @Query(() => [BenchmarkModel], {
    description: 'The benchmark of every metric of the catalogue for one government and year, in one query.',
    complexity: ({ childComplexity }) => 50 + 30 * childComplexity,
  })
  benchmarkAll(@Args() args: BenchmarkSubjectArgs): Promise<BenchmarkModel[]> {
    return this.benchmarks.benchmarkAll(args);
  }
}
