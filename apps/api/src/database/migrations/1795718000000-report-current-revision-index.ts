import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reports are found from their current revision (cross-report findings, current-report
 * filters): without an index each lookup read the whole report table, so bulk ingestion slowed
 * as the database grew. A revision is current for at most one report, hence unique.
 */
export class ReportCurrentRevisionIndex1795718000000 implements MigrationInterface {
    name = 'ReportCurrentRevisionIndex1795718000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_report_current_revision" ON "report" ("current_revision_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_report_current_revision"`);
    }

}
