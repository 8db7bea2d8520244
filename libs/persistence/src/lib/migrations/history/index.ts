// Maintained by tools/generate-migration.ts.
import { Init1795616354921 } from './1795616354921-init';
import { ImportJobs1795618345382 } from './1795618345382-import-jobs';
import { PredictionJobs1795627609197 } from './1795627609197-prediction-jobs';
import { PredictionThresholds1795628493758 } from './1795628493758-prediction-thresholds';
import { ReviewQueue1795637801344 } from './1795637801344-review-queue';
import { AutoRetrainLabels1795638536067 } from './1795638536067-auto-retrain-labels';
import { Webhooks1795639891162 } from './1795639891162-webhooks';
import { Retention1795640423128 } from './1795640423128-retention';
import { PredictionImageLabel1795654204411 } from './1795654204411-prediction-image-label';
import { WebhookCooldown1795657511716 } from './1795657511716-webhook-cooldown';
import { PredictionConfidenceIndex1795671548105 } from './1795671548105-prediction-confidence-index';

export const HISTORY_MIGRATIONS = [Init1795616354921, ImportJobs1795618345382, PredictionJobs1795627609197, PredictionThresholds1795628493758, ReviewQueue1795637801344, AutoRetrainLabels1795638536067, Webhooks1795639891162, Retention1795640423128, PredictionImageLabel1795654204411, WebhookCooldown1795657511716, PredictionConfidenceIndex1795671548105];
