// A small, bounded reader of zip archives (Playwright's trace.zip): the central directory, stored and
// deflated entries. Untrusted input: every offset and size is checked, and an entry or archive larger
// than the caller allows is refused, never inflated.
import { inflateRawSync } from 'node:zlib';
import { describeThrown } from '../../../common/errors.js';

export class ZipError extends Error {}

export interface ZipLimits {
  /** Largest uncompressed entry. */
  maxEntryBytes: number;
  /** Most bytes inflated in all. */
  maxTotalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of `zip` whose names `want` accepts, uncompressed. Throws ZipError on a malformed or oversized archive. */
export function readZip(zip: Buffer, want: (name: string) => boolean, limits: ZipLimits): Map<string, Buffer> {
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new ZipError(`not a readable zip archive: ${what}`);
  };
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  need(eocd >= 0, 'no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  need(offset + size <= eocd && count !== 0xffff && offset !== 0xffffffff, 'central directory out of range (or zip64, which is not supported)');
  const out = new Map<string, Buffer>();
  let total = 0;
  let p = offset;
  for (let n = 0; n < count; n++) {
    need(p + 46 <= eocd && zip.readUInt32LE(p) === CENTRAL, `central entry ${n}`);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const uncompressed = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    need(p + 46 + nameLen <= eocd, `central entry ${n} name`);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!want(name)) continue;
    if (uncompressed > limits.maxEntryBytes) throw new ZipError(`${name} is ${uncompressed} bytes uncompressed, more than ${limits.maxEntryBytes}`);
    total += uncompressed;
    if (total > limits.maxTotalBytes) throw new ZipError(`the entries read exceed ${limits.maxTotalBytes} bytes uncompressed`);
    need(local + 30 <= zip.length && zip.readUInt32LE(local) === LOCAL, `local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    need(start + compressed <= zip.length, `data of ${name}`);
    const raw = zip.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: limits.maxEntryBytes });
      } catch (err) {
        throw new ZipError(`${name} could not be inflated: ${describeThrown(err)}`);
      }
    } else throw new ZipError(`${name} uses compression method ${method}, not stored or deflate`);
    need(data.length === uncompressed, `${name} has ${data.length} bytes, its header says ${uncompressed}`);
    out.set(name, data);
  }
  return out;
}
