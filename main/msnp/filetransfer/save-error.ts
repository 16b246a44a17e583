// Words for a received file that could not be written, by the file system's error code.

export const DISK_FULL_TEXT = 'There is not enough space on the disk to save the file.';
export const NAME_REFUSED_TEXT = 'The file could not be saved under that name.';
export const SAVE_FAILED_TEXT = 'The file could not be saved.';

export function saveErrorText(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return DISK_FULL_TEXT;
    case 'ENAMETOOLONG':
    case 'EINVAL':
    case 'EILSEQ':
    case 'EEXIST':
      return NAME_REFUSED_TEXT;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'The download folder cannot be written to.';
    default:
      return SAVE_FAILED_TEXT;
  }
}
