import { packProvenance, unpackProvenance, type PackedProvenance, type Provenance } from '@dlens/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Revisions moved per statement: bounded memory on large databases (250: 317 MB peak and 24 s for 20,000 revisions; 1,000: 673 MB and 32 s). */
const CHUNK = 250;

interface Cells {
  revisionId: number;
  keys: string[];
  numbers: (number | null)[];
  raw: string[];
  inferred: boolean[];
}

/**
 * A revision's values move from one report_value row per cell (about 200 a report) to one
 * revision_values row per revision with parallel arrays and packed provenance: every query read
 * values by revision, and inserting, indexing and foreign-key checking each cell, with its
 * provenance labels written out again and again, was over a third of the cost of storing a
 * report. Every stored value is carried over (keys in key order); a revision without values gets
 * empty arrays. Provenance is packed by the same code that packs it at ingestion.
 */
export class RevisionValues1795721000000 implements MigrationInterface {
  name = 'RevisionValues1795721000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "revision_values" ("revision_id" integer NOT NULL, "keys" text array NOT NULL, "numbers" double precision array NOT NULL, "raw" text array NOT NULL, "inferred" boolean array NOT NULL, "provenance" json NOT NULL, CONSTRAINT "CHK_revision_values_aligned" CHECK (cardinality(numbers) = cardinality(keys) AND cardinality(raw) = cardinality(keys) AND cardinality(inferred) = cardinality(keys)), CONSTRAINT "PK_fb130f7c6fb48ced2997c7829a8" PRIMARY KEY ("revision_id"))`,
    );
    for (let after = 0; ; ) {
      const rows = (await queryRunner.query(
        `SELECT r.id AS "revisionId",
                coalesce(array_agg(v.key ORDER BY v.key) FILTER (WHERE v.key IS NOT NULL), '{}') AS keys,
                coalesce(array_agg(v.value ORDER BY v.key) FILTER (WHERE v.key IS NOT NULL), '{}') AS numbers,
                coalesce(array_agg(v.raw ORDER BY v.key) FILTER (WHERE v.key IS NOT NULL), '{}') AS raw,
                coalesce(array_agg(v.inferred ORDER BY v.key) FILTER (WHERE v.key IS NOT NULL), '{}') AS inferred,
                coalesce(json_agg(v.provenance::json ORDER BY v.key) FILTER (WHERE v.key IS NOT NULL), '[]') AS provenance
           FROM (SELECT id FROM "report_revision" WHERE id > $1 ORDER BY id LIMIT $2) r
           LEFT JOIN "report_value" v ON v.revision_id = r.id
          GROUP BY r.id ORDER BY r.id`,
        [after, CHUNK],
      )) as (Cells & { provenance: Provenance[] })[];
      if (rows.length === 0) break;
      const json = JSON.stringify(rows.map((r) => ({ r: r.revisionId, k: r.keys, n: r.numbers, w: r.raw, i: r.inferred, p: packProvenance(r.provenance) })));
      await queryRunner.query(
        `INSERT INTO "revision_values" ("revision_id", "keys", "numbers", "raw", "inferred", "provenance")
         SELECT r, k, n, w, i, p FROM json_to_recordset($1::json) AS t(r int, k text[], n float8[], w text[], i bool[], p json)`,
        [json],
      );
      after = (rows.at(-1) as Cells).revisionId;
    }
    await queryRunner.query(
      `ALTER TABLE "revision_values" ADD CONSTRAINT "FK_fb130f7c6fb48ced2997c7829a8" FOREIGN KEY ("revision_id") REFERENCES "report_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP TABLE "report_value"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_value" ("revision_id" integer NOT NULL, "key" character varying(96) NOT NULL, "value" double precision, "raw" text NOT NULL, "inferred" boolean NOT NULL DEFAULT false, "provenance" text NOT NULL, CONSTRAINT "PK_7c782cf52553565000912c518f7" PRIMARY KEY ("revision_id", "key"))`,
    );
    for (let after = 0; ; ) {
      const rows = (await queryRunner.query(
        `SELECT revision_id AS "revisionId", keys, numbers, raw, inferred, provenance FROM "revision_values" WHERE revision_id > $1 ORDER BY revision_id LIMIT $2`,
        [after, CHUNK],
      )) as (Cells & { provenance: PackedProvenance })[];
      if (rows.length === 0) break;
      const cells = rows.flatMap((r) => {
        const provenance = unpackProvenance(r.provenance);
        return r.keys.map((key, i) => ({ r: r.revisionId, k: key, v: r.numbers[i], w: r.raw[i], i: r.inferred[i], p: JSON.stringify(provenance[i]) }));
      });
      await queryRunner.query(
        `INSERT INTO "report_value" ("revision_id", "key", "value", "raw", "inferred", "provenance")
         SELECT r, k, v, w, i, p FROM json_to_recordset($1::json) AS t(r int, k text, v float8, w text, i bool, p text)`,
        [JSON.stringify(cells)],
      );
      after = (rows.at(-1) as Cells).revisionId;
    }
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_8e49c3adb8047efdb9703cd72a1" FOREIGN KEY ("revision_id") REFERENCES "report_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP TABLE "revision_values"`);
  }
}
