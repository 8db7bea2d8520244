import { signV4, uriEncode } from './s3-blob-store';

// AWS's published example for header-based SigV4 on S3 ("Example: GET Object", sig-v4-header-based-auth).
describe('signV4', () => {
  const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

  it('signs AWS’s GET Object example to the published signature', () => {
    const headers = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9' },
        payloadSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
      credentials,
      'us-east-1',
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(headers).toMatchObject({ 'x-amz-date': '20130524T000000Z', range: 'bytes=0-9' });
    expect(headers['host']).toBeUndefined();
  });
});

describe('uriEncode', () => {
  it('encodes all but unreserved characters, keeping slashes in paths only', () => {
    expect(uriEncode('a b/c+d(1)*!é~._-', true)).toBe('a%20b/c%2Bd%281%29%2A%21%C3%A9~._-');
    expect(uriEncode('a/b', false)).toBe('a%2Fb');
  });
});
