import { DialectMigration } from '../dialect-migration';

export class Retention1795640423128 extends DialectMigration {
  name = 'Retention1795640423128';

  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"uq_project_name\"",
      "CREATE TABLE \"temporary_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"confidence_threshold\" double NOT NULL DEFAULT (0), \"class_thresholds\" text, \"auto_retrain_labels\" integer, \"retention_days\" integer, \"retention_gb\" double)",
      "INSERT INTO \"temporary_project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\", \"auto_retrain_labels\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\", \"auto_retrain_labels\" FROM \"project\"",
      "DROP TABLE \"project\"",
      "ALTER TABLE \"temporary_project\" RENAME TO \"project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") "
    ],
    "down": [
      "DROP INDEX \"uq_project_name\"",
      "ALTER TABLE \"project\" RENAME TO \"temporary_project\"",
      "CREATE TABLE \"project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"confidence_threshold\" double NOT NULL DEFAULT (0), \"class_thresholds\" text, \"auto_retrain_labels\" integer)",
      "INSERT INTO \"project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\", \"auto_retrain_labels\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\", \"auto_retrain_labels\" FROM \"temporary_project\"",
      "DROP TABLE \"temporary_project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "ALTER TABLE `project` ADD `retention_days` int NULL",
      "ALTER TABLE `project` ADD `retention_gb` double NULL"
    ],
    "down": [
      "ALTER TABLE `project` DROP COLUMN `retention_gb`",
      "ALTER TABLE `project` DROP COLUMN `retention_days`"
    ]
  };
}
