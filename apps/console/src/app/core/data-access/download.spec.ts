import { attachmentName } from './download';

describe('attachmentName', () => {
  it('reads the quoted file name Express writes', () => {
    expect(
      attachmentName('attachment; filename="digits-v3.zip"', 'model.zip'),
    ).toBe('digits-v3.zip');
  });

  it('prefers the UTF-8 name when there is one', () => {
    expect(
      attachmentName(
        `attachment; filename="d?fauts-v1.zip"; filename*=UTF-8''d%C3%A9fauts-v1.zip`,
        'model.zip',
      ),
    ).toBe('défauts-v1.zip');
  });

  it('falls back when the header is missing or malformed', () => {
    expect(attachmentName(null, 'model.zip')).toBe('model.zip');
    expect(attachmentName('attachment', 'model.zip')).toBe('model.zip');
    expect(
      attachmentName(
        `attachment; filename="x.zip"; filename*=UTF-8''%E0%A4%A`,
        'model.zip',
      ),
    ).toBe('x.zip');
  });
});
