import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration written once per dialect by `npm run migration:generate` (TypeORM's own schema
 * diff against a real SQLite file and a real MariaDB), so both stay exact rather than "portable".
 */
export abstract class DialectMigration implements MigrationInterface {
  protected abstract readonly sqlite: { up: string[]; down: string[] };
  protected abstract readonly mysql: { up: string[]; down: string[] };

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of this.pick(queryRunner).up) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of this.pick(queryRunner).down) {
      await queryRunner.query(sql);
    }
  }

  private pick(queryRunner: QueryRunner): { up: string[]; down: string[] } {
    const type = queryRunner.connection.options.type;
    switch (type) {
      case 'better-sqlite3':
        return this.sqlite;
      case 'mysql':
      case 'mariadb':
        return this.mysql;
      default:
        throw new Error(`No migration SQL for database type ${type}`);
    }
  }
}
