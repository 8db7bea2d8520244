import { DialectMigration } from '../dialect-migration';

export class ImportJobs1795618345382 extends DialectMigration {
  name = 'ImportJobs1795618345382';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"import_job\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"state\" varchar(16) NOT NULL, \"filename\" varchar(300) NOT NULL, \"total\" integer NOT NULL DEFAULT (0), \"imported\" integer NOT NULL DEFAULT (0), \"duplicates\" integer NOT NULL DEFAULT (0), \"skipped\" integer NOT NULL DEFAULT (0), \"errors\" text NOT NULL, \"labels_added\" text NOT NULL, \"error\" varchar(2000), \"author\" varchar(100), \"created_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3))",
      "CREATE INDEX \"ix_import_project_created\" ON \"import_job\" (\"project_id\", \"created_at\") ",
      "DROP INDEX \"uq_image_project_sha\"",
      "DROP INDEX \"ix_image_project_created\"",
      "DROP INDEX \"ix_image_project_label\"",
      "CREATE TABLE \"temporary_image\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"sha256\" varchar(64) NOT NULL, \"source\" varchar(16) NOT NULL, \"source_id\" varchar(36), \"captured_at\" datetime(3) NOT NULL, \"width\" integer NOT NULL, \"height\" integer NOT NULL, \"mime\" varchar(32) NOT NULL, \"size\" integer NOT NULL, \"ext\" varchar(16) NOT NULL, \"label\" varchar(100), \"labeled_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"split\" varchar(8))",
      "INSERT INTO \"temporary_image\"(\"id\", \"project_id\", \"sha256\", \"source\", \"source_id\", \"captured_at\", \"width\", \"height\", \"mime\", \"size\", \"ext\", \"label\", \"labeled_at\", \"created_at\") SELECT \"id\", \"project_id\", \"sha256\", \"source\", \"source_id\", \"captured_at\", \"width\", \"height\", \"mime\", \"size\", \"ext\", \"label\", \"labeled_at\", \"created_at\" FROM \"image\"",
      "DROP TABLE \"image\"",
      "ALTER TABLE \"temporary_image\" RENAME TO \"image\"",
      "CREATE UNIQUE INDEX \"uq_image_project_sha\" ON \"image\" (\"project_id\", \"sha256\") ",
      "CREATE INDEX \"ix_image_project_created\" ON \"image\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_image_project_label\" ON \"image\" (\"project_id\", \"label\") "
    ],
    "down": [
      "DROP INDEX \"ix_image_project_label\"",
      "DROP INDEX \"ix_image_project_created\"",
      "DROP INDEX \"uq_image_project_sha\"",
      "ALTER TABLE \"image\" RENAME TO \"temporary_image\"",
      "CREATE TABLE \"image\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"sha256\" varchar(64) NOT NULL, \"source\" varchar(16) NOT NULL, \"source_id\" varchar(36), \"captured_at\" datetime(3) NOT NULL, \"width\" integer NOT NULL, \"height\" integer NOT NULL, \"mime\" varchar(32) NOT NULL, \"size\" integer NOT NULL, \"ext\" varchar(16) NOT NULL, \"label\" varchar(100), \"labeled_at\" datetime(3), \"created_at\" datetime(3) NOT NULL)",
      "INSERT INTO \"image\"(\"id\", \"project_id\", \"sha256\", \"source\", \"source_id\", \"captured_at\", \"width\", \"height\", \"mime\", \"size\", \"ext\", \"label\", \"labeled_at\", \"created_at\") SELECT \"id\", \"project_id\", \"sha256\", \"source\", \"source_id\", \"captured_at\", \"width\", \"height\", \"mime\", \"size\", \"ext\", \"label\", \"labeled_at\", \"created_at\" FROM \"temporary_image\"",
      "DROP TABLE \"temporary_image\"",
      "CREATE INDEX \"ix_image_project_label\" ON \"image\" (\"project_id\", \"label\") ",
      "CREATE INDEX \"ix_image_project_created\" ON \"image\" (\"project_id\", \"created_at\") ",
      "CREATE UNIQUE INDEX \"uq_image_project_sha\" ON \"image\" (\"project_id\", \"sha256\") ",
      "DROP INDEX \"ix_import_project_created\"",
      "DROP TABLE \"import_job\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `import_job` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `filename` varchar(300) NOT NULL, `total` int NOT NULL DEFAULT '0', `imported` int NOT NULL DEFAULT '0', `duplicates` int NOT NULL DEFAULT '0', `skipped` int NOT NULL DEFAULT '0', `errors` text NOT NULL, `labels_added` text NOT NULL, `error` varchar(2000) NULL, `author` varchar(100) NULL, `created_at` datetime(3) NOT NULL, `finished_at` datetime(3) NULL, INDEX `ix_import_project_created` (`project_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `image` ADD `split` varchar(8) NULL"
    ],
    "down": [
      "ALTER TABLE `image` DROP COLUMN `split`",
      "DROP INDEX `ix_import_project_created` ON `import_job`",
      "DROP TABLE `import_job`"
    ]
  };
}
