/**
 * Why a restore (or the reading of a backup) was refused. The messages are
 * written for the person at the command line; they never contain data from
 * the backup itself.
 */
export type BackupErrorCode = 'wrong_key' | 'damaged' | 'not_empty' | 'incompatible' | 'not_a_backup';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export const WRONG_KEY_MESSAGE = 'The passphrase or key does not open this backup.';

export function damaged(why: string): BackupError {
  return new BackupError('damaged', `The backup file is damaged or was changed: ${why}`);
}
