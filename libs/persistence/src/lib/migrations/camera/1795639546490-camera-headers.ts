import { DialectMigration } from '../dialect-migration';

export class CameraHeaders1795639546490 extends DialectMigration {
  name = 'CameraHeaders1795639546490';

  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_camera_project\"",
      "CREATE TABLE \"temporary_camera\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"url\" varchar(2000), \"path\" varchar(1000), \"schedule_every_seconds\" integer, \"schedule_cron\" varchar(100), \"enabled\" boolean NOT NULL DEFAULT (1), \"status\" varchar(16) NOT NULL DEFAULT ('idle'), \"last_error\" varchar(2000), \"last_capture_at\" datetime(3), \"consecutive_failures\" integer NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"predict_on_capture\" boolean NOT NULL DEFAULT (0), \"captures_today\" integer NOT NULL DEFAULT (0), \"captures_day\" varchar(10), \"last_image_id\" varchar(36), \"headers\" varchar(4000))",
      "INSERT INTO \"temporary_camera\"(\"id\", \"project_id\", \"name\", \"kind\", \"url\", \"path\", \"schedule_every_seconds\", \"schedule_cron\", \"enabled\", \"status\", \"last_error\", \"last_capture_at\", \"consecutive_failures\", \"created_at\", \"updated_at\", \"predict_on_capture\", \"captures_today\", \"captures_day\", \"last_image_id\") SELECT \"id\", \"project_id\", \"name\", \"kind\", \"url\", \"path\", \"schedule_every_seconds\", \"schedule_cron\", \"enabled\", \"status\", \"last_error\", \"last_capture_at\", \"consecutive_failures\", \"created_at\", \"updated_at\", \"predict_on_capture\", \"captures_today\", \"captures_day\", \"last_image_id\" FROM \"camera\"",
      "DROP TABLE \"camera\"",
      "ALTER TABLE \"temporary_camera\" RENAME TO \"camera\"",
      "CREATE INDEX \"ix_camera_project\" ON \"camera\" (\"project_id\") "
    ],
    "down": [
      "DROP INDEX \"ix_camera_project\"",
      "ALTER TABLE \"camera\" RENAME TO \"temporary_camera\"",
      "CREATE TABLE \"camera\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"url\" varchar(2000), \"path\" varchar(1000), \"schedule_every_seconds\" integer, \"schedule_cron\" varchar(100), \"enabled\" boolean NOT NULL DEFAULT (1), \"status\" varchar(16) NOT NULL DEFAULT ('idle'), \"last_error\" varchar(2000), \"last_capture_at\" datetime(3), \"consecutive_failures\" integer NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"predict_on_capture\" boolean NOT NULL DEFAULT (0), \"captures_today\" integer NOT NULL DEFAULT (0), \"captures_day\" varchar(10), \"last_image_id\" varchar(36))",
      "INSERT INTO \"camera\"(\"id\", \"project_id\", \"name\", \"kind\", \"url\", \"path\", \"schedule_every_seconds\", \"schedule_cron\", \"enabled\", \"status\", \"last_error\", \"last_capture_at\", \"consecutive_failures\", \"created_at\", \"updated_at\", \"predict_on_capture\", \"captures_today\", \"captures_day\", \"last_image_id\") SELECT \"id\", \"project_id\", \"name\", \"kind\", \"url\", \"path\", \"schedule_every_seconds\", \"schedule_cron\", \"enabled\", \"status\", \"last_error\", \"last_capture_at\", \"consecutive_failures\", \"created_at\", \"updated_at\", \"predict_on_capture\", \"captures_today\", \"captures_day\", \"last_image_id\" FROM \"temporary_camera\"",
      "DROP TABLE \"temporary_camera\"",
      "CREATE INDEX \"ix_camera_project\" ON \"camera\" (\"project_id\") "
    ]
  };

  protected readonly mysql = {
    "up": [
      "ALTER TABLE `camera` ADD `headers` varchar(4000) NULL"
    ],
    "down": [
      "ALTER TABLE `camera` DROP COLUMN `headers`"
    ]
  };
}
