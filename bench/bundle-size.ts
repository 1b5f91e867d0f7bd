// Minified size of the detector and everything it pulls in (data, libraries),
// bundled the way a content script would load it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  /** The minified bundle itself, so timings can run the code that ships rather than the sources. */
  code: string;
  bytes: number;
  gzipBytes: number;
  /** Largest inputs by bytes in the minified output. */
  largestInputs: Array<{ path: string; bytes: number }>;
}

export async function measureBundle(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // As the extension ships it: WXT's Vite build writes non-ASCII text ("’", "é") as UTF-8,
    // not as \u escapes (esbuild's default), so this counts the bytes the browser loads.
    charset: 'utf8',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  const outputs = Object.values(result.metafile.outputs);
  const inputs = outputs.flatMap((o) => Object.entries(o.inputs).map(([p, v]) => ({ path: p, bytes: v.bytesInOutput })));
  inputs.sort((a, b) => b.bytes - a.bytes);
  return {
    code: file.text,
    bytes: file.contents.byteLength,
    gzipBytes: gzipSync(file.contents, { level: 9 }).byteLength,
    largestInputs: inputs.slice(0, 6),
  };
}
