import { DialectMigration } from '../dialect-migration';

export class WebhookCooldown1795657511716 extends DialectMigration {
  name = 'WebhookCooldown1795657511716';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"webhook_cooldown\" (\"webhook_id\" varchar(36) NOT NULL, \"subject\" varchar(100) NOT NULL, \"project_id\" varchar(36) NOT NULL, \"token\" varchar(36) NOT NULL, \"quiet_until\" datetime(3) NOT NULL, PRIMARY KEY (\"webhook_id\", \"subject\"))",
      "CREATE INDEX \"ix_cooldown_project\" ON \"webhook_cooldown\" (\"project_id\") "
    ],
    "down": [
      "DROP INDEX \"ix_cooldown_project\"",
      "DROP TABLE \"webhook_cooldown\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `webhook_cooldown` (`webhook_id` varchar(36) NOT NULL, `subject` varchar(100) NOT NULL, `project_id` varchar(36) NOT NULL, `token` varchar(36) NOT NULL, `quiet_until` datetime(3) NOT NULL, INDEX `ix_cooldown_project` (`project_id`), PRIMARY KEY (`webhook_id`, `subject`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_cooldown_project` ON `webhook_cooldown`",
      "DROP TABLE `webhook_cooldown`"
    ]
  };
}
