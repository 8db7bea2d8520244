import { DialectMigration } from '../dialect-migration';

export class SchedulerLease1795657186904 extends DialectMigration {
  name = 'SchedulerLease1795657186904';

  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"scheduler_lease\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"holder\" varchar(100) NOT NULL, \"held_until\" datetime(3) NOT NULL)"
    ],
    "down": [
      "DROP TABLE \"scheduler_lease\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE TABLE `scheduler_lease` (`name` varchar(64) NOT NULL, `holder` varchar(100) NOT NULL, `held_until` datetime(3) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP TABLE `scheduler_lease`"
    ]
  };
}
