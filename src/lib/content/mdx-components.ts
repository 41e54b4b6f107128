/**
 * The names of the components authors can use in MDX without an import. src/components/mdx/index.ts
 * maps each to its Astro component (its type checks that the two lists match); `npm run validate`
 * reports any other capitalised element in a page.
 */
export const MDX_COMPONENT_NAMES = ['Calculator', 'Callout', 'DataTable', 'DecisionGuideIndex', 'DecisionTree', 'ExamCrosswalk', 'ExamFacts', 'ExamGuideMap', 'ExamPart', 'Figure', 'Quiz'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
