/** The part of subset-font's API the KaTeX font step uses (the package ships no types; @types/subset-font lags its options). */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Drop the TrueType hinting programs (`hb-subset --no-hinting`). */
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
