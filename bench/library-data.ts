/**
 * Generated libraries for the panel benchmark: realistic-looking tips (forum-
 * length text over a few thousand distinct words, tags, conditions, sites and
 * statuses spread unevenly), reproducible from a seed, as backup-file JSON.
 */

/** mulberry32: small, fast, good enough to spread test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words people actually search for; the queries are drawn from these. */
export const HEALTH_WORDS = [
  'dizziness', 'fatigue', 'salt', 'water', 'compression', 'socks', 'pacing', 'sleep', 'brain', 'fog', 'pain', 'flare',
  'joints', 'ibuprofen', 'paracetamol', 'physio', 'stretching', 'heat', 'ice', 'diet', 'gluten', 'dairy', 'caffeine',
  'electrolytes', 'appointment', 'consultant', 'gp', 'nurse', 'pharmacist', 'diary', 'symptoms', 'heart', 'rate',
  'watch', 'shower', 'stool', 'wheelchair', 'badge', 'benefits', 'work', 'rest', 'crash', 'energy', 'morning',
  'evening', 'nausea', 'migraine', 'light', 'noise', 'headphones', 'meditation', 'breathing', 'anxiety', 'support',
  'group', 'café', 'naïve', 'Zürich', 'vitamin', 'iron', 'b12', 'magnesium', 'thyroid', 'bloods', 'results',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'pre', 'dan', 'el', 'or', 'ist', 'ber', 'con', 'ful', 'ing', 'ly', 'ment', 'ness'];

function fillerWords(random: () => number, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const parts = 1 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

const TAGS = ['sleep', 'diet', 'energy', 'pain', 'mobility', 'work', 'benefits', 'appointments', 'mood', 'meds', 'exercise', 'heat', 'travel', 'money', 'family'];
const CONDITIONS = ['POTS', 'ME/CFS', 'EDS', 'Crohn’s', 'Lupus', 'Fibromyalgia', 'Long Covid', 'MS', 'Endometriosis', 'Migraine'];
const SITES = ['facebook', 'reddit', 'healthunlocked', 'patient.info', 'forum.example.org', 'discourse.example.net', 'xenforo.example.com', 'phpbb.example.co.uk'];
const STATUSES = ['unverified', 'unverified', 'unverified', 'checked', 'discussed', 'disputed'];
const SUPPORT = ['informational', 'emotional', 'practical', 'appraisal', undefined];

/** Skewed pick (Zipf-like): a few values are common, most are rare, as in real tagging. */
function skewed<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(values.length * random() ** 2)]!;
}

export function generateBackup(count: number, seed = 42): string {
  const random = seededRandom(seed);
  const vocabulary = [...HEALTH_WORDS, ...fillerWords(random, 3000)];
  const start = Date.parse('2022-01-01T00:00:00.000Z');
  const span = Date.parse('2025-06-01T00:00:00.000Z') - start;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 20 + Math.floor(random() * 60);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(skewed(random, vocabulary));
    const text = `${words.join(' ')}.`;
    const savedAt = new Date(start + Math.floor(random() * span)).toISOString();
    const tip = {
      id: crypto.randomUUID(),
      text,
      quote: { exact: text, prefix: '', suffix: '' },
      pageUrl: `https://forum.example.org/t/${i}`,
      pageTitle: `Thread ${i}`,
      site: skewed(random, SITES),
      group: `Group ${Math.floor(random() * 40)}`,
      savedAt,
      updatedAt: savedAt,
      tags: random() < 0.6 ? [skewed(random, TAGS), skewed(random, TAGS)].filter((t, k, all) => all.indexOf(t) === k) : [],
      conditions: random() < 0.7 ? [skewed(random, CONDITIONS)] : [],
      supportType: skewed(random, SUPPORT),
      notes: random() < 0.2 ? `Ask about ${skewed(random, HEALTH_WORDS)} at the next appointment.` : '',
      verification: { status: skewed(random, STATUSES), checklist: {}, sourcesNote: '', onClinicianList: false },
    };
    if (tip.supportType === undefined) delete (tip as { supportType?: string }).supportType;
    lines.push(JSON.stringify(tip));
  }
  return `{"format":"spoonbook-backup","version":1,"exportedAt":"2025-06-01T00:00:00.000Z","tips":[\n${lines.join(',\n')}\n]}\n`;
}

/** About 50 searches a person might type: prefixes, whole words, two words, accents, rare words, misses. */
export function searchQueries(): string[] {
  const queries = [
    'diz', 'dizziness', 'fati', 'salt', 'salt water', 'compress', 'pacing', 'slee', 'brain fog', 'pain',
    'flare', 'joint', 'ibu', 'paracet', 'physio', 'heat', 'ice', 'gluten', 'dairy', 'caff',
    'electro', 'appoint', 'consult', 'gp', 'nurse', 'pharm', 'diary', 'sympt', 'heart rate', 'watch',
    'shower stool', 'wheel', 'badge', 'benefit', 'rest', 'crash', 'energy', 'morning', 'nausea', 'migr',
    'cafe', 'CAFÉ', 'naive', 'zurich', 'vitamin b12', 'magnes', 'thyroid bloods', 'results', 'zzzqqq', 'ask about',
  ];
  return queries;
}
