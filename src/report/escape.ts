/** Escaping for the formats CI reads. */

/** GitHub workflow command data: % CR LF. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** GitHub workflow command properties: also : and ,. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** XML text and attributes: the five entities; characters XML 1.0 cannot hold are removed. */
export const xml = (s: string): string =>
  [...s]
    .filter((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
