import { DialectMigration } from '../dialect-migration';

export class Init1795616357210 extends DialectMigration {
  name = 'Init1795616357210';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"training_job\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"state\" varchar(16) NOT NULL, \"trigger\" varchar(16) NOT NULL, \"params\" text NOT NULL, \"progress\" double NOT NULL DEFAULT (0), \"epoch\" integer, \"loss\" double, \"accuracy\" double, \"val_accuracy\" double, \"eta_seconds\" double, \"model_id\" varchar(36), \"error\" varchar(2000), \"created_by\" varchar(100), \"created_at\" datetime(3) NOT NULL, \"started_at\" datetime(3), \"finished_at\" datetime(3))",
      "CREATE INDEX \"ix_job_state\" ON \"training_job\" (\"state\") ",
      "CREATE INDEX \"ix_job_project_created\" ON \"training_job\" (\"project_id\", \"created_at\") ",
      "CREATE TABLE \"model_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"architecture\" varchar(64) NOT NULL, \"hyper_parameters\" text NOT NULL, \"labels\" text NOT NULL, \"metrics\" text NOT NULL, \"job_id\" varchar(36), \"storage_prefix\" varchar(300) NOT NULL, \"dataset_size\" integer NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"uq_model_project_version\" ON \"model_version\" (\"project_id\", \"version\") ",
      "CREATE TABLE \"model_alias\" (\"project_id\" varchar(36) NOT NULL, \"alias\" varchar(32) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"updated_at\" datetime(3) NOT NULL, PRIMARY KEY (\"project_id\", \"alias\"))",
      "CREATE TABLE \"model_alias_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"alias\" varchar(32) NOT NULL, \"action\" varchar(16) NOT NULL, \"from_model_id\" varchar(36), \"to_model_id\" varchar(36) NOT NULL, \"actor\" varchar(100), \"reason\" varchar(1000), \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_alias_event_project_created\" ON \"model_alias_event\" (\"project_id\", \"created_at\") "
    ],
    "down": [
      "DROP INDEX \"ix_alias_event_project_created\"",
      "DROP TABLE \"model_alias_event\"",
      "DROP TABLE \"model_alias\"",
      "DROP INDEX \"uq_model_project_version\"",
      "DROP TABLE \"model_version\"",
      "DROP INDEX \"ix_job_project_created\"",
      "DROP INDEX \"ix_job_state\"",
      "DROP TABLE \"training_job\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `training_job` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `trigger` varchar(16) NOT NULL, `params` text NOT NULL, `progress` double NOT NULL DEFAULT '0', `epoch` int NULL, `loss` double NULL, `accuracy` double NULL, `val_accuracy` double NULL, `eta_seconds` double NULL, `model_id` varchar(36) NULL, `error` varchar(2000) NULL, `created_by` varchar(100) NULL, `created_at` datetime(3) NOT NULL, `started_at` datetime(3) NULL, `finished_at` datetime(3) NULL, INDEX `ix_job_state` (`state`), INDEX `ix_job_project_created` (`project_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `model_version` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `version` int NOT NULL, `architecture` varchar(64) NOT NULL, `hyper_parameters` text NOT NULL, `labels` text NOT NULL, `metrics` text NOT NULL, `job_id` varchar(36) NULL, `storage_prefix` varchar(300) NOT NULL, `dataset_size` int NOT NULL DEFAULT '0', `created_at` datetime(3) NOT NULL, UNIQUE INDEX `uq_model_project_version` (`project_id`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `model_alias` (`project_id` varchar(36) NOT NULL, `alias` varchar(32) NOT NULL, `model_id` varchar(36) NOT NULL, `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`project_id`, `alias`)) ENGINE=InnoDB",
      "CREATE TABLE `model_alias_event` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `alias` varchar(32) NOT NULL, `action` varchar(16) NOT NULL, `from_model_id` varchar(36) NULL, `to_model_id` varchar(36) NOT NULL, `actor` varchar(100) NULL, `reason` varchar(1000) NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_alias_event_project_created` (`project_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_alias_event_project_created` ON `model_alias_event`",
      "DROP TABLE `model_alias_event`",
      "DROP TABLE `model_alias`",
      "DROP INDEX `uq_model_project_version` ON `model_version`",
      "DROP TABLE `model_version`",
      "DROP INDEX `ix_job_project_created` ON `training_job`",
      "DROP INDEX `ix_job_state` ON `training_job`",
      "DROP TABLE `training_job`"
    ]
  };
}
