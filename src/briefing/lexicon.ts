/** Speaker names that are bare pronouns: unresolved, they say nothing about who spoke. */
export const PRONOUNS = new Set(
  `i me we us you he him she her it they them this that who one someone somebody`.split(/\s+/),
);
