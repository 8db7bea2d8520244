import { DialectMigration } from '../dialect-migration';

export class PredictionImageLabel1795654204411 extends DialectMigration {
  name = 'PredictionImageLabel1795654204411';

  // Written by migration:generate; the UPDATE that copies each image's label onto its predictions is added by hand.
  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_prediction_review_queue\"",
      "DROP INDEX \"ix_prediction_review_sample\"",
      "DROP INDEX \"ix_prediction_image\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_project_model\"",
      "CREATE TABLE \"temporary_prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL, \"uncertain\" boolean NOT NULL DEFAULT (0), \"margin\" double NOT NULL DEFAULT (1), \"review_priority\" double NOT NULL DEFAULT (2), \"reviewed\" boolean NOT NULL DEFAULT (0), \"review_correct\" boolean, \"reviewed_at\" datetime(3), \"image_label\" varchar(100))",
      "INSERT INTO \"temporary_prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\", \"margin\", \"review_priority\", \"reviewed\", \"review_correct\", \"reviewed_at\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\", \"margin\", \"review_priority\", \"reviewed\", \"review_correct\", \"reviewed_at\" FROM \"prediction\"",
      "DROP TABLE \"prediction\"",
      "ALTER TABLE \"temporary_prediction\" RENAME TO \"prediction\"",
      "UPDATE \"prediction\" SET \"image_label\" = (SELECT \"label\" FROM \"image\" WHERE \"image\".\"id\" = \"prediction\".\"image_id\")",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") ",
      "CREATE INDEX \"ix_prediction_project_image_label\" ON \"prediction\" (\"project_id\", \"image_label\", \"created_at\", \"id\") ",
      "CREATE INDEX \"ix_prediction_project_label\" ON \"prediction\" (\"project_id\", \"label\", \"created_at\", \"id\", \"confidence\") ",
      "CREATE INDEX \"ix_prediction_review_sample\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"image_label\", \"id\") ",
      "CREATE INDEX \"ix_prediction_review_queue\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"image_label\", \"review_priority\") "
    ],
    "down": [
      "DROP INDEX \"ix_prediction_review_queue\"",
      "DROP INDEX \"ix_prediction_review_sample\"",
      "DROP INDEX \"ix_prediction_project_label\"",
      "DROP INDEX \"ix_prediction_project_image_label\"",
      "DROP INDEX \"ix_prediction_project_model\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_image\"",
      "ALTER TABLE \"prediction\" RENAME TO \"temporary_prediction\"",
      "CREATE TABLE \"prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL, \"uncertain\" boolean NOT NULL DEFAULT (0), \"margin\" double NOT NULL DEFAULT (1), \"review_priority\" double NOT NULL DEFAULT (2), \"reviewed\" boolean NOT NULL DEFAULT (0), \"review_correct\" boolean, \"reviewed_at\" datetime(3))",
      "INSERT INTO \"prediction\"(\"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\", \"margin\", \"review_priority\", \"reviewed\", \"review_correct\", \"reviewed_at\") SELECT \"id\", \"image_id\", \"project_id\", \"model_id\", \"model_version\", \"label\", \"confidence\", \"scores\", \"latency_ms\", \"created_at\", \"uncertain\", \"margin\", \"review_priority\", \"reviewed\", \"review_correct\", \"reviewed_at\" FROM \"temporary_prediction\"",
      "DROP TABLE \"temporary_prediction\"",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE INDEX \"ix_prediction_review_sample\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"id\") ",
      "CREATE INDEX \"ix_prediction_review_queue\" ON \"prediction\" (\"project_id\", \"model_id\", \"reviewed\", \"review_priority\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "DROP INDEX `ix_prediction_review_sample` ON `prediction`",
      "DROP INDEX `ix_prediction_review_queue` ON `prediction`",
      "ALTER TABLE `prediction` ADD `image_label` varchar(100) NULL",
      "UPDATE `prediction` `p` INNER JOIN `image` `i` ON `i`.`id` = `p`.`image_id` SET `p`.`image_label` = `i`.`label` WHERE `i`.`label` IS NOT NULL",
      "CREATE INDEX `ix_prediction_project_image_label` ON `prediction` (`project_id`, `image_label`, `created_at`, `id`)",
      "CREATE INDEX `ix_prediction_project_label` ON `prediction` (`project_id`, `label`, `created_at`, `id`, `confidence`)",
      "CREATE INDEX `ix_prediction_review_sample` ON `prediction` (`project_id`, `model_id`, `reviewed`, `image_label`, `id`)",
      "CREATE INDEX `ix_prediction_review_queue` ON `prediction` (`project_id`, `model_id`, `reviewed`, `image_label`, `review_priority`)"
    ],
    "down": [
      "DROP INDEX `ix_prediction_review_queue` ON `prediction`",
      "DROP INDEX `ix_prediction_review_sample` ON `prediction`",
      "DROP INDEX `ix_prediction_project_label` ON `prediction`",
      "DROP INDEX `ix_prediction_project_image_label` ON `prediction`",
      "ALTER TABLE `prediction` DROP COLUMN `image_label`",
      "CREATE INDEX `ix_prediction_review_queue` ON `prediction` (`project_id`, `model_id`, `reviewed`, `review_priority`)",
      "CREATE INDEX `ix_prediction_review_sample` ON `prediction` (`project_id`, `model_id`, `reviewed`, `id`)"
    ]
  };
}
