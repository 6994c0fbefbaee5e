/** Git's name for a file's content: the SHA-1 of `blob <size>\0` and the bytes. */
import { createHash } from 'node:crypto';

export function gitBlobSha(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
