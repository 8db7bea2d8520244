/** Passwords in camera URLs are kept for capturing but never leave the service. */
export function maskUrl(url: string | null): string {
  if (!url) {
    return '';
  }
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '';
  }
}

/** Replaces the camera URL's password wherever it appears in a message (ffmpeg and fetch errors may repeat the URL). */
export function maskSecretsIn(text: string, url: string | null): string {
  if (!url) {
    return text;
  }
  let password = '';
  try {
    password = new URL(url).password;
  } catch {
    return text;
  }
  if (!password) {
    return text;
  }
  const decoded = decodeURIComponent(password);
  return text.split(url).join(maskUrl(url)).split(password).join('***').split(decoded).join('***');
}
