import { DialectMigration } from '../dialect-migration';

export class PredictionConfidenceIndex1795671548105 extends DialectMigration {
  name = 'PredictionConfidenceIndex1795671548105';

  protected readonly sqlite = {
    "up": [
      "CREATE INDEX \"ix_prediction_project_label_confidence\" ON \"prediction\" (\"project_id\", \"label\", \"confidence\", \"created_at\", \"id\") "
    ],
    "down": [
      "DROP INDEX \"ix_prediction_project_label_confidence\""
    ]
  };

  protected readonly mysql = {
    "up": [
      "CREATE INDEX `ix_prediction_project_label_confidence` ON `prediction` (`project_id`, `label`, `confidence`, `created_at`, `id`)"
    ],
    "down": [
      "DROP INDEX `ix_prediction_project_label_confidence` ON `prediction`"
    ]
  };
}
