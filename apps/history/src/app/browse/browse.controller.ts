import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { concatMap, from, map, Observable } from 'rxjs';
import { BrowseService } from './browse.service';

/** gRPC messages stay well under their size limit. */
const CHUNK = 256 * 1024;

function* slices(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += CHUNK) {
    yield data.subarray(offset, offset + CHUNK);
  }
}

@Controller()
export class BrowseController {
  constructor(private readonly browse: BrowseService) {}

  @GrpcMethod('History', 'ListPredictions')
  listPredictions(request: HistoryV1.ListPredictionsRequest__Output): Promise<HistoryV1.ListPredictionsResponse> {
    return this.browse.list(request);
  }

  @GrpcMethod('History', 'ListImagePredictions')
  async listImagePredictions(request: HistoryV1.ImageIdRequest__Output): Promise<HistoryV1.ImagePredictionsResponse> {
    return { predictions: await this.browse.ofImage(request.id) };
  }

  @GrpcMethod('History', 'ExportPredictions')
  async exportPredictions(request: HistoryV1.ExportRequest__Output): Promise<Observable<HistoryV1.ExportChunk>> {
    const bytes = await this.browse.export(request);
    return from(bytes).pipe(
      concatMap((piece) => from(slices(piece))),
      map((data) => ({ data })),
    );
  }
}
