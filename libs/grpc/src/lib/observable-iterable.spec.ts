import { Subject } from 'rxjs';
import { eachValueOf } from './observable-iterable';

describe('eachValueOf', () => {
  it('keeps values and completion that arrive before iteration starts', async () => {
    const subject = new Subject<number>();
    const values = eachValueOf(subject);
    subject.next(1);
    subject.next(2);
    subject.complete();
    const seen: number[] = [];
    for await (const value of values) {
      seen.push(value);
    }
    expect(seen).toEqual([1, 2]);
  });

  it('waits for late values and rethrows a stream error', async () => {
    const subject = new Subject<number>();
    const values = eachValueOf(subject);
    setTimeout(() => subject.next(3), 5);
    setTimeout(() => subject.error(new Error('cancelled')), 10);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const value of values) {
          seen.push(value);
        }
      })(),
    ).rejects.toThrow('cancelled');
    expect(seen).toEqual([3]);
  });
});
