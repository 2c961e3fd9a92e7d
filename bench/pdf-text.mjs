// The baseline of the import bench: a bare pdf.js text extraction — getTextContent of every page,
// with the same options budget import uses — of the PDFs named, in this one process.
//   node bench/pdf-text.mjs FILE.pdf...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const base = createRequire(import.meta.url).resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
for (const file of process.argv.slice(2)) {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}
