import { DialectMigration } from '../dialect-migration';

export class PredictionThresholds1795628493758 extends DialectMigration {
  name = 'PredictionThresholds1795628493758';

  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"uq_project_name\"",
      "CREATE TABLE \"temporary_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"confidence_threshold\" double NOT NULL DEFAULT (0), \"class_thresholds\" text)",
      "INSERT INTO \"temporary_project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\" FROM \"project\"",
      "DROP TABLE \"project\"",
      "ALTER TABLE \"temporary_project\" RENAME TO \"project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") ",
      "DROP INDEX \"ix_prediction_image\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_project_model\"",
      "CREATE TABLE \"temporary_prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL, \"uncertain\" boolean NOT NULL DEFAULT (0))",
      "INSERT INTO \"temporary_prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\" FROM \"prediction\"",
      "DROP TABLE \"prediction\"",
      "ALTER TABLE \"temporary_prediction\" RENAME TO \"prediction\"",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") "
    ],
    "down": [
      "DROP INDEX \"ix_prediction_project_model\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_image\"",
      "ALTER TABLE \"prediction\" RENAME TO \"temporary_prediction\"",
      "CREATE TABLE \"prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL)",
      "INSERT INTO \"prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\" FROM \"temporary_prediction\"",
      "DROP TABLE \"temporary_prediction\"",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "DROP INDEX \"uq_project_name\"",
      "ALTER TABLE \"project\" RENAME TO \"temporary_project\"",
      "CREATE TABLE \"project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)",
      "INSERT INTO \"project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\" FROM \"temporary_project\"",
      "DROP TABLE \"temporary_project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "ALTER TABLE `project` ADD `confidence_threshold` double NOT NULL DEFAULT '0'",
      "ALTER TABLE `project` ADD `class_thresholds` text NULL",
      "ALTER TABLE `prediction` ADD `uncertain` tinyint NOT NULL DEFAULT 0"
    ],
    "down": [
      "ALTER TABLE `prediction` DROP COLUMN `uncertain`",
      "ALTER TABLE `project` DROP COLUMN `class_thresholds`",
      "ALTER TABLE `project` DROP COLUMN `confidence_threshold`"
    ]
  };
}
