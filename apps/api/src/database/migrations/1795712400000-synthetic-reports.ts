import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Revisions of reports that declare themselves synthetic (the generated demo reports), so that
 * the dashboard can say so. Revisions stored before are marked from their title or file name.
 */
export class SyntheticReports1795712400000 implements MigrationInterface {
    name = 'SyntheticReports1795712400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "report_revision" ADD "synthetic" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`UPDATE "report_revision" SET "synthetic" = true WHERE "title" LIKE '%合成数据%' OR "file_name" LIKE '%.synthetic.%'`);
        await queryRunner.query(`CREATE INDEX "IDX_report_revision_synthetic" ON "report_revision" ("id") WHERE synthetic`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_report_revision_synthetic"`);
        await queryRunner.query(`ALTER TABLE "report_revision" DROP COLUMN "synthetic"`);
    }

}
