import { DialectMigration } from '../dialect-migration';

export class Webhooks1795639891162 extends DialectMigration {
  name = 'Webhooks1795639891162';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"webhook\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"project_id\" varchar(36) NOT NULL, \"url\" varchar(2000) NOT NULL, \"secret\" varchar(200) NOT NULL, \"events\" text NOT NULL, \"author\" varchar(100), \"created_at\" datetime(3) NOT NULL)",
      "CREATE INDEX \"ix_webhook_project\" ON \"webhook\" (\"project_id\") ",
      "CREATE TABLE \"webhook_delivery\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"webhook_id\" varchar(36) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"event\" varchar(120) NOT NULL, \"body\" text NOT NULL, \"state\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime(3) NOT NULL, \"last_status\" integer, \"last_error\" varchar(1000), \"created_at\" datetime(3) NOT NULL, \"delivered_at\" datetime(3))",
      "CREATE INDEX \"ix_delivery_webhook_created\" ON \"webhook_delivery\" (\"webhook_id\", \"created_at\") ",
      "CREATE INDEX \"ix_delivery_due\" ON \"webhook_delivery\" (\"state\", \"next_attempt_at\") "
    ],
    "down": [
      "DROP INDEX \"ix_delivery_due\"",
      "DROP INDEX \"ix_delivery_webhook_created\"",
      "DROP TABLE \"webhook_delivery\"",
      "DROP INDEX \"ix_webhook_project\"",
      "DROP TABLE \"webhook\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `webhook` (`id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `url` varchar(2000) NOT NULL, `secret` varchar(200) NOT NULL, `events` text NOT NULL, `author` varchar(100) NULL, `created_at` datetime(3) NOT NULL, INDEX `ix_webhook_project` (`project_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `webhook_delivery` (`id` varchar(36) NOT NULL, `webhook_id` varchar(36) NOT NULL, `project_id` varchar(36) NOT NULL, `event` varchar(120) NOT NULL, `body` text NOT NULL, `state` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime(3) NOT NULL, `last_status` int NULL, `last_error` varchar(1000) NULL, `created_at` datetime(3) NOT NULL, `delivered_at` datetime(3) NULL, INDEX `ix_delivery_webhook_created` (`webhook_id`, `created_at`), INDEX `ix_delivery_due` (`state`, `next_attempt_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_delivery_due` ON `webhook_delivery`",
      "DROP INDEX `ix_delivery_webhook_created` ON `webhook_delivery`",
      "DROP TABLE `webhook_delivery`",
      "DROP INDEX `ix_webhook_project` ON `webhook`",
      "DROP TABLE `webhook`"
    ]
  };
}
