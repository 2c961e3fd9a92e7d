/** Every section of a narrative, nested ones included, in printed order. */
export const everySection = <T extends { readonly sections?: readonly T[] | undefined }>(sections: readonly T[] = []): T[] =>
  sections.flatMap((s) => [s, ...everySection(s.sections)]);
