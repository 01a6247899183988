// One read of a file piece: readSync may return fewer bytes than asked, so it is repeated until
// the piece is whole or the file ends. The bytecode and library caches read their pieces so.
import { readSync } from 'node:fs';

/** Reads `length` bytes of `fd` from `position` into `buffer` at `offset`; false when the file ends first. */
export function readFully(fd: number, buffer: Buffer, offset: number, length: number, position: number): boolean {
  let done = 0;
  for (let n = -1; done < length && n !== 0; done += n) n = readSync(fd, buffer, offset + done, length - done, position + done);
  return done === length;
}
