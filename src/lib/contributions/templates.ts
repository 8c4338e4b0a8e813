/**
 * Commented starting files for `npm run new`: a service, a course or a case study. Each is
 * valid as written (the content check passes it), with a comment on every field saying what
 * to write, so a partner changes the words rather than the layout.
 */
import { contentExtensionOf, contentFilePath, contentFolderOf, type Collection } from '../../content-model/content-types.ts';
import { accessModes, audiences, costTypes, edsAreas, edsLevels, kindsOfHelp, nineCs, serviceStatuses, supportModes, themes } from '../vocabulary/index.ts';
import { courseSchema } from '../../schemas/course.ts';
import { yamlString } from './yaml-text.ts';

export interface TemplateContext {
  readonly title: string;
  readonly today: string;
  /** An organisation id to start from (the partner changes it to their own). */
  readonly organisation: string;
  /** An area id to start from. */
  readonly area: string;
}

export type TemplateKind = 'service' | 'course' | 'case-study';

/** The kind of content each starting file is. */
export const TEMPLATE_COLLECTIONS = { service: 'services', course: 'courses', 'case-study': 'caseStudies' } as const satisfies Record<TemplateKind, Collection>;

const place = (collection: Collection) => ({ folder: contentFolderOf(collection), extension: contentExtensionOf(collection) });

/** Where each starting file goes, from the content model. */
export const TEMPLATE_FOLDERS: Record<TemplateKind, { folder: string; extension: string }> = {
  service: place(TEMPLATE_COLLECTIONS.service),
  course: place(TEMPLATE_COLLECTIONS.course),
  'case-study': place(TEMPLATE_COLLECTIONS['case-study']),
};

/** "a, b or c". */
function oneOfWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The longest a comment line may be. */
const LINE_WIDTH = 112;

/** A comment that lists words, wrapped so no line is longer than LINE_WIDTH characters. */
export function listComment(intro: string, words: readonly string[], indent = ''): string {
  const lines: string[] = [];
  let line = `${indent}# ${intro}`;
  words.forEach((word, i) => {
    const piece = `${word}${i === words.length - 1 ? '.' : ','}`;
    if (`${line} ${piece}`.length > LINE_WIDTH) {
      lines.push(line);
      line = `${indent}# ${piece}`;
    } else line = `${line} ${piece}`;
  });
  lines.push(line);
  return lines.join('\n');
}

const organisationsFolder = () => `${contentFolderOf('organisations')}/`;
const areasFile = () => contentFilePath('areas', 'areas');
const courseFormats = courseSchema.shape.format.options;
const bookingMethods = courseSchema.shape.booking.shape.method.options;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function serviceTemplate(c: TemplateContext): string {
  return `# A listing in the directory. Change every value to your own; keep the layout.
# Every field is explained in CONTRIBUTING.md. Lists of allowed words are in src/lib/vocabulary/.
name: ${yamlString(c.title)}
# The id of your organisation: the name of its file in ${organisationsFolder()}, without .yaml.
organisation: ${c.organisation}
# ${oneOfWords(serviceStatuses.ids)}.
status: active
# One short sentence: what help people get.
summary: Free help to get online. Change this sentence.
# More detail in plain words: what happens, what to bring, who it suits.
description: Say what happens when someone comes, what to bring, and who the help suits.
${listComment('Kinds of help:', kindsOfHelp.ids)}
kinds:
  - drop-in-help
${listComment('How help is given:', supportModes.ids)}
supportModes:
  - one-to-one
${listComment('How people get it:', accessModes.ids)}
accessModes:
  - walk-in
cost:
  # ${oneOfWords(costTypes.ids)}. Add a description unless it is free for everyone.
  type: free
${listComment('Who it is for:', audiences.ids)}
audiences:
  - everyone
# Language codes, like en, pl, ur, pa, ar, bfi (British Sign Language).
languages:
  - en
locations:
  - name: The name of the place
    address:
      - 1 Example Street
    town: Your town
    # A UK postcode in capitals with one space.
    postcode: NM1 1AA
    # The id of the area, from ${areasFile()}.
    area: ${c.area}
    accessibility:
      - Step-free entrance
    openingHours:
      - days: [monday, wednesday]
        # Times on the 24-hour clock, in quotes.
        opens: "10:00"
        closes: "13:00"
# Phone numbers in quotes, so the first 0 is kept.
phone: "01632 960000"
# A team inbox, never a personal address.
email: team@example.org
# How a Digital Champion can refer someone.
howToRefer: No referral needed. Tell the person to come along.
# When you checked these details, as YYYY-MM-DD. Check again at least every six months.
lastChecked: ${c.today}
# A team or organisation, never a person's name or email.
checkedBy: Your team name
source: Your organisation
licence: CC BY 4.0
`;
}

export function courseTemplate(c: TemplateContext): string {
  return `# A course listing. Change every value to your own; keep the layout.
# Every field is explained in CONTRIBUTING.md.
title: ${yamlString(c.title)}
# The id of the organisation that runs it (its file name in ${organisationsFolder()}).
provider: ${c.organisation}
summary: One short sentence about what people will learn.
description: What the course covers, who it suits and what to bring.
${listComment('Essential Digital Skills areas:', edsAreas.ids)}
edsAreas:
  - communicating
# ${oneOfWords(edsLevels.ids)}.
level: foundation
# ${oneOfWords(courseFormats)}.
format: in-person
location:
  name: The name of the venue
  address:
    - 1 Example Street
  town: Your town
  postcode: NM1 1AA
  area: ${c.area}
cost:
  type: free
audiences:
  - everyone
languages:
  - en
accessibility: Step-free room on the ground floor.
booking:
  # ${oneOfWords(bookingMethods)}. Give the matching phone, url or email.
  method: phone
  phone: "01632 960000"
# Each session: a date, and start and end times in quotes. Or remove this and write ongoing: true.
sessions:
  - date: ${addDays(c.today, 14)}
    starts: "10:00"
    ends: "12:00"
lastChecked: ${c.today}
checkedBy: Your team name
`;
}

export function caseStudyTemplate(c: TemplateContext): string {
  return `---
# A case study. Markdown only: no HTML. Change every value; keep the layout.
title: ${yamlString(c.title)}
summary: Two or three sentences about what you did and what changed.
# The id of your organisation (its file name in ${organisationsFolder()}).
organisation: ${c.organisation}
places:
  - Your town or county
date: ${c.today}
${listComment("The 9 C's:", nineCs.ids)}
cs:
  - capability
${listComment('Themes:', themes.ids)}
themes:
  - skills
audiences:
  - everyone
# Figures that show what changed (or remove these lines).
outcomes:
  - label: People helped
    value: 100
    unit: people
source:
  title: Where readers can check the facts, like your annual report
  publisher: Your organisation
consent:
  # true only if you name a person AND their written consent is recorded (then add recordedOn and recordedBy).
  namesPeople: false
---

## What we did

Write what you did, who with, and why.

## What changed

Write what changed for people.

## What others can learn

- One lesson for other organisations.
`;
}

export function template(kind: TemplateKind, context: TemplateContext): string {
  return kind === 'service' ? serviceTemplate(context) : kind === 'course' ? courseTemplate(context) : caseStudyTemplate(context);
}
