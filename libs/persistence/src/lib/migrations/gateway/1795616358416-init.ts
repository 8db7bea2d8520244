import { DialectMigration } from '../dialect-migration';

export class Init1795616358416 extends DialectMigration {
  name = 'Init1795616358416';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"app_user\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(100) NOT NULL, \"password_hash\" varchar(300) NOT NULL, \"role\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"uq_user_username\" ON \"app_user\" (\"username\") ",
      "CREATE TABLE \"api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"role\" varchar(16) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"created_by\" varchar(100), \"created_at\" datetime(3) NOT NULL, \"revoked_at\" datetime(3))",
      "CREATE UNIQUE INDEX \"uq_api_key_hash\" ON \"api_key\" (\"key_hash\") ",
      "CREATE TABLE \"audit_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actor\" varchar(100), \"action\" varchar(64) NOT NULL, \"target_type\" varchar(32), \"target_id\" varchar(100), \"project_id\" varchar(36), \"details\" text, \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_audit_project_created\" ON \"audit_event\" (\"project_id\", \"created_at\") ",
      "CREATE INDEX \"ix_audit_created\" ON \"audit_event\" (\"created_at\") "
    ],
    "down": [
      "DROP INDEX \"ix_audit_created\"",
      "DROP INDEX \"ix_audit_project_created\"",
      "DROP TABLE \"audit_event\"",
      "DROP INDEX \"uq_api_key_hash\"",
      "DROP TABLE \"api_key\"",
      "DROP INDEX \"uq_user_username\"",
      "DROP TABLE \"app_user\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `app_user` (`id` varchar(36) NOT NULL, `username` varchar(100) NOT NULL, `password_hash` varchar(300) NOT NULL, `role` varchar(16) NOT NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `uq_user_username` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `api_key` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `role` varchar(16) NOT NULL, `key_hash` varchar(64) NOT NULL, `prefix` varchar(16) NOT NULL, `created_by` varchar(100) NULL, `created_at` datetime(3) NOT NULL, `revoked_at` datetime(3) NULL, UNIQUE INDEX `uq_api_key_hash` (`key_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `audit_event` (`id` varchar(36) NOT NULL, `actor` varchar(100) NULL, `action` varchar(64) NOT NULL, `target_type` varchar(32) NULL, `target_id` varchar(100) NULL, `project_id` varchar(36) NULL, `details` text NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_audit_project_created` (`project_id`, `created_at`), INDEX `ix_audit_created` (`created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_audit_created` ON `audit_event`",
      "DROP INDEX `ix_audit_project_created` ON `audit_event`",
      "DROP TABLE `audit_event`",
      "DROP INDEX `uq_api_key_hash` ON `api_key`",
      "DROP TABLE `api_key`",
      "DROP INDEX `uq_user_username` ON `app_user`",
      "DROP TABLE `app_user`"
    ]
  };
}
