import { grpc } from './grpc';

describe('grpc', () => {
  it('should work', () => {
    expect(grpc()).toEqual('grpc');
  });
});
