import { DialectMigration } from '../dialect-migration';

export class AutoRetrainLabels1795638536067 extends DialectMigration {
  name = 'AutoRetrainLabels1795638536067';

  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"uq_project_name\"",
      "CREATE TABLE \"temporary_project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"confidence_threshold\" double NOT NULL DEFAULT (0), \"class_thresholds\" text, \"auto_retrain_labels\" integer)",
      "INSERT INTO \"temporary_project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\" FROM \"project\"",
      "DROP TABLE \"project\"",
      "ALTER TABLE \"temporary_project\" RENAME TO \"project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") "
    ],
    "down": [
      "DROP INDEX \"uq_project_name\"",
      "ALTER TABLE \"project\" RENAME TO \"temporary_project\"",
      "CREATE TABLE \"project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"confidence_threshold\" double NOT NULL DEFAULT (0), \"class_thresholds\" text)",
      "INSERT INTO \"project\"(\"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\") SELECT \"id\", \"name\", \"labels\", \"created_at\", \"updated_at\", \"confidence_threshold\", \"class_thresholds\" FROM \"temporary_project\"",
      "DROP TABLE \"temporary_project\"",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "ALTER TABLE `project` ADD `auto_retrain_labels` int NULL"
    ],
    "down": [
      "ALTER TABLE `project` DROP COLUMN `auto_retrain_labels`"
    ]
  };
}
