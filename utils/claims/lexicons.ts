// Builds the named word lists that rules refer to as @name, from the JSON data files.
import medicines from './data/medicines.json';
import supplements from './data/supplements.json';
import words from './data/words.json';

export type DrugClass = keyof typeof medicines.classes;

interface ClassData {
  highRisk: boolean;
  names: string[];
  classWords: string[];
}

const classes = medicines.classes as Record<DrugClass, ClassData>;

export const DRUG_CLASSES = Object.keys(classes) as DrugClass[];

export interface SupplementData {
  names: string[];
  classes: DrugClass[];
}

export const SUPPLEMENTS: readonly SupplementData[] = supplements.supplements.map((s) => {
  for (const c of s.classes) {
    if (!(c in classes)) throw new Error(`supplements.json names an unknown drug class: ${c}`);
  }
  return { names: s.names, classes: s.classes as DrugClass[] };
});

/** Names and class words for one drug class. */
export function classEntries(name: DrugClass): string[] {
  const c = classes[name];
  return [...c.names, ...c.classWords];
}

function buildLists(): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(words)) {
    if (key.startsWith('$')) continue;
    lists.set(key, value as string[]);
  }
  const allClassEntries = DRUG_CLASSES.flatMap(classEntries);
  const otc = new Set(medicines.otc.map((w) => w.toLowerCase()));
  const rx = allClassEntries.filter((w) => !otc.has(w.toLowerCase()));
  lists.set('medicine', [...allClassEntries, ...medicines.genericWords]);
  lists.set('rxMedicine', rx);
  // Things a person might drop in favour of something else: prescribed medicines,
  // general words for them, and procedures. Not "prescription" itself.
  const generic = medicines.genericWords.filter((w) => !['prescription', 'prescriptions', 'script', 'pens'].includes(w));
  lists.set('rxTreatment', [...rx, ...generic, ...medicines.treatments]);
  lists.set('doseTarget', [...allClassEntries, ...medicines.genericWords, ...(words.doseWord as string[])]);
  lists.set('otc', medicines.otc);
  lists.set('supplement', SUPPLEMENTS.flatMap((s) => s.names));
  return lists;
}

export const LISTS: ReadonlyMap<string, readonly string[]> = buildLists();
