import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CreateProjectDto, ErrorDto, IdParamDto, ProjectDto, RetentionResultDto, RunRetentionDto, UpdateProjectDto } from '@sightline/contracts';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'A project with that name exists' })
  createProject(@Body() body: CreateProjectDto, @CurrentPrincipal() principal: Principal): Promise<ProjectDto> {
    return this.projects.create(principal, body);
  }

  @Get()
  @ApiOkResponse({ type: [ProjectDto] })
  listProjects(): Promise<ProjectDto[]> {
    return this.projects.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: ProjectDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  getProject(@Param() params: IdParamDto): Promise<ProjectDto> {
    return this.projects.get(params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProjectDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  updateProject(@Param() params: IdParamDto, @Body() body: UpdateProjectDto, @CurrentPrincipal() principal: Principal): Promise<ProjectDto> {
    return this.projects.update(principal, params.id, body);
  }

  /**
   * Applies the project's retention rules now: unlabeled images without a reviewed prediction, older than
   * `retentionDays`, then the oldest of them past `retentionGb`. Labeled images (and so every image of a
   * model version's data set) are never deleted. `dryRun` only counts; deletions are audited (`image.delete`).
   */
  @Post(':id/retention')
  @HttpCode(200)
  @ApiOkResponse({ type: RetentionResultDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The project has no retention rule' })
  @ApiNotFoundResponse({ type: ErrorDto })
  runRetention(@Param() params: IdParamDto, @Body() body: RunRetentionDto, @CurrentPrincipal() principal: Principal): Promise<RetentionResultDto> {
    return this.projects.runRetention(principal.name, params.id, body.dryRun ?? false);
  }

  /** Deletes the project with its images, labels and predictions. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNotFoundResponse({ type: ErrorDto })
  async deleteProject(@Param() params: IdParamDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.projects.delete(principal, params.id);
  }
}
