import { DialectMigration } from '../dialect-migration';

export class ReviewQueue1795637801344 extends DialectMigration {
  name = 'ReviewQueue1795637801344';

  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_prediction_project_model\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_image\"",
      "CREATE TABLE \"temporary_prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL, \"uncertain\" boolean NOT NULL DEFAULT (0), \"margin\" double NOT NULL DEFAULT (1), \"review_priority\" double NOT NULL DEFAULT (2), \"reviewed\" boolean NOT NULL DEFAULT (0), \"review_correct\" boolean, \"reviewed_at\" datetime(3))",
      "INSERT INTO \"temporary_prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\" FROM \"prediction\"",
      "DROP TABLE \"prediction\"",
      "ALTER TABLE \"temporary_prediction\" RENAME TO \"prediction\"",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE INDEX \"ix_prediction_review_sample\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"id\") ",
      "CREATE INDEX \"ix_prediction_review_queue\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"review_priority\") "
    ],
    "down": [
      "DROP INDEX \"ix_prediction_review_queue\"",
      "DROP INDEX \"ix_prediction_review_sample\"",
      "DROP INDEX \"ix_prediction_image\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_project_model\"",
      "ALTER TABLE \"prediction\" RENAME TO \"temporary_prediction\"",
      "CREATE TABLE \"prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL, \"uncertain\" boolean NOT NULL DEFAULT (0))",
      "INSERT INTO \"prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\" FROM \"temporary_prediction\"",
      "DROP TABLE \"temporary_prediction\"",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "ALTER TABLE `prediction` ADD `margin` double NOT NULL DEFAULT '1'",
      "ALTER TABLE `prediction` ADD `review_priority` double NOT NULL DEFAULT '2'",
      "ALTER TABLE `prediction` ADD `reviewed` tinyint NOT NULL DEFAULT 0",
      "ALTER TABLE `prediction` ADD `review_correct` tinyint NULL",
      "ALTER TABLE `prediction` ADD `reviewed_at` datetime(3) NULL",
      "CREATE INDEX `ix_prediction_review_sample` ON `prediction` (`project_id`, `model_id`, `reviewed`, `id`)",
      "CREATE INDEX `ix_prediction_review_queue` ON `prediction` (`project_id`, `model_id`, `reviewed`, `review_priority`)"
    ],
    "down": [
      "DROP INDEX `ix_prediction_review_queue` ON `prediction`",
      "DROP INDEX `ix_prediction_review_sample` ON `prediction`",
      "ALTER TABLE `prediction` DROP COLUMN `reviewed_at`",
      "ALTER TABLE `prediction` DROP COLUMN `review_correct`",
      "ALTER TABLE `prediction` DROP COLUMN `reviewed`",
      "ALTER TABLE `prediction` DROP COLUMN `review_priority`",
      "ALTER TABLE `prediction` DROP COLUMN `margin`"
    ]
  };
}
