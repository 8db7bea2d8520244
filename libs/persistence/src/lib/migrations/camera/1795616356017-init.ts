import { DialectMigration } from '../dialect-migration';

export class Init1795616356017 extends DialectMigration {
  name = 'Init1795616356017';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"camera\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"url\" varchar(2000), \"path\" varchar(1000), \"schedule_every_seconds\" integer, \"schedule_cron\" varchar(100), \"enabled\" boolean NOT NULL DEFAULT (1), \"status\" varchar(16) NOT NULL DEFAULT ('idle'), \"last_error\" varchar(2000), \"last_capture_at\" datetime(3), \"consecutive_failures\" integer NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_camera_project\" ON \"camera\" (\"project_id\") "
    ],
    "down": [
      "DROP INDEX \"ix_camera_project\"",
      "DROP TABLE \"camera\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `camera` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `kind` varchar(16) NOT NULL, `url` varchar(2000) NULL, `path` varchar(1000) NULL, `schedule_every_seconds` int NULL, `schedule_cron` varchar(100) NULL, `enabled` tinyint NOT NULL DEFAULT 1, `status` varchar(16) NOT NULL DEFAULT 'idle', `last_error` varchar(2000) NULL, `last_capture_at` datetime(3) NULL, `consecutive_failures` int NOT NULL DEFAULT '0', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_camera_project` (`project_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_camera_project` ON `camera`",
      "DROP TABLE `camera`"
    ]
  };
}
