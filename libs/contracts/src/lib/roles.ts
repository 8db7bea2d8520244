export const ROLES = ['admin', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const IMAGE_SOURCES = ['upload', 'import', 'camera', 'webcam'] as const;
export const LABEL_ORIGINS = ['upload', 'import', 'review', 'feedback'] as const;
export const CAMERA_KINDS = ['http-snapshot', 'mjpeg', 'rtsp', 'video-file', 'v4l2', 'folder', 'webcam'] as const;
export type CameraKind = (typeof CAMERA_KINDS)[number];
