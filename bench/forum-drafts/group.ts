// One themed file of forum drafts. Each draft is marked up with
// `{{LABEL|text}}` (see bench/markup.ts); ids are `forum-<prefix>-<nn>`.
export interface DraftGroup {
  prefix: string;
  topic: string;
  drafts: readonly string[];
}
