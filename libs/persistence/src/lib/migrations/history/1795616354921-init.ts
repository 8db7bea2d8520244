import { DialectMigration } from '../dialect-migration';

export class Init1795616354921 extends DialectMigration {
  name = 'Init1795616354921';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"project\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"labels\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"uq_project_name\" ON \"project\" (\"name\") ",
      "CREATE TABLE \"image\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"sha256\" varchar(64) NOT NULL, \"source\" varchar(16) NOT NULL, \"source_id\" varchar(36), \"captured_at\" datetime(3) NOT NULL, \"width\" integer NOT NULL, \"height\" integer NOT NULL, \"mime\" varchar(32) NOT NULL, \"size\" integer NOT NULL, \"ext\" varchar(16) NOT NULL, \"label\" varchar(100), \"labeled_at\" datetime(3), \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_image_project_label\" ON \"image\" (\"project_id\", \"label\") ",
      "CREATE INDEX \"ix_image_project_created\" ON \"image\" (\"project_id\", \"created_at\") ",
      "CREATE UNIQUE INDEX \"uq_image_project_sha\" ON \"image\" (\"project_id\", \"sha256\") ",
      "CREATE TABLE \"image_label\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"label\" varchar(100) NOT NULL, \"origin\" varchar(16) NOT NULL, \"author\" varchar(100), \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_label_project_created\" ON \"image_label\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_label_image_created\" ON \"image_label\" (\"image_id\", \"created_at\") ",
      "CREATE TABLE \"prediction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"image_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"confidence\" double NOT NULL, \"scores\" text NOT NULL, \"latency_ms\" double NOT NULL, \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_prediction_project_model\" ON \"prediction\" (\"project_id\", \"model_id\") ",
      "CREATE INDEX \"ix_prediction_project_created\" ON \"prediction\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_prediction_image\" ON \"prediction\" (\"image_id\") ",
      "CREATE TABLE \"prediction_feedback\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"prediction_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"correct\" boolean NOT NULL, \"label\" varchar(100), \"author\" varchar(100), \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_feedback_prediction\" ON \"prediction_feedback\" (\"prediction_id\") ",
      "CREATE TABLE \"prediction_lease\" (\"image_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"claimed_by\" varchar(100) NOT NULL, \"claimed_until\" datetime(3) NOT NULL, PRIMARY KEY (\"image_id\", \"model_id\"))",
      "CREATE INDEX \"ix_lease_claimed_until\" ON \"prediction_lease\" (\"claimed_until\") "
    ],
    "down": [
      "DROP INDEX \"ix_lease_claimed_until\"",
      "DROP TABLE \"prediction_lease\"",
      "DROP INDEX \"ix_feedback_prediction\"",
      "DROP TABLE \"prediction_feedback\"",
      "DROP INDEX \"ix_prediction_image\"",
      "DROP INDEX \"ix_prediction_project_created\"",
      "DROP INDEX \"ix_prediction_project_model\"",
      "DROP TABLE \"prediction\"",
      "DROP INDEX \"ix_label_image_created\"",
      "DROP INDEX \"ix_label_project_created\"",
      "DROP TABLE \"image_label\"",
      "DROP INDEX \"uq_image_project_sha\"",
      "DROP INDEX \"ix_image_project_created\"",
      "DROP INDEX \"ix_image_project_label\"",
      "DROP TABLE \"image\"",
      "DROP INDEX \"uq_project_name\"",
      "DROP TABLE \"project\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `project` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `labels` text NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, UNIQUE INDEX `uq_project_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `image` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `sha256` varchar(64) NOT NULL, `source` varchar(16) NOT NULL, `source_id` varchar(36) NULL, `captured_at` datetime(3) NOT NULL, `width` int NOT NULL, `height` int NOT NULL, `mime` varchar(32) NOT NULL, `size` int NOT NULL, `ext` varchar(16) NOT NULL, `label` varchar(100) NULL, `labeled_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_image_project_label` (`project_id`, `label`), INDEX `ix_image_project_created` (`project_id`, `created_at`), UNIQUE INDEX `uq_image_project_sha` (`project_id`, `sha256`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `image_label` (`id` varchar(36) NOT NULL, `image_id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `label` varchar(100) NOT NULL, `origin` varchar(16) NOT NULL, `author` varchar(100) NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_label_project_created` (`project_id`, `created_at`), INDEX `ix_label_image_created` (`image_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `prediction` (`id` varchar(36) NOT NULL, `image_id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `model_id` varchar(36) NOT NULL, `model_version` int NOT NULL, `label` varchar(100) NOT NULL, `confidence` double NOT NULL, `scores` text NOT NULL, `latency_ms` double NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_prediction_project_model` (`project_id`, `model_id`), INDEX `ix_prediction_project_created` (`project_id`, `created_at`), INDEX `ix_prediction_image` (`image_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `prediction_feedback` (`id` varchar(36) NOT NULL, `prediction_id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `correct` tinyint NOT NULL, `label` varchar(100) NULL, `author` varchar(100) NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_feedback_prediction` (`prediction_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `prediction_lease` (`image_id` varchar(36) NOT NULL, `model_id` varchar(36) NOT NULL, `claimed_by` varchar(100) NOT NULL, `claimed_until` datetime(3) NOT NULL, INDEX `ix_lease_claimed_until` (`claimed_until`), PRIMARY KEY (`image_id`, `model_id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_lease_claimed_until` ON `prediction_lease`",
      "DROP TABLE `prediction_lease`",
      "DROP INDEX `ix_feedback_prediction` ON `prediction_feedback`",
      "DROP TABLE `prediction_feedback`",
      "DROP INDEX `ix_prediction_image` ON `prediction`",
      "DROP INDEX `ix_prediction_project_created` ON `prediction`",
      "DROP INDEX `ix_prediction_project_model` ON `prediction`",
      "DROP TABLE `prediction`",
      "DROP INDEX `ix_label_image_created` ON `image_label`",
      "DROP INDEX `ix_label_project_created` ON `image_label`",
      "DROP TABLE `image_label`",
      "DROP INDEX `uq_image_project_sha` ON `image`",
      "DROP INDEX `ix_image_project_created` ON `image`",
      "DROP INDEX `ix_image_project_label` ON `image`",
      "DROP TABLE `image`",
      "DROP INDEX `uq_project_name` ON `project`",
      "DROP TABLE `project`"
    ]
  };
}
