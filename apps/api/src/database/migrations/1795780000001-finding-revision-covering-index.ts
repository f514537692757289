import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The quality page counts the current revisions' findings by rule and severity: at national
 * scope, 16,000 of 180,000 findings for a year at 200,000 reports, read from the wide finding rows
 * (message, cells). The revision index now carries the rule and severity, so that the counts read
 * the index alone (with the pages all-visible, as bulk ingestion leaves them): 53 → 33 ms for a
 * year, 96 → 58 ms for every year.
 */
export class FindingRevisionCoveringIndex1795780000001 implements MigrationInterface {
    name = 'FindingRevisionCoveringIndex1795780000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_finding_revision_id"`);
        await queryRunner.query(`CREATE INDEX "IDX_finding_revision_id" ON "finding" ("revision_id") INCLUDE ("rule", "severity")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_finding_revision_id"`);
        await queryRunner.query(`CREATE INDEX "IDX_finding_revision_id" ON "finding" ("revision_id")`);
    }

}
