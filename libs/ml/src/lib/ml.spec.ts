import { ml } from './ml';

describe('ml', () => {
  it('should work', () => {
    expect(ml()).toEqual('ml');
  });
});
