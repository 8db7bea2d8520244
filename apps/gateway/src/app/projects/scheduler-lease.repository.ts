import { Injectable } from '@nestjs/common';
import { SchedulerLeaseEntity } from '@sightline/persistence';
import { DataSource, LessThan } from 'typeorm';

/**
 * A named lease row, so a periodic job runs in one gateway replica of the system at a time: the holder renews it
 * each run, another replica takes it only once it has run out (its holder stopped). No row locks: a new row is an
 * INSERT that ignores the key another replica inserted first, a takeover one conditional UPDATE, and the holder is
 * whoever the row names afterwards.
 */
@Injectable()
export class SchedulerLeaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  async acquire(name: string, holder: string, seconds: number, now = new Date()): Promise<boolean> {
    const leases = this.dataSource.getRepository(SchedulerLeaseEntity);
    const heldUntil = new Date(now.getTime() + seconds * 1000);
    await leases.createQueryBuilder().insert().into(SchedulerLeaseEntity).values({ name, holder, heldUntil }).orIgnore().updateEntity(false).execute();
    await leases.update({ name, holder }, { heldUntil });
    await leases.update({ name, heldUntil: LessThan(now) }, { holder, heldUntil });
    return (await leases.findOneBy({ name }))?.holder === holder;
  }

  async release(name: string, holder: string): Promise<void> {
    await this.dataSource.getRepository(SchedulerLeaseEntity).delete({ name, holder });
  }
}
