import { loadConfig } from '@sightline/config';
import { listenAddress } from './grpc-bootstrap';

describe('listenAddress', () => {
  it('listens on the port of the service’s own address, on BIND_HOST', () => {
    expect(listenAddress(loadConfig({ INFERENCE_GRPC_URL: '10.0.0.5:50099', BIND_HOST: '0.0.0.0' }), 'inference')).toBe('0.0.0.0:50099');
    // Every replica behind a DNS name listens on the name's port.
    expect(listenAddress(loadConfig({ INFERENCE_GRPC_URL: 'dns:///inference:50052' }), 'inference')).toBe('127.0.0.1:50052');
  });

  it('refuses a list of replicas as a service’s own address, saying what to do instead', () => {
    const config = loadConfig({ INFERENCE_GRPC_URL: 'ipv4:127.0.0.1:50052,127.0.0.1:50062' });
    expect(() => listenAddress(config, 'inference')).toThrow(
      'INFERENCE_GRPC_URL=ipv4:127.0.0.1:50052,127.0.0.1:50062 lists several replicas: start each inference replica with its own host:port, and give the list to the services that dial it',
    );
  });
});
