import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report values are read only by revision (the primary key) and their provenance is only
 * shown, never queried: the index on the key alone goes, and provenance becomes JSON text.
 * Together they were most of the cost of storing a report (BENCHMARKS.md, ingest).
 * Written by hand: the generated version dropped and re-added the column, losing its data.
 */
export class LighterReportValues1795707588095 implements MigrationInterface {
  name = 'LighterReportValues1795707588095';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_report_value_key"`);
    await queryRunner.query(`ALTER TABLE "report_value" ALTER COLUMN "provenance" TYPE text USING "provenance"::text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_value" ALTER COLUMN "provenance" TYPE jsonb USING "provenance"::jsonb`);
    await queryRunner.query(`CREATE INDEX "IDX_report_value_key" ON "report_value" ("key")`);
  }
}
