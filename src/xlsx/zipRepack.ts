/**
 * Re-packs an .xlsx archive with every entry stored or deflated by Node's own zlib. ExcelJS zips and
 * unzips in JavaScript (JSZip and pako), which on a large register takes longer than everything else
 * the write or read does; handing it stored entries and deflating them natively gives the same parts,
 * byte for byte, in a fraction of the time.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { zipEntries, zipEntryData, type ZipEntry } from "./zipDirectory";

export type ZipMethod = "store" | "deflate";

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
/** Bit 3 (sizes in a trailing data descriptor) no longer applies once the sizes are in the header. */
const DATA_DESCRIPTOR_FLAG = 0x0008;

interface PackedEntry {
  readonly entry: ZipEntry;
  readonly method: number;
  readonly data: Buffer;
  readonly offset: number;
}

/**
 * The fields local and central headers share, from "version needed" to the name's length, written at
 * `at` (4 in a local header, 6 in a central one, after "version made by").
 */
function writeEntryFields(header: Buffer, at: number, packed: PackedEntry, nameLength: number): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(packed.entry.flags & ~DATA_DESCRIPTOR_FLAG, at + 2);
  header.writeUInt16LE(packed.method, at + 4);
  header.writeUInt32LE(packed.entry.modified, at + 6);
  header.writeUInt32LE(packed.entry.crc32, at + 10);
  header.writeUInt32LE(packed.data.length, at + 14);
  header.writeUInt32LE(packed.entry.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

function localHeader(packed: PackedEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_FILE_HEADER, 0);
  writeEntryFields(header, 4, packed, name.length);
  return Buffer.concat([header, name]);
}

function centralHeader(packed: PackedEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_FILE_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  writeEntryFields(header, 6, packed, name.length);
  header.writeUInt32LE(packed.offset, 42);
  return Buffer.concat([header, name]);
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}

/** The entry's content, or its replacement (with the checksum and size that go with it). */
function entryContent(bytes: Buffer, entry: ZipEntry, replacements?: ReadonlyMap<string, Buffer>) {
  const replacement = replacements?.get(entry.name);
  if (!replacement) return { entry, content: zipEntryData(bytes, entry) };
  return { entry: { ...entry, crc32: crc32(replacement), size: replacement.length }, content: replacement };
}

/**
 * The archive with every entry stored or deflated (and the contents of `replacements`, by entry
 * name, instead of theirs); undefined when an entry cannot be read back to its recorded size (then
 * the caller keeps the original and lets ExcelJS judge it).
 * @example
 *   const stored = repackZip(await readFile("register.xlsx"), "store"); // for a quick ExcelJS load
 */
export function repackZip(
  bytes: Buffer,
  method: ZipMethod,
  entries = zipEntries(bytes),
  replacements?: ReadonlyMap<string, Buffer>,
): Buffer | undefined {
  if (!entries) return undefined;
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const original of entries) {
    const { entry, content } = entryContent(bytes, original, replacements);
    if (!content || content.length !== entry.size) return undefined;
    const deflate = method === "deflate" && content.length > 0;
    const packed = {
      entry,
      method: deflate ? 8 : 0,
      data: deflate ? deflateRawSync(content) : content,
      offset,
    };
    const name = Buffer.from(entry.name, "utf8");
    const header = localHeader(packed, name);
    parts.push(header, packed.data);
    directory.push(centralHeader(packed, name));
    offset += header.length + packed.data.length;
  }
  const directorySize = directory.reduce((size, header) => size + header.length, 0);
  return Buffer.concat([...parts, ...directory, endRecord(entries.length, directorySize, offset)]);
}
