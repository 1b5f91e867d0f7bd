import type { DraftGroup } from './group';

/**
 * Kinds of weakness the ninth held-out set showed once it was read: names listed with other
 * names, a name with "my coordinator" or "from <town>" after it, nicknames for someone else,
 * lower-case names after thanks or "ask for", children named after "mum of", ages after
 * "who is", a birth date written twice, ZIPs after a town, Ontario health cards, account
 * names after "on Discord, I'm", and house names with no street word. New sentences.
 */
export const listsAndBackrefs: DraftGroup = {
  prefix: 'list',
  topic: 'Lists of names, appositions, lower-case thanks, who-is ages, repeated birth dates, ZIPs, health cards',
  drafts: [
    `Lovely turnout at the memory café today. {{PERSON|Obinna}}, {{PERSON|Teodora}}, {{PERSON|Gaz}} and of course {{PERSON|Wendy}} with her scones. Same time next month!`,
    `{{PERSON|Priyanka}} my epilepsy nurse says to keep a diary for a month before the next appointment.`,
    `{{PERSON|Rhiannon}} from {{LOCATION|Aberystwyth}}, {{AGE|44}}, newly diagnosed and still reeling.`,
    `My husband {{PERSON|Krzysztof}} (everyone calls him {{PERSON|Kris}}) was told it's Lewy body last month.`,
    `ring the ward on {{PHONE|0161 496 0734}} and ask for {{PERSON|siobhan}}, she's the one who knows about the transport.`,
    `thank u {{PERSON|farah}} and {{PERSON|bilal}} for the lifts every single week, couldn't do it without you`,
    `Proud mum of {{PERSON|Tevita}} who is {{AGE|9}} and just finished his first week on the new enzymes.`,
    `The form wanted my date of birth as {{DOB|14.02.1979}} but the app only takes {{DOB|14/02/1979}} so I gave up.`,
    `We're in {{LOCATION|Flagstaff}}, {{POSTCODE|86001}}. Does anyone know a neurologist who takes our plan?`,
    `The clinic wants my OHIP number with the version code. It's {{ID_NUMBER|5839-204-117-AB}}, is that the right way to write it?`,
    `Find me on Discord, I'm {{HANDLE|shakyhands_sam}}, we have a little group for young onset.`,
    `Cards for Nan can go to {{ADDRESS|7 Cnoc na Gréine}}, {{LOCATION|Ennis}}, she'd be thrilled.`,
    `anyone know a good podiatrist round {{LOCATION|swindon}}? mum's feet are a worry`,
    `The discharge letter reads: Patient {{PERSON|Adwoa Boateng-Mills}}, seen in clinic today.`,
    `Three kids, {{PERSON|Mason}} is {{AGE|14}} and {{PERSON|Lily}} is {{AGE|11}}, and they've been amazing about it.`,
    `Thank you all so much. The walk raised £640 and the Parkinson's nurses are thrilled.`,
    `Anyone who is 18 or over can join the adult clinic, the leaflet says.`,
    `Todd's paresis lasted about an hour this time, which is shorter than before.`,
    `My cousin in the States says their insurance covers the patch but ours doesn't.`,
    `The Serenity Prayer is stuck on the fridge and I read it most mornings.`,
  ],
};
