import { DialectMigration } from '../dialect-migration';

export class PredictionJobs1795627609197 extends DialectMigration {
  name = 'PredictionJobs1795627609197';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"prediction_job\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"model_id\" varchar(36) NOT NULL, \"model_version\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"state\" varchar(16) NOT NULL, \"replica\" varchar(100) NOT NULL, \"claimed\" integer NOT NULL DEFAULT (0), \"predicted\" integer NOT NULL DEFAULT (0), \"failed\" integer NOT NULL DEFAULT (0), \"error\" varchar(2000), \"created_at\" datetime(3) NOT NULL, \"heartbeat_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3))",
      "CREATE INDEX \"ix_prediction_job_project_created\" ON \"prediction_job\" (\"project_id\", \"created_at\") "
    ],
    "down": [
      "DROP INDEX \"ix_prediction_job_project_created\"",
      "DROP TABLE \"prediction_job\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `prediction_job` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `model_id` varchar(36) NOT NULL, `model_version` int NOT NULL, `kind` varchar(16) NOT NULL, `state` varchar(16) NOT NULL, `replica` varchar(100) NOT NULL, `claimed` int NOT NULL DEFAULT '0', `predicted` int NOT NULL DEFAULT '0', `failed` int NOT NULL DEFAULT '0', `error` varchar(2000) NULL, `created_at` datetime(3) NOT NULL, `heartbeat_at` datetime(3) NOT NULL, `finished_at` datetime(3) NULL, INDEX `ix_prediction_job_project_created` (`project_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_prediction_job_project_created` ON `prediction_job`",
      "DROP TABLE `prediction_job`"
    ]
  };
}
