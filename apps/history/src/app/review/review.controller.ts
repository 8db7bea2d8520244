import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { ReviewService } from './review.service';

@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @GrpcMethod('History', 'GetReviewQueue')
  getReviewQueue(request: HistoryV1.ReviewQueueRequest__Output): Promise<HistoryV1.ReviewQueueResponse> {
    return this.review.queue(request);
  }

  @GrpcMethod('History', 'SubmitFeedback')
  submitFeedback(request: HistoryV1.FeedbackRequest__Output): Promise<HistoryV1.FeedbackResponse> {
    return this.review.feedback(request);
  }

  @GrpcMethod('History', 'GetReviewStats')
  getReviewStats(request: HistoryV1.ReviewStatsRequest__Output): Promise<HistoryV1.ReviewStats> {
    return this.review.stats(request);
  }
}
