/**
 * Placeholder media files served for finished recordings: well-formed but empty containers,
 * padded to an exact size so that `size` in the JSON matches the bytes served.
 */

const ZIP_EOCD = 22;

/** Largest ZIP this can build: the end-of-central-directory comment is at most 64 KiB. */
export const ZIP_MAX = ZIP_EOCD + 0xffff;

/** An `ftyp` box followed by a `free` box: a well-formed, empty MP4 of `size` bytes. */
export function placeholderMp4(size: number): Buffer {
  // size 24, 'ftyp', major brand 'isom', minor version 0x200, compatible brands 'isom' 'mp41'
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypisom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isommp41', 'latin1'),
  ]);
  const file = Buffer.alloc(Math.max(ftyp.length + 8, size));
  ftyp.copy(file, 0);
  file.writeUInt32BE(file.length - ftyp.length, ftyp.length);
  file.write('free', ftyp.length + 4, 'latin1');
  return file;
}

/** An empty ZIP whose comment pads it to `size` bytes (capped at {@link ZIP_MAX}). */
export function placeholderZip(size: number): Buffer {
  const file = Buffer.alloc(Math.min(ZIP_MAX, Math.max(ZIP_EOCD, size)));
  file.writeUInt32LE(0x06054b50, 0);
  file.writeUInt16LE(file.length - ZIP_EOCD, 20);
  return file;
}

/** An EBML header (WebM doctype) followed by an EBML Void element padding it to `size` bytes. */
export function placeholderWebm(size: number): Buffer {
  // EBML element (size 7) holding one DocType element (id 0x4282, size 4) = "webm".
  const header = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d]);
  const total = Math.max(header.length + 9, size);
  const file = Buffer.alloc(total);
  header.copy(file, 0);
  // Void element (0xEC) with an 8-byte size field covering the rest.
  const voidStart = header.length;
  file[voidStart] = 0xec;
  file[voidStart + 1] = 0x01;
  file.writeUIntBE(total - voidStart - 9, voidStart + 3, 6);
  return file;
}
