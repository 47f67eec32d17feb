import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { PASSWORD_MIN_LENGTH } from './auth.constants.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';

/**
 * argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane —
 * about 60 ms per check here, so a login stays quick on a 2-core machine while guessing stays expensive.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  /** Verified against when the username is unknown, so that the answer takes as long as for a known one. */
  private readonly decoy = argon2.hash('duban-decoy-password', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never logs anyone in
    }
  }

  async spendTime(password: string): Promise<void> {
    await this.verify(await this.decoy, password);
  }

  needsRehash(hash: string): boolean {
    const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
    return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
  }

  /** Length, and not the username: long passphrases beat composition rules (NIST SP 800-63B). */
  assertAcceptable(password: string, username: string): void {
    const problems: string[] = [];
    if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符 / at least ${PASSWORD_MIN_LENGTH} characters`);
    if (password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名 / must not contain the username');
    if (problems.length > 0) {
      throw new AuthException(AuthExceptionCode.WEAK_PASSWORD, '密码太弱 / password too weak', { password: problems });
    }
  }
}
