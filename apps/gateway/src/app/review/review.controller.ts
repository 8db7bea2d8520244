import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DashboardDto, DashboardQueryDto, ErrorDto, FeedbackDto, FeedbackResultDto, IdParamDto, LiveAccuracyDto, ReviewQueueDto, ReviewQueueQueryDto } from '@sightline/contracts';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ReviewService } from './review.service';

@ApiTags('review')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  /**
   * The next predictions of the production model to review: uncertain ones first, then the smallest margin
   * between the two best scores, with a random share of confident ones mixed in. Images with a label are left out.
   */
  @Get('projects/:id/review')
  @ApiOkResponse({ type: ReviewQueueDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getReviewQueue(@Param() params: IdParamDto, @Query() query: ReviewQueueQueryDto): Promise<ReviewQueueDto> {
    return this.review.queue(params.id, query);
  }

  /** Reviewed predictions of the production model: how often people found it right. */
  @Get('projects/:id/review/accuracy')
  @ApiOkResponse({ type: LiveAccuracyDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getLiveAccuracy(@Param() params: IdParamDto): Promise<LiveAccuracyDto> {
    return this.review.liveAccuracy(params.id);
  }

  /** The project at a glance: images and predictions per hour, label distribution, production model with test and live accuracy, review queue, jobs. */
  @Get('projects/:id/dashboard')
  @ApiOkResponse({ type: DashboardDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getDashboard(@Param() params: IdParamDto, @Query() query: DashboardQueryDto): Promise<DashboardDto> {
    return this.review.dashboard(params.id, query.hours ?? 24);
  }

  /** Confirms or corrects a prediction; the label becomes the image's (origin `feedback`) and counts toward retraining. */
  @Post('predictions/:id/feedback')
  @HttpCode(200)
  @ApiOkResponse({ type: FeedbackResultDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'No label for a correction, a label that contradicts `correct`, or not one of the project labels' })
  @ApiNotFoundResponse({ type: ErrorDto })
  submitFeedback(@Param() params: IdParamDto, @Body() body: FeedbackDto, @CurrentPrincipal() principal: Principal): Promise<FeedbackResultDto> {
    return this.review.feedback(principal, params.id, body);
  }
}
