import { z } from 'zod';

/**
 * The briefing JSON contract (`--format json`), `parallax/briefing@1`. This zod schema is
 * the single source of truth: `docs/briefing.schema.json` is generated from it
 * (`npm run schema`) and tests validate real output against that file.
 */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const CitationSchema = z.object({
  doc: z.string(),
  span: SpanSchema,
  text: z.string().describe("The cited words: the document text's slice at span."),
});

export const SummaryItemSchema = z.object({
  text: z.string(),
  support: z.array(z.object({ doc: z.string(), span: SpanSchema })).min(1),
  claim: z.string().optional().describe('The claim this sentence states.'),
  sources: z.number().int().nonnegative().optional().describe("Independent sources behind the sentence's claim."),
  speaker: z
    .string()
    .optional()
    .describe('Who the sentence is attributed to, when the sentence itself does not name them.'),
  speakerMention: SpanSchema.optional().describe(
    'Where the sentence refers to that speaker without naming them ("she", "the minister"), as offsets in text.',
  ),
  excerpt: z
    .boolean()
    .optional()
    .describe('The sentence is cut to fit the word budget (never inside a quotation).'),
});

export const DocumentSchema = z.object({
  id: z.string(),
  input: z.string(),
  title: z.string().nullable(),
  site: z.string().nullable(),
  source: z.string().describe('The outlet, used to count independent sources.'),
  url: z.string().nullable(),
  published: z.string().nullable(),
  author: z.array(z.string()),
  language: z.string().nullable(),
  pageType: z.string(),
  text: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'place', 'other']),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.number().int().nonnegative().describe('How many times the coverage mentions the entity.'),
});

export const StatementSchema = z.object({
  id: z.string(),
  doc: z.string(),
  speaker: z.object({
    entity: z.string().nullable(),
    name: z.string().nullable(),
    span: SpanSchema.nullable(),
  }),
  text: z.string(),
  span: SpanSchema,
  kind: z.enum(['direct', 'mixed', 'reported']),
  cue: z.object({ text: z.string(), lemma: z.string(), span: SpanSchema.nullable() }),
});

export const ClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['corroborated', 'single-source', 'disputed']),
  sources: z.number().int().nonnegative().describe('Independent sources; syndicated copies count once.'),
  support: z.array(CitationSchema).min(1),
  attribution: z
    .object({
      entity: z.string().nullable(),
      name: z.string(),
      mention: SpanSchema.nullable()
        .optional()
        .describe('Where text refers to the speaker ("she", "Putin"), as offsets in text.'),
    })
    .nullable(),
  sides: z.array(z.object({ text: z.string(), support: z.array(CitationSchema).min(1) })).nullable(),
});

export const MessageSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  stage: z.string(),
  input: z.string(),
  doc: z.string().nullable(),
  text: z.string(),
});

export const SpeakerStatementsSchema = z.object({
  entity: z.string().nullable(),
  name: z.string(),
  statements: z.array(z.string()).describe('Statement ids, in reading order.'),
});

export const OutletSchema = z.object({
  source: z.string(),
  docs: z.array(z.string()),
  exclusives: z.array(z.string()).describe('Claims only this outlet reports (claim ids), most central first.'),
});

export const ComparisonSchema = z.object({
  outlets: z.array(OutletSchema),
  omissions: z
    .array(z.object({ claim: z.string(), missing: z.array(z.string()).describe('Outlets that leave the claim out.') }))
    .describe('For each corroborated claim, the outlets of the event that do not report it.'),
  agreements: z.array(z.string()).describe('Corroborated claim ids.'),
  disagreements: z.array(z.string()).describe('Disputed claim ids.'),
});

export const TimelineEntrySchema = z.object({
  date: z.string().describe('ISO date: YYYY-MM-DD, or YYYY-MM when only the month is named.'),
  when: z.string().describe('The date as the text writes it.'),
  text: z.string(),
  support: z.array(CitationSchema).min(1),
});

export const BriefingSchema = z.object({
  schema: z.literal('parallax/briefing@1'),
  headline: z.string(),
  summary: z.array(SummaryItemSchema),
  documents: z.array(DocumentSchema),
  entities: z.array(EntitySchema),
  statements: z.array(StatementSchema),
  claims: z.array(ClaimSchema),
  messages: z.array(MessageSchema),
  keyClaims: z.array(z.string()).optional().describe('The claims that matter most (claim ids), in order.'),
  speakers: z.array(SpeakerStatementsSchema).optional().describe('Who said what, grouped by speaker.'),
  comparison: ComparisonSchema.optional(),
  timeline: z.array(TimelineEntrySchema).optional().describe('Dated happenings, in date order.'),
});

export type BriefingJson = z.infer<typeof BriefingSchema>;
