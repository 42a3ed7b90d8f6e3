/**
 * Node-only ink compilation, shared by the Vite plugin, the story tests and the command-line tools.
 * The browser never imports this file: it receives compiled JSON and the inkjs runtime.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Compiler } from 'inkjs/compiler/Compiler';
import { CompilerOptions } from 'inkjs/compiler/CompilerOptions';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';

import type { Catalogue } from '../model/catalogue.ts';
import { catalogueOf } from './inkCatalogue.ts';

export interface InkMessage {
  severity: 'error' | 'warning' | 'todo';
  /** Absolute path of the .ink file, when the compiler named one. */
  file?: string;
  line?: number;
  text: string;
}

export interface InkCompileResult {
  /** The compiled story as ink's JSON runtime format; undefined when compilation failed. */
  json?: string;
  /** A short content hash of the JSON, so a save can tell which story version wrote it. */
  hash?: string;
  messages: InkMessage[];
  /** Every .ink file read (the root and its INCLUDEs), for file watching. */
  files: string[];
  /** The story's decisions and endings, read from the compiler's parsed story (when asked for). */
  catalogue?: Catalogue;
}

export interface InkCompileOptions {
  /** Also read the catalogue of decisions and endings (src/tools/inkCatalogue.ts). */
  catalogue?: boolean;
}

// inkjs formats its messages as "ERROR: '/abs/file.ink' line 12: text".
const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*([\s\S]*)$/;

export function parseInkMessage(raw: string, fallback: InkMessage['severity']): InkMessage {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { severity: fallback, text: raw.trim() };
  const kind = m[1] ?? '';
  const severity = kind.includes('ERROR') ? 'error' : kind.includes('WARNING') ? 'warning' : 'todo';
  const message: InkMessage = { severity, line: Number(m[3]), text: (m[4] ?? '').trim() };
  if (m[2] !== undefined) message.file = m[2];
  return message;
}

export function formatInkMessage(message: InkMessage, root = process.cwd()): string {
  const where = message.file ? `${path.relative(root, message.file)}:${String(message.line ?? 0)}` : 'ink';
  return `${where}: ${message.severity}: ${message.text}`;
}

export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/**
 * Compiles an ink file and the files it INCLUDEs. INCLUDE paths resolve against the root file's folder,
 * as inklecate and Inky do. Visits are counted for every knot so tests can measure coverage.
 */
export function compileInk(rootFile: string, options: InkCompileOptions = {}): InkCompileResult {
  const root = path.resolve(rootFile);
  const folder = path.dirname(root);
  const files = new Set<string>([root]);
  const messages: InkMessage[] = [];

  const fileHandler: IFileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(folder, name),
    LoadInkFileContents: (fullName: string) => {
      files.add(fullName);
      return readFileSync(fullName, 'utf8');
    },
  };
  const onMessage = (raw: string, type: number): void => {
    // ErrorType: 0 = author (TODO), 1 = warning, 2 = error.
    const message = parseInkMessage(raw, type === 2 ? 'error' : type === 1 ? 'warning' : 'todo');
    // The compiler names an included file as it was written in the INCLUDE line.
    if (message.file !== undefined) message.file = path.resolve(folder, message.file);
    messages.push(message);
  };

  let source: string;
  try {
    source = readFileSync(root, 'utf8');
  } catch (error) {
    messages.push({ severity: 'error', file: root, text: `cannot read the story: ${String(error)}` });
    return { messages, files: [...files] };
  }

  const compiler = new Compiler(source, new CompilerOptions(root, [], true, onMessage, fileHandler));
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch (error) {
    // Compile() throws "Compilation failed." after reporting the real errors through onMessage.
    if (!messages.some((m) => m.severity === 'error')) {
      messages.push({ severity: 'error', file: root, text: String(error) });
    }
  }
  if (messages.some((m) => m.severity === 'error')) json = undefined;
  const result: InkCompileResult = { messages, files: [...files] };
  if (json !== undefined) {
    result.json = json;
    result.hash = storyHash(json);
    if (options.catalogue) result.catalogue = catalogueOf(compiler.parsedStory);
  }
  return result;
}
